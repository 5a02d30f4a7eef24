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
    let w = cat.texts.wizard.clone();
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{w.step_readiness.text()}</h1>
            <p class="lede">{w.readiness_lede.text()}</p>
            <Terms terms=terms::READINESS/>
            <fieldset class="field checkboxes">
                <legend class="legend-text">{w.q_capabilities.text()}</legend>
                <p class="hint">{w.q_capabilities_hint.text()}</p>
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
                label=w.q_ops.text()
                hint=w.q_ops_hint.text()
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
