//! The outcomes the engine can reach: the verdicts and the need × readiness quadrants. A leaf
//! module: the catalogue names them (points, wording) and the verdict module decides them, so
//! both depend on this one and neither on the other.

use serde::{Deserialize, Serialize};

/// The five possible verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// Stay a single, simple deployable.
    #[serde(rename = "Monolith")]
    Monolith,
    /// Stay one deployable, with enforced module boundaries.
    #[serde(rename = "ModularMonolith")]
    ModularMonolith,
    /// A modular monolith plus one (or very few) extracted services.
    #[serde(rename = "SelectiveExtraction")]
    SelectiveExtraction,
    /// A phased migration to microservices.
    #[serde(rename = "Migration")]
    Migration,
    /// Not ready yet: build the operational foundation first.
    #[serde(rename = "NotReady")]
    NotReady,
    /// Services already run but behave as one (a distributed monolith), or more run than the
    /// organisation can own and operate: merge what moves together, keep what is independent.
    #[serde(rename = "Consolidate")]
    Consolidate,
    /// Everything already runs as services, and every one of them is worth keeping: no
    /// migration either way; look after the estate (owners, shared data, call chains).
    #[serde(rename = "KeepServices")]
    KeepServices,
}

impl Verdict {
    /// Every verdict, simplest first. This is also the tie-break order of the scorecard
    /// (consolidation is decided by its own rule, before the scorecard).
    pub const ALL: [Verdict; 7] = [
        Verdict::Monolith,
        Verdict::ModularMonolith,
        Verdict::SelectiveExtraction,
        Verdict::NotReady,
        Verdict::Migration,
        Verdict::Consolidate,
        Verdict::KeepServices,
    ];

    /// True for the verdicts that keep one deployable and extract nothing.
    pub fn stays(self) -> bool {
        matches!(self, Verdict::Monolith | Verdict::ModularMonolith)
    }

    /// True for the verdicts whose plan moves parts out into services (now or after the
    /// foundation).
    pub fn extracts(self) -> bool {
        matches!(self, Verdict::SelectiveExtraction | Verdict::Migration | Verdict::NotReady)
    }

    /// True for the verdicts decided by the services that run today rather than by the
    /// scorecard: consolidating them, or keeping them.
    pub fn about_estate(self) -> bool {
        matches!(self, Verdict::Consolidate | Verdict::KeepServices)
    }

    /// The verdict's name.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Monolith => "Monolith",
            Verdict::ModularMonolith => "Modular monolith",
            Verdict::SelectiveExtraction => "Modular monolith + selective extraction",
            Verdict::Migration => "Microservices migration",
            Verdict::NotReady => "Not ready yet: build the foundation first",
            Verdict::Consolidate => "Consolidate the services",
            Verdict::KeepServices => "Keep the services you run",
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
            Verdict::Consolidate => "consolidate",
            Verdict::KeepServices => "keep_services",
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
                 really behaves differently: the one that must scale, fail or ship on its \
                 own. One well-chosen service solves the concrete problem without taking on \
                 the cost of a full migration."
            }
            Verdict::Migration => {
                "Several independent pressures point the same way, and most of what running \
                 services takes is in place. Migrate in phases with the strangler pattern: \
                 clear module boundaries first, then one service on its own, then waves \
                 behind feature flags, the databases split last; stop adding services once the actual problem \
                 is solved."
            }
            Verdict::NotReady => {
                "The pressure to split is real, but operational basics that services depend on \
                 are missing. Splitting now would multiply outages instead of reducing them. \
                 Build what is missing first, modularise the monolith meanwhile, then ask again."
            }
            Verdict::Consolidate => {
                "Services already run, but more of them than the teams and the answers justify, \
                 or some that cannot ship, scale or fail on their own. Merge what always moves \
                 together, give shared data one owner, and keep only the services that earn their \
                 place."
            }
            Verdict::KeepServices => {
                "Everything already runs as services, and the teams can own every one of them. \
                 Neither a migration nor a merger would pay for itself: keep the estate, and spend the effort where services hurt over time, namely one owner for \
                 every piece of data, short call chains and contracts between the teams."
            }
        }
    }
}

/// Where the team sits on the need × readiness chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// Little pressure to split, little ability to run services.
    #[serde(rename = "KeepItSimple")]
    KeepItSimple,
    /// Little pressure to split, but able to run services.
    #[serde(rename = "CapableNoNeed")]
    CapableNoNeed,
    /// Strong pressure to split, not able to run services yet.
    #[serde(rename = "FoundationFirst")]
    FoundationFirst,
    /// Strong pressure to split and able to run services.
    #[serde(rename = "ReadyToSplit")]
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
