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
use super::verdict::VerdictReport;
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
    let a = i.a;
    let min = cat.thresholds.migration_min_triggers.max(1);

    let holding =
        |checks: &[Check]| sat(checks.iter().filter(|c| c.status == Status::Holds).count());
    let t = holding(i.triggers);
    let b = holding(i.blockers);
    let independent = a.independent();
    let checks = {
        let triggers = if t > independent {
            format!(
                "{} {}, counting as {} independent",
                words::count(t, "split trigger", "split triggers"),
                words::noun(t, "holds", "hold"),
                independent
            )
        } else {
            format!(
                "{} {}",
                words::count(t, "split trigger", "split triggers"),
                words::noun(t, "holds", "hold")
            )
        };
        format!(
            "{triggers}, and {} not to break {}. {} or more independent triggers justify a \
             migration; a single one is answered inside the monolith or by isolating its part.",
            words::count(b, "reason", "reasons"),
            words::noun(b, "holds", "hold"),
            words::capitalise(&number_word(min))
        )
    };

    let s = i.services;
    let first_name = s.candidates.first().map(|c| words::quoted(&c.name));
    let services = match s.kind {
        CountKind::Stay => format!(
            "Nothing to extract: the verdict keeps one deployable. If the question reopens, the \
             organisation could run up to {}.",
            words::count(s.ceiling, "service", "services")
        ),
        CountKind::Consolidate => format!(
            "{} run today; keep {}{}.",
            words::count(s.today.unwrap_or(s.target), "service", "services"),
            s.target,
            if s.candidates.is_empty() {
                String::new()
            } else {
                format!(", merging {} first", first_name.clone().unwrap_or_default())
            }
        ),
        CountKind::Extract if s.first_wave == 0 => format!(
            "After the foundation, aim for {}; nothing is extracted before.",
            words::count(s.target, "service", "services")
        ),
        CountKind::Extract => format!(
            "Extract {}{}; aim for {} in the end, at most {}.",
            words::count(s.first_wave, "service", "services"),
            first_name.map(|n| format!(" first ({n})")).unwrap_or_else(|| " first".into()),
            s.target,
            s.ceiling
        ),
    };

    let domain = match i.domain {
        None => {
            "No domain map yet: add one for precise counts, named candidates and costs.".to_string()
        }
        Some(d) => {
            let mut text = clusters_phrase(d);
            if d.chain_hops > 0 {
                text.push_str(&format!(
                    "; the longest synchronous chain has {}",
                    words::count(d.chain_hops, "hop", "hops")
                ));
            }
            let cycles = sat(d.cycles.len());
            if cycles > 0 {
                text.push_str(&format!("; {}", words::count(cycles, "call cycle", "call cycles")));
            }
            if !d.shared_writers.is_empty() {
                text.push_str(&format!(
                    "; {} write shared tables",
                    words::count(sat(d.shared_writers.len()), "module", "modules")
                ));
            }
            text.push('.');
            text
        }
    };

    let c = i.costs;
    let costs = format!(
        "{}: {} added on the busiest path, availability {} along it, {} operations people.",
        if s.kind == CountKind::Stay { "If split" } else { "In the recommended shape" },
        words::ms(c.latency_ms.0, c.latency_ms.1),
        format_percent(c.chain_availability),
        words::span(c.ops_headcount.0, c.ops_headcount.1)
    );

    let p = i.plan;
    let plan = format!(
        "{} {} in {}.",
        p.summary,
        words::months(p.total_months.0, p.total_months.1),
        words::count(sat(p.phases.len()), "phase", "phases")
    );

    let pitfalls = if i.pitfalls.is_empty() {
        "No distributed-monolith signal was found in the answers or the domain map.".to_string()
    } else {
        let titles: Vec<String> = i.pitfalls.iter().map(|p| words::lower_first(&p.title)).collect();
        let mut titles = titles;
        titles.dedup();
        format!(
            "{} found: {}.",
            words::count(
                sat(i.pitfalls.len()),
                "distributed-monolith signal",
                "distributed-monolith signals"
            ),
            words::list(&titles)
        )
    };

    let sensitivity = match i.sensitivity.iter().min_by_key(|f| f.steps) {
        None => "No single change of answer gives another verdict.".to_string(),
        Some(f) => format!(
            "The nearest change: {} from \u{201c}{}\u{201d} to \u{201c}{}\u{201d} would give \
             \u{201c}{}\u{201d}.",
            words::lower_first(&f.factor),
            f.from,
            f.to,
            cat.verdict_label(f.verdict)
        ),
    };

    let lean =
        |pred: fn(Position) -> bool| sat(i.matrix.iter().filter(|r| pred(r.position)).count());
    let split = lean(|p| matches!(p, Position::Split | Position::LeaningSplit));
    let stay = lean(|p| matches!(p, Position::Stay | Position::LeaningStay));
    let matrix = format!(
        "Of {} dimensions, {} toward breaking up and {} toward staying one deployable.",
        i.matrix.len(),
        words::count(split, "leans", "lean"),
        stay
    );

    let quadrant = format!(
        "Need {:.0} and readiness {:.0} out of 100 place the team in \u{201c}{}\u{201d}. {}",
        a.need.floor(),
        a.readiness.floor(),
        i.quadrant.label,
        i.quadrant.explanation
    );
    let _ = i.verdict;

    let level = match i.verdict.confidence.level {
        super::verdict::ConfidenceLevel::High => "high",
        super::verdict::ConfidenceLevel::Medium => "medium",
        super::verdict::ConfidenceLevel::Low => "low",
    };
    let reasons = sat(i.verdict.reasons.len());
    let verdict = format!(
        "{} Confidence is {level}, with {} behind it.",
        i.verdict.lead,
        words::count(reasons, "reason", "reasons")
    );
    let advice = if i.advice == 0 {
        "No stack advice for this verdict.".to_string()
    } else {
        format!(
            "{} for this verdict and stack.",
            words::capitalise(&words::count(sat(i.advice), "piece of advice", "pieces of advice"))
        )
    };
    let sources = format!(
        "Every rule above names one of {}.",
        words::count(sat(i.sources), "article", "articles")
    );
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

fn number_word(n: u32) -> String {
    match n {
        1 => "one".into(),
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        n => n.to_string(),
    }
}

/// The map's modules and how they group, in words: "14 modules, each free to move on its own" or
/// "9 modules in 6 clusters; 2 of them tie modules that must move together".
pub fn clusters_phrase(d: &DomainAnalysis) -> String {
    let sat = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let modules = words::count(sat(d.order.len()), "module", "modules");
    let tied = sat(d.clusters.iter().filter(|c| c.len() > 1).count());
    match (d.order.len(), tied) {
        (1, _) => modules,
        (_, 0) => format!("{modules}, each free to move on its own"),
        _ => format!(
            "{modules} in {}; {} modules that must move together",
            words::count(sat(d.clusters.len()), "cluster", "clusters"),
            if tied == 1 { "1 of them ties".to_string() } else { format!("{tied} of them tie") }
        ),
    }
}
