//! The decision brief: the whole decision in six lines, for the top of the results page, the
//! first lines of the decision record and a slide. Every line is written from facts the engine
//! has already decided (the verdict, the counts, the plan, the risks, the nearest flip), so the
//! brief can never say something the page below it does not.

use super::answers::YearMonth;
use super::calendar;
use super::catalogue::Catalogue;
use super::catalogue::{PhaseId, PitfallId};
use super::checks::{Check, Status};
use super::findings::level_word;
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
    pub triggers: &'a [Check],
    /// Nothing is built yet.
    pub greenfield: bool,
    /// Everything runs as services: the map's modules are the services.
    pub all_services: bool,
    /// Services that run beside a monolith today, if any.
    pub beside: Option<u32>,
    pub sensitivity: &'a [Flip],
    pub pitfalls: &'a [Pitfall],
    pub start: Option<YearMonth>,
    /// The answers not given yet, in words ("the number of engineers").
    pub unanswered: &'a [String],
    /// The confidence is held below High: answers that contradict each other, or a merge
    /// sized without a map.
    pub capped: bool,
    pub cat: &'a Catalogue,
}

pub(crate) fn write(i: &Inputs) -> Brief {
    let t = &i.cat.texts;
    let w = &t.brief;
    let service = &t.nouns.service;
    let v = i.verdict;
    let s = i.services;
    let p = i.plan;
    let names: Vec<String> = s.candidates.iter().map(|c| t.quoted(&c.name)).collect();
    let first = names.first();

    let decision = match v.verdict {
        Verdict::Monolith | Verdict::ModularMonolith if i.beside.is_some() => {
            let n = i.beside.unwrap_or_default();
            if v.verdict == Verdict::Monolith {
                &w.decision_monolith_beside
            } else {
                &w.decision_modular_beside
            }
            .render(&[("services", &service.count(n))])
        }
        Verdict::Monolith => w.decision_monolith.render(&[]),
        Verdict::ModularMonolith => w.decision_modular.render(&[]),
        Verdict::SelectiveExtraction => {
            if i.greenfield { &w.decision_selective_new } else { &w.decision_selective }.render(&[
                (
                    "parts",
                    &if names.is_empty() {
                        w.decision_selective_unnamed.render(&[])
                    } else {
                        t.list(&names)
                    },
                ),
            ])
        }
        Verdict::Migration => w.decision_migration.render(&[
            ("target", &service.count(s.target)),
            (
                "first",
                &first
                    .map(|f| w.decision_migration_first.render(&[("name", f)]))
                    .unwrap_or_default(),
            ),
        ]),
        Verdict::NotReady => w.decision_not_ready.render(&[("target", &service.count(s.target))]),
        Verdict::Consolidate => w.decision_consolidate.render(&[
            ("today", &s.today.unwrap_or(s.target).to_string()),
            ("target", &service.count(s.target)),
        ]),
        Verdict::KeepServices => {
            w.decision_keep.render(&[("today", &service.count(s.today.unwrap_or(s.target)))])
        }
    };

    let services = match s.kind {
        CountKind::Stay => w.services_stay.render(&[]),
        CountKind::Consolidate if v.verdict == Verdict::KeepServices => {
            w.services_keep.render(&[("today", &service.count(s.today.unwrap_or(s.target)))])
        }
        CountKind::Consolidate => w.services_consolidate.render(&[
            ("today", &service.count(s.today.unwrap_or(s.target))),
            ("keep", &s.target.to_string()),
        ]),
        CountKind::Extract if s.first_wave == 0 => {
            w.services_foundation.render(&[("target", &service.count(s.target))])
        }
        CountKind::Extract => w.services_extract.render(&[
            ("first_wave", &s.first_wave.to_string()),
            ("first", &first.map(|f| w.services_first.render(&[("name", f)])).unwrap_or_default()),
            ("target", &s.target.to_string()),
        ]),
    };

    let months = p.total_months;
    let length = t.months(months.0, months.1);
    let (starts, ends) = match i.start {
        Some(start) => {
            let start = calendar::normalise(start);
            let end = |m: u32| calendar::add_months(start, m.saturating_sub(1));
            (Some(start), Some((end(months.0), end(months.1))))
        }
        None => (None, None),
    };
    let duration = match (starts, ends) {
        (Some(a), Some((e1, e2))) if e1 == e2 => w.duration_one_end.render(&[
            ("length", &length),
            ("start", &t.date(a)),
            ("end", &t.date(e1)),
        ]),
        (Some(a), Some((e1, e2))) => w.duration_ends.render(&[
            ("length", &length),
            ("start", &t.date(a)),
            ("early", &t.date(e1)),
            ("late", &t.date(e2)),
        ]),
        _ => w.duration.render(&[("length", &length)]),
    };

    // The plan's own risks first (from the answers), then a distributed-monolith signal, then
    // for a stay verdict the first split trigger it leaves inside, else the riskiest phase's first risk.
    // Under a verdict that keeps one deployable (and nothing beside it), most signals are about
    // splitting along a seam nobody is splitting: only a module without an owner is a risk.
    let one_deployable = v.verdict.stays() && i.beside.is_none() && !i.all_services;
    // Under an extraction, a signal among modules that all stay in the core is not the move's.
    let moving: Vec<u32> = s
        .candidates
        .iter()
        .flat_map(|c| std::iter::once(c.module_id).chain(c.companions.iter().copied()))
        .collect();
    let extracts = !v.verdict.stays() && !v.verdict.about_estate() && !moving.is_empty();
    let relevant = |pit: &&Pitfall| {
        if one_deployable {
            return pit.id == PitfallId::NoOwner;
        }
        let stays_inside =
            !pit.modules.is_empty() && pit.modules.iter().all(|m| !moving.contains(m));
        !(extracts && stays_inside && pit.id != PitfallId::NoOwner)
    };
    let risk = p.risks.first().cloned().unwrap_or_else(|| {
        if let Some(pit) = i.pitfalls.iter().find(relevant) {
            let what = match pit.id {
                PitfallId::DeployTogether => &w.do_deploy_together,
                PitfallId::SharedWrites => &w.do_shared_writes,
                PitfallId::DeepSyncChain if v.verdict.about_estate() => &w.do_deep_chain_estate,
                PitfallId::DeepSyncChain => &w.do_deep_chain,
                PitfallId::CrossServiceTransactions => &w.do_transactions,
                PitfallId::NoOwner => &w.do_no_owner,
            }
            .render(&[]);
            let n = u32::try_from(pit.modules.len()).unwrap_or(u32::MAX);
            return if n == 0 {
                w.risk_pitfall.render(&[("title", &pit.title), ("what", &what)])
            } else {
                w.risk_pitfall_modules.render(&[
                    ("title", &pit.title),
                    (
                        "modules",
                        &if i.all_services { &t.nouns.service } else { &t.nouns.module }.count(n),
                    ),
                    ("what", &what),
                ])
            };
        }
        // Defaults stand in for unanswered questions: acting on them is the risk.
        if !i.unanswered.is_empty() {
            let mut shown: Vec<String> = i.unanswered.iter().take(3).cloned().collect();
            if i.unanswered.len() > 3 {
                let more = (i.unanswered.len() - 3).to_string();
                shown.push(t.words.more.render(&[("n", &more)]));
            }
            return w.risk_unanswered.render(&[("missing", &words::capitalise(&t.list(&shown)))]);
        }
        // Under a stay verdict a reason not to break argues for the verdict; the risk is the
        // pressure it leaves inside the one deployable.
        let pressing = i.triggers.iter().find(|c| c.status == Status::Holds);
        match (v.verdict.stays(), pressing) {
            (true, Some(c)) => {
                w.risk_trigger.render(&[("label", &c.label), ("evidence", &c.evidence)])
            }
            _ => p
                .phases
                .iter()
                .rev()
                .find(|ph| ph.id == PhaseId::IterativeExtraction)
                .or_else(|| p.phases.iter().find(|ph| ph.id == PhaseId::FirstExtraction))
                .or(p.phases.first())
                .and_then(|ph| ph.risks.first())
                .cloned()
                .unwrap_or_else(|| w.risk_none.render(&[])),
        }
    });

    let flip = i.sensitivity.iter().min_by_key(|f| f.steps).map(|f| {
        w.flip.render(&[
            ("factor", &words::capitalise(&f.factor)),
            ("to", &f.to),
            ("from", &f.from),
            ("verdict", &i.cat.verdict_label(f.verdict)),
        ])
    });

    let level = v.confidence.level;
    let why = if i.sensitivity.iter().any(|f| f.steps == 1) {
        &w.why_flip
    } else if !v.clear_winner {
        &w.why_close
    } else if i.capped {
        &w.why_capped
    } else if !i.unanswered.is_empty() {
        &w.why_missing
    } else if level == ConfidenceLevel::High {
        &w.why_high
    } else {
        &w.why_modest
    };
    let confidence = w
        .confidence
        .render(&[("level", &words::capitalise(&level_word(t, level))), ("why", &why.render(&[]))]);

    Brief { decision, services, duration, months, starts, ends, risk, flip, confidence, level }
}
