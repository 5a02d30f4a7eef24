//! The pure decision engine: answers in; verdict, need and readiness, decision matrix,
//! triggers and blockers, service count, domain analysis, costs, plan, pitfalls,
//! sensitivity and advice out.
//!
//! Invariants, each checked by a test:
//! - no I/O, no clock, no randomness, and no user-interface crate: this module could move to
//!   its own crate without edits;
//! - it always answers: missing or odd answers lower the confidence and add a caveat, they
//!   never panic or fail;
//! - the same answers give the same evaluation (every collection in the output is ordered);
//! - every number and sentence of the rubric lives in the [`Catalogue`].
//!
//! Code map, in pipeline order:
//! - [`answers`]: the input types;
//! - [`catalogue`] and `standard`: the rubric as data; [`limits`]: the largest answers read;
//! - `domain` and `graph`: the domain map, checked and analysed once;
//! - `assess`: the cheap core, from answers to need, readiness, triggers and blockers;
//! - `verdict`: the scorecard and the hard rules that pick the verdict;
//! - `checks`, `matrix`: triggers, blockers and matrix rows in words;
//! - `services`, `costs`, `plan`, `calendar`, `pitfalls`: the shape and what it takes;
//! - `sensitivity`: what would change the verdict;
//! - `advice`, `examples`: stack advice and ready-made teams.

pub mod advice;
pub mod answers;
mod assess;
mod calendar;
pub mod catalogue;
pub mod checks;
pub mod costs;
pub mod domain;
pub mod examples;
mod graph;
pub mod limits;
pub mod matrix;
pub mod order;
pub mod pitfalls;
pub mod plan;
pub mod sensitivity;
pub mod services;
mod standard;
pub mod verdict;

pub use advice::Advice;
pub use answers::{
    Answers, AvailabilityTarget, Cadence, Capability, Context, CurrentArchitecture, DepKind,
    Dependency, DomainMap, FactorId, Module, ProductStage, Readiness, ResourceProfile, Stack,
    TrafficBand, YearMonth,
};
pub use catalogue::{
    BlockerId, Catalogue, Factor, FactorOption, PhaseId, PitfallId, Position, Source, SourceInfo,
    TriggerId,
};
pub use checks::{Check, Status};
pub use costs::{CostRow, Costs};
pub use domain::{CellKind, DomainAnalysis, DsmCell};
pub use examples::{examples, Example};
pub use matrix::MatrixRow;
pub use pitfalls::Pitfall;
pub use plan::{Phase, PhaseDates, Plan, PlanKind};
pub use sensitivity::Flip;
pub use services::{Bound, BoundTarget, Candidate, ServiceCount};
pub use verdict::{
    Confidence, ConfidenceLevel, Quadrant, QuadrantReport, Reason, Verdict, VerdictFit,
    VerdictReport,
};

use assess::{assess, Assessment, Inputs, MapHints};
use catalogue::unit;
use domain::{Map, Structure};
use order::SortedSet;
use serde::{Deserialize, Serialize};

/// Everything the results page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The verdict, its margin, confidence, reasons and caveats.
    pub verdict: VerdictReport,
    /// Pressure to split, 0–100.
    pub need: f64,
    /// Ability to operate services, 0–100.
    pub readiness: f64,
    /// Where need × readiness puts the team.
    pub quadrant: QuadrantReport,
    /// The decision matrix: article 003's seven rows first, then the other factors.
    pub matrix: Vec<MatrixRow>,
    /// The five split triggers.
    pub triggers: Vec<Check>,
    /// The five reasons not to break.
    pub blockers: Vec<Check>,
    /// How many services, bounded by what, and which ones first.
    pub services: ServiceCount,
    /// The domain map analysis; `None` without a map.
    pub domain: Option<DomainAnalysis>,
    /// The cost of going distributed.
    pub costs: Costs,
    /// The phased plan.
    pub plan: Plan,
    /// Distributed-monolith signals.
    pub pitfalls: Vec<Pitfall>,
    /// The smallest answer changes that flip the verdict.
    pub sensitivity: Vec<Flip>,
    /// Stack advice for the verdict.
    pub advice: Vec<Advice>,
    /// The articles behind everything shown.
    pub sources: Vec<SourceInfo>,
}

/// Evaluates the answers against the standard rubric.
pub fn evaluate(answers: &Answers) -> Evaluation {
    evaluate_with(answers, &Catalogue::standard())
}

/// Evaluates the answers against a given rubric.
pub fn evaluate_with(answers: &Answers, catalogue: &Catalogue) -> Evaluation {
    let cat = catalogue;
    let (inputs, mut caveats) = Inputs::from_answers(answers, cat);
    let map = Map::from_answers(&answers.domain, cat);
    let structure = Structure::analyse(&map, cat);
    let hints = MapHints::new(&map, &structure, cat);
    let a = assess(&inputs, &hints, cat);
    let decision = verdict::decide(&a, cat);
    let v = decision.verdict;

    let clear_margin = catalogue::finite(cat.thresholds.clear_margin, 10.0);
    let clear_winner = decision.margin >= clear_margin;
    let completeness = inputs.completeness(cat);

    // Caveats, most useful first.
    let missing = inputs.missing(cat);
    if !missing.is_empty() {
        caveats.insert(
            0,
            format!(
                "Not answered yet: {}. The verdict rests on fewer facts, so its confidence is \
                 lower.",
                missing.join(", ")
            ),
        );
    }
    if !clear_winner {
        caveats.push(format!(
            "No clear winner: \u{201c}{}\u{201d} leads \u{201c}{}\u{201d} by only {:.0} points; \
             read both plans.",
            cat.verdict_label(v),
            cat.verdict_label(decision.runner_up),
            decision.margin
        ));
    }
    caveats.extend(conflicts(&inputs, &hints, cat));
    if !map.ignored.is_empty() {
        caveats.push(format!(
            "{} item(s) of the domain map could not be used and were left out; the domain \
             analysis lists them.",
            map.ignored.len()
        ));
    }
    if !map.is_present() {
        caveats.push(
            "Without a domain map, service counts and costs are estimates and no candidates \
             are named."
                .to_string(),
        );
    }
    if let Some(start) = answers.plan_start {
        if !(1..=12).contains(&start.month) {
            caveats.push(format!(
                "The plan's start month {} is not 1–12; it was read as {}.",
                start.month,
                calendar::normalise(start).month
            ));
        }
    }

    let shape = services::shape(v, &a, &inputs, &map, &structure, &hints, cat);
    if inputs.ops.is_none() && matches!(v, Verdict::SelectiveExtraction | Verdict::Migration) {
        caveats.push(
            "The operations headcount was not given; the \u{201c}now\u{201d} count assumes \
             one operations person per ten engineers."
                .to_string(),
        );
    }
    if map.is_present()
        && shape.count.target == 0
        && matches!(v, Verdict::SelectiveExtraction | Verdict::Migration | Verdict::NotReady)
    {
        caveats.push(
            "The verdict favours extracting services, but the domain map leaves nothing that \
             can move on its own (a single module, or every cluster holds core modules); add \
             the map's modules in more detail."
                .to_string(),
        );
    }
    let costs = costs::costs(v, &shape, &map, &structure, cat);
    let plan = plan::plan(
        &plan::PlanInput {
            verdict: v,
            assessment: &a,
            inputs: &inputs,
            shape: &shape,
            architecture: answers.context.architecture,
            start: answers.plan_start,
        },
        cat,
    );
    let pitfalls = pitfalls::pitfalls(v, &a, &shape, &map, &structure, cat);
    let sensitivity = sensitivity::flips(v, &inputs, &hints, cat);
    let advice = advice::advice(answers.context.stack, v, cat);
    let triggers = checks::triggers(&a, &hints, cat);
    let blockers = checks::blockers(&a, &hints, cat);
    let matrix = matrix::rows(&inputs, &a, cat);
    let reasons = reasons(v, &a, &triggers, &blockers, cat);

    let report = VerdictReport {
        verdict: v,
        label: cat.verdict_label(v),
        summary: cat.verdict_summary(v),
        runner_up: decision.runner_up,
        margin: decision.margin,
        clear_winner,
        confidence: verdict::confidence(completeness, decision.margin, clear_winner, cat),
        fits: decision.fits,
        reasons,
        caveats,
    };

    let quadrant = quadrant(&a, cat);
    let domain = map.is_present().then(|| structure.report(&map));

    // Every source the page shows, in seed order.
    let used: SortedSet<Source> = report
        .reasons
        .iter()
        .map(|r| r.source)
        .chain(triggers.iter().map(|c| c.source))
        .chain(blockers.iter().map(|c| c.source))
        .chain(matrix.iter().map(|m| m.source))
        .chain(pitfalls.iter().map(|p| p.source))
        .chain(advice.iter().map(|a| a.source))
        .chain(plan.phases.iter().map(|p| p.source))
        .chain(cat.factors.iter().flat_map(|f| f.sources.iter().copied()))
        .collect();
    let sources = used.into_vec().into_iter().map(|s| cat.source_info(s)).collect();

    Evaluation {
        verdict: report,
        need: clean(a.need),
        readiness: clean(a.readiness),
        quadrant,
        matrix,
        triggers,
        blockers,
        services: shape.count,
        domain,
        costs,
        plan,
        pitfalls,
        sensitivity,
        advice,
        sources,
    }
}

/// A 0–100 score with no NaN. Not rounded: rounding could make a higher score print lower,
/// and formatting is the page's job.
fn clean(x: f64) -> f64 {
    100.0 * unit(x / 100.0)
}

fn quadrant(a: &Assessment, cat: &Catalogue) -> QuadrantReport {
    let t = &cat.thresholds;
    let high_need = a.need >= t.quadrant_need_at;
    let high_ready = a.readiness >= t.quadrant_readiness_at;
    let q = match (high_need, high_ready) {
        (false, false) => Quadrant::KeepItSimple,
        (false, true) => Quadrant::CapableNoNeed,
        (true, false) => Quadrant::FoundationFirst,
        (true, true) => Quadrant::ReadyToSplit,
    };
    let text = cat.quadrants.iter().find(|x| x.quadrant == q);
    QuadrantReport {
        quadrant: q,
        label: text.map(|x| x.label.clone()).unwrap_or_default(),
        explanation: text.map(|x| x.explanation.clone()).unwrap_or_default(),
    }
}

/// Disagreements between an answer and the domain map.
fn conflicts(inputs: &Inputs, hints: &MapHints, cat: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    for (factor, (implied, evidence)) in &hints.implied {
        let Some(&answered) = inputs.choices.get(factor) else {
            continue;
        };
        let Some(def) = cat.factor(*factor) else {
            continue;
        };
        let raises = |i: usize| {
            def.options.get(i).is_some_and(|o| !o.raises_triggers.is_empty() || o.hot_spot)
        };
        if raises(answered) != raises(*implied) {
            let label = def.options.get(answered).map(|o| o.label.clone()).unwrap_or_default();
            let used = if *implied > answered {
                "the map's evidence was used"
            } else {
                "your answer was kept"
            };
            out.push(format!(
                "You answered \u{201c}{label}\u{201d} for {}, but {}; {used}.",
                def.dimension.to_lowercase(),
                lower_first(&checks::map_text(evidence)).trim_end_matches('.')
            ));
        }
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why the verdict, most important first.
fn reasons(
    v: Verdict,
    a: &Assessment,
    triggers: &[Check],
    blockers: &[Check],
    cat: &Catalogue,
) -> Vec<Reason> {
    let t = &cat.thresholds;
    let mut out = Vec::new();
    let n = a.trigger_count;
    let min = t.migration_min_triggers.max(1);
    let count_text = match n {
        0 => "None of the five split triggers holds.".to_string(),
        1 => {
            "Exactly one split trigger holds: fix that issue inside the monolith first.".to_string()
        }
        _ if n >= min => {
            format!("{n} split triggers hold at once; two or more together justify a migration.")
        }
        _ => format!("{n} split triggers hold."),
    };
    out.push(Reason {
        text: count_text,
        rule: "rule.trigger_count".to_string(),
        source: Source::WhenToBreakTheMonolith,
    });

    // Every check that holds becomes a reason, named after its rule.
    let holding = |checks: &[Check], what: &str, rule: &str| {
        checks
            .iter()
            .filter(|c| c.status == Status::Holds)
            .map(|c| Reason {
                text: format!("{what}: {}. {}", c.label, c.evidence),
                rule: format!("{rule}.{}", c.id),
                source: c.source,
            })
            .collect::<Vec<_>>()
    };
    let trigger_reasons = holding(triggers, "Split trigger", "trigger");
    let blocker_reasons = holding(blockers, "Reason not to break", "blocker");
    let split_side = matches!(v, Verdict::Migration | Verdict::SelectiveExtraction);
    if split_side {
        out.extend(trigger_reasons.iter().cloned());
    }

    match v {
        Verdict::NotReady | Verdict::Migration if n >= min => {
            let ready = a.readiness >= catalogue::finite(t.migration_min_readiness, 55.0);
            out.push(Reason {
                text: if ready {
                    format!(
                        "Readiness is {:.0}/100, enough to run services (the line is {:.0}).",
                        a.readiness, t.migration_min_readiness
                    )
                } else {
                    format!(
                        "Readiness is {:.0}/100, below the {:.0} needed to run services safely; \
                         a split now would add incidents.",
                        a.readiness, t.migration_min_readiness
                    )
                },
                rule: "rule.readiness_gate".to_string(),
                source: Source::WhenToBreakTheMonolith,
            });
        }
        _ => {}
    }
    if let Some((factor, from_map)) = a.hot_spot {
        if matches!(v, Verdict::SelectiveExtraction) {
            let what = cat.factor(factor).map(|f| f.dimension.to_lowercase()).unwrap_or_default();
            out.push(Reason {
                text: format!(
                    "One part stands out ({what}{}): isolating that part alone can solve the \
                     problem without a full migration.",
                    if from_map { ", from the domain map" } else { "" }
                ),
                rule: "rule.hot_spot".to_string(),
                source: Source::MicroservicesTrap,
            });
        }
    }
    if !split_side {
        out.extend(blocker_reasons);
        out.extend(trigger_reasons);
    } else {
        out.extend(blocker_reasons);
    }
    if v == Verdict::ModularMonolith && a.growth >= 0.5 {
        out.push(Reason {
            text: "The organisation and codebase are growing: enforced module boundaries keep \
                   one deployable workable for longer."
                .to_string(),
            rule: "rule.growth".to_string(),
            source: Source::ArchitectureChoicesForPython,
        });
    }
    if v == Verdict::Monolith && a.growth < 0.5 {
        out.push(Reason {
            text: "A small or early team moves fastest with one codebase and one deployable."
                .to_string(),
            rule: "rule.small_and_early".to_string(),
            source: Source::ArchitectureChoicesForPython,
        });
    }
    out
}
