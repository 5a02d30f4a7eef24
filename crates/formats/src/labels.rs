//! Words for the answers about the team's situation, shared by the wizard and the exports (the
//! catalogue describes what drives the decision; these only describe where the team stands).

use crate::engine::{CurrentArchitecture, Stack};

/// The current architecture in words, with a hint.
pub fn architecture(a: CurrentArchitecture) -> (&'static str, &'static str) {
    match a {
        CurrentArchitecture::Greenfield => {
            ("Nothing built yet", "You are choosing before the first line of code.")
        }
        CurrentArchitecture::Monolith => {
            ("A monolith", "One deployable, without enforced internal boundaries.")
        }
        CurrentArchitecture::ModularMonolith => {
            ("A modular monolith", "One deployable whose modules have enforced boundaries.")
        }
        CurrentArchitecture::SomeServices => {
            ("A monolith with a few services", "Some parts already run as separate services.")
        }
        CurrentArchitecture::Microservices => (
            "Microservices already",
            "Many services run in production; little or no monolith remains.",
        ),
    }
}

/// The language stack in words, with a hint.
pub fn stack(s: Stack) -> (&'static str, &'static str) {
    match s {
        Stack::Python => ("Python", "Advice names Python frameworks and tools."),
        Stack::Other => ("Another stack", "Advice stays independent of language."),
    }
}
