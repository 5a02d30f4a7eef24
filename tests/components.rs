//! Component tests in headless Chromium (wasm-bindgen-test): mount the real app, act as a user,
//! assert on the DOM. Run by `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container and returns the container. The handle keeps it mounted.
fn mount_app() -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), seams::ui::App);
    (container, handle)
}

fn find(container: &HtmlElement, selector: &str) -> HtmlElement {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn text(container: &HtmlElement, selector: &str) -> String {
    find(container, selector).text_content().unwrap_or_default()
}

async fn settle() {
    // Two turns: one for the render, one for the effects that follow it.
    tick().await;
    tick().await;
}

#[wasm_bindgen_test]
async fn start_page_shows_first_step_without_a_back_button() {
    let (page, _handle) = mount_app();
    settle().await;
    assert_eq!(text(&page, "[data-testid=progress]"), "Step 1 of 7");
    assert_eq!(text(&page, "#step-heading"), "Start");
    assert!(page.query_selector("[data-testid=back]").unwrap().is_none());
    page.remove();
}

#[wasm_bindgen_test]
async fn continue_moves_on_updates_title_and_focuses_the_heading() {
    let (page, _handle) = mount_app();
    settle().await;
    find(&page, "[data-testid=continue]").click();
    settle().await;

    assert_eq!(text(&page, "[data-testid=progress]"), "Step 2 of 7");
    assert_eq!(text(&page, "#step-heading"), "Your context");
    assert_eq!(document().title(), "Your context – Step 2 of 7 – Seams");
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("step-heading"));
    let current = find(&page, "[aria-current=step]");
    assert_eq!(current.text_content().unwrap_or_default(), "Your context");

    find(&page, "[data-testid=back]").click();
    settle().await;
    assert_eq!(text(&page, "#step-heading"), "Start");
    page.remove();
}

#[wasm_bindgen_test]
async fn the_last_step_has_no_continue_button() {
    let (page, _handle) = mount_app();
    settle().await;
    for _ in 1..7 {
        find(&page, "[data-testid=continue]").click();
        settle().await;
    }
    assert_eq!(text(&page, "[data-testid=progress]"), "Step 7 of 7");
    assert!(page.query_selector("[data-testid=continue]").unwrap().is_none());
    page.remove();
}
