//! Words for the answers the catalogue does not describe (it describes what drives the decision;
//! these only describe the team's situation or a module's attributes).

use crate::engine::{DepKind, WizardTexts};

pub use crate::app::labels::{architecture, stack};

/// The kinds of dependency the domain-map editor offers, in the order it lists them.
pub const DEP_KINDS: [DepKind; 4] = [
    DepKind::Sync,
    DepKind::Async,
    DepKind::SharedTables { shared_writes: false },
    DepKind::SharedTables { shared_writes: true },
];

/// A dependency kind in words.
pub fn dep_kind(kind: DepKind, w: &WizardTexts) -> String {
    match kind {
        DepKind::Sync => &w.dep_sync,
        DepKind::Async => &w.dep_async,
        DepKind::SharedTables { shared_writes: false } => &w.dep_read,
        DepKind::SharedTables { shared_writes: true } => &w.dep_write,
    }
    .text()
}

/// Labels start with a capital in lists and options (the catalogue writes them for sentences).
pub use crate::ui::results::format::capitalise;
