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

use super::answers::{Capability, CurrentArchitecture, Stack, YearMonth};
use super::assess::{Assessment, Inputs};
use super::calendar;
use super::catalogue::{BlockerId, Catalogue, PhaseDef, PhaseId, RevisitWhen, Source, TriggerId};
use super::costs::ops_for;
use super::domain::{Map, Structure};
use super::services::{CountKind, Shape};
use super::verdict::{Decision, Verdict};
use super::words;
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
    fn blocker(&self, b: BlockerId) -> bool {
        self.p.assessment.blockers[b.index()].iter().any(|e| e.holds)
    }
    fn missing_essentials(&self) -> Vec<String> {
        self.p
            .assessment
            .missing_essentials
            .iter()
            .map(|c| self.cat.capability(*c).map(|d| d.label.clone()).unwrap_or_default())
            .collect()
    }
    /// The first service, named if the map names it.
    fn first(&self) -> String {
        self.names.first().map(|n| words::quoted(n)).unwrap_or_else(|| "the first service".into())
    }
}

pub(crate) fn plan(p: &PlanInput, cat: &Catalogue) -> Plan {
    let has = move |c: Capability| p.inputs.capabilities.get(&c) == Some(&true);
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
        greenfield: p.inputs.architecture == Some(CurrentArchitecture::Greenfield),
        services: p.shape.count.target,
    };
    let (kind, steps, summary, note, mut risks) = match p.decision.verdict {
        Verdict::Migration => migration(&f),
        Verdict::SelectiveExtraction => selective(&f),
        Verdict::NotReady => foundation(&f),
        Verdict::Monolith | Verdict::ModularMonolith => stay(&f),
        Verdict::Consolidate => consolidation(&f),
    };
    let phases = lay_out(steps, &f);
    let total_months = phases.iter().fold((0u32, 0u32), |acc, ph| {
        (acc.0.saturating_add(ph.months.0), acc.1.saturating_add(ph.months.1))
    });
    risks.dedup();
    Plan { kind, summary, phases, total_months, risks, revisit: revisit(p, cat), note }
}

type Built = (PlanKind, Vec<Step>, String, String, Vec<String>);

/// The risks that a verdict which splits inherits from the reasons not to break that still
/// hold, attached to the phase they threaten; also returned for the plan as a whole.
fn blocker_risks(f: &Facts, steps: &mut [Step]) -> Vec<String> {
    let t = &f.cat.thresholds;
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
            "Readiness is low: the services will page people more often than the monolith did \
             until the foundation is complete."
                .to_string()
        } else {
            format!(
                "Essential capabilities are missing ({}): nothing goes live before they are in \
                 place.",
                words::list(&missing)
            )
        };
        attach(steps, &[PhaseId::InfrastructureFoundation, PhaseId::FirstExtraction], text);
    }
    if f.blocker(BlockerId::SmallTeam) {
        let e = f.p.inputs.engineers.unwrap_or(0);
        attach(
            steps,
            &[PhaseId::FirstExtraction],
            format!(
                "With {} (fewer than {}), each service's pipeline, contract and on-call take a \
                 real share of the team's time: extract nothing beyond what the triggers point \
                 at.",
                words::count(e, "engineer", "engineers"),
                t.small_team_below
            ),
        );
    }
    if f.blocker(BlockerId::FindingFit) {
        attach(
            steps,
            &[PhaseId::Discovery],
            "The domain is still moving: a boundary drawn now may need redrawing, so keep the \
             extracted part's interface small."
                .to_string(),
        );
    }
    if f.blocker(BlockerId::NoBottleneck) {
        attach(
            steps,
            &[PhaseId::FirstExtraction],
            "No bottleneck has been measured: measure before and after the extraction, so it \
             proves its worth."
                .to_string(),
        );
    }
    if f.blocker(BlockerId::SingleCadence) {
        let text = if f.p.decision.verdict == Verdict::SelectiveExtraction {
            format!(
                "Everything ships together today: release {} on its own schedule from the start, \
                 or it will keep shipping with the monolith.",
                f.names
                    .first()
                    .map(|n| words::quoted(n))
                    .unwrap_or_else(|| "the new service".into())
            )
        } else {
            "Everything ships together today: unless the teams start releasing on their own, \
             the services will still deploy together."
                .to_string()
        };
        attach(steps, &[PhaseId::IterativeExtraction, PhaseId::FirstExtraction], text);
    }
    out
}

/// Grows operations when the target outgrows what today's people can run.
fn ops_growth(f: &Facts) -> Option<String> {
    let cap = super::services::capacity(f.p.inputs, &Default::default(), f.cat);
    let operable = cap.operable;
    if f.services <= operable {
        return None;
    }
    let (lo, hi) = ops_for(f.services, f.cat);
    Some(format!(
        "{} can run about {}; grow operations to about {} people before the services beyond \
         the {} go live.",
        words::capitalise(&words::count(cap.ops, "operations person", "operations people")),
        words::count(operable, "service", "services"),
        words::span(lo, hi),
        if operable == 0 { "first".to_string() } else { ordinal(operable) }
    ))
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The flattening step, when the map's deep synchronous chain runs through a part the plan
/// extracts: the pitfall says to flatten it before splitting along it, so the plan does.
fn flatten_chain(f: &Facts) -> Option<Step> {
    let s = f.p.structure;
    let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    if s.chain.len() < depth {
        return None;
    }
    let on_chain =
        s.chain.iter().any(|v| s.unit.get(*v).is_some_and(|u| f.p.shape.units.contains(u)));
    if !on_chain {
        return None;
    }
    let path: Vec<String> = s
        .chain
        .iter()
        .filter_map(|&v| f.p.map.nodes.get(v))
        .map(|m| words::quoted(&m.name))
        .collect();
    let mut step = Step::new(PhaseId::FlattenChains).small(true);
    step.extra.push(format!(
        "The chain {} runs through parts this plan extracts: flatten it before they leave, or \
         every hop becomes a network call.",
        path.join(" → ")
    ));
    Some(step)
}

fn infra_first(f: &Facts) -> bool {
    f.p.assessment.readiness < f.cat.thresholds.infra_first_below
        || !f.p.assessment.missing_essentials.is_empty()
}

fn migration(f: &Facts) -> Built {
    let t = &f.cat.thresholds;
    let r = f.p.assessment.readiness;
    let mut discovery = Step::new(PhaseId::Discovery).small(f.already_modular);
    if f.greenfield {
        discovery.only_extra = true;
        discovery.extra.push(format!(
            "Nothing is built yet: design the bounded contexts and build the first version as a \
             modular monolith, one module per context ({}), each with a small interface.",
            unit_words(f.p.stack)
        ));
        discovery.extra.push(
            "Decide the extraction order from the contexts' load, availability and release \
             speed, and keep the core domain in the monolith."
                .into(),
        );
    } else if f.already_modular {
        discovery.only_extra = true;
        discovery.extra.push(
            "The codebase is already modular: check that the module boundaries still match the \
             bounded contexts, and close the gaps."
                .into(),
        );
        discovery.extra.push(
            "List each module's data, callers and owner, and confirm the extraction order.".into(),
        );
    }
    let mut infra = Step::new(PhaseId::InfrastructureFoundation).small(r >= t.infra_short_at);
    let mut extraction = Step::new(PhaseId::FirstExtraction);
    extraction.service = f.first();
    extraction.services = f.names.iter().take(1).cloned().collect();
    if f.names.is_empty() {
        extraction.extra.push(
            "Pick a part that is isolated and painful; sign-in and notifications are common \
             first choices because their inputs and outputs are clear. Never the core domain."
                .into(),
        );
    }

    let mut steps = Vec::new();
    if infra_first(f) {
        infra.extra.push(
            "This comes first: the missing capabilities must be in place before anything is \
             extracted."
                .into(),
        );
        steps.extend([infra, discovery, extraction]);
    } else {
        steps.extend([discovery, extraction, infra]);
    }

    let rest_count = f.services.saturating_sub(1);
    if rest_count > 0 {
        let parallel = f.p.shape.parallel.max(1);
        let last_wave = f.p.shape.count.candidates.iter().map(|c| c.wave).max().unwrap_or(1);
        let waves = if f.names.is_empty() {
            rest_count.div_ceil(parallel)
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
        step.extra.push(format!(
            "Wave 1 was the first extraction, on its own; the {} after it {} up to {} side by \
             side, one per team.",
            words::noun(waves, "wave", "waves"),
            words::noun(waves, "runs", "run"),
            words::count(parallel, "extraction", "extractions")
        ));
        let rest: Vec<String> = f.names.iter().skip(1).cloned().collect();
        if rest.is_empty() {
            // No map: the services are counted, never invented.
            let mut left = rest_count;
            for w in 0..waves {
                let here = left.min(parallel);
                left -= here;
                step.extra.push(format!(
                    "Wave {}: {}{}.",
                    w + 2,
                    words::count(here, "service", "services"),
                    if here > 1 { " side by side" } else { "" }
                ));
            }
        } else {
            for w in 2..=last_wave {
                let wave: Vec<String> =
                    f.p.shape
                        .count
                        .candidates
                        .iter()
                        .filter(|c| c.wave == w)
                        .map(|c| c.label(&f.cat.texts))
                        .collect();
                step.extra.push(format!(
                    "Wave {w}: {}{}.",
                    words::list(&wave),
                    if wave.len() > 1 { ", side by side" } else { "" }
                ));
            }
            step.service = words::list(&rest);
            step.services = rest;
        }
        steps.push(step);
    }
    if let Some(flat) = flatten_chain(f) {
        let at =
            steps.iter().position(|s| s.id == PhaseId::IterativeExtraction).unwrap_or(steps.len());
        steps.insert(at, flat);
    }
    let mut db = Step::new(PhaseId::DatabaseDecomposition);
    // Beyond ten services the data moves take longer too: a month more at each end for every
    // further ten (Seams' own; the guide's 3–6 months describe about ten).
    if f.services > 10 {
        let more = (f.services - 10).div_ceil(10);
        let (lo, hi) = f.cat.phase(PhaseId::DatabaseDecomposition).map(def_range).unwrap_or((3, 6));
        db.months = Some((lo + more, hi + more));
        db.allow_longer = true;
    }
    db.services = f.names.clone();
    db.service =
        if f.names.is_empty() { "the extracted services".into() } else { words::list(&f.names) };
    steps.push(db);
    steps.push(Step::new(PhaseId::Stabilisation));
    let mut risks = blocker_risks(f, &mut steps);
    if let Some(g) = ops_growth(f) {
        if let Some(s) = steps.iter_mut().find(|s| s.id == PhaseId::IterativeExtraction) {
            s.extra.push(g.clone());
        }
        risks.push(g);
    }
    let first = f.names.first().map(|n| format!(", starting with {}", words::quoted(n)));
    (
        PlanKind::Migration,
        steps,
        format!(
            "A phased migration with the strangler pattern toward {} around a small core{}.",
            words::count(f.services, "service", "services"),
            first.unwrap_or_default()
        ),
        "Real migrations take 12 to 24 months. Here the phases run strictly one after another, \
         so the upper figure is cautious: teams often overlap database work with the last waves."
            .to_string(),
        risks,
    )
}

/// True when the part to extract has no synchronous calls or shared tables across its
/// boundary: a loosely coupled worker is a small job.
fn loosely_coupled(f: &Facts) -> bool {
    f.p.shape
        .units
        .first()
        .and_then(|&u| f.p.structure.profiles.get(u))
        .is_some_and(|p| p.sync == 0 && p.shares_with.is_empty() && p.members.len() == 1)
}

fn shares_tables(f: &Facts) -> Option<bool> {
    let u = *f.p.shape.units.first()?;
    f.p.structure.profiles.get(u).map(|p| !p.shares_with.is_empty())
}

fn selective(f: &Facts) -> Built {
    let loose = loosely_coupled(f);
    let first = f.first();
    let part = if f.names.is_empty() {
        "the part that behaves differently".to_string()
    } else {
        words::list(&f.names.iter().map(|n| words::quoted(n)).collect::<Vec<_>>())
    };
    let mut discovery = Step::new(PhaseId::Discovery).small(true);
    discovery.only_extra = true;
    discovery.extra.push(format!(
        "Draw only the boundary of {part}: the code, the tables and the callers that belong \
         to it."
    ));
    discovery.extra.push(format!(
        "Give {part} a small interface inside the monolith first ({}), so the extraction \
         moves code instead of rewriting it.",
        unit_words(f.p.stack)
    ));
    let modularise_rest = !f.already_modular && f.p.inputs.engineers.is_some_and(|e| e >= 20);
    discovery.extra.push(if modularise_rest {
        "The rest of the monolith gets its module boundaries in a phase of its own, below.".into()
    } else {
        "The rest of the monolith keeps its shape for now.".into()
    });
    discovery.exit = Some(vec![format!(
        "The boundary of {part} is written down (code, tables, callers), and the rest of the \
         monolith reaches it only through its interface."
    )]);
    let mut steps = vec![discovery];
    let mut infra = Some(Step::new(PhaseId::InfrastructureFoundation).small(true));
    if let Some(i) = infra.as_mut() {
        i.extra.push("Only what one more deployable needs; no mesh or orchestrator.".into());
    }
    // One more deployable needs automated delivery, logs, tracing, someone on call and a way
    // to move traffic over gradually; the rest of the foundation can wait.
    let one_service_needs =
        [Capability::CiCd, Capability::CentralLogging, Capability::Tracing, Capability::OnCall];
    let needs_infra = one_service_needs.iter().any(|c| !(f.has)(*c));
    if needs_infra && infra_first(f) {
        steps.extend(infra.take());
    }
    for (i, name) in f.names.iter().enumerate().take(f.services.max(1) as usize) {
        let mut extraction = Step::new(PhaseId::FirstExtraction).small(loose);
        extraction.service = words::quoted(name);
        extraction.services = vec![name.clone()];
        if i > 0 {
            extraction
                .extra
                .push("The same steps as the first part, once it runs on its own.".into());
        } else if !needs_infra && !(f.has)(Capability::FeatureFlags) {
            extraction.extra.push(
                "Add the switch that moves traffic to it a percentage at a time; a simple \
                 feature flag is enough for one service."
                    .into(),
            );
        }
        steps.push(extraction);
    }
    if f.names.is_empty() {
        let mut extraction = Step::new(PhaseId::FirstExtraction);
        extraction.service = "the part that behaves differently".into();
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
    data.service = if f.names.is_empty() { "the extracted part".into() } else { first.clone() };
    data.services = f.names.clone();
    if shares_tables(f) == Some(false) {
        data.extra.push("No other module shares its tables, so only its own tables move.".into());
    }
    if let Some(p) = f.p.shape.units.first().and_then(|&u| f.p.structure.profiles.get(u)) {
        if !p.shares_with.is_empty() {
            let names: Vec<String> = p
                .shares_with
                .iter()
                .filter_map(|&v| f.p.map.nodes.get(v))
                .map(|m| words::quoted(&m.name))
                .collect();
            data.extra.push(format!(
                "Replace its reads of the tables of {} with calls to their interfaces, or with a \
                 copy kept up to date by events.",
                words::list(&names)
            ));
        }
    }
    if f.p.assessment.needs_transactions {
        data.extra.push(
            "Some operations must commit across areas: before its writes move, replace the \
             transactions that span it and its callers with a saga or an outbox, or keep those \
             operations on one side."
                .into(),
        );
    }
    steps.push(data);
    if modularise_rest {
        let mut rest = Step::new(PhaseId::ModuleBoundaries);
        rest.extra.push(
            "The teams that do not own the extracted part can do this alongside the extraction; \
             the plan lists it here because its phases are shown one after another."
                .into(),
        );
        steps.push(rest);
    }
    steps.push(Step::new(PhaseId::Stabilisation).small(true));
    let risks = blocker_risks(f, &mut steps);
    let a = f.p.assessment;
    let note = if a.trigger_count >= 2 && a.independent() < 2 {
        let names = f.names.first().map(|n| words::quoted(n)).unwrap_or_else(|| "one part".into());
        format!(
            "The {} split triggers all point at {names}, so extracting it answers them; stop \
             after it unless a trigger appears that points at another part.",
            a.trigger_count
        )
    } else if a.independent() >= 2 {
        format!(
            "With {} a migration would cost more than it saves: extract only {}, and look \
             again once the team passes {} engineers.",
            words::count(f.p.inputs.engineers.unwrap_or(0), "engineer", "engineers"),
            words::noun(f.services, "this part", "these parts"),
            f.cat.thresholds.small_team_below
        )
    } else {
        "One extraction is a far shorter undertaking than a migration; stop after it unless a \
         second, independent trigger appears."
            .to_string()
    };
    let what = if f.names.is_empty() {
        "only the one part that behaves differently".to_string()
    } else {
        format!(
            "only {}",
            words::list(&f.names.iter().map(|n| words::quoted(n)).collect::<Vec<_>>())
        )
    };
    (
        PlanKind::SelectiveExtraction,
        steps,
        format!("Keep a modular monolith and extract {what}."),
        note,
        risks,
    )
}

fn foundation(f: &Facts) -> Built {
    let t = &f.cat.thresholds;
    let has = &f.has;
    let mut steps = Vec::new();
    if !(has(Capability::CiCd) && has(Capability::Containers)) {
        steps.push(Step::new(PhaseId::FoundationDelivery));
    }
    if !(has(Capability::CentralLogging) && has(Capability::Metrics) && has(Capability::Tracing)) {
        steps.push(Step::new(PhaseId::FoundationObservability));
    }
    let ops = f.p.inputs.ops.unwrap_or(0);
    if !has(Capability::OnCall) || ops < t.ops_full_at || steps.is_empty() {
        let mut incidents = Step::new(PhaseId::FoundationIncidents);
        if ops < t.ops_full_at {
            incidents.extra.push(format!(
                "Grow operations to at least {} people: services need more hands than one \
                 deployable.",
                t.ops_full_at
            ));
        }
        steps.push(incidents);
    }
    if !f.already_modular {
        let mut m = Step::new(PhaseId::ModuleBoundaries).small(f.small_team);
        m.extra.push(
            "Runs alongside the foundation work, by the teams that do not build it; the plan \
             lists it here because its phases are shown one after another."
                .into(),
        );
        steps.push(m);
    }
    steps.push(Step::new(PhaseId::Reevaluate));
    let missing = f.missing_essentials();
    let risks = if missing.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "Essential capabilities are missing ({}): extracting anything before they are in \
             place multiplies incidents.",
            words::list(&missing)
        )]
    };
    (
        PlanKind::Foundation,
        steps,
        "Build the operational foundation first, then answer again.".to_string(),
        format!(
            "The verdict is expected to change once the foundation is in place; the migration \
             toward {} comes after that.",
            words::count(f.services, "service", "services")
        ),
        risks,
    )
}

/// What a single trigger asks of a team that stays: fixed inside the monolith first.
fn inside_the_monolith(f: &Facts) -> Vec<String> {
    let a = f.p.assessment;
    let mut out = Vec::new();
    if a.hot_spot.is_some() {
        out.push(
            "Give the part that stands out room inside the monolith: run it in its own worker \
             processes or on its own queue, from the same codebase, and scale those on their own."
                .to_string(),
        );
    }
    for t in TriggerId::ALL {
        if !a.trigger_holds(t) {
            continue;
        }
        out.push(
            match t {
                TriggerId::OrgSize => "Give each team a module it owns, with its own reviewers, so \
                                       teams stop stepping on each other's changes.",
                TriggerId::ScalingProfiles => "Scale the busy part inside the monolith first: run \
                                               more copies of the same code behind its own route or \
                                               queue.",
                TriggerId::ReliabilityRequirements => "Protect the critical path inside the \
                                                       monolith: give it its own worker pool and \
                                                       database connections, and release it more \
                                                       carefully.",
                TriggerId::TechDiversity => "Run the workload that needs another runtime as a \
                                             separate process only if nothing in the current \
                                             runtime can do it.",
                TriggerId::CadenceMismatch => "Let the fast area ship on its own schedule inside \
                                               the monolith: feature flags and a release train \
                                               that does not wait for the slow areas.",
            }
            .to_string(),
        );
    }
    out
}

fn stay(f: &Facts) -> Built {
    let has = &f.has;
    let modular = f.p.decision.verdict == Verdict::ModularMonolith;
    let mut steps = Vec::new();
    if !has(Capability::CiCd) {
        steps.push(Step::new(PhaseId::FoundationDelivery).small(f.small_team));
    }
    if modular {
        let mut b = Step::new(PhaseId::ModuleBoundaries).small(f.already_modular || f.small_team);
        if f.already_modular {
            b.extra.push("The codebase is already modular: check that the boundaries still match the business areas, and close the gaps.".into());
        }
        b.extra.extend(inside_the_monolith(f));
        steps.push(b);
        steps.push(Step::new(PhaseId::EnforceBoundaries).small(f.small_team));
    } else {
        let mut k = Step::new(PhaseId::KeepInOrder).small(f.small_team);
        k.extra.extend(inside_the_monolith(f));
        steps.push(k);
    }
    if !(has(Capability::CentralLogging) && has(Capability::Metrics)) {
        steps.push(Step::new(PhaseId::Observability).small(f.small_team));
    }
    let mut review = Step::new(PhaseId::PeriodicReview);
    if f.blocker(BlockerId::FindingFit) {
        review.only_extra = true;
        review.extra.push(
            "While the product is still finding its market, answer these questions again when \
             its main areas stop changing shape, rather than on a fixed date."
                .into(),
        );
        review.extra.push(
            "Check the changes listed below; one reached is a reason to look again, two are a \
             reason to plan."
                .into(),
        );
    }
    steps.push(review);
    let summary = if modular {
        "Stay one deployable, with module boundaries that hold."
    } else {
        "Stay one deployable and keep it simple."
    };
    let today = f.p.shape.count.today.filter(|&n| n > 0);
    let summary = match today {
        Some(n) => format!(
            "{} Keep the {} already running as they are, and extract no more.",
            summary,
            words::count(n, "service", "services")
        ),
        None => summary.to_string(),
    };
    (
        PlanKind::Stay,
        steps,
        summary,
        "The review repeats every six months; the changes listed are the signals to look \
         again sooner."
            .to_string(),
        Vec::new(),
    )
}

fn consolidation(f: &Facts) -> Built {
    let has = &f.has;
    let s = f.p.structure;
    let c = f.p.decision.consolidation.unwrap_or_default();
    let mut steps = vec![Step::new(PhaseId::MapServices).small(f.p.map.is_present())];
    // Tracing and on-call for the services that stay; back to one deployable, they can wait.
    if c.keep > 1 {
        if !(has(Capability::CentralLogging) && has(Capability::Tracing)) {
            steps.push(Step::new(PhaseId::FoundationObservability).small(true));
        }
        if !has(Capability::OnCall) {
            steps.push(Step::new(PhaseId::FoundationIncidents).small(true));
        }
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
        merge.service = "the services that always deploy together or write the same tables".into();
        merge.extra.push(format!(
            "Go from {} to about {}: the map of the first phase shows which ones merge.",
            words::count(c.today, "service", "services"),
            c.keep
        ));
    } else {
        merge.service = "each group".into();
        merge.services = groups.clone();
        for (i, g) in f.p.shape.count.candidates.chunks(parallel as usize).enumerate() {
            let each: Vec<String> = g
                .iter()
                .map(|c| {
                    let mut all = vec![words::quoted(&c.name)];
                    all.extend(c.companion_names.iter().map(|n| words::quoted(n)));
                    format!("{} into one", words::list(&all))
                })
                .collect();
            merge.extra.push(format!("Round {}: {}.", i + 1, each.join("; ")));
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
            merge.extra.push(if c.keep == 1 {
                format!(
                    "Then fold the remaining {} into the same deployable: nothing in the answers \
                     calls for more than one.",
                    words::count(more, "service", "services")
                )
            } else {
                format!(
                    "Then merge {} more into their closest neighbours, down to {}: the teams and \
                     operations people cannot own and run more.",
                    words::count(more, "service", "services"),
                    c.keep
                )
            });
        }
    }
    merge.extra.push(
        "Keep each former service as a module with its own interface inside the deployable it \
         joins, so the boundaries that made sense survive the merge."
            .into(),
    );
    steps.push(merge);
    if c.keep == 1 {
        let mut b = Step::new(PhaseId::EnforceBoundaries).small(true);
        b.extra.push(
            "One deployable again: keep the former services apart as modules, checked by the \
             build."
                .into(),
        );
        steps.push(b);
    }
    // Merging everything into one deployable settles shared data and call chains too.
    if c.keep > 1 {
        if !f.p.map.is_present() {
            steps.push(Step::new(PhaseId::OwnSharedData));
        }
        let depth = f.cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
        if !f.p.map.is_present() || s.chain.len() >= depth {
            steps.push(Step::new(PhaseId::FlattenChains).small(f.p.map.is_present()));
        }
    }
    steps.push(Step::new(PhaseId::Stabilisation).small(true));
    let missing = f.missing_essentials();
    let risks = if missing.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "Services run today without {}: every incident is harder to find until they are in \
             place.",
            words::list(&missing)
        )]
    };
    (
        PlanKind::Consolidation,
        steps,
        format!(
            "Merge what moves together: from {} running today to {} worth keeping.",
            words::count(c.today, "service", "services"),
            c.keep
        ),
        "Merging is quicker than extracting: the code already has interfaces, and the work is \
         mostly removing the network between parts that never needed it."
            .to_string(),
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
        .map(|r| Revisit { text: r.text.clone(), when: r.when.clone() })
        .collect()
}

fn unit_words(stack: Option<Stack>) -> &'static str {
    match stack {
        Some(Stack::Python) => "a Django app or a Python package",
        _ => "a module or package",
    }
}

fn lay_out(steps: Vec<Step>, f: &Facts) -> Vec<Phase> {
    let mut at = (0u32, 0u32);
    let mut out = Vec::new();
    let has = &f.has;
    let services = f.services.max(u32::from(f.p.shape.count.kind != CountKind::Stay));
    for step in steps {
        let Some(def) = f.cat.phase(step.id) else {
            continue;
        };
        let count = words::count(f.services.max(1), "service", "services");
        let fill = |text: &str| {
            let t = text
                .replace("{service}", &step.service)
                .replace("{unit}", unit_words(f.p.stack))
                .replace("{count}", &count);
            // A name filled in at the start of a sentence still starts it with a capital.
            words::capitalise(&t)
        };
        let mut activities: Vec<String> = def
            .activities
            .iter()
            .filter(|_| !step.only_extra)
            .filter(|a| a.builds.is_none_or(|c| !has(c)))
            .filter(|a| a.needs.is_none_or(has))
            .filter(|a| a.min_services <= services)
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
        let begin = at;
        let end = (begin.0.saturating_add(months.0), begin.1.saturating_add(months.1));
        at = end;
        let when = when_words(begin, end);
        let dates = f.p.start.map(|s| dates(s, begin, end));
        let mut risks: Vec<String> = step.risks.clone();
        risks.extend(def.risks.iter().map(|r| fill(r)));
        out.push(Phase {
            id: def.id,
            name: def.name.clone(),
            months,
            start: begin,
            end,
            when,
            dates,
            activities,
            exit_criteria: match &step.exit {
                Some(exit) => exit.clone(),
                None => def.exit_criteria.iter().map(|e| fill(e)).collect(),
            },
            risks,
            services: step.services,
            source: def.source,
        });
    }
    out
}

/// "months 1–3", "month 4", "from month 3–4, ending in month 5–7".
fn when_words(begin: (u32, u32), end: (u32, u32)) -> String {
    // Months are shown counting from 1.
    let first = (begin.0 + 1, begin.1 + 1);
    if begin.0 == begin.1 && end.0 == end.1 {
        if first.0 == end.1 {
            format!("month {}", end.1)
        } else {
            format!("months {}–{}", first.0, end.1)
        }
    } else {
        format!(
            "from month {}, ending in month {}",
            words::span(first.0, first.1),
            words::span(end.0, end.1)
        )
    }
}

fn dates(s: YearMonth, begin: (u32, u32), end: (u32, u32)) -> PhaseDates {
    let start_earliest = calendar::add_months(s, begin.0);
    let start_latest = calendar::add_months(s, begin.1);
    let end_earliest = calendar::add_months(s, end.0.saturating_sub(1));
    let end_latest = calendar::add_months(s, end.1.saturating_sub(1));
    let label = if start_earliest == start_latest && end_earliest == end_latest {
        if start_earliest == end_latest {
            calendar::label(start_earliest)
        } else {
            format!("{} – {}", calendar::label(start_earliest), calendar::label(end_latest))
        }
    } else {
        let range = |a: YearMonth, b: YearMonth| {
            if a == b {
                calendar::label(a)
            } else {
                format!("{} to {}", calendar::label(a), calendar::label(b))
            }
        };
        format!(
            "starts {}; ends {}",
            range(start_earliest, start_latest),
            range(end_earliest, end_latest)
        )
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
        assert_eq!(when_words((0, 0), (1, 1)), "month 1");
        assert_eq!(when_words((0, 0), (3, 3)), "months 1–3");
        assert_eq!(when_words((2, 2), (3, 5)), "from month 3, ending in month 3–5");
        assert_eq!(when_words((2, 3), (4, 4)), "from month 3–4, ending in month 4");
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(23), "23rd");
    }
}
