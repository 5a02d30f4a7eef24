//! The recommended service count: now, target and ceiling, what bounds each, and the candidates
//! in extraction order.

use leptos::prelude::*;

use super::{part, ResultSection, ScrollRegion};
use crate::engine::{Bound, BoundTarget, Candidate};

/// The service count section (`data-testid="service-count"`; the numbers are `count-now`,
/// `count-target`, `count-ceiling`; the candidates `candidates`).
#[component]
pub fn ServicesSection() -> impl IntoView {
    let count = part(|e| e.services.clone());
    view! {
        <ResultSection id="results-services" testid="service-count">
            {move || {
                let c = count.get();
                let estimate = c.estimated.then(|| view! {
                    <span class="tag" data-testid="count-estimated">"estimate"</span>
                });
                view! {
                    <dl class="counts">
                        <BigNumber label="Now" hint="what today's operations can carry" value=c.now testid="count-now"/>
                        <BigNumber label="Target" hint="where the plan aims" value=c.target testid="count-target"/>
                        <BigNumber label="Ceiling" hint="the most you could sensibly run" value=c.ceiling testid="count-ceiling"/>
                    </dl>
                    <p data-testid="count-note">{estimate} " " {c.note}</p>
                    <BoundsTable bounds=c.bounds/>
                    <h3>"Extraction candidates, in order"</h3>
                    <Candidates candidates=c.candidates estimated=c.estimated target=c.target/>
                }
            }}
        </ResultSection>
    }
}

/// One of the three counts, large, with what it means.
#[component]
fn BigNumber(
    /// "Now", "Target" or "Ceiling".
    label: &'static str,
    /// What the number means, in a few words.
    hint: &'static str,
    /// The count.
    value: u32,
    /// The `data-testid` of the element holding just the number.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="count">
            <dt class="count-label">{label} <span class="count-hint">{hint}</span></dt>
            <dd class="count-value" data-testid=testid>{value}</dd>
        </div>
    }
}

fn bound_target(t: BoundTarget) -> &'static str {
    match t {
        BoundTarget::Now => "Now",
        BoundTarget::Target => "Target",
        BoundTarget::Ceiling => "Ceiling",
    }
}

/// What limits each number and why, now first.
#[component]
fn BoundsTable(
    /// The bounds, in the engine's order; shown grouped by the number they limit.
    bounds: Vec<Bound>,
) -> impl IntoView {
    let mut bounds = bounds;
    // Stable sort: the engine's order is kept inside each group.
    crate::engine::order::sort_by_key(&mut bounds, |b| match b.applies_to {
        BoundTarget::Now => 0,
        BoundTarget::Target => 1,
        BoundTarget::Ceiling => 2,
    });
    (!bounds.is_empty()).then(|| {
        view! {
            <h3>"What bounds each number"</h3>
            <ScrollRegion label="What bounds each number".to_string()>
                <table class="table table-wide" data-testid="bounds">
                    <caption class="table-caption">"Limits on the service count and why"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Limits"</th>
                            <th scope="col">"What"</th>
                            <th scope="col" class="numeric">"Limit"</th>
                            <th scope="col">"Why"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {bounds
                            .into_iter()
                            .map(|b| view! {
                                <tr>
                                    <td>{bound_target(b.applies_to)}</td>
                                    <th scope="row">{b.what}</th>
                                    <td class="numeric">{b.limit}</td>
                                    <td>{b.explanation}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        }
    })
}

/// The services to extract, first extraction first.
#[component]
fn Candidates(
    /// The candidates in the engine's order.
    candidates: Vec<Candidate>,
    /// True when the counts are estimates without a domain map (which names the candidates).
    estimated: bool,
    /// The target count.
    target: u32,
) -> impl IntoView {
    if candidates.is_empty() {
        let why = if estimated && target > 0 {
            "None named yet: candidates come from the domain map, so add one to see them in order."
        } else {
            "None: the target is to extract no services."
        };
        return view! { <p data-testid="candidates-empty">{why}</p> }.into_any();
    }
    view! {
        <ol class="candidate-list" data-testid="candidates">
            {candidates
                .into_iter()
                .map(|c| {
                    let label = c.label();
                    view! {
                        <li class="candidate">
                            <p class="candidate-head">
                                <strong class="candidate-name" data-testid="candidate-name">{label}</strong>
                                " "
                                <span class="tag">"Wave " {c.wave}</span>
                            </p>
                            <ul class="candidate-reasons">
                                {c.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
