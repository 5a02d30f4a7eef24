//! The decision brief: the whole decision in six lines, for the top of the results page, the
//! first lines of the decision record and a slide. Every line is written from facts the engine
//! has already decided (the verdict, the counts, the plan, the risks, the nearest flip), so the
//! brief can never say something the page below it does not.

use super::answers::YearMonth;
use super::calendar;
use super::catalogue::Catalogue;
use super::catalogue::{PhaseId, PitfallId};
use super::checks::{Check, Status};
use super::outcome::Verdict;
use super::pitfalls::Pitfall;
use super::plan::Plan;
use super::sensitivity::Flip;
use super::services::{CountKind, ServiceCount};
use super::verdict::{ConfidenceLevel, VerdictReport};
use super::words;
use serde::{Deserialize, Serialize};

/// The decision at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Brief {
    /// The verdict in one sentence.
    pub decision: String,
    /// Services: what moves first and where the plan aims (or what is kept).
    pub services: String,
    /// How long the plan takes, with its months when a start is given.
    pub duration: String,
    /// The plan's length in months (shortest, longest).
    pub months: (u32, u32),
    /// The first month, when a start is given.
    pub starts: Option<YearMonth>,
    /// The last month if everything runs short, and if everything runs long.
    pub ends: Option<(YearMonth, YearMonth)>,
    /// The biggest blocker or risk.
    pub risk: String,
    /// The single nearest change of answer that would give another verdict, if any.
    pub flip: Option<String>,
    /// How sure the engine is, in words.
    pub confidence: String,
    /// The confidence level.
    pub level: ConfidenceLevel,
}

pub(crate) struct Inputs<'a> {
    pub verdict: &'a VerdictReport,
    pub services: &'a ServiceCount,
    pub plan: &'a Plan,
    pub blockers: &'a [Check],
    pub sensitivity: &'a [Flip],
    pub pitfalls: &'a [Pitfall],
    pub start: Option<YearMonth>,
    pub cat: &'a Catalogue,
}

fn quoted_list(names: &[String]) -> String {
    words::list(&names.iter().map(|n| words::quoted(n)).collect::<Vec<_>>())
}

pub(crate) fn write(i: &Inputs) -> Brief {
    let v = i.verdict;
    let s = i.services;
    let p = i.plan;
    let names: Vec<String> = s.candidates.iter().map(|c| c.name.clone()).collect();
    let first = names.first().map(|n| words::quoted(n));

    let decision = match v.verdict {
        Verdict::Monolith => {
            "Stay one deployable and keep it simple: nothing presses hard enough to pay for \
             services."
                .to_string()
        }
        Verdict::ModularMonolith => {
            "Stay one deployable, with module boundaries that the build enforces.".to_string()
        }
        Verdict::SelectiveExtraction => format!(
            "Keep a modular monolith and extract only {}.",
            if names.is_empty() {
                "the one part that behaves differently".to_string()
            } else {
                quoted_list(&names)
            }
        ),
        Verdict::Migration => format!(
            "Migrate in phases toward {}{}.",
            words::count(s.target, "service", "services"),
            first.as_ref().map(|f| format!(", starting with {f}")).unwrap_or_default()
        ),
        Verdict::NotReady => format!(
            "Build the operational foundation first; then migrate toward {}.",
            words::count(s.target, "service", "services")
        ),
        Verdict::Consolidate => format!(
            "Merge the services that move together: from {} to {}.",
            s.today.unwrap_or(s.target),
            words::count(s.target, "service", "services")
        ),
    };

    let services = match s.kind {
        CountKind::Stay => "None to extract.".to_string(),
        CountKind::Consolidate => format!(
            "{} running today; keep {}.",
            words::count(s.today.unwrap_or(s.target), "service", "services"),
            s.target
        ),
        CountKind::Extract if s.first_wave == 0 => format!(
            "None before the foundation; {} after it.",
            words::count(s.target, "service", "services")
        ),
        CountKind::Extract => format!(
            "{} in the first wave{}, {} in the end.",
            s.first_wave,
            first.map(|f| format!(" ({f})")).unwrap_or_default(),
            s.target
        ),
    };

    let months = p.total_months;
    let length = words::months(months.0, months.1);
    let (starts, ends) = match i.start {
        Some(start) => {
            let start = calendar::normalise(start);
            let end = |m: u32| calendar::add_months(start, m.saturating_sub(1));
            (Some(start), Some((end(months.0), end(months.1))))
        }
        None => (None, None),
    };
    let duration = match (starts, ends) {
        (Some(a), Some((e1, e2))) => {
            let end = if e1 == e2 {
                calendar::label(e1)
            } else {
                format!("{} to {}", calendar::label(e1), calendar::label(e2))
            };
            if e1 == e2 {
                format!("{length}: from {} to {end}.", calendar::label(a))
            } else {
                format!(
                    "{length}: from {}, ending between {}.",
                    calendar::label(a),
                    end.replace(" to ", " and ")
                )
            }
        }
        _ => format!("{length}, from the month you start."),
    };

    // The plan's own risks first (from the answers), then a distributed-monolith signal, then
    // for a stay verdict the strongest reason not to break, else the riskiest phase's first risk.
    let risk = p.risks.first().cloned().unwrap_or_else(|| {
        let held = i.blockers.iter().find(|c| c.status == Status::Holds);
        if let Some(pit) = i.pitfalls.first() {
            let what = match pit.id {
                PitfallId::DeployTogether => "merge them, or break the cycle, first",
                PitfallId::SharedWrites => "give that data one owner first",
                PitfallId::DeepSyncChain => "flatten it before splitting along it",
                PitfallId::CrossServiceTransactions => {
                    "plan sagas, or keep those operations in one service"
                }
                PitfallId::NoOwner => "name an owner before anything moves",
            };
            let n = u32::try_from(pit.modules.len()).unwrap_or(u32::MAX);
            return if n == 0 {
                format!("{}: {what}.", pit.title)
            } else {
                format!("{} ({}): {what}.", pit.title, words::count(n, "module", "modules"))
            };
        }
        match (v.verdict.stays(), held) {
            (true, Some(b)) => format!("{}. {}", b.label, b.evidence),
            _ => p
                .phases
                .iter()
                .rev()
                .find(|ph| ph.id == PhaseId::IterativeExtraction)
                .or(p.phases.first())
                .and_then(|ph| ph.risks.first())
                .cloned()
                .unwrap_or_else(|| "No risk stands out in the answers.".to_string()),
        }
    });

    let flip = i.sensitivity.iter().min_by_key(|f| f.steps).map(|f| {
        format!(
            "{} at \u{201c}{}\u{201d} (now \u{201c}{}\u{201d}) would give \u{201c}{}\u{201d}.",
            words::capitalise(&f.factor),
            f.to,
            f.from,
            i.cat.verdict_label(f.verdict)
        )
    });

    let level = v.confidence.level;
    let word = match level {
        ConfidenceLevel::High => "High",
        ConfidenceLevel::Medium => "Medium",
        ConfidenceLevel::Low => "Low",
    };
    let why = if i.sensitivity.iter().any(|f| f.steps == 1) {
        "one small change of answer would flip it"
    } else if !v.clear_winner {
        "the runner-up is close"
    } else if v.caveats.iter().any(|c| c.starts_with("Not answered yet")) {
        "some answers are missing"
    } else if level == ConfidenceLevel::High {
        "complete answers and a clear lead"
    } else {
        "a modest lead over the runner-up"
    };
    let confidence = format!("{word}: {why}.");

    Brief { decision, services, duration, months, starts, ends, risk, flip, confidence, level }
}
