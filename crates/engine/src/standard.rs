//! The standard rubric: [`Catalogue::standard`].
//!
//! Facts and figures (thresholds, durations, phase names, cost figures, matrix rows) come
//! from the five source articles; every sentence is written for Seams. Each entry names its
//! source. `docs/decision-model.md` explains why each number is what it is.

use super::answers::{Capability, FactorId, ProductStage, Stack, TrafficBand};
use super::catalogue::*;
use super::outcome::{Quadrant, Verdict};

use Position::*;
#[allow(non_upper_case_globals)]
const ArchitectureChoicesForPython: Source = Source::ArchitectureChoicesForPython;
#[allow(non_upper_case_globals)]
const MicroservicesTrap: Source = Source::MicroservicesTrap;
#[allow(non_upper_case_globals)]
const FriendlyGuide: Source = Source::FriendlyGuide;
#[allow(non_upper_case_globals)]
const WhenToBreakTheMonolith: Source = Source::WhenToBreakTheMonolith;
#[allow(non_upper_case_globals)]
const MyApproach: Source = Source::MyApproach;

fn s(text: &str) -> String {
    text.to_string()
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn act(text: &str) -> ActivityDef {
    ActivityDef { text: s(text), builds: None, needs: None, min_services: 0, over_calls: false }
}

impl ActivityDef {
    fn builds(mut self, c: Capability) -> Self {
        self.builds = Some(c);
        self
    }
    fn needs(mut self, c: Capability) -> Self {
        self.needs = Some(c);
        self
    }
    fn at_least_services(mut self, n: u32) -> Self {
        self.min_services = n;
        self
    }
    fn over_calls(mut self) -> Self {
        self.over_calls = true;
        self
    }
}

impl PhaseDef {
    fn small(mut self, months: (u32, u32)) -> Self {
        self.months_small = Some(months);
        self
    }
    fn with(mut self, activities: Vec<ActivityDef>) -> Self {
        self.activities = activities;
        self
    }
}

/// Builds an option with no trigger, blocker or hot-spot effect.
fn opt(id: &str, label: &str, hint: &str, need: f64, position: Position) -> FactorOption {
    FactorOption {
        id: s(id),
        label: s(label),
        hint: s(hint),
        need,
        position,
        raises_triggers: Vec::new(),
        raises_blockers: Vec::new(),
        hot_spot: false,
        needs_transactions: false,
    }
}

impl FactorOption {
    fn triggers(mut self, t: &[TriggerId]) -> Self {
        self.raises_triggers = t.to_vec();
        self
    }
    fn blockers(mut self, b: &[BlockerId]) -> Self {
        self.raises_blockers = b.to_vec();
        self
    }
    fn hot(mut self) -> Self {
        self.hot_spot = true;
        self
    }
    fn transactions(mut self) -> Self {
        self.needs_transactions = true;
        self
    }
}

fn band(
    min: u32,
    representative: u32,
    label: &str,
    need: f64,
    growth: f64,
    position: Position,
) -> Band {
    Band { min, representative, label: s(label), need, growth, position }
}

fn points(
    monolith: f64,
    modular_monolith: f64,
    selective_extraction: f64,
    migration: f64,
    not_ready: f64,
) -> VerdictPoints {
    VerdictPoints { monolith, modular_monolith, selective_extraction, migration, not_ready }
}

impl Catalogue {
    /// The rubric distilled from the five source articles.
    pub fn standard() -> Catalogue {
        Catalogue {
            sources: sources(),
            factors: factors(),
            capabilities: capabilities(),
            engineer_bands: vec![
                band(0, 5, "fewer than 10 engineers", 0.0, 0.0, Stay),
                band(10, 15, "10 to 19 engineers", 0.2, 0.3, Stay),
                band(20, 35, "20 to 49 engineers", 0.5, 0.6, Middle),
                band(50, 80, "50 or more engineers", 1.0, 1.0, Split),
            ],
            team_bands: vec![
                band(0, 1, "one team", 0.0, 0.0, Stay),
                band(2, 2, "two teams", 0.25, 0.3, LeaningStay),
                band(3, 4, "three to five teams", 0.6, 0.6, LeaningSplit),
                band(6, 8, "six or more teams", 1.0, 1.0, Split),
            ],
            ops_bands: vec![
                band(0, 0, "nobody dedicated to operations", 0.0, 0.0, Stay),
                band(1, 2, "one or two people on operations", 0.0, 0.0, LeaningStay),
                band(3, 4, "three to five people on operations", 0.0, 0.0, LeaningSplit),
                band(6, 6, "six or more people on operations", 0.0, 0.0, Split),
            ],
            stages: vec![
                StageDef {
                    stage: ProductStage::Prototype,
                    label: s("Prototype: testing an idea"),
                    need: 0.0,
                    growth: 0.0,
                    position: Stay,
                    raises_blockers: vec![BlockerId::FindingFit],
                    mature: false,
                },
                StageDef {
                    stage: ProductStage::FindingFit,
                    label: s("Live, still searching for product–market fit"),
                    need: 0.1,
                    growth: 0.2,
                    position: Stay,
                    raises_blockers: vec![BlockerId::FindingFit],
                    mature: false,
                },
                StageDef {
                    stage: ProductStage::GrowingStable,
                    label: s("Growing on a stable domain"),
                    need: 0.6,
                    growth: 0.7,
                    position: LeaningSplit,
                    raises_blockers: vec![],
                    mature: true,
                },
                StageDef {
                    stage: ProductStage::MatureAtScale,
                    label: s("Mature and operating at scale"),
                    need: 1.0,
                    growth: 1.0,
                    position: Split,
                    raises_blockers: vec![],
                    mature: true,
                },
            ],
            traffic: vec![
                TrafficDef {
                    band: TrafficBand::Under100k,
                    label: s("fewer than 100,000 requests a day"),
                    need: 0.0,
                    position: Stay,
                },
                TrafficDef {
                    band: TrafficBand::Under1M,
                    label: s("100,000 to a million requests a day"),
                    need: 0.2,
                    position: Stay,
                },
                TrafficDef {
                    band: TrafficBand::Under10M,
                    label: s("one to ten million requests a day"),
                    need: 0.6,
                    position: LeaningSplit,
                },
                TrafficDef {
                    band: TrafficBand::Over10M,
                    label: s("ten million or more requests a day"),
                    need: 1.0,
                    position: Split,
                },
            ],
            engineers_weight: 1.5,
            teams_weight: 1.0,
            stage_weight: 1.0,
            traffic_weight: 0.75,
            triggers: triggers(),
            blockers: blockers(),
            matrix: matrix(),
            scorecard: vec![
                ScoreRow { feature: Feature::Bias, points: points(60.0, 45.0, 20.0, 0.0, 0.0) },
                ScoreRow { feature: Feature::Need, points: points(-30.0, 5.0, 10.0, 30.0, 30.0) },
                ScoreRow { feature: Feature::Readiness, points: points(0.0, 0.0, 10.0, 0.0, 0.0) },
                ScoreRow {
                    feature: Feature::OneTrigger,
                    points: points(-20.0, 5.0, 10.0, 0.0, 0.0),
                },
                ScoreRow {
                    feature: Feature::TwoPlusTriggers,
                    points: points(-40.0, -25.0, -10.0, 0.0, 0.0),
                },
                ScoreRow {
                    feature: Feature::TwoPlusReady,
                    points: points(0.0, 0.0, 0.0, 60.0, 0.0),
                },
                ScoreRow {
                    feature: Feature::TwoPlusUnready,
                    points: points(0.0, 0.0, 0.0, 0.0, 60.0),
                },
                ScoreRow {
                    feature: Feature::ExtraTriggers,
                    points: points(0.0, 0.0, 0.0, 10.0, 10.0),
                },
                ScoreRow {
                    feature: Feature::HotSpot,
                    points: points(-25.0, -15.0, 40.0, 0.0, 0.0),
                },
                ScoreRow { feature: Feature::Growth, points: points(-40.0, 10.0, 0.0, 0.0, 0.0) },
                ScoreRow {
                    feature: Feature::Blockers,
                    points: points(15.0, 0.0, -10.0, -20.0, -20.0),
                },
            ],
            verdicts: Verdict::ALL
                .iter()
                .map(|&verdict| {
                    let (pros, cons) = pros_and_cons(verdict);
                    VerdictText {
                        verdict,
                        label: s(verdict.label()),
                        summary: s(verdict.summary()),
                        summary_with_services: s(summary_with_services(verdict)),
                        pros: strings(pros),
                        cons: strings(cons),
                    }
                })
                .collect(),
            quadrants: quadrants(),
            phases: phases(),
            pitfalls: pitfalls(),
            advice: advice(),
            revisit: revisit(),
            first_pick_keywords: strings(&[
                "auth",
                "authentication",
                "authn",
                "identity",
                "login",
                "signin",
                "sso",
                "accounts",
                "notification",
                "notifications",
                "notify",
                "notifier",
                "email",
                "emails",
                "mail",
                "mailer",
                "search",
            ]),
            candidate_weights: CandidateWeights {
                hot_load: 3.0,
                availability: 2.0,
                cadence: 2.0,
                resource: 3.0,
                owned_apart: 1.5,
                sync_edge: 1.0,
                async_edge: 0.25,
                shared_read: 1.5,
                shared_write: 3.0,
            },
            costs: CostModel {
                latency_per_hop_ms: (10, 50),
                ops_monolith: (1, 2),
                ops_ten_services: (3, 6),
                default_hops_without_map: 2,
            },
            thresholds: Thresholds {
                small_team_below: 20,
                org_trigger_at: 50,
                tiny_team_at_most: 5,
                hot_load_ratio: 10.0,
                availability_spread_levels: 2,
                cadence_spread_levels: 2,
                need_prior_weight: 1.0,
                need_prior_value: 0.0,
                trigger_share_of_need: 0.35,
                trigger_curve: vec![0.0, 0.45, 0.8, 0.9, 1.0, 1.0],
                capability_share: 0.85,
                ops_full_at: 3,
                essential_caps: vec![100.0, 70.0, 45.0, 30.0, 20.0],
                devops_blocker_below: 50.0,
                readiness_gate: (40.0, 70.0),
                migration_min_readiness: 55.0,
                migration_min_triggers: 2,
                clear_margin: 10.0,
                quadrant_need_at: 50.0,
                quadrant_readiness_at: 55.0,
                confidence_completeness_share: 0.5,
                confidence_robust_share: 0.2,
                confidence_margin_half: 10.0,
                confidence_high_at: 0.8,
                confidence_medium_at: 0.55,
                engineers_per_team: 8,
                services_per_team: 2,
                engineers_per_service: 4,
                typical_services: (5, 15),
                engineers_per_ops: 10,
                max_parallel_extractions: 3,
                infra_first_below: 70.0,
                infra_short_at: 85.0,
                sync_chain_pitfall_depth: 4,
            },
            texts: Default::default(),
        }
    }
}

fn sources() -> Vec<SourceInfo> {
    let source = |id: Source, title: &str, author: Option<&str>, year: Option<u16>| SourceInfo {
        id,
        title: s(title),
        author: author.map(s),
        year,
        link: None,
        note: None,
    };
    vec![
        source(
            ArchitectureChoicesForPython,
            "Monolith or Microservices: Architecture Choices for Python Developers",
            None,
            None,
        ),
        SourceInfo {
            note: Some(s(
                "The article has no title of its own; this descriptive title names its central \
                 story, a team that split into twenty services too early.",
            )),
            ..source(
                MicroservicesTrap,
                "The Microservices Trap: a Python practitioner's account",
                None,
                None,
            )
        },
        source(
            FriendlyGuide,
            "Microservices vs. Monolithic: A Friendly Guide for Backend Developers",
            Some("Pablo Jesús González Rubio"),
            Some(2024),
        ),
        source(
            WhenToBreakTheMonolith,
            "Python Microservices Architecture: When to Break the Monolith and How",
            Some("Acquaint Softtech"),
            Some(2026),
        ),
        source(
            MyApproach,
            "Monolith vs Microservices: My Approach with Next.js, Django, and FastAPI",
            Some("Ahmad Waqar"),
            None,
        ),
    ]
}

fn factors() -> Vec<Factor> {
    use BlockerId as B;
    use TriggerId as T;
    vec![
        Factor {
            id: FactorId::DomainStability,
            dimension: s("Domain stability"),
            question: s("How settled are the boundaries between the main parts of your product?"),
            why: s("A service boundary is expensive to move once data and contracts sit on each \
                 side of it. If the shape of the business still changes every few weeks, lines \
                 drawn today will need redrawing soon, and inside one codebase that redrawing is \
                 a refactor instead of a migration."),
            sources: vec![WhenToBreakTheMonolith, MicroservicesTrap],
            weight: 1.25,
            options: vec![
                opt(
                    "shifting",
                    "Still shifting",
                    "We redraw what belongs where every few weeks.",
                    0.0,
                    Stay,
                )
                .blockers(&[B::FindingFit]),
                opt(
                    "settling",
                    "Mostly settled",
                    "The big areas are clear; details still move now and then.",
                    0.5,
                    Middle,
                ),
                opt(
                    "stable",
                    "Stable",
                    "The main areas have not changed shape in a year or more.",
                    1.0,
                    Split,
                ),
            ],
        },
        Factor {
            id: FactorId::ScalingProfile,
            dimension: s("Scaling pattern"),
            question: s("How does load spread across the parts of your system?"),
            why: s(
                "When every part grows at the same rate, adding copies of the whole application \
                 is the cheapest way to scale. When one part needs an order of magnitude more \
                 capacity than the rest, scaling everything together pays for idle copies of the \
                 quiet parts.",
            ),
            sources: vec![WhenToBreakTheMonolith, FriendlyGuide],
            weight: 1.5,
            options: vec![
                opt("uniform", "Evenly", "All parts get busier or quieter together.", 0.0, Stay),
                opt(
                    "uneven",
                    "Somewhat unevenly",
                    "Some parts are busier, but within a few times of each other.",
                    0.4,
                    Middle,
                ),
                opt(
                    "one_hot",
                    "One part far busier",
                    "One part needs about ten times the capacity of another.",
                    0.9,
                    Split,
                )
                .triggers(&[T::ScalingProfiles])
                .hot(),
                opt(
                    "many_divergent",
                    "Several very different patterns",
                    "Several parts each scale on their own, very different curve.",
                    1.0,
                    Split,
                )
                .triggers(&[T::ScalingProfiles]),
            ],
        },
        Factor {
            id: FactorId::Availability,
            dimension: s("Reliability needs"),
            question: s("Do all parts of the product need the same availability?"),
            why: s(
                "A part that must almost never fail needs redundancy, careful releases and fast \
                 incident response. If it shares a process with parts that could be down for \
                 minutes without harm, either everything pays for the strictest target or the \
                 critical path inherits the risks of the rest.",
            ),
            sources: vec![WhenToBreakTheMonolith, FriendlyGuide],
            weight: 1.25,
            options: vec![
                opt(
                    "same",
                    "One target for everything",
                    "The whole product shares one availability goal.",
                    0.0,
                    Stay,
                ),
                opt(
                    "mostly_same",
                    "One area slightly stricter",
                    "One area matters more, but not by a different order of magnitude.",
                    0.4,
                    Middle,
                ),
                opt(
                    "different",
                    "Different per part",
                    "For example 99.99% for payments, while minutes of outage are fine elsewhere.",
                    1.0,
                    Split,
                )
                .triggers(&[T::ReliabilityRequirements]),
            ],
        },
        Factor {
            id: FactorId::DeploymentCadence,
            dimension: s("Deployment cadence"),
            question: s("Do parts of the product need to ship at different speeds?"),
            why: s("Services mainly buy the freedom to release parts on their own schedule. \
                 When the whole \
                 product goes out in one release regardless, that freedom goes unused. If one \
                      area must \
                 ship every day and another only each quarter, a shared release either slows the \
                 fast area down or adds risk to the slow one."),
            sources: vec![WhenToBreakTheMonolith, FriendlyGuide],
            weight: 1.25,
            options: vec![
                opt(
                    "together",
                    "Everything ships together",
                    "One product, one release rhythm.",
                    0.0,
                    Stay,
                )
                .blockers(&[B::SingleCadence]),
                opt(
                    "some_variation",
                    "Some variation",
                    "Some areas change faster, but can wait for a shared release.",
                    0.4,
                    Middle,
                ),
                opt(
                    "mismatch",
                    "Very different speeds",
                    "For example one area ships daily and another quarterly.",
                    1.0,
                    Split,
                )
                .triggers(&[T::CadenceMismatch]),
            ],
        },
        Factor {
            id: FactorId::TechDiversity,
            dimension: s("Technology diversity"),
            question: s("Does any workload need a different language or runtime?"),
            why: s("One process means one runtime. A workload that truly needs another language, \
                 such as a compiled language for raw speed or a JVM for an old integration, can \
                 only get it in a separate deployable. Wanting a different library or database \
                 is usually possible inside the monolith."),
            sources: vec![WhenToBreakTheMonolith, ArchitectureChoicesForPython, FriendlyGuide],
            weight: 0.75,
            options: vec![
                opt(
                    "one_stack",
                    "One stack suits everything",
                    "Nothing we build fights our current language and runtime.",
                    0.0,
                    Stay,
                ),
                opt(
                    "libraries",
                    "A different library or data store for one part",
                    "Something we can add without a second runtime.",
                    0.35,
                    Middle,
                ),
                opt(
                    "different_runtime",
                    "A workload needs another runtime",
                    "For example a Go service for speed or a JVM for a legacy integration.",
                    1.0,
                    Split,
                )
                .triggers(&[T::TechDiversity]),
            ],
        },
        Factor {
            id: FactorId::ResourceIsolation,
            dimension: s("Resource isolation"),
            question: s("Does one part of the system need very different hardware resources?"),
            why: s("A CPU- or memory-hungry component that shares machines with everything else \
                 makes the whole application slow when it is busy, and forces you to size every \
                 copy for its needs. Giving that one part machines of its own lets you add \
                      capacity exactly where it is \
                 needed, even if nothing else is split."),
            sources: vec![MicroservicesTrap],
            weight: 1.0,
            options: vec![
                opt(
                    "similar",
                    "Similar needs everywhere",
                    "Every part has much the same CPU and memory profile.",
                    0.0,
                    Stay,
                ),
                opt(
                    "some",
                    "One part uses more, sharing is fine",
                    "It is heavier, but it does not hurt the rest.",
                    0.35,
                    Middle,
                ),
                opt(
                    "isolate",
                    "One part starves the rest",
                    "A CPU- or memory-heavy part (payment processing, say) needs its own machines.",
                    0.8,
                    LeaningSplit,
                )
                .hot(),
            ],
        },
        Factor {
            id: FactorId::DataConsistency,
            dimension: s("Data consistency"),
            question: s("How strict must consistency be between different areas of the product?"),
            why: s(
                "Inside one database, one transaction can change several areas at once. Across \
                 services that guarantee is gone: you coordinate with sagas or an outbox and \
                 accept that areas agree a moment later. Operations that must commit together \
                 belong in the same service.",
            ),
            sources: vec![MicroservicesTrap, WhenToBreakTheMonolith],
            weight: 1.0,
            options: vec![
                opt(
                    "cross_domain_transactions",
                    "Transactions across areas are required",
                    "Key operations must commit in several areas at once, or not at all.",
                    0.0,
                    Stay,
                )
                .transactions(),
                opt(
                    "some_transactions",
                    "A few flows need them",
                    "Most areas can catch up a moment later; a few flows cannot.",
                    0.5,
                    Middle,
                ),
                opt(
                    "eventual",
                    "Eventual consistency is acceptable",
                    "Areas may disagree briefly and reconcile through events.",
                    1.0,
                    Split,
                ),
            ],
        },
        Factor {
            id: FactorId::TimeHorizon,
            dimension: s("Time horizon"),
            question: s("What matters more over the next year or two?"),
            why: s("A single codebase is the fastest way to get features out early on. Separate \
                 services cost more up front and pay back later, when the product has become a \
                 platform with many features and kinds of users. Which of those you are buying \
                 now changes the answer."),
            sources: vec![ArchitectureChoicesForPython, FriendlyGuide],
            weight: 0.75,
            options: vec![
                opt(
                    "speed_now",
                    "Speed now",
                    "Shipping features quickly this year comes first.",
                    0.0,
                    Stay,
                ),
                opt("balanced", "Both equally", "We need pace now and room to grow.", 0.5, Middle),
                opt(
                    "flexibility_later",
                    "Flexibility later",
                    "The product is becoming a platform; long-term flexibility matters most.",
                    1.0,
                    Split,
                ),
            ],
        },
        Factor {
            id: FactorId::ScalingBottleneck,
            dimension: s("Scaling bottleneck"),
            question: s("Is one specific component holding the system back today?"),
            why: s("Splitting pays only when it relieves something. If nothing measurably \
                 limits the \
                 system, a split adds cost without removing a constraint. If one \
                 clearly is, that component is the natural first candidate."),
            sources: vec![WhenToBreakTheMonolith],
            weight: 1.0,
            options: vec![
                opt(
                    "none",
                    "No clear bottleneck",
                    "The system copes; nothing stands out.",
                    0.0,
                    Stay,
                )
                .blockers(&[B::NoBottleneck]),
                opt(
                    "suspected",
                    "We suspect one",
                    "Something seems to limit us, but we have not measured it.",
                    0.4,
                    Middle,
                )
                .blockers(&[B::NoBottleneck]),
                opt(
                    "clear",
                    "One component clearly constrains us",
                    "Measurements point at one component.",
                    0.9,
                    Split,
                )
                .hot(),
            ],
        },
    ]
}

fn capabilities() -> Vec<CapabilityDef> {
    let c = |capability, label: &str, explanation: &str, weight, essential, source| CapabilityDef {
        capability,
        label: s(label),
        in_sentence: String::new(),
        explanation: s(explanation),
        weight,
        essential,
        source,
    };
    vec![
        c(
            Capability::CiCd,
            "CI/CD pipeline",
            "Every change is built, tested and deployed automatically; with many deployables, \
             manual releases do not scale.",
            15.0,
            true,
            ArchitectureChoicesForPython,
        ),
        c(
            Capability::Containers,
            "Containers",
            "Each component ships as an image that runs the same on a laptop and in production.",
            10.0,
            false,
            ArchitectureChoicesForPython,
        ),
        c(
            Capability::Orchestration,
            "Orchestration",
            "A scheduler (Kubernetes or similar) places, restarts and scales the containers.",
            8.0,
            false,
            ArchitectureChoicesForPython,
        ),
        c(
            Capability::CentralLogging,
            "Centralised logging",
            "Logs from every process land in one searchable place, so one request can be followed.",
            12.0,
            true,
            WhenToBreakTheMonolith,
        ),
        c(
            Capability::Metrics,
            "Metrics and alerts",
            "Dashboards and alerts (Prometheus and Grafana, say) show health before users notice.",
            10.0,
            false,
            ArchitectureChoicesForPython,
        ),
        c(
            Capability::Tracing,
            "Distributed tracing",
            "A trace follows each request across processes; without it, a slow call between \
             services is guesswork.",
            12.0,
            true,
            WhenToBreakTheMonolith,
        ),
        c(
            Capability::OnCall,
            "On-call rota",
            "Someone is always ready to answer a production incident, day or night.",
            13.0,
            true,
            WhenToBreakTheMonolith,
        ),
        c(
            Capability::ApiVersioning,
            "API versioning",
            "Interfaces change without breaking the callers that still use the old version.",
            7.0,
            false,
            ArchitectureChoicesForPython,
        ),
        c(
            Capability::FeatureFlags,
            "Feature flags",
            "Traffic moves to new code a percentage at a time, and back again in seconds.",
            6.0,
            false,
            WhenToBreakTheMonolith,
        ),
        c(
            Capability::ContractTests,
            "Contract tests",
            "Tests pin what each caller expects from a provider, replacing some end-to-end tests.",
            7.0,
            false,
            MicroservicesTrap,
        ),
    ]
}

fn triggers() -> Vec<TriggerDef> {
    let t = |id, label: &str, explanation: &str| TriggerDef {
        id,
        label: s(label),
        explanation: s(explanation),
        source: WhenToBreakTheMonolith,
    };
    vec![
        t(
            TriggerId::OrgSize,
            "Engineering organisation of {org_trigger_at} people or more",
            "With this many people, several teams need to release without waiting on each \
             other; service boundaries can follow team boundaries.",
        ),
        t(
            TriggerId::ScalingProfiles,
            "Very different scaling profiles",
            "A part that carries roughly {hot_load_ratio} times the traffic of its neighbours forces you to buy \
             capacity for all of them whenever it grows.",
        ),
        t(
            TriggerId::ReliabilityRequirements,
            "Different reliability requirements",
            "A part that must be up 99.99% of the time needs different care from one that can be \
             down for a few minutes; keeping them apart stops the tolerant part's failures from \
             reaching the critical one.",
        ),
        t(
            TriggerId::TechDiversity,
            "Technology diversity needed",
            "A workload needs a language or runtime the rest of the system does not use.",
        ),
        t(
            TriggerId::CadenceMismatch,
            "Deployment cadence mismatch",
            "Areas that must ship daily and areas that ship quarterly slow each other down, or \
             put each other at risk, when released together.",
        ),
    ]
}

fn blockers() -> Vec<BlockerDef> {
    let b = |id, label: &str, explanation: &str| BlockerDef {
        id,
        label: s(label),
        explanation: s(explanation),
        source: WhenToBreakTheMonolith,
    };
    vec![
        b(
            BlockerId::SmallTeam,
            "Fewer than {small_team_below} engineers",
            "A team this size can still talk across one table; the contracts, tooling and \
             meetings that services demand would cost it more than they save.",
        ),
        b(
            BlockerId::FindingFit,
            "Still finding fit, or boundaries still moving",
            "While the business is still changing shape, any service line drawn now is likely to \
             sit in the wrong place soon; let the domain settle before cutting it.",
        ),
        b(
            BlockerId::NoBottleneck,
            "No measured scaling bottleneck",
            "If no single component is measurably holding the system back, splitting will not \
             remove a constraint.",
        ),
        b(
            BlockerId::LimitedDevOps,
            "Limited DevOps maturity",
            "Services need central logs, distributed tracing, a mesh or equivalent, and people \
             on call around the clock; without them a split adds incidents.",
        ),
        b(
            BlockerId::SingleCadence,
            "One product on one cadence",
            "When every change goes out in the same release, the main thing services offer, \
             shipping parts on their own, has no value.",
        ),
    ]
}

fn matrix() -> Vec<MatrixRowDef> {
    let r = |id: &str, dimension: &str, stay: &str, split: &str, basis, source| MatrixRowDef {
        id: s(id),
        dimension: s(dimension),
        stay: s(stay),
        split: s(split),
        basis,
        source,
    };
    vec![
        // Article 003's seven rows, in its order.
        r(
            "team_size",
            "Team size",
            "Fewer than {small_team_below} engineers",
            "{org_trigger_at} engineers or more",
            MatrixBasis::Engineers,
            WhenToBreakTheMonolith,
        ),
        r(
            "product_maturity",
            "Product maturity",
            "Before product–market fit; the domain is still changing",
            "A stable domain in its scaling phase",
            MatrixBasis::Stage,
            WhenToBreakTheMonolith,
        ),
        r(
            "scaling_pattern",
            "Scaling pattern",
            "All features scale alike",
            "Load differs wildly from feature to feature",
            MatrixBasis::Factor(FactorId::ScalingProfile),
            WhenToBreakTheMonolith,
        ),
        r(
            "reliability",
            "Reliability needs",
            "One availability target for every feature",
            "Each feature has its own availability target",
            MatrixBasis::Factor(FactorId::Availability),
            WhenToBreakTheMonolith,
        ),
        r(
            "devops_maturity",
            "DevOps maturity",
            "A CI/CD pipeline and little more",
            "A service mesh, distributed tracing and an on-call rota",
            MatrixBasis::Readiness,
            WhenToBreakTheMonolith,
        ),
        r(
            "deployment_cadence",
            "Deployment cadence",
            "Everything ships on one rhythm",
            "Teams ship at their own, different speeds",
            MatrixBasis::Factor(FactorId::DeploymentCadence),
            WhenToBreakTheMonolith,
        ),
        r(
            "daily_traffic",
            "Daily traffic",
            "Fewer than a million requests a day",
            "Ten million requests a day or more",
            MatrixBasis::Traffic,
            WhenToBreakTheMonolith,
        ),
        // The other factors.
        r(
            "tech_diversity",
            "Technology diversity",
            "One stack fits every workload",
            "Some workloads need their own language or runtime",
            MatrixBasis::Factor(FactorId::TechDiversity),
            WhenToBreakTheMonolith,
        ),
        r(
            "resource_isolation",
            "Resource isolation",
            "Every part has similar hardware needs",
            "One part is CPU- or memory-heavy and needs its own machines",
            MatrixBasis::Factor(FactorId::ResourceIsolation),
            MicroservicesTrap,
        ),
        r(
            "data_consistency",
            "Data integrity",
            "Simple ACID transactions in one database",
            "Eventual consistency between services, with sagas or an outbox",
            MatrixBasis::Factor(FactorId::DataConsistency),
            MicroservicesTrap,
        ),
        r(
            "time_horizon",
            "Speed or flexibility",
            "Fastest to build in the early days",
            "More flexible once the product grows into a platform",
            MatrixBasis::Factor(FactorId::TimeHorizon),
            ArchitectureChoicesForPython,
        ),
        r(
            "domain_stability",
            "Domain stability",
            "Boundaries still move",
            "Boundaries have held for a long time",
            MatrixBasis::Factor(FactorId::DomainStability),
            WhenToBreakTheMonolith,
        ),
        r(
            "scaling_bottleneck",
            "Scaling bottleneck",
            "Nothing in particular holds the system back",
            "One component measurably constrains the system",
            MatrixBasis::Factor(FactorId::ScalingBottleneck),
            WhenToBreakTheMonolith,
        ),
        r(
            "complexity",
            "Complexity you can carry",
            "One repository and little infrastructure to run",
            "Substantial infrastructure, with people to run it",
            MatrixBasis::OpsHeadcount,
            MicroservicesTrap,
        ),
        r(
            "testing",
            "Testing",
            "Unit tests inside one codebase",
            "Integration and contract tests between services",
            MatrixBasis::Capability(Capability::ContractTests),
            MicroservicesTrap,
        ),
    ]
}

fn quadrants() -> Vec<QuadrantText> {
    use Quadrant::*;
    use Verdict::*;
    let q = |quadrant, verdicts: &[Verdict], label: &str, explanation: &str| QuadrantText {
        quadrant,
        verdicts: verdicts.to_vec(),
        label: s(label),
        explanation: s(explanation),
    };
    vec![
        // Each quadrant's name and general words.
        q(
            KeepItSimple,
            &[],
            "Keep it simple",
            "Little pushes you to split and services would be hard to run. One deployable is \
             the right tool.",
        ),
        q(
            CapableNoNeed,
            &[],
            "Able, but no pressing reason",
            "You could run services, but nothing strong calls for them. Use that operational \
             strength on the monolith.",
        ),
        q(
            FoundationFirst,
            &[],
            "Build the foundation first",
            "The pressure to split is real, but the operational basics are missing. Build them \
             before moving anything out.",
        ),
        q(
            ReadyToSplit,
            &[],
            "Ready to split",
            "Strong reasons to split and the means to run services. A phased extraction fits.",
        ),
        // The same places, read under each verdict that can land there.
        q(
            KeepItSimple,
            &[SelectiveExtraction],
            "Keep it simple",
            "Overall, little pushes you to split and running many services would be hard; but \
             one part behaves differently enough to run on its own. Extract that part and keep \
             everything else in one deployable.",
        ),
        q(
            KeepItSimple,
            &[Consolidate],
            "Keep it simple",
            "Little pushes you to split and services are hard for you to run, yet services \
             already run: fewer of them would serve you better.",
        ),
        q(
            CapableNoNeed,
            &[SelectiveExtraction],
            "Able, but no pressing reason",
            "Overall pressure to split is moderate and you can run services: not enough for a \
             migration, but enough to give the one part that behaves differently a deployable \
             of its own.",
        ),
        q(
            CapableNoNeed,
            &[Consolidate],
            "Able, but no pressing reason",
            "You can run services, but little in the answers calls for as many as you run: \
             keep the ones that earn their place and merge the rest.",
        ),
        q(
            FoundationFirst,
            &[Monolith, ModularMonolith],
            "Build the foundation first",
            "There is pressure to split, but the reasons not to break weigh more for now, and \
             the operational basics are missing anyway. Strengthen the monolith and its \
             operations first.",
        ),
        q(
            FoundationFirst,
            &[SelectiveExtraction],
            "Build the foundation first",
            "The pressure to split is real but concentrated in one part, and the operational \
             basics are thin. Build what one more deployable needs, then extract that part \
             alone.",
        ),
        q(
            FoundationFirst,
            &[Consolidate],
            "Build the foundation first",
            "The pressure to split is real, but services already run without the operational \
             basics. Merge what moves together and build the foundation before adding any.",
        ),
        q(
            ReadyToSplit,
            &[Monolith, ModularMonolith],
            "Ready to split",
            "The pressure and the means to split are there, but the reasons not to break weigh \
             more for now. Keep the boundaries clean so that a split stays cheap when they \
             change.",
        ),
        q(
            ReadyToSplit,
            &[SelectiveExtraction],
            "Ready to split",
            "Pressure to split and the means to run services, but the pressure is concentrated \
             in one part, or the team is too small for many services. Extract that part, not \
             everything.",
        ),
        q(
            KeepItSimple,
            &[NotReady],
            "Keep it simple",
            "Several independent reasons to split hold, but overall pressure is still moderate \
             and services would be hard to run today. Build the operational basics first; the \
             question of splitting comes after.",
        ),
        q(
            CapableNoNeed,
            &[NotReady],
            "Able, but no pressing reason",
            "The basics are partly there and the pressure is moderate, but an essential \
             capability is still missing. Close that gap before anything moves out.",
        ),
        q(
            CapableNoNeed,
            &[Migration],
            "Able, but no pressing reason",
            "Overall pressure is moderate, but two or more independent reasons to split hold \
             and you can run services: a phased extraction of the parts they point at fits, \
             kept as small as the problem allows.",
        ),
        q(
            ReadyToSplit,
            &[NotReady],
            "Ready to split",
            "Strong reasons to split and most of the means, but an essential capability is \
             missing. Close that gap first, then extract.",
        ),
        q(
            KeepItSimple,
            &[KeepServices],
            "Keep it simple",
            "Little pushes you to split and services are hard for you to run, but the services \
             you have each earn their place. Keep them, and add none until the basics are in \
             place.",
        ),
        q(
            CapableNoNeed,
            &[KeepServices],
            "Able, but no pressing reason",
            "You can run services and each of yours has an owner; nothing calls for more of \
             them. Keep the estate as it is and look after its data and its call chains.",
        ),
        q(
            FoundationFirst,
            &[KeepServices],
            "Build the foundation first",
            "The pressure to split is real and services already run, but without some of the \
             basics they depend on. Keep the services, add none, and close those gaps first.",
        ),
        q(
            ReadyToSplit,
            &[KeepServices],
            "Ready to split",
            "Strong reasons for services and the means to run them, and you already run them: \
             the estate answers the pressure. Keep it, and split further only where a service \
             outgrows its team.",
        ),
        q(
            ReadyToSplit,
            &[Consolidate],
            "Ready to split",
            "Strong reasons for services and the means to run them, but more services run \
             than earn their place. Merge those first; the rest of the shape stands.",
        ),
    ]
}

/// The verdict's paragraph for a team that already runs services, where it differs.
fn summary_with_services(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Monolith | Verdict::ModularMonolith => {
            "Nothing in your answers presses for more services. Keep the services that already \
             run as they are, keep the monolith at the centre well organised, and extract \
             nothing more until one of the listed thresholds is crossed."
        }
        Verdict::SelectiveExtraction => {
            "Keep a modular monolith at the centre and the services that already run; pull out \
             only the part that really behaves differently. One well-chosen service solves the \
             concrete problem without taking on the cost of a full migration."
        }
        Verdict::Migration => {
            "Several independent pressures point the same way, and most of what running \
             services takes is in place. Keep extracting in phases with the strangler pattern: one service at a \
             time behind feature flags, databases split last, and stop adding services once the \
             actual problem is solved."
        }
        Verdict::NotReady => {
            "The pressure to split is real and services already run, but the operational basics \
             they depend on are missing. Add no more services until automated delivery, central \
             logs, metrics, tracing and an on-call rota are in place; modularise meanwhile, then \
             ask again."
        }
        // Both speak of services that already run.
        Verdict::Consolidate | Verdict::KeepServices => "",
    }
}

fn phases() -> Vec<PhaseDef> {
    use Capability as C;
    let p = |id, name: &str, months, activities: &[&str], exit: &[&str], risks: &[&str], source| {
        PhaseDef {
            id,
            name: s(name),
            months,
            months_small: None,
            per_service_weeks: None,
            activities: activities.iter().map(|t| act(t)).collect(),
            exit_criteria: strings(exit),
            risks: strings(risks),
            source,
        }
    };
    vec![
        p(
            PhaseId::Discovery,
            "Discovery and modular refactor",
            (2, 3),
            &[
                "Map the business domain and agree on the bounded contexts.",
                "Refactor the monolith into modules with small public interfaces, one per context \
                 ({unit}).",
                "List each module's data, callers and owner, and confirm the extraction order.",
            ],
            &[
                "Every module has a named owner and a documented interface.",
                "No module reaches into another's tables or internals.",
            ],
            &[
                "Refactoring stalls feature work if it is not time-boxed.",
                "Boundaries drawn around today's org chart rather than the domain.",
            ],
            WhenToBreakTheMonolith,
        )
        .small((1, 2)),
        p(
            PhaseId::FirstExtraction,
            "First service extraction",
            (2, 3),
            &[
                "First write the contract for {service} (OpenAPI, protobuf or event schemas).",
                "Build {service} beside the monolith and route a small share of traffic to it \
                 behind a feature flag.",
                "Check that old and new paths give the same results while the share grows from \
                 1% to all traffic over several weeks.",
                "Let {service} keep reading the monolith's database for now.",
            ],
            &[
                "{service} takes all its traffic with no user-visible incident.",
                "The old code path in the monolith is switched off.",
            ],
            &[
                "A fuzzy contract lets internals leak across the boundary.",
                "Picking the core domain first turns a quarter into a year.",
            ],
            WhenToBreakTheMonolith,
        )
        .small((1, 2)),
        p(
            PhaseId::InfrastructureFoundation,
            "Infrastructure foundation",
            (1, 2),
            &[],
            &[
                "Each service deploys through its own pipeline, with no manual step.",
                "Traces follow a request across every deployable, and every service is on the \
                 rota.",
            ],
            &[
                "Tooling chosen for far more services than the {count} you will run.",
                "On-call for new services without runbooks burns people out.",
            ],
            WhenToBreakTheMonolith,
        )
        .small((1, 1))
        .with(vec![
            act("Automate the monolith's delivery first: one pipeline that builds, tests and \
                 deploys every change; then give each service a pipeline of its own.")
            .builds(C::CiCd),
            act("Extend the existing pipeline so each service builds and deploys on its own.")
                .needs(C::CiCd),
            act("Package each service as a container image.").builds(C::Containers),
            act("Run the containers on an orchestrator (Kubernetes or similar).")
                .builds(C::Orchestration)
                .at_least_services(3),
            act("Introduce a gateway or service mesh for routing, retries and mutual TLS.")
                .at_least_services(3),
            act("Send the logs of every process to one searchable place.")
                .builds(C::CentralLogging),
            act("Add metrics and alerts for each service.").builds(C::Metrics),
            act("Roll out distributed tracing, so a request can be followed across the boundary.")
                .builds(C::Tracing),
            act("Start an on-call rota with a runbook for each service.").builds(C::OnCall),
            act("Version the APIs the services expose, so callers can move at their own pace.")
                .builds(C::ApiVersioning)
                .at_least_services(2),
            act("Add feature flags to move traffic a percentage at a time.")
                .builds(C::FeatureFlags),
            act("Add contract tests between each service and its callers.")
                .builds(C::ContractTests),
        ]),
        PhaseDef {
            id: PhaseId::IterativeExtraction,
            name: s("Iterative extraction"),
            months: (1, 24),
            months_small: None,
            per_service_weeks: Some((6, 8)),
            activities: vec![act(
                "Extract the remaining services in waves, one service per team every six to \
                 eight weeks, with the same strangler steps as the first.",
            )],
            exit_criteria: strings(&[
                "Every planned service runs in production and owns its writes.",
                "Each service can be deployed without coordinating with another.",
            ]),
            risks: strings(&[
                "Rushing waves produces services that always deploy together.",
                "Synchronous calls left across new boundaries deepen request chains with every \
                 wave.",
            ]),
            source: WhenToBreakTheMonolith,
        },
        p(
            PhaseId::DatabaseDecomposition,
            "Database decomposition",
            (3, 6),
            &[
                "Give each stable service its own database, seeded by a planned data sync.",
                "Move the writes across, then switch off the monolith's direct reads of that data.",
                "Replace cross-area transactions with sagas or an outbox where they remain.",
            ],
            &[
                "No two services write the same tables.",
                "The monolith no longer reads the extracted services' data directly.",
            ],
            &[
                "Data drift during the sync window.",
                "Reports and jobs that quietly depended on joins across the old schema.",
            ],
            WhenToBreakTheMonolith,
        ),
        p(
            PhaseId::Stabilisation,
            "Stabilisation",
            (2, 3),
            &[],
            &[
                "Error budgets hold for the whole phase, with no incident caused by the move.",
                "Incident response works from runbooks, not heroics.",
            ],
            &["Declaring victory before the tail latency is understood."],
            WhenToBreakTheMonolith,
        )
        .small((1, 2))
        .with(vec![
            act("Tune performance along the longest call chains.").over_calls(),
            act("Harden runbooks, alerts and capacity plans from what the move taught."),
        ]),
        p(
            PhaseId::DataSplit,
            "Move its data",
            (1, 3),
            &[
                "Give {service} its own store, seeded by a planned sync.",
                "Switch its writes over, then remove the monolith's direct reads.",
            ],
            &["Only {service} writes its data."],
            &["Hidden joins and reports that read its tables directly."],
            WhenToBreakTheMonolith,
        )
        .small((1, 1)),
        p(
            PhaseId::ModuleBoundaries,
            "Module boundaries",
            (2, 3),
            &[
                "Group the code by business area: one module per area ({unit}).",
                "Give each module a small public interface and pass collaborators in rather than \
                 importing them.",
                "Name an owner for every module.",
            ],
            &["Each area's code lives in one module with a documented interface."],
            &["Boundaries drawn by technical layer instead of business area."],
            MicroservicesTrap,
        )
        .small((1, 1)),
        p(
            PhaseId::EnforceBoundaries,
            "Enforce the boundaries",
            (1, 2),
            &[
                "Add an automated check that fails the build when one module imports another's \
                 internals.",
                "Stop modules from reading each other's tables; go through the interface.",
            ],
            &["The build rejects a cross-module shortcut."],
            &["Checks that are advisory only, and therefore ignored."],
            MicroservicesTrap,
        )
        .small((1, 1)),
        p(
            PhaseId::Observability,
            "Observability for the monolith",
            (1, 2),
            &[],
            &["You can tell which part is slow or failing within minutes."],
            &["Dashboards nobody looks at."],
            ArchitectureChoicesForPython,
        )
        .small((1, 1))
        .with(vec![
            act("Put basic application monitoring in place: request rates, errors and latency \
                 per area, with alerts on what users would notice.")
            .builds(C::Metrics),
            act("Send the logs to one searchable place.").builds(C::CentralLogging),
        ]),
        p(
            PhaseId::PeriodicReview,
            "Periodic review",
            (1, 1),
            &[
                "Every six months, answer these questions again and compare.",
                "Check the thresholds listed below; one crossed is a reason to look again, two \
                 are a reason to plan.",
            ],
            &["The review happened and its answers are stored."],
            &["The question is reopened by fashion rather than by a crossed threshold."],
            WhenToBreakTheMonolith,
        ),
        p(
            PhaseId::FoundationDelivery,
            "Automated delivery",
            (1, 2),
            &[],
            &["A change reaches production without manual steps."],
            &["A pipeline that is green but skips the slow tests."],
            ArchitectureChoicesForPython,
        )
        .small((1, 1))
        .with(vec![
            act("Build a CI/CD pipeline that tests and deploys every change.").builds(C::CiCd),
            act("Package the application as a container image that runs the same everywhere.")
                .builds(C::Containers),
        ]),
        p(
            PhaseId::FoundationObservability,
            "Logs, metrics and tracing",
            (1, 2),
            &[],
            &["One slow request can be followed from entry to database and back."],
            &["Collecting everything and alerting on nothing."],
            MicroservicesTrap,
        )
        .small((1, 1))
        .with(vec![
            act("Send every process's logs to one searchable place.").builds(C::CentralLogging),
            act("Add metrics dashboards and alerts.").builds(C::Metrics),
            act("Instrument requests with OpenTelemetry so they can be traced across processes.")
                .builds(C::Tracing),
        ]),
        p(
            PhaseId::FoundationIncidents,
            "On-call and incident response",
            (1, 2),
            &[],
            &["Every production component has someone on call and a runbook."],
            &["A rota of one person."],
            WhenToBreakTheMonolith,
        )
        .small((1, 1))
        .with(vec![
            act("Set up an on-call rota with clear escalation.").builds(C::OnCall),
            act("Write runbooks for the common failures and hold short post-incident reviews."),
        ]),
        p(
            PhaseId::Reevaluate,
            "Re-evaluate",
            (1, 1),
            &[
                "Answer the readiness questions again with the foundation in place.",
                "Check that the pressures to split still hold before the first extraction \
                 starts.",
            ],
            &["The verdict has been recomputed on the new answers."],
            &["Skipping straight to extraction because the foundation \"mostly\" works."],
            WhenToBreakTheMonolith,
        ),
        p(
            PhaseId::KeepInOrder,
            "Keep the code in order",
            (1, 2),
            &[
                "Keep code for each business area together ({unit}), without ceremony.",
                "Keep the test suite fast enough to run on every change.",
            ],
            &["A newcomer can find where a feature lives within a day."],
            &["Adding structure for a scale the product does not have yet."],
            ArchitectureChoicesForPython,
        )
        .small((1, 1)),
        p(
            PhaseId::TakeStock,
            "Take stock of the services",
            (1, 2),
            &[
                "Write down, for every service, the team that owns it, the tables it writes and \
                 the services it calls.",
                "Trace the busiest requests end to end and note every service on their path.",
                "Agree how a new service is proposed and who decides, so the estate grows only \
                 where a team needs it.",
            ],
            &["Every service has one owning team, a list of the tables it writes and of the \
               services it calls."],
            &["New services added one at a time until there are more than the teams can own."],
            WhenToBreakTheMonolith,
        )
        .small((1, 1)),
        p(
            PhaseId::MapServices,
            "Map the services as they run",
            (1, 2),
            &[
                "Trace real requests end to end and record which services each one touches.",
                "List which services are always released together, which tables each one \
                 writes, and who owns it.",
                "Agree which services stay, which merge, and in what order.",
            ],
            &["Every service has an owner, a list of the tables it writes, and a decision: \
               keep or merge."],
            &["Deciding from the architecture diagram instead of from traces and release \
               history."],
            WhenToBreakTheMonolith,
        )
        .small((1, 1)),
        PhaseDef {
            id: PhaseId::MergeServices,
            name: s("Merge what moves together"),
            months: (1, 12),
            months_small: None,
            per_service_weeks: Some((1, 3)),
            activities: vec![
                act("Merge {service} into one deployable with one pipeline and one owner; \
                     keep the public interfaces so callers do not notice."),
                act("Turn the calls between the merged services into in-process calls, and \
                     delete the network plumbing between them."),
            ],
            exit_criteria: strings(&[
                "No two services must be released together.",
                "Each remaining service has one owning team.",
            ]),
            risks: strings(&[
                "Merging code but keeping the network calls between the parts.",
                "A merge that quietly becomes a rewrite.",
            ]),
            source: WhenToBreakTheMonolith,
        },
        p(
            PhaseId::OwnSharedData,
            "Give shared data one owner",
            (1, 3),
            &[
                "For every table several services write, pick the one service that owns it.",
                "Move the other services' writes to calls or events handled by that owner.",
            ],
            &["No two services write the same tables."],
            &["Reports and jobs that still write directly to the old tables."],
            WhenToBreakTheMonolith,
        )
        .small((1, 2)),
        p(
            PhaseId::FlattenChains,
            "Flatten the deep call chains",
            (1, 3),
            &[
                "Replace synchronous calls that need no immediate answer with events.",
                "Where a request needs data from several services, read it from one aggregating \
                 service or a local copy instead of calling down a chain.",
            ],
            &["No request waits on a chain of four or more services."],
            &["Events added beside the calls instead of replacing them."],
            WhenToBreakTheMonolith,
        )
        .small((1, 2)),
    ]
}

fn pitfalls() -> Vec<PitfallDef> {
    let p = |id, title: &str, detail: &str, present: &str, source| PitfallDef {
        id,
        title: s(title),
        detail: s(detail),
        detail_present: s(present),
        source,
    };
    vec![
        p(
            PitfallId::DeployTogether,
            "Services that always deploy together",
            "{modules} call each other synchronously in a cycle. Split apart, they could not \
             be released apart: in practice a single service spread over several \
             deployables. Keep them in one unit, or break the cycle with events first.",
            "{modules} call each other synchronously in a cycle, so they cannot be released \
             apart: they are one service spread over several deployables. Merge them, or break \
             the cycle with events.",
            WhenToBreakTheMonolith,
        ),
        p(
            PitfallId::SharedWrites,
            "Shared written tables",
            "{modules} write to the same tables. As separate services, ownership of that data \
             would be unclear and any change to those tables would have to be negotiated \
             between them. Move them together, or give the data one owner before splitting.",
            "{modules} write to the same tables. No service owns that data, and every change to \
             those tables has to be negotiated between them. Give the data one owner, or merge \
             the services that share it.",
            WhenToBreakTheMonolith,
        ),
        p(
            PitfallId::DeepSyncChain,
            "A deep synchronous chain",
            "A request can travel {modules} in a row, each waiting on the next. As services, \
             every hop would add its own delay to the slowest responses, and any one of them \
             could fail the request. Use events or an aggregating service to flatten the chain \
             before splitting along it.",
            "A request travels {modules} in a row, each waiting on the next: every hop adds its \
             delay to the slowest responses, and any one of them can fail the request. Flatten \
             the chain with events or an aggregating service.",
            WhenToBreakTheMonolith,
        ),
        p(
            PitfallId::CrossServiceTransactions,
            "Transactions across services",
            "You need operations to commit across areas, and the planned services share data \
             ({modules}). A single atomic commit spanning several services is not something to \
             rely on: coordinate with sagas and accept eventual consistency, or keep the \
             operations that must agree inside one service.",
            "Operations must commit across areas, and the services share data ({modules}). \
             Coordinate them with sagas and accept eventual consistency, or move the operations \
             that must agree into one service.",
            MicroservicesTrap,
        ),
        p(
            PitfallId::NoOwner,
            "Modules without an owner",
            "No team owns {modules}. Code without an owner drifts: nobody fixes it, nobody \
             knows it, and soon nobody dares change it. Name an owner before extracting \
             anything.",
            "No team owns {modules}. A service without an owner decays: nobody fixes it, \
             nobody knows it, and soon nobody dares change it. Name an owner for each.",
            WhenToBreakTheMonolith,
        ),
    ]
}

fn advice() -> Vec<AdviceDef> {
    use Verdict::*;
    let a = |stack, verdicts: &[Verdict], text: &str, source| AdviceDef {
        stack,
        verdicts: verdicts.to_vec(),
        when: AdviceWhen::Always,
        text: s(text),
        source,
    };
    let only = |mut d: AdviceDef, when| {
        d.when = when;
        d
    };
    let py = Some(Stack::Python);
    vec![
        // Python, staying.
        a(
            py,
            &[Monolith, ModularMonolith],
            "Django suits a domain-heavy monolith: the ORM, admin and authentication come \
             built in, and its apps give you module boundaries without any network in between.",
            ArchitectureChoicesForPython,
        ),
        a(
            py,
            &[Monolith, ModularMonolith, SelectiveExtraction, NotReady],
            "Keep each Django app or package behind a small interface and hand it its \
             collaborators instead of importing them; a later extraction then moves code \
             rather than rewriting it.",
            MicroservicesTrap,
        ),
        only(
            a(
                py,
                &[Monolith],
                "For a small site or an MVP, one full-stack codebase is quickest. If a feature \
             such as model serving, WebSockets or heavy background jobs appears, a small \
             FastAPI service beside the main application is a contained step.",
                MyApproach,
            ),
            AdviceWhen::EarlyStage,
        ),
        // Python, splitting.
        only(
            a(
                py,
                &[SelectiveExtraction, Migration],
                "Build services whose work is mostly I/O with FastAPI (or Flask): async handlers, \
             request validation, and an OpenAPI contract generated from the type hints.",
                WhenToBreakTheMonolith,
            ),
            AdviceWhen::NoHeavyPart,
        ),
        a(
            py,
            &[Migration],
            "Django still earns its place as a service that carries many business rules, \
             needs an admin screen or leans on the ORM: the time it saves outweighs its lower \
             raw throughput.",
            WhenToBreakTheMonolith,
        ),
        a(
            py,
            &[SelectiveExtraction, Migration, ModularMonolith, KeepServices],
            "Put background work that crosses a boundary on a queue, not behind a synchronous \
             call: Celery for complex pipelines, Dramatiq when you want something leaner.",
            WhenToBreakTheMonolith,
        ),
        a(
            py,
            &[SelectiveExtraction, Migration, KeepServices],
            "For internal calls where latency matters, use gRPC with protobuf: typed \
             contracts and less overhead than JSON over HTTP.",
            WhenToBreakTheMonolith,
        ),
        a(
            py,
            &[Migration, KeepServices],
            "When a caller does not need an immediate answer, publish an event instead: Kafka \
             for high volumes, NATS for light publish-subscribe. It avoids the latency of \
             chained HTTP calls.",
            WhenToBreakTheMonolith,
        ),
        a(
            py,
            &[SelectiveExtraction, Migration, NotReady, KeepServices],
            "Instrument every process with OpenTelemetry before it takes production traffic; \
             a service you cannot trace is one you cannot debug.",
            MicroservicesTrap,
        ),
        only(
            a(
                py,
                &[SelectiveExtraction, Migration, ModularMonolith],
                "Python's global interpreter lock lets one process use one core for Python code, \
             so CPU-bound work scales by running more processes. That is one more reason to \
             give a CPU-heavy component its own deployable.",
                MicroservicesTrap,
            ),
            AdviceWhen::HeavyPart,
        ),
        a(
            py,
            &[NotReady],
            "Containerise the Django or FastAPI application with Docker and add Prometheus \
             metrics now; both carry over unchanged to any later services.",
            ArchitectureChoicesForPython,
        ),
        a(
            py,
            &[Consolidate],
            "Merge the services into one Django or FastAPI codebase with one app or package per \
             former service; their HTTP interfaces become plain function calls behind the same \
             module boundaries.",
            MicroservicesTrap,
        ),
        a(
            py,
            &[Consolidate],
            "Where a merged service did background work, keep it on a queue (Celery or \
             Dramatiq) inside the same codebase rather than behind a synchronous call.",
            WhenToBreakTheMonolith,
        ),
        // Any other (or unknown) stack.
        a(
            None,
            &[Monolith, ModularMonolith],
            "Use the framework your team knows best and organise the code by business area, \
             not by technical layer.",
            ArchitectureChoicesForPython,
        ),
        a(
            None,
            &[Monolith, ModularMonolith, SelectiveExtraction, NotReady],
            "Give each module a small interface and inject its dependencies, so that moving \
             it out later is a relocation rather than a rewrite.",
            MicroservicesTrap,
        ),
        a(
            None,
            &[SelectiveExtraction, Migration, KeepServices],
            "Write each service's contract before its code (OpenAPI, protobuf or event \
             schemas) and check it with contract tests.",
            WhenToBreakTheMonolith,
        ),
        a(
            None,
            &[SelectiveExtraction, Migration, ModularMonolith, KeepServices],
            "Send work that crosses a boundary through a queue or message broker (RabbitMQ, \
             Redis Streams or similar) instead of a synchronous call.",
            ArchitectureChoicesForPython,
        ),
        a(
            None,
            &[Migration, KeepServices],
            "Prefer events for calls that need no immediate reply, and a typed RPC such as \
             gRPC for the internal calls that do.",
            WhenToBreakTheMonolith,
        ),
        a(
            None,
            &[SelectiveExtraction, Migration, NotReady],
            "Adopt a vendor-neutral tracing standard (OpenTelemetry) and central logs before \
             the first service goes live.",
            MicroservicesTrap,
        ),
        a(
            None,
            &[Consolidate],
            "Merge the services into one codebase with a module per former service: keep their \
             interfaces as module interfaces, and turn the network calls between them into \
             function calls.",
            MicroservicesTrap,
        ),
        a(
            None,
            &[NotReady],
            "Package the application in containers and automate its delivery first; everything \
             later builds on it.",
            ArchitectureChoicesForPython,
        ),
    ]
}

fn revisit() -> Vec<RevisitDef> {
    use RevisitWhen as W;
    let r = |when, text: &str| RevisitDef { when, text: s(text) };
    vec![
        r(
            W::Trigger(TriggerId::OrgSize),
            "The engineering organisation grows past {org_trigger_at} people, or several teams start waiting \
             on each other's releases.",
        ),
        r(W::Engineers(20), "The team grows to {engineers} engineers or more."),
        r(
            W::Trigger(TriggerId::ScalingProfiles),
            "One part of the system needs around {hot_load_ratio} times the capacity of another.",
        ),
        r(
            W::Trigger(TriggerId::ReliabilityRequirements),
            "One area needs a much stricter availability target than the rest (99.99% against \
             99.9% or less).",
        ),
        r(
            W::Trigger(TriggerId::TechDiversity),
            "A workload needs a language or runtime the rest of the system does not use.",
        ),
        r(
            W::Trigger(TriggerId::CadenceMismatch),
            "One area needs to ship daily while another ships monthly or less often.",
        ),
        r(W::Traffic(TrafficBand::Over10M), "Daily traffic reaches ten million requests."),
        r(
            W::Factor(FactorId::ScalingBottleneck, s("clear")),
            "Measurements show one component limiting the whole system.",
        ),
        r(
            W::Factor(FactorId::ResourceIsolation, s("isolate")),
            "A CPU- or memory-heavy component starts to slow down everything that shares its \
             machines.",
        ),
        r(
            W::Factor(FactorId::DomainStability, s("settling")),
            "The main areas of the product stop changing shape from one month to the next.",
        ),
    ]
}

/// The trade-offs of each option, for decision records. Figures from article 003 (latency per
/// hop, operations headcount, migration length) and the comparison tables of 001 and 002.
fn pros_and_cons(verdict: Verdict) -> (&'static [&'static str], &'static [&'static str]) {
    match verdict {
        Verdict::Monolith => (
            &[
                "One deployable to build, test and release.",
                "Parts call each other in-process, in microseconds rather than network hops.",
                "Transactions stay simple: one database, all or nothing.",
                "One stack trace shows the whole path of a request.",
                "One or two people can run it in production.",
            ],
            &[
                "It scales only as a whole: one busy part pulls everything else along.",
                "Every change ships with everything else.",
                "Without enforced boundaries the code tends to tangle as it grows.",
            ],
        ),
        Verdict::ModularMonolith => (
            &[
                "Keeps the single deployment and the simple transactions of a monolith.",
                "Enforced module boundaries keep the code understandable as teams grow.",
                "A later extraction becomes a move rather than a rewrite.",
            ],
            &[
                "Boundaries need tooling and discipline to stay enforced.",
                "It still scales and deploys as one unit.",
                "A crash in one module can still stop the whole process.",
            ],
        ),
        Verdict::SelectiveExtraction => (
            &[
                "Solves one concrete scaling or isolation problem directly.",
                "Everything else keeps the simplicity of the monolith.",
                "The team learns to run one service before it runs many.",
            ],
            &[
                "The extracted service needs its own pipeline, monitoring and on-call.",
                "Calls to it cross the network, adding about {hop_latency} each.",
                "Its data must eventually move out of the shared database.",
            ],
        ),
        Verdict::Migration => (
            &[
                "Teams deploy and scale their parts on their own schedule.",
                "A failure in one service need not take the others down.",
                "Each service can use the runtime and data store that suits it.",
            ],
            &[
                "Needs a mature platform: distributed tracing, central logs, a mesh or gateway, on-call.",
                "Consistency across services moves to sagas and eventual consistency.",
                "A real system takes about 12–24 months of phased work.",
                "Ten services take about {ops_per_ten} people to run.",
            ],
        ),
        Verdict::Consolidate => (
            &[
                "Services that move together become one: fewer deployables, pipelines and pages.",
                "Every remaining service can ship, scale and fail on its own.",
                "Calls that never needed a network become in-process again.",
            ],
            &[
                "Merging takes engineering time that does not ship features.",
                "Teams give up some deployables they are used to owning.",
            ],
        ),
        Verdict::KeepServices => (
            &[
                "No migration work: the effort goes to the product and to the health of the estate.",
                "Teams keep deploying and scaling their services on their own schedule.",
                "Every service already has a team that can own it.",
            ],
            &[
                "Each service keeps costing a pipeline, monitoring and a place on the on-call rota.",
                "Calls between services cross the network, adding about {hop_latency} each.",
                "Data that two services write drifts apart unless each piece has one owner.",
            ],
        ),
        Verdict::NotReady => (
            &[
                "Avoids the incidents that a split without an operational foundation causes.",
                "Delivery automation, logs, metrics, tracing and on-call pay off in the monolith too.",
                "Keeps the option to split open, to be taken with better information.",
            ],
            &[
                "The pressures to split stay unresolved until the foundation is in place.",
                "Platform work comes before visible product gains.",
            ],
        ),
    }
}

/// What a rubric leaves out is the standard rubric's: a rubric written today keeps loading when a
/// later release adds a setting, and an organisation can give only what it changes.
impl Default for Catalogue {
    fn default() -> Self {
        Catalogue::standard()
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Catalogue::standard().thresholds
    }
}

impl Default for CandidateWeights {
    fn default() -> Self {
        Catalogue::standard().candidate_weights
    }
}

impl Default for CostModel {
    fn default() -> Self {
        Catalogue::standard().costs
    }
}
