#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the answer-file reader.
//!
//! The oracle is this file's own reading of docs/file-format.md (`problems_by_the_docs`), never
//! the reader's check: valid answers, maps included, read back exactly; answers with one known
//! defect are refused with one problem that names that field; arbitrary, often absurd answers
//! are refused exactly where the documented ranges say, naming exactly those fields; and
//! arbitrary text never makes the reader panic nor speak serde's words.

// The engine's answer strategies, shared with its own property tests.
#[path = "../crates/engine/tests/strategies/mod.rs"]
mod strategies;

use proptest::prelude::*;
use proptest::sample::Index;
use seams::app::file::{from_json, to_json, FileError};
use seams::engine::order::SortedMap;
use seams::engine::*;

/// serde's words, which no message of the page may use.
const SERDE_PHRASES: [&str; 5] =
    ["invalid type", "invalid value", "expected", "unknown variant", "missing field"];

/// Every field of an answer file, `[]` marking a list's items.
const FIELDS: [&str; 23] = [
    "context.engineers",
    "context.teams",
    "context.stage",
    "context.daily_requests",
    "context.architecture",
    "context.stack",
    "context.services_today",
    "factors.TimeHorizon",
    "readiness.capabilities.CiCd",
    "readiness.ops_headcount",
    "domain.modules[].id",
    "domain.modules[].name",
    "domain.modules[].load",
    "domain.modules[].availability",
    "domain.modules[].cadence",
    "domain.modules[].team",
    "domain.modules[].resource",
    "domain.modules[].core",
    "domain.dependencies[].from",
    "domain.dependencies[].kind",
    "domain.dependencies[].imports",
    "plan_start.year",
    "plan_start.month",
];

// ---------------------------------------------------------------------------------------------
// The oracle: docs/file-format.md, "Answer file" and "One limit per thing", read independently.

/// The ranges of the docs, written out here rather than taken from the code under test.
const ENGINEERS: (u32, u32) = (1, 100_000);
const TEAMS: (u32, u32) = (1, 5_000);
const SERVICES_TODAY: (u32, u32) = (0, 10_000);
const OPS_HEADCOUNT: (u32, u32) = (0, 10_000);
const LOAD: (u32, u32) = (1, 1_000_000);
const IMPORTS: (u32, u32) = (0, 1_000_000);
const YEARS: (i32, i32) = (1970, 2200);
const MONTHS: (u8, u8) = (1, 12);
const MAX_MODULES: usize = 1_000;
const MAX_DEPENDENCIES: usize = 10_000;
const MAX_NAME: usize = 60;

fn outside(value: Option<u32>, (lo, hi): (u32, u32)) -> bool {
    value.is_some_and(|v| v < lo || v > hi)
}

/// A module name as it counts: runs of spaces as one, none at the ends.
fn as_counted(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The file id of a factor, as the docs list them (`answers.factors` keys).
fn factor_key(f: FactorId) -> &'static str {
    match f {
        FactorId::DomainStability => "DomainStability",
        FactorId::ScalingProfile => "ScalingProfile",
        FactorId::Availability => "Availability",
        FactorId::DeploymentCadence => "DeploymentCadence",
        FactorId::TechDiversity => "TechDiversity",
        FactorId::ResourceIsolation => "ResourceIsolation",
        FactorId::DataConsistency => "DataConsistency",
        FactorId::TimeHorizon => "TimeHorizon",
        FactorId::ScalingBottleneck => "ScalingBottleneck",
    }
}

/// The path of every field the docs say these answers get wrong, sorted.
fn problems_by_the_docs(a: &Answers) -> Vec<String> {
    let cat = Catalogue::standard();
    let mut out = Vec::new();
    let c = &a.context;
    for (field, value, range) in [
        ("context.engineers", c.engineers, ENGINEERS),
        ("context.teams", c.teams, TEAMS),
        ("context.services_today", c.services_today, SERVICES_TODAY),
        ("readiness.ops_headcount", a.readiness.ops_headcount, OPS_HEADCOUNT),
    ] {
        if outside(value, range) {
            out.push(format!("answers.{field}"));
        }
    }
    for (factor, option) in a.factors.iter() {
        let options = &cat.factor(*factor).expect("every factor is asked").options;
        if !options.iter().any(|o| &o.id == option) {
            out.push(format!("answers.factors.{}", factor_key(*factor)));
        }
    }
    if let Some(start) = a.plan_start {
        if start.year < YEARS.0 || start.year > YEARS.1 {
            out.push("answers.plan_start.year".into());
        }
        if start.month < MONTHS.0 || start.month > MONTHS.1 {
            out.push("answers.plan_start.month".into());
        }
    }
    let map = &a.domain;
    if map.modules.len() > MAX_MODULES {
        out.push("answers.domain.modules".into());
    }
    if map.dependencies.len() > MAX_DEPENDENCIES {
        out.push("answers.domain.dependencies".into());
    }
    let (mut ids, mut names) = (Vec::new(), Vec::new());
    for (i, m) in map.modules.iter().enumerate() {
        let at = format!("answers.domain.modules[{i}]");
        if ids.contains(&m.id) {
            out.push(format!("{at}.id"));
        }
        ids.push(m.id);
        let name = as_counted(&m.name);
        let key = name.to_lowercase();
        if name.is_empty() || name.chars().count() > MAX_NAME || names.contains(&key) {
            out.push(format!("{at}.name"));
        } else {
            names.push(key);
        }
        if m.load < LOAD.0 || m.load > LOAD.1 {
            out.push(format!("{at}.load"));
        }
        if m.team.as_ref().is_some_and(|t| t.chars().count() > MAX_NAME) {
            out.push(format!("{at}.team"));
        }
    }
    // "module ids of the map, never the same, each link (from, to, kind) once"
    let mut links = Vec::new();
    for (k, d) in map.dependencies.iter().enumerate() {
        let at = format!("answers.domain.dependencies[{k}]");
        if !ids.contains(&d.from) {
            out.push(format!("{at}.from"));
        } else if !ids.contains(&d.to) {
            out.push(format!("{at}.to"));
        } else if d.from == d.to || links.contains(&(d.from, d.to, d.kind)) {
            out.push(at.clone());
        } else {
            links.push((d.from, d.to, d.kind));
        }
        if !(IMPORTS.0..=IMPORTS.1).contains(&d.imports) {
            out.push(format!("{at}.imports"));
        }
    }
    out.sort();
    out
}

/// The field each problem of a refused file names (the text before " must "), sorted.
fn named_fields(result: &Result<Answers, FileError>) -> Vec<String> {
    let Err(FileError::Invalid { problems }) = result else { return Vec::new() };
    let mut fields: Vec<String> =
        problems.iter().map(|p| p.split(" must ").next().unwrap_or_default().to_string()).collect();
    fields.sort();
    fields
}

// ---------------------------------------------------------------------------------------------
// Valid answers, by construction from the same ranges.

fn count_in((lo, hi): (u32, u32)) -> impl Strategy<Value = Option<u32>> {
    prop_oneof![
        2 => Just(None),
        1 => Just(Some(lo)),
        1 => Just(Some(hi)),
        4 => (lo..=hi).prop_map(Some),
    ]
}

fn valid_factors() -> impl Strategy<Value = SortedMap<FactorId, String>> {
    prop::collection::vec(prop::option::of(any::<Index>()), FactorId::ALL.len()).prop_map(|picks| {
        let cat = Catalogue::standard();
        let mut out = SortedMap::new();
        for (f, pick) in FactorId::ALL.iter().zip(picks) {
            if let Some(pick) = pick {
                let options = &cat.factor(*f).expect("asked").options;
                out.insert(*f, options[pick.index(options.len())].id.clone());
            }
        }
        out
    })
}

fn valid_readiness() -> impl Strategy<Value = Readiness> {
    (
        prop::collection::vec(prop::option::of(any::<bool>()), Capability::ALL.len()),
        count_in(OPS_HEADCOUNT),
    )
        .prop_map(|(flags, ops_headcount)| Readiness {
            capabilities: Capability::ALL
                .iter()
                .zip(flags)
                .filter_map(|(c, f)| f.map(|f| (*c, f)))
                .collect(),
            ops_headcount,
        })
}

/// A module's details; its id and name come from the map, which keeps them unique.
fn details() -> impl Strategy<Value = Module> {
    (
        prop_oneof![Just(LOAD.0), Just(LOAD.1), LOAD.0..=LOAD.1, 1u32..40],
        strategies::pick(&AvailabilityTarget::ALL),
        strategies::pick(&Cadence::ALL),
        prop::option::of(prop_oneof![Just(String::new()), "[a-zA-Zé ñ-]{1,60}"]),
        strategies::pick(&ResourceProfile::ALL),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(load, availability, cadence, team, resource, core, runs_apart)| Module {
            id: 0,
            name: String::new(),
            load,
            availability,
            cadence,
            team,
            resource,
            core,
            runs_apart,
        })
}

/// A dependency's counted imports, as docs/file-format.md allows them: 0 (not counted) to
/// 1,000,000.
fn imports_in_range() -> impl Strategy<Value = u32> {
    prop_oneof![3 => Just(0u32), 2 => 1u32..50, 1 => 0u32..=1_000_000, 1 => Just(1_000_000u32)]
}

/// A valid domain map: unique ids, names unique ignoring case and 1 to 60 characters, and
/// dependencies between two different modules of the map, each (from, to, kind) once.
fn valid_map(modules: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = DomainMap> {
    (
        prop::collection::vec((details(), "[A-Za-z0-9À-ÿ <>&'._()-]{0,70}"), modules),
        any::<u32>(),
        any::<u32>(),
        prop::collection::vec(
            (any::<Index>(), any::<Index>(), strategies::dep_kind(), imports_in_range()),
            0..80,
        ),
    )
        .prop_map(|(parts, offset, stride, picks)| {
            // An odd stride gives distinct ids over the whole u32 range, wrapping included.
            let modules: Vec<Module> = parts
                .into_iter()
                .enumerate()
                .map(|(i, (m, word))| {
                    let id = offset.wrapping_add((i as u32).wrapping_mul(stride | 1));
                    // The position leads the name, so names stay unique when cut to 60.
                    let name: String = format!("{i} {word}").chars().take(MAX_NAME).collect();
                    Module { id, name, ..m }
                })
                .collect();
            let mut dependencies: Vec<Dependency> = Vec::new();
            if modules.len() >= 2 {
                for (a, b, kind, imports) in picks {
                    let from = modules[a.index(modules.len())].id;
                    let to = modules[b.index(modules.len())].id;
                    let d = Dependency { from, to, kind, imports };
                    let repeats =
                        dependencies.iter().any(|e| (e.from, e.to, e.kind) == (from, to, kind));
                    if from != to && !repeats {
                        dependencies.push(d);
                    }
                }
            }
            DomainMap { modules, dependencies }
        })
}

fn valid_answers() -> impl Strategy<Value = Answers> {
    (
        (count_in(ENGINEERS), count_in(TEAMS), count_in(SERVICES_TODAY)),
        (
            strategies::maybe(&ProductStage::ALL),
            strategies::maybe(&TrafficBand::ALL),
            strategies::maybe(&CurrentArchitecture::ALL),
            strategies::maybe(&Stack::ALL),
        ),
        valid_factors(),
        valid_readiness(),
        prop_oneof![
            2 => Just(DomainMap::default()),
            27 => valid_map(1..=30),
            1 => valid_map(MAX_MODULES..=MAX_MODULES),
        ],
        prop::option::of(
            (YEARS.0..=YEARS.1, MONTHS.0..=MONTHS.1)
                .prop_map(|(year, month)| YearMonth { year, month }),
        ),
    )
        .prop_map(
            |(
                (engineers, teams, services_today),
                (stage, daily_requests, architecture, stack),
                factors,
                readiness,
                domain,
                plan_start,
            )| Answers {
                context: Context {
                    engineers,
                    teams,
                    stage,
                    daily_requests,
                    architecture,
                    stack,
                    services_today,
                },
                factors,
                readiness,
                domain,
                plan_start,
            },
        )
}

// ---------------------------------------------------------------------------------------------
// One known defect, and the field whose message must name it.

#[derive(Debug, Clone, Copy)]
enum Defect {
    Engineers(u32),
    Teams(u32),
    ServicesToday(u32),
    OpsHeadcount(u32),
    UnknownOption(usize),
    Year(i32),
    Month(u8),
    Load(u32),
    BlankName(&'static str),
    LongName,
    SameNameOtherCase,
    RepeatedId,
    LongTeam,
    DanglingFrom,
    DanglingTo,
    SelfLink,
    RepeatedLink,
    Imports(u32),
}

fn defect() -> impl Strategy<Value = Defect> {
    prop_oneof![
        prop_oneof![Just(0u32), 100_001u32..].prop_map(Defect::Engineers),
        prop_oneof![Just(0u32), 5_001u32..].prop_map(Defect::Teams),
        (10_001u32..).prop_map(Defect::ServicesToday),
        (10_001u32..).prop_map(Defect::OpsHeadcount),
        (0..FactorId::ALL.len()).prop_map(Defect::UnknownOption),
        prop_oneof![..1970i32, 2201i32..].prop_map(Defect::Year),
        prop_oneof![Just(0u8), 13u8..].prop_map(Defect::Month),
        prop_oneof![Just(0u32), 1_000_001u32..].prop_map(Defect::Load),
        prop_oneof![Just(""), Just("   "), Just("\t\n")].prop_map(Defect::BlankName),
        Just(Defect::LongName),
        Just(Defect::SameNameOtherCase),
        Just(Defect::RepeatedId),
        Just(Defect::LongTeam),
        Just(Defect::DanglingFrom),
        Just(Defect::DanglingTo),
        Just(Defect::SelfLink),
        Just(Defect::RepeatedLink),
        (1_000_001u32..).prop_map(Defect::Imports),
    ]
}

/// A module no generated map holds: no name of a generated map contains `#`.
fn extra_module(map: &DomainMap, n: usize) -> Module {
    let mut id = 7_000_000u32.wrapping_add(n as u32);
    while map.modules.iter().any(|m| m.id == id) {
        id = id.wrapping_add(1);
    }
    Module { id, name: format!("extra #{n}"), ..Module::default() }
}

/// An id no module of the map has.
fn unused_id(map: &DomainMap) -> u32 {
    (0..=u32::MAX).find(|id| !map.modules.iter().any(|m| m.id == *id)).unwrap_or(0)
}

/// Gives `a` the defect (adding modules or a dependency where it needs them) and returns the
/// field the message must name.
fn inflict(a: &mut Answers, defect: Defect, at: Index) -> String {
    let map = &mut a.domain;
    let needs_modules = !matches!(
        defect,
        Defect::Engineers(_)
            | Defect::Teams(_)
            | Defect::ServicesToday(_)
            | Defect::OpsHeadcount(_)
            | Defect::UnknownOption(_)
            | Defect::Year(_)
            | Defect::Month(_)
    );
    while needs_modules && map.modules.len() < 2 {
        let m = extra_module(map, map.modules.len());
        map.modules.push(m);
    }
    if matches!(defect, Defect::SameNameOtherCase | Defect::RepeatedId)
        && map.modules.len() == MAX_MODULES
    {
        // Room for the module these defects add: one more would be a second defect.
        let gone = map.modules.pop().map(|m| m.id);
        map.dependencies.retain(|d| Some(d.from) != gone && Some(d.to) != gone);
    }
    let i = if map.modules.is_empty() { 0 } else { at.index(map.modules.len()) };
    let module = |i: usize| format!("answers.domain.modules[{i}]");
    let next_module = map.modules.len();
    let next_dep = format!("answers.domain.dependencies[{}]", map.dependencies.len());
    match defect {
        Defect::Engineers(n) => {
            a.context.engineers = Some(n);
            "answers.context.engineers".into()
        }
        Defect::Teams(n) => {
            a.context.teams = Some(n);
            "answers.context.teams".into()
        }
        Defect::ServicesToday(n) => {
            a.context.services_today = Some(n);
            "answers.context.services_today".into()
        }
        Defect::OpsHeadcount(n) => {
            a.readiness.ops_headcount = Some(n);
            "answers.readiness.ops_headcount".into()
        }
        Defect::UnknownOption(f) => {
            let factor = FactorId::ALL[f];
            a.factors.insert(factor, "not-an-option".into());
            format!("answers.factors.{}", factor_key(factor))
        }
        Defect::Year(year) => {
            a.plan_start = Some(YearMonth { year, month: 6 });
            "answers.plan_start.year".into()
        }
        Defect::Month(month) => {
            a.plan_start = Some(YearMonth { year: 2030, month });
            "answers.plan_start.month".into()
        }
        Defect::Load(load) => {
            map.modules[i].load = load;
            format!("{}.load", module(i))
        }
        Defect::BlankName(blank) => {
            map.modules[i].name = blank.into();
            format!("{}.name", module(i))
        }
        Defect::LongName => {
            map.modules[i].name = format!("{i} {}", "n".repeat(MAX_NAME));
            format!("{}.name", module(i))
        }
        Defect::SameNameOtherCase => {
            let name = map.modules[i].name.to_ascii_uppercase();
            let m = Module { name, ..extra_module(map, next_module) };
            map.modules.push(m);
            format!("{}.name", module(next_module))
        }
        Defect::RepeatedId => {
            let id = map.modules[i].id;
            let m = Module { id, ..extra_module(map, next_module) };
            map.modules.push(m);
            format!("{}.id", module(next_module))
        }
        Defect::LongTeam => {
            map.modules[i].team = Some("t".repeat(MAX_NAME + 1));
            format!("{}.team", module(i))
        }
        Defect::Imports(n) => {
            if map.dependencies.is_empty() {
                let (from, to) = (map.modules[0].id, map.modules[1].id);
                map.dependencies.push(Dependency { from, to, kind: DepKind::Sync, imports: 0 });
            }
            let d = at.index(map.dependencies.len());
            map.dependencies[d].imports = n;
            format!("answers.domain.dependencies[{d}].imports")
        }
        Defect::DanglingFrom => {
            let (from, to) = (unused_id(map), map.modules[i].id);
            map.dependencies.push(Dependency { from, to, kind: DepKind::Sync, imports: 0 });
            format!("{next_dep}.from")
        }
        Defect::DanglingTo => {
            let (from, to) = (map.modules[i].id, unused_id(map));
            map.dependencies.push(Dependency { from, to, kind: DepKind::Async, imports: 0 });
            format!("{next_dep}.to")
        }
        Defect::SelfLink => {
            let id = map.modules[i].id;
            map.dependencies.push(Dependency { from: id, to: id, kind: DepKind::Sync, imports: 0 });
            next_dep
        }
        Defect::RepeatedLink => {
            if map.dependencies.is_empty() {
                let (from, to) = (map.modules[0].id, map.modules[1].id);
                map.dependencies.push(Dependency { from, to, kind: DepKind::Sync, imports: 0 });
            }
            let d = map.dependencies[at.index(map.dependencies.len())].clone();
            let repeated = format!("answers.domain.dependencies[{}]", map.dependencies.len());
            map.dependencies.push(d);
            repeated
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn valid_answers_with_maps_read_back_exactly(a in valid_answers()) {
        prop_assert_eq!(problems_by_the_docs(&a), Vec::<String>::new(), "the generator is valid");
        let read = from_json(&to_json(&a, None), &Catalogue::standard());
        prop_assert_eq!(read, Ok(a));
    }

    #[test]
    fn one_defect_is_refused_naming_its_field(
        mut a in valid_answers(),
        defect in defect(),
        at in any::<Index>(),
    ) {
        let field = inflict(&mut a, defect, at);
        prop_assert_eq!(problems_by_the_docs(&a), vec![field.clone()], "the oracle agrees");
        let read = from_json(&to_json(&a, None), &Catalogue::standard());
        let Err(FileError::Invalid { problems }) = &read else {
            return Err(TestCaseError::fail(format!("{defect:?} was not refused: {read:?}")));
        };
        prop_assert_eq!(problems.len(), 1, "{:?}: {:?}", defect, problems);
        prop_assert!(
            problems[0].starts_with(&format!("{field} must ")),
            "{:?}: {:?} does not name {}", defect, problems[0], field
        );
        let message = read.unwrap_err().to_string();
        prop_assert!(message.starts_with("The file's answers cannot be used: "), "{}", message);
        prop_assert!(message.contains(&field), "{}", message);
    }

    #[test]
    fn arbitrary_answers_are_refused_exactly_where_the_docs_say(a in strategies::answers()) {
        let expected = problems_by_the_docs(&a);
        let read = from_json(&to_json(&a, None), &Catalogue::standard());
        if expected.is_empty() {
            prop_assert_eq!(read, Ok(a));
        } else {
            prop_assert_eq!(named_fields(&read), expected, "{:?}", read);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}") {
        let _ = from_json(&text, &Catalogue::standard());
    }

    #[test]
    fn arbitrary_json_shapes_never_panic_nor_speak_serde(
        text in r#"\{"format":"seams-answers","version":1,"answers":\{("context"|"domain"|"factors"|"readiness"|"plan_start"):[\[\]{}"0-9a-z,:. -]{0,120}\}\}"#
    ) {
        if let Err(e) = from_json(&text, &Catalogue::standard()) {
            let message = e.to_string();
            for phrase in SERDE_PHRASES {
                prop_assert!(!message.contains(phrase), "{:?} in {:?}", phrase, message);
            }
        }
    }

    #[test]
    fn wrong_values_in_real_fields_never_speak_serde(
        path in prop::sample::select(FIELDS.to_vec()),
        value in prop_oneof![
            Just("-1".to_string()), Just("1.5".to_string()), Just("true".to_string()),
            Just("null".to_string()), Just("[]".to_string()), Just("{}".to_string()),
            Just("99999999999".to_string()), "\"[a-zA-Z]{0,8}\"", Just(r#"{"x":1}"#.to_string()),
        ],
    ) {
        // A file with `value` at `path`, every enclosing object written out.
        let keys: Vec<&str> = path.split('.').collect();
        let mut json = value;
        for key in keys.iter().rev() {
            json = match key.strip_suffix("[]") {
                Some(list) => format!(r#"{{"{list}":[{json}]}}"#),
                None => format!(r#"{{"{key}":{json}}}"#),
            };
        }
        let text = format!(r#"{{"format":"seams-answers","version":1,"answers":{json}}}"#);
        if let Err(e) = from_json(&text, &Catalogue::standard()) {
            let message = e.to_string();
            for phrase in SERDE_PHRASES {
                prop_assert!(!message.contains(phrase), "{:?} in {:?} for {}", phrase, message, text);
            }
            prop_assert!(!message.contains("cannot read"), "a rule for every field: {} for {}", message, text);
            prop_assert!(!message.contains("not a readable"), "the test writes JSON: {}", text);
        }
    }

    #[test]
    fn a_cut_file_is_refused(a in valid_answers(), cut in 1usize..200) {
        let text = to_json(&a, None);
        let keep = text.len().saturating_sub(cut);
        if text.is_char_boundary(keep) {
            prop_assert!(from_json(&text[..keep], &Catalogue::standard()).is_err());
        }
    }
}

#[test]
fn the_valid_generator_reaches_maps_dependencies_and_the_limits() {
    // The properties above mean little if the generator never makes what they are about.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = valid_answers();
    let (mut maps, mut linked, mut at_limit, mut planned) = (0, 0, 0, 0);
    for _ in 0..200 {
        let a = strategy.new_tree(&mut runner).unwrap().current();
        assert!(problems_by_the_docs(&a).is_empty());
        maps += usize::from(!a.domain.modules.is_empty());
        linked += usize::from(!a.domain.dependencies.is_empty());
        at_limit += usize::from(a.domain.modules.len() == MAX_MODULES);
        planned += usize::from(a.plan_start.is_some());
    }
    assert!(maps > 150, "{maps} of 200 have a map");
    assert!(linked > 100, "{linked} of 200 have dependencies");
    assert!(at_limit > 0, "{at_limit} of 200 hold the most modules a file may");
    assert!(planned > 60, "{planned} of 200 start the plan on a date");
}
