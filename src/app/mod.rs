//! The shell's state: where the user is, what they answered, and the validation of raw input.
//! The state changes only through `state::update`, one message at a time; everything on the
//! results page is derived from the answers by the engine.

pub mod host;
pub mod nav;
pub mod persist;
pub mod rubrics;
pub mod state;
pub mod step;
pub mod workshop;

/// The pure formats (files, links, exports, input checks), a crate of their own (`crates/formats`).
pub use seams_formats::{csv, domain_edit, file, labels, link, report, rubric, slide, validate};
pub use state::{use_store, Store};
pub use step::{Cursor, Step};
