//! Form controls shared by the wizard steps, after the GOV.UK patterns: a question as a legend or
//! label, a hint, an inline error that names the problem, and `aria-describedby` tying them
//! together. The controls hold no answers of their own: they show a value and report changes.

use leptos::prelude::*;

use crate::app::state::Msg;
use crate::app::use_store;
use crate::app::validate::CountField;

/// One choice of a [`RadioGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The value reported when chosen.
    pub value: String,
    /// What the user reads.
    pub label: String,
    /// An optional line under the label.
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice { value: value.into(), label: label.into(), hint: None }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Choice {
        let hint = hint.into();
        self.hint = (!hint.is_empty()).then_some(hint);
        self
    }
}

/// A set of radio buttons in a fieldset.
#[component]
pub fn RadioGroup(
    /// The id prefix of the inputs; also the `name` of the group.
    id: String,
    /// The question.
    legend: String,
    /// Show the question as the page's `h1` (one question per page).
    #[prop(optional)]
    page_heading: bool,
    /// Help under the question.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The choices, in order.
    choices: Vec<Choice>,
    /// The value currently chosen, if any.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// Called with the chosen value.
    #[prop(into)]
    on_change: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let legend_view = if page_heading {
        view! { <h1 id="step-heading" tabindex="-1" class="legend-heading">{legend}</h1> }
            .into_any()
    } else {
        view! { <span class="legend-text">{legend}</span> }.into_any()
    };
    view! {
        <fieldset class="field radios" aria-describedby=described>
            <legend class:legend-page=page_heading>{legend_view}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <div class="radios-items">
                {choices
                    .into_iter()
                    .enumerate()
                    .map(|(i, choice)| {
                        let input_id = format!("{id}-{i}");
                        let item_hint_id = format!("{input_id}-hint");
                        let value = choice.value.clone();
                        let checked_value = choice.value.clone();
                        let has_hint = choice.hint.is_some();
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=id.clone()
                                    value=choice.value.clone()
                                    aria-describedby=has_hint.then(|| item_hint_id.clone())
                                    prop:checked=move || selected.get().as_deref() == Some(checked_value.as_str())
                                    on:change=move |_| on_change.run(value.clone())
                                />
                                <label for=input_id>{choice.label}</label>
                                {choice.hint.map(|h| view! { <p class="hint radio-hint" id=item_hint_id>{h}</p> })}
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A whole-number field. The text is checked on every keystroke: a valid number (or empty text,
/// meaning "not answered") is reported; anything else shows an error and reports nothing, so the
/// last good answer is kept.
#[component]
pub fn NumberField(
    /// The input's id, also the key of its error in the page's error summary.
    id: String,
    /// The question.
    label: String,
    /// Help under the question.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The limits and the name used in messages.
    field: CountField,
    /// The current answer.
    initial: Option<u32>,
    /// Called with each accepted value (`None` when the field is emptied).
    #[prop(into)]
    on_change: Callback<Option<u32>>,
    /// A narrow input, for use inside a row of other fields.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let store = use_store();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let key = id.clone();
    let error = Memo::new(move |_| store.errors.with(|e| e.get(&key).cloned()));
    let described = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let input_id = id.clone();
    view! {
        <div class="field" class:field-error=move || error.get().is_some() class:field-compact=compact>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {move || error.get().map(|message| view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">"Error: "</span>{message}
                </p>
            })}
            <input
                class="input input-number"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                id=input_id
                value=initial.map(|v| v.to_string()).unwrap_or_default()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                on:input=move |ev| {
                    match field.parse(&event_target_value(&ev)) {
                        Ok(value) => {
                            store.dispatch(Msg::SetError { field: id.clone(), error: None });
                            on_change.run(value);
                        }
                        Err(problem) => store.dispatch(Msg::SetError {
                            field: id.clone(),
                            error: Some(problem.to_string()),
                        }),
                    }
                }
            />
        </div>
    }
}

/// A single checkbox with a label and an optional hint.
#[component]
pub fn CheckboxField(
    id: String,
    label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=described
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint checkbox-hint" id=hint_id>{h}</p> })}
        </div>
    }
}
