//! The phased plan: which phases, in which order, for how long, dated if a start is given.
//!
//! Four kinds of plan, one per family of verdicts; every phase definition and duration comes
//! from the catalogue:
//! - **Migration** (article 003's phases): discovery and modular refactor; first service
//!   extraction; infrastructure foundation; iterative extraction; database decomposition;
//!   stabilisation. The infrastructure foundation moves to the very front when readiness is
//!   below the catalogue's `infra_first_below`, and is cut to its minimum when readiness is at
//!   or above `infra_short_at`. Iterative extraction lasts as many waves as the remaining
//!   services need, each wave 6–8 weeks, waves as wide as the parallel capacity (teams,
//!   capped). Database decomposition always comes after extraction.
//! - **Selective extraction**: modular refactor, the foundation if readiness is low, the one
//!   extraction, moving its data, stabilisation.
//! - **Stay** (monolith, modular monolith): module boundaries, enforcing them, observability,
//!   and a periodic review.
//! - **Foundation** (not ready yet): automated delivery, logs/metrics/tracing, on-call, then
//!   re-evaluate; a step is skipped when its capabilities are already in place.
//!
//! Phases run one after another. Each phase's start is a range (the sum of the earlier
//! phases' minimum and maximum durations), and so is its end.

use super::answers::{Capability, CurrentArchitecture, YearMonth};
use super::assess::{Assessment, Inputs};
use super::calendar;
use super::catalogue::{Catalogue, PhaseDef, PhaseId, Source};
use super::services::Shape;
use super::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// The kind of plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlanKind {
    /// A phased microservices migration.
    Migration,
    /// A modular monolith with one extraction.
    SelectiveExtraction,
    /// Staying one deployable.
    Stay,
    /// Building the operational foundation first.
    Foundation,
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
    /// Thresholds that should reopen the question.
    pub revisit: Vec<String>,
    /// How to read the total.
    pub note: String,
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
    /// What tends to go wrong.
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
    service: String,
    services: Vec<String>,
    extra: Vec<String>,
}

impl Step {
    fn new(id: PhaseId) -> Step {
        Step { id, months: None, service: String::new(), services: Vec::new(), extra: Vec::new() }
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
    pub verdict: Verdict,
    pub assessment: &'a Assessment,
    pub inputs: &'a Inputs,
    pub shape: &'a Shape,
    pub architecture: Option<CurrentArchitecture>,
    pub start: Option<YearMonth>,
}

pub(crate) fn plan(p: &PlanInput, cat: &Catalogue) -> Plan {
    let t = &cat.thresholds;
    let r = p.assessment.readiness;
    let names: Vec<String> = if p.shape.count.candidates.is_empty() {
        (1..=p.shape.count.target).map(|i| format!("service {i}")).collect()
    } else {
        p.shape.count.candidates.iter().map(|c| c.label()).collect()
    };
    let first = p.shape.count.candidates.first().map(|c| format!("\u{201c}{}\u{201d}", c.label()));
    let already_modular = matches!(
        p.architecture,
        Some(CurrentArchitecture::ModularMonolith | CurrentArchitecture::SomeServices)
    );
    let min_of = |id: PhaseId| cat.phase(id).map(|d| (def_range(d).0, def_range(d).0));
    let has = |c: Capability| p.inputs.capabilities.get(&c) == Some(&true);

    let mut steps = Vec::new();
    let (kind, summary, note) = match p.verdict {
        Verdict::Migration => {
            let first_name = first.unwrap_or_else(|| {
                "the first service (sign-in or notifications are common choices)".to_string()
            });
            let mut discovery = Step::new(PhaseId::Discovery);
            if already_modular {
                discovery.months = min_of(PhaseId::Discovery);
                discovery.extra.push(
                    "The codebase is already modular: confirm the boundaries and owners.".into(),
                );
            }
            let mut infra = Step::new(PhaseId::InfrastructureFoundation);
            if r >= t.infra_short_at {
                infra.months = min_of(PhaseId::InfrastructureFoundation);
                infra.extra.push(
                    "Most of the foundation is already in place: close the remaining gaps only."
                        .into(),
                );
            }
            let mut extraction = Step::new(PhaseId::FirstExtraction);
            extraction.service = first_name;
            extraction.services = names.iter().take(1).cloned().collect();

            let infra_first = r < t.infra_first_below;
            if infra_first {
                infra
                    .extra
                    .push("Readiness is low, so this comes before anything is extracted.".into());
                steps.push(infra);
                steps.push(discovery);
                steps.push(extraction);
            } else {
                steps.push(discovery);
                steps.push(extraction);
                steps.push(infra);
            }

            let rest: Vec<String> = names.iter().skip(1).cloned().collect();
            if !rest.is_empty() {
                let parallel = p.shape.parallel.max(1) as usize;
                let waves: Vec<&[String]> = rest.chunks(parallel).collect();
                let mut step = Step::new(PhaseId::IterativeExtraction);
                let (wmin, wmax) = cat
                    .phase(PhaseId::IterativeExtraction)
                    .and_then(|d| d.per_service_weeks)
                    .unwrap_or((6, 8));
                let n = waves.len() as u64;
                step.months = Some((
                    weeks_to_months(n * u64::from(wmin.min(wmax))),
                    weeks_to_months(n * u64::from(wmin.max(wmax))),
                ));
                for (i, wave) in waves.iter().enumerate() {
                    step.extra.push(format!(
                        "Wave {}: {}{}.",
                        i + 2,
                        wave.join(", "),
                        if wave.len() > 1 { ", in parallel" } else { "" }
                    ));
                }
                step.services = rest.clone();
                step.service = rest.join(", ");
                steps.push(step);
            }
            let mut db = Step::new(PhaseId::DatabaseDecomposition);
            db.services = names.clone();
            db.service = names.join(", ");
            steps.push(db);
            steps.push(Step::new(PhaseId::Stabilisation));
            (
                PlanKind::Migration,
                format!(
                    "A phased migration with the strangler pattern toward {} service(s) \
                     around a small core.",
                    p.shape.count.target
                ),
                "Article 003 puts a real migration at 12 to 24 months. Here the phases run \
                 strictly one after another, so the upper figure is cautious: teams often \
                 overlap database work with the last waves."
                    .to_string(),
            )
        }
        Verdict::SelectiveExtraction => {
            let first_name =
                first.unwrap_or_else(|| "the part that needs its own resources".to_string());
            let mut discovery = Step::new(PhaseId::Discovery);
            if already_modular {
                discovery.months = min_of(PhaseId::Discovery);
            }
            steps.push(discovery);
            if r < t.infra_first_below {
                let mut infra = Step::new(PhaseId::InfrastructureFoundation);
                infra.extra.push(
                    "Only what one extra service needs: its pipeline, tracing across the \
                     boundary, and someone on call for it."
                        .into(),
                );
                steps.push(infra);
            }
            let mut extraction = Step::new(PhaseId::FirstExtraction);
            extraction.service = first_name.clone();
            extraction.services = names.iter().take(1).cloned().collect();
            steps.push(extraction);
            let mut data = Step::new(PhaseId::DataSplit);
            data.service = first_name;
            data.services = names.iter().take(1).cloned().collect();
            steps.push(data);
            steps.push(Step::new(PhaseId::Stabilisation));
            (
                PlanKind::SelectiveExtraction,
                "Keep a modular monolith and extract only the one part that behaves \
                 differently."
                    .to_string(),
                "One extraction is a far shorter undertaking than a migration; stop after it \
                 unless a second trigger appears."
                    .to_string(),
            )
        }
        Verdict::NotReady => {
            if !(has(Capability::CiCd) && has(Capability::Containers)) {
                steps.push(Step::new(PhaseId::FoundationDelivery));
            }
            if !(has(Capability::CentralLogging)
                && has(Capability::Metrics)
                && has(Capability::Tracing))
            {
                steps.push(Step::new(PhaseId::FoundationObservability));
            }
            let ops = p.inputs.ops.unwrap_or(0);
            if !has(Capability::OnCall) || ops < t.ops_full_at || steps.is_empty() {
                let mut incidents = Step::new(PhaseId::FoundationIncidents);
                if ops < t.ops_full_at {
                    incidents.extra.push(format!(
                        "Grow operations to at least {} people: services need more hands than \
                         one deployable.",
                        t.ops_full_at
                    ));
                }
                steps.push(incidents);
            }
            steps.push(Step::new(PhaseId::Reevaluate));
            (
                PlanKind::Foundation,
                "Build the operational foundation first, then answer again.".to_string(),
                "The verdict is expected to change once the foundation is in place; the \
                 migration plan comes after that."
                    .to_string(),
            )
        }
        Verdict::Monolith | Verdict::ModularMonolith => {
            let mut boundaries = Step::new(PhaseId::ModuleBoundaries);
            if already_modular {
                boundaries.months = min_of(PhaseId::ModuleBoundaries);
            }
            steps.push(boundaries);
            steps.push(Step::new(PhaseId::EnforceBoundaries));
            if !(has(Capability::CentralLogging) && has(Capability::Metrics)) {
                steps.push(Step::new(PhaseId::Observability));
            }
            steps.push(Step::new(PhaseId::PeriodicReview));
            (
                PlanKind::Stay,
                "Stay one deployable, with module boundaries that hold.".to_string(),
                "The review repeats every six months; the thresholds listed are the signals \
                 to look again sooner."
                    .to_string(),
            )
        }
    };

    let phases = lay_out(steps, p.start, cat);
    let total_months = phases.iter().fold((0u32, 0u32), |acc, ph| {
        (acc.0.saturating_add(ph.months.0), acc.1.saturating_add(ph.months.1))
    });
    let revisit = cat
        .revisit
        .iter()
        .filter(|r| r.trigger.is_none_or(|t| !p.assessment.trigger_holds(t)))
        .map(|r| r.text.clone())
        .collect();

    Plan { kind, summary, phases, total_months, revisit, note }
}

fn lay_out(steps: Vec<Step>, start: Option<YearMonth>, cat: &Catalogue) -> Vec<Phase> {
    let mut at = (0u32, 0u32);
    let mut out = Vec::new();
    for step in steps {
        let Some(def) = cat.phase(step.id) else {
            continue;
        };
        let (lo, hi) = def_range(def);
        let months = match step.months {
            Some((a, b)) => {
                let a = a.clamp(lo, hi);
                let b = b.clamp(lo, hi).max(a);
                (a, b)
            }
            None => (lo, hi),
        };
        let begin = at;
        let end = (begin.0.saturating_add(months.0), begin.1.saturating_add(months.1));
        at = end;
        // Months are shown counting from 1.
        let (first, last) = (begin.0.saturating_add(1), begin.1.saturating_add(1));
        let when = if begin.0 == begin.1 && end.0 == end.1 {
            format!("months {first}–{}", end.1)
        } else if begin.0 == begin.1 {
            format!("from month {first}, ending in month {}–{}", end.0, end.1)
        } else {
            format!("from month {first}–{last}, ending in month {}–{}", end.0, end.1)
        };
        let dates = start.map(|s| {
            let start_earliest = calendar::add_months(s, begin.0);
            let start_latest = calendar::add_months(s, begin.1);
            let end_earliest = calendar::add_months(s, end.0.saturating_sub(1));
            let end_latest = calendar::add_months(s, end.1.saturating_sub(1));
            let label = if start_earliest == start_latest && end_earliest == end_latest {
                format!("{} – {}", calendar::label(start_earliest), calendar::label(end_latest))
            } else {
                let from = if start_earliest == start_latest {
                    calendar::label(start_earliest)
                } else {
                    format!(
                        "{} to {}",
                        calendar::label(start_earliest),
                        calendar::label(start_latest)
                    )
                };
                format!(
                    "starts {from}; ends {} to {}",
                    calendar::label(end_earliest),
                    calendar::label(end_latest)
                )
            };
            PhaseDates { start_earliest, start_latest, end_earliest, end_latest, label }
        });
        let fill = |text: &String| text.replace("{service}", &step.service);
        let mut activities: Vec<String> = def.activities.iter().map(fill).collect();
        activities.extend(step.extra.iter().cloned());
        out.push(Phase {
            id: def.id,
            name: def.name.clone(),
            months,
            start: begin,
            end,
            when,
            dates,
            activities,
            exit_criteria: def.exit_criteria.iter().map(fill).collect(),
            risks: def.risks.iter().map(fill).collect(),
            services: step.services,
            source: def.source,
        });
    }
    out
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
}
