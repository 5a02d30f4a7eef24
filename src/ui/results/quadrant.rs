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
    let desc = Memo::new(move |_| {
        format!(
            "Readiness {} out of 100, against a dividing line at {}; need {} out of 100, \
             against a dividing line at {}. That places the team in the \u{201c}{}\u{201d} \
             quadrant.",
            format::level(readiness.get()),
            format::score(ready_at),
            format::level(need.get()),
            format::score(need_at),
            quadrant.with(|q| q.label.clone())
        )
    });
    view! {
        <ResultSection id="results-quadrant" testid="quadrant-section" finding=part(|e| e.findings.quadrant.clone())>
            <p data-testid="quadrant-scores">
                "Pressure to split (need): " <strong>{move || format::level(need.get())}</strong> " out of 100. "
                "Ability to operate services (readiness): " <strong>{move || format::level(readiness.get())}</strong>
                " out of 100."
            </p>
            <figure class="chart-figure" data-testid="quadrant">
                <QuadrantChart
                    need=need
                    readiness=readiness
                    need_at=need_at
                    readiness_at=ready_at
                    labels=labels
                    current=current
                    title="Need and readiness chart".to_string()
                    desc=desc
                    id="quadrant"
                />
                <figcaption class="chart-caption" data-testid="quadrant-sentence">
                    "You are in " <strong>{move || quadrant.with(|q| q.label.clone())}</strong> ". "
                    {move || quadrant.with(|q| q.explanation.clone())}
                </figcaption>
            </figure>
        </ResultSection>
    }
}
