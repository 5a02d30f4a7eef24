//! Seams: a decision wizard for "monolith, modular monolith, a few services or microservices".
//!
//! Crate map (ARCHITECTURE.md has the invariants):
//! - [`engine`]: the pure decision engine. Answers in; verdict, service count, matrices, costs,
//!   plan, pitfalls and sensitivity out. No I/O, no browser, no UI crate.
//! - [`app`]: the shell's state: the wizard's steps and the answers.
//! - [`ui`]: Leptos components that render the state and the engine's output.

pub mod app;
/// The decision engine, a crate of its own (`crates/engine`) so that the compiler keeps it pure.
pub use seams_engine as engine;
pub mod ui;

/// Mounts the application on the page's `<body>`.
///
/// index.html paints a static copy of the start page's introduction (`#boot`) while the
/// WebAssembly loads, and the app replaces it in one task, so no frame shows both or neither.
/// It does so once the browser has registered that copy as painted: where the browser reports
/// the largest contentful paint, when that report arrives (if the copy were removed before,
/// the browser would discard it and count the app's identical text, drawn later, as the first
/// meaningful paint); elsewhere after one frame. On a slow connection the report came long
/// before the app was ready; on a fast one the wait is a frame or two. Background tabs and
/// hidden frames may hold frames back, so a timer mounts the app regardless after 500 ms.
pub fn start() {
    use leptos::prelude::{request_animation_frame, set_timeout};
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;

    let Some(boot) = leptos::prelude::document().get_element_by_id("boot") else {
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
    if !when_painted(mount.clone()) {
        // After the next frame is drawn: a task queued from the frame's callback.
        let mount = mount.clone();
        request_animation_frame(move || set_timeout(mount, Duration::ZERO));
    }
    set_timeout(mount, Duration::from_millis(500));
}

/// Runs `then` at the browser's first largest-contentful-paint report; false where the
/// browser has no such report.
fn when_painted(then: impl FnOnce() + 'static) -> bool {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{PerformanceObserver, PerformanceObserverInit};

    const LCP: &str = "largest-contentful-paint";
    let supported = Reflect::get(&js_sys::global(), &"PerformanceObserver".into())
        .and_then(|ctor| Reflect::get(&ctor, &"supportedEntryTypes".into()))
        .ok()
        .and_then(|types| types.dyn_into::<Array>().ok())
        .is_some_and(|types| types.includes(&LCP.into(), 0));
    if !supported {
        return false;
    }
    let callback = Closure::once_into_js(move |_: JsValue, observer: PerformanceObserver| {
        observer.disconnect();
        then();
    });
    let Ok(observer) = PerformanceObserver::new(callback.unchecked_ref()) else { return false };
    // `type` with `buffered`, so a paint that came before this call is reported too.
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &LCP.into());
    let _ = Reflect::set(&options, &"buffered".into(), &true.into());
    observer.observe(options.unchecked_ref::<PerformanceObserverInit>());
    true
}
