//! The frame around every page: header, progress indicator, error summary, the step itself, Back
//! and Continue. It also keeps the document title and keyboard focus in step with the page.

use leptos::prelude::*;

use crate::app::state::{focus_by_id, this_month, Msg};
use crate::app::{host, nav, persist, rubrics};
use crate::app::{use_store, Cursor, Step, Store};
use crate::engine::Answers;
use crate::ui::keep::{KeepWork, Notices, SaveStatus};
use crate::ui::results::Results;
use crate::ui::rubric::{RubricInUse, RubricPanel};
use crate::ui::steps;

/// The whole application: empty answers, then whatever the autosave and the URL hold.
#[component]
pub fn App() -> impl IntoView {
    let answers = Answers { plan_start: Some(this_month()), ..Answers::default() };
    // The build's rubric and an imported one are read before anything is drawn; the address's
    // is fetched, and the results wait for it.
    let (page, imported, problem) = rubrics::at_start();
    let store = Store::with_rubric(answers, page, imported);
    host::start();
    rubrics::start(store, problem);
    persist::start(store);
    // The page the address names opens once the autosave is read; a share link after that.
    nav::start(store);
    crate::app::workshop::start(store);
    persist::open_link(store);
    view! { <AppWith store=store/> }
}

/// The application around a given state (tests start from prepared answers).
#[component]
pub fn AppWith(store: Store) -> impl IntoView {
    provide_context(store);
    // The workshop room beside the answers (the app made it already; a test may not have).
    if use_context::<crate::app::workshop::RoomStore>().is_none() {
        crate::app::workshop::start(store);
    }

    // Keep the tab title in step with the page, and move focus to the new page's heading so
    // keyboard and screen-reader users land where the content starts. Not on the first render:
    // a fresh visit starts at the top of the document.
    // The new page starts at its top, with the step label in view: in an embed the frame
    // scrolls to the progress line (the site header is hidden there), elsewhere the window
    // to its top.
    let embedded = host::use_host().is_some_and(|h| h.options.with_value(|o| o.embed));
    Effect::new(move |_| {
        let cursor = store.cursor.get();
        document().set_title(&cursor.step.document_title(&store.catalogue().texts.wizard));
        if store.has_moved() {
            show_top(embedded);
            focus_heading();
        }
    });
    // Each refused Continue shows the error summary, which takes focus once it is drawn.
    Effect::new(move |_| {
        if store.refusals.get() > 0 {
            request_animation_frame(|| focus_by_id("error-summary"));
        }
    });

    view! {
        <header class="site-header">
            <a class="brand" href="./" on:click=move |ev| {
                ev.prevent_default();
                store.dispatch(Msg::Go(Cursor::at(Step::Start)));
            }>
                <span class="brand-mark" aria-hidden="true">"◧"</span>
                " Seams"
            </a>
            <p class="tagline">"Monolith or microservices, decided with your own numbers"</p>
        </header>
        <main id="main" class="page" data-testid="page" data-step=move || store.cursor.get().step.slug()>
            <div class="page-top">
                <Progress embedded=embedded/>
                <SaveStatus/>
            </div>
            <Notices/>
            <ErrorSummary/>
            <StepBody/>
            <StepActions/>
        </main>
        <footer class="site-footer">
            <p>{use_store().catalogue().texts.wizard.footer.text()}</p>
        </footer>
    }
}

/// "Step 3 of 7" and the list of steps, with the current one marked. Every step already
/// reached in this assessment is a link to it; the others are plain text. In an embed, which
/// has no site header, a link leads back to the start page and its examples.
#[component]
fn Progress(embedded: bool) -> impl IntoView {
    let store = use_store();
    let step = Memo::new(move |_| store.cursor.get().step);
    let w = store.catalogue().texts.wizard.clone();
    let label = w.clone();
    let home = w.embed_home.text();
    view! {
        <nav class="progress" aria-label=w.progress_nav.text()>
            <p class="progress-label" data-testid="progress">
                {move || store.cursor.get().progress_label(store.questions(), &label)}
            </p>
            {move || (embedded && step.get() != Step::Start).then(|| view! {
                <p class="embed-home">
                    <a href=href(Cursor::at(Step::Start)) data-testid="embed-home" on:click=move |ev| {
                        ev.prevent_default();
                        store.dispatch(Msg::Go(Cursor::at(Step::Start)));
                    }>{home.clone()}</a>
                </p>
            })}
            <ol class="progress-steps">
                {Step::ALL
                    .into_iter()
                    .map(|s| {
                        let title = s.title(&w);
                        let current = move || step.get() == s;
                        let linked = move || !current() && s <= store.reached.get();
                        view! {
                            <li
                                class="progress-step"
                                class:is-current=current
                                class:is-done={move || step.get() > s}
                                aria-current=move || current().then_some("step")
                            >
                                {move || if linked() {
                                    view! {
                                        <a href=href(Cursor::at(s)) on:click=move |ev| {
                                            ev.prevent_default();
                                            store.dispatch(Msg::Go(Cursor::at(s)));
                                        }>{title.clone()}</a>
                                    }.into_any()
                                } else {
                                    title.clone().into_any()
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The address of a page, relative to this one (for links that also open in a new tab).
fn href(cursor: Cursor) -> String {
    let search = window().location().search().unwrap_or_default();
    let query = nav::search_for(&search, cursor);
    if query.is_empty() {
        window().location().pathname().unwrap_or_default()
    } else {
        query
    }
}

/// Scrolls the new page's top into view: the progress line in an embed, the window's top
/// elsewhere.
fn show_top(embedded: bool) {
    if embedded {
        if let Some(progress) = document().query_selector(".progress").ok().flatten() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            progress.scroll_into_view_with_scroll_into_view_options(&options);
        }
    } else {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves focus to the page's heading without scrolling (the page was scrolled to its top).
fn focus_heading() {
    use wasm_bindgen::JsCast;
    let Some(heading) = document().get_element_by_id("step-heading") else { return };
    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

/// The list of problems on the page, shown when Continue is pressed with errors. It takes focus
/// then, and each entry links to its field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let store = use_store();
    move || {
        let errors = store.errors.get();
        (store.refusals.get() > 0 && !errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert"
                    aria-labelledby="error-summary-title" data-testid="error-summary">
                    <h2 id="error-summary-title" class="error-summary-title">"There is a problem"</h2>
                    <ul>
                        {errors
                            .into_iter()
                            .map(|(field, message)| view! {
                                <li><a href=format!("#{field}") on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_by_id(&field);
                                }>{message}</a></li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The content of the page on screen.
#[component]
fn StepBody() -> impl IntoView {
    let store = use_store();
    // Until the page's own rubric has loaded, no result computed with another is shown as if it
    // were its own (an imported rubric needs no wait).
    let rubric_pending = move || {
        store.rubric_loading.with(Option::is_some)
            && store.rubric.with(|r| r.origin.is_page_rubric())
    };
    let step = Memo::new(move |_| store.cursor.get().step);
    move || {
        // Answers replaced from outside the fields (another tab, a link, an import) redraw the
        // page's fields. The results page has no field that keeps its own text, so it stays.
        let step = step.get();
        if step != Step::Results {
            store.redraws.track();
        }
        // Every page words its questions and results from the rubric in use.
        store.rubric.track();
        match step {
            Step::Start => steps::start::StartStep().into_any(),
            Step::Context => steps::context::ContextStep().into_any(),
            Step::Factors => steps::factors::FactorsStep().into_any(),
            Step::Readiness => steps::readiness::ReadinessStep().into_any(),
            Step::DomainMap => steps::domain::DomainStep().into_any(),
            Step::Check => steps::check::CheckStep().into_any(),
            Step::Results => view! {
                <section class="step step-results" aria-labelledby="step-heading">
                    <h1 id="step-heading" tabindex="-1">{use_store().catalogue().texts.wizard.step_results.text()}</h1>
                    {move || if rubric_pending() {
                        view! {
                            <div data-testid="rubric-loading">
                                <RubricInUse/>
                                <p class="notice notice-info">
                                    {use_store().catalogue().texts.wizard.rubric_loading_results.text()}
                                </p>
                            </div>
                        }.into_any()
                    } else {
                        // The rubric in use, right after the sources it names.
                        view! { <Results/> <RubricPanel/> <KeepWork/> }.into_any()
                    }}
                </section>
            }
            .into_any(),
        }
    }
}

/// Back and Continue. The start page has its own buttons, and the results page has no Continue.
#[component]
fn StepActions() -> impl IntoView {
    let store = use_store();
    move || {
        let cursor = store.cursor.get();
        if cursor.step == Step::Start {
            return None;
        }
        let w = store.catalogue().texts.wizard.clone();
        let label = if store.returning.get() == Some(Step::Check) {
            &w.return_check
        } else if store.returning.get() == Some(Step::Results) {
            &w.return_results
        } else if cursor.step == Step::Check {
            &w.see_results
        } else {
            &w.continue_
        }
        .text();
        Some(view! {
            <div class="step-actions">
                <button type="button" class="button button-secondary" data-testid="back"
                    on:click=move |_| store.dispatch(Msg::Back)>
                    {w.back.text()}
                </button>
                {cursor.next(store.questions()).map(|_| view! {
                    <button type="button" class="button button-primary" data-testid="continue"
                        on:click=move |_| store.dispatch(Msg::Continue)>
                        {label}
                    </button>
                })}
            </div>
        })
    }
}
