//! Seams: a decision wizard for "monolith, modular monolith, a few services or microservices".
//!
//! Crate map (ARCHITECTURE.md has the invariants):
//! - [`engine`]: the pure decision engine. Answers in; verdict, service count, matrices, costs,
//!   plan, pitfalls and sensitivity out. No I/O, no browser, no UI crate.
//! - [`app`]: the shell's state: the wizard's steps and the answers.
//! - [`ui`]: Leptos components that render the state and the engine's output.

pub mod app;
pub mod engine;
pub mod ui;

/// Mounts the application on the page's `<body>`.
pub fn start() {
    // index.html paints a static copy of the start page's introduction while the WebAssembly
    // loads; the app replaces it in the same task, so no frame shows both or neither.
    if let Some(boot) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(ui::App);
}
