//! The shell's state: where the user is, what they answered, and the validation of raw input.
//! The state changes only through `state::update`, one message at a time; everything on the
//! results page is derived from the answers by the engine.

pub mod csv;
pub mod domain_edit;
pub mod file;
pub mod host;
pub mod labels;
pub mod link;
pub mod nav;
pub mod persist;
pub mod report;
pub mod slide;
pub mod state;
pub mod step;
pub mod validate;

pub use state::{use_store, Store};
pub use step::{Cursor, Step};
