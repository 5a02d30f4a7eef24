//! The answers each frozen fixture holds, written out by hand as Rust values: never read from
//! `examples()`, never recomputed, never parsed from the fixture itself. A file, an autosave or a
//! link written by an earlier release must open to exactly these answers forever, so nothing
//! here is edited to make a test pass. (Variants are named in Rust, so renaming one is a change
//! of this file; its file id and link code stay where they are pinned, in
//! crates/engine/tests/stable_ids.rs.)
#![allow(dead_code)]

use seams::engine::order::SortedMap;
use seams::engine::AvailabilityTarget::{Critical, High, Standard, Tolerant};
use seams::engine::Cadence::{Daily, Monthly, Quarterly, Weekly};
use seams::engine::DepKind::{Async, SharedTables, Sync};
use seams::engine::ResourceProfile::{Balanced, CpuHeavy, IoBound, MemoryHeavy};
use seams::engine::*;

#[allow(clippy::too_many_arguments)]
pub fn module(
    id: u32,
    name: &str,
    load: u32,
    availability: AvailabilityTarget,
    cadence: Cadence,
    team: Option<&str>,
    resource: ResourceProfile,
    core: bool,
) -> Module {
    Module {
        id,
        name: name.to_string(),
        load,
        availability,
        cadence,
        team: team.map(str::to_string),
        resource,
        core,
        runs_apart: false,
    }
}

pub fn dep(from: u32, to: u32, kind: DepKind) -> Dependency {
    Dependency { from, to, kind, imports: 0 }
}

pub fn factors(list: &[(FactorId, &str)]) -> SortedMap<FactorId, String> {
    list.iter().map(|(f, o)| (*f, o.to_string())).collect()
}

pub fn capabilities(list: &[(Capability, bool)]) -> SortedMap<Capability, bool> {
    list.iter().copied().collect()
}

/// The examples as the release that wrote tests/fixtures/files-v1/ held them, by id.
pub fn example(id: &str) -> Answers {
    match id {
        "blogging-platform" => blogging_platform(),
        "ecommerce-payments" => ecommerce_payments(),
        "five-person-mvp" => five_person_mvp(),
        "sixty-engineer-platform" => sixty_engineer_platform(),
        "pressure-without-foundation" => pressure_without_foundation(),
        "b2b-saas" => b2b_saas(),
        "large-marketplace" => large_marketplace(),
        "tangled-services" => tangled_services(),
        _ => panic!("no frozen answers for {id}"),
    }
}

/// The ids of the examples of that release, in the order its start page listed them.
pub const EXAMPLE_IDS: [&str; 8] = [
    "blogging-platform",
    "ecommerce-payments",
    "five-person-mvp",
    "sixty-engineer-platform",
    "pressure-without-foundation",
    "b2b-saas",
    "large-marketplace",
    "tangled-services",
];

/// The example `blogging-platform`, as tests/fixtures/files-v1/blogging-platform.json holds it.
pub fn blogging_platform() -> Answers {
    Answers {
        context: Context {
            engineers: Some(6),
            teams: Some(1),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "uniform"),
            (FactorId::Availability, "same"),
            (FactorId::DeploymentCadence, "together"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "similar"),
            (FactorId::DataConsistency, "cross_domain_transactions"),
            (FactorId::TimeHorizon, "speed_now"),
            (FactorId::ScalingBottleneck, "none"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(1),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Profiles", 1, Standard, Weekly, Some("blog"), Balanced, false),
                module(2, "Posts", 3, Standard, Weekly, Some("blog"), Balanced, true),
                module(3, "Comments", 2, Standard, Weekly, Some("blog"), Balanced, false),
                module(4, "Search", 2, Standard, Weekly, Some("blog"), IoBound, false),
            ],
            dependencies: vec![
                dep(2, 1, Sync),
                dep(3, 2, Sync),
                dep(3, 1, Sync),
                dep(4, 2, SharedTables { shared_writes: false }),
            ],
        },
        plan_start: None,
    }
}

/// The example `ecommerce-payments`, as tests/fixtures/files-v1/ecommerce-payments.json holds it.
pub fn ecommerce_payments() -> Answers {
    Answers {
        context: Context {
            engineers: Some(12),
            teams: Some(2),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under10M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "one_hot"),
            (FactorId::Availability, "mostly_same"),
            (FactorId::DeploymentCadence, "together"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "isolate"),
            (FactorId::DataConsistency, "some_transactions"),
            (FactorId::TimeHorizon, "balanced"),
            (FactorId::ScalingBottleneck, "clear"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, true),
                (Capability::OnCall, true),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(2),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Catalog", 2, Standard, Weekly, Some("shop"), Balanced, true),
                module(2, "Orders", 2, Standard, Weekly, Some("shop"), Balanced, false),
                module(3, "Payments", 20, Standard, Weekly, Some("payments"), CpuHeavy, false),
                module(4, "Users", 1, Standard, Weekly, Some("shop"), Balanced, false),
                module(5, "Static content", 1, Standard, Weekly, Some("shop"), IoBound, false),
            ],
            dependencies: vec![
                dep(2, 1, Sync),
                dep(2, 3, Sync),
                dep(2, 4, Sync),
                dep(5, 1, SharedTables { shared_writes: false }),
            ],
        },
        plan_start: None,
    }
}

/// The example `five-person-mvp`, as tests/fixtures/files-v1/five-person-mvp.json holds it.
pub fn five_person_mvp() -> Answers {
    Answers {
        context: Context {
            engineers: Some(5),
            teams: Some(1),
            stage: Some(ProductStage::Prototype),
            daily_requests: Some(TrafficBand::Under100k),
            architecture: Some(CurrentArchitecture::Greenfield),
            stack: Some(Stack::Python),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "shifting"),
            (FactorId::ScalingProfile, "uniform"),
            (FactorId::Availability, "same"),
            (FactorId::DeploymentCadence, "together"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "similar"),
            (FactorId::DataConsistency, "some_transactions"),
            (FactorId::TimeHorizon, "speed_now"),
            (FactorId::ScalingBottleneck, "none"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, false),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, false),
                (Capability::Metrics, false),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(0),
        },
        domain: DomainMap { modules: vec![], dependencies: vec![] },
        plan_start: None,
    }
}

/// The example `sixty-engineer-platform`, as tests/fixtures/files-v1/sixty-engineer-platform.json holds it.
pub fn sixty_engineer_platform() -> Answers {
    Answers {
        context: Context {
            engineers: Some(60),
            teams: Some(7),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::ModularMonolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "many_divergent"),
            (FactorId::Availability, "different"),
            (FactorId::DeploymentCadence, "mismatch"),
            (FactorId::TechDiversity, "libraries"),
            (FactorId::ResourceIsolation, "some"),
            (FactorId::DataConsistency, "eventual"),
            (FactorId::TimeHorizon, "flexibility_later"),
            (FactorId::ScalingBottleneck, "clear"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, true),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, true),
                (Capability::OnCall, true),
                (Capability::ApiVersioning, true),
                (Capability::FeatureFlags, true),
                (Capability::ContractTests, true),
            ]),
            ops_headcount: Some(6),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Core ledger", 3, High, Monthly, Some("core"), Balanced, true),
                module(2, "Auth", 4, Critical, Monthly, Some("identity"), Balanced, false),
                module(3, "Notifications", 6, Tolerant, Weekly, Some("engagement"), IoBound, false),
                module(4, "Search", 25, Standard, Daily, Some("discovery"), MemoryHeavy, false),
                module(5, "Catalog", 3, Standard, Weekly, Some("catalog"), Balanced, false),
                module(6, "Checkout", 4, Critical, Weekly, Some("checkout"), Balanced, false),
                module(
                    7,
                    "Recommendations",
                    8,
                    Tolerant,
                    Daily,
                    Some("discovery"),
                    CpuHeavy,
                    false,
                ),
                module(8, "Billing", 2, Critical, Quarterly, Some("core"), Balanced, true),
                module(9, "Reporting", 1, Tolerant, Monthly, Some("insights"), Balanced, false),
            ],
            dependencies: vec![
                dep(6, 1, Sync),
                dep(6, 2, Sync),
                dep(6, 8, Sync),
                dep(5, 1, Sync),
                dep(4, 5, Async),
                dep(7, 5, Async),
                dep(6, 3, Async),
                dep(9, 1, SharedTables { shared_writes: false }),
                dep(1, 8, SharedTables { shared_writes: true }),
            ],
        },
        plan_start: Some(YearMonth { year: 2026, month: 9 }),
    }
}

/// The example `pressure-without-foundation`, as tests/fixtures/files-v1/pressure-without-foundation.json holds it.
pub fn pressure_without_foundation() -> Answers {
    Answers {
        context: Context {
            engineers: Some(70),
            teams: Some(8),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under10M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Other),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "many_divergent"),
            (FactorId::Availability, "different"),
            (FactorId::DeploymentCadence, "mismatch"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "some"),
            (FactorId::DataConsistency, "eventual"),
            (FactorId::TimeHorizon, "flexibility_later"),
            (FactorId::ScalingBottleneck, "suspected"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, false),
                (Capability::Containers, true),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(1),
        },
        domain: DomainMap { modules: vec![], dependencies: vec![] },
        plan_start: None,
    }
}

/// The example `b2b-saas`, as tests/fixtures/files-v1/b2b-saas.json holds it.
pub fn b2b_saas() -> Answers {
    Answers {
        context: Context {
            engineers: Some(28),
            teams: Some(4),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        factors: factors(&[
            (FactorId::DomainStability, "settling"),
            (FactorId::ScalingProfile, "one_hot"),
            (FactorId::Availability, "mostly_same"),
            (FactorId::DeploymentCadence, "some_variation"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "isolate"),
            (FactorId::DataConsistency, "some_transactions"),
            (FactorId::TimeHorizon, "balanced"),
            (FactorId::ScalingBottleneck, "clear"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, true),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(2),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Accounts", 2, Standard, Monthly, Some("platform"), Balanced, false),
                module(2, "Projects", 3, Standard, Weekly, Some("workspace"), Balanced, true),
                module(3, "Tasks", 4, Standard, Weekly, Some("workspace"), Balanced, true),
                module(4, "Reports", 12, Standard, Weekly, Some("insights"), MemoryHeavy, false),
                module(5, "Notifications", 3, Standard, Weekly, Some("platform"), IoBound, false),
                module(6, "Billing", 1, Standard, Monthly, Some("platform"), Balanced, false),
                module(7, "Integrations", 2, Standard, Weekly, Some("platform"), IoBound, false),
            ],
            dependencies: vec![
                dep(2, 1, Sync),
                dep(3, 2, Sync),
                dep(3, 1, Sync),
                dep(4, 3, SharedTables { shared_writes: false }),
                dep(4, 2, SharedTables { shared_writes: false }),
                dep(3, 5, Async),
                dep(6, 1, Sync),
                dep(7, 3, Async),
            ],
        },
        plan_start: None,
    }
}

/// The example `large-marketplace`, as tests/fixtures/files-v1/large-marketplace.json holds it.
pub fn large_marketplace() -> Answers {
    Answers {
        context: Context {
            engineers: Some(180),
            teams: Some(18),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::SomeServices),
            stack: Some(Stack::Other),
            services_today: Some(3),
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "many_divergent"),
            (FactorId::Availability, "different"),
            (FactorId::DeploymentCadence, "mismatch"),
            (FactorId::TechDiversity, "different_runtime"),
            (FactorId::ResourceIsolation, "isolate"),
            (FactorId::DataConsistency, "eventual"),
            (FactorId::TimeHorizon, "flexibility_later"),
            (FactorId::ScalingBottleneck, "clear"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, true),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, true),
                (Capability::OnCall, true),
                (Capability::ApiVersioning, true),
                (Capability::FeatureFlags, true),
                (Capability::ContractTests, true),
            ]),
            ops_headcount: Some(14),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Identity", 6, Critical, Monthly, Some("identity"), Balanced, false),
                module(2, "Listings", 10, High, Weekly, Some("listings"), Balanced, true),
                module(3, "Search", 60, High, Daily, Some("discovery"), MemoryHeavy, false),
                module(
                    4,
                    "Recommendations",
                    20,
                    Tolerant,
                    Daily,
                    Some("discovery"),
                    CpuHeavy,
                    false,
                ),
                module(5, "Orders", 8, Critical, Weekly, Some("orders"), Balanced, true),
                module(6, "Payments", 8, Critical, Monthly, Some("payments"), CpuHeavy, false),
                module(7, "Payouts", 2, High, Monthly, Some("payments"), Balanced, false),
                module(8, "Messaging", 12, Standard, Weekly, Some("community"), IoBound, false),
                module(9, "Notifications", 15, Tolerant, Weekly, Some("community"), IoBound, false),
                module(10, "Reviews", 5, Standard, Weekly, Some("community"), Balanced, false),
                module(11, "Fraud detection", 10, High, Daily, Some("trust"), CpuHeavy, false),
                module(12, "Shipping", 4, Standard, Monthly, Some("logistics"), Balanced, false),
                module(13, "Seller tools", 3, Standard, Daily, Some("sellers"), Balanced, false),
                module(14, "Analytics", 2, Tolerant, Monthly, Some("insights"), MemoryHeavy, false),
            ],
            dependencies: vec![
                dep(5, 6, Sync),
                dep(5, 2, Sync),
                dep(5, 1, Sync),
                dep(6, 11, Sync),
                dep(7, 6, Async),
                dep(3, 2, Async),
                dep(4, 2, Async),
                dep(4, 5, Async),
                dep(8, 1, Sync),
                dep(5, 9, Async),
                dep(8, 9, Async),
                dep(10, 5, Sync),
                dep(12, 5, Async),
                dep(13, 2, Sync),
                dep(14, 5, SharedTables { shared_writes: false }),
                dep(14, 2, SharedTables { shared_writes: false }),
            ],
        },
        plan_start: None,
    }
}

/// The example `tangled-services`, as tests/fixtures/files-v1/tangled-services.json holds it.
pub fn tangled_services() -> Answers {
    Answers {
        context: Context {
            engineers: Some(14),
            teams: Some(3),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Microservices),
            stack: Some(Stack::Python),
            services_today: Some(8),
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "uniform"),
            (FactorId::Availability, "same"),
            (FactorId::DeploymentCadence, "together"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "similar"),
            (FactorId::DataConsistency, "some_transactions"),
            (FactorId::TimeHorizon, "balanced"),
            (FactorId::ScalingBottleneck, "none"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, true),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(2),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Gateway", 3, Standard, Weekly, Some("platform"), Balanced, false),
                module(2, "Orders", 2, Standard, Weekly, Some("orders"), Balanced, false),
                module(3, "Inventory", 2, Standard, Weekly, Some("orders"), Balanced, false),
                module(4, "Pricing", 1, Standard, Weekly, Some("orders"), Balanced, false),
                module(5, "Payments", 2, Standard, Weekly, Some("payments"), Balanced, false),
                module(6, "Ledger", 1, Standard, Weekly, Some("payments"), Balanced, false),
                module(7, "Users", 1, Standard, Weekly, Some("platform"), Balanced, false),
                module(8, "Email", 1, Standard, Weekly, None, IoBound, false),
            ],
            dependencies: vec![
                dep(1, 2, Sync),
                dep(2, 3, Sync),
                dep(3, 2, Sync),
                dep(3, 4, Sync),
                dep(4, 5, Sync),
                dep(5, 6, Sync),
                dep(6, 5, SharedTables { shared_writes: true }),
                dep(2, 7, Sync),
            ],
        },
        plan_start: None,
    }
}

/// tests/fixtures/files-v1/largest-values.json: every count, id, load, name and year at the
/// largest a file may hold.
pub fn largest_values() -> Answers {
    Answers {
        context: Context {
            engineers: Some(100000),
            teams: Some(5000),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::SomeServices),
            stack: Some(Stack::Other),
            services_today: Some(10000),
        },
        factors: factors(&[
            (FactorId::DomainStability, "stable"),
            (FactorId::ScalingProfile, "many_divergent"),
            (FactorId::Availability, "different"),
            (FactorId::DeploymentCadence, "mismatch"),
            (FactorId::TechDiversity, "different_runtime"),
            (FactorId::ResourceIsolation, "isolate"),
            (FactorId::DataConsistency, "eventual"),
            (FactorId::TimeHorizon, "flexibility_later"),
            (FactorId::ScalingBottleneck, "clear"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, true),
                (Capability::Containers, true),
                (Capability::Orchestration, true),
                (Capability::CentralLogging, true),
                (Capability::Metrics, true),
                (Capability::Tracing, true),
                (Capability::OnCall, true),
                (Capability::ApiVersioning, true),
                (Capability::FeatureFlags, true),
                (Capability::ContractTests, true),
            ]),
            ops_headcount: Some(10000),
        },
        domain: DomainMap {
            modules: vec![
                module(
                    4294967295,
                    "Zürich ledger – éZürich ledger – éZürich ledger – éZürich le",
                    1000000,
                    Critical,
                    Quarterly,
                    Some("ññññññññññññññññññññññññññññññññññññññññññññññññññññññññññññ"),
                    MemoryHeavy,
                    true,
                ),
                module(0, "A", 1, Tolerant, Daily, None, CpuHeavy, false),
            ],
            dependencies: vec![
                dep(0, 4294967295, SharedTables { shared_writes: true }),
                dep(4294967295, 0, Async),
                dep(0, 4294967295, Sync),
            ],
        },
        plan_start: Some(YearMonth { year: 2200, month: 12 }),
    }
}

/// tests/fixtures/files-v1/smallest-values.json: every value at the smallest a file may hold, and
/// an empty team.
pub fn smallest_values() -> Answers {
    Answers {
        context: Context {
            engineers: Some(1),
            teams: Some(1),
            stage: Some(ProductStage::Prototype),
            daily_requests: Some(TrafficBand::Under100k),
            architecture: Some(CurrentArchitecture::Microservices),
            stack: Some(Stack::Python),
            services_today: Some(0),
        },
        factors: factors(&[
            (FactorId::DomainStability, "shifting"),
            (FactorId::ScalingProfile, "uniform"),
            (FactorId::Availability, "same"),
            (FactorId::DeploymentCadence, "together"),
            (FactorId::TechDiversity, "one_stack"),
            (FactorId::ResourceIsolation, "similar"),
            (FactorId::DataConsistency, "cross_domain_transactions"),
            (FactorId::TimeHorizon, "speed_now"),
            (FactorId::ScalingBottleneck, "none"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::CiCd, false),
                (Capability::Containers, false),
                (Capability::Orchestration, false),
                (Capability::CentralLogging, false),
                (Capability::Metrics, false),
                (Capability::Tracing, false),
                (Capability::OnCall, false),
                (Capability::ApiVersioning, false),
                (Capability::FeatureFlags, false),
                (Capability::ContractTests, false),
            ]),
            ops_headcount: Some(0),
        },
        domain: DomainMap {
            modules: vec![module(0, "x", 1, Tolerant, Daily, Some(""), IoBound, false)],
            dependencies: vec![],
        },
        plan_start: Some(YearMonth { year: 1970, month: 1 }),
    }
}

/// tests/fixtures/files-v1/unknown-fields.json: the answers, whatever extra fields surround them.
pub fn unknown_fields() -> Answers {
    Answers {
        context: Context {
            engineers: Some(9),
            teams: Some(2),
            stage: Some(ProductStage::FindingFit),
            daily_requests: Some(TrafficBand::Under100k),
            ..Context::default()
        },
        factors: factors(&[
            (FactorId::DomainStability, "settling"),
            (FactorId::TimeHorizon, "speed_now"),
        ]),
        readiness: Readiness {
            capabilities: capabilities(&[(Capability::CiCd, true), (Capability::OnCall, false)]),
            ops_headcount: Some(1),
        },
        domain: DomainMap {
            modules: vec![
                module(1, "Catalog", 2, High, Daily, Some("shop"), Balanced, true),
                module(2, "Checkout", 5, Standard, Weekly, None, Balanced, false),
            ],
            dependencies: vec![dep(2, 1, Async), dep(1, 2, SharedTables { shared_writes: true })],
        },
        plan_start: Some(YearMonth { year: 2027, month: 3 }),
    }
}

/// tests/fixtures/files-v1/missing-optional-fields.json: a missing or null answer is no answer;
/// a module without its details gets load 1, 99.9%, weekly, no team, balanced, not core; a
/// dependency without a kind is a synchronous call.
pub fn missing_optional_fields() -> Answers {
    Answers {
        context: Context {
            engineers: Some(30),
            architecture: Some(CurrentArchitecture::Monolith),
            ..Context::default()
        },
        factors: SortedMap::new(),
        readiness: Readiness {
            capabilities: capabilities(&[
                (Capability::Metrics, true),
                (Capability::Tracing, false),
            ]),
            ops_headcount: None,
        },
        domain: DomainMap {
            modules: vec![
                module(10, "Billing", 1, Standard, Weekly, None, Balanced, false),
                module(11, "Accounts", 4, Standard, Weekly, None, Balanced, false),
                module(12, "Reports", 1, Standard, Monthly, None, Balanced, true),
            ],
            dependencies: vec![dep(10, 11, Sync), dep(12, 10, Async)],
        },
        plan_start: None,
    }
}

/// tests/fixtures/files-v1/minimal.json: a file with nothing answered.
pub fn minimal() -> Answers {
    Answers::default()
}

/// tests/fixtures/files-v1/one-line-in-any-order.json: fields in any order on one line, escaped
/// text, markup and a character outside the Basic Multilingual Plane in names.
pub fn one_line_in_any_order() -> Answers {
    Answers {
        context: Context { teams: Some(3), stack: Some(Stack::Python), ..Context::default() },
        domain: DomainMap {
            modules: vec![
                module(1, "Caf\u{e9} \"Z\u{fc}rich\"", 1, Standard, Weekly, None, Balanced, false),
                module(
                    2,
                    "<script>alert(1)</script>",
                    1,
                    Standard,
                    Weekly,
                    Some("\u{1f680} launch"),
                    Balanced,
                    false,
                ),
            ],
            dependencies: vec![dep(1, 2, Sync)],
        },
        plan_start: Some(YearMonth { year: 2026, month: 9 }),
        ..Answers::default()
    }
}

/// The tangled services' answers as a monolith with Payments and Ledger beside it, marked on
/// the map as running on their own: the first answers with those marks.
pub fn beside_the_monolith() -> Answers {
    let mut a = tangled_services();
    a.context.architecture = Some(CurrentArchitecture::SomeServices);
    a.context.services_today = Some(2);
    for m in &mut a.domain.modules {
        m.runs_apart = m.name == "Payments" || m.name == "Ledger";
    }
    a
}
