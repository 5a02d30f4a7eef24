//! The context step: who the team is and what it runs today, as one short group of questions.

use leptos::prelude::*;

use crate::app::state::{field, Edit, Msg};
use crate::app::use_store;
use crate::app::validate::{ENGINEERS, SERVICES_TODAY, TEAMS};
use crate::engine::{CurrentArchitecture, Stack};
use crate::ui::form::{Choice, NumberField, RadioGroup};
use crate::ui::steps::labels::{self, capitalise};
use crate::ui::steps::terms::{self, Terms};

/// The id of the "services today" field, also the key of its error.
const SERVICES_TODAY_ID: &str = field::SERVICES_TODAY;

/// The "Your context" step.
#[component]
pub fn ContextStep() -> impl IntoView {
    let store = use_store();
    let cat = store.catalogue();
    let context = store.answers.with_untracked(|a| a.context.clone());
    // Asked only of a team that already runs services; the answer is kept when hidden, and the
    // engine reads it only while the architecture runs services.
    let runs_services = Memo::new(move |_| {
        store
            .answers
            .with(|a| a.context.architecture.is_some_and(CurrentArchitecture::runs_services))
    });

    let stages: Vec<Choice> = cat
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| Choice::new(i.to_string(), s.label.clone()))
        .collect();
    let stage_list: Vec<_> = cat.stages.iter().map(|s| s.stage).collect();
    let stage_list_sel = stage_list.clone();
    let traffic: Vec<Choice> = cat
        .traffic
        .iter()
        .enumerate()
        .map(|(i, t)| Choice::new(i.to_string(), capitalise(&t.label)))
        .collect();
    let bands: Vec<_> = cat.traffic.iter().map(|t| t.band).collect();
    let bands_sel = bands.clone();
    let architectures: Vec<Choice> = CurrentArchitecture::ALL
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (label, hint) = labels::architecture(*a, &cat.texts);
            Choice::new(i.to_string(), label).hint(hint)
        })
        .collect();
    let stacks: Vec<Choice> = [Stack::Python, Stack::Other]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (label, hint) = labels::stack(*s, &cat.texts);
            Choice::new(i.to_string(), label).hint(hint)
        })
        .collect();

    let w = cat.texts.wizard.clone();
    let services_question = (w.q_services.text(), w.q_services_hint.text());
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{w.step_context.text()}</h1>
            <p class="lede">{w.context_lede.text()}</p>
            <Terms terms=terms::CONTEXT/>
            <div class="field-row">
                <NumberField
                    id="engineers".to_string()
                    label=w.q_engineers.text()
                    hint=w.q_engineers_hint.text()
                    field=ENGINEERS
                    initial=context.engineers
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::Engineers(v)))
                />
                <NumberField
                    id="teams".to_string()
                    label=w.q_teams.text()
                    hint=w.q_teams_hint.text()
                    field=TEAMS
                    initial=context.teams
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::Teams(v)))
                />
            </div>
            <RadioGroup
                id="stage".to_string()
                legend=w.q_stage.text()
                choices=stages
                selected=Signal::derive(move || store.answers.with(|a| a.context.stage
                    .and_then(|s| stage_list_sel.iter().position(|x| *x == s)).map(|i| i.to_string())))
                on_change=move |v: String| {
                    let stage = v.parse::<usize>().ok().and_then(|i| stage_list.get(i).copied());
                    store.dispatch(Msg::Edit(Edit::Stage(stage)));
                }
            />
            <RadioGroup
                id="traffic".to_string()
                legend=w.q_traffic.text()
                hint=w.q_traffic_hint.text()
                choices=traffic
                selected=Signal::derive(move || store.answers.with(|a| a.context.daily_requests
                    .and_then(|b| bands_sel.iter().position(|x| *x == b)).map(|i| i.to_string())))
                on_change=move |v: String| {
                    let band = v.parse::<usize>().ok().and_then(|i| bands.get(i).copied());
                    store.dispatch(Msg::Edit(Edit::DailyRequests(band)));
                }
            />
            <RadioGroup
                id="architecture".to_string()
                legend=w.q_architecture.text()
                choices=architectures
                selected=Signal::derive(move || store.answers.with(|a| a.context.architecture
                    .and_then(|x| CurrentArchitecture::ALL.iter().position(|y| *y == x)).map(|i| i.to_string())))
                on_change=move |v: String| {
                    let arch = v.parse::<usize>().ok().and_then(|i| CurrentArchitecture::ALL.get(i).copied());
                    // Also clears the error of the services question once it is hidden.
                    store.dispatch(Msg::Edit(Edit::Architecture(arch)));
                }
            />
            <Show when=move || runs_services.get()>
                <NumberField
                    id=SERVICES_TODAY_ID.to_string()
                    label=services_question.0.clone()
                    hint=services_question.1.clone()
                    field=SERVICES_TODAY
                    initial=store.answers.with_untracked(|a| a.context.services_today)
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::ServicesToday(v)))
                />
            </Show>
            <RadioGroup
                id="stack".to_string()
                legend=w.q_stack.text()
                hint=w.q_stack_hint.text()
                choices=stacks
                selected=Signal::derive(move || store.answers.with(|a| a.context.stack
                    .map(|s| if s == Stack::Python { "0" } else { "1" }.to_string())))
                on_change=move |v: String| {
                    let stack = if v == "0" { Stack::Python } else { Stack::Other };
                    store.dispatch(Msg::Edit(Edit::Stack(stack)));
                }
            />
        </section>
    }
}
