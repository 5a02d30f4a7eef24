//! The verdict: which of five shapes fits, by how much, and why.
//!
//! The verdict comes from a scorecard kept in the catalogue: each verdict's fit is the sum of
//! a handful of signals (need, readiness, how many triggers hold, a single hot spot, growth,
//! how many reasons not to break hold) times the points the catalogue gives that verdict for
//! that signal. Two hard rules sit on top, so that no tuning of the points can break them:
//! a migration (or "not ready yet") needs at least two split triggers, and a migration needs
//! the minimum readiness; a selective extraction needs a trigger or a hot spot. The winner is
//! the eligible verdict with the highest fit; the margin is its lead over the next eligible
//! one. Ties go to the simpler, more conservative verdict.

use super::assess::Assessment;
use super::catalogue::{finite, unit, Catalogue, Feature, Source};
use serde::{Deserialize, Serialize};

/// The five possible verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// Stay a single, simple deployable.
    Monolith,
    /// Stay one deployable, with enforced module boundaries.
    ModularMonolith,
    /// A modular monolith plus one (or very few) extracted services.
    SelectiveExtraction,
    /// A phased migration to microservices.
    Migration,
    /// Not ready yet: build the operational foundation first.
    NotReady,
}

impl Verdict {
    /// Every verdict, simplest first. This is also the tie-break order.
    pub const ALL: [Verdict; 5] = [
        Verdict::Monolith,
        Verdict::ModularMonolith,
        Verdict::SelectiveExtraction,
        Verdict::NotReady,
        Verdict::Migration,
    ];

    /// The verdict's name.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Monolith => "Monolith",
            Verdict::ModularMonolith => "Modular monolith",
            Verdict::SelectiveExtraction => "Modular monolith + selective extraction",
            Verdict::Migration => "Microservices migration",
            Verdict::NotReady => "Not ready yet: build the foundation first",
        }
    }

    /// A stable snake_case id.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Monolith => "monolith",
            Verdict::ModularMonolith => "modular_monolith",
            Verdict::SelectiveExtraction => "selective_extraction",
            Verdict::Migration => "migration",
            Verdict::NotReady => "not_ready",
        }
    }

    /// One paragraph on what the verdict means (the standard wording).
    pub fn summary(self) -> &'static str {
        match self {
            Verdict::Monolith => {
                "Keep one codebase and one deployable. Nothing in your answers is \
                 pushing hard enough to pay for network calls, distributed tracing and more \
                 people on operations. Spend the effort on the product, keep the code tidy, \
                 and come back to this question when one of the listed thresholds is crossed."
            }
            Verdict::ModularMonolith => {
                "Stay one deployable, but give it real internal walls: one module per \
                 business area, each with a small public interface, and checks that stop \
                 code reaching across. You get most of the clarity of services at none of \
                 their running cost, and any later extraction becomes a move rather than a \
                 rewrite."
            }
            Verdict::SelectiveExtraction => {
                "Keep a modular monolith at the centre and pull out only the part that \
                 really behaves differently, such as a CPU-hungry component that must scale \
                 on its own. One well-chosen service solves the concrete problem without \
                 taking on the cost of a full migration."
            }
            Verdict::Migration => {
                "Several independent pressures point the same way and your operations can \
                 carry services. Migrate in phases with the strangler pattern: modularise \
                 first, extract one service at a time behind feature flags, split the \
                 databases last, and stop adding services once the actual problem is solved."
            }
            Verdict::NotReady => {
                "The pressure to split is real, but the operational basics that services \
                 depend on are missing. Splitting now would multiply outages instead of \
                 reducing them. Build the foundation first (automated delivery, central logs, \
                 metrics, tracing, an on-call rota), modularise meanwhile, then ask again."
            }
        }
    }
}

/// Where the team sits on the need × readiness chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// Little pressure to split, little ability to run services.
    KeepItSimple,
    /// Little pressure to split, but able to run services.
    CapableNoNeed,
    /// Strong pressure to split, not able to run services yet.
    FoundationFirst,
    /// Strong pressure to split and able to run services.
    ReadyToSplit,
}

impl Quadrant {
    /// Every quadrant.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::KeepItSimple,
        Quadrant::CapableNoNeed,
        Quadrant::FoundationFirst,
        Quadrant::ReadyToSplit,
    ];
}

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
}

/// The value of one scorecard feature for an assessment.
pub(crate) fn feature_value(feature: Feature, a: &Assessment, cat: &Catalogue) -> f64 {
    let t = &cat.thresholds;
    let min_triggers = t.migration_min_triggers.max(1);
    let two_plus = if a.trigger_count >= min_triggers { 1.0 } else { 0.0 };
    let gate = readiness_gate(a.readiness, t.readiness_gate);
    match feature {
        Feature::Bias => 1.0,
        Feature::Need => unit(a.need / 100.0),
        Feature::Readiness => unit(a.readiness / 100.0),
        Feature::OneTrigger => {
            if a.trigger_count == 1 {
                1.0
            } else {
                0.0
            }
        }
        Feature::TwoPlusTriggers => two_plus,
        Feature::TwoPlusReady => two_plus * gate,
        Feature::TwoPlusUnready => two_plus * (1.0 - gate),
        Feature::ExtraTriggers => unit(f64::from(a.trigger_count.saturating_sub(2)) / 3.0),
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

/// Whether the hard rules allow a verdict at all.
fn eligible(verdict: Verdict, a: &Assessment, cat: &Catalogue) -> bool {
    let t = &cat.thresholds;
    let min_triggers = t.migration_min_triggers.max(1);
    match verdict {
        Verdict::Monolith | Verdict::ModularMonolith => true,
        Verdict::SelectiveExtraction => a.hot_spot.is_some() || a.trigger_count >= 1,
        Verdict::NotReady => a.trigger_count >= min_triggers,
        Verdict::Migration => {
            a.trigger_count >= min_triggers
                && a.readiness >= finite(t.migration_min_readiness, 55.0)
        }
    }
}

/// Scores every verdict and picks the winner.
pub(crate) fn decide(a: &Assessment, cat: &Catalogue) -> Decision {
    let fits: Vec<VerdictFit> = Verdict::ALL
        .iter()
        .map(|&verdict| {
            let raw: f64 = cat
                .scorecard
                .iter()
                .map(|row| {
                    feature_value(row.feature, a, cat) * finite(row.points.get(verdict), 0.0)
                })
                .sum();
            VerdictFit {
                verdict,
                fit: finite(raw, 0.0).clamp(0.0, 100.0),
                eligible: eligible(verdict, a, cat),
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
    Decision { verdict, runner_up, margin: (top - next).clamp(0.0, 100.0), fits }
}

/// Confidence from how complete the answers are and how wide the margin is.
pub(crate) fn confidence(
    completeness: f64,
    margin: f64,
    clear_winner: bool,
    cat: &Catalogue,
) -> Confidence {
    let t = &cat.thresholds;
    let share = unit(t.confidence_completeness_share);
    let full = finite(t.confidence_margin_full, 30.0).max(1.0);
    let score = unit(share * unit(completeness) + (1.0 - share) * unit(margin / full));
    let mut level = if score >= t.confidence_high_at {
        ConfidenceLevel::High
    } else if score >= t.confidence_medium_at {
        ConfidenceLevel::Medium
    } else {
        ConfidenceLevel::Low
    };
    // A photo finish is never "high" confidence, however complete the answers.
    if !clear_winner && level == ConfidenceLevel::High {
        level = ConfidenceLevel::Medium;
    }
    Confidence { level, score }
}
