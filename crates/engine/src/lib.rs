//! The pure decision engine: answers in; verdict, need and readiness, decision matrix,
//! triggers and blockers, service count, domain analysis, costs, plan, pitfalls,
//! sensitivity and advice out.
//!
//! Invariants, each checked by the compiler or a test:
//! - no I/O, no clock, no randomness, and no user-interface crate: this crate's manifest
//!   depends on serde alone;
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
//! - `advice`, `examples`: stack advice and ready-made teams;
//! - `findings`: each section's one-line finding, written from the same decided facts;
//! - [`texts`] and `standard_texts`: the sentences' wording as templates in the rubric;
//! - `words`: plurals, ranges and lists, so no sentence says "service(s)" or "1–1 months".

pub mod advice;
pub mod answers;
mod assess;
pub mod brief;
mod calendar;
pub mod catalogue;
pub mod checks;
pub mod costs;
pub mod domain;
pub mod examples;
pub mod findings;
mod graph;
pub mod limits;
pub mod matrix;
pub mod order;
mod outcome;
pub mod pitfalls;
pub mod plan;
pub mod sensitivity;
pub mod services;
mod standard;
mod standard_texts;
pub mod texts;
pub mod verdict;
pub mod words;
pub mod workshop;

pub use advice::Advice;
pub use answers::{
    Answers, AvailabilityTarget, Cadence, Capability, Context, CurrentArchitecture, DepKind,
    Dependency, DomainMap, FactorId, Module, ProductStage, Readiness, ResourceProfile, Stack,
    TrafficBand, YearMonth,
};
pub use brief::Brief;
pub use catalogue::{
    BlockerId, Catalogue, Factor, FactorOption, PhaseId, PitfallId, Position, RevisitWhen, Source,
    SourceInfo, TriggerId, THRESHOLD_SLOTS,
};
pub use checks::{Check, Status};
pub use costs::{CostRow, Costs};
pub use domain::{
    is_stray, CellKind, DomainAnalysis, DsmCell, StrayImport, STRAY_MAX_IMPORTS, STRAY_MIN_BACK,
    STRAY_RATIO,
};
pub use examples::{examples, Example};
pub use findings::Findings;
pub use matrix::MatrixRow;
pub use pitfalls::Pitfall;
pub use plan::{Phase, PhaseDates, Plan, PlanKind, Revisit};
pub use sensitivity::Flip;
pub use services::{Bound, BoundTarget, Candidate, CountKind, ServiceCount};
pub use texts::{PageTexts, Plural, Template, TermTexts, Texts, WizardTexts};
pub use verdict::{
    Confidence, ConfidenceLevel, Quadrant, QuadrantReport, Reason, Verdict, VerdictFit,
    VerdictReport,
};

use assess::{assess, Assessment, Inputs, MapHints};
use catalogue::unit;
use domain::{Map, Structure};
use order::SortedSet;
use serde::{Deserialize, Serialize};
use verdict::Decision;

/// Everything the results page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The decision at a glance, written from the sections below.
    pub brief: Brief,
    /// The verdict, its margin, confidence, reasons and caveats.
    pub verdict: VerdictReport,
    /// Pressure to split, 0–100.
    pub need: f64,
    /// Ability to operate services, 0–100.
    pub readiness: f64,
    /// Where need × readiness puts the team, in words that agree with the verdict.
    pub quadrant: QuadrantReport,
    /// The decision matrix: the migration guide's seven rows first, then the other factors.
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
    /// Each section's finding in one line.
    pub findings: Findings,
    /// The factors whose effective answer comes from the domain map rather than the answer
    /// given (a what-if change to them changes nothing until the map changes).
    pub map_overrides: Vec<MapOverride>,
    /// The articles behind everything shown.
    pub sources: Vec<SourceInfo>,
}

impl Evaluation {
    /// The title of a source the results cite (its id when the rubric does not list it).
    pub fn source_title(&self, source: Source) -> &str {
        self.sources.iter().find(|s| s.id == source).map_or(source.id(), |s| s.title.as_str())
    }
}

/// A factor the domain map decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapOverride {
    /// Which factor.
    pub factor: FactorId,
    /// The option the map implies, in words.
    pub used: String,
    /// Why, in words.
    pub evidence: String,
}

/// Evaluates the answers against the standard rubric.
pub fn evaluate(answers: &Answers) -> Evaluation {
    evaluate_with(answers, &Catalogue::standard())
}

/// Evaluates the answers against a given rubric.
///
/// The facts are decided once, in this order, and every section reads them rather than
/// deciding again: the assessment (need, readiness, triggers grouped into independent
/// pressures, blockers), the decision (verdict, margin, consolidation), the shape (counts and
/// candidates), then the costs, plan, pitfalls and words written from those.
pub fn evaluate_with(answers: &Answers, catalogue: &Catalogue) -> Evaluation {
    let cat = catalogue;
    let tx = &cat.texts;
    let ev = &tx.evaluation;
    let (inputs, mut caveats) = Inputs::from_answers(answers, cat);
    let beside = inputs.architecture == Some(CurrentArchitecture::SomeServices);
    let map = Map::from_answers(&answers.domain, beside, cat);
    let structure = Structure::analyse(&map, cat);
    let hints = MapHints::new(&map, &structure, cat);
    let a = assess(&inputs, &hints, cat);
    let ctx = services::context(&a, &inputs, &hints, cat);
    let decision = verdict::decide(&a, &ctx, cat);
    let v = decision.verdict;

    let clear_margin = catalogue::finite(cat.thresholds.clear_margin, 10.0);
    let clear_winner = decision.margin >= clear_margin;
    let completeness = inputs.completeness(cat);
    let sensitivity = sensitivity::flips(v, &inputs, &hints, cat);
    let fragile = sensitivity::fragile(v, &inputs, &hints, cat);

    // Caveats, most useful first.
    let missing = inputs.missing(cat);
    if !missing.is_empty() {
        caveats.insert(
            0,
            ev.caveat_missing
                .render(&[("missing", &missing.join(&ev.missing_separator.render(&[])))]),
        );
    }
    if !clear_winner && !v.about_estate() {
        caveats.push(ev.caveat_no_clear_winner.render(&[
            ("verdict", &cat.verdict_label(v)),
            ("runner_up", &cat.verdict_label(decision.runner_up)),
            ("margin", &tx.nouns.point.count(lead_points(&decision))),
        ]));
    }
    if fragile {
        let near = sensitivity.iter().find(|f| f.steps == 1);
        caveats.push(match near {
            Some(f) => ev.caveat_one_answer.render(&[
                ("factor", &words::lower_first(&f.factor)),
                ("to", &f.to),
                ("from", &f.from),
                ("verdict", &cat.verdict_label(f.verdict)),
            ]),
            None => ev.caveat_small_change.render(&[]),
        });
    }
    caveats.extend(conflicts(&inputs, &hints, cat));
    // Whether the triggers point at one part matters only while there is a monolith to carve.
    if !map.is_present() && !v.about_estate() {
        let part_triggers = [
            TriggerId::ScalingProfiles,
            TriggerId::ReliabilityRequirements,
            TriggerId::CadenceMismatch,
        ];
        let n = part_triggers.iter().filter(|t| a.trigger_holds(**t)).count();
        if n >= 2 {
            caveats.push(ev.caveat_same_part.render(&[]));
        }
    }
    if !map.ignored.is_empty() {
        let n = u32::try_from(map.ignored.len()).unwrap_or(u32::MAX);
        caveats.push(
            ev.caveat_ignored
                .render(&[("items", &tx.nouns.item.count(n)), ("was", tx.verbs.was.pick(n))]),
        );
    }
    if !map.is_present() {
        caveats.push(ev.caveat_no_map.render(&[]));
    } else if hints.extractable_units == 0 && (a.trigger_count > 0 || a.hot_spot.is_some()) {
        let all_core = map.nodes.len() >= 2 && map.nodes.iter().all(|n| n.core);
        caveats.push(
            if all_core { &ev.caveat_all_core } else { &ev.caveat_nothing_moves }.render(&[]),
        );
    }
    if inputs.architecture.is_some_and(|x| x.runs_services()) && ctx.estate.is_none() {
        caveats.push(ev.caveat_services_unknown.render(&[]));
    }
    if let (Some(n), true) = (
        answers.context.services_today,
        inputs.architecture == Some(CurrentArchitecture::Microservices) && map.is_present(),
    ) {
        if n as usize != map.nodes.len() {
            caveats.push(ev.caveat_services_map.render(&[
                ("services", &tx.nouns.service.count(n)),
                (
                    "modules",
                    &tx.nouns.module.count(u32::try_from(map.nodes.len()).unwrap_or(u32::MAX)),
                ),
            ]));
        }
    }
    // Which of the map's modules are the services beside the monolith.
    if let (Some(n), true) = (
        answers.context.services_today.filter(|&n| n > 0),
        inputs.architecture == Some(CurrentArchitecture::SomeServices) && map.is_present(),
    ) {
        let marked = u32::try_from(structure.apart.len()).unwrap_or(u32::MAX);
        if marked == 0 {
            caveats
                .push(ev.caveat_apart_unmarked.render(&[("services", &tx.nouns.service.count(n))]));
        } else if marked > n {
            caveats.push(ev.caveat_apart_more.render(&[
                ("modules", &tx.nouns.module.count(marked)),
                ("services", &tx.nouns.service.count(n)),
            ]));
        }
    }
    // Teams of fewer than three engineers are one team in practice; the counts that follow the
    // teams would read them as real ones (Seams' own).
    if let (Some(e), Some(t)) = (inputs.engineers, inputs.teams) {
        if t >= 2 && e < t.saturating_mul(3) {
            caveats.push(ev.caveat_tiny_teams.render(&[
                ("teams", &tx.nouns.team.count(t)),
                ("engineers", &tx.nouns.engineer.count(e)),
            ]));
        }
    }
    // Answers that contradict each other make any verdict doubtful: said, and never High.
    let mut doubtful = false;
    if inputs.architecture == Some(CurrentArchitecture::Greenfield) {
        let running = inputs.stage.is_some_and(|s| s >= ProductStage::GrowingStable)
            || inputs.traffic.is_some_and(|t| t >= TrafficBand::Under10M);
        if running {
            caveats.push(ev.caveat_greenfield.render(&[]));
            doubtful = true;
        }
    }
    // A product still testing its idea or finding its market rarely serves ten million
    // requests a day or employs a hundred engineers (Seams' own).
    let early = inputs.stage.is_some_and(|s| s <= ProductStage::FindingFit);
    let large = inputs.traffic == Some(TrafficBand::Over10M)
        || inputs.engineers.is_some_and(|e| e >= LARGE_FOR_AN_EARLY_PRODUCT);
    if early && large && inputs.architecture != Some(CurrentArchitecture::Greenfield) {
        caveats.push(ev.caveat_early_but_large.render(&[]));
        doubtful = true;
    }
    if let Some(t) = inputs.teams.filter(|&t| hints.teams > t) {
        caveats.push(
            ev.caveat_teams.render(&[
                ("teams", &tx.nouns.team.count(hints.teams)),
                ("answered", &t.to_string()),
            ]),
        );
    }
    // A module whose owner label joins other teams' names: two teams share it.
    for &v in &structure.joint {
        let node = &map.nodes[v];
        caveats.push(ev.caveat_joint.render(&[
            ("module", &tx.quoted(&node.name)),
            ("owner", &tx.quoted(node.team.as_deref().unwrap_or_default())),
        ]));
    }
    if let Some(start) = answers.plan_start {
        if !(1..=12).contains(&start.month) {
            caveats.push(ev.caveat_start_month.render(&[
                ("month", &start.month.to_string()),
                ("read", &calendar::normalise(start).month.to_string()),
            ]));
        }
    }
    if inputs.ops.is_none() && (v.extracts() || v.about_estate()) {
        caveats.push(ev.caveat_ops_assumed.render(&[]));
    }
    // Stray imports: read as no cycle, said so, with the import to move (Seams' own).
    for &(i, back) in structure.stray.iter().take(MAX_STRAY_CAVEATS) {
        let Some(e) = map.edges.get(i) else { continue };
        caveats.push(ev.caveat_stray.render(&[
            ("from", &tx.quoted(&map.nodes[e.from].name)),
            ("to", &tx.quoted(&map.nodes[e.to].name)),
            ("imports", &tx.nouns.import.count(e.imports)),
            ("back", &tx.nouns.import.count(back)),
        ]));
    }
    if let Some(more) = structure.stray.len().checked_sub(MAX_STRAY_CAVEATS).filter(|&n| n > 0) {
        let more = u32::try_from(more).unwrap_or(u32::MAX);
        caveats.push(
            ev.caveat_stray_more.render(&[
                ("imports", &tx.nouns.import.count(more)),
                ("is", tx.verbs.is.pick(more)),
            ]),
        );
    }

    let shape = services::shape(&decision, &a, &inputs, &map, &structure, &hints, cat);
    // A map coarser than the organisation limits the count: most teams would stay on one
    // deployable, which is the coordination the split is meant to end (Seams' own).
    let modules = u32::try_from(map.nodes.len()).unwrap_or(u32::MAX);
    if let Some(teams) = inputs.teams.filter(|&t| {
        map.is_present() && v.extracts() && t > modules && t > shape.count.target.saturating_mul(2)
    }) {
        caveats.push(ev.caveat_coarse_map.render(&[
            ("teams", &tx.nouns.team.count(teams)),
            ("modules", &tx.nouns.module.count(modules)),
            ("target", &tx.nouns.service.count(shape.count.target)),
        ]));
    }
    let costs = costs::costs(&shape, &map, &structure, cat);
    let plan = plan::plan(
        &plan::PlanInput {
            decision: &decision,
            assessment: &a,
            inputs: &inputs,
            shape: &shape,
            map: &map,
            structure: &structure,
            hints: &hints,
            stack: answers.context.stack,
            start: answers.plan_start,
        },
        cat,
    );
    let present = inputs.architecture == Some(CurrentArchitecture::Microservices);
    let pitfalls = pitfalls::pitfalls(v, &a, &shape, &map, &structure, present, cat);
    let early = inputs.stage.is_none_or(|s| s <= ProductStage::FindingFit);
    let heavy =
        shape.units.iter().filter_map(|&u| structure.profiles.get(u)).any(|p| p.heavy.is_some())
            || (shape.units.is_empty()
                && a.option(FactorId::ResourceIsolation, cat).is_some_and(|o| o.hot_spot));
    let parts: Vec<&domain::UnitProfile> =
        shape.units.iter().filter_map(|&u| structure.profiles.get(u)).collect();
    let only_heavy = if parts.is_empty() {
        heavy && v == Verdict::SelectiveExtraction
    } else {
        parts.iter().all(|p| p.heavy.is_some())
    };
    let advice = advice::advice(answers.context.stack, v, early, heavy, only_heavy, cat);
    let triggers = checks::triggers(&a, &hints, cat);
    let blockers = checks::blockers(&a, &hints, cat);
    let matrix = matrix::rows(&inputs, &a, cat);
    let reasons =
        reasons(&decision, ctx.estate, &a, &hints, &shape, &structure, &triggers, &blockers, cat);

    // Contradicting answers, a count of services sized without a map (a merge, or a migration
    // whose services are still to be chosen), or a part kept apart in a system not built yet,
    // whose load and targets are plans: at most Medium (Seams' own).
    let greenfield = inputs.architecture == Some(CurrentArchitecture::Greenfield);
    let capped = doubtful
        || (matches!(v, Verdict::Consolidate | Verdict::Migration) && !map.is_present())
        || (greenfield && v == Verdict::SelectiveExtraction);
    let report = VerdictReport {
        verdict: v,
        label: cat.verdict_label(v),
        // One service and nothing else is one deployable: the plain wording fits it.
        summary: cat.verdict_summary(
            v,
            inputs.architecture.filter(|a| {
                *a != CurrentArchitecture::Microservices || inputs.services_today.unwrap_or(2) >= 2
            }),
        ),
        runner_up: decision.runner_up,
        margin: decision.margin,
        clear_winner,
        lead: lead_text(&decision, clear_winner, cat),
        confidence: {
            let mut c =
                verdict::confidence(completeness, decision.margin, clear_winner, fragile, cat);
            // Contradicting answers, or a merge sized without a map of the services: at most
            // Medium (Seams' own).
            if capped && c.level == ConfidenceLevel::High {
                c.level = ConfidenceLevel::Medium;
                c.score = verdict::below_high(c.score, cat);
            }
            c
        },
        fits: decision.fits.clone(),
        reasons,
        caveats,
    };

    let quadrant = quadrant(&a, v, cat);
    let domain = map.is_present().then(|| structure.report(&map));

    let brief = brief::write(&brief::Inputs {
        verdict: &report,
        services: &shape.count,
        plan: &plan,
        triggers: &triggers,
        greenfield: inputs.architecture == Some(CurrentArchitecture::Greenfield),
        all_services: inputs.architecture == Some(CurrentArchitecture::Microservices),
        beside: shape
            .count
            .today
            .filter(|&n| n > 0 && inputs.architecture == Some(CurrentArchitecture::SomeServices)),
        sensitivity: &sensitivity,
        pitfalls: &pitfalls,
        start: answers.plan_start,
        unanswered: &missing,
        capped,
        cat,
    });

    // Every source the page shows, in the rubric's order (a source it does not list, last).
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
    let listed = cat.sources.iter().filter(|s| used.contains(&s.id)).cloned();
    let unlisted = used.iter().filter(|id| !cat.sources.iter().any(|s| s.id == **id));
    let sources: Vec<SourceInfo> = listed.chain(unlisted.map(|id| cat.source_info(*id))).collect();
    let findings = findings::write(&findings::Inputs {
        verdict: &report,
        quadrant: &quadrant,
        a: &a,
        triggers: &triggers,
        blockers: &blockers,
        services: &shape.count,
        domain: domain.as_ref(),
        costs: &costs,
        plan: &plan,
        pitfalls: &pitfalls,
        sensitivity: &sensitivity,
        matrix: &matrix,
        advice: advice.len(),
        sources: sources.len(),
        cat,
    });

    let map_overrides = a
        .effective
        .iter()
        .filter(|(_, c)| c.from_map)
        .filter_map(|(f, c)| {
            let def = cat.factor(*f)?;
            let (_, evidence) = hints.implied.get(f)?;
            Some(MapOverride {
                factor: *f,
                used: def.options.get(c.option)?.label.clone(),
                evidence: checks::map_text(evidence, &cat.texts),
            })
        })
        .collect();

    Evaluation {
        map_overrides,
        brief,
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
        findings,
        sources,
    }
}

/// The winner's lead in words. Points are counted between the fits as the page rounds them,
/// so the sentence agrees with the bars beside it.
fn lead_text(d: &Decision, clear: bool, cat: &Catalogue) -> String {
    let (tx, ev) = (&cat.texts, &cat.texts.evaluation);
    let runner_up = tx.quoted(&cat.verdict_label(d.runner_up));
    if let (Some(c), Verdict::KeepServices) = (d.consolidation, d.verdict) {
        return ev
            .lead_keep
            .render(&[("today", &tx.nouns.service.count(c.today)), ("runner_up", &runner_up)]);
    }
    if let Some(c) = d.consolidation {
        return ev.lead_consolidate.render(&[
            ("merged", &c.today.saturating_sub(c.keep).to_string()),
            ("keep", &c.keep.to_string()),
            ("today", &tx.nouns.service.count(c.today)),
            ("runner_up", &runner_up),
        ]);
    }
    let points = lead_points(d);
    let by = if points == 0 {
        ev.lead_less_than_a_point.render(&[])
    } else {
        tx.nouns.point.count(points)
    };
    let lead = if clear {
        &ev.lead
    } else if points == 0 {
        &ev.lead_unclear
    } else {
        &ev.lead_unclear_only
    };
    lead.render(&[("runner_up", &runner_up), ("by", &by)])
}

/// The verdict's lead over the runner-up in whole points, as the page shows both fits (rounded
/// first, so the lead always equals the difference of the two numbers shown).
/// Engineers beyond which a product still testing its idea or finding its market is doubtful.
const LARGE_FOR_AN_EARLY_PRODUCT: u32 = 100;

/// Stray imports said one by one among the caveats; the rest are counted in one more.
const MAX_STRAY_CAVEATS: usize = 3;

fn lead_points(d: &Decision) -> u32 {
    let fit = |v: Verdict| {
        d.fits.iter().find(|f| f.verdict == v).map(|f| f.fit.round() as i64).unwrap_or(0)
    };
    u32::try_from((fit(d.verdict) - fit(d.runner_up)).max(0)).unwrap_or(0)
}

/// A 0–100 score with no NaN. Not rounded: rounding could make a higher score print lower,
/// and formatting is the page's job.
fn clean(x: f64) -> f64 {
    100.0 * unit(x / 100.0)
}

/// The quadrant, with the catalogue's words for that quadrant *under this verdict*, so the
/// chart's sentence never argues against the verdict above it.
fn quadrant(a: &Assessment, v: Verdict, cat: &Catalogue) -> QuadrantReport {
    let t = &cat.thresholds;
    let high_need = a.need >= t.quadrant_need_at;
    let high_ready = a.readiness >= t.quadrant_readiness_at;
    let q = match (high_need, high_ready) {
        (false, false) => Quadrant::KeepItSimple,
        (false, true) => Quadrant::CapableNoNeed,
        (true, false) => Quadrant::FoundationFirst,
        (true, true) => Quadrant::ReadyToSplit,
    };
    let mut texts = cat.quadrants.iter().filter(|x| x.quadrant == q);
    let text = texts
        .clone()
        .find(|x| x.verdicts.contains(&v))
        .or_else(|| texts.find(|x| x.verdicts.is_empty()));
    QuadrantReport {
        quadrant: q,
        label: cat
            .quadrants
            .iter()
            .find(|x| x.quadrant == q && x.verdicts.is_empty())
            .or(text)
            .map(|x| x.label.clone())
            .unwrap_or_default(),
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
            let ev = &cat.texts.evaluation;
            // As the assessment reads it: the map raises an answer, and lowers one only where a
            // part that already runs on its own is what the answer spoke of.
            let used = if *implied > answered || evidence.answered_by_running_service() {
                &ev.conflict_map_used
            } else {
                &ev.conflict_answer_kept
            };
            out.push(
                ev.conflict.render(&[
                    ("label", &label),
                    ("dimension", &def.dimension.to_lowercase()),
                    (
                        "evidence",
                        words::lower_first(&checks::map_text(evidence, &cat.texts))
                            .trim_end_matches('.'),
                    ),
                    ("used", &used.render(&[])),
                ]),
            );
        }
    }
    out
}

/// Why the verdict, most important first.
#[allow(clippy::too_many_arguments)]
fn reasons(
    d: &Decision,
    estate: Option<verdict::Estate>,
    a: &Assessment,
    hints: &MapHints,
    shape: &services::Shape,
    s: &Structure,
    triggers: &[Check],
    blockers: &[Check],
    cat: &Catalogue,
) -> Vec<Reason> {
    let t = &cat.thresholds;
    let v = d.verdict;
    let min = t.migration_min_triggers.max(1);
    let n = a.trigger_count;
    let independent = a.independent();
    let mut out = Vec::new();
    let (tx, ev) = (&cat.texts, &cat.texts.evaluation);
    let reason = |text: String, rule: &str, source| Reason { text, rule: rule.to_string(), source };
    let label = |id: TriggerId| {
        cat.trigger(id).map(|d| cat.fill(&d.label, &[])).unwrap_or_else(|| id.as_str().into())
    };
    let part_names = |p: &assess::Pressure| {
        p.unit
            .and_then(|u| s.profiles.get(u))
            .map(|prof| {
                let names: Vec<String> =
                    prof.members.iter().filter_map(|&v| hints.names.get(v).cloned()).collect();
                tx.names(&names, 4)
            })
            .unwrap_or_else(|| ev.one_part.render(&[]))
    };

    if let (Some(c), Some(e), Verdict::KeepServices) = (d.consolidation, estate, v) {
        out.push(reason(
            ev.reason_keep.render(&[
                ("today", &tx.nouns.service.count(c.today)),
                ("owners", &tx.nouns.service.count(e.owners)),
                (
                    "map",
                    &e.units
                        .map(|u| {
                            ev.reason_keep_map
                                .render(&[("units", &tx.nouns.independent_unit.count(u))])
                        })
                        .unwrap_or_default(),
                ),
            ]),
            "rule.keep_services",
            Source::WhenToBreakTheMonolith,
        ));
    } else if let (Some(c), Some(e)) = (d.consolidation, estate) {
        let mut why = Vec::new();
        if let Some(units) = e.units.filter(|&u| u < c.today) {
            why.push(ev.why_units.render(&[("units", &tx.nouns.independent_unit.count(units))]));
        }
        if e.owners < c.today {
            why.push(ev.why_owners.render(&[("services", &tx.nouns.service.count(e.owners))]));
        }
        let presses = matches!(d.runner_up, Verdict::Migration | Verdict::NotReady);
        if e.all_services && !presses {
            let differ = e.divergent_plus_rest.map(|d| d.saturating_sub(1));
            why.push(if differ.is_none() {
                // Without a map of the services, which of them differ is not known.
                ev.why_unmapped_differs.render(&[])
            } else if differ == Some(0) {
                ev.why_nothing_differs.render(&[])
            } else {
                ev.why_some_differ
                    .render(&[("differ", &tx.verbs.behaves_differently.count(differ.unwrap_or(0)))])
            });
        }
        out.push(reason(
            ev.reason_consolidate.render(&[
                ("today", &tx.nouns.service.count(c.today)),
                ("keep", &tx.verbs.is.count(c.keep)),
                ("why", &words::capitalise(&why.join(&ev.why_separator.render(&[])))),
            ]),
            "rule.consolidate",
            Source::WhenToBreakTheMonolith,
        ));
    }

    // The count of triggers, read as independent pressures.
    let count_text = if n == 0 {
        ev.reason_no_trigger.render(&[])
    } else if independent < n && independent == 1 {
        let p = &a.pressures[0];
        ev.reason_one_pressure.render(&[
            ("n", &n.to_string()),
            ("part", &part_names(p)),
            ("min", &min.to_string()),
        ])
    } else if independent == 1 {
        let id = a.pressures[0].triggers[0];
        if v == Verdict::SelectiveExtraction {
            &ev.reason_one_trigger_isolate
        } else {
            &ev.reason_one_trigger
        }
        .render(&[("trigger", &words::lower_first(&label(id)))])
    } else if independent >= min && matches!(v, Verdict::Migration | Verdict::NotReady) {
        ev.reason_enough
            .render(&[("independent", &independent.to_string()), ("min", &min.to_string())])
    } else if independent >= min && v.about_estate() {
        ev.reason_enough_estate.render(&[("independent", &independent.to_string())])
    } else if independent >= min {
        let rule = d
            .fits
            .iter()
            .find(|f| f.verdict == Verdict::Migration)
            .map(|f| f.ruled_out_by.clone())
            .filter(|r| !r.is_empty());
        match rule {
            Some(rule) => ev
                .reason_enough_ruled_out
                .render(&[("independent", &independent.to_string()), ("rule", &rule)]),
            None => {
                ev.reason_enough_outweighed.render(&[("independent", &independent.to_string())])
            }
        }
    } else {
        ev.reason_triggers.render(&[
            ("triggers", &tx.nouns.split_trigger.count(n)),
            ("holds", tx.verbs.holds.pick(n)),
        ])
    };
    out.push(reason(count_text, "rule.trigger_count", Source::WhenToBreakTheMonolith));

    // Every check that holds becomes a reason, named after its rule.
    let holding = |checks: &[Check], what: &Template, rule: &str| {
        let what = what.render(&[]);
        checks
            .iter()
            .filter(|c| c.status == Status::Holds)
            .map(|c| Reason {
                text: ev.reason_check.render(&[
                    ("what", &what),
                    ("label", &c.label),
                    ("evidence", &c.evidence),
                ]),
                rule: format!("{rule}.{}", c.id),
                source: c.source,
            })
            .collect::<Vec<_>>()
    };
    let trigger_reasons = holding(triggers, &ev.reason_trigger, "trigger");
    let blocker_reasons = holding(blockers, &ev.reason_blocker, "blocker");
    let split_side = v.extracts() || v.about_estate();
    if split_side {
        out.extend(trigger_reasons.iter().cloned());
    }
    if matches!(v, Verdict::NotReady | Verdict::Migration) && independent >= min {
        let line = catalogue::finite(t.migration_min_readiness, 55.0);
        let ready = a.readiness >= line;
        let missing: Vec<String> =
            a.missing_essentials.iter().map(|c| cat.capability_in_sentence(*c)).collect();
        let tpl = match (ready, missing.is_empty()) {
            (true, true) => &ev.reason_ready,
            // Above the line, but an essential is missing: the reason not to break still holds
            // and becomes the plan's first work.
            (true, false) => &ev.reason_ready_missing,
            (false, _) => &ev.reason_not_ready,
        };
        out.push(reason(
            tpl.render(&[
                ("readiness", &format!("{:.0}", a.readiness.floor())),
                ("line", &format!("{line:.0}")),
                ("missing", &tx.list(&missing)),
            ]),
            "rule.readiness_gate",
            Source::WhenToBreakTheMonolith,
        ));
    }
    if let Some((factor, from_map)) = a.hot_spot {
        if v == Verdict::SelectiveExtraction {
            let what = cat.factor(factor).map(|f| f.dimension.to_lowercase()).unwrap_or_default();
            // Name the part only when the map shows it.
            let shown = shape.units.first().and_then(|&u| s.profiles.get(u)).is_some_and(|p| {
                p.hot.is_some()
                    || p.heavy.is_some()
                    || a.pressures.iter().any(|x| x.unit == shape.units.first().copied())
            });
            let part = shape
                .count
                .candidates
                .first()
                .filter(|_| shown)
                .map(|c| ev.hot_spot_part.render(&[("name", &tx.quoted(&c.name))]))
                .unwrap_or_default();
            out.push(reason(
                ev.reason_hot_spot.render(&[
                    ("part", &part),
                    ("what", &what),
                    ("map", &if from_map { ev.on_the_map.render(&[]) } else { String::new() }),
                ]),
                "rule.hot_spot",
                Source::MicroservicesTrap,
            ));
        }
    }
    out.extend(blocker_reasons);
    if !split_side {
        out.extend(trigger_reasons);
    }
    if v == Verdict::ModularMonolith && a.growth >= 0.5 {
        out.push(reason(
            ev.reason_growth.render(&[]),
            "rule.growth",
            Source::ArchitectureChoicesForPython,
        ));
    }
    if v == Verdict::Monolith && a.growth < 0.5 {
        out.push(reason(
            ev.reason_small_and_early.render(&[]),
            "rule.small_and_early",
            Source::ArchitectureChoicesForPython,
        ));
    }
    out
}
