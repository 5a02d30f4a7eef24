//! Each results section's finding in one line, written from the facts the engine has already
//! decided (the verdict, the pressures, the counts, the costs, the plan), never from a view of
//! its own: the line a reader sees first under each heading tells the same story as the
//! verdict.

use super::assess::Assessment;
use super::catalogue::{Catalogue, Position};
use super::checks::{Check, Status};
use super::costs::{format_percent, Costs};
use super::domain::DomainAnalysis;
use super::matrix::MatrixRow;
use super::pitfalls::Pitfall;
use super::plan::Plan;
use super::sensitivity::Flip;
use super::services::{CountKind, ServiceCount};
use super::texts::{Template, Texts};
use super::verdict::{ConfidenceLevel, Verdict, VerdictReport};
use super::words;
use serde::{Deserialize, Serialize};

/// One line per results section.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Findings {
    /// The verdict: its lead and confidence.
    pub verdict: String,
    /// Need × readiness.
    pub quadrant: String,
    /// The decision matrix.
    pub matrix: String,
    /// Triggers and reasons not to break.
    pub checks: String,
    /// The service count.
    pub services: String,
    /// The dependency structure.
    pub domain: String,
    /// The cost of going distributed.
    pub costs: String,
    /// The plan.
    pub plan: String,
    /// The pitfalls.
    pub pitfalls: String,
    /// What would change the verdict.
    pub sensitivity: String,
    /// The stack advice.
    pub advice: String,
    /// The sources.
    pub sources: String,
}

pub(crate) struct Inputs<'a> {
    pub verdict: &'a VerdictReport,
    pub quadrant: &'a super::verdict::QuadrantReport,
    pub a: &'a Assessment,
    pub triggers: &'a [Check],
    pub blockers: &'a [Check],
    pub services: &'a ServiceCount,
    pub domain: Option<&'a DomainAnalysis>,
    pub costs: &'a Costs,
    pub plan: &'a Plan,
    pub pitfalls: &'a [Pitfall],
    pub sensitivity: &'a [Flip],
    pub matrix: &'a [MatrixRow],
    pub advice: usize,
    pub sources: usize,
    pub cat: &'a Catalogue,
}

fn sat(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(crate) fn write(i: &Inputs) -> Findings {
    let cat = i.cat;
    let t = &cat.texts;
    let f = &t.findings;
    let (n, v) = (&t.nouns, &t.verbs);
    let a = i.a;
    let min = cat.thresholds.migration_min_triggers.max(1);

    let holding =
        |checks: &[Check]| sat(checks.iter().filter(|c| c.status == Status::Holds).count());
    let held = holding(i.triggers);
    let b = holding(i.blockers);
    let independent = a.independent();
    let checks = {
        let (count, verb) = (n.split_trigger.count(held), v.holds.pick(held));
        let triggers = if held > independent {
            f.checks_triggers_independent.render(&[
                ("triggers", &count),
                ("holds", verb),
                ("independent", &independent.to_string()),
            ])
        } else {
            f.checks_triggers.render(&[("triggers", &count), ("holds", verb)])
        };
        if i.verdict.verdict.about_estate() { &f.checks_estate } else { &f.checks }.render(&[
            ("triggers", &triggers),
            ("reasons", &n.reason.count(b)),
            ("holds", v.holds.pick(b)),
            ("min", &words::capitalise(&t.number(min))),
        ])
    };

    let s = i.services;
    let first_name = s.candidates.first().map(|c| t.quoted(&c.name));
    let keeps = i.verdict.verdict == Verdict::KeepServices;
    let services = match s.kind {
        CountKind::Stay if s.ceiling == 0 && !s.estimated => f.services_stay_stuck.render(&[]),
        // No "up to 0" or "up to 1 service".
        CountKind::Stay if s.ceiling == 1 => f.services_stay_one.render(&[]),
        CountKind::Stay => f.services_stay.render(&[("ceiling", &n.service.count(s.ceiling))]),
        CountKind::Consolidate if keeps => {
            f.services_keep.render(&[("today", &n.service.count(s.today.unwrap_or(s.target)))])
        }
        CountKind::Consolidate => f.services_consolidate.render(&[
            ("today", &n.service.count(s.today.unwrap_or(s.target))),
            ("keep", &s.target.to_string()),
            (
                "first",
                &if s.candidates.is_empty() {
                    String::new()
                } else {
                    f.services_merge_first
                        .render(&[("name", first_name.as_deref().unwrap_or_default())])
                },
            ),
        ]),
        CountKind::Extract if s.first_wave == 0 => {
            f.services_foundation.render(&[("target", &n.service.count(s.target))])
        }
        CountKind::Extract => f.services_extract.render(&[
            ("first_wave", &n.service.count(s.first_wave)),
            (
                "first",
                &first_name
                    .map(|name| f.services_first_named.render(&[("name", &name)]))
                    .unwrap_or_else(|| f.services_first.render(&[])),
            ),
            ("target", &s.target.to_string()),
            ("ceiling", &s.ceiling.to_string()),
        ]),
    };

    let domain = match i.domain {
        None => f.domain_none.render(&[]),
        Some(d) => {
            let part = |on: bool, tpl: &Template, slot: &str, value: String| {
                if on {
                    tpl.render(&[(slot, &value)])
                } else {
                    String::new()
                }
            };
            let cycles = sat(d.cycles.len());
            f.domain.render(&[
                ("clusters", &clusters_phrase(d, t)),
                (
                    "chain",
                    &part(d.chain_hops > 0, &f.domain_chain, "hops", n.hop.count(d.chain_hops)),
                ),
                (
                    "cycles",
                    &part(cycles > 0, &f.domain_cycles, "cycles", n.call_cycle.count(cycles)),
                ),
                (
                    "shared",
                    &part(
                        !d.shared_writers.is_empty(),
                        &f.domain_shared,
                        "modules",
                        n.module.count(sat(d.shared_writers.len())),
                    ),
                ),
            ])
        }
    };

    let c = i.costs;
    let costs = f.costs.render(&[
        (
            "shape",
            &if s.kind == CountKind::Stay {
                &f.costs_if_split
            } else if keeps {
                &f.costs_kept
            } else {
                &f.costs_recommended
            }
            .render(&[]),
        ),
        ("latency", &t.ms(c.latency_ms.0, c.latency_ms.1)),
        ("availability", &format_percent(c.chain_availability)),
        ("ops", &t.span(c.ops_headcount.0, c.ops_headcount.1)),
    ]);

    let p = i.plan;
    let plan = f.plan.render(&[
        ("summary", &p.summary),
        ("months", &t.months(p.total_months.0, p.total_months.1)),
        ("phases", &n.phase.count(sat(p.phases.len()))),
    ]);

    let pitfalls = if i.pitfalls.is_empty() {
        f.pitfalls_none.render(&[])
    } else {
        let mut titles: Vec<String> =
            i.pitfalls.iter().map(|p| words::lower_first(&p.title)).collect();
        titles.dedup();
        f.pitfalls.render(&[
            ("signals", &n.signal.count(sat(i.pitfalls.len()))),
            ("titles", &t.list(&titles)),
        ])
    };

    let sensitivity = match i.sensitivity.iter().min_by_key(|f| f.steps) {
        None => f.sensitivity_none.render(&[]),
        Some(flip) => f.sensitivity.render(&[
            ("factor", &words::lower_first(&flip.factor)),
            ("from", &flip.from),
            ("to", &flip.to),
            ("verdict", &cat.verdict_label(flip.verdict)),
        ]),
    };

    let lean =
        |pred: fn(Position) -> bool| sat(i.matrix.iter().filter(|r| pred(r.position)).count());
    let split = lean(|p| matches!(p, Position::Split | Position::LeaningSplit));
    let stay = lean(|p| matches!(p, Position::Stay | Position::LeaningStay));
    let matrix = f.matrix.render(&[
        ("dimensions", &i.matrix.len().to_string()),
        ("split", &v.leans.count(split)),
        ("stay", &stay.to_string()),
    ]);

    let quadrant = f.quadrant.render(&[
        ("need", &format!("{:.0}", a.need.floor())),
        ("readiness", &format!("{:.0}", a.readiness.floor())),
        ("quadrant", &i.quadrant.label),
        ("explanation", &i.quadrant.explanation),
    ]);

    let verdict = f.verdict.render(&[
        ("lead", &i.verdict.lead),
        ("level", &level_word(t, i.verdict.confidence.level)),
        ("reasons", &n.reason.count(sat(i.verdict.reasons.len()))),
    ]);
    let advice = if i.advice == 0 {
        f.advice_none.render(&[])
    } else {
        f.advice.render(&[("advice", &words::capitalise(&n.advice.count(sat(i.advice))))])
    };
    let sources = f.sources.render(&[("articles", &n.article.count(sat(i.sources)))]);
    Findings {
        verdict,
        quadrant,
        matrix,
        checks,
        services,
        domain,
        costs,
        plan,
        pitfalls,
        sensitivity,
        advice,
        sources,
    }
}

/// The confidence level's word, in lower case.
pub(crate) fn level_word(t: &Texts, level: ConfidenceLevel) -> String {
    match level {
        ConfidenceLevel::High => &t.confidence.high,
        ConfidenceLevel::Medium => &t.confidence.medium,
        ConfidenceLevel::Low => &t.confidence.low,
    }
    .render(&[])
}

/// The map's modules and how they group, in words: "14 modules, each free to move on its own" or
/// "9 modules in 6 clusters; 2 of them tie modules that must move together".
pub fn clusters_phrase(d: &DomainAnalysis, t: &Texts) -> String {
    let f = &t.findings;
    let modules = t.nouns.module.count(sat(d.order.len()));
    let tied = sat(d.clusters.iter().filter(|c| c.len() > 1).count());
    match (d.order.len(), tied) {
        (1, _) => f.clusters_one.render(&[("modules", &modules)]),
        (_, 0) => f.clusters_free.render(&[("modules", &modules)]),
        _ => f.clusters_tied.render(&[
            ("modules", &modules),
            ("clusters", &t.nouns.cluster.count(sat(d.clusters.len()))),
            (
                "tied",
                &if tied == 1 {
                    f.clusters_tied_one.render(&[])
                } else {
                    f.clusters_tied_many.render(&[("n", &tied.to_string())])
                },
            ),
        ]),
    }
}
