//! The rubric as data: every factor, option, weight, threshold, phase and text the engine uses.
//!
//! The engine's code holds the *shape* of the reasoning (how a need score is averaged, how a
//! plan is sequenced); every *number* and every sentence a user reads comes from a
//! [`Catalogue`]. [`Catalogue::standard`] is the rubric distilled from the five source
//! articles; it round-trips through JSON so that an organisation can audit it and supply its
//! own. A catalogue from outside is never trusted blindly: non-finite or negative weights are
//! read as zero, missing entries fall back to neutral behaviour, and nothing panics.

use super::answers::{Capability, FactorId, ProductStage, Stack, TrafficBand};
use super::outcome::{Quadrant, Verdict};
use serde::{Deserialize, Serialize};

/// A source of the rules, by its id in the rubric's `sources` list: one of the five articles
/// the standard rubric is distilled from, or whatever an organisation cites (an internal
/// standard, a decision record). The id is data, so a rubric can add sources of its own.
///
/// A `Source` is a copyable handle: ids read from a rubric are interned once, so the few
/// distinct ids a session ever sees are kept, and copying one costs nothing.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source(&'static str);

#[allow(non_upper_case_globals)]
impl Source {
    /// Seed 000: "Monolith or Microservices: Architecture Choices for Python Developers".
    pub const ArchitectureChoicesForPython: Source = Source("ArchitectureChoicesForPython");
    /// Seed 001: untitled in the original; cited by a descriptive title.
    pub const MicroservicesTrap: Source = Source("MicroservicesTrap");
    /// Seed 002: "Microservices vs. Monolithic: A Friendly Guide for Backend Developers".
    pub const FriendlyGuide: Source = Source("FriendlyGuide");
    /// Seed 003: "Python Microservices Architecture: When to Break the Monolith and How".
    pub const WhenToBreakTheMonolith: Source = Source("WhenToBreakTheMonolith");
    /// Seed 004: "Monolith vs Microservices: My Approach with Next.js, Django, and FastAPI".
    pub const MyApproach: Source = Source("MyApproach");

    /// The five articles of the standard rubric, in seed order.
    pub const SEEDS: [Source; 5] = [
        Source::ArchitectureChoicesForPython,
        Source::MicroservicesTrap,
        Source::FriendlyGuide,
        Source::WhenToBreakTheMonolith,
        Source::MyApproach,
    ];

    /// The source with this id (interned: the same id always gives the same handle).
    pub fn new(id: &str) -> Source {
        use std::sync::Mutex;
        static SEEN: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
        if let Some(seed) = Source::SEEDS.iter().find(|s| s.0 == id) {
            return *seed;
        }
        let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = seen.iter().find(|s| **s == id) {
            return Source(known);
        }
        let kept: &'static str = Box::leak(id.to_string().into_boxed_str());
        seen.push(kept);
        Source(kept)
    }

    /// The id, as the rubric spells it.
    pub fn id(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Ok(Source::new(&id))
    }
}

/// A source with its bibliographic details, as the results page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceInfo {
    /// Its id, by which rules cite it.
    pub id: Source,
    /// Its full title.
    pub title: String,
    /// Its author, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Its year, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Where to read it: a web address, or a path on the same site for an internal standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Anything a reader should know about the citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The five split triggers (article 003). Two or more at once justify a migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TriggerId {
    /// The engineering organisation is past 50 people.
    #[serde(rename = "OrgSize")]
    OrgSize,
    /// Parts of the system scale on very different patterns.
    #[serde(rename = "ScalingProfiles")]
    ScalingProfiles,
    /// Parts of the system need different availability.
    #[serde(rename = "ReliabilityRequirements")]
    ReliabilityRequirements,
    /// A workload needs another language or runtime.
    #[serde(rename = "TechDiversity")]
    TechDiversity,
    /// Parts of the system ship at very different speeds.
    #[serde(rename = "CadenceMismatch")]
    CadenceMismatch,
}

impl TriggerId {
    /// Every trigger, in the article's order.
    pub const ALL: [TriggerId; 5] = [
        TriggerId::OrgSize,
        TriggerId::ScalingProfiles,
        TriggerId::ReliabilityRequirements,
        TriggerId::TechDiversity,
        TriggerId::CadenceMismatch,
    ];

    /// A stable snake_case id.
    pub fn as_str(self) -> &'static str {
        match self {
            TriggerId::OrgSize => "org_size",
            TriggerId::ScalingProfiles => "scaling_profiles",
            TriggerId::ReliabilityRequirements => "reliability_requirements",
            TriggerId::TechDiversity => "tech_diversity",
            TriggerId::CadenceMismatch => "cadence_mismatch",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            TriggerId::OrgSize => 0,
            TriggerId::ScalingProfiles => 1,
            TriggerId::ReliabilityRequirements => 2,
            TriggerId::TechDiversity => 3,
            TriggerId::CadenceMismatch => 4,
        }
    }
}

/// The five reasons not to break the monolith (article 003).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BlockerId {
    /// Fewer than 20 engineers.
    #[serde(rename = "SmallTeam")]
    SmallTeam,
    /// The product is still finding fit, or its boundaries still move.
    #[serde(rename = "FindingFit")]
    FindingFit,
    /// No component measurably constrains the system.
    #[serde(rename = "NoBottleneck")]
    NoBottleneck,
    /// The operational basics of running services are missing.
    #[serde(rename = "LimitedDevOps")]
    LimitedDevOps,
    /// One product shipped on one cadence.
    #[serde(rename = "SingleCadence")]
    SingleCadence,
}

impl BlockerId {
    /// Every blocker, in the article's order.
    pub const ALL: [BlockerId; 5] = [
        BlockerId::SmallTeam,
        BlockerId::FindingFit,
        BlockerId::NoBottleneck,
        BlockerId::LimitedDevOps,
        BlockerId::SingleCadence,
    ];

    /// A stable snake_case id.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockerId::SmallTeam => "small_team",
            BlockerId::FindingFit => "finding_fit",
            BlockerId::NoBottleneck => "no_bottleneck",
            BlockerId::LimitedDevOps => "limited_devops",
            BlockerId::SingleCadence => "single_cadence",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            BlockerId::SmallTeam => 0,
            BlockerId::FindingFit => 1,
            BlockerId::NoBottleneck => 2,
            BlockerId::LimitedDevOps => 3,
            BlockerId::SingleCadence => 4,
        }
    }
}

/// Where an answer sits between "stay a monolith" and "break to microservices".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Position {
    /// Squarely in the "stay" column.
    #[serde(rename = "Stay")]
    Stay,
    /// Closer to staying.
    #[serde(rename = "LeaningStay")]
    LeaningStay,
    /// In between.
    #[serde(rename = "Middle")]
    Middle,
    /// Closer to splitting.
    #[serde(rename = "LeaningSplit")]
    LeaningSplit,
    /// Squarely in the "split" column.
    #[serde(rename = "Split")]
    Split,
    /// Not answered yet.
    #[serde(rename = "Unknown")]
    Unknown,
}

impl Position {
    /// The position on a 0 (stay) to 1 (split) axis, `None` when unknown.
    pub fn value(self) -> Option<f64> {
        match self {
            Position::Stay => Some(0.0),
            Position::LeaningStay => Some(0.25),
            Position::Middle => Some(0.5),
            Position::LeaningSplit => Some(0.75),
            Position::Split => Some(1.0),
            Position::Unknown => None,
        }
    }
}

/// One decision factor: one wizard page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    /// Which factor.
    pub id: FactorId,
    /// A short name for the matrix and the sensitivity list ("Scaling pattern").
    pub dimension: String,
    /// The question as the page heading.
    pub question: String,
    /// "Why this matters", in a few sentences.
    #[serde(default)]
    pub why: String,
    /// Where the factor comes from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Weight of this factor in the need score.
    pub weight: f64,
    /// 2–5 options, ordered from the "stay" end to the "split" end. Triggers may only be
    /// raised more (and blockers less) further along the list; a catalogue test checks it.
    pub options: Vec<FactorOption>,
}

/// One answer to a factor, and what choosing it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorOption {
    /// Stable id stored in the answers ("uniform").
    pub id: String,
    /// The answer as the user reads it.
    pub label: String,
    /// A short hint under the label.
    #[serde(default)]
    pub hint: String,
    /// Its contribution to the need score, 0 (no pressure to split) to 1.
    pub need: f64,
    /// Its place in the decision matrix.
    pub position: Position,
    /// The split triggers this answer makes hold.
    #[serde(default)]
    pub raises_triggers: Vec<TriggerId>,
    /// The reasons not to break that this answer makes hold.
    #[serde(default)]
    pub raises_blockers: Vec<BlockerId>,
    /// The answer points at one divergent part that could be isolated on its own.
    #[serde(default)]
    pub hot_spot: bool,
    /// The answer requires transactions that span domains.
    #[serde(default)]
    pub needs_transactions: bool,
}

/// One operational capability and how much it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapabilityDef {
    /// Which capability.
    pub capability: Capability,
    /// Its name.
    pub label: String,
    /// Its name inside a sentence ("contract tests" for "Contract tests"); empty: the label with
    /// its first letter in lower case, unless it opens with an abbreviation ("CI/CD", "API").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub in_sentence: String,
    /// One line on what it is and why services need it.
    #[serde(default)]
    pub explanation: String,
    /// Its weight in the readiness score.
    pub weight: f64,
    /// Without it, running services is reckless: each missing essential caps the readiness.
    #[serde(default)]
    pub essential: bool,
    /// Where it comes from.
    pub source: Source,
}

/// A band of a numeric context answer (engineers, teams, operations headcount).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Smallest value in the band; the band runs to the next band's minimum.
    pub min: u32,
    /// A typical value, used when sensitivity tries this band.
    pub representative: u32,
    /// The band in words ("20 to 49").
    pub label: String,
    /// Contribution to the need score.
    pub need: f64,
    /// Contribution to the growth signal (how much the codebase and organisation grow).
    pub growth: f64,
    /// Place in the decision matrix.
    pub position: Position,
}

/// What a product stage means for the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageDef {
    /// Which stage.
    pub stage: ProductStage,
    /// The stage in words.
    pub label: String,
    /// Contribution to the need score.
    pub need: f64,
    /// Contribution to the growth signal.
    pub growth: f64,
    /// Place in the decision matrix.
    pub position: Position,
    /// Reasons not to break that this stage raises.
    #[serde(default)]
    pub raises_blockers: Vec<BlockerId>,
    /// Counts as "mature" for the 5-to-15-services guidance.
    #[serde(default)]
    pub mature: bool,
}

/// What a traffic band means for the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrafficDef {
    /// Which band.
    pub band: TrafficBand,
    /// The band in words.
    pub label: String,
    /// Contribution to the need score.
    pub need: f64,
    /// Place in the decision matrix.
    pub position: Position,
}

/// The wording and source of one trigger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerDef {
    /// Which trigger.
    pub id: TriggerId,
    /// Its name.
    pub label: String,
    /// What it means, in a sentence or two.
    pub explanation: String,
    /// Where it comes from.
    pub source: Source,
}

/// The wording and source of one reason not to break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockerDef {
    /// Which reason.
    pub id: BlockerId,
    /// Its name.
    pub label: String,
    /// What it means, in a sentence or two.
    pub explanation: String,
    /// Where it comes from.
    pub source: Source,
}

/// Which answer a matrix row reads the team's position from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatrixBasis {
    /// The engineers band.
    #[serde(rename = "Engineers")]
    Engineers,
    /// The product stage.
    #[serde(rename = "Stage")]
    Stage,
    /// The traffic band.
    #[serde(rename = "Traffic")]
    Traffic,
    /// The readiness score.
    #[serde(rename = "Readiness")]
    Readiness,
    /// The operations headcount band.
    #[serde(rename = "OpsHeadcount")]
    OpsHeadcount,
    /// One capability, in place or not.
    #[serde(rename = "Capability")]
    Capability(Capability),
    /// One factor's chosen option.
    #[serde(rename = "Factor")]
    Factor(FactorId),
}

/// One row of the decision matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixRowDef {
    /// Stable id ("team_size").
    pub id: String,
    /// The dimension's name.
    pub dimension: String,
    /// What the "stay a monolith" column says.
    pub stay: String,
    /// What the "break to microservices" column says.
    pub split: String,
    /// Where the team's own position comes from.
    pub basis: MatrixBasis,
    /// Where the row comes from.
    pub source: Source,
}

/// A signal the verdict scorecard reads. Every feature is a number from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Feature {
    /// Always 1: each verdict's base points.
    #[serde(rename = "Bias")]
    Bias,
    /// The need score / 100.
    #[serde(rename = "Need")]
    Need,
    /// The readiness score / 100.
    #[serde(rename = "Readiness")]
    Readiness,
    /// 1 when exactly one trigger holds.
    #[serde(rename = "OneTrigger")]
    OneTrigger,
    /// 1 when at least the migration minimum of triggers holds.
    #[serde(rename = "TwoPlusTriggers")]
    TwoPlusTriggers,
    /// TwoPlusTriggers × readiness gate (0 below the gate, 1 above, linear between).
    #[serde(rename = "TwoPlusReady")]
    TwoPlusReady,
    /// TwoPlusTriggers × (1 − readiness gate).
    #[serde(rename = "TwoPlusUnready")]
    TwoPlusUnready,
    /// Triggers beyond two, / 3, capped at 1.
    #[serde(rename = "ExtraTriggers")]
    ExtraTriggers,
    /// 1 when one divergent part stands out (resource-heavy, ten times the load, or a
    /// measured bottleneck).
    #[serde(rename = "HotSpot")]
    HotSpot,
    /// How much the organisation and codebase are growing (engineers, teams, stage).
    #[serde(rename = "Growth")]
    Growth,
    /// Share of the five reasons not to break that hold.
    #[serde(rename = "Blockers")]
    Blockers,
}

/// Points one feature gives each verdict.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictPoints {
    /// Points for "monolith".
    pub monolith: f64,
    /// Points for "modular monolith".
    pub modular_monolith: f64,
    /// Points for "modular monolith + selective extraction".
    pub selective_extraction: f64,
    /// Points for "microservices migration".
    pub migration: f64,
    /// Points for "not ready yet".
    pub not_ready: f64,
}

impl VerdictPoints {
    pub(crate) fn get(&self, verdict: Verdict) -> f64 {
        match verdict {
            Verdict::Monolith => self.monolith,
            Verdict::ModularMonolith => self.modular_monolith,
            Verdict::SelectiveExtraction => self.selective_extraction,
            Verdict::Migration => self.migration,
            Verdict::NotReady => self.not_ready,
            // Consolidating and keeping the services are decided by their own rules, not by
            // the scorecard.
            Verdict::Consolidate | Verdict::KeepServices => 0.0,
        }
    }
}

/// One row of the verdict scorecard: fit(v) = Σ feature × points(v).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreRow {
    /// The signal.
    pub feature: Feature,
    /// What it adds to (or takes from) each verdict.
    pub points: VerdictPoints,
}

/// The wording of one verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictText {
    /// Which verdict.
    pub verdict: Verdict,
    /// Its name.
    pub label: String,
    /// One paragraph on what it means.
    pub summary: String,
    /// The same paragraph for a team that already runs services, where it differs.
    #[serde(default)]
    pub summary_with_services: String,
    /// What the option has going for it, for the "options considered" of a decision record.
    #[serde(default)]
    pub pros: Vec<String>,
    /// What it costs or risks.
    #[serde(default)]
    pub cons: Vec<String>,
}

/// The wording of one need × readiness quadrant. A quadrant has one general entry (no
/// verdicts: its name, and the words when no entry below fits) and entries for the verdicts
/// that can land in it, so the chart's sentence agrees with the verdict above it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuadrantText {
    /// Which quadrant.
    pub quadrant: Quadrant,
    /// The verdicts these words are for; empty for the quadrant's general entry.
    #[serde(default)]
    pub verdicts: Vec<Verdict>,
    /// Its name.
    pub label: String,
    /// What being there means.
    pub explanation: String,
}

/// The phases a plan can contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PhaseId {
    /// Map the domain and refactor the monolith into clear modules.
    #[serde(rename = "Discovery")]
    Discovery,
    /// Extract the first service with the strangler pattern.
    #[serde(rename = "FirstExtraction")]
    FirstExtraction,
    /// Build what running services needs: mesh, tracing, CI/CD, on-call.
    #[serde(rename = "InfrastructureFoundation")]
    InfrastructureFoundation,
    /// Extract further services in waves.
    #[serde(rename = "IterativeExtraction")]
    IterativeExtraction,
    /// Give services their own databases.
    #[serde(rename = "DatabaseDecomposition")]
    DatabaseDecomposition,
    /// Tune and harden.
    #[serde(rename = "Stabilisation")]
    Stabilisation,
    /// Move the one extracted service's data to its own store (selective plan).
    #[serde(rename = "DataSplit")]
    DataSplit,
    /// Draw module boundaries inside the monolith (stay plan).
    #[serde(rename = "ModuleBoundaries")]
    ModuleBoundaries,
    /// Make the boundaries stick with checks (stay plan).
    #[serde(rename = "EnforceBoundaries")]
    EnforceBoundaries,
    /// Basic observability for the monolith (stay plan).
    #[serde(rename = "Observability")]
    Observability,
    /// Re-ask the question on a schedule (stay plan).
    #[serde(rename = "PeriodicReview")]
    PeriodicReview,
    /// Automated delivery: CI/CD and containers (foundation plan).
    #[serde(rename = "FoundationDelivery")]
    FoundationDelivery,
    /// Central logs, metrics and tracing (foundation plan).
    #[serde(rename = "FoundationObservability")]
    FoundationObservability,
    /// On-call and incident response (foundation plan).
    #[serde(rename = "FoundationIncidents")]
    FoundationIncidents,
    /// Answer the questions again with the foundation in place (foundation plan).
    #[serde(rename = "Reevaluate")]
    Reevaluate,
    /// Keep a small codebase in order without ceremony (monolith plan).
    #[serde(rename = "KeepInOrder")]
    KeepInOrder,
    /// Map the services as they actually run (consolidation plan).
    #[serde(rename = "MapServices")]
    MapServices,
    /// Merge services that always move together (consolidation plan).
    #[serde(rename = "MergeServices")]
    MergeServices,
    /// Give every shared table one owning service (consolidation plan).
    #[serde(rename = "OwnSharedData")]
    OwnSharedData,
    /// Replace deep synchronous chains with events or aggregation (consolidation plan).
    #[serde(rename = "FlattenChains")]
    FlattenChains,
    /// Record who owns each running service, what it writes and what it calls (plan that keeps
    /// the services).
    #[serde(rename = "TakeStock")]
    TakeStock,
}

/// The definition of one phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseDef {
    /// Which phase.
    pub id: PhaseId,
    /// Its name on the timeline.
    pub name: String,
    /// Duration in months (min, max) for a full-sized job, as the sources give it.
    pub months: (u32, u32),
    /// Duration in months for a small or focused job: a team under ten engineers, a codebase
    /// already modular, one part rather than the whole system. Falls back to `months`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_small: Option<(u32, u32)>,
    /// For phases whose length depends on how many services they extract: weeks per
    /// service per team (min, max).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_service_weeks: Option<(u32, u32)>,
    /// What happens in it. `{service}` is replaced by the services concerned and `{unit}` by
    /// what a module is in the team's stack ("a Django app or a Python package").
    #[serde(default)]
    pub activities: Vec<ActivityDef>,
    /// How you know it is done.
    #[serde(default)]
    pub exit_criteria: Vec<String>,
    /// What tends to go wrong.
    #[serde(default)]
    pub risks: Vec<String>,
    /// Where it comes from.
    pub source: Source,
}

/// One activity of a phase, and when it applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityDef {
    /// What happens, in words.
    pub text: String,
    /// The capability this activity builds: left out when it is already in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builds: Option<Capability>,
    /// Only when this capability is already in place (extending it rather than building it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<Capability>,
    /// Left out when the plan runs fewer services than this (a mesh is not worth it for one).
    #[serde(default)]
    pub min_services: u32,
    /// About synchronous calls between services: left out when the domain map shows that no
    /// synchronous call crosses the boundary of any service the plan extracts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub over_calls: bool,
}

/// The distributed-monolith signals the engine looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PitfallId {
    /// Modules that call each other in a cycle would always deploy together.
    #[serde(rename = "DeployTogether")]
    DeployTogether,
    /// Several modules write the same tables.
    #[serde(rename = "SharedWrites")]
    SharedWrites,
    /// A synchronous call chain four or more deep.
    #[serde(rename = "DeepSyncChain")]
    DeepSyncChain,
    /// Transactions would have to span services.
    #[serde(rename = "CrossServiceTransactions")]
    CrossServiceTransactions,
    /// Modules with no owning team.
    #[serde(rename = "NoOwner")]
    NoOwner,
}

/// The wording of one pitfall.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PitfallDef {
    /// Which pitfall.
    pub id: PitfallId,
    /// Its title.
    pub title: String,
    /// What it means and what to do, for modules that would become services; `{modules}` is
    /// replaced by the module names.
    pub detail: String,
    /// The same, for services that already run (a present fact, not a risk).
    #[serde(default)]
    pub detail_present: String,
    /// Where it comes from.
    pub source: Source,
}

/// A piece of stack advice and when it applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceDef {
    /// The stack it is for; `None` = any stack (used when the stack is "other" or unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack: Option<Stack>,
    /// The verdicts it is for; empty = every verdict.
    #[serde(default)]
    pub verdicts: Vec<Verdict>,
    /// A further condition on the team.
    #[serde(default)]
    pub when: AdviceWhen,
    /// The advice.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
}

/// When a piece of advice applies, beyond its stack and verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum AdviceWhen {
    /// Always.
    #[default]
    #[serde(rename = "Always")]
    Always,
    /// Only for a product still testing its idea or finding its market.
    #[serde(rename = "EarlyStage")]
    EarlyStage,
    /// Not when everything the plan extracts is CPU- or memory-heavy (advice for I/O-bound
    /// services).
    #[serde(rename = "NoHeavyPart")]
    NoHeavyPart,
    /// Only when a part the plan extracts, or the part that stands out, is CPU- or memory-heavy.
    #[serde(rename = "HeavyPart")]
    HeavyPart,
}

/// A threshold that should reopen the question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisitDef {
    /// The change it describes; it is listed only while the answers have not reached it.
    pub when: RevisitWhen,
    /// The threshold in words.
    pub text: String,
}

/// A change of answer that should reopen the question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RevisitWhen {
    /// A split trigger comes to hold.
    #[serde(rename = "Trigger")]
    Trigger(TriggerId),
    /// The engineering organisation reaches this many engineers.
    #[serde(rename = "Engineers")]
    Engineers(u32),
    /// Daily traffic reaches this band.
    #[serde(rename = "Traffic")]
    Traffic(TrafficBand),
    /// A factor's answer reaches this option (by id) or one further along.
    #[serde(rename = "Factor")]
    Factor(FactorId, String),
}

/// Weights that order extraction candidates (higher score = extracted earlier).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct CandidateWeights {
    /// A module carrying the hot-load ratio times the median load.
    pub hot_load: f64,
    /// A module whose availability target differs from the usual one.
    pub availability: f64,
    /// A module whose cadence differs from the usual one.
    pub cadence: f64,
    /// A CPU- or memory-heavy module.
    pub resource: f64,
    /// A cluster owned by a team apart from the core's, when the organisation is large enough
    /// for team boundaries to drive the split.
    pub owned_apart: f64,
    /// Penalty per synchronous dependency crossing the unit's boundary (in or out).
    pub sync_edge: f64,
    /// Penalty per asynchronous dependency crossing the boundary.
    pub async_edge: f64,
    /// Penalty per shared-table dependency where only one side writes.
    pub shared_read: f64,
    /// Penalty per shared-table dependency where both sides write.
    pub shared_write: f64,
}

/// The figures of the cost model (article 003's hidden-cost table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct CostModel {
    /// Latency each internal network hop adds, in ms (min, max).
    pub latency_per_hop_ms: (u32, u32),
    /// Operations people a monolith needs (min, max).
    pub ops_monolith: (u32, u32),
    /// Operations people ten services need (min, max).
    pub ops_ten_services: (u32, u32),
    /// Hops assumed on a typical request when there is no domain map.
    pub default_hops_without_map: u32,
}

/// Every number that shapes the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Thresholds {
    /// "Under 20 engineers" is a reason not to break.
    pub small_team_below: u32,
    /// "Past 50 people" is a split trigger.
    pub org_trigger_at: u32,
    /// A team this small (1–5 engineers) keeps one deployable even when one part stands out.
    pub tiny_team_at_most: u32,
    /// A module with this many times the median load diverges (and triggers scaling).
    pub hot_load_ratio: f64,
    /// Availability levels apart (99% … 99.99% are levels 0 … 3) for the reliability
    /// trigger to hold from the domain map.
    pub availability_spread_levels: u32,
    /// Cadence levels apart (daily … quarterly are 0 … 3) for the cadence trigger to hold
    /// from the domain map.
    pub cadence_spread_levels: u32,
    /// Weight of the "no evidence yet" prior in the need average.
    pub need_prior_weight: f64,
    /// Value of that prior (0 = the burden of proof lies with splitting).
    pub need_prior_value: f64,
    /// Share of the need score that comes from the count of holding triggers.
    pub trigger_share_of_need: f64,
    /// Trigger-count curve: entry k is the trigger part of need with k triggers holding.
    pub trigger_curve: Vec<f64>,
    /// Share of the readiness score from capabilities (the rest from operations headcount).
    pub capability_share: f64,
    /// Operations headcount at which the headcount part of readiness is full.
    pub ops_full_at: u32,
    /// Readiness cap by number of missing essential capabilities (index = missing count;
    /// the last entry applies beyond).
    pub essential_caps: Vec<f64>,
    /// Readiness below which "limited DevOps maturity" holds.
    pub devops_blocker_below: f64,
    /// The readiness gate between "not ready" and "migration" (lower, upper). Below the
    /// lower edge all migration-level pressure goes to "not ready"; above the upper, to
    /// "migration"; linear between.
    pub readiness_gate: (f64, f64),
    /// Hard rule: below this readiness a migration is never recommended.
    pub migration_min_readiness: f64,
    /// Hard rule: fewer holding triggers than this never give a migration (or "not ready").
    pub migration_min_triggers: u32,
    /// Margin (fit points) below which there is "no clear winner".
    pub clear_margin: f64,
    /// Need at or above which the quadrant counts as high need.
    pub quadrant_need_at: f64,
    /// Readiness at or above which the quadrant counts as high readiness.
    pub quadrant_readiness_at: f64,
    /// Share of the confidence score from how complete the answers are.
    pub confidence_completeness_share: f64,
    /// Share of the confidence score kept only when no small change of answer flips the
    /// verdict (the rest of the score comes from the margin).
    pub confidence_robust_share: f64,
    /// Margin at which the margin part of confidence is half full (it never fills).
    pub confidence_margin_half: f64,
    /// Confidence score for "high".
    pub confidence_high_at: f64,
    /// Confidence score for "medium".
    pub confidence_medium_at: f64,
    /// Engineers per team, to estimate teams when the count is not given.
    pub engineers_per_team: u32,
    /// Services one team can own, at most.
    pub services_per_team: u32,
    /// Engineers one running service needs, to judge how many services larger teams can keep:
    /// a team of more engineers than `services_per_team` times this keeps more.
    pub engineers_per_service: u32,
    /// Typical services around a small core in a large, mature organisation (min, max).
    pub typical_services: (u32, u32),
    /// Engineers per operations person, to estimate operations headcount when not given.
    pub engineers_per_ops: u32,
    /// Extractions that run in parallel at most, whatever the number of teams.
    pub max_parallel_extractions: u32,
    /// Readiness below which the infrastructure foundation comes first in a plan.
    pub infra_first_below: f64,
    /// Readiness at or above which the infrastructure foundation is cut to its minimum.
    pub infra_short_at: f64,
    /// Modules on a synchronous chain at which the chain is a pitfall.
    pub sync_chain_pitfall_depth: u32,
}

/// The whole rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Catalogue {
    /// The articles the rules come from.
    pub sources: Vec<SourceInfo>,
    /// The decision factors, in the order the wizard asks them.
    pub factors: Vec<Factor>,
    /// The operational capabilities.
    pub capabilities: Vec<CapabilityDef>,
    /// Engineers bands, smallest first.
    pub engineer_bands: Vec<Band>,
    /// Team-count bands, smallest first.
    pub team_bands: Vec<Band>,
    /// Operations headcount bands, smallest first.
    pub ops_bands: Vec<Band>,
    /// Product stages.
    pub stages: Vec<StageDef>,
    /// Traffic bands.
    pub traffic: Vec<TrafficDef>,
    /// Weight of the engineers answer in the need score.
    pub engineers_weight: f64,
    /// Weight of the teams answer in the need score.
    pub teams_weight: f64,
    /// Weight of the stage answer in the need score.
    pub stage_weight: f64,
    /// Weight of the traffic answer in the need score.
    pub traffic_weight: f64,
    /// The split triggers.
    pub triggers: Vec<TriggerDef>,
    /// The reasons not to break.
    pub blockers: Vec<BlockerDef>,
    /// The decision matrix rows, article 003's seven first.
    pub matrix: Vec<MatrixRowDef>,
    /// The verdict scorecard.
    pub scorecard: Vec<ScoreRow>,
    /// The verdicts' wording.
    pub verdicts: Vec<VerdictText>,
    /// The quadrants' wording.
    pub quadrants: Vec<QuadrantText>,
    /// Every phase any plan can contain.
    pub phases: Vec<PhaseDef>,
    /// The distributed-monolith signals.
    pub pitfalls: Vec<PitfallDef>,
    /// Stack advice.
    pub advice: Vec<AdviceDef>,
    /// Thresholds that reopen the question.
    pub revisit: Vec<RevisitDef>,
    /// Name fragments of typical first extractions (matched as whole words).
    pub first_pick_keywords: Vec<String>,
    /// Candidate ordering weights.
    pub candidate_weights: CandidateWeights,
    /// Cost model figures.
    pub costs: CostModel,
    /// Every other number.
    pub thresholds: Thresholds,
    /// Every sentence the engine writes, as templates; a rubric without them (or without any
    /// one of them) uses the standard English texts.
    #[serde(default)]
    pub texts: super::texts::Texts,
}

/// The thresholds that the catalogue's labels, explanations, matrix cells and revisit texts may
/// name as slots ("Fewer than {small_team_below} engineers"), so that a tuned rubric's words
/// follow its numbers.
pub const THRESHOLD_SLOTS: &[&str] = &[
    "small_team_below",
    "org_trigger_at",
    "tiny_team_at_most",
    "hot_load_ratio",
    "ops_full_at",
    "sync_chain_pitfall_depth",
    "hop_latency",
    "ops_per_ten",
];

impl Catalogue {
    /// A catalogue text with its threshold slots filled (and `extra`'s): each number in words
    /// where the rubric's texts have a word for it ("ten"), else in digits ("20").
    pub fn fill(&self, text: &str, extra: &[(&str, &str)]) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let t = &self.thresholds;
        let ratio = t.hot_load_ratio;
        let ratio = if ratio.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&ratio) {
            self.texts.number(ratio as u32)
        } else {
            format!("{ratio}")
        };
        let values = [
            self.texts.number(t.small_team_below),
            self.texts.number(t.org_trigger_at),
            self.texts.number(t.tiny_team_at_most),
            ratio,
            self.texts.number(t.ops_full_at),
            self.texts.number(t.sync_chain_pitfall_depth),
            // The cost model's figures, so a sentence that quotes them follows a tuned rubric.
            self.texts.ms(self.costs.latency_per_hop_ms.0, self.costs.latency_per_hop_ms.1),
            self.texts.span(self.costs.ops_ten_services.0, self.costs.ops_ten_services.1),
        ];
        let mut slots: Vec<(&str, &str)> =
            THRESHOLD_SLOTS.iter().zip(&values).map(|(k, v)| (*k, v.as_str())).collect();
        slots.extend_from_slice(extra);
        super::texts::render(text, &slots)
    }

    /// The factor definition for `id`, if the catalogue has one.
    pub fn factor(&self, id: FactorId) -> Option<&Factor> {
        self.factors.iter().find(|f| f.id == id)
    }

    /// The capability definition, if the catalogue has one.
    pub fn capability(&self, capability: Capability) -> Option<&CapabilityDef> {
        self.capabilities.iter().find(|c| c.capability == capability)
    }

    /// A capability's name inside a sentence ("contract tests", "CI/CD pipeline").
    pub fn capability_in_sentence(&self, capability: Capability) -> String {
        let Some(def) = self.capability(capability) else { return String::new() };
        if !def.in_sentence.trim().is_empty() {
            return def.in_sentence.clone();
        }
        let mut chars = def.label.chars();
        let abbreviation = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(|c| c.is_uppercase() || c == '/');
        if abbreviation {
            def.label.clone()
        } else {
            crate::words::lower_first(&def.label)
        }
    }

    /// The phase definition, if the catalogue has one.
    pub fn phase(&self, id: PhaseId) -> Option<&PhaseDef> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The stage definition, if the catalogue has one.
    pub fn stage(&self, stage: ProductStage) -> Option<&StageDef> {
        self.stages.iter().find(|s| s.stage == stage)
    }

    /// The traffic definition, if the catalogue has one.
    pub fn traffic_band(&self, band: TrafficBand) -> Option<&TrafficDef> {
        self.traffic.iter().find(|t| t.band == band)
    }

    /// The trigger wording, if the catalogue has one.
    pub fn trigger(&self, id: TriggerId) -> Option<&TriggerDef> {
        self.triggers.iter().find(|t| t.id == id)
    }

    /// The blocker wording, if the catalogue has one.
    pub fn blocker(&self, id: BlockerId) -> Option<&BlockerDef> {
        self.blockers.iter().find(|b| b.id == id)
    }

    /// The pitfall wording, if the catalogue has one.
    pub fn pitfall(&self, id: PitfallId) -> Option<&PitfallDef> {
        self.pitfalls.iter().find(|p| p.id == id)
    }

    /// The full details of a source; a source the rubric does not list is named by its id.
    pub fn source_info(&self, source: Source) -> SourceInfo {
        self.sources.iter().find(|s| s.id == source).cloned().unwrap_or_else(|| SourceInfo {
            id: source,
            title: source.id().to_string(),
            author: None,
            year: None,
            link: None,
            note: None,
        })
    }

    /// The label of a verdict (falls back to the built-in label).
    pub fn verdict_label(&self, verdict: Verdict) -> String {
        self.verdicts
            .iter()
            .find(|v| v.verdict == verdict)
            .map(|v| v.label.clone())
            .unwrap_or_else(|| verdict.label().to_string())
    }

    /// The one-paragraph summary of a verdict (falls back to the built-in one); for a team
    /// that already runs services, its own wording where the catalogue has one.
    pub fn verdict_summary(
        &self,
        verdict: Verdict,
        architecture: Option<super::answers::CurrentArchitecture>,
    ) -> String {
        let runs = architecture.is_some_and(|a| a.runs_services());
        self.verdicts
            .iter()
            .find(|v| v.verdict == verdict)
            .map(|v| {
                if runs && !v.summary_with_services.is_empty() {
                    v.summary_with_services.clone()
                } else {
                    v.summary.clone()
                }
            })
            .unwrap_or_else(|| verdict.summary().to_string())
    }
}

/// The band a value falls in: the last band whose minimum is at most `value`.
pub(crate) fn band_index(bands: &[Band], value: u32) -> Option<usize> {
    let mut found = None;
    for (i, band) in bands.iter().enumerate() {
        if band.min <= value {
            found = Some(i);
        }
    }
    // Values below every minimum fall in the first band.
    found.or(if bands.is_empty() { None } else { Some(0) })
}

/// A weight from an outside catalogue, made safe: non-finite or negative reads as zero.
pub(crate) fn safe_weight(w: f64) -> f64 {
    if w.is_finite() && w > 0.0 {
        w
    } else {
        0.0
    }
}

/// A 0..1 value from an outside catalogue, made safe.
pub(crate) fn unit(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Any number made finite (NaN and infinities read as `fallback`).
pub(crate) fn finite(v: f64, fallback: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        fallback
    }
}
