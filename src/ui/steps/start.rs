//! The start page: begin a new assessment or open a worked example.

use leptos::prelude::*;

use crate::app::persist::has_answers;
use crate::app::state::{Msg, Offered};
use crate::app::{use_store, Cursor, Step};
use crate::engine::{examples, Answers};
use crate::ui::keep::ImportControl;
use crate::ui::rubric::{RubricInUse, RubricPanel};
use crate::ui::steps::terms::{self, Terms};

/// The start page.
#[component]
pub fn StartStep() -> impl IntoView {
    let store = use_store();
    let has_work = Memo::new(move |_| store.answers.with(has_answers));
    // Starting again or opening an example over answers the user may still want asks first
    // (the prompt at the top of the page), and can be undone after.
    let start_fresh = move || {
        store.dispatch(Msg::Offer {
            answers: Answers::default(),
            from: Offered::Fresh,
            made_with: None,
        })
    };
    let w = store.catalogue().texts.wizard.clone();
    let w2 = w.clone();
    view! {
        <section class="step step-start" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{w.start_heading.text()}</h1>
            <p class="lede">{w.start_lede.text()}</p>
            <ul class="start-points">
                <li>{w.start_time.text()}</li>
                <li>{w.start_live.text()}</li>
                <li>{w.start_private.text()}</li>
            </ul>
            {move || (!store.rubric.with(|r| r.rubric.is_standard()) || store.rubric_loading.with(Option::is_some))
                .then(|| view! { <RubricInUse/> })}
            <Terms terms=terms::START/>
            {move || has_work.get().then(|| view! {
                <div class="card resume" data-testid="resume">
                    <h2 class="card-title">{w2.resume_heading.text()}</h2>
                    <p>{w2.resume_text.text()}</p>
                    <div class="step-actions">
                        <button type="button" class="button button-primary" data-testid="resume-check"
                            on:click=move |_| store.dispatch(Msg::Go(Cursor::at(Step::Check)))>
                            {w2.resume.text()}
                        </button>
                        <button type="button" class="button button-secondary"
                            on:click=move |_| store.dispatch(Msg::Go(Cursor::at(Step::Results)))>
                            {w2.see_results.text()}
                        </button>
                    </div>
                </div>
            })}
            <div class="step-actions">
                // With saved work, resuming is the main action and starting again the second.
                <button type="button" class="button button-large" data-testid="start-new"
                    class:button-primary=move || !has_work.get()
                    class:button-secondary=move || has_work.get()
                    on:click=move |_| start_fresh()>
                    {w.start_new.text()}
                </button>
            </div>
            <ImportControl/>
            <crate::ui::workshop::WorkshopCard on_join=start_fresh/>
            <RubricPanel/>

            <h2 id="examples-heading">{w.examples_heading.text()}</h2>
            <p>{w.examples_text.text()}</p>
            <ul class="example-list" aria-labelledby="examples-heading">
                {examples().into_iter().map(|example| {
                    let answers = example.answers.clone();
                    let title = example.title.clone();
                    let heading_id = format!("example-{}", example.id);
                    view! {
                        <li class="card example" data-testid=format!("example-{}", example.id)>
                            <h3 id=heading_id.clone()>{example.title.clone()}</h3>
                            <p>{example.summary.clone()}</p>
                            <button type="button" class="button button-secondary"
                                aria-describedby=heading_id
                                on:click=move |_| store.dispatch(Msg::Offer {
                                    answers: answers.clone(),
                                    from: Offered::Example(title.clone()),
                                    made_with: None,
                                })>
                                {w.open_example.text()}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
