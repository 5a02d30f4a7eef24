//! The recommended service count: first wave, target and ceiling (for a consolidation: running
//! today and to keep), what bounds each, and the candidates in extraction order.

use leptos::prelude::*;

use super::{page, part, ResultSection, ScrollRegion};
use crate::app::use_store;
use crate::engine::{Bound, BoundTarget, Candidate, CountKind, PageTexts};

/// The wave of a candidate in words: wave 1 is the first extraction on its own.
fn wave_label(wave: u32, kind: CountKind, p: &PageTexts) -> String {
    let n = wave.to_string();
    match (kind, wave) {
        (CountKind::Consolidate, _) => p.merge_round.render(&[("n", &n)]),
        (_, 1) => p.wave_first.text(),
        _ => p.wave.render(&[("n", &n)]),
    }
}

/// The service count section (`data-testid="service-count"`; the numbers are `count-first`,
/// `count-target`, `count-ceiling`, and `count-today` when services already run; the candidates
/// `candidates`).
#[component]
pub fn ServicesSection() -> impl IntoView {
    let count = part(|e| e.services.clone());
    let p = page();
    view! {
        <ResultSection id="results-services" testid="service-count" finding=part(|e| e.findings.services.clone())>
            {move || {
                let c = count.get();
                let p = p.clone();
                let estimate = c.estimated.then(|| view! {
                    <span class="tag" data-testid="count-estimated">{p.estimate.text()}</span>
                });
                view! {
                    <dl class="counts">
                        {match c.kind {
                            CountKind::Consolidate => view! {
                                <BigNumber label=p.running_today.text() hint=p.running_today_hint.text() value=c.today.unwrap_or(c.target) testid="count-today"/>
                                <BigNumber label=p.to_keep.text() hint=p.to_keep_hint.text() value=c.target testid="count-target"/>
                                <BigNumber label=p.ceiling.text() hint=p.ceiling_estate_hint.text() value=c.ceiling testid="count-ceiling"/>
                            }.into_any(),
                            _ => view! {
                                <BigNumber label=p.first_wave.text() hint=p.first_wave_hint.text() value=c.first_wave testid="count-first"/>
                                <BigNumber label=p.target.text() hint=p.target_hint.text() value=c.target testid="count-target"/>
                                <BigNumber label=p.ceiling.text() hint=p.ceiling_hint.text() value=c.ceiling testid="count-ceiling"/>
                            }.into_any(),
                        }}
                    </dl>
                    <p data-testid="count-note">{estimate} " " {c.note}</p>
                    <BoundsTable bounds=c.bounds/>
                    <h3>{if c.kind == CountKind::Consolidate { &p.merge_list } else { &p.candidate_list }.text()}</h3>
                    <Candidates candidates=c.candidates estimated=c.estimated target=c.target kind=c.kind/>
                }
            }}
        </ResultSection>
    }
}

/// One of the three counts, large, with what it means.
#[component]
fn BigNumber(
    /// "First wave", "Target" or "Ceiling".
    label: String,
    /// What the number means, in a few words.
    hint: String,
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

fn bound_target(t: BoundTarget, p: &PageTexts) -> String {
    match t {
        BoundTarget::FirstWave => &p.first_wave,
        BoundTarget::Target => &p.target,
        BoundTarget::Ceiling => &p.ceiling,
    }
    .text()
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
    let p = page();
    (!bounds.is_empty()).then(|| {
        view! {
            <h3>{p.bounds.text()}</h3>
            <ScrollRegion label=p.bounds.text()>
                <table class="table table-wide" data-testid="bounds">
                    <caption class="table-caption">{p.bounds_caption.text()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{p.bounds_limits.text()}</th>
                            <th scope="col">{p.bounds_what.text()}</th>
                            <th scope="col" class="numeric">{p.bounds_limit.text()}</th>
                            <th scope="col">{p.bounds_why.text()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {bounds
                            .into_iter()
                            .map(|b| view! {
                                <tr>
                                    <td>{bound_target(b.applies_to, &p)}</td>
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
    let p = &cat.texts.page;
    if candidates.is_empty() {
        let why = match kind {
            CountKind::Consolidate if estimated => &p.no_merge_named,
            CountKind::Consolidate => &p.no_merge_group,
            _ if estimated && target > 0 => &p.no_candidates_named,
            _ => &p.no_candidates,
        }
        .text();
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
                                <span class="tag">{wave_label(c.wave, kind, p)}</span>
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
