//! The plan's timeline: one row per phase, its name above a bar from the earliest start to the
//! earliest end, then a lighter tail to the latest end, over a month axis.

use leptos::prelude::*;

use super::geometry::{self, timeline_label_x, PhaseExtent, TIMELINE_NARROW, TIMELINE_WIDE};
use super::svg_title;

/// Font size of the phase names, in SVG units.
const LABEL_SIZE: f64 = 13.0;

/// Draws a plan's phases on a month axis. Positions come from [`geometry::timeline`]; the
/// component only draws them.
#[component]
pub fn TimelineChart(
    /// Each phase's name with its extent in months, in plan order.
    phases: Vec<(String, PhaseExtent)>,
    /// The chart's accessible name.
    title: String,
    /// The chart in words: every phase with its months.
    desc: String,
    /// Prefix for the ids of `<title>` and `<desc>`; must be unique on the page.
    id: &'static str,
    /// Drawn for a phone: a narrower axis at the same type size, so it fits without scrolling.
    #[prop(optional)]
    narrow: bool,
) -> impl IntoView {
    let extents: Vec<PhaseExtent> = phases.iter().map(|(_, e)| *e).collect();
    let t = geometry::timeline(&extents, if narrow { TIMELINE_NARROW } else { TIMELINE_WIDE });
    let p = t.plot;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let view_box = format!("0 0 {} {}", t.width, t.height);
    let bottom = p.y + p.height;

    let grid = t
        .ticks
        .iter()
        .map(|&(x, month)| {
            // The first and last labels are anchored inwards so they stay inside the drawing.
            let anchor = if x <= p.x + 1.0 {
                "start"
            } else if x >= p.x + p.width - 1.0 {
                "end"
            } else {
                "middle"
            };
            view! {
                <line class="chart-grid" x1=x y1=p.y - 4.0 x2=x y2=bottom/>
                <text class="chart-tick-label" x=x y=p.y - 8.0 text-anchor=anchor font-size="12">
                    {month}
                </text>
            }
        })
        .collect_view();

    let rows = t
        .bars
        .iter()
        .zip(phases)
        .map(|(bar, (name, _))| {
            let x = timeline_label_x(bar.x, name.chars().count(), LABEL_SIZE, &p);
            view! {
                <text class="chart-label" x=x y=bar.label_y font-size=LABEL_SIZE>{name}</text>
                <rect class="chart-bar" x=bar.x y=bar.y width=bar.solid_width height=bar.height rx="3"/>
                {(bar.range_width > 0.5).then(|| view! {
                    <rect
                        class="chart-bar-range"
                        x=bar.x + bar.solid_width
                        y=bar.y + 1.0
                        width=bar.range_width
                        height=bar.height - 2.0
                        rx="3"
                    />
                })}
            }
        })
        .collect_view();

    view! {
        <svg
            class="chart chart-timeline"
            class:chart-timeline-narrow=narrow
            class:chart-timeline-wide=!narrow
            viewBox=view_box
            role="img"
            aria-labelledby=labelled_by
            xmlns="http://www.w3.org/2000/svg"
        >
            {svg_title(title_id, title)}
            <desc id=desc_id>{desc}</desc>
            <text class="chart-axis-title" x=p.x y="13" font-size="12">"Months from the start"</text>
            {grid}
            {rows}
        </svg>
    }
}
