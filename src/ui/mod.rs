//! The Leptos components. They render what the app state and the engine give them and send user
//! intents back as callbacks; no decision logic lives here.

pub mod charts;
pub mod form;
pub mod keep;
pub mod results;
pub mod rubric;
mod shell;
pub mod steps;
pub mod workshop;

pub use shell::{App, AppWith};
