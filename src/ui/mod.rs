//! The Leptos components. They render what the app state and the engine give them and send user
//! intents back as callbacks; no decision logic lives here.

pub mod charts;
mod shell;

pub use shell::App;
