//! The edge where raw text from form fields becomes checked values.
//!
//! Everything a person types passes through here once. Past this module the answers hold only
//! values that make sense, and nothing re-checks them. Every error carries a message a person can
//! act on, written for the field it belongs to.

use std::fmt;

/// Why a field's text was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// Not a whole number at all ("twelve", "1.5", "-3").
    NotAWholeNumber { field: &'static str },
    /// A whole number, but outside what the field allows.
    OutOfRange { field: &'static str, min: u32, max: u32 },
    /// A name that is empty once spaces are trimmed.
    EmptyName { field: &'static str },
    /// A name longer than the field allows.
    NameTooLong { field: &'static str, max: usize },
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::NotAWholeNumber { field } => {
                write!(f, "Enter {field} as a whole number, like 12")
            }
            FieldError::OutOfRange { field, min, max } => {
                write!(f, "Enter {field} between {min} and {max}")
            }
            FieldError::EmptyName { field } => write!(f, "Enter {field}"),
            FieldError::NameTooLong { field, max } => {
                write!(f, "Keep {field} to {max} characters or fewer")
            }
        }
    }
}

/// The limits of a whole-number field and the words used for it in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountField {
    /// How the field is named inside a sentence: "the number of engineers".
    pub name: &'static str,
    pub min: u32,
    pub max: u32,
}

impl CountField {
    /// Parses the text of the field. Empty text means "not answered" and is not an error.
    pub fn parse(&self, raw: &str) -> Result<Option<u32>, FieldError> {
        let text = raw.trim().replace(['_', ','], "");
        if text.is_empty() {
            return Ok(None);
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(FieldError::NotAWholeNumber { field: self.name });
        }
        // All digits: parsing only fails when the number is too large for u32.
        let out_of_range =
            FieldError::OutOfRange { field: self.name, min: self.min, max: self.max };
        let value: u32 = text.parse().map_err(|_| out_of_range.clone())?;
        if value < self.min || value > self.max {
            return Err(out_of_range);
        }
        Ok(Some(value))
    }
}

/// The number of engineers in the organisation.
pub const ENGINEERS: CountField =
    CountField { name: "the number of engineers", min: 1, max: 100_000 };
/// The number of teams that ship independently.
pub const TEAMS: CountField = CountField { name: "the number of teams", min: 1, max: 5_000 };
/// The people who run production systems.
pub const OPS_HEADCOUNT: CountField =
    CountField { name: "the number of people who run production", min: 0, max: 10_000 };
/// A module's load relative to the lightest module.
pub const MODULE_LOAD: CountField =
    CountField { name: "the relative load", min: 1, max: 1_000_000 };

/// The longest module or team name accepted.
pub const MAX_NAME_CHARS: usize = 60;

/// Trims a name and checks it is neither empty nor too long.
pub fn parse_name(raw: &str, field: &'static str) -> Result<String, FieldError> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(FieldError::EmptyName { field });
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(FieldError::NameTooLong { field, max: MAX_NAME_CHARS });
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expect: Result<Option<u32>, &str>) {
        let got = ENGINEERS.parse(raw).map_err(|e| e.to_string());
        assert_eq!(got, expect.map_err(str::to_string), "input {raw:?}");
    }

    #[test]
    fn counts_accept_whole_numbers_and_reject_the_rest_with_a_message() {
        check("12", Ok(Some(12)));
        check("  40 ", Ok(Some(40)));
        check("1,200", Ok(Some(1200)));
        check("", Ok(None));
        check("   ", Ok(None));
        check("twelve", Err("Enter the number of engineers as a whole number, like 12"));
        check("1.5", Err("Enter the number of engineers as a whole number, like 12"));
        check("-3", Err("Enter the number of engineers as a whole number, like 12"));
        check("0", Err("Enter the number of engineers between 1 and 100000"));
        check("100001", Err("Enter the number of engineers between 1 and 100000"));
        check("99999999999999999999", Err("Enter the number of engineers between 1 and 100000"));
    }

    #[test]
    fn zero_is_allowed_where_the_field_says_so() {
        assert_eq!(OPS_HEADCOUNT.parse("0"), Ok(Some(0)));
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  Payments   API ", "a module name"), Ok("Payments API".into()));
        assert_eq!(
            parse_name("   ", "a module name").map_err(|e| e.to_string()),
            Err("Enter a module name".to_string())
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            parse_name(&long, "a module name").map_err(|e| e.to_string()),
            Err("Keep a module name to 60 characters or fewer".to_string())
        );
    }
}

/// True when the user has answered anything (the plan's start month alone does not count).
pub fn has_answers(a: &crate::engine::Answers) -> bool {
    let blank = crate::engine::Answers { plan_start: a.plan_start, ..Default::default() };
    *a != blank
}

/// The whole answers, checked as an import (file or link) must be before it replaces anything:
/// each problem names the field it is about, as the file spells it.
pub fn check_answers(a: &crate::engine::Answers, cat: &crate::engine::Catalogue) -> Vec<String> {
    use crate::engine::order::SortedSet;
    let mut problems = Vec::new();
    let mut count = |field: &str, value: Option<u32>, rule: CountField| {
        if let Some(v) = value {
            if v < rule.min || v > rule.max {
                problems.push(format!("{field}: {v} is outside {}–{}", rule.min, rule.max));
            }
        }
    };
    count("context.engineers", a.context.engineers, ENGINEERS);
    count("context.teams", a.context.teams, TEAMS);
    count("readiness.ops_headcount", a.readiness.ops_headcount, OPS_HEADCOUNT);

    for (factor, option) in &a.factors {
        let known = cat.factor(*factor).is_some_and(|f| f.options.iter().any(|o| &o.id == option));
        if !known {
            problems.push(format!(
                "factors.{}: \u{201c}{}\u{201d} is not one of this question's answers",
                factor.as_str(),
                shorten(option)
            ));
        }
    }
    if let Some(start) = a.plan_start {
        if !(1..=12).contains(&start.month) || !(1970..=2200).contains(&start.year) {
            problems.push(format!(
                "plan_start: {}-{} is not a month between 1970 and 2200",
                start.year, start.month
            ));
        }
    }

    let map = &a.domain;
    if map.modules.len() > crate::app::domain_edit::MAX_MODULES {
        problems.push(format!(
            "domain.modules: {} modules; at most {} are accepted",
            map.modules.len(),
            crate::app::domain_edit::MAX_MODULES
        ));
    }
    let mut ids = SortedSet::new();
    let mut names = SortedSet::new();
    for (i, m) in map.modules.iter().enumerate() {
        let at = format!("domain.modules[{i}]");
        if !ids.insert(m.id) {
            problems.push(format!("{at}.id: {} is used by another module", m.id));
        }
        match parse_name(&m.name, "a module name") {
            Err(e) => problems.push(format!("{at}.name: {e}")),
            Ok(name) if !names.insert(name.to_lowercase()) => problems.push(format!(
                "{at}.name: \u{201c}{}\u{201d} is used by another module",
                shorten(&name)
            )),
            Ok(_) => {}
        }
        if m.load < MODULE_LOAD.min || m.load > MODULE_LOAD.max {
            problems.push(format!(
                "{at}.load: {} is outside {}–{}",
                m.load, MODULE_LOAD.min, MODULE_LOAD.max
            ));
        }
        if m.team.as_deref().is_some_and(|t| t.chars().count() > MAX_NAME_CHARS) {
            problems.push(format!("{at}.team: longer than {MAX_NAME_CHARS} characters"));
        }
    }
    let mut links = SortedSet::new();
    for (i, d) in map.dependencies.iter().enumerate() {
        let at = format!("domain.dependencies[{i}]");
        if !ids.contains(&d.from) || !ids.contains(&d.to) {
            problems.push(format!("{at}: names a module that is not in the map"));
        } else if d.from == d.to {
            problems.push(format!("{at}: a module cannot depend on itself"));
        } else if !links.insert((d.from, d.to, d.kind)) {
            problems.push(format!("{at}: repeats an earlier dependency"));
        }
    }
    problems
}

/// A user's text, cut short for a message.
fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod answers_tests {
    use super::*;
    use crate::engine::{examples, Catalogue, DepKind, Dependency, FactorId, Module};

    #[test]
    fn every_example_passes() {
        let cat = Catalogue::standard();
        for e in examples() {
            assert_eq!(check_answers(&e.answers, &cat), Vec::<String>::new(), "{}", e.id);
        }
    }

    #[test]
    fn problems_name_their_field() {
        let cat = Catalogue::standard();
        let mut a = examples().remove(1).answers;
        a.context.engineers = Some(0);
        a.factors.insert(FactorId::ScalingProfile, "sideways".into());
        a.domain.modules.push(Module { id: 1, name: "<script>".into(), ..Module::default() });
        a.domain.modules.push(Module { id: 999, name: " ".into(), load: 0, ..Module::default() });
        a.domain.dependencies.push(Dependency { from: 999, to: 999, kind: DepKind::Sync });
        a.domain.dependencies.push(Dependency { from: 1, to: 4242, kind: DepKind::Async });
        let problems = check_answers(&a, &cat);
        let n = a.domain.modules.len();
        let d = a.domain.dependencies.len();
        assert_eq!(
            problems,
            vec![
                "context.engineers: 0 is outside 1–100000".to_string(),
                "factors.scaling_profile: \u{201c}sideways\u{201d} is not one of this question's answers".into(),
                format!("domain.modules[{}].id: 1 is used by another module", n - 2),
                format!("domain.modules[{}].name: Enter a module name", n - 1),
                format!("domain.modules[{}].load: 0 is outside 1–1000000", n - 1),
                format!("domain.dependencies[{}]: a module cannot depend on itself", d - 2),
                format!("domain.dependencies[{}]: names a module that is not in the map", d - 1),
            ]
        );
    }
}
