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
            let (label, hint) = labels::architecture(*a);
            Choice::new(i.to_string(), label).hint(hint)
        })
        .collect();
    let stacks: Vec<Choice> = [Stack::Python, Stack::Other]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (label, hint) = labels::stack(*s);
            Choice::new(i.to_string(), label).hint(hint)
        })
        .collect();

    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">"Your context"</h1>
            <p class="lede">"The size of the organisation, the stage of the product and the load it carries. Leave anything you do not know empty: the results say how much that lowers their confidence."</p>
            <Terms terms=terms::CONTEXT/>
            <div class="field-row">
                <NumberField
                    id="engineers".to_string()
                    label="How many engineers work on the product?".to_string()
                    hint="Everyone who writes or ships its code, across all teams."
                    field=ENGINEERS
                    initial=context.engineers
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::Engineers(v)))
                />
                <NumberField
                    id="teams".to_string()
                    label="How many teams ship it?".to_string()
                    hint="Teams that could own a part of the system on their own."
                    field=TEAMS
                    initial=context.teams
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::Teams(v)))
                />
            </div>
            <RadioGroup
                id="stage".to_string()
                legend="Where is the product in its life?".to_string()
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
                legend="How many requests does it serve a day?".to_string()
                hint="An order of magnitude is enough."
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
                legend="What does the system look like today?".to_string()
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
                    label="How many services run in production today?".to_string()
                    hint="Count every part that is deployed on its own, beside the monolith or instead of it. An estimate is enough."
                    field=SERVICES_TODAY
                    initial=store.answers.with_untracked(|a| a.context.services_today)
                    on_change=move |v| store.dispatch(Msg::Edit(Edit::ServicesToday(v)))
                />
            </Show>
            <RadioGroup
                id="stack".to_string()
                legend="What is the main language stack?".to_string()
                hint="It only changes the framework advice, not the verdict."
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
