//! Small helpers that every sentence of the engine goes through, so that no text says
//! "service(s)", "1–1 months" or "2 hop": a count agrees with its noun, a range whose ends meet
//! is a single number, and lists read as English.

/// "1 service", "3 services".
pub fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The noun alone, agreeing with `n`.
pub fn noun<'a>(n: u32, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "1–2", or "2" when both ends are the same.
pub fn span(lo: u32, hi: u32) -> String {
    let (lo, hi) = (lo.min(hi), lo.max(hi));
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    }
}

/// "1–2 months", "1 month", "3 months".
pub fn months(lo: u32, hi: u32) -> String {
    let unit = if lo.max(hi) == 1 { "month" } else { "months" };
    format!("{} {unit}", span(lo, hi))
}

/// "10–50 ms", or "0 ms".
pub fn ms(lo: u32, hi: u32) -> String {
    format!("{} ms", span(lo, hi))
}

/// A name in curly quotes.
pub fn quoted(name: &str) -> String {
    format!("\u{201c}{name}\u{201d}")
}

/// "a", "a and b", "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The names in quotes, listed; at most `max` of them, then "and N more".
pub fn names(names: &[String], max: usize) -> String {
    let mut shown: Vec<String> = names.iter().take(max).map(|n| quoted(n)).collect();
    if names.len() > max {
        shown.push(format!("{} more", names.len() - max));
    }
    list(&shown)
}

/// The first letter in capitals.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter in lower case.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1, "service", "services"), "1 service");
        assert_eq!(count(0, "service", "services"), "0 services");
        assert_eq!(count(12, "team", "teams"), "12 teams");
    }

    #[test]
    fn ranges_whose_ends_meet_are_one_number() {
        assert_eq!(months(1, 1), "1 month");
        assert_eq!(months(2, 2), "2 months");
        assert_eq!(months(1, 3), "1–3 months");
        assert_eq!(months(3, 1), "1–3 months");
        assert_eq!(ms(0, 0), "0 ms");
        assert_eq!(ms(20, 100), "20–100 ms");
    }

    #[test]
    fn lists_read_as_english() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(list(&s(&[])), "");
        assert_eq!(list(&s(&["a"])), "a");
        assert_eq!(list(&s(&["a", "b", "c"])), "a, b and c");
        assert_eq!(
            names(&s(&["A", "B", "C"]), 2),
            "\u{201c}A\u{201d}, \u{201c}B\u{201d} and 1 more"
        );
    }
}
