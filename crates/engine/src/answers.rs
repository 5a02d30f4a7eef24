//! What a team tells the engine: the answers to every question of the wizard.
//!
//! Every answer is optional. "Not answered yet" is a normal state, not an error: the engine
//! still answers, with lower confidence and a caveat naming what is missing. Every struct uses
//! `#[serde(default)]` so that a partial or older JSON file still loads.
//!
//! Nothing in this module validates. Odd values (zero engineers, dangling dependency ids,
//! absurd loads) are tolerated here and cleaned up once, in the engine's own normalisation step.
//!
//! # Stable ids
//!
//! Answers travel in two formats that are promises: the answer file (and the autosave) and the
//! share link. Every value of an enum here therefore has two explicit codes, written once beside
//! the variant and never derived from its Rust name or its place in a list:
//!
//! - its **file id**, the `#[serde(rename = "…")]` on the variant, so renaming a variant in Rust
//!   changes nothing on disk;
//! - its **link code**, the number `link_codes!` gives it (`code()`, `from_code()`), so
//!   reordering an `ALL` list changes nothing in a link.
//!
//! Neither may ever change, nor be reused for another value; a new value takes a new id and the
//! next unused code. docs/file-format.md lists every table and `tests/stable_ids.rs` pins it.

use super::order::SortedMap;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// Orders an enum by its link codes rather than by the order its variants are declared in. The
/// keys of a map in the answers (factors, capabilities) are written in this order, so a file's
/// bytes do not move when the declaration does.
macro_rules! order_by_code {
    ($ty:ident) => {
        impl PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $ty {
            fn cmp(&self, other: &Self) -> Ordering {
                self.code().cmp(&other.code())
            }
        }
    };
}

/// Gives an enum of unit variants its share-link codes: `code()` and `from_code()`, from one
/// explicit table, `Variant = code`. A code is written into links and means that value forever.
/// (A code given twice does not compile: `from_code` would have an unreachable arm.)
macro_rules! link_codes {
    ($ty:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The number that stands for this value in a share link. It never changes.
            pub const fn code(self) -> u8 {
                match self {
                    $($ty::$variant => $code,)+
                }
            }

            /// The value a share link's number stands for; `None` for a number no release
            /// writes.
            #[deny(unreachable_patterns)]
            pub const fn from_code(code: u8) -> Option<Self> {
                match code {
                    $($code => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

/// All the answers of one team (or one workshop participant).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Who the team is and what it runs today.
    pub context: Context,
    /// The decision factors, one chosen option id per factor. Unknown option ids are ignored
    /// with a caveat.
    pub factors: SortedMap<FactorId, String>,
    /// Which operational capabilities are in place.
    pub readiness: Readiness,
    /// The optional domain map; empty means "no map".
    pub domain: DomainMap,
    /// The month the plan would start. The engine has no clock: without this, phases are
    /// dated relative to the start ("months 1–3").
    pub plan_start: Option<YearMonth>,
}

impl Answers {
    /// Sets the answer of one factor to the given option id (builder style, for examples and
    /// tests).
    pub fn with_factor(mut self, factor: FactorId, option: &str) -> Self {
        self.factors.insert(factor, option.to_string());
        self
    }
}

/// The team and its product, as the context step asks for them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Context {
    /// Engineers working on the product (all teams together).
    pub engineers: Option<u32>,
    /// Number of teams that ship the product.
    pub teams: Option<u32>,
    /// How far the product is along its life.
    pub stage: Option<ProductStage>,
    /// Daily request volume, as an order of magnitude.
    pub daily_requests: Option<TrafficBand>,
    /// What the system looks like today.
    pub architecture: Option<CurrentArchitecture>,
    /// The main language stack; only changes the framework advice.
    pub stack: Option<Stack>,
    /// Services running in production today beside (or instead of) a monolith; only read when
    /// the architecture is [`CurrentArchitecture::SomeServices`] or
    /// [`CurrentArchitecture::Microservices`].
    pub services_today: Option<u32>,
}

/// How far along its life the product is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductStage {
    /// An early build to test an idea.
    #[serde(rename = "Prototype")]
    Prototype,
    /// Live, but still searching for product–market fit.
    #[serde(rename = "FindingFit")]
    FindingFit,
    /// Found its market; growing on a stable domain.
    #[serde(rename = "GrowingStable")]
    GrowingStable,
    /// Mature and operating at scale.
    #[serde(rename = "MatureAtScale")]
    MatureAtScale,
}

link_codes!(ProductStage {
    Prototype = 0,
    FindingFit = 1,
    GrowingStable = 2,
    MatureAtScale = 3,
});

impl ProductStage {
    /// Every stage, earliest first.
    pub const ALL: [ProductStage; 4] = [
        ProductStage::Prototype,
        ProductStage::FindingFit,
        ProductStage::GrowingStable,
        ProductStage::MatureAtScale,
    ];
}

/// Daily request volume, by order of magnitude (the decision matrix contrasts "under one
/// million" with "ten million or more").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TrafficBand {
    /// Fewer than 100,000 requests a day.
    #[serde(rename = "Under100k")]
    Under100k,
    /// 100,000 to one million a day.
    #[serde(rename = "Under1M")]
    Under1M,
    /// One to ten million a day.
    #[serde(rename = "Under10M")]
    Under10M,
    /// Ten million or more a day.
    #[serde(rename = "Over10M")]
    Over10M,
}

link_codes!(TrafficBand { Under100k = 0, Under1M = 1, Under10M = 2, Over10M = 3 });

impl TrafficBand {
    /// Every band, smallest first.
    pub const ALL: [TrafficBand; 4] =
        [TrafficBand::Under100k, TrafficBand::Under1M, TrafficBand::Under10M, TrafficBand::Over10M];
}

/// The shape of the system today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CurrentArchitecture {
    /// Nothing built yet.
    #[serde(rename = "Greenfield")]
    Greenfield,
    /// One deployable with no enforced internal boundaries.
    #[serde(rename = "Monolith")]
    Monolith,
    /// One deployable with enforced module boundaries.
    #[serde(rename = "ModularMonolith")]
    ModularMonolith,
    /// A monolith with a few services already beside it.
    #[serde(rename = "SomeServices")]
    SomeServices,
    /// Many services already; no monolith at the centre, or only a small one.
    #[serde(rename = "Microservices")]
    Microservices,
}

link_codes!(CurrentArchitecture {
    Greenfield = 0,
    Monolith = 1,
    ModularMonolith = 2,
    SomeServices = 3,
    Microservices = 4,
});

impl CurrentArchitecture {
    /// Every architecture, simplest first. (Links store each one's `code()`, not its place
    /// here.)
    pub const ALL: [CurrentArchitecture; 5] = [
        CurrentArchitecture::Greenfield,
        CurrentArchitecture::Monolith,
        CurrentArchitecture::ModularMonolith,
        CurrentArchitecture::SomeServices,
        CurrentArchitecture::Microservices,
    ];

    /// True when services already run in production.
    pub fn runs_services(self) -> bool {
        matches!(self, CurrentArchitecture::SomeServices | CurrentArchitecture::Microservices)
    }
}

/// The main language stack. Only the advice depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Stack {
    /// Python (Django, FastAPI, Flask, ...): the seeds' own stack.
    #[serde(rename = "Python")]
    Python,
    /// Anything else: the advice stays stack-neutral.
    #[serde(rename = "Other")]
    Other,
}

link_codes!(Stack { Python = 0, Other = 1 });

impl Stack {
    /// Every stack.
    pub const ALL: [Stack; 2] = [Stack::Python, Stack::Other];
}

/// The decision factors. Closed, so the UI can render one question per factor from the
/// catalogue and sensitivity can try every other option generically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FactorId {
    /// Are the boundaries between the product's parts settled?
    #[serde(rename = "DomainStability")]
    DomainStability,
    /// Does load spread evenly, or does one part need far more capacity?
    #[serde(rename = "ScalingProfile")]
    ScalingProfile,
    /// Do all parts share one availability target?
    #[serde(rename = "Availability")]
    Availability,
    /// Do parts need to ship at different speeds?
    #[serde(rename = "DeploymentCadence")]
    DeploymentCadence,
    /// Does a workload need another language or runtime?
    #[serde(rename = "TechDiversity")]
    TechDiversity,
    /// Does one part need very different hardware resources?
    #[serde(rename = "ResourceIsolation")]
    ResourceIsolation,
    /// Must operations commit atomically across domains?
    #[serde(rename = "DataConsistency")]
    DataConsistency,
    /// Speed now, or flexibility later?
    #[serde(rename = "TimeHorizon")]
    TimeHorizon,
    /// Is one component measurably holding the system back?
    #[serde(rename = "ScalingBottleneck")]
    ScalingBottleneck,
}

order_by_code!(FactorId);
link_codes!(FactorId {
    DomainStability = 0,
    ScalingProfile = 1,
    Availability = 2,
    DeploymentCadence = 3,
    TechDiversity = 4,
    ResourceIsolation = 5,
    DataConsistency = 6,
    TimeHorizon = 7,
    ScalingBottleneck = 8,
});

impl FactorId {
    /// Every factor, in the order the wizard asks them.
    pub const ALL: [FactorId; 9] = [
        FactorId::DomainStability,
        FactorId::ScalingProfile,
        FactorId::Availability,
        FactorId::DeploymentCadence,
        FactorId::TechDiversity,
        FactorId::ResourceIsolation,
        FactorId::DataConsistency,
        FactorId::TimeHorizon,
        FactorId::ScalingBottleneck,
    ];

    /// A stable snake_case name, used in ids.
    pub fn as_str(self) -> &'static str {
        match self {
            FactorId::DomainStability => "domain_stability",
            FactorId::ScalingProfile => "scaling_profile",
            FactorId::Availability => "availability",
            FactorId::DeploymentCadence => "deployment_cadence",
            FactorId::TechDiversity => "tech_diversity",
            FactorId::ResourceIsolation => "resource_isolation",
            FactorId::DataConsistency => "data_consistency",
            FactorId::TimeHorizon => "time_horizon",
            FactorId::ScalingBottleneck => "scaling_bottleneck",
        }
    }
}

/// The operational capabilities in place.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Readiness {
    /// `true` = in place, `false` = not in place, absent = not answered yet. An unanswered
    /// capability counts as missing for the score, and lowers the confidence.
    pub capabilities: SortedMap<Capability, bool>,
    /// People whose job includes running production (platform, SRE, DevOps).
    pub ops_headcount: Option<u32>,
}

impl Readiness {
    /// Marks every listed capability as in place and every other one as not in place.
    pub fn only(present: &[Capability]) -> Self {
        let capabilities = Capability::ALL.iter().map(|c| (*c, present.contains(c))).collect();
        Readiness { capabilities, ops_headcount: None }
    }
}

/// One operational capability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Capability {
    /// Automated build, test and deploy.
    #[serde(rename = "CiCd")]
    CiCd,
    /// Reproducible container images.
    #[serde(rename = "Containers")]
    Containers,
    /// A scheduler that places, restarts and scales containers.
    #[serde(rename = "Orchestration")]
    Orchestration,
    /// Logs from every process in one searchable place.
    #[serde(rename = "CentralLogging")]
    CentralLogging,
    /// Dashboards and alerts on metrics.
    #[serde(rename = "Metrics")]
    Metrics,
    /// Traces that follow a request across processes.
    #[serde(rename = "Tracing")]
    Tracing,
    /// A rota of people who answer production incidents.
    #[serde(rename = "OnCall")]
    OnCall,
    /// APIs that evolve without breaking their callers.
    #[serde(rename = "ApiVersioning")]
    ApiVersioning,
    /// Switches that route traffic to new code gradually.
    #[serde(rename = "FeatureFlags")]
    FeatureFlags,
    /// Tests that pin the contract between a caller and a provider.
    #[serde(rename = "ContractTests")]
    ContractTests,
}

order_by_code!(Capability);
// A capability's code is also its bit in the link's two capability sets, so codes stay below 64.
link_codes!(Capability {
    CiCd = 0,
    Containers = 1,
    Orchestration = 2,
    CentralLogging = 3,
    Metrics = 4,
    Tracing = 5,
    OnCall = 6,
    ApiVersioning = 7,
    FeatureFlags = 8,
    ContractTests = 9,
});

impl Capability {
    /// Every capability, in the order the wizard lists them.
    pub const ALL: [Capability; 10] = [
        Capability::CiCd,
        Capability::Containers,
        Capability::Orchestration,
        Capability::CentralLogging,
        Capability::Metrics,
        Capability::Tracing,
        Capability::OnCall,
        Capability::ApiVersioning,
        Capability::FeatureFlags,
        Capability::ContractTests,
    ];
}

/// The optional domain map: modules (bounded contexts) and the dependencies between them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DomainMap {
    /// The modules. Ids must be unique; later duplicates are ignored with a caveat.
    pub modules: Vec<Module>,
    /// Who depends on whom. Dangling ids, self-loops and duplicates are ignored with a caveat.
    pub dependencies: Vec<Dependency>,
}

impl DomainMap {
    /// True when there is no map at all.
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty()
    }
}

/// One module or bounded context of the system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Module {
    /// A stable id chosen by the UI (not an index into the list).
    pub id: u32,
    /// The name people use for it ("billing", "search").
    pub name: String,
    /// Relative load; 1 is the baseline. Zero is read as 1.
    pub load: u32,
    /// The availability it must meet.
    pub availability: AvailabilityTarget,
    /// How often it changes in production.
    pub cadence: Cadence,
    /// The team that owns it; `None` or blank means nobody does.
    pub team: Option<String>,
    /// What kind of machine it needs.
    pub resource: ResourceProfile,
    /// Part of the core domain (extracted last, if ever).
    pub core: bool,
    /// Already runs on its own in production: one of the services beside the monolith. Only
    /// read when the architecture is [`CurrentArchitecture::SomeServices`]; left out of files
    /// when false, so maps without it read and write as before.
    #[serde(rename = "runs_apart", skip_serializing_if = "is_false")]
    pub runs_apart: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Default for Module {
    fn default() -> Self {
        Module {
            id: 0,
            name: String::new(),
            load: 1,
            availability: AvailabilityTarget::Standard,
            cadence: Cadence::Weekly,
            team: None,
            resource: ResourceProfile::Balanced,
            core: false,
            runs_apart: false,
        }
    }
}

/// An availability target, from most tolerant to most critical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AvailabilityTarget {
    /// 99%: hours of downtime a month are acceptable.
    #[serde(rename = "Tolerant")]
    Tolerant,
    /// 99.9%.
    #[serde(rename = "Standard")]
    Standard,
    /// 99.95%.
    #[serde(rename = "High")]
    High,
    /// 99.99%: minutes a month at most.
    #[serde(rename = "Critical")]
    Critical,
}

link_codes!(AvailabilityTarget { Tolerant = 0, Standard = 1, High = 2, Critical = 3 });

impl AvailabilityTarget {
    /// Every target, most tolerant first.
    pub const ALL: [AvailabilityTarget; 4] = [
        AvailabilityTarget::Tolerant,
        AvailabilityTarget::Standard,
        AvailabilityTarget::High,
        AvailabilityTarget::Critical,
    ];

    /// The target as a fraction of time up (0.999 for 99.9%).
    pub fn fraction(self) -> f64 {
        match self {
            AvailabilityTarget::Tolerant => 0.99,
            AvailabilityTarget::Standard => 0.999,
            AvailabilityTarget::High => 0.9995,
            AvailabilityTarget::Critical => 0.9999,
        }
    }

    /// The target as people write it ("99.9%").
    pub fn label(self) -> &'static str {
        match self {
            AvailabilityTarget::Tolerant => "99%",
            AvailabilityTarget::Standard => "99.9%",
            AvailabilityTarget::High => "99.95%",
            AvailabilityTarget::Critical => "99.99%",
        }
    }

    /// Position on the scale, 0 (tolerant) to 3 (critical).
    pub fn level(self) -> u32 {
        match self {
            AvailabilityTarget::Tolerant => 0,
            AvailabilityTarget::Standard => 1,
            AvailabilityTarget::High => 2,
            AvailabilityTarget::Critical => 3,
        }
    }
}

/// How often a module changes in production, fastest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cadence {
    /// Every day or more.
    #[serde(rename = "Daily")]
    Daily,
    /// About weekly.
    #[serde(rename = "Weekly")]
    Weekly,
    /// About monthly.
    #[serde(rename = "Monthly")]
    Monthly,
    /// About once a quarter.
    #[serde(rename = "Quarterly")]
    Quarterly,
}

link_codes!(Cadence { Daily = 0, Weekly = 1, Monthly = 2, Quarterly = 3 });

impl Cadence {
    /// Every cadence, fastest first.
    pub const ALL: [Cadence; 4] =
        [Cadence::Daily, Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly];

    /// The cadence in words.
    pub fn label(self) -> &'static str {
        match self {
            Cadence::Daily => "daily",
            Cadence::Weekly => "weekly",
            Cadence::Monthly => "monthly",
            Cadence::Quarterly => "quarterly",
        }
    }

    /// Position on the scale, 0 (daily) to 3 (quarterly).
    pub fn level(self) -> u32 {
        match self {
            Cadence::Daily => 0,
            Cadence::Weekly => 1,
            Cadence::Monthly => 2,
            Cadence::Quarterly => 3,
        }
    }
}

/// What kind of machine a module needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ResourceProfile {
    /// Ordinary web work.
    #[serde(rename = "Balanced")]
    Balanced,
    /// Heavy computation.
    #[serde(rename = "CpuHeavy")]
    CpuHeavy,
    /// Large working sets in memory.
    #[serde(rename = "MemoryHeavy")]
    MemoryHeavy,
    /// Mostly waiting on the network or disk.
    #[serde(rename = "IoBound")]
    IoBound,
}

link_codes!(ResourceProfile { Balanced = 0, CpuHeavy = 1, MemoryHeavy = 2, IoBound = 3 });

impl ResourceProfile {
    /// Every profile.
    pub const ALL: [ResourceProfile; 4] = [
        ResourceProfile::Balanced,
        ResourceProfile::CpuHeavy,
        ResourceProfile::MemoryHeavy,
        ResourceProfile::IoBound,
    ];

    /// True for the profiles that starve their neighbours when they share a machine.
    pub fn is_heavy(self) -> bool {
        matches!(self, ResourceProfile::CpuHeavy | ResourceProfile::MemoryHeavy)
    }

    /// The profile in words.
    pub fn label(self) -> &'static str {
        match self {
            ResourceProfile::Balanced => "balanced",
            ResourceProfile::CpuHeavy => "CPU-heavy",
            ResourceProfile::MemoryHeavy => "memory-heavy",
            ResourceProfile::IoBound => "I/O-bound",
        }
    }
}

/// One dependency: `from` needs `to`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Dependency {
    /// The module that depends.
    pub from: u32,
    /// The module depended upon.
    pub to: u32,
    /// How they are coupled.
    pub kind: DepKind,
    /// How many imports the code of `from` makes of `to` (an imported map counts them; at most
    /// [`limits::MAX_IMPORTS`](crate::limits::MAX_IMPORTS)): the coupling's strength. 0 means
    /// not counted, as for a dependency typed by hand, and is left out of files, so maps
    /// without counts read and write as before.
    #[serde(rename = "imports", skip_serializing_if = "is_zero")]
    pub imports: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// How two modules are coupled.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum DepKind {
    /// A synchronous call: the caller waits for the answer (the default: the tightest
    /// coupling is the safe assumption when the kind is not given).
    #[default]
    #[serde(rename = "Sync")]
    Sync,
    /// An asynchronous event or queued message.
    #[serde(rename = "Async")]
    Async,
    /// Both use the same tables; `shared_writes` when both write to them.
    #[serde(rename = "SharedTables")]
    SharedTables {
        /// Both modules write to the shared tables (not just one writer and readers).
        #[serde(rename = "shared_writes")]
        shared_writes: bool,
    },
}

impl DepKind {
    /// Every kind, the shared-tables kind with one writer and with shared writes.
    pub const ALL: [DepKind; 4] = [
        DepKind::Sync,
        DepKind::Async,
        DepKind::SharedTables { shared_writes: false },
        DepKind::SharedTables { shared_writes: true },
    ];

    /// The number that stands for this kind in a share link. It never changes.
    pub const fn code(self) -> u8 {
        match self {
            DepKind::Sync => 0,
            DepKind::Async => 1,
            DepKind::SharedTables { shared_writes: false } => 2,
            DepKind::SharedTables { shared_writes: true } => 3,
        }
    }

    /// The kind a share link's number stands for; `None` for a number no release writes.
    pub const fn from_code(code: u8) -> Option<Self> {
        match code {
            0 => Some(DepKind::Sync),
            1 => Some(DepKind::Async),
            2 => Some(DepKind::SharedTables { shared_writes: false }),
            3 => Some(DepKind::SharedTables { shared_writes: true }),
            _ => None,
        }
    }
}

/// A calendar month, for dating a plan. The engine has no clock, so the UI supplies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1 (January) to 12 (December). Out-of-range values are clamped.
    pub month: u8,
}
