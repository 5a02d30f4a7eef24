//! Words for the answers the catalogue does not describe (it describes what drives the decision;
//! these only describe the team's situation or a module's attributes).

use crate::engine::{CurrentArchitecture, DepKind, Stack};

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

/// The kinds of dependency the domain-map editor offers, in the order it lists them.
pub const DEP_KINDS: [DepKind; 4] = [
    DepKind::Sync,
    DepKind::Async,
    DepKind::SharedTables { shared_writes: false },
    DepKind::SharedTables { shared_writes: true },
];

/// A dependency kind in words.
pub fn dep_kind(kind: DepKind) -> &'static str {
    match kind {
        DepKind::Sync => "Synchronous call",
        DepKind::Async => "Asynchronous event",
        DepKind::SharedTables { shared_writes: false } => "Shared tables (one writer)",
        DepKind::SharedTables { shared_writes: true } => "Shared tables (both write)",
    }
}

/// Labels start with a capital in lists and options (the catalogue writes them for sentences).
pub use crate::ui::results::format::capitalise;
