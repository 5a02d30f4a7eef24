//! The recommended service count: first wave, target and ceiling (for a consolidation: running
//! today and to keep), what bounds each, and the candidates in extraction order.

use leptos::prelude::*;

use super::{part, ResultSection, ScrollRegion};
use crate::app::use_store;
use crate::engine::{Bound, BoundTarget, Candidate, CountKind};

/// The wave of a candidate in words: wave 1 is the first extraction on its own.
fn wave_label(wave: u32, kind: CountKind) -> String {
    match (kind, wave) {
        (CountKind::Consolidate, n) => format!("Merge round {n}"),
        (_, 1) => "Wave 1: first, on its own".to_string(),
        (_, n) => format!("Wave {n}"),
    }
}

/// The service count section (`data-testid="service-count"`; the numbers are `count-first`,
/// `count-target`, `count-ceiling`, and `count-today` when services already run; the candidates
/// `candidates`).
#[component]
pub fn ServicesSection() -> impl IntoView {
    let count = part(|e| e.services.clone());
    view! {
        <ResultSection id="results-services" testid="service-count" finding=part(|e| e.findings.services.clone())>
            {move || {
                let c = count.get();
                let estimate = c.estimated.then(|| view! {
                    <span class="tag" data-testid="count-estimated">"estimate"</span>
                });
                view! {
                    <dl class="counts">
                        {match c.kind {
                            CountKind::Consolidate => view! {
                                <BigNumber label="Running today" hint="services in production now" value=c.today.unwrap_or(c.target) testid="count-today"/>
                                <BigNumber label="To keep" hint="once what moves together is merged" value=c.target testid="count-target"/>
                                <BigNumber label="Ceiling" hint="the most the teams could own and run" value=c.ceiling testid="count-ceiling"/>
                            }.into_any(),
                            _ => view! {
                                <BigNumber label="First wave" hint="extracted first, on its own" value=c.first_wave testid="count-first"/>
                                <BigNumber label="Target" hint="where the plan aims" value=c.target testid="count-target"/>
                                <BigNumber label="Ceiling" hint="the most you could sensibly run" value=c.ceiling testid="count-ceiling"/>
                            }.into_any(),
                        }}
                    </dl>
                    <p data-testid="count-note">{estimate} " " {c.note}</p>
                    <BoundsTable bounds=c.bounds/>
                    <h3>{if c.kind == CountKind::Consolidate { "Services to merge, in order" } else { "Extraction candidates, in order" }}</h3>
                    <Candidates candidates=c.candidates estimated=c.estimated target=c.target kind=c.kind/>
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
        BoundTarget::FirstWave => "First wave",
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
        BoundTarget::FirstWave => 0,
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
    /// What the counts count.
    kind: CountKind,
) -> impl IntoView {
    let cat = use_store().catalogue();
    if candidates.is_empty() {
        let why = match kind {
            CountKind::Consolidate if estimated => {
                "None named yet: the domain map shows which services move together, so add one to see them."
            }
            CountKind::Consolidate => {
                "No group of services calls itself in a cycle or shares written tables; the merges are about how many the teams can own and run."
            }
            _ if estimated && target > 0 => {
                "None named yet: candidates come from the domain map, so add one to see them in order."
            }
            _ => "None: the target is to extract no services.",
        };
        return view! { <p data-testid="candidates-empty">{why}</p> }.into_any();
    }
    view! {
        <ol class="candidate-list" data-testid="candidates">
            {candidates
                .into_iter()
                .map(|c| {
                    let label = c.label(&cat.texts);
                    view! {
                        <li class="candidate">
                            <p class="candidate-head">
                                <strong class="candidate-name" data-testid="candidate-name">{label}</strong>
                                " "
                                <span class="tag">{wave_label(c.wave, kind)}</span>
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
