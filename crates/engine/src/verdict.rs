//! The verdict: which of six shapes fits, by how much, and why.
//!
//! The verdict comes from a scorecard kept in the catalogue: each verdict's fit is the sum of
//! a handful of signals (need, readiness, how many independent triggers hold, a single hot
//! spot, growth, how many reasons not to break hold) times the points the catalogue gives that
//! verdict for that signal. Hard rules sit on top, so that no tuning of the points can break
//! them, and each names itself when it rules a verdict out:
//! - a migration (or "not ready yet") needs two or more *independent* split triggers (triggers
//!   that all point at one part of the domain map count once), 20 or more engineers, and two
//!   or more parts worth extracting; a migration also needs the minimum readiness;
//! - a selective extraction needs a trigger or a hot spot;
//! - when services already run and fewer of them are worth keeping than run today, the verdict
//!   is a consolidation, before anything else.
//!
//! The winner is the eligible verdict with the highest fit; the margin is its lead over the
//! next eligible one. Ties go to the simpler, more conservative verdict.

use super::assess::Assessment;
use super::catalogue::{finite, unit, Catalogue, Feature, Source};
use serde::{Deserialize, Serialize};

pub use super::outcome::{Quadrant, Verdict};

/// The quadrant with its wording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuadrantReport {
    /// Which quadrant.
    pub quadrant: Quadrant,
    /// Its name.
    pub label: String,
    /// What it means.
    pub explanation: String,
}

/// How sure the engine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ConfidenceLevel {
    /// Few answers, or a narrow margin.
    Low,
    /// Most answers, a reasonable margin.
    Medium,
    /// Nearly everything answered and a clear margin.
    High,
}

/// Confidence as a level and a score from 0 to 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    /// The level shown to the user.
    pub level: ConfidenceLevel,
    /// The underlying score, 0 to 1.
    pub score: f64,
}

/// One reason behind the verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The reason in plain English.
    pub text: String,
    /// The id of the rule that produced it ("trigger.org_size", "rule.two_triggers").
    pub rule: String,
    /// Where the rule comes from.
    pub source: Source,
}

/// The fit of one verdict on the scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerdictFit {
    /// Which verdict.
    pub verdict: Verdict,
    /// Its fit, 0 to 100.
    pub fit: f64,
    /// False when a hard rule rules it out whatever its fit.
    pub eligible: bool,
    /// The hard rule that rules it out, in words ("needs two or more independent split
    /// triggers; one holds"); empty when eligible.
    pub ruled_out_by: String,
}

/// The verdict with everything needed to explain it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerdictReport {
    /// The winner.
    pub verdict: Verdict,
    /// Its name.
    pub label: String,
    /// One paragraph on what it means.
    pub summary: String,
    /// The next best eligible verdict.
    pub runner_up: Verdict,
    /// Fit points between winner and runner-up (0–100).
    pub margin: f64,
    /// False when the margin is below the catalogue's threshold ("no clear winner").
    pub clear_winner: bool,
    /// The lead in words, from the fits as the page shows them ("Leads “Monolith” by 25
    /// points."; for a consolidation, how many of today's services merge away).
    pub lead: String,
    /// How sure the engine is.
    pub confidence: Confidence,
    /// Every verdict's fit, in [`Verdict::ALL`] order.
    pub fits: Vec<VerdictFit>,
    /// Why, most important first.
    pub reasons: Vec<Reason>,
    /// What to keep in mind: missing answers, ignored input, conflicts.
    pub caveats: Vec<String>,
}

/// The numeric outcome of the scorecard, without any text. Cheap enough to compute dozens of
/// times for the sensitivity analysis.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Decision {
    pub verdict: Verdict,
    pub runner_up: Verdict,
    pub margin: f64,
    pub fits: Vec<VerdictFit>,
    /// Set when the verdict is [`Verdict::Consolidate`] or [`Verdict::KeepServices`]: services
    /// running today and how many to keep (all of them, for the second).
    pub consolidation: Option<Consolidation>,
}

/// The numbers behind a consolidation verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Consolidation {
    /// Services running today.
    pub today: u32,
    /// Services worth keeping.
    pub keep: u32,
}

/// The value of one scorecard feature for an assessment.
pub(crate) fn feature_value(feature: Feature, a: &Assessment, cat: &Catalogue) -> f64 {
    let t = &cat.thresholds;
    let min_triggers = t.migration_min_triggers.max(1);
    let independent = a.independent();
    let two_plus = if independent >= min_triggers { 1.0 } else { 0.0 };
    let gate = readiness_gate(a.readiness, t.readiness_gate);
    match feature {
        Feature::Bias => 1.0,
        Feature::Need => unit(a.need / 100.0),
        Feature::Readiness => unit(a.readiness / 100.0),
        Feature::OneTrigger => {
            if independent == 1 {
                1.0
            } else {
                0.0
            }
        }
        Feature::TwoPlusTriggers => two_plus,
        Feature::TwoPlusReady => two_plus * gate,
        Feature::TwoPlusUnready => two_plus * (1.0 - gate),
        Feature::ExtraTriggers => unit(f64::from(independent.saturating_sub(2)) / 3.0),
        Feature::HotSpot => {
            if a.hot_spot.is_some() {
                1.0
            } else {
                0.0
            }
        }
        Feature::Growth => unit(a.growth),
        Feature::Blockers => unit(f64::from(a.blocker_count) / 5.0),
    }
}

/// 0 below the gate's lower edge, 1 above its upper edge, linear between.
pub(crate) fn readiness_gate(readiness: f64, (lo, hi): (f64, f64)) -> f64 {
    let lo = finite(lo, 40.0);
    let hi = finite(hi, 70.0);
    if hi <= lo {
        // A degenerate gate is a step at its lower edge.
        return if readiness >= lo { 1.0 } else { 0.0 };
    }
    unit((readiness - lo) / (hi - lo))
}

/// The hard rule that rules a verdict out, in words; `None` when the verdict is allowed.
fn ruled_out(verdict: Verdict, a: &Assessment, ctx: &Context, cat: &Catalogue) -> Option<String> {
    let t = &cat.thresholds;
    let w = &cat.texts.verdict;
    let min_triggers = t.migration_min_triggers.max(1);
    let independent = a.independent();
    let pressures = || {
        if independent < min_triggers {
            let held = if a.trigger_count > independent {
                w.held_one_part
                    .render(&[("triggers", &cat.texts.nouns.trigger.count(a.trigger_count))])
            } else if independent == 0 {
                w.held_none.render(&[])
            } else {
                w.held_one.render(&[])
            };
            Some(w.needs_triggers.render(&[("min", &min_triggers.to_string()), ("held", &held)]))
        } else {
            None
        }
    };
    let small = || {
        ctx.engineers.filter(|&e| e < t.small_team_below).map(|e| {
            w.needs_engineers
                .render(&[("min", &t.small_team_below.to_string()), ("engineers", &e.to_string())])
        })
    };
    let worth = || {
        (ctx.split_target < 2).then(|| {
            let stands = if ctx.extractable == Some(0) {
                // The map holds parts that differ, but every cluster holds the core.
                &w.stands_stuck
            } else if ctx.split_target == 1 {
                &w.stands_one
            } else {
                &w.stands_none
            };
            w.needs_parts.render(&[("stands", &stands.render(&[]))])
        })
    };
    match verdict {
        Verdict::Monolith | Verdict::ModularMonolith => None,
        Verdict::SelectiveExtraction => {
            if a.hot_spot.is_none() && a.trigger_count == 0 {
                Some(w.needs_trigger_or_part.render(&[]))
            } else if let Some(e) = ctx.engineers.filter(|&e| e <= t.tiny_team_at_most) {
                Some(w.needs_more_than.render(&[
                    ("max", &t.tiny_team_at_most.to_string()),
                    ("engineers", &e.to_string()),
                ]))
            } else if ctx.extractable == Some(0) {
                Some(w.needs_part_that_leaves.render(&[]))
            } else {
                None
            }
        }
        // Nothing to migrate from: a new system starts as one deployable with its boundaries
        // drawn (Seams' own, after 000 and 004's advice to start with a monolith). Waiting to
        // migrate is a migration too: a system not yet built builds its foundation as it grows.
        Verdict::Migration | Verdict::NotReady if ctx.greenfield => {
            Some(w.needs_system.render(&[]))
        }
        Verdict::NotReady => pressures().or_else(small).or_else(worth),
        Verdict::Migration => pressures()
            .or_else(|| {
                let min = finite(t.migration_min_readiness, 55.0);
                (a.readiness < min).then(|| {
                    w.needs_readiness.render(&[
                        ("min", &format!("{min:.0}")),
                        ("readiness", &format!("{:.0}", a.readiness.floor())),
                    ])
                })
            })
            .or_else(small)
            .or_else(worth),
        Verdict::Consolidate => match (ctx.estate, ctx.consolidation) {
            (None, _) => Some(w.consolidate_no_services.render(&[])),
            (Some(_), None) => Some(w.consolidate_all_kept.render(&[])),
            (Some(_), Some(_)) => None,
        },
        Verdict::KeepServices => match ctx.estate {
            Some(e) if !e.all_services || e.today < 2 => Some(w.keep_not_all_services.render(&[])),
            None => Some(w.keep_not_all_services.render(&[])),
            Some(_) if ctx.consolidation.is_some() => Some(w.keep_some_merge.render(&[])),
            Some(e) if ctx.grows(e) => Some(w.keep_more_needed.render(&[])),
            Some(_) => None,
        },
    }
}

/// What the hard rules need to know beyond the assessment, computed cheaply from the answers
/// and the domain map (see `services::context`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Context {
    /// Engineers, when answered.
    pub engineers: Option<u32>,
    /// Services a migration would aim for (see `services::split_target`).
    pub split_target: u32,
    /// Clusters of the domain map that can leave the core, when there is a map.
    pub extractable: Option<u32>,
    /// The services that run today, when the team already runs some.
    pub estate: Option<Estate>,
    /// Set by [`decide`] when the verdict is a consolidation.
    pub consolidation: Option<Consolidation>,
    /// Set by [`decide`]: the scorecard's winner.
    pub scorecard: Option<Verdict>,
    /// Nothing is built yet.
    pub greenfield: bool,
}

impl Context {
    /// True when a migration would aim for at least twice the services that run today: the
    /// estate is too small for the organisation, and splitting further is a migration of its
    /// own. Short of that, the services that run answer the pressures, and a team that outgrows
    /// its service splits it on its own (Seams' own rule).
    fn grows(&self, e: Estate) -> bool {
        self.scorecard == Some(Verdict::Migration)
            && u64::from(self.split_target) >= 2 * u64::from(e.today)
    }
}

/// The services a team runs today, and what limits how many of them are worth keeping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Estate {
    /// Services running today.
    pub today: u32,
    /// Units on the domain map once call cycles and shared writers are merged, when the map
    /// describes the services themselves.
    pub units: Option<u32>,
    /// Units that behave differently from the rest, plus one for everything else, when the
    /// map describes the services.
    pub divergent_plus_rest: Option<u32>,
    /// Services the teams can own.
    pub owners: u32,
    /// Services today's operations people can run.
    pub operable: u32,
    /// True when everything runs as services (no monolith at the centre).
    pub all_services: bool,
    /// Teams that ship the product.
    pub teams: u32,
}

impl Estate {
    /// How many of today's services are worth keeping under a scorecard verdict: no more than
    /// the map's independent units or the teams can own; and when nothing
    /// presses to split, only the parts that behave differently plus one for the rest, or one
    /// per team when there are more teams than that (a team may keep a service of its own).
    pub(crate) fn keep(&self, verdict: Verdict) -> u32 {
        let mut k = self.units.unwrap_or(self.today).min(self.today);
        // Operations capacity caps no count: too few people to run the services that are worth
        // keeping is a reason to grow operations, which costs less than merging them.
        k = k.min(self.owners.max(1));
        // Which services differ is the map's to say: without one, nobody knows, and the
        // owning limit alone decides (Seams' own).
        if let (true, Some(differ)) = (
            self.all_services
                && matches!(
                    verdict,
                    Verdict::Monolith | Verdict::ModularMonolith | Verdict::SelectiveExtraction
                ),
            self.divergent_plus_rest,
        ) {
            k = k.min(differ.max(self.teams));
        }
        k.max(1)
    }
}

/// Scores every verdict and picks the winner. When services already run and fewer are worth
/// keeping than run today, the verdict is a consolidation whatever the scorecard says.
pub(crate) fn decide(a: &Assessment, ctx: &Context, cat: &Catalogue) -> Decision {
    let mut fits: Vec<VerdictFit> = Verdict::ALL
        .iter()
        .filter(|v| !v.about_estate())
        .map(|&verdict| {
            let raw: f64 = cat
                .scorecard
                .iter()
                .map(|row| {
                    feature_value(row.feature, a, cat) * finite(row.points.get(verdict), 0.0)
                })
                .sum();
            let rule = ruled_out(verdict, a, ctx, cat);
            VerdictFit {
                verdict,
                fit: finite(raw, 0.0).clamp(0.0, 100.0),
                eligible: rule.is_none(),
                ruled_out_by: rule.unwrap_or_default(),
            }
        })
        .collect();

    // Strictly greater wins, so on a tie the earlier (simpler) verdict in ALL stays ahead.
    let mut best: Option<&VerdictFit> = None;
    let mut second: Option<&VerdictFit> = None;
    for f in fits.iter().filter(|f| f.eligible) {
        match best {
            Some(b) if f.fit <= b.fit => {
                if second.is_none_or(|s| f.fit > s.fit) {
                    second = Some(f);
                }
            }
            _ => {
                second = best;
                best = Some(f);
            }
        }
    }
    let verdict = best.map(|f| f.verdict).unwrap_or(Verdict::Monolith);
    let top = best.map(|f| f.fit).unwrap_or(0.0);
    let (runner_up, next) = match second {
        Some(s) => (s.verdict, s.fit),
        None => (
            if verdict == Verdict::Monolith { Verdict::ModularMonolith } else { Verdict::Monolith },
            0.0,
        ),
    };
    let margin = (top - next).clamp(0.0, 100.0);

    // Consolidation comes first: a distributed monolith is the worst of both shapes, so
    // whatever else the answers say, merging what moves together is the first move.
    let consolidation = ctx
        .estate
        .map(|e| Consolidation { today: e.today, keep: e.keep(verdict) })
        .filter(|c| c.today >= 2 && c.keep < c.today);
    let fit = consolidation
        .map(|c| 100.0 * f64::from(c.today - c.keep) / f64::from(c.today.max(1)))
        .unwrap_or(0.0);
    let ctx_for_rule = Context { consolidation, scorecard: Some(verdict), ..*ctx };
    let rule = ruled_out(Verdict::Consolidate, a, &ctx_for_rule, cat);
    // Consolidation is an option only for a team that runs services.
    if ctx.estate.is_some() {
        fits.push(VerdictFit {
            verdict: Verdict::Consolidate,
            fit: finite(fit, 0.0).clamp(0.0, 100.0),
            eligible: rule.is_none(),
            ruled_out_by: rule.unwrap_or_default(),
        });
    }
    // Keeping the services is an option only where everything runs as services; its fit is the
    // share of today's services worth keeping.
    let keep_rule = ruled_out(Verdict::KeepServices, a, &ctx_for_rule, cat);
    if let Some(e) = ctx.estate.filter(|e| e.all_services) {
        let kept = consolidation.map_or(e.today, |c| c.keep);
        fits.push(VerdictFit {
            verdict: Verdict::KeepServices,
            fit: (100.0 * f64::from(kept) / f64::from(e.today.max(1))).clamp(0.0, 100.0),
            eligible: keep_rule.is_none(),
            ruled_out_by: keep_rule.clone().unwrap_or_default(),
        });
    }
    match (consolidation, ctx.estate) {
        // The margin of a consolidation is the share of today's services that merge away.
        (Some(_), _) => Decision {
            verdict: Verdict::Consolidate,
            runner_up: verdict,
            margin: finite(fit, 0.0).clamp(0.0, 100.0),
            fits,
            consolidation,
        },
        // Everything runs as services and every one is worth keeping: the estate already
        // answers the pressures the scorecard reads, so the scorecard's winner is the runner-up
        // and its margin says how clearly the answers read.
        (None, Some(e)) if keep_rule.is_none() => Decision {
            verdict: Verdict::KeepServices,
            runner_up: verdict,
            margin,
            fits,
            consolidation: Some(Consolidation { today: e.today, keep: e.today }),
        },
        _ => Decision { verdict, runner_up, margin, fits, consolidation: None },
    }
}

/// Confidence from how complete the answers are, how wide the margin is, and whether one
/// small change of answer (the next option of a question, the next band of a number, one
/// capability) would flip the verdict.
///
/// The margin counts with diminishing returns (`margin / (margin + half)`), so a score of
/// 100 is out of reach: no set of answers makes an architecture decision certain. A fragile
/// verdict loses the robustness share and so can never reach "high"; a photo finish (no clear
/// winner) is never "high" either.
pub(crate) fn confidence(
    completeness: f64,
    margin: f64,
    clear_winner: bool,
    fragile: bool,
    cat: &Catalogue,
) -> Confidence {
    let t = &cat.thresholds;
    let c_share = unit(t.confidence_completeness_share);
    let r_share = unit(t.confidence_robust_share).min(1.0 - c_share);
    let m_share = 1.0 - c_share - r_share;
    let half = finite(t.confidence_margin_half, 10.0).max(1.0);
    let m = finite(margin, 0.0).max(0.0);
    let score = unit(
        c_share * unit(completeness)
            + m_share * (m / (m + half))
            + if fragile { 0.0 } else { r_share },
    );
    let mut level = if score >= t.confidence_high_at {
        ConfidenceLevel::High
    } else if score >= t.confidence_medium_at {
        ConfidenceLevel::Medium
    } else {
        ConfidenceLevel::Low
    };
    let mut score = score;
    if (fragile || !clear_winner) && level == ConfidenceLevel::High {
        level = ConfidenceLevel::Medium;
        score = below_high(score, cat);
    }
    Confidence { level, score }
}

/// A score held below High shows a figure below High's line, so that a "Medium (95/100)" never
/// reads as a near-certain verdict.
pub(crate) fn below_high(score: f64, cat: &Catalogue) -> f64 {
    let line = cat.thresholds.confidence_high_at;
    if line.is_finite() && line > 0.0 {
        score.min(line - 0.01)
    } else {
        score
    }
}
