//! Ready-made example teams, drawn from the situations the source articles describe. The
//! start page offers them, and the tests pin the verdict each one must get.

use super::answers::*;
use serde::{Deserialize, Serialize};

/// A named set of answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// Stable id ("blogging-platform").
    pub id: String,
    /// Its title.
    pub title: String,
    /// Who the team is, in a sentence or two.
    pub summary: String,
    /// The answers.
    pub answers: Answers,
}

/// A module owned by `team`, with its load and its (availability, cadence, resource) profile.
fn module(
    id: u32,
    name: &str,
    team: &str,
    load: u32,
    (availability, cadence, resource): (AvailabilityTarget, Cadence, ResourceProfile),
) -> Module {
    Module {
        id,
        name: name.to_string(),
        load,
        availability,
        cadence,
        team: if team.is_empty() { None } else { Some(team.to_string()) },
        resource,
        core: false,
        runs_apart: false,
    }
}

/// Marks a module as one that already runs on its own, beside the monolith.
fn running(mut m: Module) -> Module {
    m.runs_apart = true;
    m
}

/// Marks a module as part of the core domain.
fn core(mut m: Module) -> Module {
    m.core = true;
    m
}

fn dep(from: u32, to: u32, kind: DepKind) -> Dependency {
    Dependency { from, to, kind, imports: 0 }
}

fn with_ops(mut readiness: Readiness, ops: u32) -> Readiness {
    readiness.ops_headcount = Some(ops);
    readiness
}

/// The examples, in the order the start page lists them.
pub fn examples() -> Vec<Example> {
    use AvailabilityTarget::*;
    use Cadence::*;
    use Capability::*;
    use DepKind::*;
    use FactorId::*;
    use ResourceProfile::*;

    let mut blog = Answers {
        context: Context {
            engineers: Some(6),
            teams: Some(1),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: with_ops(Readiness::only(&[CiCd, Containers, CentralLogging, Metrics]), 1),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "uniform")
    .with_factor(Availability, "same")
    .with_factor(DeploymentCadence, "together")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "similar")
    .with_factor(DataConsistency, "cross_domain_transactions")
    .with_factor(TimeHorizon, "speed_now")
    .with_factor(ScalingBottleneck, "none");
    // The four parts the article's blogging platform has, all owned by the one team, on one
    // rhythm and one availability target.
    let every = (Standard, Weekly, Balanced);
    blog.domain = DomainMap {
        modules: vec![
            module(1, "Profiles", "blog", 1, every),
            core(module(2, "Posts", "blog", 3, every)),
            module(3, "Comments", "blog", 2, every),
            module(4, "Search", "blog", 2, (Standard, Weekly, IoBound)),
        ],
        dependencies: vec![
            dep(2, 1, Sync),
            dep(3, 2, Sync),
            dep(3, 1, Sync),
            dep(4, 2, SharedTables { shared_writes: false }),
        ],
    };

    let mut shop = Answers {
        context: Context {
            engineers: Some(12),
            teams: Some(2),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under10M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: with_ops(
            Readiness::only(&[CiCd, Containers, CentralLogging, Metrics, Tracing, OnCall]),
            2,
        ),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "one_hot")
    .with_factor(Availability, "mostly_same")
    .with_factor(DeploymentCadence, "together")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "isolate")
    .with_factor(DataConsistency, "some_transactions")
    .with_factor(TimeHorizon, "balanced")
    .with_factor(ScalingBottleneck, "clear");
    shop.domain = DomainMap {
        modules: vec![
            core(module(1, "Catalog", "shop", 2, (Standard, Weekly, Balanced))),
            module(2, "Orders", "shop", 2, (Standard, Weekly, Balanced)),
            module(3, "Payments", "payments", 20, (Standard, Weekly, CpuHeavy)),
            module(4, "Users", "shop", 1, (Standard, Weekly, Balanced)),
            module(5, "Static content", "shop", 1, (Standard, Weekly, IoBound)),
        ],
        dependencies: vec![
            dep(2, 1, Sync),
            dep(2, 3, Sync),
            dep(2, 4, Sync),
            dep(5, 1, SharedTables { shared_writes: false }),
        ],
    };

    let mvp = Answers {
        context: Context {
            engineers: Some(5),
            teams: Some(1),
            stage: Some(ProductStage::Prototype),
            daily_requests: Some(TrafficBand::Under100k),
            architecture: Some(CurrentArchitecture::Greenfield),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: with_ops(Readiness::only(&[CiCd]), 0),
        ..Answers::default()
    }
    .with_factor(DomainStability, "shifting")
    .with_factor(ScalingProfile, "uniform")
    .with_factor(Availability, "same")
    .with_factor(DeploymentCadence, "together")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "similar")
    .with_factor(DataConsistency, "some_transactions")
    .with_factor(TimeHorizon, "speed_now")
    .with_factor(ScalingBottleneck, "none");

    let mut platform = Answers {
        context: Context {
            engineers: Some(60),
            teams: Some(7),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::ModularMonolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: with_ops(Readiness::only(&Capability::ALL), 6),
        plan_start: Some(YearMonth { year: 2027, month: 3 }),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "many_divergent")
    .with_factor(Availability, "different")
    .with_factor(DeploymentCadence, "mismatch")
    .with_factor(TechDiversity, "libraries")
    .with_factor(ResourceIsolation, "some")
    .with_factor(DataConsistency, "eventual")
    .with_factor(TimeHorizon, "flexibility_later")
    .with_factor(ScalingBottleneck, "clear");
    platform.domain = DomainMap {
        modules: vec![
            core(module(1, "Core ledger", "core", 3, (High, Monthly, Balanced))),
            module(2, "Auth", "identity", 4, (Critical, Monthly, Balanced)),
            module(3, "Notifications", "engagement", 6, (Tolerant, Weekly, IoBound)),
            module(4, "Search", "discovery", 25, (Standard, Daily, MemoryHeavy)),
            module(5, "Catalog", "catalog", 3, (Standard, Weekly, Balanced)),
            module(6, "Checkout", "checkout", 4, (Critical, Weekly, Balanced)),
            module(7, "Recommendations", "discovery", 8, (Tolerant, Daily, CpuHeavy)),
            core(module(8, "Billing", "core", 2, (Critical, Quarterly, Balanced))),
            module(9, "Reporting", "insights", 1, (Tolerant, Monthly, Balanced)),
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
    };

    let unready = Answers {
        context: Context {
            engineers: Some(70),
            teams: Some(8),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under10M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Other),
            services_today: None,
        },
        readiness: with_ops(Readiness::only(&[Containers, CentralLogging, Metrics]), 1),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "many_divergent")
    .with_factor(Availability, "different")
    .with_factor(DeploymentCadence, "mismatch")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "some")
    .with_factor(DataConsistency, "eventual")
    .with_factor(TimeHorizon, "flexibility_later")
    .with_factor(ScalingBottleneck, "suspected");

    // A business-to-business product: a growing team, one heavy part (reports and exports),
    // most parts on one rhythm. Pressure exists but is concentrated.
    let mut saas = Answers {
        context: Context {
            engineers: Some(28),
            teams: Some(4),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: with_ops(
            Readiness::only(&[CiCd, Containers, CentralLogging, Metrics, FeatureFlags]),
            2,
        ),
        ..Answers::default()
    }
    .with_factor(DomainStability, "settling")
    .with_factor(ScalingProfile, "one_hot")
    .with_factor(Availability, "mostly_same")
    .with_factor(DeploymentCadence, "some_variation")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "isolate")
    .with_factor(DataConsistency, "some_transactions")
    .with_factor(TimeHorizon, "balanced")
    .with_factor(ScalingBottleneck, "clear");
    saas.domain = DomainMap {
        modules: vec![
            module(1, "Accounts", "platform", 2, (Standard, Monthly, Balanced)),
            core(module(2, "Projects", "workspace", 3, (Standard, Weekly, Balanced))),
            core(module(3, "Tasks", "workspace", 4, (Standard, Weekly, Balanced))),
            module(4, "Reports", "insights", 12, (Standard, Weekly, MemoryHeavy)),
            module(5, "Notifications", "platform", 3, (Standard, Weekly, IoBound)),
            module(6, "Billing", "platform", 1, (Standard, Monthly, Balanced)),
            module(7, "Integrations", "platform", 2, (Standard, Weekly, IoBound)),
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
    };

    // A large marketplace: many teams, parts with very different load, availability and
    // release speed, a full operations toolset, and a few services already running.
    let mut market = Answers {
        context: Context {
            engineers: Some(180),
            teams: Some(18),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::SomeServices),
            stack: Some(Stack::Other),
            services_today: Some(3),
        },
        readiness: with_ops(Readiness::only(&Capability::ALL), 14),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "many_divergent")
    .with_factor(Availability, "different")
    .with_factor(DeploymentCadence, "mismatch")
    .with_factor(TechDiversity, "different_runtime")
    .with_factor(ResourceIsolation, "isolate")
    .with_factor(DataConsistency, "eventual")
    .with_factor(TimeHorizon, "flexibility_later")
    .with_factor(ScalingBottleneck, "clear");
    market.domain = DomainMap {
        modules: vec![
            running(module(1, "Identity", "identity", 6, (Critical, Monthly, Balanced))),
            core(module(2, "Listings", "listings", 10, (High, Weekly, Balanced))),
            module(3, "Search", "discovery", 60, (High, Daily, MemoryHeavy)),
            module(4, "Recommendations", "discovery", 20, (Tolerant, Daily, CpuHeavy)),
            core(module(5, "Orders", "orders", 8, (Critical, Weekly, Balanced))),
            module(6, "Payments", "payments", 8, (Critical, Monthly, CpuHeavy)),
            module(7, "Payouts", "payments", 2, (High, Monthly, Balanced)),
            module(8, "Messaging", "community", 12, (Standard, Weekly, IoBound)),
            running(module(9, "Notifications", "community", 15, (Tolerant, Weekly, IoBound))),
            module(10, "Reviews", "community", 5, (Standard, Weekly, Balanced)),
            module(11, "Fraud detection", "trust", 10, (High, Daily, CpuHeavy)),
            module(12, "Shipping", "logistics", 4, (Standard, Monthly, Balanced)),
            module(13, "Seller tools", "sellers", 3, (Standard, Daily, Balanced)),
            running(module(14, "Analytics", "insights", 2, (Tolerant, Monthly, MemoryHeavy))),
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
    };

    // Services already, but they behave as one: a call cycle, shared writes, a deep chain, and
    // more services than two operations people can run.
    let mut tangled = Answers {
        context: Context {
            engineers: Some(14),
            teams: Some(3),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under1M),
            architecture: Some(CurrentArchitecture::Microservices),
            stack: Some(Stack::Python),
            services_today: Some(8),
        },
        readiness: with_ops(
            Readiness::only(&[CiCd, Containers, Orchestration, CentralLogging, Metrics]),
            2,
        ),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "uniform")
    .with_factor(Availability, "same")
    .with_factor(DeploymentCadence, "together")
    .with_factor(TechDiversity, "one_stack")
    .with_factor(ResourceIsolation, "similar")
    .with_factor(DataConsistency, "some_transactions")
    .with_factor(TimeHorizon, "balanced")
    .with_factor(ScalingBottleneck, "none");
    tangled.domain = DomainMap {
        modules: vec![
            module(1, "Gateway", "platform", 3, (Standard, Weekly, Balanced)),
            module(2, "Orders", "orders", 2, (Standard, Weekly, Balanced)),
            module(3, "Inventory", "orders", 2, (Standard, Weekly, Balanced)),
            module(4, "Pricing", "orders", 1, (Standard, Weekly, Balanced)),
            module(5, "Payments", "payments", 2, (Standard, Weekly, Balanced)),
            module(6, "Ledger", "payments", 1, (Standard, Weekly, Balanced)),
            module(7, "Users", "platform", 1, (Standard, Weekly, Balanced)),
            module(8, "Email", "", 1, (Standard, Weekly, IoBound)),
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
    };

    // Services already, and every one earns its place: ten services, each with one owning team,
    // no call cycle, no shared writes, no deep chain, and people enough to run them.
    let mut estate = Answers {
        context: Context {
            engineers: Some(60),
            teams: Some(6),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Over10M),
            architecture: Some(CurrentArchitecture::Microservices),
            stack: Some(Stack::Other),
            services_today: Some(10),
        },
        readiness: with_ops(Readiness::only(&Capability::ALL), 6),
        ..Answers::default()
    }
    .with_factor(DomainStability, "stable")
    .with_factor(ScalingProfile, "many_divergent")
    .with_factor(Availability, "different")
    .with_factor(DeploymentCadence, "mismatch")
    .with_factor(TechDiversity, "different_runtime")
    .with_factor(ResourceIsolation, "isolate")
    .with_factor(DataConsistency, "eventual")
    .with_factor(TimeHorizon, "flexibility_later")
    .with_factor(ScalingBottleneck, "clear");
    estate.domain = DomainMap {
        modules: vec![
            module(1, "Gateway", "platform", 10, (Critical, Weekly, IoBound)),
            module(2, "Catalog", "catalog", 6, (Standard, Weekly, Balanced)),
            module(3, "Search", "catalog", 25, (Standard, Daily, MemoryHeavy)),
            module(4, "Cart", "checkout", 4, (High, Weekly, Balanced)),
            module(5, "Orders", "checkout", 3, (High, Weekly, Balanced)),
            module(6, "Payments", "payments", 2, (Critical, Monthly, Balanced)),
            module(7, "Ledger", "payments", 1, (High, Quarterly, Balanced)),
            module(8, "Shipping", "fulfilment", 2, (Standard, Weekly, IoBound)),
            module(9, "Notifications", "platform", 5, (Tolerant, Weekly, IoBound)),
            module(10, "Recommendations", "discovery", 8, (Tolerant, Daily, CpuHeavy)),
        ],
        dependencies: vec![
            dep(1, 2, Sync),
            dep(1, 3, Sync),
            dep(1, 4, Sync),
            dep(4, 2, Sync),
            dep(1, 5, Sync),
            dep(5, 6, Sync),
            dep(6, 7, Async),
            dep(5, 8, Async),
            dep(5, 9, Async),
            dep(8, 9, Async),
            dep(2, 10, Async),
        ],
    };

    vec![
        Example {
            id: "blogging-platform".to_string(),
            title: "A blogging platform".to_string(),
            summary: "Six engineers run profiles, posts, comments and search for a blog \
                      platform that has grown for years without its complexity taking off."
                .to_string(),
            answers: blog,
        },
        Example {
            id: "ecommerce-payments".to_string(),
            title: "An e-commerce shop with heavy payment processing".to_string(),
            summary: "Twelve engineers; payment processing is CPU- and memory-hungry and \
                      needs to scale on its own, while the rest of the shop is ordinary."
                .to_string(),
            answers: shop,
        },
        Example {
            id: "five-person-mvp".to_string(),
            title: "A five-engineer MVP".to_string(),
            summary: "A new product still testing its idea, built by five engineers.".to_string(),
            answers: mvp,
        },
        Example {
            id: "sixty-engineer-platform".to_string(),
            title: "A 60-engineer platform with mature operations".to_string(),
            summary: "Seven teams, different availability targets and release speeds per \
                      area, and a full operations toolset with people on call."
                .to_string(),
            answers: platform,
        },
        Example {
            id: "pressure-without-foundation".to_string(),
            title: "Strong pressure, no foundation".to_string(),
            summary: "Seventy engineers with several split triggers, but no CI/CD pipeline, \
                      no tracing and no on-call rota."
                .to_string(),
            answers: unready,
        },
        Example {
            id: "b2b-saas".to_string(),
            title: "A B2B SaaS product with heavy reports".to_string(),
            summary: "Twenty-eight engineers in four teams; reports and exports eat memory and \
                      spike at month end, while the rest of the product is steady."
                .to_string(),
            answers: saas,
        },
        Example {
            id: "large-marketplace".to_string(),
            title: "A large marketplace".to_string(),
            summary: "180 engineers in eighteen teams, search and fraud detection under heavy \
                      load, payments that must not go down, sign-in, notifications and analytics \
                      already running as services, and a full operations toolset."
                .to_string(),
            answers: market,
        },
        Example {
            id: "tangled-services".to_string(),
            title: "Services that behave as one".to_string(),
            summary: "Fourteen engineers already run eight services, but several call each \
                      other in a cycle, two write the same tables, and a request waits on five \
                      of them in a row."
                .to_string(),
            answers: tangled,
        },
        Example {
            id: "services-that-fit".to_string(),
            title: "Services that earn their place".to_string(),
            summary: "Sixty engineers in six teams run ten services, each with one owning team, \
                      and six people on operations with the full toolset."
                .to_string(),
            answers: estate,
        },
    ]
}
