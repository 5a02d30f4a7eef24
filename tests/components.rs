//! Component tests in headless Chromium (wasm-bindgen-test): mount the real app around a store
//! the test holds, act as a user, and assert on both the page and the answers.
//! Run by `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use seams::app::state::{Edit, Msg};
use seams::app::{Cursor, Step, Store};
use seams::engine::{examples, Answers, FactorId};
use seams::ui::AppWith;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app; unmounted and removed when dropped.
struct Mounted {
    page: HtmlElement,
    store: Store,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.page.remove();
    }
}

async fn mount(answers: Answers) -> Mounted {
    let page: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&page).unwrap();
    let store = Store::new(answers);
    let handle =
        leptos::mount::mount_to(page.clone(), move || view! { <AppWith store=store/> }.into_any());
    settle().await;
    Mounted { page, store, _handle: Box::new(handle) }
}

async fn settle() {
    // One turn for the render, one for the effects that follow it, one for animation frames.
    tick().await;
    tick().await;
    gloo_timeout().await;
}

/// Waits for the next animation frame (focus moves there after a failed Continue).
async fn gloo_timeout() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

impl Mounted {
    fn find(&self, selector: &str) -> HtmlElement {
        self.page
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .unchecked_into()
    }

    fn exists(&self, selector: &str) -> bool {
        self.page.query_selector(selector).unwrap().is_some()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default().trim().to_string()
    }

    async fn click(&self, selector: &str) {
        self.find(selector).click();
        settle().await;
    }

    async fn type_into(&self, selector: &str, text: &str) {
        let input: HtmlInputElement = self.find(selector).unchecked_into();
        input.set_value(text);
        input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
        settle().await;
    }
}

fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id())
}

#[wasm_bindgen_test]
async fn the_start_page_offers_a_new_assessment_and_every_example() {
    let app = mount(Answers::default()).await;
    assert_eq!(app.text("[data-testid=progress]"), "Step 1 of 7");
    assert_eq!(app.text("#step-heading"), "Monolith, modular monolith or microservices?");
    assert!(!app.exists("[data-testid=back]"), "the first page has no Back");
    let shown = app.page.query_selector_all(".example").unwrap().length() as usize;
    assert_eq!(shown, examples().len());
}

#[wasm_bindgen_test]
async fn starting_moves_to_the_context_step_with_focus_and_title() {
    let app = mount(Answers::default()).await;
    app.click("[data-testid=start-new]").await;
    assert_eq!(app.text("#step-heading"), "Your context");
    assert_eq!(app.text("[data-testid=progress]"), "Step 2 of 7");
    assert_eq!(document().title(), "Your context – Step 2 of 7 – Seams");
    assert_eq!(focused_id().as_deref(), Some("step-heading"));
}

#[wasm_bindgen_test]
async fn a_bad_number_shows_an_error_and_keeps_the_last_good_answer() {
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Context)));
    settle().await;

    app.type_into("#engineers", "40").await;
    assert_eq!(app.store.answers.get_untracked().context.engineers, Some(40));

    app.type_into("#engineers", "forty-one").await;
    assert_eq!(
        app.text("#engineers-error"),
        "Error: Enter the number of engineers as a whole number, like 12"
    );
    assert_eq!(app.find("#engineers").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        app.store.answers.get_untracked().context.engineers,
        Some(40),
        "the good answer stays"
    );
    assert!(!app.exists("[data-testid=error-summary]"), "no summary before Continue");

    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("#step-heading"), "Your context", "errors hold the user on the page");
    assert!(app.text("[data-testid=error-summary]").contains("whole number"));
    assert_eq!(focused_id().as_deref(), Some("error-summary"));

    app.type_into("#engineers", "").await;
    assert_eq!(
        app.store.answers.get_untracked().context.engineers,
        None,
        "emptying means not answered"
    );
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("[data-testid=progress]"), "Step 3 of 7 · Question 1 of 9");
}

#[wasm_bindgen_test]
async fn each_factor_question_is_its_own_page_and_records_the_choice() {
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor { step: Step::Factors, question: 1 }));
    settle().await;
    let heading = app.text("#step-heading");
    let cat = app.store.catalogue();
    assert_eq!(heading, cat.factors[1].question);
    assert!(app.text(".why").contains(&cat.factors[1].why));

    let option = &cat.factors[1].options[2];
    app.click(&format!("input[value=\"{}\"]", option.id)).await;
    let chosen = app.store.answers.get_untracked().factors.get(&cat.factors[1].id).cloned();
    assert_eq!(chosen.as_deref(), Some(option.id.as_str()));

    app.click("[data-testid=back]").await;
    assert_eq!(app.text("#step-heading"), cat.factors[0].question);
}

#[wasm_bindgen_test]
async fn the_check_page_lists_answers_and_change_returns_to_it() {
    let answers = Answers::default().with_factor(FactorId::ScalingProfile, "one_hot");
    let app = mount(answers).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Check)));
    settle().await;
    let scaling = app
        .store
        .catalogue()
        .factors
        .iter()
        .find(|f| f.id == FactorId::ScalingProfile)
        .cloned()
        .unwrap();
    let label = scaling.options.iter().find(|o| o.id == "one_hot").unwrap().label.clone();
    assert!(app.page.text_content().unwrap().contains(&label));
    assert!(app.page.text_content().unwrap().contains("Not answered"));

    app.click(".summary-action button").await;
    assert_eq!(app.text("#step-heading"), "Your context");
    assert_eq!(app.text("[data-testid=continue]"), "Save and return to your answers");
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("#step-heading"), "Check your answers");
}

#[wasm_bindgen_test]
async fn the_domain_editor_adds_modules_and_refuses_a_duplicate_name() {
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::DomainMap)));
    settle().await;

    app.type_into("#new-module", "Billing").await;
    app.click("[data-testid=add-module]").await;
    assert_eq!(app.store.answers.get_untracked().domain.modules.len(), 1);
    assert_eq!(app.text(".module-legend"), "Billing");

    app.type_into("#new-module", "billing").await;
    app.click("[data-testid=add-module]").await;
    assert_eq!(app.store.answers.get_untracked().domain.modules.len(), 1);
    assert_eq!(
        app.text("#new-module-error"),
        "Error: A module called \u{201c}billing\u{201d} already exists: choose another name"
    );
}

#[wasm_bindgen_test]
async fn a_module_can_be_marked_as_running_on_its_own_only_beside_a_monolith() {
    use seams::engine::CurrentArchitecture;
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::DomainMap)));
    settle().await;
    app.type_into("#new-module", "Search").await;
    app.click("[data-testid=add-module]").await;
    let id = app.store.answers.get_untracked().domain.modules[0].id;
    let mark = format!("#module-{id}-runs-apart");
    assert!(!app.exists(&mark), "no architecture answered: nothing runs beside a monolith");

    app.store.dispatch(Msg::Edit(Edit::Architecture(Some(CurrentArchitecture::SomeServices))));
    app.store.dispatch(Msg::Edit(Edit::ServicesToday(Some(1))));
    settle().await;
    assert_eq!(
        app.text(&format!("label[for=module-{id}-runs-apart]")),
        "Already runs on its own, beside the monolith"
    );
    app.click(&mark).await;
    assert!(app.store.answers.get_untracked().domain.modules[0].runs_apart);
    // Marked, the only module is no part of the monolith to extract.
    let e = app.store.evaluation.get_untracked();
    assert!(e.services.candidates.iter().all(|c| c.name != "Search"), "{:?}", e.services);
}

#[wasm_bindgen_test]
async fn emptying_the_add_box_clears_a_refused_name_and_unblocks_continue() {
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::DomainMap)));
    settle().await;
    app.type_into("#new-module", "Billing").await;
    app.click("[data-testid=add-module]").await;
    app.type_into("#new-module", "billing").await;
    app.click("[data-testid=add-module]").await;
    assert!(app.exists("#new-module-error"), "the duplicate is refused");
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("#step-heading"), "Domain map", "the refused name holds the page");

    app.type_into("#new-module", "  ").await;
    assert!(!app.exists("#new-module-error"), "an empty box has nothing wrong with it");
    assert!(!app.exists("[data-testid=error-summary]"), "nor does the page");
    assert_eq!(app.find("#new-module").get_attribute("aria-invalid"), None);
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("#step-heading"), "Check your answers");
    assert_eq!(app.store.answers.get_untracked().domain.modules.len(), 1);
}

#[wasm_bindgen_test]
async fn the_services_running_today_are_asked_only_when_some_run() {
    use seams::engine::CurrentArchitecture;
    let position = |a: CurrentArchitecture| CurrentArchitecture::ALL.iter().position(|x| *x == a);
    let radio = |a| format!("#architecture-{}", position(a).unwrap());
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Context)));
    settle().await;
    assert!(!app.exists("#services-today"), "not asked before the architecture is known");

    app.click(&radio(CurrentArchitecture::SomeServices)).await;
    assert_eq!(app.text("label[for=services-today]"), "How many services run in production today?");
    app.type_into("#services-today", "12").await;
    assert_eq!(app.store.answers.get_untracked().context.services_today, Some(12));
    app.type_into("#services-today", "10001").await;
    assert_eq!(
        app.text("#services-today-error"),
        "Error: Enter the number of services in production between 0 and 10,000"
    );

    // A monolith runs none: the question goes, and so does its error; the answer is kept.
    app.click(&radio(CurrentArchitecture::Monolith)).await;
    assert!(!app.exists("#services-today"));
    assert_eq!(app.store.answers.get_untracked().context.services_today, Some(12));
    app.click(&radio(CurrentArchitecture::Microservices)).await;
    let input: HtmlInputElement = app.find("#services-today").unchecked_into();
    assert_eq!(input.value(), "12", "the kept answer comes back");
    assert!(!app.exists("#services-today-error"));
    app.click(&radio(CurrentArchitecture::Greenfield)).await;
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("[data-testid=progress]"), "Step 3 of 7 · Question 1 of 9");
}

#[wasm_bindgen_test]
async fn a_hidden_services_error_does_not_hold_the_page() {
    use seams::engine::CurrentArchitecture;
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Context)));
    settle().await;
    app.click("#architecture-3").await;
    app.type_into("#services-today", "many").await;
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("#step-heading"), "Your context", "the error holds the page");
    app.click("#architecture-1").await;
    assert_eq!(
        app.store.answers.get_untracked().context.architecture,
        Some(CurrentArchitecture::Monolith)
    );
    assert!(!app.exists("[data-testid=error-summary]"));
    app.click("[data-testid=continue]").await;
    assert_eq!(app.text("[data-testid=progress]"), "Step 3 of 7 · Question 1 of 9");
}

#[wasm_bindgen_test]
async fn the_check_page_lists_the_services_running_today_when_some_run() {
    use seams::engine::{Context, CurrentArchitecture};
    let with = |architecture| Answers {
        context: Context {
            architecture: Some(architecture),
            services_today: Some(7),
            ..Context::default()
        },
        ..Answers::default()
    };
    let rows = |app: &Mounted| {
        let list = app.page.query_selector_all(".summary-row").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    let app = mount(with(CurrentArchitecture::Microservices)).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Check)));
    settle().await;
    let row = rows(&app).into_iter().find(|r| r.contains("Services in production today"));
    let row = row.expect("a row for the services");
    assert!(row.contains('7') && row.contains("Change"), "{row}");
    drop(app);

    let app = mount(with(CurrentArchitecture::Monolith)).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Check)));
    settle().await;
    assert!(!rows(&app).iter().any(|r| r.contains("Services in production")));
}

#[wasm_bindgen_test]
async fn an_example_over_answers_asks_first_and_undo_brings_the_answers_back() {
    let mine = Answers::default().with_factor(FactorId::ScalingProfile, "one_hot");
    let app = mount(mine.clone()).await;
    let example = examples().into_iter().next().unwrap();
    app.click(&format!("[data-testid=example-{}] button", example.id)).await;
    assert!(app.text("[data-testid=offer]").contains(&example.title));
    assert_eq!(app.store.answers.get_untracked(), mine, "nothing replaced before the answer");
    assert_eq!(focused_id().as_deref(), Some("offer-prompt"));

    app.click("[data-testid=offer-accept]").await;
    assert_eq!(app.text("#step-heading"), "Results");
    assert!(app.text("[data-testid=notice]").starts_with("You are looking at the example"));
    assert_eq!(app.store.answers.get_untracked().context, example.answers.context);

    app.click("[data-testid=undo]").await;
    assert_eq!(app.text("#step-heading"), "Monolith, modular monolith or microservices?");
    assert_eq!(app.store.answers.get_untracked(), mine);
    assert!(!app.exists("[data-testid=undo]"));
}

#[wasm_bindgen_test]
async fn the_progress_links_only_the_steps_already_reached() {
    let app = mount(Answers::default()).await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Readiness)));
    settle().await;
    app.store.dispatch(Msg::Go(Cursor::at(Step::Context)));
    settle().await;
    let links = app.page.query_selector_all(".progress-steps a").unwrap();
    let names: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.text_content())
        .collect();
    assert_eq!(names, ["Start", "Decision factors", "Operational readiness"]);
    app.click(".progress-steps li:nth-child(4) a").await;
    assert_eq!(app.text("#step-heading"), "Operational readiness");
    assert_eq!(focused_id().as_deref(), Some("step-heading"));
}
