//! Need × readiness: the quadrant chart and the same facts in a sentence.

use leptos::prelude::*;

use super::{format, part, ResultSection};
use crate::app::use_store;
use crate::engine::Quadrant;
use crate::ui::charts::QuadrantChart;

/// The chart's regions in [`crate::ui::charts::geometry::quadrant_regions`] order: top-left,
/// top-right, bottom-left, bottom-right.
const REGIONS: [Quadrant; 4] = [
    Quadrant::FoundationFirst,
    Quadrant::ReadyToSplit,
    Quadrant::KeepItSimple,
    Quadrant::CapableNoNeed,
];

/// The need × readiness section (`data-testid="quadrant-section"`, the chart's figure
/// `data-testid="quadrant"`).
#[component]
pub fn QuadrantSection() -> impl IntoView {
    let store = use_store();
    let need = part(|e| e.need);
    let readiness = part(|e| e.readiness);
    let quadrant = part(|e| e.quadrant.clone());
    // The chart's frame is drawn once: the dividing lines and the quadrants' names come from the
    // catalogue; only the point and the words follow the answers.
    let cat = store.catalogue();
    let (need_at, ready_at) =
        (cat.thresholds.quadrant_need_at, cat.thresholds.quadrant_readiness_at);
    let labels = REGIONS.map(|r| {
        cat.quadrants.iter().find(|t| t.quadrant == r).map(|t| t.label.clone()).unwrap_or_default()
    });
    let current = Memo::new(move |_| {
        quadrant.with(|q| REGIONS.iter().position(|r| *r == q.quadrant).unwrap_or(0))
    });
    let p = cat.texts.page.clone();
    let template = p.quadrant_desc.clone();
    let desc = Memo::new(move |_| {
        template.render(&[
            ("readiness", &format::level(readiness.get())),
            ("readiness_at", &format::score(ready_at)),
            ("need", &format::level(need.get())),
            ("need_at", &format::score(need_at)),
            ("region", &quadrant.with(|q| q.label.clone())),
        ])
    });
    let scores = p.need_line.clone();
    let you_are = p.quadrant_you_are.text();
    let (before, after) = you_are.split_once("{region}").unwrap_or((you_are.as_str(), ""));
    let (before, after) = (before.to_string(), format!("{after} "));
    view! {
        <ResultSection id="results-quadrant" testid="quadrant-section" finding=part(|e| e.findings.quadrant.clone())>
            <p data-testid="quadrant-scores">
                {move || scores.render(&[
                    ("need", &format::level(need.get())),
                    ("readiness", &format::level(readiness.get())),
                ])}
            </p>
            <figure class="chart-figure" data-testid="quadrant">
                <QuadrantChart
                    need=need
                    readiness=readiness
                    need_at=need_at
                    readiness_at=ready_at
                    labels=labels
                    current=current
                    title=p.quadrant_chart.text()
                    desc=desc
                    id="quadrant"
                />
                <figcaption class="chart-caption" data-testid="quadrant-sentence">
                    {before} <strong>{move || quadrant.with(|q| q.label.clone())}</strong> {after}
                    {move || quadrant.with(|q| q.explanation.clone())}
                </figcaption>
            </figure>
        </ResultSection>
    }
}
