//! The decision factors, one question per page, each with "why this matters" and its source.

use leptos::prelude::*;

use crate::app::state::{Edit, Msg};
use crate::app::use_store;
use crate::ui::form::{Choice, RadioGroup};
use crate::ui::steps::terms::{self, Terms};

/// The "Decision factors" step: shows the question the cursor points at.
#[component]
pub fn FactorsStep() -> impl IntoView {
    let store = use_store();
    let question = Memo::new(move |_| store.cursor.get().question);
    move || {
        let cat = store.catalogue();
        let w = cat.texts.wizard.clone();
        let Some(factor) = cat.factors.get(question.get()).cloned() else {
            return view! {
                <section class="step" aria-labelledby="step-heading">
                    <h1 id="step-heading" tabindex="-1">{w.step_factors.text()}</h1>
                    <p>{w.no_factors.text()}</p>
                </section>
            }
            .into_any();
        };
        let id = factor.id;
        let choices: Vec<Choice> = factor
            .options
            .iter()
            .map(|o| Choice::new(o.id.clone(), o.label.clone()).hint(o.hint.clone()))
            .collect();
        let sources =
            factor.sources.iter().map(|s| cat.source_info(*s).title).collect::<Vec<_>>().join("; ");
        view! {
            <section class="step" aria-labelledby="step-heading" data-factor=id.as_str()>
                <p class="caption">{factor.dimension.clone()}</p>
                <RadioGroup
                    id=format!("factor-{}", id.as_str())
                    legend=factor.question.clone()
                    page_heading=true
                    choices=choices
                    selected=Signal::derive(move || store.answers.with(|a| a.factors.get(&id).cloned()))
                    on_change=move |v: String| store.dispatch(Msg::Edit(Edit::Factor(id, Some(v))))
                />
                <aside class="why" aria-labelledby="why-heading">
                    <h2 id="why-heading" class="why-heading">{w.why_it_matters.text()}</h2>
                    <p>{factor.why.clone()}</p>
                    <p class="source">{cat.texts.page.source.text()} " " <cite>{sources}</cite></p>
                </aside>
                <Terms terms=terms::factor(id)/>
                {let clear = w.clear_answer.text(); move || store.answers.with(|a| a.factors.contains_key(&id)).then(|| view! {
                    <button type="button" class="button-link" data-testid="clear-answer"
                        on:click=move |_| store.dispatch(Msg::Edit(Edit::Factor(id, None)))>
                        {clear.clone()}
                    </button>
                })}
            </section>
        }
        .into_any()
    }
}
