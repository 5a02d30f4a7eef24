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
            let text = if waits {
                format!(
                    "Rubric: loading your organisation's rubric from \u{201c}{}\u{201d}\u{2026}",
                    loading.unwrap_or_default()
                )
            } else {
                format!("Rubric: {}, {}.", r.rubric.full_label(), r.origin.words())
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
                    {format!("Go back to {page}")}
                </button>
            }
        })
    };
    view! {
        <section class="card rubric-panel" aria-labelledby="rubric-heading" data-testid="rubric-panel">
            <h2 id="rubric-heading" class="card-title">"The rules behind these results"</h2>
            <RubricInUse/>
            {back}
            <FileDrop id="import-rubric" testid="import-rubric" drop_testid="rubric-drop"
                label="Try a rubric file"
                hint=format!(
                    "A seams-rubric .json file, such as a draft of your organisation's, up to 1 MB. You can also drop it here. The standard rubric is {}.",
                    rubrics::standard_label()
                )
                on_file=move |file| rubrics::import(store, file)/>
        </section>
    }
}
