//! Numbers and dates written for people: ranges with an en dash, percentages with just enough
//! decimals to tell them apart from 100%, and the `YYYY-MM` text of a month input. Pure
//! functions, tested natively.

use crate::engine::YearMonth;

/// "1 month", "3 months": a count with its noun, singular only for exactly one.
pub fn count(n: u32, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("{n} {singular}")
    } else {
        format!("{n} {plural}")
    }
}

/// A range of whole numbers with its unit: "10–50 ms", or "10 ms" when both ends agree. The unit
/// is left out when empty. A reversed range is put the right way round.
pub fn range(lo: u32, hi: u32, unit: &str) -> String {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let numbers = if lo == hi { lo.to_string() } else { format!("{lo}\u{2013}{hi}") };
    if unit.is_empty() {
        numbers
    } else {
        format!("{numbers} {unit}")
    }
}

/// A range of months: "12–18 months", "2 months", "1 month".
pub fn months(lo: u32, hi: u32) -> String {
    let unit = if lo.max(hi) == 1 { "month" } else { "months" };
    range(lo, hi, unit)
}

/// A fraction (0–1) as a percentage with just enough decimals to show how far it falls short of
/// 100%: 0.9985005 → "99.85%", 0.99999 → "99.999%", 0.95 → "95%". At most four decimals;
/// trailing zeros are dropped. Anything that is not a number reads as "0%".
pub fn percent(fraction: f64) -> String {
    if !fraction.is_finite() {
        return "0%".to_string();
    }
    let pct = (fraction * 100.0).clamp(0.0, 100.0);
    let shortfall = 100.0 - pct;
    if shortfall <= 0.0 {
        return "100%".to_string();
    }
    // Two significant digits of the shortfall: 0.15 needs 2 decimals, 0.001 needs 4.
    let decimals = ((-shortfall.log10()).ceil() + 1.0).clamp(0.0, 4.0) as usize;
    let text = format!("{pct:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    format!("{text}%")
}

/// A 0–100 score as a whole number: "47".
pub fn score(value: f64) -> String {
    if value.is_finite() {
        format!("{:.0}", value.clamp(0.0, 100.0))
    } else {
        "0".to_string()
    }
}

/// Need or readiness as whole points, rounded down as the engine reads them against its lines
/// (a readiness of 54.6 is below a line at 55): "54".
pub fn level(value: f64) -> String {
    if value.is_finite() {
        format!("{:.0}", value.clamp(0.0, 100.0).floor())
    } else {
        "0".to_string()
    }
}

/// The value of an `<input type="month">`, "2026-09", for a month. `None` for a year the input
/// cannot show (it needs four digits).
pub fn month_value(m: YearMonth) -> Option<String> {
    ((1..=9999).contains(&m.year) && (1..=12).contains(&m.month))
        .then(|| format!("{:04}-{:02}", m.year, m.month))
}

/// Reads the value of an `<input type="month">`. Empty or malformed text gives `None`, so the
/// answer stays as it was.
pub fn parse_month(text: &str) -> Option<YearMonth> {
    let (year, month) = text.trim().split_once('-')?;
    if year.len() < 4 || month.len() != 2 {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u8 = month.parse().ok()?;
    ((1..=9999).contains(&year) && (1..=12).contains(&month)).then_some(YearMonth { year, month })
}

/// The text with its first letter in upper case: "months 1–3" → "Months 1–3".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_use_an_en_dash_and_collapse_when_equal() {
        assert_eq!(range(10, 50, "ms"), "10–50 ms");
        assert_eq!(range(10, 10, "ms"), "10 ms");
        assert_eq!(range(5, 3, ""), "3–5");
        assert_eq!(months(12, 18), "12–18 months");
        assert_eq!(months(2, 2), "2 months");
        assert_eq!(months(1, 1), "1 month");
        assert_eq!(months(1, 2), "1–2 months");
        assert_eq!(months(0, 0), "0 months");
        assert_eq!(count(1, "hop", "hops"), "1 hop");
        assert_eq!(count(0, "hop", "hops"), "0 hops");
    }

    #[test]
    fn percentages_show_just_enough_decimals() {
        assert_eq!(percent(0.9985005), "99.85%");
        assert_eq!(percent(0.99999), "99.999%");
        assert_eq!(percent(0.999), "99.9%");
        assert_eq!(percent(0.995), "99.5%");
        assert_eq!(percent(0.95), "95%");
        assert_eq!(percent(0.9), "90%");
        assert_eq!(percent(0.5), "50%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(1.5), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(f64::NAN), "0%");
        assert_eq!(percent(0.997002999), "99.7%");
    }

    #[test]
    fn capitalise_touches_only_the_first_letter() {
        assert_eq!(capitalise("months 1–3"), "Months 1–3");
        assert_eq!(capitalise("éclair X"), "Éclair X");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn scores_are_whole_numbers() {
        assert_eq!(score(47.275), "47");
        assert_eq!(score(99.6), "100");
        assert_eq!(score(f64::INFINITY), "0");
        assert_eq!(level(93.6), "93");
        assert_eq!(level(100.0), "100");
        assert_eq!(level(f64::NAN), "0");
    }

    #[test]
    fn month_inputs_round_trip_and_bad_text_is_refused() {
        let m = YearMonth { year: 2026, month: 9 };
        assert_eq!(month_value(m).as_deref(), Some("2026-09"));
        assert_eq!(parse_month("2026-09"), Some(m));
        assert_eq!(parse_month(" 2027-12 "), Some(YearMonth { year: 2027, month: 12 }));
        for bad in ["", "2026", "2026-13", "2026-00", "26-09", "2026-9", "abcd-ef", "-2026-09"] {
            assert_eq!(parse_month(bad), None, "{bad:?}");
        }
        assert_eq!(month_value(YearMonth { year: 0, month: 1 }), None);
        assert_eq!(month_value(YearMonth { year: 2026, month: 13 }), None);
    }
}
