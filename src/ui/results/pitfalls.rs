//! Pitfalls: the distributed-monolith signals found in the answers and the domain map.

use std::collections::HashMap;

use leptos::prelude::*;

use super::{page, part, ResultSection, SourceNote};
use crate::app::use_store;

/// The pitfalls section (`data-testid="pitfalls"`).
#[component]
pub fn PitfallsSection() -> impl IntoView {
    let p = page();
    let module_n = p.module_n.clone();
    let found = part(move |e| {
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
                    .map(|id| {
                        names
                            .get(id)
                            .cloned()
                            .unwrap_or_else(|| module_n.render(&[("id", &id.to_string())]))
                    })
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
                            {p.no_pitfalls.text()}
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
                                        <p data-testid="pitfall-modules">
                                            {use_store().catalogue().texts.page.pitfall_modules.render(&[("modules", &modules.join(", "))])}
                                        </p>
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
