//! Month arithmetic for dating a plan, without a clock and without a date crate.
//!
//! Only whole months are needed: a plan phase starts in one month and ends in another.
//! Months are counted from year 0 as `year * 12 + (month - 1)`, added in 64 bits, and
//! converted back with the year saturated at the ends of `i32`, so no input can overflow.

use super::answers::YearMonth;

/// The month clamped into 1..=12 (0 reads as January, 13 and above as December).
pub(crate) fn normalise(ym: YearMonth) -> YearMonth {
    YearMonth { year: ym.year, month: ym.month.clamp(1, 12) }
}

/// `ym` plus `months` months.
pub(crate) fn add_months(ym: YearMonth, months: u32) -> YearMonth {
    let ym = normalise(ym);
    let total = i64::from(ym.year) * 12 + i64::from(ym.month - 1) + i64::from(months);
    let year = total.div_euclid(12);
    let month = total.rem_euclid(12) + 1;
    match i32::try_from(year) {
        Ok(year) => YearMonth { year, month: month as u8 },
        // Past the end of the calendar: stay on its last month.
        Err(_) => YearMonth { year: i32::MAX, month: 12 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(year: i32, month: u8) -> YearMonth {
        YearMonth { year, month }
    }

    #[test]
    fn adds_within_and_across_years() {
        assert_eq!(add_months(ym(2026, 1), 0), ym(2026, 1));
        assert_eq!(add_months(ym(2026, 1), 11), ym(2026, 12));
        assert_eq!(add_months(ym(2026, 11), 2), ym(2027, 1));
        assert_eq!(add_months(ym(2026, 12), 24), ym(2028, 12));
        assert_eq!(add_months(ym(-1, 12), 1), ym(0, 1));
    }

    #[test]
    fn clamps_bad_months_and_never_overflows() {
        assert_eq!(add_months(ym(2026, 0), 1), ym(2026, 2));
        assert_eq!(add_months(ym(2026, 200), 0), ym(2026, 12));
        assert_eq!(add_months(ym(i32::MAX, 12), u32::MAX), ym(i32::MAX, 12));
        assert_eq!(add_months(ym(i32::MIN, 1), 0), ym(i32::MIN, 1));
    }

    #[test]
    fn labels() {
        let t = crate::texts::Texts::default();
        assert_eq!(t.date(ym(2026, 3)), "Mar 2026");
        assert_eq!(t.date(ym(2026, 0)), "Jan 2026");
        let short = crate::texts::Texts { months: Vec::new(), ..t };
        assert_eq!(short.date(ym(2026, 3)), "3 2026");
    }
}
