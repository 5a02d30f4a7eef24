//! Which rubric the page uses, always in view, and the small panel to try a rubric file (a
//! picker and a drop target) or go back to the page's own rubric. The decisions are made in
//! `app::rubrics` (reading) and `state::update` (using); this only shows them.

use leptos::prelude::*;

use crate::app::rubrics;
use crate::app::state::Msg;
use crate::app::use_store;
use crate::ui::keep::FileDrop;

/// "Rubric: Acme architecture rubric 2.1.0 (3f2a9c01b7de), Acme platform group", and where it
/// came from (`data-testid="rubric-in-use"`).
#[component]
pub fn RubricInUse() -> impl IntoView {
    let store = use_store();
    move || {
        let loading = store.rubric_loading.get();
        store.rubric.with(|r| {
            let waits = loading.is_some() && r.origin.is_page_rubric();
            let w = &r.rubric.catalogue.texts.wizard;
            let text = if waits {
                w.rubric_loading.render(&[("path", &loading.unwrap_or_default())])
            } else {
                w.rubric_in_use
                    .render(&[("rubric", &r.rubric.full_label()), ("origin", &r.origin.words(w))])
            };
            view! {
                <p class="rubric-in-use" data-testid="rubric-in-use" role=waits.then_some("status")
                    data-standard=r.rubric.is_standard().to_string()>
                    {text}
                </p>
            }
        })
    }
}

/// The rubric panel: which rubric is in use, a way back to the page's own from an imported one,
/// and a file picker and drop target for trying a rubric file.
#[component]
pub fn RubricPanel() -> impl IntoView {
    let store = use_store();
    let back = move || {
        let (imported, page) = (
            store.rubric.with(|r| !r.origin.is_page_rubric()),
            store.page_rubric.with(|p| p.label()),
        );
        imported.then(|| {
            view! {
                <button type="button" class="button button-secondary" data-testid="rubric-back"
                    on:click=move |_| store.dispatch(Msg::UsePageRubric)>
                    {store.catalogue().texts.wizard.rubric_back.render(&[("rubric", &page)])}
                </button>
            }
        })
    };
    let w = store.catalogue().texts.wizard.clone();
    view! {
        <section class="card rubric-panel" aria-labelledby="rubric-heading" data-testid="rubric-panel">
            <h2 id="rubric-heading" class="card-title">{w.rubric_heading.text()}</h2>
            <RubricInUse/>
            {back}
            <FileDrop id="import-rubric" testid="import-rubric" drop_testid="rubric-drop"
                label=w.rubric_try.text()
                hint=w.rubric_try_hint.render(&[("standard", &rubrics::standard_label())])
                on_file=move |file| rubrics::import(store, file)/>
        </section>
    }
}
