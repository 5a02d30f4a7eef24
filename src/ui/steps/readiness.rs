//! The readiness step: which operational capabilities are in place, and who runs production.

use leptos::prelude::*;

use crate::app::state::{Edit, Msg};
use crate::app::use_store;
use crate::app::validate::OPS_HEADCOUNT;
use crate::engine::Capability;
use crate::ui::form::{CheckboxField, NumberField};
use crate::ui::steps::terms::{self, Terms};

/// The "Operational readiness" step.
#[component]
pub fn ReadinessStep() -> impl IntoView {
    let store = use_store();
    let cat = store.catalogue();
    // Arriving here marked every capability as seen (see `state::update`): a box left
    // unticked on this page means "not in place".
    let ops = store.answers.with_untracked(|a| a.readiness.ops_headcount);
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">"Operational readiness"</h1>
            <p class="lede">"Running several services takes more than writing them. Tick what your organisation already has in production."</p>
            <Terms terms=terms::READINESS/>
            <fieldset class="field checkboxes">
                <legend class="legend-text">"Which of these are in place?"</legend>
                <p class="hint">"Select all that apply."</p>
                {cat.capabilities.iter().map(|def| {
                    let c = def.capability;
                    view! {
                        <CheckboxField
                            id=format!("capability-{}", capability_slug(c))
                            label=def.label.clone()
                            hint=def.explanation.clone()
                            checked=Signal::derive(move || store.answers.with(|a|
                                a.readiness.capabilities.get(&c).copied().unwrap_or(false)))
                            on_change=move |on: bool| store.dispatch(Msg::Edit(Edit::Capability(c, on)))
                        />
                    }
                }).collect_view()}
            </fieldset>
            <NumberField
                id="ops-headcount".to_string()
                label="How many people run production?".to_string()
                hint="Platform, SRE or DevOps engineers, counting part-timers as fractions rounded up. About one or two people run a monolith; three to six run ten services."
                field=OPS_HEADCOUNT
                initial=ops
                on_change=move |v| store.dispatch(Msg::Edit(Edit::OpsHeadcount(v)))
            />
        </section>
    }
}

/// A stable id fragment for a capability.
pub fn capability_slug(c: Capability) -> &'static str {
    match c {
        Capability::CiCd => "ci-cd",
        Capability::Containers => "containers",
        Capability::Orchestration => "orchestration",
        Capability::CentralLogging => "central-logging",
        Capability::Metrics => "metrics",
        Capability::Tracing => "tracing",
        Capability::OnCall => "on-call",
        Capability::ApiVersioning => "api-versioning",
        Capability::FeatureFlags => "feature-flags",
        Capability::ContractTests => "contract-tests",
    }
}
