//! The what-if sandbox: try other answers without touching your own. Every change goes to a
//! copy of the answers (see `WhatIf` in `src/app/state.rs`); the panel compares the copy's
//! results with the real ones ("was → now") and offers Reset and "Use these answers" (which can
//! be undone). A sticky side panel on wide screens; on a phone, a sheet opened from the brief.

use leptos::prelude::*;

use super::{format, heading, page, WhatIfSheet};
use crate::app::state::{Edit, Msg, WhatIf};
use crate::app::use_store;
use crate::app::validate::{CountField, ENGINEERS, OPS_HEADCOUNT, TEAMS};
use crate::engine::{Answers, Evaluation, Factor, FactorId, Texts};

/// The answers the panel shows: the copy while there is one, else the real answers.
fn shown() -> Memo<Answers> {
    let store = use_store();
    Memo::new(move |_| store.sandbox.get().unwrap_or_else(|| store.answers.get()))
}

fn try_edit(edit: Edit) {
    use_store().dispatch(Msg::WhatIf(WhatIf::Edit(edit)));
}

/// The what-if panel (`data-testid="whatif"`).
#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let store = use_store();
    let sheet = use_context::<WhatIfSheet>().map(|s| s.0).unwrap_or_else(|| RwSignal::new(false));
    let cat = store.catalogue();
    let factors = cat.factors.clone();
    let capabilities = cat.capabilities.clone();
    let stage_choices: Vec<_> = cat.stages.iter().map(|s| (s.stage, s.label.clone())).collect();
    let traffic_choices: Vec<_> =
        cat.traffic.iter().map(|t| (t.band, format::capitalise(&t.label))).collect();
    let trying = Memo::new(move |_| store.sandbox.with(Option::is_some));
    let now_label = Memo::new(move |_| {
        store
            .sandbox_evaluation
            .with(|s| s.as_ref().map(|e| e.verdict.label.clone()))
            .unwrap_or_else(|| store.evaluation.with(|e| e.verdict.label.clone()))
    });
    let shown = shown();
    let p = page();
    view! {
        <section class="whatif" class:is-open=move || sheet.get() aria-labelledby="results-whatif-heading"
            data-testid="whatif" id="results-whatif">
            <div class="whatif-head">
                <h2 id="results-whatif-heading" class="whatif-heading" tabindex="-1">{heading("results-whatif", &p)}</h2>
                <button type="button" class="button button-secondary whatif-close" data-testid="close-whatif"
                    on:click=move |_| sheet.set(false)>{p.close.text()}</button>
            </div>
            <p class="hint">
                {p.whatif_intro.text()}
            </p>
            <p class="whatif-verdict" role="status" data-testid="whatif-verdict">
                {
                    let (trying_words, own_words) = (p.whatif_verdict.text(), p.whatif_own.text());
                    move || format!("{} ", if trying.get() { &trying_words } else { &own_words })
                }
                <strong>{move || now_label.get()}</strong>
            </p>
            <Comparison/>
            <div class="whatif-actions">
                <button type="button" class="button button-secondary" data-testid="whatif-reset"
                    prop:disabled=move || !trying.get()
                    on:click=move |_| store.dispatch(Msg::WhatIf(WhatIf::Reset))>{p.reset.text()}</button>
                <button type="button" class="button" data-testid="whatif-use"
                    prop:disabled=move || !trying.get()
                    on:click=move |_| store.dispatch(Msg::WhatIf(WhatIf::Use))>{p.use_answers.text()}</button>
                {
                    let undo = p.undo.text();
                    move || store.sandbox_undo.get().then(|| view! {
                        <button type="button" class="button button-secondary" data-testid="whatif-undo"
                            on:click=move |_| store.dispatch(Msg::WhatIf(WhatIf::Undo))>{undo.clone()}</button>
                    })
                }
            </div>
            <fieldset class="whatif-group">
                <legend>{p.the_team.text()}</legend>
                <CountInput id="whatif-engineers" label=p.engineers.text() field=ENGINEERS
                    value=Signal::derive(move || shown.with(|a| a.context.engineers))
                    edit=Edit::Engineers/>
                <CountInput id="whatif-teams" label=p.teams.text() field=TEAMS
                    value=Signal::derive(move || shown.with(|a| a.context.teams))
                    edit=Edit::Teams/>
                <CountInput id="whatif-ops" label=p.ops.text() field=OPS_HEADCOUNT
                    value=Signal::derive(move || shown.with(|a| a.readiness.ops_headcount))
                    edit=Edit::OpsHeadcount/>
                <PickSelect id="whatif-stage" label=p.stage.text()
                    choices=stage_choices
                    value=Signal::derive(move || shown.with(|a| a.context.stage))
                    edit=Edit::Stage/>
                <PickSelect id="whatif-traffic" label=p.traffic.text()
                    choices=traffic_choices
                    value=Signal::derive(move || shown.with(|a| a.context.daily_requests))
                    edit=Edit::DailyRequests/>
            </fieldset>
            <fieldset class="whatif-group">
                <legend>{p.factors.text()}</legend>
                {factors.into_iter().map(|f| view! { <FactorSelect factor=f/> }).collect_view()}
            </fieldset>
            <fieldset class="whatif-group">
                <legend>{p.capabilities.text()}</legend>
                {capabilities.into_iter().map(|c| {
                    let cap = c.capability;
                    let id = format!("whatif-cap-{}", cap.code());
                    let checked = Memo::new(move |_| shown.with(|a| a.readiness.capabilities.get(&cap) == Some(&true)));
                    view! {
                        <div class="checkbox checkbox-compact">
                            <input type="checkbox" class="checkbox-input" id=id.clone()
                                prop:checked=move || checked.get()
                                on:change=move |ev| try_edit(Edit::Capability(cap, event_target_checked(&ev)))/>
                            <label class="checkbox-label" for=id>{c.label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        </section>
    }
}

/// "Was → now" for what the sandbox changes: verdict, need, readiness, counts, plan length.
#[component]
fn Comparison() -> impl IntoView {
    let store = use_store();
    let rows = Memo::new(move |_| {
        let cat = store.catalogue();
        store.sandbox_evaluation.with(|now| {
            now.as_ref().map(|now| store.evaluation.with(|was| compare(was, now, &cat.texts)))
        })
    });
    let p = page();
    move || {
        match rows.get() {
        None => view! {
            <p class="hint" data-testid="whatif-compare-empty">{p.compare_empty.text()}</p>
        }
        .into_any(),
        Some(rows) => view! {
            <table class="table whatif-compare" data-testid="whatif-compare">
                <caption class="visually-hidden">{p.compare_caption.text()}</caption>
                <thead>
                    <tr><th scope="col">""</th><th scope="col">{p.was.text()}</th><th scope="col">{p.now.text()}</th></tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(what, was, now)| {
                        let changed = was != now;
                        view! {
                            <tr class:is-changed=changed>
                                <th scope="row">{what}</th>
                                <td>{was}</td>
                                <td>{now}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
    }
}

/// The rows of the comparison.
fn compare(was: &Evaluation, now: &Evaluation, t: &Texts) -> Vec<(String, String, String)> {
    let months = |e: &Evaluation| t.months(e.plan.total_months.0, e.plan.total_months.1);
    let p = &t.page;
    vec![
        (p.row_verdict.text(), was.verdict.label.clone(), now.verdict.label.clone()),
        (p.row_need.text(), format::level(was.need), format::level(now.need)),
        (p.row_readiness.text(), format::level(was.readiness), format::level(now.readiness)),
        (
            p.row_first_wave.text(),
            was.services.first_wave.to_string(),
            now.services.first_wave.to_string(),
        ),
        (p.row_target.text(), was.services.target.to_string(), now.services.target.to_string()),
        (p.row_plan.text(), months(was), months(now)),
    ]
}

/// A count answer of the sandbox.
#[component]
fn CountInput(
    /// The input's id.
    id: &'static str,
    /// Its label.
    label: String,
    /// The range and the words of its message.
    field: CountField,
    /// The value shown.
    #[prop(into)]
    value: Signal<Option<u32>>,
    /// The edit a valid value makes.
    edit: fn(Option<u32>) -> Edit,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    view! {
        <div class="field field-compact">
            <label class="label whatif-label" for=id>{label}</label>
            <input class="input input-compact" id=id type="text" inputmode="numeric" autocomplete="off"
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=error_id.clone()
                on:change=move |ev| match field.parse(&event_target_value(&ev)) {
                    Ok(v) => {
                        error.set(None);
                        try_edit(edit(v));
                    }
                    Err(e) => error.set(Some(e.to_string())),
                }/>
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

/// A choice among a few values of the sandbox.
#[component]
fn PickSelect<T>(
    /// The select's id.
    id: &'static str,
    /// Its label.
    label: String,
    /// The values with their words.
    choices: Vec<(T, String)>,
    /// The value shown.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// The edit a choice makes.
    edit: fn(Option<T>) -> Edit,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let values: Vec<T> = choices.iter().map(|(v, _)| *v).collect();
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, (v, text))| {
            view! { <option value=i.to_string() prop:selected=move || value.get() == Some(v)>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field field-compact">
            <label class="label whatif-label" for=id>{label}</label>
            <select class="select select-compact" id=id on:change=move |ev| {
                let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i).copied());
                try_edit(edit(chosen));
            }>
                <option value="" prop:selected=move || value.get().is_none()>{page().not_answered.text()}</option>
                {options}
            </select>
        </div>
    }
}

/// One factor as a labelled select; says so when the domain map decides the factor.
#[component]
fn FactorSelect(
    /// The factor, with its options.
    factor: Factor,
) -> impl IntoView {
    let store = use_store();
    let id = factor.id;
    let input_id = format!("whatif-{}", id.as_str());
    let note_id = format!("{input_id}-map");
    let shown = shown();
    let current = Memo::new(move |_| shown.with(|a| a.factors.get(&id).cloned()));
    let overridden = Memo::new(move |_| map_note(&store, id));
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
                aria-describedby=move || overridden.with(|o| o.is_some().then(|| note_id.clone()))
                on:change=move |ev| {
                    // The empty value is "Not answered".
                    let value = event_target_value(&ev);
                    try_edit(Edit::Factor(id, Some(value)));
                }
            >
                <option value="" prop:selected=move || current.get().is_none()>{page().not_answered.text()}</option>
                {options}
            </select>
            {move || overridden.get().map(|text| view! {
                <p class="hint whatif-map" id=format!("whatif-{}-map", id.as_str())>{text}</p>
            })}
        </div>
    }
}

/// "The domain map decides this one: …", when it does.
fn map_note(store: &crate::app::Store, id: FactorId) -> Option<String> {
    store.evaluation.with(|e| {
        e.map_overrides.iter().find(|o| o.factor == id).map(|o| {
            let p = store.catalogue().texts.page.clone();
            p.map_decides.render(&[("option", &o.used), ("evidence", &o.evidence)])
        })
    })
}
