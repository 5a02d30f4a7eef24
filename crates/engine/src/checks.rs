//! The split triggers and the reasons not to break, as the results page lists them: each
//! with its status and the evidence behind it, in words.

use super::assess::{Assessment, Evidence, MapEvidence, MapHints, Origin};
use super::catalogue::{BlockerId, Catalogue, Source, TriggerId};
use super::texts::Texts;
use serde::{Deserialize, Serialize};

/// Whether a trigger or reason not to break applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// It applies.
    Holds,
    /// The answers show it does not apply.
    DoesNotHold,
    /// Not enough answers to tell.
    Unknown,
}

/// One trigger or reason not to break, checked against the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Stable id ("org_size", "small_team").
    pub id: String,
    /// Its name.
    pub label: String,
    /// Whether it applies.
    pub status: Status,
    /// The status in the rubric's words ("holds").
    pub status_text: String,
    /// The answers (or map facts) that decided the status, in words.
    pub evidence: String,
    /// What it means in general.
    pub explanation: String,
    /// Where it comes from.
    pub source: Source,
}

fn status(evidence: &[Evidence]) -> Status {
    if evidence.iter().any(|e| e.holds) {
        Status::Holds
    } else if evidence.is_empty() {
        Status::Unknown
    } else {
        Status::DoesNotHold
    }
}

/// The five triggers, in the article's order.
pub(crate) fn triggers(a: &Assessment, hints: &MapHints, cat: &Catalogue) -> Vec<Check> {
    TriggerId::ALL
        .iter()
        .map(|&id| {
            let def = cat.trigger(id);
            let ev = &a.triggers[id.index()];
            let mut evidence = describe(ev, hints, cat, Some(id), None);
            if a.trigger_holds(id) {
                evidence.push_str(&points_at(id, a, hints, cat));
            }
            Check {
                id: id.as_str().to_string(),
                label: def.map(|d| cat.fill(&d.label, &[])).unwrap_or_else(|| id.as_str().into()),
                status: status(ev),
                status_text: cat.texts.status(status(ev)),
                evidence,
                explanation: def.map(|d| cat.fill(&d.explanation, &[])).unwrap_or_default(),
                source: def.map(|d| d.source).unwrap_or(Source::WhenToBreakTheMonolith),
            }
        })
        .collect()
}

/// The five reasons not to break, in the article's order.
pub(crate) fn blockers(a: &Assessment, hints: &MapHints, cat: &Catalogue) -> Vec<Check> {
    BlockerId::ALL
        .iter()
        .map(|&id| {
            let def = cat.blocker(id);
            let ev = &a.blockers[id.index()];
            Check {
                id: id.as_str().to_string(),
                label: def.map(|d| cat.fill(&d.label, &[])).unwrap_or_else(|| id.as_str().into()),
                status: status(ev),
                status_text: cat.texts.status(status(ev)),
                evidence: describe(ev, hints, cat, None, Some(id)),
                explanation: def.map(|d| cat.fill(&d.explanation, &[])).unwrap_or_default(),
                source: def.map(|d| d.source).unwrap_or(Source::WhenToBreakTheMonolith),
            }
        })
        .collect()
}

/// Which part of the map a holding trigger concerns, and whether it shares that part with
/// another trigger (then the two count as one pressure).
fn points_at(id: TriggerId, a: &Assessment, hints: &MapHints, cat: &Catalogue) -> String {
    let nodes = &hints.trigger_nodes[id.index()];
    if id == TriggerId::OrgSize || nodes.is_empty() {
        return String::new();
    }
    let (t, w) = (&cat.texts, &cat.texts.checks);
    let names: Vec<String> = nodes.iter().filter_map(|&v| hints.names.get(v)).cloned().collect();
    let mut text = w.concerns.render(&[("modules", &t.names(&names, 6))]);
    if let Some(p) = a.pressures.iter().find(|p| p.triggers.contains(&id) && p.triggers.len() > 1) {
        let others: Vec<String> = p
            .triggers
            .iter()
            .filter(|x| **x != id)
            .map(|x| {
                t.quoted(
                    &cat.trigger(*x)
                        .map(|d| cat.fill(&d.label, &[]))
                        .unwrap_or_else(|| x.as_str().into()),
                )
            })
            .collect();
        let n = u32::try_from(others.len()).unwrap_or(u32::MAX);
        text.push_str(
            &w.same_part
                .render(&[("triggers", &t.list(&others)), ("point", t.verbs.points.pick(n))]),
        );
    }
    text
}

/// The evidence in words: the pieces that decided the status (those that hold, if any).
fn describe(
    evidence: &[Evidence],
    hints: &MapHints,
    cat: &Catalogue,
    trigger: Option<TriggerId>,
    blocker: Option<BlockerId>,
) -> String {
    if evidence.is_empty() {
        return cat.texts.checks.not_answered.render(&[]);
    }
    let any_holds = evidence.iter().any(|e| e.holds);
    let parts: Vec<String> = evidence
        .iter()
        .filter(|e| e.holds == any_holds)
        .map(|e| origin_text(&e.origin, hints, cat, trigger, blocker))
        .collect();
    parts.join(" ")
}

/// One piece of evidence in words.
pub(crate) fn origin_text(
    origin: &Origin,
    hints: &MapHints,
    cat: &Catalogue,
    trigger: Option<TriggerId>,
    blocker: Option<BlockerId>,
) -> String {
    let t = &cat.thresholds;
    let (tx, w) = (&cat.texts, &cat.texts.checks);
    match origin {
        Origin::Engineers(e) => {
            let engineers = tx.nouns.engineer.count(*e);
            match (trigger, blocker) {
                (Some(TriggerId::OrgSize), _) => w
                    .engineers_org
                    .render(&[("engineers", &engineers), ("at", &t.org_trigger_at.to_string())]),
                (_, Some(BlockerId::SmallTeam)) => w
                    .engineers_small
                    .render(&[("engineers", &engineers), ("at", &t.small_team_below.to_string())]),
                _ => w.engineers.render(&[("engineers", &engineers)]),
            }
        }
        Origin::Stage(stage) => w.stage.render(&[(
            "stage",
            &tx.quoted(&cat.stage(*stage).map(|s| s.label.clone()).unwrap_or_default()),
        )]),
        Origin::Factor { factor, option, from_map } => {
            if *from_map {
                if let Some((_, ev)) = hints.implied.get(factor) {
                    return map_text(ev, tx);
                }
            }
            let def = cat.factor(*factor);
            let dimension = def.map(|f| f.dimension.clone()).unwrap_or_default();
            let label = def
                .and_then(|f| f.options.get(*option))
                .map(|o| o.label.clone())
                .unwrap_or_default();
            w.factor.render(&[("answer", &label), ("question", &dimension.to_lowercase())])
        }
        Origin::Readiness { score, missing } => {
            let score = format!("{:.0}", score.floor());
            if missing.is_empty() {
                w.readiness_complete.render(&[("score", &score)])
            } else {
                let names: Vec<String> =
                    missing.iter().map(|c| cat.capability_in_sentence(*c)).collect();
                let missing = names.join(&w.missing_separator.render(&[]));
                w.readiness_missing.render(&[("score", &score), ("missing", &missing)])
            }
        }
    }
}

/// Map evidence in words.
pub(crate) fn map_text(ev: &MapEvidence, t: &Texts) -> String {
    let w = &t.checks;
    match ev {
        MapEvidence::HotLoad { module, ratio } => {
            w.hot_load.render(&[("module", module), ("ratio", &format!("{ratio:.0}"))])
        }
        MapEvidence::EvenLoad { .. } => w.even_load.render(&[]),
        MapEvidence::AvailabilitySpread { low, high } => w
            .availability_spread
            .render(&[("low", &t.availability(*low)), ("high", &t.availability(*high))]),
        MapEvidence::OneAvailability { target } => {
            w.one_availability.render(&[("target", &t.availability(*target))])
        }
        MapEvidence::CadenceSpread { fast, slow } => {
            w.cadence_spread.render(&[("fast", &t.cadence(*fast)), ("slow", &t.cadence(*slow))])
        }
        MapEvidence::OneCadence { cadence } => {
            w.one_cadence.render(&[("cadence", &t.cadence(*cadence))])
        }
        MapEvidence::Heavy { module, profile } => {
            w.heavy.render(&[("module", module), ("resource", &t.resource(*profile))])
        }
        MapEvidence::BusiestApart { module } => w.busiest_apart.render(&[("module", module)]),
        MapEvidence::HeavyApart { module } => w.heavy_apart.render(&[("module", module)]),
    }
}
