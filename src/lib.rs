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
///
/// index.html paints a static copy of the start page's introduction (`#boot`) while the
/// WebAssembly loads. The app replaces it in one task, so no frame shows both or neither, and
/// only once that copy has reached the screen: on a fast connection the module can be ready
/// before the first paint, and the page would then stay blank until the whole app had rendered.
/// A frame and then a task is the first moment after that paint; browsers may hold frames back
/// in background tabs and hidden frames, so a timer mounts the app regardless after 100 ms.
pub fn start() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast};

    let Some(window) = web_sys::window() else { return };
    let Some(boot) = window.document().and_then(|d| d.get_element_by_id("boot")) else {
        leptos::mount::mount_to_body(ui::App);
        return;
    };
    let mounted = Rc::new(Cell::new(false));
    let mount = move || {
        if !mounted.replace(true) {
            boot.remove();
            leptos::mount::mount_to_body(ui::App);
        }
    };
    let after_paint = {
        let (mount, window) = (mount.clone(), window.clone());
        Closure::once_into_js(move || {
            let task = Closure::once_into_js(mount);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        })
    };
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
    let fallback = Closure::once_into_js(mount);
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 100);
}
