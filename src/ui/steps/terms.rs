//! The words a step uses that a reader may not know, explained on the step where they first
//! appear, in a disclosure that stays closed until it is wanted.

use leptos::prelude::*;

use crate::engine::FactorId;

/// A term and what it means, in the page's own words.
pub type Term = (&'static str, &'static str);

/// The start page: the four answers Seams chooses between, and what they are made of.
pub const START: &[Term] = &[
    ("Monolith", "One application, built, released and run as a whole."),
    (
        "Modular monolith",
        "Still one application, split inside into modules whose boundaries the code enforces: a module uses another only through its public interface.",
    ),
    (
        "Service",
        "A part of the system built, released and run on its own, which talks to the others over the network.",
    ),
    ("Microservices", "A system made of many small services, each owned by one team."),
    ("Deployable", "What one release ships and starts as a unit, such as an application or a container."),
    (
        "Going distributed",
        "Running the product as several services that call each other over the network, with the failures, latency and operations work that brings.",
    ),
];

/// The context step.
pub const CONTEXT: &[Term] = &[(
    "Product–market fit",
    "The point where a product clearly meets a real demand. Before it, what the product does still changes often.",
)];

/// The decision factors that use words of their own.
pub fn factor(id: FactorId) -> &'static [Term] {
    match id {
        FactorId::DomainStability => &[(
            "Service boundary",
            "The line between two services: each side owns its code and its data, and the other reaches them only through an interface.",
        )],
        FactorId::Availability => &[(
            "Availability target",
            "The share of time a part must work: 99.9% allows about nine hours of outage a year, 99.99% under one hour.",
        )],
        FactorId::TechDiversity => &[
            ("Runtime", "What runs the code: the Python interpreter, the Java virtual machine, a compiled program."),
            ("JVM", "The Java virtual machine, which runs Java, Kotlin and Scala."),
        ],
        FactorId::DataConsistency => &[
            ("Transaction", "A change that happens completely or not at all, however many tables it touches."),
            (
                "Eventual consistency",
                "Areas may disagree for a moment after a change and catch up soon after, usually through events.",
            ),
            (
                "Saga",
                "A change made as a series of steps in several services, each undone by a compensating step if a later one fails.",
            ),
            (
                "Outbox",
                "A table a service writes its outgoing events to in the same transaction as its data, so that no event is lost.",
            ),
        ],
        _ => &[],
    }
}

/// The readiness step.
pub const READINESS: &[Term] = &[
    ("SRE", "Site reliability engineering: engineers who keep production running and measurable."),
    ("DevOps", "Developers and operations sharing the work of shipping and running the software."),
    (
        "Platform engineers",
        "A team that builds the shared tooling other teams ship and run their code on.",
    ),
];

/// The domain-map editor.
pub const DOMAIN_MAP: &[Term] = &[
    (
        "Module, bounded context",
        "A part of the product with its own language, rules and data, such as billing or search: a candidate for a service.",
    ),
    ("Dependency", "One module needing another: it calls it, listens to its events or uses its tables."),
    ("Synchronous call", "A request that waits for the answer; if the other module is down, the caller fails too."),
    ("Asynchronous event", "A message the other module reacts to later; the sender does not wait."),
    ("Shared tables", "Two modules reading or writing the same database tables, which ties them together most tightly."),
    ("Relative load", "How much traffic a module takes compared with the lightest one."),
    (
        "Resource profile",
        "What a module mostly needs: a balance of everything, processor time (CPU-heavy), memory, or waiting on disks and the network (I/O-bound).",
    ),
    ("Core domain", "The part that sets the product apart from its competitors, where the best people should work."),
];

/// The results page: the words the verdict, the counts, the dependency matrix and the plan use.
pub const RESULTS: &[Term] = &[
    (
        "Need and readiness",
        "Need (0 to 100) is how strongly the answers press for services; readiness (0 to 100) is whether the team can build and run them.",
    ),
    (
        "Split trigger",
        "A situation that justifies running a part as its own service, such as one part needing many times the capacity of the rest. Enough independent ones justify a migration; the results say how many the rubric in use asks for.",
    ),
    ("Blocker", "A reason not to break up yet, such as releases without automation or a domain still moving."),
    (
        "Hard rule",
        "A rule that rules a shape out whatever the scores say, such as no migration for a team below the rubric's team-size line. The results name every rule they applied, with its numbers.",
    ),
    (
        "First wave, target, ceiling",
        "How many services to extract first, how many the plan aims for, and the most this team could sensibly run.",
    ),
    (
        "Cluster",
        "Modules tied so closely (calls in both directions, or writes to the same tables) that they can only move out together, as one service.",
    ),
    ("Wave", "A set of extractions run side by side, one per team. The first wave is a single service, so the team learns on it."),
    ("Hop", "One network call from a service to another on the path of a request; each adds latency and a chance of failure."),
    (
        "Strangler pattern",
        "Building the new service beside the monolith and moving traffic to it step by step, until the old code path can be switched off.",
    ),
];

/// "What the words mean": the terms of one step, closed until opened.
#[component]
pub fn Terms(terms: &'static [Term]) -> impl IntoView {
    (!terms.is_empty()).then(|| {
        view! {
            <details class="terms" data-testid="terms">
                <summary>"What the words mean"</summary>
                <dl>
                    {terms
                        .iter()
                        .map(|(term, meaning)| view! { <dt><dfn>{*term}</dfn></dt><dd>{*meaning}</dd> })
                        .collect_view()}
                </dl>
            </details>
        }
    })
}
