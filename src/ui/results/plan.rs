//! The phased plan: its summary and total length, the start month, a timeline, one card per
//! phase, and for a plan that stays put, the thresholds that reopen the question.

use leptos::prelude::*;

use super::{format, page, part, ResultSection, ScrollRegion, SourceNote};
use crate::app::state::{Edit, Msg};
use crate::app::use_store;
use crate::engine::{Phase, PlanKind};
use crate::ui::charts::geometry::PhaseExtent;
use crate::ui::charts::TimelineChart;

/// The plan section (`data-testid="plan"`; each phase `data-testid="phase"` with its name as the
/// only `<h3>`).
#[component]
pub fn PlanSection() -> impl IntoView {
    let plan = part(|e| e.plan.clone());
    let cat = use_store().catalogue();
    let (t, pt) = (cat.texts.clone(), page());
    let t2 = t.clone();
    let (timeline, timeline_key) = (pt.plan_timeline.text(), pt.timeline_key.text());
    let revisit = pt.revisit.text();
    view! {
        <ResultSection id="results-plan" testid="plan" finding=part(|e| e.findings.plan.clone())>
            {move || plan.with(|p| {
                // "Total: {months}", with the months in bold wherever the rubric puts them.
                let total = pt.plan_total.text();
                let (before, after) = total.split_once("{months}").unwrap_or((total.as_str(), ""));
                view! {
                    <p class="plan-summary" data-testid="plan-summary">{p.summary.clone()}</p>
                    <p>
                        {before.to_string()}
                        <strong data-testid="plan-total">{t.months(p.total_months.0, p.total_months.1)}</strong>
                        {after.to_string()} ". " {p.note.clone()}
                    </p>
                }
            })}
            // Outside the redrawn part, so the field keeps focus while the plan follows it.
            <StartMonth/>
            {move || plan.with(|p| {
                let (timeline, timeline_key) = (timeline.clone(), timeline_key.clone());
                let phases: Vec<(String, PhaseExtent)> = p.phases.iter().map(|ph| (ph.name.clone(), extent(ph))).collect();
                let desc = p
                    .phases
                    .iter()
                    .map(|ph| format!("{}: {}, {}.", ph.name, t2.months(ph.months.0, ph.months.1), ph.when))
                    .collect::<Vec<_>>()
                    .join(" ");
                (!phases.is_empty()).then(|| view! {
                    <figure class="chart-figure chart-figure-wide" data-testid="timeline">
                        <ScrollRegion label=timeline.clone()>
                            <TimelineChart phases=phases.clone() title=timeline.clone() desc=desc.clone() id="timeline"/>
                            <TimelineChart phases=phases title=timeline.clone() desc=desc id="timeline-narrow" narrow=true/>
                        </ScrollRegion>
                        <figcaption class="chart-caption">{timeline_key.clone()}</figcaption>
                    </figure>
                })
            })}
            {move || plan.with(|p| {
                p.phases
                    .iter()
                    .enumerate()
                    .map(|(i, ph)| view! { <PhaseCard phase=ph.clone() index=i/> })
                    .collect_view()
            })}
            {move || plan.with(|p| {
                let show = matches!(p.kind, PlanKind::Stay | PlanKind::SelectiveExtraction) && !p.revisit.is_empty();
                show.then(|| view! {
                    <div class="callout" data-testid="revisit">
                        <h3 class="callout-heading">{revisit.clone()}</h3>
                        <ul>{p.revisit.iter().map(|r| view! { <li>{r.text.clone()}</li> }).collect_view()}</ul>
                    </div>
                })
            })}
        </ResultSection>
    }
}

/// A phase's place on the timeline, in months.
fn extent(phase: &Phase) -> PhaseExtent {
    PhaseExtent {
        start_min: f64::from(phase.start.0),
        start_max: f64::from(phase.start.1),
        months_min: f64::from(phase.months.0),
        months_max: f64::from(phase.months.1),
    }
}

/// The month the plan starts, as an `<input type="month">` bound to the answers. Text that is
/// not a month leaves the answer as it was.
#[component]
fn StartMonth() -> impl IntoView {
    let store = use_store();
    let p = page();
    let value = move || {
        store.answers.with(|a| a.plan_start.and_then(format::month_value).unwrap_or_default())
    };
    view! {
        <div class="field plan-start">
            <label class="label" for="plan-start">{p.start_month.text()}</label>
            <p class="hint" id="plan-start-hint">{p.start_hint.text()}</p>
            <input
                class="input input-month"
                type="month"
                id="plan-start"
                data-testid="plan-start"
                aria-describedby="plan-start-hint"
                prop:value=value
                on:change=move |ev| {
                    if let Some(month) = format::parse_month(&event_target_value(&ev)) {
                        store.dispatch(Msg::Edit(Edit::PlanStart(month)));
                    }
                }
            />
        </div>
    }
}

/// One phase: duration, when, services, activities, exit criteria, risks, source.
#[component]
fn PhaseCard(
    /// The phase.
    phase: Phase,
    /// Its position in the plan, for unique ids.
    index: usize,
) -> impl IntoView {
    let heading_id = format!("phase-{index}-heading");
    let labelled_by = heading_id.clone();
    let when = match &phase.dates {
        Some(d) => format!("{}; {}", format::capitalise(&phase.when), d.label),
        None => format::capitalise(&phase.when),
    };
    let cat = use_store().catalogue();
    let (t, p) = (&cat.texts, &cat.texts.page);
    let list = |title: String, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <div class="phase-list">
                    <h4 class="phase-subheading">{title}</h4>
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    view! {
        <section class="card phase" data-testid="phase" aria-labelledby=labelled_by>
            <h3 id=heading_id class="phase-name">{phase.name.clone()}</h3>
            <p class="phase-when">
                <strong data-testid="phase-months">{t.months(phase.months.0, phase.months.1)}</strong>
                " · " <span data-testid="phase-dates">{when}</span>
            </p>
            {(!phase.services.is_empty()).then(|| view! {
                <p data-testid="phase-services">
                    {p.phase_services.render(&[("services", &phase.services.join(", "))])}
                </p>
            })}
            <div class="phase-lists">
                {list(p.what_happens.text(), phase.activities)}
                {list(p.done_when.text(), phase.exit_criteria)}
                {list(p.risks.text(), phase.risks)}
            </div>
            <SourceNote source=phase.source/>
        </section>
    }
}
