//! Check your answers: every answer in one list, each with a "Change" link that opens its page
//! and returns here afterwards.

use leptos::prelude::*;

use crate::app::state::Msg;
use crate::app::{use_store, Cursor, Step};
use crate::engine::{Answers, Capability, Catalogue, CurrentArchitecture, Stack};
use crate::ui::steps::labels;

/// One row of a summary list.
struct Row {
    key: String,
    value: String,
    /// The page that changes it.
    change: Cursor,
}

/// The "Check your answers" step.
#[component]
pub fn CheckStep() -> impl IntoView {
    let store = use_store();
    move || {
        let cat = store.catalogue();
        let answers = store.answers.get();
        let w = &cat.texts.wizard;
        view! {
            <section class="step" aria-labelledby="step-heading">
                <h1 id="step-heading" tabindex="-1">{w.step_check.text()}</h1>
                <p class="lede">{w.check_lede.text()}</p>
                <SummaryList heading=w.step_context.text() rows=context_rows(&answers, &cat)/>
                <SummaryList heading=w.step_factors.text() rows=factor_rows(&answers, &cat)/>
                <SummaryList heading=w.step_readiness.text() rows=readiness_rows(&answers, &cat)/>
                <SummaryList heading=w.step_domain.text() rows=domain_rows(&answers, &cat)/>
                <crate::ui::workshop::HandInCard/>
            </section>
        }
    }
}

/// A headed list of answers with Change links.
#[component]
fn SummaryList(heading: String, rows: Vec<Row>) -> impl IntoView {
    let store = use_store();
    view! {
        <h2>{heading}</h2>
        <dl class="summary-list">
            {rows.into_iter().map(|row| {
                let unanswered = row.value.is_empty();
                let key = row.key.clone();
                view! {
                    <div class="summary-row">
                        <dt class="summary-key">{row.key}</dt>
                        <dd class="summary-value" class:is-unanswered=unanswered>
                            {if unanswered { use_store().catalogue().texts.wizard.not_answered.text() } else { row.value }}
                        </dd>
                        <dd class="summary-action">
                            <button type="button" class="button-link" on:click=move |_| store.dispatch(Msg::Change(row.change))>
                                "Change"<span class="visually-hidden">" " {key.to_lowercase()}</span>
                            </button>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

fn context_rows(a: &Answers, cat: &Catalogue) -> Vec<Row> {
    let c = &a.context;
    let r = &cat.texts.record;
    let services_today = r.services_today.text();
    let at = Cursor::at(Step::Context);
    let num = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let mut rows = vec![
        Row { key: r.engineers.text(), value: num(c.engineers), change: at },
        Row { key: r.teams.text(), value: num(c.teams), change: at },
        Row {
            key: r.stage.text(),
            value: c.stage.and_then(|s| cat.stage(s)).map(|s| s.label.clone()).unwrap_or_default(),
            change: at,
        },
        Row {
            key: r.traffic.text(),
            value: c
                .daily_requests
                .and_then(|b| cat.traffic_band(b))
                .map(|t| t.label.clone())
                .unwrap_or_default(),
            change: at,
        },
        Row {
            key: r.architecture.text(),
            value: c
                .architecture
                .map(|x| labels::architecture(x, &cat.texts).0)
                .unwrap_or_default(),
            change: at,
        },
        Row { key: services_today.clone(), value: num(c.services_today), change: at },
        Row {
            key: cat.texts.wizard.row_stack.text(),
            value: c.stack.map(|s: Stack| labels::stack(s, &cat.texts).0).unwrap_or_default(),
            change: at,
        },
    ];
    // Asked only when services already run.
    if !c.architecture.is_some_and(CurrentArchitecture::runs_services) {
        rows.retain(|row| row.key != services_today);
    }
    rows
}

fn factor_rows(a: &Answers, cat: &Catalogue) -> Vec<Row> {
    cat.factors
        .iter()
        .enumerate()
        .map(|(i, f)| Row {
            key: f.dimension.clone(),
            value: a
                .factors
                .get(&f.id)
                .and_then(|id| f.options.iter().find(|o| &o.id == id))
                .map(|o| o.label.clone())
                .unwrap_or_default(),
            change: Cursor { step: Step::Factors, question: i },
        })
        .collect()
}

fn readiness_rows(a: &Answers, cat: &Catalogue) -> Vec<Row> {
    let at = Cursor::at(Step::Readiness);
    let r = &a.readiness;
    let in_place: Vec<String> = Capability::ALL
        .iter()
        .filter(|c| r.capabilities.get(c) == Some(&true))
        .filter_map(|c| cat.capability(*c).map(|d| d.label.clone()))
        .collect();
    let answered = !r.capabilities.is_empty();
    vec![
        Row {
            key: cat.texts.wizard.row_capabilities.text(),
            value: if in_place.is_empty() && answered {
                cat.texts.wizard.row_none.text()
            } else {
                in_place.join(", ")
            },
            change: at,
        },
        Row {
            key: cat.texts.record.ops.text(),
            value: r.ops_headcount.map(|n| n.to_string()).unwrap_or_default(),
            change: at,
        },
    ]
}

fn domain_rows(a: &Answers, cat: &Catalogue) -> Vec<Row> {
    let at = Cursor::at(Step::DomainMap);
    let m = &a.domain;
    let modules = if m.modules.is_empty() {
        String::new()
    } else {
        m.modules.iter().map(|x| x.name.clone()).collect::<Vec<_>>().join(", ")
    };
    vec![
        Row { key: cat.texts.wizard.row_modules.text(), value: modules, change: at },
        Row {
            key: cat.texts.wizard.row_dependencies.text(),
            value: if m.modules.is_empty() {
                String::new()
            } else {
                m.dependencies.len().to_string()
            },
            change: at,
        },
    ]
}
