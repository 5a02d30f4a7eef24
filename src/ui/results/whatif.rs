//! The what-if panel: one compact select per decision factor, writing straight into the answers,
//! so every result on the page follows at once. A sticky side panel on wide screens, the last
//! section on narrow ones (see `style/results.css`).

use leptos::prelude::*;

use super::heading;
use crate::app::state::{Edit, Msg};
use crate::app::use_store;
use crate::engine::Factor;

/// The what-if panel (`data-testid="whatif"`).
#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let store = use_store();
    let label = Memo::new(move |_| store.evaluation.with(|e| e.verdict.label.clone()));
    let factors = store.catalogue().factors.clone();
    view! {
        <section class="whatif" aria-labelledby="results-whatif-heading" data-testid="whatif" id="results-whatif">
            <h2 id="results-whatif-heading" class="whatif-heading" tabindex="-1">{heading("results-whatif")}</h2>
            <p class="hint">"Change an answer here and every result on the page follows."</p>
            <p class="whatif-verdict" role="status" data-testid="whatif-verdict">
                "Verdict: " <strong>{move || label.get()}</strong>
            </p>
            {factors.into_iter().map(|f| view! { <FactorSelect factor=f/> }).collect_view()}
        </section>
    }
}

/// One factor as a labelled select.
#[component]
fn FactorSelect(
    /// The factor, with its options.
    factor: Factor,
) -> impl IntoView {
    let store = use_store();
    let id = factor.id;
    let input_id = format!("whatif-{}", id.as_str());
    let current = Memo::new(move |_| store.answers.with(|a| a.factors.get(&id).cloned()));
    let options = factor
        .options
        .into_iter()
        .map(|o| {
            let value = o.id.clone();
            view! {
                <option value=o.id prop:selected=move || current.get().as_deref() == Some(value.as_str())>
                    {o.label}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field field-compact">
            <label class="label whatif-label" for=input_id.clone()>{factor.dimension}</label>
            <select
                class="select select-compact"
                id=input_id
                data-whatif-factor=id.as_str()
                on:change=move |ev| {
                    // The empty value is "Not answered".
                    let value = event_target_value(&ev);
                    store.dispatch(Msg::Edit(Edit::Factor(id, Some(value))));
                }
            >
                <option value="" prop:selected=move || current.get().is_none()>"Not answered"</option>
                {options}
            </select>
        </div>
    }
}
