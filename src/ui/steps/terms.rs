//! The words a step uses that a reader may not know, explained on the step where they first
//! appear, in a disclosure that stays closed until it is wanted.

use leptos::prelude::*;

use crate::app::use_store;
use crate::engine::{FactorId, Template, TermTexts};

/// A term and what it means, as the rubric words them: where to find each in its glossary.
pub type Term = (fn(&TermTexts) -> &Template, fn(&TermTexts) -> &Template);

/// The term of that name in the rubric's glossary, and what it means.
macro_rules! term {
    ($term:ident, $means:ident) => {
        (|t: &TermTexts| &t.$term, |t: &TermTexts| &t.$means)
    };
}

/// The start page: the four answers Seams chooses between, and what they are made of.
pub const START: &[Term] = &[
    term!(monolith, monolith_means),
    term!(modular_monolith, modular_monolith_means),
    term!(service, service_means),
    term!(microservices, microservices_means),
    term!(deployable, deployable_means),
    term!(going_distributed, going_distributed_means),
];

/// The context step.
pub const CONTEXT: &[Term] = &[term!(product_market_fit, product_market_fit_means)];

/// The decision factors that use words of their own.
pub fn factor(id: FactorId) -> &'static [Term] {
    match id {
        FactorId::DomainStability => &[term!(service_boundary, service_boundary_means)],
        FactorId::Availability => &[term!(availability_target, availability_target_means)],
        FactorId::TechDiversity => &[term!(runtime, runtime_means), term!(jvm, jvm_means)],
        FactorId::DataConsistency => &[
            term!(transaction, transaction_means),
            term!(eventual_consistency, eventual_consistency_means),
            term!(saga, saga_means),
            term!(outbox, outbox_means),
        ],
        _ => &[],
    }
}

/// The readiness step.
pub const READINESS: &[Term] = &[
    term!(sre, sre_means),
    term!(devops, devops_means),
    term!(platform_engineers, platform_engineers_means),
];

/// The domain-map editor.
pub const DOMAIN_MAP: &[Term] = &[
    term!(module_bounded_context, module_bounded_context_means),
    term!(dependency, dependency_means),
    term!(synchronous_call, synchronous_call_means),
    term!(asynchronous_event, asynchronous_event_means),
    term!(shared_tables, shared_tables_means),
    term!(relative_load, relative_load_means),
    term!(resource_profile, resource_profile_means),
    term!(core_domain, core_domain_means),
];

/// The results page: the words the verdict, the counts, the dependency matrix and the plan use.
pub const RESULTS: &[Term] = &[
    term!(need_and_readiness, need_and_readiness_means),
    term!(split_trigger, split_trigger_means),
    term!(blocker, blocker_means),
    term!(hard_rule, hard_rule_means),
    term!(first_wave_target_ceiling, first_wave_target_ceiling_means),
    term!(cluster, cluster_means),
    term!(wave, wave_means),
    term!(hop, hop_means),
    term!(strangler_pattern, strangler_pattern_means),
];

/// "What the words mean": the terms of one step, closed until opened.
#[component]
pub fn Terms(terms: &'static [Term]) -> impl IntoView {
    (!terms.is_empty()).then(|| {
        let glossary = use_store().catalogue().texts.terms.clone();
        view! {
            <details class="terms" data-testid="terms">
                <summary>{glossary.heading.text()}</summary>
                <dl>
                    {terms
                        .iter()
                        .map(|(term, meaning)| {
                            let (term, meaning) = (term(&glossary).text(), meaning(&glossary).text());
                            view! { <dt><dfn>{term}</dfn></dt><dd>{meaning}</dd> }
                        })
                        .collect_view()}
                </dl>
            </details>
        }
    })
}
