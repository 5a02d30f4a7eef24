//! Days as the report writes them ("2026-12-01"): today's date in UTC from the system clock, and
//! a date given on the command line, checked. No date crate: the proleptic Gregorian calendar is
//! a few lines of arithmetic.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today's date in UTC, as YYYY-MM-DD (1970-01-01 when the clock is set before then).
pub fn today() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX / 2);
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The calendar date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as u32, d as u32)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether `s` is a real day written YYYY-MM-DD ("2026-02-29" is not).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r.clone()].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
        return false;
    }
    if !digits(8..10) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_become_calendar_dates() {
        // The day counts are what `date -u -d DAY +%s` divided by 86,400 gives.
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(-1), (1969, 12, 31));
        assert_eq!(civil(11_016), (2000, 2, 29));
        assert_eq!(civil(20_788), (2026, 12, 1));
        assert_eq!(civil(47_541), (2100, 3, 1));
    }

    #[test]
    fn every_day_of_four_centuries_reads_back_as_a_date() {
        let mut previous = civil(-1);
        for days in 0..146_097 {
            let (y, m, d) = civil(days);
            let written = format!("{y:04}-{m:02}-{d:02}");
            assert!(is_date(&written), "{written}");
            assert!((y, m, d) > previous, "{written}");
            previous = (y, m, d);
        }
    }

    #[test]
    fn only_real_days_are_dates() {
        assert!(is_date(&today()));
        for good in ["2026-12-01", "2024-02-29", "2000-02-29", "0001-01-01"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "",
            "2026-2-01",
            "2026/12/01",
            "2026-13-01",
            "2026-00-10",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-12-01T10:00",
            "２０２６-12-01",
            "+026-12-01",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
