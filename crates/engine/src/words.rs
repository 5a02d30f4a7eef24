//! Small helpers that every sentence of the engine goes through, so that no text says
//! "service(s)", "1–1 months" or "2 hop": a count agrees with its noun, a range whose ends meet
//! is a single number, and lists read as the rubric's language. The logic lives here; the words
//! (the nouns and their plurals, "and", the quotes, the range dash, the units) come from the
//! rubric's [`Texts`].

use super::answers::{AvailabilityTarget, Cadence, ResourceProfile, YearMonth};
use super::catalogue::Position;
use super::checks::Status;
use super::texts::{Plural, Texts};

impl Plural {
    /// The form agreeing with `n`.
    pub fn pick(&self, n: u32) -> &str {
        if n == 1 {
            &self.one
        } else {
            &self.many
        }
    }

    /// "1 service", "3 services".
    pub fn count(&self, n: u32) -> String {
        format!("{n} {}", self.pick(n))
    }
}

impl Texts {
    /// "1–2", or "2" when both ends are the same.
    pub fn span(&self, lo: u32, hi: u32) -> String {
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        if lo == hi {
            lo.to_string()
        } else {
            self.words.range.render(&[("lo", &lo.to_string()), ("hi", &hi.to_string())])
        }
    }

    /// "1–2 months", "1 month", "3 months".
    pub fn months(&self, lo: u32, hi: u32) -> String {
        let unit = self.nouns.month.pick(lo.max(hi));
        self.words.months.render(&[("span", &self.span(lo, hi)), ("unit", unit)])
    }

    /// "10–50 ms", or "0 ms".
    pub fn ms(&self, lo: u32, hi: u32) -> String {
        self.words.ms.render(&[("span", &self.span(lo, hi))])
    }

    /// A name in quotes.
    pub fn quoted(&self, name: &str) -> String {
        self.words.quoted.render(&[("name", name)])
    }

    /// "a", "a and b", "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let rest = rest.join(&self.words.list_separator.render(&[]));
                self.words.list_last.render(&[("rest", &rest), ("last", last)])
            }
        }
    }

    /// The names in quotes, listed; at most `max` of them, then "and N more".
    pub fn names(&self, names: &[String], max: usize) -> String {
        let mut shown: Vec<String> = names.iter().take(max).map(|n| self.quoted(n)).collect();
        if names.len() > max {
            shown.push(self.words.more.render(&[("n", &(names.len() - max).to_string())]));
        }
        self.list(&shown)
    }

    /// An availability target in the rubric's words ("99.9%").
    pub fn availability(&self, a: AvailabilityTarget) -> String {
        let w = &self.labels;
        match a {
            AvailabilityTarget::Tolerant => &w.tolerant,
            AvailabilityTarget::Standard => &w.standard,
            AvailabilityTarget::High => &w.high,
            AvailabilityTarget::Critical => &w.critical,
        }
        .render(&[])
    }

    /// A release cadence in the rubric's words ("weekly").
    pub fn cadence(&self, c: Cadence) -> String {
        let w = &self.labels;
        match c {
            Cadence::Daily => &w.daily,
            Cadence::Weekly => &w.weekly,
            Cadence::Monthly => &w.monthly,
            Cadence::Quarterly => &w.quarterly,
        }
        .render(&[])
    }

    /// A check's status in the rubric's words ("holds").
    pub fn status(&self, s: Status) -> String {
        let w = &self.labels;
        match s {
            Status::Holds => &w.status_holds,
            Status::DoesNotHold => &w.status_does_not_hold,
            Status::Unknown => &w.status_unknown,
        }
        .render(&[])
    }

    /// A matrix answer's position in the rubric's words ("leaning split").
    pub fn position(&self, p: Position) -> String {
        let w = &self.labels;
        match p {
            Position::Stay => &w.position_stay,
            Position::LeaningStay => &w.position_leaning_stay,
            Position::Middle => &w.position_middle,
            Position::LeaningSplit => &w.position_leaning_split,
            Position::Split => &w.position_split,
            Position::Unknown => &w.position_unknown,
        }
        .render(&[])
    }

    /// A resource profile in the rubric's words ("CPU-heavy").
    pub fn resource(&self, r: ResourceProfile) -> String {
        let w = &self.labels;
        match r {
            ResourceProfile::Balanced => &w.balanced,
            ResourceProfile::CpuHeavy => &w.cpu_heavy,
            ResourceProfile::MemoryHeavy => &w.memory_heavy,
            ResourceProfile::IoBound => &w.io_bound,
        }
        .render(&[])
    }

    /// "Mar 2026": the month's name from the rubric (its number when the rubric has none).
    pub fn date(&self, ym: YearMonth) -> String {
        let ym = super::calendar::normalise(ym);
        let name = match self.months.get(usize::from(ym.month.saturating_sub(1))) {
            Some(name) if !name.is_empty() => name.clone(),
            _ => ym.month.to_string(),
        };
        self.calendar.date.render(&[("month", &name), ("year", &ym.year.to_string())])
    }

    /// "Tracing: in place", "Tracing: not in place".
    pub fn capability_state(&self, label: &str, present: bool) -> String {
        let w = &self.matrix;
        let state = if present { &w.in_place } else { &w.not_in_place };
        state.render(&[("capability", label)])
    }

    /// `n` in words where the rubric has a word for it, else in digits.
    pub fn number(&self, n: u32) -> String {
        match self.numbers.get(n as usize) {
            Some(word) if !word.is_empty() => word.clone(),
            _ => n.to_string(),
        }
    }
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
        let t = Texts::default();
        assert_eq!(t.nouns.service.count(1), "1 service");
        assert_eq!(t.nouns.service.count(0), "0 services");
        assert_eq!(t.nouns.team.count(12), "12 teams");
    }

    #[test]
    fn ranges_whose_ends_meet_are_one_number() {
        let t = Texts::default();
        assert_eq!(t.months(1, 1), "1 month");
        assert_eq!(t.months(2, 2), "2 months");
        assert_eq!(t.months(1, 3), "1–3 months");
        assert_eq!(t.months(3, 1), "1–3 months");
        assert_eq!(t.ms(0, 0), "0 ms");
        assert_eq!(t.ms(20, 100), "20–100 ms");
    }

    #[test]
    fn lists_read_as_english() {
        let t = Texts::default();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(t.list(&s(&[])), "");
        assert_eq!(t.list(&s(&["a"])), "a");
        assert_eq!(t.list(&s(&["a", "b", "c"])), "a, b and c");
        assert_eq!(
            t.names(&s(&["A", "B", "C"]), 2),
            "\u{201c}A\u{201d}, \u{201c}B\u{201d} and 1 more"
        );
        assert_eq!(t.number(2), "two");
        assert_eq!(t.number(7), "seven");
        assert_eq!(t.number(11), "11");
    }

    #[test]
    fn lists_take_the_rubrics_words() {
        let mut t = Texts::default();
        t.words.list_last = crate::texts::Template::new("{rest} und {last}");
        t.words.quoted = crate::texts::Template::new("\u{201e}{name}\u{201c}");
        t.words.more = crate::texts::Template::new("{n} weitere");
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            t.names(&s(&["A", "B", "C"]), 2),
            "\u{201e}A\u{201c}, \u{201e}B\u{201c} und 1 weitere"
        );
    }
}
