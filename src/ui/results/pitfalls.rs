//! Pitfalls: the distributed-monolith signals found in the answers and the domain map.

use std::collections::HashMap;

use leptos::prelude::*;

use super::{part, ResultSection, SourceNote};

/// The pitfalls section (`data-testid="pitfalls"`).
#[component]
pub fn PitfallsSection() -> impl IntoView {
    let found = part(|e| {
        // Module names by id, for the modules each pitfall names.
        let names: HashMap<u32, String> = e
            .domain
            .as_ref()
            .map(|d| d.order.iter().copied().zip(d.labels.iter().cloned()).collect())
            .unwrap_or_default();
        e.pitfalls
            .iter()
            .map(|p| {
                let modules: Vec<String> = p
                    .modules
                    .iter()
                    .map(|id| names.get(id).cloned().unwrap_or_else(|| format!("Module {id}")))
                    .collect();
                (p.clone(), modules)
            })
            .collect::<Vec<_>>()
    });
    view! {
        <ResultSection id="results-pitfalls" testid="pitfalls" finding=part(|e| e.findings.pitfalls.clone())>
            {move || {
                let list = found.get();
                if list.is_empty() {
                    return view! {
                        <p class="all-clear" data-testid="no-pitfalls">
                            <span aria-hidden="true">"✓ "</span>
                            "No distributed-monolith signals found."
                        </p>
                    }
                    .into_any();
                }
                view! {
                    <ul class="pitfall-list">
                        {list
                            .into_iter()
                            .map(|(p, modules)| view! {
                                <li class="card pitfall" data-testid="pitfall">
                                    <h3 class="pitfall-title">
                                        <span class="callout-icon" aria-hidden="true">"!"</span>
                                        " " {p.title}
                                    </h3>
                                    <p>{p.detail}</p>
                                    {(!modules.is_empty()).then(|| view! {
                                        <p data-testid="pitfall-modules">"Modules: " {modules.join(", ")}</p>
                                    })}
                                    <SourceNote source=p.source/>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </ResultSection>
    }
}
