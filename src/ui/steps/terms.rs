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
