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
    let facts = part(|e| (e.need, e.readiness, e.quadrant.clone()));
    view! {
        <ResultSection id="results-quadrant" testid="quadrant-section">
            {move || {
                let cat = store.catalogue();
                let (need_at, ready_at) =
                    (cat.thresholds.quadrant_need_at, cat.thresholds.quadrant_readiness_at);
                let (need, readiness, q) = facts.get();
                let labels = REGIONS.map(|r| {
                    cat.quadrants.iter().find(|t| t.quadrant == r).map(|t| t.label.clone()).unwrap_or_default()
                });
                let current = REGIONS.iter().position(|r| *r == q.quadrant).unwrap_or(0);
                let desc = format!(
                    "Readiness {} out of 100, against a dividing line at {}; need {} out of 100, \
                     against a dividing line at {}. That places the team in the \u{201c}{}\u{201d} \
                     quadrant.",
                    format::score(readiness),
                    format::score(ready_at),
                    format::score(need),
                    format::score(need_at),
                    q.label
                );
                view! {
                    <p data-testid="quadrant-scores">
                        "Pressure to split (need): " <strong>{format::score(need)}</strong> " out of 100. "
                        "Ability to operate services (readiness): " <strong>{format::score(readiness)}</strong>
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
                            "You are in " <strong>{q.label.clone()}</strong> ". " {q.explanation.clone()}
                        </figcaption>
                    </figure>
                }
            }}
        </ResultSection>
    }
}
