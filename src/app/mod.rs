//! The shell's state: which step is shown and (soon) the answers. Only the answers and the current
//! step are state; everything shown on the results page is derived from them by the engine.

pub mod step;
pub mod validate;

pub use step::Step;
