//! The phased plan: which phases, in which order, for how long, dated if a start is given.
//!
//! Six kinds of plan, one per verdict; every phase, activity and duration comes from the
//! catalogue, and the plan only keeps what the team still needs:
//! - **Migration** (the phases of the migration guide): discovery and modular refactor; first
//!   service extraction; infrastructure foundation; iterative extraction in waves; database
//!   decomposition; stabilisation. The foundation moves to the front when readiness is below
//!   `infra_first_below` or an essential capability is missing, and shrinks to its short length
//!   when readiness is at or above `infra_short_at`. Waves take 6–8 weeks each and run as many
//!   extractions side by side as the teams allow.
//! - **Selective extraction**: a focused refactor around the part, the foundation only if a
//!   capability one service needs is missing, the extraction, moving its data, stabilisation;
//!   all at their short lengths when the part is loosely coupled. No mesh or orchestrator: one
//!   service does not need them.
//! - **Monolith**: automated delivery if it is missing, keeping the code in order,
//!   monitoring if it is missing, and a periodic review.
//! - **Modular monolith**: automated delivery if missing, module boundaries, enforcing them,
//!   monitoring if missing, and a periodic review.
//! - **Foundation** (not ready yet): automated delivery, logs/metrics/tracing, on-call, then
//!   re-evaluate; a step is skipped when its capabilities are already in place.
//! - **Consolidation**: map the services as they run, close the operational gaps, merge what
//!   moves together in waves, give shared data one owner, flatten deep chains, stabilise.
//!
//! Every activity that builds a capability is dropped when the capability is in place, and a
//! phase with nothing left to do is dropped whole. Small jobs (a team under ten engineers, a
//! codebase already modular, one part instead of the whole) use a phase's short length.
//! Phases run one after another; each phase's start is a range (the sums of the earlier phases'
//! shortest and longest durations), and so is its end.

use super::answers::{
    AvailabilityTarget, Capability, CurrentArchitecture, DepKind, FactorId, Stack, TrafficBand,
    YearMonth,
};
use super::assess::{Assessment, Inputs, MapEvidence, MapHints};
use super::calendar;
use super::catalogue::{BlockerId, Catalogue, PhaseDef, PhaseId, RevisitWhen, Source, TriggerId};
use super::costs::ops_for;
use super::domain::{Map, Structure, UnitProfile};
use super::services::{CountKind, Shape};
use super::texts::{PlanTexts, Template, Texts};
use super::verdict::{Decision, Verdict};
use super::words::capitalise;
use serde::{Deserialize, Serialize};

/// The kind of plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlanKind {
    /// A phased microservices migration.
    Migration,
    /// A modular monolith with one (or very few) extractions.
    SelectiveExtraction,
    /// Staying one deployable.
    Stay,
    /// Building the operational foundation first.
    Foundation,
    /// Merging services that behave as one.
    Consolidation,
    /// Keeping every service that runs, and looking after the estate.
    Keep,
}

/// The plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Which kind.
    pub kind: PlanKind,
    /// One line on what the plan does.
    pub summary: String,
    /// The phases, in order.
    pub phases: Vec<Phase>,
    /// Total duration in months (min, max): the sums of the phases.
    pub total_months: (u32, u32),
    /// The risks the answers bring to this plan (reasons not to break that hold under a
    /// verdict that splits, missing capabilities, operations that must grow), most serious
    /// first.
    pub risks: Vec<String>,
    /// Changes of answer that should reopen the question; none is already true.
    pub revisit: Vec<Revisit>,
    /// How to read the total.
    pub note: String,
}

/// A change that should reopen the question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revisit {
    /// The change in words.
    pub text: String,
    /// The change, for machines.
    pub when: RevisitWhen,
}

/// One phase of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    /// Which phase.
    pub id: PhaseId,
    /// Its name.
    pub name: String,
    /// Its duration in months (min, max).
    pub months: (u32, u32),
    /// Months from the plan's start to this phase's start (earliest, latest).
    pub start: (u32, u32),
    /// Months from the plan's start to this phase's end (earliest, latest).
    pub end: (u32, u32),
    /// When, in words, relative to the start ("months 1–3").
    pub when: String,
    /// Calendar dates, when the answers give a start month.
    pub dates: Option<PhaseDates>,
    /// What happens.
    pub activities: Vec<String>,
    /// How you know it is done.
    pub exit_criteria: Vec<String>,
    /// What tends to go wrong, and what the answers make likely.
    pub risks: Vec<String>,
    /// The services this phase extracts or touches.
    pub services: Vec<String>,
    /// Where the phase comes from.
    pub source: Source,
}

/// A phase's calendar dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhaseDates {
    /// First month of the phase, if everything before ran short.
    pub start_earliest: YearMonth,
    /// First month of the phase, if everything before ran long.
    pub start_latest: YearMonth,
    /// Last month of the phase, at the earliest.
    pub end_earliest: YearMonth,
    /// Last month of the phase, at the latest.
    pub end_latest: YearMonth,
    /// The dates in words.
    pub label: String,
}

/// A phase to include, before durations are laid out.
struct Step {
    id: PhaseId,
    months: Option<(u32, u32)>,
    small: bool,
    service: String,
    services: Vec<String>,
    extra: Vec<String>,
    risks: Vec<String>,
    /// Use only the extra activities, not the catalogue's (a focused version of the phase).
    only_extra: bool,
    /// Exit criteria of the focused version, in place of the catalogue's.
    exit: Option<Vec<String>>,
    /// `months` may run past the catalogue's longest (a very large job).
    allow_longer: bool,
    /// A name of its own, in place of the catalogue's (a second extraction of the same kind).
    name: Option<String>,
    /// Runs beside this earlier phase, from its start, instead of after the phase before it:
    /// other people do it, so it adds to the plan's length only where it outlasts the rest.
    alongside: Option<PhaseId>,
    /// Use only `risks`, not the catalogue's (which speak of code that already exists).
    own_risks: bool,
}

impl Step {
    fn new(id: PhaseId) -> Step {
        Step {
            id,
            months: None,
            small: false,
            service: String::new(),
            services: Vec::new(),
            extra: Vec::new(),
            risks: Vec::new(),
            only_extra: false,
            exit: None,
            allow_longer: false,
            name: None,
            alongside: None,
            own_risks: false,
        }
    }
    fn small(mut self, yes: bool) -> Step {
        self.small = yes;
        self
    }
}

/// A definition's range with min ≤ max, whatever the catalogue says.
pub(crate) fn def_range(def: &PhaseDef) -> (u32, u32) {
    let (a, b) = def.months;
    (a.min(b), a.max(b))
}

fn weeks_to_months(weeks: u64) -> u32 {
    u32::try_from((weeks * 12).div_ceil(52)).unwrap_or(u32::MAX)
}

pub(crate) struct PlanInput<'a> {
    pub decision: &'a Decision,
    pub assessment: &'a Assessment,
    pub inputs: &'a Inputs,
    pub shape: &'a Shape,
    pub map: &'a Map,
    pub structure: &'a Structure,
    /// What the map says per trigger: the modules each one points at.
    pub hints: &'a MapHints,
    pub stack: Option<Stack>,
    pub start: Option<YearMonth>,
}

/// What the plan's sentences need, computed once.
struct Facts<'a> {
    p: &'a PlanInput<'a>,
    cat: &'a Catalogue,
    has: Box<dyn Fn(Capability) -> bool + 'a>,
    names: Vec<String>,
    small_team: bool,
    already_modular: bool,
    greenfield: bool,
    services: u32,
}

impl Facts<'_> {
    fn t(&self) -> &Texts {
        &self.cat.texts
    }
    fn w(&self) -> &PlanTexts {
        &self.cat.texts.plan
    }
    /// True when module `v` (a node) leaves with one of the plan's services.
    fn moves(&self, v: usize) -> bool {
        self.p.structure.unit.get(v).is_some_and(|u| self.p.shape.units.contains(u))
    }
    fn blocker(&self, b: BlockerId) -> bool {
        self.p.assessment.blockers[b.index()].iter().any(|e| e.holds)
    }
    fn missing_essentials(&self) -> Vec<String> {
        self.p
            .assessment
            .missing_essentials
            .iter()
            .map(|c| self.cat.capability_in_sentence(*c))
            .collect()
    }
    /// The plan's risk when essential capabilities are missing, in the given words (none when
    /// nothing essential is missing).
    fn missing_risk(&self, words: &Template) -> Vec<String> {
        let missing = self.missing_essentials();
        if missing.is_empty() {
            Vec::new()
        } else {
            vec![words.render(&[("missing", &self.t().list(&missing))])]
        }
    }
    /// The first service, named if the map names it.
    fn first(&self) -> String {
        let t = self.t();
        self.names.first().map(|n| t.quoted(n)).unwrap_or_else(|| t.plan.first_service.render(&[]))
    }
}

pub(crate) fn plan(p: &PlanInput, cat: &Catalogue) -> Plan {
    // Nothing built yet: no traffic runs anywhere to move over a percentage at a time, so
    // feature flags for the move are not needed.
    let greenfield = p.inputs.architecture == Some(CurrentArchitecture::Greenfield);
    let has = move |c: Capability| {
        p.inputs.capabilities.get(&c) == Some(&true)
            || (greenfield && c == Capability::FeatureFlags)
    };
    let f = Facts {
        p,
        cat,
        has: Box::new(has),
        names: p.shape.count.candidates.iter().map(|c| c.label(&cat.texts)).collect(),
        small_team: p.inputs.engineers.is_some_and(|e| e < 10),
        // A few services beside a monolith say nothing about the monolith's own structure.
        already_modular: matches!(
            p.inputs.architecture,
            Some(CurrentArchitecture::ModularMonolith | CurrentArchitecture::Microservices)
        ),
        greenfield,
        services: p.shape.count.target,
    };
    let (kind, steps, summary, note, mut risks) = match p.decision.verdict {
        Verdict::Migration => migration(&f),
        Verdict::SelectiveExtraction => selective(&f),
        Verdict::NotReady => foundation(&f),
        Verdict::Monolith | Verdict::ModularMonolith => stay(&f),
        Verdict::Consolidate => consolidation(&f),
        Verdict::KeepServices => keep(&f),
    };
    let phases = lay_out(steps, &f);
    // From the first month to the last phase's end: a phase that runs beside another adds
    // only what outlasts it.
    let total_months =
        phases.iter().fold((0u32, 0u32), |acc, ph| (acc.0.max(ph.end.0), acc.1.max(ph.end.1)));
    risks.dedup();
    Plan { kind, summary, phases, total_months, risks, revisit: revisit(p, cat), note }
}

type Built = (PlanKind, Vec<Step>, String, String, Vec<String>);

/// The risks that a verdict which splits inherits from the reasons not to break that still
/// hold, attached to the phase they threaten; also returned for the plan as a whole.
fn blocker_risks(f: &Facts, steps: &mut [Step]) -> Vec<String> {
    let t = &f.cat.thresholds;
    let (tx, w) = (f.t(), f.w());
    let mut out = Vec::new();
    let mut attach = |steps: &mut [Step], ids: &[PhaseId], text: String| {
        if let Some(s) = steps.iter_mut().find(|s| ids.contains(&s.id)) {
            s.risks.insert(0, text.clone());
        }
        out.push(text);
    };
    if f.blocker(BlockerId::LimitedDevOps) {
        let missing = f.missing_essentials();
        let text = if missing.is_empty() {
            w.risk_low_readiness.render(&[])
        } else {
            w.risk_missing.render(&[("missing", &tx.list(&missing))])
        };
        attach(steps, &[PhaseId::InfrastructureFoundation, PhaseId::FirstExtraction], text);
    }
    if f.blocker(BlockerId::SmallTeam) {
        let e = f.p.inputs.engineers.unwrap_or(0);
        attach(
            steps,
            &[PhaseId::FirstExtraction],
            w.risk_small_team.render(&[
                ("engineers", &tx.nouns.engineer.count(e)),
                ("min", &t.small_team_below.to_string()),
            ]),
        );
    }
    if f.blocker(BlockerId::FindingFit) {
        attach(steps, &[PhaseId::Discovery], w.risk_finding_fit.render(&[]));
    }
    if f.blocker(BlockerId::NoBottleneck) {
        if f.greenfield {
            // Nothing runs yet to measure: the part built apart carries its own risk, which the
            // plan repeats rather than asking for a "before".
            let part = f.names.first().map(|n| tx.quoted(n));
            let part = part.unwrap_or_else(|| w.part_unnamed.render(&[]));
            attach(steps, &[], capitalise(&w.greenfield_build_risk.render(&[("part", &part)])));
        } else {
            attach(steps, &[PhaseId::FirstExtraction], w.risk_no_bottleneck.render(&[]));
        }
    }
    if f.blocker(BlockerId::SingleCadence) {
        let text = if f.p.decision.verdict == Verdict::SelectiveExtraction {
            let service = f.names.first().map(|n| tx.quoted(n));
            w.risk_single_cadence_part
                .render(&[("service", &service.unwrap_or_else(|| w.new_service.render(&[])))])
        } else {
            w.risk_single_cadence.render(&[])
        };
        attach(steps, &[PhaseId::IterativeExtraction, PhaseId::FirstExtraction], text);
    }
    out
}

/// The operations people to grow to for `services`: at least enough that they can run them by
/// the same measure that says today's people cannot (ten services per the top of the cost
/// model's range), and more than today's.
fn grow_to(services: u32, ops: u32, cat: &Catalogue) -> (u32, u32) {
    let (lo, hi) = ops_for(services, cat);
    let per_ten = u64::from(cat.costs.ops_ten_services.1.max(1));
    let enough = u32::try_from((u64::from(services) * per_ten).div_ceil(10)).unwrap_or(u32::MAX);
    let lo = lo.max(enough).max(ops.saturating_add(1));
    (lo, hi.max(lo))
}

/// Grows operations when the target outgrows what today's people can run.
fn ops_growth(f: &Facts) -> Option<String> {
    let cap = super::services::capacity(f.p.inputs, &Default::default(), f.cat);
    let operable = cap.operable;
    if f.services <= operable {
        return None;
    }
    let (lo, hi) = grow_to(f.services, cap.ops, f.cat);
    let (t, w) = (f.t(), f.w());
    if operable == 0 {
        return Some(w.ops_growth_none.render(&[
            ("ops", &capitalise(&t.nouns.ops_person.count(cap.ops))),
            ("people", &t.span(lo, hi)),
        ]));
    }
    let nth = ordinal(operable, w);
    Some(w.ops_growth.render(&[
        ("ops", &capitalise(&t.nouns.ops_person.count(cap.ops))),
        ("operable", &t.nouns.service.count(operable)),
        ("people", &t.span(lo, hi)),
        ("nth", &nth),
    ]))
}

/// "1st", "12th", "23rd".
fn ordinal(n: u32, w: &PlanTexts) -> String {
    let template = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => &w.ordinal,
        (1, _) => &w.ordinal_1,
        (2, _) => &w.ordinal_2,
        (3, _) => &w.ordinal_3,
        _ => &w.ordinal,
    };
    template.render(&[("n", &n.to_string())])
}

/// The flattening step, when the map's deep synchronous chain runs through a part the plan
/// extracts: the pitfall says to flatten it before splitting along it, so the plan does.
/// Only when the chain, after the plan, still waits on `sync_chain_pitfall_depth` deployables
/// or more; a chain that the plan crosses in one or two places gets those calls turned into
/// events instead ([`chain_crossings`]).
fn flatten_chain(f: &Facts) -> Option<Step> {
    let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    let (crossings, path) = chain_after_plan(f)?;
    if crossings.len() + 1 < depth {
        return None;
    }
    let mut step = Step::new(PhaseId::FlattenChains).small(true);
    step.extra.push(f.w().flatten.render(&[("path", &path)]));
    Some(step)
}

/// The calls of a deep chain that the plan turns into network calls, when they are too few to
/// call for a phase of their own: each is turned into an event or a local copy before the move.
fn chain_crossings(f: &Facts) -> Vec<String> {
    let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    let Some((crossings, path)) = chain_after_plan(f) else {
        return Vec::new();
    };
    if crossings.len() + 1 >= depth {
        return Vec::new();
    }
    let (t, w) = (f.t(), f.w());
    let name = |v: usize| f.p.map.nodes.get(v).map(|m| t.quoted(&m.name)).unwrap_or_default();
    let arrow = t.pitfalls.path_separator.render(&[]);
    // Only the calls a leaving part makes: a call into a new service is its interface, but a
    // new service that waits on another deployable deepens the chain.
    crossings
        .iter()
        .filter(|&&(a, _)| f.moves(a))
        .map(|&(a, b)| {
            let call = format!("{}{arrow}{}", name(a), name(b));
            w.flatten_crossing.render(&[("call", &call), ("path", &path)])
        })
        .collect()
}

/// The map's deep chain, when a part the plan extracts is on it: the calls along it that cross
/// a boundary the plan draws, and the chain as words.
fn chain_after_plan(f: &Facts) -> Option<(Vec<(usize, usize)>, String)> {
    let s = f.p.structure;
    let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    if s.chain.len() < depth {
        return None;
    }
    // The deployable each module lands in: a planned service, or the core.
    let owner = |v: usize| s.unit.get(v).and_then(|u| f.p.shape.units.iter().position(|x| x == u));
    if s.chain.iter().all(|&v| owner(v).is_none()) {
        return None;
    }
    let crossings: Vec<(usize, usize)> =
        s.chain.windows(2).filter(|w| owner(w[0]) != owner(w[1])).map(|w| (w[0], w[1])).collect();
    let t = f.t();
    let path: Vec<String> =
        s.chain.iter().filter_map(|&v| f.p.map.nodes.get(v)).map(|m| t.quoted(&m.name)).collect();
    Some((crossings, path.join(&t.pitfalls.path_separator.render(&[]))))
}

fn infra_first(f: &Facts) -> bool {
    f.p.assessment.readiness < f.cat.thresholds.infra_first_below
        || !f.p.assessment.missing_essentials.is_empty()
}

fn migration(f: &Facts) -> Built {
    let t = &f.cat.thresholds;
    let (tx, w) = (f.t(), f.w());
    let r = f.p.assessment.readiness;
    let mut discovery = Step::new(PhaseId::Discovery).small(f.already_modular);
    // Everything already runs as services, too few for the organisation: the new services come
    // out of the services that run, not out of a monolith.
    let from_services = f.p.inputs.architecture == Some(CurrentArchitecture::Microservices);
    if f.greenfield {
        discovery.only_extra = true;
        discovery.own_risks = true;
        discovery.risks.push(w.greenfield_design_risk.render(&[]));
        discovery.extra.push(w.greenfield_design.render(&[("unit", &unit_words(f))]));
        discovery.extra.push(w.greenfield_order.render(&[]));
    } else if from_services {
        discovery.only_extra = true;
        discovery.extra.push(w.services_discovery.render(&[]));
        discovery.exit = Some(vec![w.services_discovery_exit.render(&[])]);
    } else if f.already_modular {
        discovery.only_extra = true;
        discovery.extra.push(w.modular_check.render(&[]));
        discovery.extra.push(w.modular_list.render(&[]));
    }
    // Drawing a monolith's boundaries takes longer the more teams work in it: they agree on the
    // contexts together, and each refactors its own (Seams' own: a month more past ten teams,
    // two past twenty).
    if !f.greenfield && !from_services && !f.already_modular {
        let teams = super::services::capacity(f.p.inputs, f.p.hints, f.cat).teams;
        let more = u32::from(teams > 10) + u32::from(teams > 20);
        if more > 0 {
            if let Some(def) = f.cat.phase(PhaseId::Discovery) {
                let (lo, hi) = def_range(def);
                discovery.months = Some((lo + more, hi + more));
                discovery.allow_longer = true;
            }
        }
    }
    let mut tied = Vec::new();
    if !f.greenfield && !from_services {
        untie_from_core(f, &mut discovery, &mut tied);
    }
    discovery.extra.extend(one_owner_first(f));
    discovery.extra.extend(chain_crossings(f));
    let mut infra = Step::new(PhaseId::InfrastructureFoundation).small(r >= t.infra_short_at);
    let mut extraction = Step::new(PhaseId::FirstExtraction);
    extraction.service = f.first();
    extraction.services = f.names.iter().take(1).cloned().collect();
    if from_services {
        extraction.only_extra = true;
        extraction.extra.push(w.services_split.render(&[("service", &extraction.service)]));
        extraction.exit = Some(vec![capitalise(
            &w.services_split_exit.render(&[("service", &extraction.service)]),
        )]);
    } else if f.names.is_empty() {
        extraction.extra.push(w.pick_first.render(&[]));
    } else if !f.greenfield && events_only(f, 0) {
        let service = extraction.service.clone();
        shadow_on_events(&mut extraction, &service, w);
    } else if !f.greenfield && !infra_first(f) && !(f.has)(Capability::FeatureFlags) {
        // The foundation that adds flags comes after this move: it brings its own switch.
        extraction.extra.push(w.selective_switch.render(&[]));
    }
    let mut stricter: Vec<String> = Vec::new();
    if !from_services && !f.greenfield {
        stricter.extend(stricter_part_waits(f, 0, &mut extraction));
    }

    let mut steps = Vec::new();
    if infra_first(f) {
        infra.extra.push(w.infra_first.render(&[]));
        steps.extend([infra, discovery, extraction]);
    } else {
        steps.extend([discovery, extraction, infra]);
    }

    let rest_count = f.services.saturating_sub(1);
    // The iterative extraction's length and one wave's, in months, for the data to follow.
    let mut waves_months: Option<((u32, u32), (u32, u32))> = None;
    if rest_count > 0 {
        let parallel = f.p.shape.parallel.max(1);
        let last_wave = f.p.shape.count.candidates.iter().map(|c| c.wave).max().unwrap_or(1);
        let waves = if f.names.is_empty() {
            // Counted, in waves that widen as the organisation proves the way.
            let (mut left, mut n) = (rest_count, 0u32);
            while left > 0 {
                left = left.saturating_sub(super::services::wave_width(n + 2, parallel, f.cat));
                n += 1;
            }
            n.max(1)
        } else {
            last_wave.saturating_sub(1).max(1)
        };
        let mut step = Step::new(PhaseId::IterativeExtraction);
        let (wmin, wmax) = f
            .cat
            .phase(PhaseId::IterativeExtraction)
            .and_then(|d| d.per_service_weeks)
            .unwrap_or((6, 8));
        let n = u64::from(waves);
        step.months = Some((
            weeks_to_months(n * u64::from(wmin.min(wmax))).max(1),
            weeks_to_months(n * u64::from(wmin.max(wmax))).max(1),
        ));
        let one_wave = (
            weeks_to_months(u64::from(wmin.min(wmax))).max(1),
            weeks_to_months(u64::from(wmin.max(wmax))).max(1),
        );
        waves_months = step.months.map(|m| (m, one_wave));
        // The widest wave the plan reaches, and the first, when they differ.
        let width = |n: u32| {
            if f.names.is_empty() {
                super::services::wave_width(n, parallel, f.cat)
            } else {
                let named = f.p.shape.count.candidates.iter().filter(|c| c.wave == n).count();
                u32::try_from(named).unwrap_or(u32::MAX)
            }
        };
        let first_width = width(2);
        let widest = (2..=waves + 1).map(width).max().unwrap_or(first_width).max(first_width);
        // Without a map, the last wave holds what is left: the widest is what the waves allow.
        let widest = if f.names.is_empty() { widest.min(rest_count) } else { widest };
        step.extra.push(if widest > first_width {
            w.waves_widening.render(&[
                ("first", &tx.nouns.extraction.count(first_width)),
                ("extractions", &tx.nouns.extraction.count(widest)),
            ])
        } else {
            w.waves.render(&[
                ("waves", tx.nouns.wave.pick(waves)),
                ("runs", tx.verbs.runs.pick(waves)),
                ("extractions", &tx.nouns.extraction.count(widest)),
            ])
        });
        let wave = |n: u32, services: &str, side: Option<&crate::texts::Template>| {
            w.wave.render(&[
                ("n", &n.to_string()),
                ("services", services),
                ("side", &side.map(|s| s.render(&[])).unwrap_or_default()),
            ])
        };
        let rest: Vec<String> = f.names.iter().skip(1).cloned().collect();
        if rest.is_empty() {
            // No map: the services are counted, never invented.
            let mut left = rest_count;
            for i in 0..waves {
                let here = left.min(super::services::wave_width(i + 2, parallel, f.cat));
                left -= here;
                let side = (here > 1).then_some(&w.side_by_side_counted);
                step.extra.push(wave(i + 2, &tx.nouns.service.count(here), side));
            }
        } else {
            for i in 2..=last_wave {
                let here: Vec<String> =
                    f.p.shape
                        .count
                        .candidates
                        .iter()
                        .filter(|c| c.wave == i)
                        .map(|c| c.label(tx))
                        .collect();
                let side = (here.len() > 1).then_some(&w.side_by_side_named);
                step.extra.push(wave(i, &tx.list(&here), side));
            }
            step.service = tx.list(&rest);
            step.services = rest;
            // Later parts that leave for a stricter target are told the same as the first.
            for (i, name) in f.names.iter().enumerate().skip(1) {
                stricter.extend(stricter_waits_named(f, i, &tx.quoted(name), &mut step));
            }
        }
        steps.push(step);
    }
    if let Some(flat) = flatten_chain(f) {
        // Before the first part on the chain leaves: the first extraction, when it is one.
        let s = f.p.structure;
        let first = f.p.shape.units.first();
        let first_on_chain =
            s.chain.iter().any(|&v| s.unit.get(v).is_some_and(|u| Some(u) == first));
        let before =
            if first_on_chain { PhaseId::FirstExtraction } else { PhaseId::IterativeExtraction };
        let at = steps.iter().position(|s| s.id == before).unwrap_or(steps.len());
        steps.insert(at, flat);
    }
    let mut db = Step::new(PhaseId::DatabaseDecomposition);
    // Beyond ten services the data cannot wait for the last wave: each wave's services take
    // their tables one wave after their code, alongside the extraction, and what is still
    // shared at the end is split last (Seams' own; the guide's 3–6 months describe about ten).
    if let (true, Some((iterative, wave))) = (f.services > 10, waves_months) {
        let (lo, hi) = f.cat.phase(PhaseId::DatabaseDecomposition).map(def_range).unwrap_or((3, 6));
        db.alongside = Some(PhaseId::IterativeExtraction);
        db.months = Some((
            lo.max(iterative.0.saturating_add(wave.0)),
            hi.max(iterative.1.saturating_add(wave.1)),
        ));
        db.allow_longer = true;
        db.extra.push(w.data_per_wave.render(&[]));
    }
    db.services = f.names.clone();
    db.service =
        if f.names.is_empty() { w.extracted_services.render(&[]) } else { tx.list(&f.names) };
    if from_services {
        db.only_extra = true;
        db.extra.push(w.services_data.render(&[]));
        db.exit = Some(vec![w.services_data_exit.render(&[])]);
    }
    steps.push(db);
    steps.push(Step::new(PhaseId::Stabilisation));
    let mut risks = blocker_risks(f, &mut steps);
    risks.splice(0..0, tied);
    risks.extend(stricter);
    if let Some(g) = ops_growth(f) {
        if let Some(s) = steps.iter_mut().find(|s| s.id == PhaseId::IterativeExtraction) {
            s.extra.push(g.clone());
        }
        risks.push(g);
    }
    risks.extend(migration_risks(f));
    let first = f.names.first().map(|n| w.starting_with.render(&[("name", &tx.quoted(n))]));
    (
        PlanKind::Migration,
        steps,
        if from_services && f.p.inputs.services_today.is_some_and(|n| n > 0) {
            &w.summary_split_services
        } else {
            &w.summary_migration
        }
        .render(&[
            ("services", &tx.nouns.service.count(f.services)),
            ("today", &tx.nouns.service.count(f.p.inputs.services_today.unwrap_or(0))),
            ("first", &first.unwrap_or_default()),
        ]),
        w.note_migration.render(&[]),
        risks,
    )
}

/// What this migration risks beyond its blockers, from its own answers and map, so that the
/// brief never falls back on a risk every migration shares: interfaces without versions or
/// contract tests, boundaries crossed only by events (the risk moves into the events), and
/// services not yet chosen for lack of a map.
fn migration_risks(f: &Facts) -> Vec<String> {
    let (tx, w) = (f.t(), f.w());
    let mut out = Vec::new();
    let missing: Vec<String> = [Capability::ApiVersioning, Capability::ContractTests]
        .into_iter()
        .filter(|&c| !(f.has)(c))
        .filter(|&c| f.cat.capability(c).is_some())
        .map(|c| f.cat.capability_in_sentence(c))
        .collect();
    if !missing.is_empty() {
        out.push(w.risk_interfaces.render(&[("missing", &tx.list(&missing))]));
    }
    let n = f.p.shape.units.len();
    if n > 0 && (0..n).all(|i| events_only(f, i)) {
        out.push(w.risk_events.render(&[]));
    }
    if f.names.is_empty() {
        out.push(w.risk_unmapped.render(&[("services", &tx.nouns.service.count(f.services))]));
    }
    out.extend(hub_risk(f));
    out.extend(strict_stays(f));
    out
}

/// A module that stays and that most of the services to extract call synchronously: each of
/// them will be slow and down whenever it is (Seams' own reading of 003's distributed-monolith
/// warning).
fn hub_risk(f: &Facts) -> Option<String> {
    let (s, map) = (f.p.structure, f.p.map);
    let units = &f.p.shape.units;
    if units.len() < 2 {
        return None;
    }
    let unit_of = |v: usize| s.unit.get(v).copied();
    // For each module that stays, the services that call it synchronously.
    let mut callers: Vec<(usize, Vec<usize>)> = Vec::new();
    for e in map.edges.iter().filter(|e| e.kind == DepKind::Sync) {
        let (Some(from), Some(to)) = (unit_of(e.from), unit_of(e.to)) else { continue };
        if !units.contains(&from) || units.contains(&to) {
            continue;
        }
        match callers.iter_mut().find(|(v, _)| *v == e.to) {
            Some((_, c)) if !c.contains(&from) => c.push(from),
            Some(_) => {}
            None => callers.push((e.to, vec![from])),
        }
    }
    let (hub, by) = callers.into_iter().max_by_key(|(v, c)| (c.len(), usize::MAX - v))?;
    if by.len() < 2 || by.len() * 2 < units.len() {
        return None;
    }
    let (tx, w) = (f.t(), f.w());
    let n = u32::try_from(by.len()).unwrap_or(u32::MAX);
    let all = by.len() == units.len();
    Some(if all { &w.risk_hub_all } else { &w.risk_hub }.render(&[
        ("n", &n.to_string()),
        ("services", &tx.nouns.service.count(u32::try_from(units.len()).unwrap_or(u32::MAX))),
        ("hub", &tx.quoted(&map.nodes[hub].name)),
    ]))
}

/// A module stricter than the usual target that stays in the monolith (the core, or a part not
/// chosen) holds every release of the monolith to its target, whatever leaves (Seams' own).
/// Modules tied to the core are left to the untie risk, which names them already.
fn strict_stays(f: &Facts) -> Option<String> {
    let (s, map) = (f.p.structure, f.p.map);
    let usual = s.availability_usual?;
    let stuck = stuck_in_core(f);
    let staying: Vec<usize> = (0..map.nodes.len())
        .filter(|&v| {
            let n = &map.nodes[v];
            n.availability > usual && !n.apart && !f.moves(v) && !stuck.contains(&v)
        })
        .collect();
    let target = staying.iter().map(|&v| map.nodes[v].availability).max()?;
    let (tx, w) = (f.t(), f.w());
    let names: Vec<String> = staying.iter().map(|&v| map.nodes[v].name.clone()).collect();
    let n = u32::try_from(names.len()).unwrap_or(u32::MAX);
    Some(w.risk_strict_stays.render(&[
        ("modules", &tx.names(&names, 3)),
        ("needs", tx.verbs.needs.pick(n)),
        ("is", tx.verbs.is.pick(n)),
        ("target", &tx.availability(target)),
    ]))
}

/// A module the plan moves that two teams share (its owner label joins their names) gets one
/// owning team in discovery, before it moves.
fn one_owner_first(f: &Facts) -> Vec<String> {
    let (s, map, tx) = (f.p.structure, f.p.map, f.t());
    s.joint
        .iter()
        .filter(|&&v| f.moves(v))
        .filter_map(|&v| map.nodes.get(v))
        .map(|n| {
            f.w().one_owner_first.render(&[
                ("module", &tx.quoted(&n.name)),
                ("owner", &tx.quoted(n.team.as_deref().unwrap_or_default())),
            ])
        })
        .collect()
}

/// The modules a holding split trigger points at that sit in one cluster with the core (a
/// synchronous cycle or shared written tables) and so cannot leave with the plan's services.
fn stuck_in_core(f: &Facts) -> Vec<usize> {
    let (a, h, s) = (f.p.assessment, f.p.hints, f.p.structure);
    let mut out: Vec<usize> = Vec::new();
    for t in TriggerId::ALL.into_iter().filter(|&t| a.trigger_holds(t)) {
        for &v in &h.trigger_nodes[t.index()] {
            let unit = h.unit_of.get(v).copied();
            let core = unit.and_then(|u| s.profiles.get(u)).is_some_and(|p| p.core);
            let leaves = f.moves(v);
            // A core module itself stays by design; the tie is about the others.
            let is_core = f.p.map.nodes.get(v).is_some_and(|n| n.core);
            if core && !is_core && !leaves && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Says which parts the triggers point at cannot leave while they are tied to the core: the
/// first work is untying them, and the services the plan extracts do not answer those triggers.
fn untie_from_core(f: &Facts, discovery: &mut Step, risks: &mut Vec<String>) {
    let stuck = stuck_in_core(f);
    if stuck.is_empty() {
        return;
    }
    let (tx, w, s) = (f.t(), f.w(), f.p.structure);
    let n = u32::try_from(stuck.len()).unwrap_or(u32::MAX);
    let names: Vec<String> =
        stuck.iter().filter_map(|&v| f.p.hints.names.get(v)).cloned().collect();
    let names = tx.names(&names, 6);
    // Say which tie it is, when the modules themselves show it.
    let cycle = stuck.iter().any(|v| s.cycles.iter().any(|c| c.contains(v)));
    let tables = stuck.iter().any(|v| s.shared_writers.contains(v));
    let (tie, untie) = match (cycle, tables) {
        (true, false) => (&w.tie_cycle, &w.stuck_untie_cycle),
        (false, true) => (&w.tie_tables, &w.stuck_untie_tables),
        _ => (&w.tie_either, &w.stuck_untie),
    };
    let tie = tie.render(&[]);
    let slots = [("modules", names.as_str()), ("is", tx.verbs.is.pick(n)), ("tie", &tie)];
    risks.push(w.stuck_risk.render(&slots));
    discovery.extra.push(untie.render(&slots[..1]));
}

/// True when the candidate in place `i` has no synchronous calls or shared tables across its
/// boundary: a loosely coupled worker is a small job.
fn loose_part(f: &Facts, i: usize) -> bool {
    profile_of(f, i)
        .is_some_and(|p| p.sync == 0 && p.shares_with.is_empty() && p.members.len() == 1)
}

/// What the map says about the candidate in place `i` (its cluster).
fn profile_of<'a>(f: &Facts<'a>, i: usize) -> Option<&'a UnitProfile> {
    f.p.shape.units.get(i).and_then(|&u| f.p.structure.profiles.get(u))
}

/// The candidate in place `i` is reached only by events: there is no request traffic to route
/// over a percentage at a time; it runs on a copy of its events until its results match.
fn events_only(f: &Facts, i: usize) -> bool {
    profile_of(f, i).is_some_and(|p| p.sync == 0 && p.events > 0)
}

fn shares_tables(f: &Facts) -> Option<bool> {
    profile_of(f, 0).map(|p| !p.shares_with.is_empty())
}

/// The infrastructure foundation is done when what it builds works: one check for each of
/// the capabilities a service needs that is missing (none when all are in place, so the
/// rubric's own checks stand).
fn foundation_exits(
    id: PhaseId,
    has: &dyn Fn(Capability) -> bool,
    w: &PlanTexts,
) -> Option<Vec<String>> {
    if id != PhaseId::InfrastructureFoundation {
        return None;
    }
    let checks = [
        (Capability::CiCd, &w.exit_delivery),
        (Capability::CentralLogging, &w.exit_logs),
        (Capability::Tracing, &w.exit_tracing),
        (Capability::OnCall, &w.exit_on_call),
    ];
    let out: Vec<String> =
        checks.iter().filter(|(c, _)| !has(*c)).map(|(_, t)| t.render(&[])).collect();
    (!out.is_empty()).then_some(out)
}

/// A part that leaves for a stricter availability target but still waits on the monolith can
/// be no more available than the monolith: the extraction turns those waits into events or
/// copies first, and the plan names the risk (returned).
fn stricter_part_waits(f: &Facts, i: usize, step: &mut Step) -> Option<String> {
    let service = step.service.clone();
    stricter_waits_named(f, i, &service, step)
}

/// The same for the candidate in place `i`, named `service`, inside `step`.
fn stricter_waits_named(f: &Facts, i: usize, service: &str, step: &mut Step) -> Option<String> {
    let (tx, w) = (f.t(), f.w());
    // Only a target stricter than the usual one: a looser part loses nothing by waiting.
    let usual = f.p.structure.availability_usual;
    let stricter = |p: &&UnitProfile| {
        p.availability
            .and_then(|v| f.p.map.nodes.get(v))
            .is_some_and(|n| usual.is_some_and(|u| n.availability > u))
    };
    let waits = profile_of(f, i).filter(stricter).map_or(0, |p| {
        let inside = |n: usize| p.members.contains(&n);
        let out =
            f.p.map
                .edges
                .iter()
                .filter(|e| e.kind == DepKind::Sync && inside(e.from) && !inside(e.to));
        u32::try_from(out.count()).unwrap_or(u32::MAX)
    });
    if waits == 0 {
        return None;
    }
    let calls = tx.nouns.sync_dependency.count(waits);
    let text = w.reliability_waits.render(&[("service", service), ("calls", &calls)]);
    let decouple = w.reliability_decouple.render(&[("service", service)]);
    step.risks.push(text.clone());
    step.extra.push(decouple);
    Some(text)
}

/// An extraction of a part reached only by events: it runs on a copy of its events beside the
/// monolith's handler until the results match, then takes the events over.
fn shadow_on_events(step: &mut Step, service: &str, w: &PlanTexts) {
    step.only_extra = true;
    for t in [&w.events_contract, &w.events_shadow, &w.events_switch, &w.events_reads] {
        step.extra.push(t.render(&[("service", service)]));
    }
    step.exit = Some(vec![capitalise(&w.events_done.render(&[("service", service)]))]);
}

/// A part built as a service of its own from the start, when nothing is built yet: no traffic
/// to route over and no old path to switch off.
fn build_apart(step: &mut Step, part: &str, w: &PlanTexts) {
    step.only_extra = true;
    step.own_risks = true;
    step.risks.push(w.greenfield_build_risk.render(&[("part", part)]));
    step.extra.push(w.greenfield_build.render(&[("part", part)]));
    step.exit = Some(vec![capitalise(&w.greenfield_built.render(&[("part", part)]))]);
}

fn selective(f: &Facts) -> Built {
    let (tx, w) = (f.t(), f.w());
    let first = f.first();
    let named = tx.list(&f.names.iter().map(|n| tx.quoted(n)).collect::<Vec<_>>());
    let part = if f.names.is_empty() { w.part_unnamed.render(&[]) } else { named.clone() };
    let mut discovery = Step::new(PhaseId::Discovery).small(true);
    discovery.extra.extend(one_owner_first(f));
    discovery.extra.extend(chain_crossings(f));
    discovery.only_extra = true;
    // Nothing built yet: the first version is designed modular, with the part apart from the
    // start; there is nothing to carve out, route over or move.
    // A modular monolith at the centre needs its boundaries: a team of twenty or more draws
    // them alongside the extraction (other people do it); a smaller one after it, briefly.
    let modularise_rest = !f.greenfield && !f.already_modular;
    let rest_alongside = f.p.inputs.engineers.is_some_and(|e| e >= 20);
    if f.greenfield {
        discovery.name = Some(w.greenfield_design_phase.render(&[]));
        discovery.own_risks = true;
        discovery.risks.push(w.greenfield_design_risk.render(&[]));
        discovery.extra.push(w.greenfield_design.render(&[("unit", &unit_words(f))]));
        discovery.extra.push(w.greenfield_apart.render(&[("part", &part)]));
    } else {
        if f.already_modular {
            // The module and its interface exist: check them rather than draw them.
            discovery.extra.push(w.selective_check_module.render(&[("part", &part)]));
        } else {
            discovery.extra.push(w.selective_boundary.render(&[("part", &part)]));
            discovery
                .extra
                .push(w.selective_interface.render(&[("part", &part), ("unit", &unit_words(f))]));
        }
        discovery.extra.push(if modularise_rest {
            w.selective_rest_phase.render(&[])
        } else {
            w.selective_rest_keeps.render(&[])
        });
    }
    let exit = if f.greenfield { &w.selective_exit_new } else { &w.selective_exit };
    discovery.exit = Some(vec![exit.render(&[("part", &part)])]);
    let mut tied = Vec::new();
    if !f.greenfield {
        untie_from_core(f, &mut discovery, &mut tied);
    }
    let mut steps = vec![discovery];
    let mut infra = Some(Step::new(PhaseId::InfrastructureFoundation).small(true));
    if let Some(i) = infra.as_mut() {
        i.extra.push(w.selective_infra.render(&[]));
    }
    // One more deployable needs automated delivery, logs, tracing, someone on call and a way
    // to move traffic over gradually; the rest of the foundation can wait.
    let one_service_needs =
        [Capability::CiCd, Capability::CentralLogging, Capability::Tracing, Capability::OnCall];
    let needs_infra = one_service_needs.iter().any(|c| !(f.has)(*c));
    if needs_infra && infra_first(f) {
        steps.extend(infra.take());
    }
    let mut switch_added = false;
    let mut reliability = Vec::new();
    for (i, name) in f.names.iter().enumerate().take(f.services.max(1) as usize) {
        // Each part's length follows its own coupling, not the first part's.
        let mut extraction = Step::new(PhaseId::FirstExtraction).small(loose_part(f, i));
        let service = tx.quoted(name);
        extraction.service = service.clone();
        extraction.services = vec![name.clone()];
        if i > 0 {
            // Two phases of the same name read as a mistake: the later ones say which part.
            extraction.name = Some(w.next_extraction.render(&[("service", &service)]));
        }
        reliability.extend(stricter_part_waits(f, i, &mut extraction));
        if f.greenfield {
            build_apart(&mut extraction, &service, w);
            extraction.name = Some(w.greenfield_phase.render(&[("service", &service)]));
        } else if events_only(f, i) {
            shadow_on_events(&mut extraction, &service, w);
        } else if i > 0 && !events_only(f, 0) {
            extraction.extra.push(w.selective_same_steps.render(&[]));
        } else if !switch_added && !needs_infra && !(f.has)(Capability::FeatureFlags) {
            // Request traffic moves over a percentage at a time: a flag is enough for that.
            switch_added = true;
            extraction.extra.push(w.selective_switch.render(&[]));
        }
        steps.push(extraction);
    }
    if f.names.is_empty() {
        let mut extraction = Step::new(PhaseId::FirstExtraction);
        extraction.service = w.part_unnamed.render(&[]);
        if f.greenfield {
            let part = extraction.service.clone();
            build_apart(&mut extraction, &part, w);
            extraction.name = Some(w.greenfield_phase.render(&[("service", &part)]));
        }
        steps.push(extraction);
    }
    if let (true, Some(infra)) = (needs_infra, infra) {
        let at = steps.iter().position(|s| s.id == PhaseId::FirstExtraction).unwrap_or(steps.len());
        steps.insert(at, infra);
    }
    if let Some(flat) = flatten_chain(f) {
        let at = steps.iter().position(|s| s.id == PhaseId::FirstExtraction).unwrap_or(steps.len());
        steps.insert(at, flat);
    }
    let mut data = Step::new(PhaseId::DataSplit).small(shares_tables(f) == Some(false));
    // Every extracted part moves its data, not only the first.
    let parts = f.names.iter().take(f.services.max(1) as usize).cloned().collect::<Vec<_>>();
    data.service = match parts.len() {
        0 => w.extracted_part.render(&[]),
        1 => first.clone(),
        _ => named.clone(),
    };
    data.services = parts.clone();
    if parts.len() > 1 {
        // Several stores to seed and switch over: the full length, not the short one.
        data.small = false;
        data.only_extra = true;
        data.name = Some(w.data_split_many.render(&[]));
        data.extra.push(w.data_split_each.render(&[("parts", &named)]));
        data.exit = Some(vec![w.data_split_each_exit.render(&[("parts", &named)])]);
    }
    if shares_tables(f) == Some(false) && parts.len() <= 1 {
        data.extra.push(w.own_tables.render(&[]));
    }
    // Every part that reads another module's tables replaces those reads.
    for (i, name) in parts.iter().enumerate() {
        let Some(p) = profile_of(f, i).filter(|p| !p.shares_with.is_empty()) else { continue };
        let names: Vec<String> = p
            .shares_with
            .iter()
            .filter_map(|&v| f.p.map.nodes.get(v))
            .map(|m| tx.quoted(&m.name))
            .collect();
        data.extra.push(if parts.len() > 1 {
            w.replace_reads_of.render(&[("part", &tx.quoted(name)), ("modules", &tx.list(&names))])
        } else {
            w.replace_reads.render(&[("modules", &tx.list(&names))])
        });
    }
    if f.p.assessment.needs_transactions {
        data.extra.push(w.transactions.render(&[]));
    }
    // A part built apart has had its own tables from the first day.
    if !f.greenfield {
        steps.push(data);
    }
    if modularise_rest {
        let mut rest = Step::new(PhaseId::ModuleBoundaries).small(!rest_alongside);
        if rest_alongside {
            rest.alongside = Some(PhaseId::FirstExtraction);
            rest.extra.push(w.rest_alongside.render(&[]));
        }
        steps.push(rest);
    }
    let mut settle = Step::new(PhaseId::Stabilisation).small(true);
    if f.greenfield {
        // Nothing moved: the first release settles, from what its first weeks teach.
        settle.name = Some(w.greenfield_settle.render(&[]));
        settle.only_extra = true;
        settle.extra.push(w.greenfield_settle_tune.render(&[]));
        settle.extra.push(w.greenfield_settle_runbooks.render(&[]));
        settle.exit = Some(vec![w.greenfield_settle_exit.render(&[])]);
    }
    steps.push(settle);
    let mut risks = blocker_risks(f, &mut steps);
    risks.extend(reliability);
    risks.extend(strict_stays(f));
    // The same operations rule as a migration's: more services than today's people can run.
    risks.extend(ops_growth(f));
    // A plan whose services do not answer the triggers says so before anything else.
    risks.splice(0..0, tied);
    let a = f.p.assessment;
    let note = if a.trigger_count >= 2 && a.independent() < 2 {
        let part = f.names.first().map(|n| tx.quoted(n));
        w.note_same_part.render(&[
            ("n", &a.trigger_count.to_string()),
            ("part", &part.unwrap_or_else(|| w.one_part.render(&[]))),
        ])
    } else if a.independent() >= 2 {
        let parts = if f.services == 1 { &w.this_part } else { &w.these_parts };
        w.note_small_team.render(&[
            ("engineers", &tx.nouns.engineer.count(f.p.inputs.engineers.unwrap_or(0))),
            ("parts", &parts.render(&[])),
            ("min", &f.cat.thresholds.small_team_below.to_string()),
        ])
    } else {
        w.note_one_extraction.render(&[])
    };
    let what = if f.names.is_empty() {
        w.what_unnamed.render(&[])
    } else {
        w.what_named.render(&[("parts", &named)])
    };
    (
        PlanKind::SelectiveExtraction,
        steps,
        if f.greenfield { &w.summary_selective_new } else { &w.summary_selective }
            .render(&[("what", &what)]),
        note,
        risks,
    )
}

fn foundation(f: &Facts) -> Built {
    let t = &f.cat.thresholds;
    let (tx, w) = (f.t(), f.w());
    let has = &f.has;
    let mut steps = Vec::new();
    if !(has(Capability::CiCd) && has(Capability::Containers)) {
        let mut delivery = Step::new(PhaseId::FoundationDelivery);
        if has(Capability::CiCd) {
            // The pipeline runs already: what is left is the image it ships.
            delivery.name = Some(w.containers_phase.render(&[]));
            delivery.exit = Some(vec![w.exit_containers.render(&[])]);
        }
        steps.push(delivery);
    }
    if !(has(Capability::CentralLogging) && has(Capability::Metrics) && has(Capability::Tracing)) {
        steps.push(Step::new(PhaseId::FoundationObservability));
    }
    let ops = f.p.inputs.ops.unwrap_or(0);
    if !has(Capability::OnCall) || ops < t.ops_full_at || steps.is_empty() {
        let mut incidents = Step::new(PhaseId::FoundationIncidents);
        // One figure for the people: the target's growth when it needs more than run today,
        // else the rota's minimum.
        if let Some(g) = ops_growth(f) {
            incidents.extra.push(g);
        } else if ops < t.ops_full_at {
            incidents.extra.push(w.grow_ops.render(&[("people", &t.ops_full_at.to_string())]));
        }
        // Busy with nobody on call: the rota comes first, as the plan's first risk says.
        if busy_without_on_call(f).is_some() {
            steps.insert(0, incidents);
        } else {
            steps.push(incidents);
        }
    }
    if !f.already_modular {
        let mut m = Step::new(PhaseId::ModuleBoundaries).small(f.small_team);
        m.extra.push(w.modules_alongside.render(&[]));
        // The teams that do not build the foundation do this from its first month, so it
        // lengthens the plan only where it outlasts the foundation.
        m.alongside = steps.first().map(|s| s.id);
        steps.push(m);
    }
    steps.push(Step::new(PhaseId::Reevaluate));
    // Busy and nobody on call is today's risk, before anything is extracted.
    let mut risks: Vec<String> = busy_without_on_call(f).into_iter().collect();
    risks.extend(f.missing_risk(&w.risk_foundation_missing));
    // The target the foundation prepares for needs more people than run today.
    risks.extend(ops_growth(f));
    (
        PlanKind::Foundation,
        steps,
        w.summary_foundation.render(&[]),
        w.note_foundation.render(&[("services", &tx.nouns.service.count(f.services))]),
        risks,
    )
}

/// What a single trigger asks of a team that stays: fixed inside the monolith first.
fn inside_the_monolith(f: &Facts) -> Vec<String> {
    let (a, w, tx) = (f.p.assessment, f.w(), f.t());
    // The modules the map shows a trigger about, named; else the part in general words.
    let part = |t: TriggerId, unnamed: &Template| {
        let names: Vec<String> = f.p.hints.trigger_nodes[t.index()]
            .iter()
            .filter_map(|&v| f.p.hints.names.get(v))
            .cloned()
            .collect();
        if names.is_empty() {
            unnamed.render(&[])
        } else {
            tx.names(&names, 3)
        }
    };
    let mut out = Vec::new();
    if let Some((factor, _)) = a.hot_spot {
        let hot = match factor {
            FactorId::ScalingProfile => part(TriggerId::ScalingProfiles, &w.inside_hot_part),
            // The module whose resources differ, when the map shows one.
            FactorId::ResourceIsolation => match f.p.hints.implied.get(&factor) {
                Some((_, MapEvidence::Heavy { module, .. })) => tx.quoted(module),
                _ => w.inside_hot_part.render(&[]),
            },
            _ => w.inside_hot_part.render(&[]),
        };
        out.push(w.inside_hot_spot.render(&[("part", &hot)]));
    }
    for t in TriggerId::ALL {
        // A busy part that stands out already has its own line above.
        let said = t == TriggerId::ScalingProfiles
            && a.hot_spot.is_some_and(|(factor, _)| factor == FactorId::ScalingProfile);
        if !a.trigger_holds(t) || said {
            continue;
        }
        let (template, unnamed) = match t {
            TriggerId::OrgSize => (&w.inside_org_size, None),
            TriggerId::ScalingProfiles => (&w.inside_scaling, Some(&w.inside_busy_part)),
            TriggerId::ReliabilityRequirements => {
                (&w.inside_reliability, Some(&w.inside_critical_part))
            }
            TriggerId::TechDiversity => (&w.inside_tech, None),
            TriggerId::CadenceMismatch => (&w.inside_cadence, Some(&w.inside_fast_part)),
        };
        let named = unnamed.map(|u| part(t, u)).unwrap_or_default();
        out.push(template.render(&[("part", &named)]));
    }
    out
}

/// A million requests a day or more with nobody on call: an outage today waits until someone
/// notices it, whatever the verdict (Seams' own).
fn busy_without_on_call(f: &Facts) -> Option<String> {
    let busy = f.p.inputs.traffic.is_some_and(|t| t >= TrafficBand::Under10M);
    if !busy || !no_rota(f) {
        return None;
    }
    let traffic = f.p.inputs.traffic.and_then(|t| f.cat.traffic_band(t));
    let label = capitalise(&traffic.map(|b| b.label.clone()).unwrap_or_default());
    Some(f.w().risk_busy_no_on_call.render(&[("traffic", &label)]))
}

/// The team said it has no on-call rota; an unanswered question says nothing about it.
fn no_rota(f: &Facts) -> bool {
    f.p.inputs.capabilities.get(&Capability::OnCall) == Some(&false)
}

/// A module of the map that needs the strictest availability target, with nobody on call.
fn critical_without_on_call(f: &Facts) -> Option<String> {
    if !no_rota(f) {
        return None;
    }
    let strictest = AvailabilityTarget::Critical;
    let names: Vec<String> =
        f.p.map
            .nodes
            .iter()
            .filter(|n| n.availability >= strictest)
            .map(|n| n.name.clone())
            .collect();
    if names.is_empty() {
        return None;
    }
    let (tx, w) = (f.t(), f.w());
    let n = u32::try_from(names.len()).unwrap_or(u32::MAX);
    Some(w.risk_critical_no_on_call.render(&[
        ("modules", &tx.names(&names, 3)),
        ("needs", tx.verbs.needs.pick(n)),
        ("target", &tx.availability(strictest)),
    ]))
}

fn stay(f: &Facts) -> Built {
    let has = &f.has;
    let (tx, w) = (f.t(), f.w());
    let modular = f.p.decision.verdict == Verdict::ModularMonolith;
    let mut steps = Vec::new();
    if !has(Capability::CiCd) {
        steps.push(Step::new(PhaseId::FoundationDelivery).small(f.small_team));
    }
    if modular {
        let mut b = Step::new(PhaseId::ModuleBoundaries).small(f.already_modular || f.small_team);
        if f.already_modular {
            // The modules exist: check them, rather than draw them again.
            b.only_extra = true;
            b.extra.push(w.stay_modular_check.render(&[]));
        } else if f.greenfield {
            b.name = Some(w.greenfield_modules_phase.render(&[]));
            b.only_extra = true;
            b.extra.push(w.greenfield_design.render(&[("unit", &unit_words(f))]));
        }
        b.extra.extend(inside_the_monolith(f));
        steps.push(b);
        // Modules writing the same tables are no boundaries at all: one owner per table first
        // (003's shared-writes pitfall, inside one deployable; Seams' own).
        let writers = &f.p.structure.shared_writers;
        if writers.len() >= 2 {
            let names: Vec<String> = writers
                .iter()
                .filter_map(|&v| f.p.map.nodes.get(v))
                .map(|m| m.name.clone())
                .collect();
            let mut own = Step::new(PhaseId::OwnSharedData).small(writers.len() <= 3);
            own.only_extra = true;
            own.extra.push(w.stay_own_data.render(&[("modules", &tx.names(&names, 4))]));
            own.exit = Some(vec![w.stay_own_data_exit.render(&[])]);
            steps.push(own);
        }
        steps.push(Step::new(PhaseId::EnforceBoundaries).small(f.small_team));
    } else {
        let mut k = Step::new(PhaseId::KeepInOrder).small(f.small_team);
        if f.greenfield {
            k.name = Some(w.greenfield_order_phase.render(&[]));
            k.extra.push(w.greenfield_simple.render(&[]));
        }
        k.extra.extend(inside_the_monolith(f));
        steps.push(k);
    }
    if !(has(Capability::CentralLogging) && has(Capability::Metrics)) {
        steps.push(Step::new(PhaseId::Observability).small(f.small_team));
    }
    // A million requests a day or more needs someone on call, one deployable or not.
    let mut risks = Vec::new();
    // A part that must be up 99.99% of the time needs someone on call too, whatever the
    // traffic (Seams' own).
    let on_call_risk = busy_without_on_call(f).or_else(|| critical_without_on_call(f));
    if let Some(risk) = on_call_risk {
        // First, before anything else: the risk says to set up the rota first.
        steps.insert(0, Step::new(PhaseId::FoundationIncidents).small(true));
        risks.push(risk);
    }
    // Services beside the monolith stay as they are; a lone "service" is the system itself.
    let today =
        f.p.shape.count.today.filter(|&n| {
            n > 0 && f.p.inputs.architecture == Some(CurrentArchitecture::SomeServices)
        });
    // The synchronous cycles the pitfalls name: broken inside the monolith, or, where services
    // already run beside it, before anything else (one of them may be such a service).
    let cycles: Vec<String> =
        f.p.structure
            .cycles
            .iter()
            .map(|c| {
                let names: Vec<String> =
                    c.iter().filter_map(|&v| f.p.hints.names.get(v)).cloned().collect();
                tx.names(&names, 4)
            })
            .collect();
    let inside = if modular { PhaseId::ModuleBoundaries } else { PhaseId::KeepInOrder };
    if today.is_none() {
        if let Some(s) = steps.iter_mut().find(|s| s.id == inside) {
            s.extra.extend(
                cycles.iter().map(|m| w.stay_break_cycle.render(&[("modules", m.as_str())])),
            );
        }
    }
    if let Some(n) = today {
        // The services that already run need an owner, a list of what they write and call,
        // and enough people to run them, whatever the monolith does.
        // Their owners do it while the monolith's work goes on.
        let mut stock = Step::new(PhaseId::TakeStock).small(true);
        stock.alongside = Some(inside);
        stock.extra.extend(
            cycles.iter().map(|m| w.stay_cycle_services.render(&[("modules", m.as_str())])),
        );
        if let Some(short) = ops_short(f, n) {
            stock.extra.push(short.clone());
            risks.push(short);
        }
        let at = steps.iter().position(|s| s.id == inside).map_or(steps.len(), |i| i + 1);
        steps.insert(at, stock);
    }
    let mut review = Step::new(PhaseId::PeriodicReview);
    if f.blocker(BlockerId::FindingFit) {
        review.only_extra = true;
        review.extra.push(w.review_fit.render(&[]));
        review.extra.push(w.review_changes.render(&[]));
    }
    steps.push(review);
    let summary = match today {
        Some(n) => if modular { &w.summary_modular_beside } else { &w.summary_stay_beside }
            .render(&[("services", &tx.nouns.service.count(n))]),
        None => if modular { &w.summary_modular } else { &w.summary_stay }.render(&[]),
    };
    (PlanKind::Stay, steps, summary, w.note_stay.render(&[]), risks)
}

fn consolidation(f: &Facts) -> Built {
    let has = &f.has;
    let (tx, w) = (f.t(), f.w());
    let s = f.p.structure;
    let c = f.p.decision.consolidation.unwrap_or_default();
    let mut steps = vec![Step::new(PhaseId::MapServices).small(f.p.map.is_present())];
    // Tracing for the services that stay (back to one deployable, it can wait); on-call for
    // whatever runs, one deployable or several.
    if c.keep > 1 && !(has(Capability::CentralLogging) && has(Capability::Tracing)) {
        steps.push(Step::new(PhaseId::FoundationObservability).small(true));
    }
    if !has(Capability::OnCall) {
        steps.push(Step::new(PhaseId::FoundationIncidents).small(true));
    }
    let groups: Vec<String> = f.names.clone();
    let merges = c.today.saturating_sub(c.keep).max(1);
    let parallel = f.p.shape.parallel.max(1);
    let (wmin, wmax) =
        f.cat.phase(PhaseId::MergeServices).and_then(|d| d.per_service_weeks).unwrap_or((4, 8));
    let mut merge = Step::new(PhaseId::MergeServices);
    let rounds = merges.div_ceil(parallel).max(1);
    merge.months = Some((
        weeks_to_months(u64::from(rounds) * u64::from(wmin)).max(1),
        weeks_to_months(u64::from(rounds) * u64::from(wmax)).max(1),
    ));
    if groups.is_empty() {
        merge.service = w.merge_unnamed.render(&[]);
        merge.extra.push(
            w.merge_unnamed_extra.render(&[
                ("today", &tx.nouns.service.count(c.today)),
                ("keep", &c.keep.to_string()),
            ]),
        );
    } else {
        merge.service = w.each_group.render(&[]);
        merge.services = groups.clone();
        for (i, g) in f.p.shape.count.candidates.chunks(parallel as usize).enumerate() {
            let each: Vec<String> = g
                .iter()
                .map(|c| {
                    let mut all = vec![tx.quoted(&c.name)];
                    all.extend(c.companion_names.iter().map(|n| tx.quoted(n)));
                    w.merge_into_one.render(&[("modules", &tx.list(&all))])
                })
                .collect();
            let merges = each.join(&w.round_separator.render(&[]));
            merge.extra.push(w.round.render(&[("n", &(i + 1).to_string()), ("merges", &merges)]));
        }
        let merged: u32 =
            f.p.shape
                .units
                .iter()
                .filter_map(|&u| s.profiles.get(u))
                .map(|p| p.members.len() as u32 - 1)
                .sum();
        let more = c.today.saturating_sub(merged).saturating_sub(c.keep);
        if more > 0 {
            let services = tx.nouns.service.count(more);
            merge.extra.push(if c.keep == 1 {
                w.fold_rest.render(&[("services", &services)])
            } else {
                w.merge_more.render(&[("services", &services), ("keep", &c.keep.to_string())])
            });
        }
    }
    merge.extra.push(w.keep_modules.render(&[]));
    steps.push(merge);
    if c.keep == 1 {
        let mut b = Step::new(PhaseId::EnforceBoundaries).small(true);
        b.extra.push(w.one_deployable.render(&[]));
        steps.push(b);
    }
    // Merging everything into one deployable settles shared data and call chains too. Without
    // a map, shared data is planned only when the answers say flows must commit together, and
    // chains only when a map shows one: nothing in the answers speaks of call depth.
    if c.keep > 1 {
        if !f.p.map.is_present() && !eventual_data(f) {
            steps.push(Step::new(PhaseId::OwnSharedData));
        }
        let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
        if f.p.map.is_present() && s.chain.len() >= depth {
            steps.push(Step::new(PhaseId::FlattenChains).small(true));
        }
    }
    steps.push(Step::new(PhaseId::Stabilisation).small(true));
    let mut risks = f.missing_risk(&w.risk_consolidate_missing);
    // Merged down to more than today's people can run: grow them, too.
    if let Some(short) = ops_short(f, c.keep) {
        steps[0].extra.push(short.clone());
        risks.push(short);
    }
    (
        PlanKind::Consolidation,
        steps,
        w.summary_consolidate
            .render(&[("today", &tx.nouns.service.count(c.today)), ("keep", &c.keep.to_string())]),
        w.note_consolidate.render(&[]),
        risks,
    )
}

/// True when the answers accept that areas agree a moment later (the data-consistency answer
/// leans towards splitting), so no table needs to commit across services.
fn eventual_data(f: &Facts) -> bool {
    f.p.assessment.leans_split(FactorId::DataConsistency, f.cat)
}

/// When today's operations people can run fewer than the `services` a plan keeps: how far to
/// grow them (or to hand the running to the owning teams).
fn ops_short(f: &Facts, services: u32) -> Option<String> {
    let cap = super::services::capacity(f.p.inputs, &Default::default(), f.cat);
    if services <= cap.operable.max(1) {
        return None;
    }
    let (tx, w) = (f.t(), f.w());
    let (lo, hi) = grow_to(services, cap.ops, f.cat);
    let merging = f.p.decision.verdict == Verdict::Consolidate;
    // Merging an estate the same people already run: they manage more than the ratio says.
    let running = f.p.shape.count.today.filter(|&n| merging && n > services);
    let template = match running {
        Some(_) => &w.ops_short_running,
        None if merging => &w.ops_short_kept,
        None => &w.ops_short,
    };
    Some(template.render(&[
        ("ops", &capitalise(&tx.nouns.ops_person.count(cap.ops))),
        ("running", &tx.nouns.service.count(running.unwrap_or(services))),
        ("today", &tx.nouns.service.count(services)),
        ("operable", &tx.nouns.service.count(cap.operable)),
        ("people", &tx.span(lo, hi)),
    ]))
}

/// Keeping every service that runs: take stock, close the gaps in what running services needs,
/// then the long-term care of an estate (one owner per table, short call chains) and a review.
/// A domain map that shows no shared writers or deep chain leaves those phases out.
fn keep(f: &Facts) -> Built {
    let has = &f.has;
    let (tx, w) = (f.t(), f.w());
    let s = f.p.structure;
    let mapped = f.p.map.is_present();
    let today = f.p.shape.count.today.unwrap_or(f.p.shape.count.target);
    let mut steps = vec![Step::new(PhaseId::TakeStock).small(mapped)];
    if !(has(Capability::CiCd) && has(Capability::Containers)) {
        steps.push(Step::new(PhaseId::FoundationDelivery).small(true));
    }
    if !(has(Capability::CentralLogging) && has(Capability::Tracing)) {
        steps.push(Step::new(PhaseId::FoundationObservability).small(true));
    }
    if !has(Capability::OnCall) {
        steps.push(Step::new(PhaseId::FoundationIncidents).small(true));
    }
    // As for a consolidation: without a map, shared data is planned only when the answers say
    // flows must commit together, and chains only where a map shows one.
    if if mapped { !s.shared_writers.is_empty() } else { !eventual_data(f) } {
        steps.push(Step::new(PhaseId::OwnSharedData).small(mapped));
    }
    let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    if mapped && s.chain.len() >= depth {
        steps.push(Step::new(PhaseId::FlattenChains).small(true));
    }
    let mut review = Step::new(PhaseId::PeriodicReview);
    review.only_extra = true;
    // What the teams can keep, as the verdict counted it; operations, when short, has a line
    // of its own below.
    let cap = super::services::capacity(f.p.inputs, &Default::default(), f.cat);
    let ceiling =
        super::services::estate_owners(&cap, f.cat).min(cap.people.unwrap_or(u32::MAX)).max(1);
    review.extra.push(w.review_estate.render(&[
        ("today", &tx.nouns.service.count(today)),
        ("ceiling", &tx.nouns.service.count(ceiling)),
    ]));
    review.extra.push(w.review_estate_signals.render(&[]));
    steps.push(review);
    let mut risks = f.missing_risk(&w.risk_consolidate_missing);
    // Too few people for the estate: grow operations rather than merge what is worth keeping.
    if let Some(short) = ops_short(f, today) {
        steps[0].extra.push(short.clone());
        risks.push(short);
    }
    (
        PlanKind::Keep,
        steps,
        w.summary_keep.render(&[("today", &tx.nouns.service.count(today))]),
        w.note_keep.render(&[]),
        risks,
    )
}

/// The changes that should reopen the question: the catalogue's list, without those the
/// answers (or the domain map) have already reached.
fn revisit(p: &PlanInput, cat: &Catalogue) -> Vec<Revisit> {
    let a = p.assessment;
    let met = |w: &RevisitWhen| match w {
        RevisitWhen::Trigger(t) => a.trigger_holds(*t),
        RevisitWhen::Engineers(n) => p.inputs.engineers.is_some_and(|e| e >= *n),
        RevisitWhen::Traffic(b) => p.inputs.traffic.is_some_and(|t| t >= *b),
        RevisitWhen::Factor(factor, option) => {
            let at =
                cat.factor(*factor).and_then(|d| d.options.iter().position(|o| o.id == *option));
            match (a.effective.get(factor), at) {
                (Some(choice), Some(at)) => choice.option >= at,
                _ => false,
            }
        }
    };
    // A question that is already past its threshold is not a reason to look again; a small
    // team's threshold only matters while the verdict stays.
    cat.revisit
        .iter()
        .filter(|r| !met(&r.when))
        .filter(|r| !matches!(r.when, RevisitWhen::Engineers(_)) || !p.decision.verdict.extracts())
        .map(|r| {
            let own = match r.when {
                RevisitWhen::Engineers(n) => n.to_string(),
                _ => String::new(),
            };
            Revisit { text: cat.fill(&r.text, &[("engineers", &own)]), when: r.when.clone() }
        })
        .collect()
}

/// What a module is called in the team's stack.
fn unit_words(f: &Facts) -> String {
    let w = f.w();
    match f.p.stack {
        Some(Stack::Python) => &w.unit_python,
        _ => &w.unit,
    }
    .render(&[])
}

fn lay_out(steps: Vec<Step>, f: &Facts) -> Vec<Phase> {
    let mut at = (0u32, 0u32);
    let mut out = Vec::new();
    let has = &f.has;
    let services = f.services.max(u32::from(f.p.shape.count.kind != CountKind::Stay));
    // Synchronous calls cross a boundary the plan draws, or no map says otherwise.
    let calls_cross = !f.p.map.is_present()
        || if f.p.shape.units.is_empty() {
            f.p.map.edges.iter().any(|e| e.kind == DepKind::Sync)
        } else {
            (0..f.p.shape.units.len()).any(|i| profile_of(f, i).is_some_and(|p| p.sync > 0))
        };
    for step in steps {
        let Some(def) = f.cat.phase(step.id) else {
            continue;
        };
        let count = f.t().nouns.service.count(f.services.max(1));
        let unit = unit_words(f);
        let fill = |text: &str| {
            let t = text
                .replace("{service}", &step.service)
                .replace("{unit}", &unit)
                .replace("{count}", &count);
            // A name filled in at the start of a sentence still starts it with a capital.
            capitalise(&t)
        };
        let mut activities: Vec<String> = def
            .activities
            .iter()
            .filter(|_| !step.only_extra)
            .filter(|a| a.builds.is_none_or(|c| !has(c)))
            .filter(|a| a.needs.is_none_or(has))
            .filter(|a| a.min_services <= services)
            .filter(|a| !a.over_calls || calls_cross)
            .map(|a| fill(&a.text))
            .collect();
        if activities.is_empty() && step.extra.is_empty() {
            // Nothing left to do in this phase: everything it builds is in place.
            continue;
        }
        activities.extend(step.extra.iter().cloned());
        let (lo, hi) = def_range(def);
        let base = if step.small {
            def.months_small.map(|(a, b)| (a.min(b), a.max(b))).unwrap_or((lo, hi))
        } else {
            (lo, hi)
        };
        let top = if step.allow_longer { u32::MAX } else { hi.max(1) };
        let months = match step.months {
            Some((a, b)) => {
                let a = a.clamp(1, top);
                (a, b.clamp(a, top.max(a)))
            }
            None => (base.0.max(1), base.1.max(base.0).max(1)),
        };
        let begin = step
            .alongside
            .and_then(|id| out.iter().find(|ph: &&Phase| ph.id == id))
            .map_or(at, |ph| ph.start);
        let end = (begin.0.saturating_add(months.0), begin.1.saturating_add(months.1));
        at = (at.0.max(end.0), at.1.max(end.1));
        let when = when_words(begin, end, f.t());
        let dates = f.p.start.map(|s| dates(s, begin, end, f.t()));
        let mut risks: Vec<String> = step.risks.clone();
        if !step.own_risks {
            risks.extend(def.risks.iter().map(|r| fill(r)));
        }
        out.push(Phase {
            id: def.id,
            name: step.name.clone().unwrap_or_else(|| def.name.clone()),
            months,
            start: begin,
            end,
            when,
            dates,
            activities,
            exit_criteria: match (&step.exit, foundation_exits(def.id, has, f.w())) {
                (Some(exit), _) => exit.clone(),
                (None, Some(built)) => built,
                (None, None) => def.exit_criteria.iter().map(|e| fill(e)).collect(),
            },
            risks,
            services: step.services,
            source: def.source,
        });
    }
    out
}

/// "months 1–3", "month 4", "from month 3–4, ending in month 5–7".
fn when_words(begin: (u32, u32), end: (u32, u32), t: &Texts) -> String {
    let w = &t.plan;
    // Months are shown counting from 1.
    let first = (begin.0 + 1, begin.1 + 1);
    if begin.0 == begin.1 && end.0 == end.1 {
        if first.0 == end.1 {
            w.when_one.render(&[("month", &end.1.to_string())])
        } else {
            w.when_months.render(&[("first", &first.0.to_string()), ("last", &end.1.to_string())])
        }
    } else {
        w.when_ranges
            .render(&[("start", &t.span(first.0, first.1)), ("end", &t.span(end.0, end.1))])
    }
}

fn dates(s: YearMonth, begin: (u32, u32), end: (u32, u32), t: &Texts) -> PhaseDates {
    let w = &t.plan;
    let start_earliest = calendar::add_months(s, begin.0);
    let start_latest = calendar::add_months(s, begin.1);
    let end_earliest = calendar::add_months(s, end.0.saturating_sub(1));
    let end_latest = calendar::add_months(s, end.1.saturating_sub(1));
    let label = if start_earliest == start_latest && end_earliest == end_latest {
        if start_earliest == end_latest {
            t.date(start_earliest)
        } else {
            w.dates_span.render(&[("start", &t.date(start_earliest)), ("end", &t.date(end_latest))])
        }
    } else {
        let range = |a: YearMonth, b: YearMonth| {
            if a == b {
                t.date(a)
            } else {
                w.dates_between.render(&[("early", &t.date(a)), ("late", &t.date(b))])
            }
        };
        w.dates_ranges.render(&[
            ("start", &range(start_earliest, start_latest)),
            ("end", &range(end_earliest, end_latest)),
        ])
    };
    PhaseDates { start_earliest, start_latest, end_earliest, end_latest, label }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_round_up_to_months() {
        assert_eq!(weeks_to_months(6), 2);
        assert_eq!(weeks_to_months(8), 2);
        assert_eq!(weeks_to_months(24), 6);
        assert_eq!(weeks_to_months(32), 8);
        assert_eq!(weeks_to_months(0), 0);
    }

    #[test]
    fn phase_times_never_read_as_a_range_of_one() {
        let t = Texts::default();
        assert_eq!(when_words((0, 0), (1, 1), &t), "month 1");
        assert_eq!(when_words((0, 0), (3, 3), &t), "months 1–3");
        assert_eq!(when_words((2, 2), (3, 5), &t), "from month 3, ending in month 3–5");
        assert_eq!(when_words((2, 3), (4, 4), &t), "from month 3–4, ending in month 4");
        assert_eq!(ordinal(1, &t.plan), "1st");
        assert_eq!(ordinal(12, &t.plan), "12th");
        assert_eq!(ordinal(23, &t.plan), "23rd");
    }
}
