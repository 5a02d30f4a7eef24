//! The edge where raw text from form fields becomes checked values.
//!
//! Everything a person types passes through here once. Past this module the answers hold only
//! values that make sense, and nothing re-checks them. Every error carries a message a person can
//! act on, written for the field it belongs to.

use std::fmt;

use crate::engine::limits;

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
                write!(f, "Enter {field} between {} and {}", thousands(*min), thousands(*max))
            }
            FieldError::EmptyName { field } => write!(f, "Enter {field}"),
            FieldError::NameTooLong { field, max } => {
                write!(f, "Keep {field} to {max} characters or fewer")
            }
        }
    }
}

/// A whole number as people write it: 100,000.
pub fn thousands(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
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
        if !self.allows(value) {
            return Err(out_of_range);
        }
        Ok(Some(value))
    }

    /// True when `value` is inside the field's range.
    pub fn allows(&self, value: u32) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// "a whole number from 1 to 100,000", for messages about files and links.
    pub fn range(&self) -> String {
        format!("a whole number from {} to {}", thousands(self.min), thousands(self.max))
    }
}

/// The number of engineers on the product. Zero is refused: someone is answering. (The engine
/// still reads a zero that reaches it as 1, with a caveat.)
pub const ENGINEERS: CountField =
    CountField { name: "the number of engineers", min: 1, max: limits::MAX_ENGINEERS };
/// The number of teams that ship the product. Zero is refused, as for engineers.
pub const TEAMS: CountField =
    CountField { name: "the number of teams", min: 1, max: limits::MAX_TEAMS };
/// The people who run production systems; none is a real answer.
pub const OPS_HEADCOUNT: CountField = CountField {
    name: "the number of people who run production",
    min: 0,
    max: limits::MAX_OPS_HEADCOUNT,
};
/// The services running in production today (asked only when some already run).
pub const SERVICES_TODAY: CountField = CountField {
    name: "the number of services in production",
    min: 0,
    max: limits::MAX_SERVICES_TODAY,
};
/// A module's load relative to the lightest module.
pub const MODULE_LOAD: CountField =
    CountField { name: "the relative load", min: 1, max: limits::MAX_LOAD };
/// A dependency's counted imports; 0 is "not counted".
pub const IMPORTS: CountField =
    CountField { name: "the number of imports", min: 0, max: limits::MAX_IMPORTS };
/// The first and last year a plan may start in.
pub const PLAN_YEAR: CountField = CountField { name: "the year", min: 1970, max: 2200 };

/// "a whole number from 1970 to 2200": years are written without a thousands separator.
pub fn year_range() -> String {
    format!("a whole number from {} to {}", PLAN_YEAR.min, PLAN_YEAR.max)
}
/// A month of the year.
pub const PLAN_MONTH: CountField = CountField { name: "the month", min: 1, max: 12 };

/// The longest module or team name accepted.
pub const MAX_NAME_CHARS: usize = limits::MAX_NAME_CHARS;

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
        check("1", Ok(Some(1)));
        check("100000", Ok(Some(100_000)));
        check("0", Err("Enter the number of engineers between 1 and 100,000"));
        check("100001", Err("Enter the number of engineers between 1 and 100,000"));
        check("99999999999999999999", Err("Enter the number of engineers between 1 and 100,000"));
    }

    #[test]
    fn every_count_uses_the_one_limit_of_its_thing() {
        let refuse = |field: CountField, raw: &str| field.parse(raw).map_err(|e| e.to_string());
        assert_eq!(refuse(TEAMS, "0"), Err("Enter the number of teams between 1 and 5,000".into()));
        assert_eq!(TEAMS.parse("5000"), Ok(Some(5_000)));
        assert_eq!(
            refuse(TEAMS, "5001"),
            Err("Enter the number of teams between 1 and 5,000".into())
        );
        assert_eq!(OPS_HEADCOUNT.parse("0"), Ok(Some(0)), "nobody running production is an answer");
        assert_eq!(OPS_HEADCOUNT.parse("10000"), Ok(Some(10_000)));
        assert_eq!(
            refuse(OPS_HEADCOUNT, "10001"),
            Err("Enter the number of people who run production between 0 and 10,000".into())
        );
        assert_eq!(SERVICES_TODAY.parse("0"), Ok(Some(0)));
        assert_eq!(SERVICES_TODAY.parse("10,000"), Ok(Some(10_000)));
        assert_eq!(
            refuse(SERVICES_TODAY, "10001"),
            Err("Enter the number of services in production between 0 and 10,000".into())
        );
        assert_eq!(MODULE_LOAD.parse("1000000"), Ok(Some(1_000_000)));
        assert_eq!(
            refuse(MODULE_LOAD, "0"),
            Err("Enter the relative load between 1 and 1,000,000".into())
        );
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

/// Where imported answers come from: the file names its fields by their path in the file
/// (`answers.context.engineers`), the link by the same path without the file's `answers.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An answer file, or the autosave (which is one).
    File,
    /// A share link.
    Link,
}

impl Origin {
    fn prefix(self) -> &'static str {
        match self {
            Origin::File => "answers.",
            Origin::Link => "",
        }
    }

    /// "the file" or "the link", as the subject of "… has 0".
    pub fn noun(self) -> &'static str {
        match self {
            Origin::File => "the file",
            Origin::Link => "the link",
        }
    }
}

/// The whole answers, checked as an import (file or link) must be before it replaces anything:
/// the same limits as the form's, one message per problem, each naming its field and what it
/// must be: `answers.context.engineers must be a whole number from 1 to 100,000; the file has 0`.
pub fn check_answers(
    a: &crate::engine::Answers,
    cat: &crate::engine::Catalogue,
    origin: Origin,
) -> Vec<String> {
    use crate::engine::order::SortedSet;
    let p = origin.prefix();
    let has = origin.noun();
    let mut problems = Vec::new();
    let count = |problems: &mut Vec<String>, field: &str, value: Option<u32>, rule: CountField| {
        if let Some(v) = value.filter(|v| !rule.allows(*v)) {
            problems.push(format!(
                "{p}{field} must be {}; {has} has {}",
                rule.range(),
                thousands(v)
            ));
        }
    };
    count(&mut problems, "context.engineers", a.context.engineers, ENGINEERS);
    count(&mut problems, "context.teams", a.context.teams, TEAMS);
    count(&mut problems, "context.services_today", a.context.services_today, SERVICES_TODAY);
    count(&mut problems, "readiness.ops_headcount", a.readiness.ops_headcount, OPS_HEADCOUNT);

    for (factor, option) in &a.factors {
        let Some(def) = cat.factor(*factor) else { continue };
        if !def.options.iter().any(|o| &o.id == option) {
            let ids: Vec<&str> = def.options.iter().map(|o| o.id.as_str()).collect();
            problems.push(format!(
                "{p}factors.{} must be one of {}; {has} has \"{}\"",
                file_id(factor),
                ids.join(", "),
                shorten(option)
            ));
        }
    }
    if let Some(start) = a.plan_start {
        let year = u32::try_from(start.year).ok().filter(|y| PLAN_YEAR.allows(*y));
        if year.is_none() {
            problems.push(format!(
                "{p}plan_start.year must be {}; {has} has {}",
                year_range(),
                start.year
            ));
        }
        count(&mut problems, "plan_start.month", Some(u32::from(start.month)), PLAN_MONTH);
    }

    let map = &a.domain;
    if map.modules.len() > limits::MAX_MODULES {
        problems.push(format!(
            "{p}domain.modules must hold at most {} modules; {has} has {}",
            thousands(limits::MAX_MODULES as u64),
            thousands(map.modules.len() as u64)
        ));
    }
    if map.dependencies.len() > limits::MAX_DEPENDENCIES {
        problems.push(format!(
            "{p}domain.dependencies must hold at most {} dependencies; {has} has {}",
            thousands(limits::MAX_DEPENDENCIES as u64),
            thousands(map.dependencies.len() as u64)
        ));
    }
    let mut ids = SortedSet::new();
    let mut names = SortedSet::new();
    for (i, m) in map.modules.iter().enumerate() {
        let at = format!("{p}domain.modules[{i}]");
        if !ids.insert(m.id) {
            problems.push(format!(
                "{at}.id must be unique; {has} gives {} to an earlier module too",
                m.id
            ));
        }
        let name_rule = format!("a name of 1 to {MAX_NAME_CHARS} characters");
        match parse_name(&m.name, "a module name") {
            Err(FieldError::NameTooLong { .. }) => problems.push(format!(
                "{at}.name must be {name_rule}; {has} has one of {}",
                m.name.split_whitespace().collect::<Vec<_>>().join(" ").chars().count()
            )),
            Err(_) => problems.push(format!("{at}.name must be {name_rule}; {has} has none")),
            Ok(name) if !names.insert(name.to_lowercase()) => problems.push(format!(
                "{at}.name must differ from every other module's name; {has} has \"{}\" twice",
                shorten(&name)
            )),
            Ok(_) => {}
        }
        count(&mut problems, &format!("domain.modules[{i}].load"), Some(m.load), MODULE_LOAD);
        if let Some(chars) =
            m.team.as_deref().map(|t| t.chars().count()).filter(|n| *n > MAX_NAME_CHARS)
        {
            problems.push(format!(
                "{at}.team must be at most {MAX_NAME_CHARS} characters; {has} has {chars}"
            ));
        }
    }
    let mut links = SortedSet::new();
    for (i, d) in map.dependencies.iter().enumerate() {
        let at = format!("{p}domain.dependencies[{i}]");
        if !ids.contains(&d.from) {
            problems.push(format!(
                "{at}.from must be the id of a module in the map; {has} has {}",
                d.from
            ));
        } else if !ids.contains(&d.to) {
            problems
                .push(format!("{at}.to must be the id of a module in the map; {has} has {}", d.to));
        } else if d.from == d.to {
            problems.push(format!(
                "{at} must link two different modules; {has} links module {} to itself",
                d.from
            ));
        } else if !links.insert((d.from, d.to, d.kind)) {
            problems
                .push(format!("{at} must differ from the earlier dependencies; {has} repeats one"));
        }
        count(
            &mut problems,
            &format!("domain.dependencies[{i}].imports"),
            Some(d.imports),
            IMPORTS,
        );
    }
    problems
}

/// The id a file gives a value (its pinned `#[serde(rename)]`), never its Rust name: messages
/// name fields as the file spells them.
fn file_id<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default().trim_matches('"').to_string()
}

/// A user's text, cut short for a message.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod answers_tests {
    use super::*;
    use crate::engine::{
        examples, Answers, Catalogue, DepKind, Dependency, DomainMap, FactorId, Module, YearMonth,
    };

    #[test]
    fn every_example_passes() {
        let cat = Catalogue::standard();
        for e in examples() {
            assert_eq!(
                check_answers(&e.answers, &cat, Origin::File),
                Vec::<String>::new(),
                "{}",
                e.id
            );
        }
    }

    /// The problems `change` makes in otherwise empty answers, read from a file.
    fn check(change: impl FnOnce(&mut Answers), expected: &[&str]) {
        let mut a = Answers::default();
        change(&mut a);
        assert_eq!(check_answers(&a, &Catalogue::standard(), Origin::File), expected);
    }

    fn modules(names: &[&str]) -> Vec<Module> {
        (1..)
            .zip(names)
            .map(|(id, n)| Module { id, name: n.to_string(), ..Module::default() })
            .collect()
    }

    #[test]
    fn each_limit_is_checked_with_a_message_naming_the_field_and_the_range() {
        let in_file =
            "answers.context.engineers must be a whole number from 1 to 100,000; the file has";
        check(|a| a.context.engineers = Some(0), &[&format!("{in_file} 0")]);
        check(|a| a.context.engineers = Some(1), &[]);
        check(|a| a.context.engineers = Some(100_000), &[]);
        check(|a| a.context.engineers = Some(100_001), &[&format!("{in_file} 100,001")]);
        check(
            |a| a.context.teams = Some(0),
            &["answers.context.teams must be a whole number from 1 to 5,000; the file has 0"],
        );
        check(|a| a.context.teams = Some(5_000), &[]);
        check(|a| a.context.services_today = Some(0), &[]);
        check(|a| a.context.services_today = Some(10_000), &[]);
        check(
            |a| a.context.services_today = Some(10_001),
            &["answers.context.services_today must be a whole number from 0 to 10,000; the file has 10,001"],
        );
        check(|a| a.readiness.ops_headcount = Some(0), &[]);
        check(
            |a| a.readiness.ops_headcount = Some(u32::MAX),
            &["answers.readiness.ops_headcount must be a whole number from 0 to 10,000; the file has 4,294,967,295"],
        );
        check(|a| a.plan_start = Some(YearMonth { year: 2200, month: 12 }), &[]);
        check(
            |a| a.plan_start = Some(YearMonth { year: -44, month: 0 }),
            &[
                "answers.plan_start.year must be a whole number from 1970 to 2200; the file has -44",
                "answers.plan_start.month must be a whole number from 1 to 12; the file has 0",
            ],
        );
    }

    #[test]
    fn the_map_is_checked_module_by_module_and_as_a_whole() {
        check(
            |a| a.factors.insert(FactorId::ScalingProfile, "sideways".into()),
            &["answers.factors.ScalingProfile must be one of uniform, uneven, one_hot, many_divergent; the file has \"sideways\""],
        );
        check(
            |a| {
                a.domain.modules = modules(&["A", " ", "a", &"x".repeat(61)]);
                a.domain.modules[1].load = 0;
                a.domain.modules[2].id = 1;
                a.domain.modules[3].team = Some("t".repeat(61));
                a.domain.modules[3].load = 1_000_001;
            },
            &[
                "answers.domain.modules[1].name must be a name of 1 to 60 characters; the file has none",
                "answers.domain.modules[1].load must be a whole number from 1 to 1,000,000; the file has 0",
                "answers.domain.modules[2].id must be unique; the file gives 1 to an earlier module too",
                "answers.domain.modules[2].name must differ from every other module's name; the file has \"a\" twice",
                "answers.domain.modules[3].name must be a name of 1 to 60 characters; the file has one of 61",
                "answers.domain.modules[3].load must be a whole number from 1 to 1,000,000; the file has 1,000,001",
                "answers.domain.modules[3].team must be at most 60 characters; the file has 61",
            ],
        );
        let dep = |from, to, kind| Dependency { from, to, kind, imports: 0 };
        check(
            |a| {
                a.domain.modules = modules(&["A", "B"]);
                a.domain.dependencies = vec![
                    dep(1, 2, DepKind::Sync),
                    dep(1, 2, DepKind::Async),
                    dep(1, 2, DepKind::Sync),
                    dep(2, 2, DepKind::Sync),
                    dep(9, 1, DepKind::Sync),
                    dep(1, 9, DepKind::Sync),
                ];
            },
            &[
                "answers.domain.dependencies[2] must differ from the earlier dependencies; the file repeats one",
                "answers.domain.dependencies[3] must link two different modules; the file links module 2 to itself",
                "answers.domain.dependencies[4].from must be the id of a module in the map; the file has 9",
                "answers.domain.dependencies[5].to must be the id of a module in the map; the file has 9",
            ],
        );
    }

    #[test]
    fn the_map_holds_at_most_the_engine_s_limits() {
        let names: Vec<String> = (0..=limits::MAX_MODULES).map(|i| format!("m{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        check(|a| a.domain.modules = modules(&names[..1_000]), &[]);
        check(
            |a| a.domain.modules = modules(&names),
            &["answers.domain.modules must hold at most 1,000 modules; the file has 1,001"],
        );
        let mut map = DomainMap { modules: modules(&names[..200]), dependencies: Vec::new() };
        for from in 1..=200u32 {
            for to in 1..=51u32 {
                if from != to && map.dependencies.len() <= 10_000 {
                    map.dependencies.push(Dependency { from, to, kind: DepKind::Sync, imports: 0 });
                }
            }
        }
        assert_eq!(map.dependencies.len(), 10_001);
        let full = map.clone();
        check(
            |a| a.domain = full,
            &["answers.domain.dependencies must hold at most 10,000 dependencies; the file has 10,001"],
        );
        map.dependencies.pop();
        check(|a| a.domain = map, &[]);
    }

    #[test]
    fn a_link_names_its_fields_without_the_file_s_prefix() {
        let a = Answers {
            context: crate::engine::Context { teams: Some(0), ..Default::default() },
            ..Answers::default()
        };
        assert_eq!(
            check_answers(&a, &Catalogue::standard(), Origin::Link),
            ["context.teams must be a whole number from 1 to 5,000; the link has 0"]
        );
    }

    #[test]
    fn numbers_are_written_with_thousands_separators() {
        for (n, text) in [
            (0u32, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (100_000, "100,000"),
            (u32::MAX, "4,294,967,295"),
        ] {
            assert_eq!(thousands(n), text);
        }
    }
}
