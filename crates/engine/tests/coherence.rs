#![cfg(not(target_arch = "wasm32"))]
//! One story from verdict to plan: invariants that tie the sections of an evaluation to each
//! other and to the answers, checked on every example and on generated teams.
//!
//! Each check reads two places the page shows side by side (the verdict and the chart's
//! sentence, the counts and the plan, the revisit list and the answers, the plan's activities
//! and the capabilities in place) and fails when they disagree. None of them asks the engine
//! for the expected value: the answers, the catalogue's data and the words on the page are the
//! only inputs.

mod strategies;

use proptest::prelude::*;
use seams_engine::*;

use strategies::strings;

/// "3–3", "12–12 months": a range whose ends are the same number.
fn has_flat_range(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != '–' {
            continue;
        }
        let mut a = i;
        while a > 0 && chars[a - 1].is_ascii_digit() {
            a -= 1;
        }
        let mut b = i + 1;
        while b < chars.len() && chars[b].is_ascii_digit() {
            b += 1;
        }
        let left: String = chars[a..i].iter().collect();
        let right: String = chars[i + 1..b].iter().collect();
        let before_ok = a == 0 || !(chars[a - 1].is_ascii_digit() || chars[a - 1] == '.');
        let after_ok = b >= chars.len()
            || !(chars[b] == '.' && chars.get(b + 1).is_some_and(|c| c.is_ascii_digit()));
        if !left.is_empty() && left == right && before_ok && after_ok {
            return true;
        }
    }
    false
}

/// Words that must never follow the number one.
const PLURALS: [&str; 12] = [
    "months",
    "services",
    "teams",
    "hops",
    "engineers",
    "modules",
    "clusters",
    "points",
    "triggers",
    "reasons",
    "phases",
    "deployables",
];

/// Phrases that tie a sentence to a capability being built.
const BUILDS: [(Capability, &[&str]); 10] = [
    (Capability::CiCd, &["build a ci/cd", "set up a ci/cd"]),
    (Capability::Containers, &["as a container image"]),
    (Capability::Orchestration, &["on an orchestrator"]),
    (Capability::CentralLogging, &["logs to one searchable place", "logs of every process"]),
    (Capability::Metrics, &["add metrics", "basic application monitoring"]),
    (Capability::Tracing, &["roll out distributed tracing", "opentelemetry"]),
    (Capability::OnCall, &["on-call rota"]),
    (Capability::ApiVersioning, &["version the apis"]),
    (Capability::FeatureFlags, &["add feature flags"]),
    (Capability::ContractTests, &["add contract tests"]),
];

fn level_at_most_medium(e: &Evaluation) -> bool {
    e.verdict.confidence.level != ConfidenceLevel::High
}

/// The invariants, for one team.
fn coherent(a: &Answers, e: &Evaluation) -> Result<(), TestCaseError> {
    let cat = Catalogue::standard();
    let v = e.verdict.verdict;
    let s = &e.services;
    let splits = matches!(
        v,
        Verdict::SelectiveExtraction
            | Verdict::Migration
            | Verdict::NotReady
            | Verdict::Consolidate
            | Verdict::KeepServices
    );

    // The matrix never rates DevOps maturity toward splitting while limited DevOps maturity
    // holds as a reason not to break.
    let limited = e.blockers.iter().any(|b| b.id == "limited_devops" && b.status == Status::Holds);
    if let (true, Some(row)) = (limited, e.matrix.iter().find(|m| m.id == "devops_maturity")) {
        prop_assert!(row.position <= Position::Middle, "{:?}: {}", row.position, row.answer);
    }

    // The chart's sentence never argues against the verdict.
    let chart = &e.quadrant.explanation;
    if splits {
        for phrase in
            ["One deployable is the right tool", "Use that operational strength on the monolith"]
        {
            prop_assert!(!chart.contains(phrase), "{v:?} under {chart:?}");
        }
    }
    if !splits || v == Verdict::KeepServices {
        for phrase in
            ["A phased extraction fits", "Extract that part", "before moving anything out"]
        {
            prop_assert!(!chart.contains(phrase), "{v:?} under {chart:?}");
        }
    }

    // The verdict and the counts agree.
    match v {
        Verdict::Migration => {
            prop_assert!(s.target >= 2, "a migration toward {} services", s.target)
        }
        Verdict::SelectiveExtraction => prop_assert!((1..=3).contains(&s.target), "{}", s.target),
        Verdict::Monolith | Verdict::ModularMonolith => {
            prop_assert_eq!((s.first_wave, s.target), (0, 0));
            prop_assert_eq!(e.plan.kind, PlanKind::Stay);
        }
        Verdict::NotReady => prop_assert_eq!(s.first_wave, 0),
        Verdict::Consolidate => {
            let today = s.today.expect("services today");
            prop_assert!(today > s.target && s.target >= 1, "{today} → {}", s.target);
        }
        Verdict::KeepServices => {
            prop_assert_eq!(s.today, Some(s.target));
            prop_assert_eq!(s.first_wave, 0);
            prop_assert_eq!(e.plan.kind, PlanKind::Keep);
            prop_assert_eq!(a.context.architecture, Some(CurrentArchitecture::Microservices));
        }
    }
    // A team that runs everything as services is told to migrate only toward at least twice
    // the services it runs.
    if let (Some(CurrentArchitecture::Microservices), Some(today), Verdict::Migration) =
        (a.context.architecture, s.today, v)
    {
        prop_assert!(
            today < 2 || s.target >= 2 * today,
            "a migration toward {} with {today} running",
            s.target
        );
    }
    prop_assert!(s.first_wave <= s.target && s.target <= s.ceiling);
    if v == Verdict::Migration {
        prop_assert!(
            e.plan.summary.contains(&format!("toward {} services", s.target)),
            "{}",
            e.plan.summary
        );
    }
    if s.kind != CountKind::Stay {
        prop_assert!(
            e.findings.services.contains(&s.target.to_string()),
            "{}",
            e.findings.services
        );
    }

    // The lead counts the points between the bars as the page rounds them.
    if !v.about_estate() {
        let fit = |x: Verdict| {
            e.verdict
                .fits
                .iter()
                .find(|f| f.verdict == x)
                .map(|f| f.fit.round() as i64)
                .unwrap_or(0)
        };
        let points = (fit(v) - fit(e.verdict.runner_up)).max(0);
        let shown = match points {
            0 => "less than 1 point".to_string(),
            1 => "1 point".to_string(),
            n => format!("{n} points"),
        };
        prop_assert!(e.verdict.lead.contains(&shown), "{} vs {shown}", e.verdict.lead);
    }

    // The brief says what the sections below it say.
    prop_assert_eq!(e.brief.months, e.plan.total_months);
    prop_assert!(
        e.brief.duration.contains(&{
            let (lo, hi) = e.plan.total_months;
            if lo == hi {
                format!("{lo} month")
            } else {
                format!("{lo}–{hi} months")
            }
        }),
        "{}",
        e.brief.duration
    );
    if s.kind == CountKind::Extract && s.first_wave > 0 {
        prop_assert!(
            e.brief.services.contains(&format!("{} in the end", s.target)),
            "{}",
            e.brief.services
        );
    }
    if v == Verdict::Migration {
        prop_assert!(
            e.brief.decision.contains(&format!("toward {} services", s.target)),
            "{}",
            e.brief.decision
        );
    }
    match e.sensitivity.iter().min_by_key(|f| f.steps) {
        Some(f) => prop_assert!(e.brief.flip.as_ref().is_some_and(|t| t.contains(&f.to))),
        None => prop_assert!(e.brief.flip.is_none()),
    }
    if let Some(first) = e.plan.risks.first() {
        prop_assert_eq!(&e.brief.risk, first);
    }

    // A selective extraction extracts the part the triggers and hot spots point at.
    // (Names identify modules here, so only maps whose names are unique, as the editor and the
    // file check make them, are read.)
    let names_unique = {
        let mut n: Vec<String> =
            a.domain.modules.iter().map(|m| m.name.trim().to_lowercase()).collect();
        n.sort();
        let len = n.len();
        n.dedup();
        n.len() == len && !n.iter().any(|x| x.is_empty())
    };
    if v == Verdict::SelectiveExtraction && !a.domain.modules.is_empty() && names_unique {
        let mut pointed: Vec<String> = Vec::new();
        for c in e.triggers.iter().filter(|c| c.status == Status::Holds) {
            if let Some(rest) = c.evidence.split("it concerns ").nth(1) {
                pointed.extend(
                    rest.split('\u{201c}')
                        .skip(1)
                        .filter_map(|x| x.split('\u{201d}').next())
                        .map(str::to_string),
                );
            }
        }
        if let Some(d) = &e.domain {
            for id in &d.hot {
                pointed.extend(
                    a.domain
                        .modules
                        .iter()
                        .filter(|m| m.id == *id)
                        .map(|m| m.name.trim().to_string()),
                );
            }
        }
        let heavy = |m: &Module| {
            matches!(m.resource, ResourceProfile::CpuHeavy | ResourceProfile::MemoryHeavy)
        };
        let core: Vec<String> =
            a.domain.modules.iter().filter(|m| m.core).map(|m| m.name.trim().to_string()).collect();
        pointed.retain(|n| !core.contains(n));
        if let Some(first) = s.candidates.first() {
            let mut group = vec![first.name.clone()];
            group.extend(first.companion_names.iter().cloned());
            let hit = group.iter().any(|n| pointed.contains(n))
                || a.domain
                    .modules
                    .iter()
                    .any(|m| group.contains(&m.name.trim().to_string()) && heavy(m));
            prop_assert!(
                hit || pointed.is_empty()
                    || first.reasons.iter().any(|r| r.contains("does not show which")),
                "extracts {group:?} while the triggers point at {pointed:?}: {:?}",
                first.reasons
            );
        }
    }

    // No revisit condition is already met.
    let option_index = |f: FactorId, id: &str| {
        cat.factor(f).and_then(|d| d.options.iter().position(|o| o.id == id))
    };
    for r in &e.plan.revisit {
        match &r.when {
            RevisitWhen::Trigger(t) => {
                let check = e.triggers.iter().find(|c| c.id == t.as_str()).expect("trigger");
                prop_assert_ne!(check.status, Status::Holds, "revisit {:?} while it holds", r.text);
            }
            RevisitWhen::Engineers(n) => {
                prop_assert!(a.context.engineers.is_none_or(|x| x < *n), "revisit {:?}", r.text)
            }
            RevisitWhen::Traffic(b) => {
                prop_assert!(
                    a.context.daily_requests.is_none_or(|x| x < *b),
                    "revisit {:?}",
                    r.text
                )
            }
            RevisitWhen::Factor(f, opt) => {
                let answered = a.factors.get(f).and_then(|id| option_index(*f, id));
                let at = option_index(*f, opt).expect("revisit option exists");
                // A part that already runs on its own may have answered the answer: the map then
                // reads it calmer, and the condition is still ahead for the monolith.
                let answered_apart = a.context.architecture
                    == Some(CurrentArchitecture::SomeServices)
                    && a.domain.modules.iter().any(|m| m.runs_apart);
                prop_assert!(
                    answered_apart || answered.is_none_or(|x| x < at),
                    "revisit {:?} already answered",
                    r.text
                );
            }
        }
    }

    // No activity builds what is already in place.
    for (cap, phrases) in BUILDS {
        if a.readiness.capabilities.get(&cap) == Some(&true) {
            for p in &e.plan.phases {
                for act in &p.activities {
                    let lower = act.to_lowercase();
                    for phrase in phrases {
                        prop_assert!(
                            !lower.contains(phrase),
                            "{cap:?} is in place, yet {:?}: {act:?}",
                            p.name
                        );
                    }
                }
            }
        }
    }

    // A reason not to break that holds under a splitting verdict becomes a risk of the plan.
    let devops = e.blockers.iter().find(|c| c.id == "limited_devops").expect("blocker");
    if matches!(v, Verdict::SelectiveExtraction | Verdict::Migration)
        && devops.status == Status::Holds
    {
        prop_assert!(
            !e.plan.risks.is_empty(),
            "limited DevOps maturity holds but the plan has no risk"
        );
    }

    // "Stop after it unless a second trigger appears" only when fewer than two independent
    // triggers hold.
    if e.plan.note.contains("second, independent trigger") {
        let holding = e.triggers.iter().filter(|c| c.status == Status::Holds).count();
        prop_assert!(holding <= 1, "{holding} triggers hold, yet {:?}", e.plan.note);
    }

    // The cost tile and its row tell the same number.
    // A right column that repeats the left says "No change." and the left one is read.
    let row = &e.costs.rows[0];
    let latency = if row.distributed == "No change." { &row.monolith } else { &row.distributed };
    if e.costs.latency_ms == (0, 0) {
        prop_assert!(
            latency.contains("no network hop") || latency.contains("In-process"),
            "{latency}"
        );
    } else {
        let (lo, hi) = e.costs.latency_ms;
        let shown = if lo == hi { format!("{lo} ms") } else { format!("{lo}–{hi} ms") };
        prop_assert!(latency.contains(&shown), "{shown} vs {latency}");
    }

    // Words: no "(s)", no flat ranges, no "1 months", no internal article numbers, and no
    // framework advice for a stack that is not Python.
    let json = serde_json::to_value(e).expect("serialise");
    let mut texts = Vec::new();
    strings(&json, "", &mut texts);
    let other_stack = a.context.stack != Some(Stack::Python);
    for (path, t) in &texts {
        // Titles of the articles and the names of the sources are citations, not advice.
        if path.starts_with(".sources") || path.ends_with(".source") {
            continue;
        }
        prop_assert!(!t.contains("(s)"), "{path}: {t}");
        prop_assert!(!has_flat_range(t), "{path}: {t}");
        for noun in PLURALS {
            prop_assert!(
                !t.contains(&format!(" 1 {noun}")) && !t.starts_with(&format!("1 {noun}")),
                "{path}: {t}"
            );
        }
        prop_assert!(!t.to_lowercase().contains("article 00"), "{path}: {t}");
        if other_stack {
            for word in ["Django", "FastAPI", "Flask", "Celery", "Dramatiq", "Python"] {
                prop_assert!(
                    !t.contains(word),
                    "{path}: {word} for a stack that is not Python: {t}"
                );
            }
        }
    }
    Ok(())
}

/// Teams as people describe them: every question answered, sizes from two to a few thousand,
/// and a small, well-formed domain map (or none).
fn team() -> impl Strategy<Value = Answers> {
    use strategies::pick;
    let cat = Catalogue::standard();
    let options: Vec<(FactorId, Vec<String>)> = cat
        .factors
        .iter()
        .map(|f| (f.id, f.options.iter().map(|o| o.id.clone()).collect()))
        .collect();
    let factors = options
        .into_iter()
        .map(|(f, ids)| (0..ids.len()).prop_map(move |i| (f, ids[i].clone())))
        .collect::<Vec<_>>();
    let map = (0usize..7).prop_flat_map(|n| {
        (
            prop::collection::vec(
                (
                    1u32..40,
                    pick(&AvailabilityTarget::ALL),
                    pick(&Cadence::ALL),
                    pick(&ResourceProfile::ALL),
                    0u32..4,
                    prop::bool::weighted(0.2),
                ),
                n,
            ),
            prop::collection::vec((0..n.max(1), 0..n.max(1), strategies::dep_kind()), 0..=n * 2),
        )
    });
    (
        (1u32..3000, 1u32..200),
        (
            pick(&ProductStage::ALL),
            pick(&TrafficBand::ALL),
            pick(&CurrentArchitecture::ALL),
            pick(&[Stack::Python, Stack::Other]),
        ),
        0u32..40,
        factors,
        prop::collection::vec(prop::bool::ANY, Capability::ALL.len()),
        0u32..30,
        map,
    )
        .prop_map(
            |(
                (engineers, teams),
                (stage, traffic, architecture, stack),
                today,
                factors,
                caps,
                ops,
                (mods, deps),
            )| {
                const NAMES: [&str; 7] = [
                    "Orders",
                    "Search",
                    "Payments",
                    "Accounts",
                    "Reports",
                    "Notifications",
                    "Catalog",
                ];
                let modules: Vec<Module> = mods
                    .iter()
                    .enumerate()
                    .map(|(i, (load, availability, cadence, resource, team, core))| Module {
                        id: i as u32 + 1,
                        name: NAMES[i].to_string(),
                        load: *load,
                        availability: *availability,
                        cadence: *cadence,
                        team: (*team > 0).then(|| format!("team {team}")),
                        resource: *resource,
                        core: *core,
                        runs_apart: false,
                    })
                    .collect();
                let dependencies = deps
                    .into_iter()
                    .filter(|(f, t, _)| f != t && *f < modules.len() && *t < modules.len())
                    .map(|(f, t, kind)| Dependency {
                        from: f as u32 + 1,
                        to: t as u32 + 1,
                        kind,
                        imports: 0,
                    })
                    .collect();
                let mut a = Answers {
                    context: Context {
                        engineers: Some(engineers),
                        teams: Some(teams.min(engineers)),
                        stage: Some(stage),
                        daily_requests: Some(traffic),
                        architecture: Some(architecture),
                        stack: Some(stack),
                        services_today: architecture.runs_services().then_some(today),
                    },
                    readiness: Readiness {
                        capabilities: Capability::ALL.iter().copied().zip(caps).collect(),
                        ops_headcount: Some(ops),
                    },
                    domain: DomainMap { modules, dependencies },
                    ..Answers::default()
                };
                for (f, id) in factors {
                    a.factors.insert(f, id);
                }
                a
            },
        )
}

/// One small change of answer, each way: the next option of every factor; and each missing
/// capability built (a capability in place is a fact, not an uncertain answer, so losing it is
/// no small change).
fn neighbours(a: &Answers) -> Vec<Answers> {
    let cat = Catalogue::standard();
    let mut out = Vec::new();
    for f in &cat.factors {
        let current =
            a.factors.get(&f.id).and_then(|id| f.options.iter().position(|o| o.id == *id));
        let Some(c) = current else { continue };
        for j in [c.checked_sub(1), Some(c + 1)].into_iter().flatten() {
            if let Some(o) = f.options.get(j) {
                out.push(a.clone().with_factor(f.id, &o.id));
            }
        }
    }
    for cap in Capability::ALL {
        if a.readiness.capabilities.get(&cap) == Some(&true) {
            continue;
        }
        let mut b = a.clone();
        b.readiness.capabilities.insert(cap, true);
        out.push(b);
    }
    out
}

#[test]
fn every_example_tells_one_story() {
    for ex in examples() {
        let e = evaluate(&ex.answers);
        if let Err(err) = coherent(&ex.answers, &e) {
            panic!("{}: {err}", ex.id);
        }
    }
}

#[test]
fn flat_ranges_are_found() {
    assert!(has_flat_range("1–1 months"));
    assert!(has_flat_range("took 12–12"));
    assert!(!has_flat_range("1–12 months"));
    assert!(!has_flat_range("12–2"));
    assert!(!has_flat_range("99.9–9"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_teams_tell_one_story(a in team()) {
        coherent(&a, &evaluate(&a))?;
    }

    #[test]
    fn odd_answers_tell_one_story_too(a in strategies::answers()) {
        coherent(&a, &evaluate(&a))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Where one small change of answer gives another verdict, neither side claims high
    /// confidence.
    #[test]
    fn a_verdict_one_answer_away_from_another_is_never_high(a in team()) {
        let e = evaluate(&a);
        for b in neighbours(&a) {
            let f = evaluate(&b);
            if f.verdict.verdict != e.verdict.verdict {
                prop_assert!(level_at_most_medium(&e), "{:?} is High, but one change gives {:?}", e.verdict.verdict, f.verdict.verdict);
                // The other way round holds for factors; a capability built is a fact there.
                let built = b.readiness.capabilities != a.readiness.capabilities;
                prop_assert!(built || level_at_most_medium(&f), "{:?} is High, but one change gives {:?}", f.verdict.verdict, e.verdict.verdict);
            }
        }
    }
}
