//! The need × readiness chart: readiness left to right, need bottom to top, the four quadrants
//! split at the catalogue's thresholds, and the team's position as a point.

use leptos::prelude::*;

use super::geometry::{self, chars_that_fit, point_tag, quadrant_regions, wrap_words};
use super::svg_title;

/// Font size of the quadrant names, in SVG units.
const LABEL_SIZE: f64 = 13.0;

/// Draws the need × readiness chart. It computes nothing about the team: every position comes
/// from [`geometry::quadrant`], every word from the caller.
///
/// The frame, the quadrants and the ticks are drawn once; when the scores change only the point,
/// its tag, the shaded quadrant and the description follow.
#[component]
pub fn QuadrantChart(
    /// Pressure to split, 0–100.
    #[prop(into)]
    need: Signal<f64>,
    /// Ability to operate services, 0–100.
    #[prop(into)]
    readiness: Signal<f64>,
    /// Need at and above which the top row starts.
    need_at: f64,
    /// Readiness at and above which the right column starts.
    readiness_at: f64,
    /// The quadrants' names in the order top-left, top-right, bottom-left, bottom-right (see
    /// [`geometry::quadrant_regions`]).
    labels: [String; 4],
    /// Which of those four the team is in; it is shaded.
    #[prop(into)]
    current: Signal<usize>,
    /// The chart's accessible name, e.g. "Need and readiness".
    title: String,
    /// The chart in words: the numbers and the quadrant.
    #[prop(into)]
    desc: Signal<String>,
    /// Prefix for the ids of `<title>` and `<desc>`; must be unique on the page.
    id: &'static str,
) -> impl IntoView {
    // Everything but the point depends only on the dividing lines.
    let q = geometry::quadrant(0.0, 0.0, need_at, readiness_at);
    let at = Memo::new(move |_| {
        let q = geometry::quadrant(need.get(), readiness.get(), need_at, readiness_at);
        // Two lines of a quadrant's name fit in this band at the top of its area.
        (q.point, point_tag(&q, LABEL_SIZE * 2.0 + 12.0))
    });
    let regions = quadrant_regions(&q);
    let p = q.plot;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let view_box = format!("0 0 {} {}", q.width, q.height);
    let bottom = p.y + p.height;

    let areas = regions
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (r, label))| {
            let fits = chars_that_fit(r.width - 12.0, LABEL_SIZE);
            let lines = if r.width >= 24.0 && r.height >= 20.0 {
                wrap_words(&label, fits)
            } else {
                Vec::new()
            };
            let x = r.x + 6.0;
            let first_y = r.y + LABEL_SIZE + 4.0;
            view! {
                <rect
                    class="chart-area"
                    class:is-current=move || current.get() == i
                    x=r.x
                    y=r.y
                    width=r.width.max(0.0)
                    height=r.height.max(0.0)
                />
                <text class="chart-label" x=x y=first_y font-size=LABEL_SIZE>
                    {lines
                        .into_iter()
                        .enumerate()
                        .map(|(n, line)| {
                            view! {
                                <tspan x=x y=first_y + n as f64 * (LABEL_SIZE + 2.0)>{line}</tspan>
                            }
                        })
                        .collect_view()}
                </text>
            }
        })
        .collect_view();

    let x_ticks = q
        .x_ticks
        .iter()
        .map(|&(x, value)| {
            view! {
                <line class="chart-tick" x1=x y1=bottom x2=x y2=bottom + 5.0/>
                <text class="chart-tick-label" x=x y=bottom + 17.0 text-anchor="middle" font-size="11">
                    {value}
                </text>
            }
        })
        .collect_view();
    let y_ticks = q
        .y_ticks
        .iter()
        .map(|&(y, value)| {
            view! {
                <line class="chart-tick" x1=p.x - 5.0 y1=y x2=p.x y2=y/>
                <text class="chart-tick-label" x=p.x - 8.0 y=y + 4.0 text-anchor="end" font-size="11">
                    {value}
                </text>
            }
        })
        .collect_view();

    let y_title_x = 13.0;
    let y_title_y = p.y + p.height / 2.0;

    let words = crate::app::use_store().catalogue().texts.page.clone();
    view! {
        <svg
            class="chart chart-quadrant"
            viewBox=view_box
            role="img"
            aria-labelledby=labelled_by
            xmlns="http://www.w3.org/2000/svg"
        >
            {svg_title(title_id, title)}
            <desc id=desc_id>{move || desc.get()}</desc>
            {areas}
            <line class="chart-split" x1=q.split_x y1=p.y x2=q.split_x y2=bottom/>
            <line class="chart-split" x1=p.x y1=q.split_y x2=p.x + p.width y2=q.split_y/>
            <rect class="chart-frame" x=p.x y=p.y width=p.width height=p.height/>
            {x_ticks}
            {y_ticks}
            <text class="chart-axis-title" x=p.x + p.width / 2.0 y=q.height - 6.0 text-anchor="middle" font-size="12">
                {words.axis_readiness.text()}
            </text>
            <text
                class="chart-axis-title"
                x=y_title_x
                y=y_title_y
                text-anchor="middle"
                font-size="12"
                transform=format!("rotate(-90 {y_title_x} {y_title_y})")
            >
                {words.axis_need.text()}
            </text>
            <circle class="chart-point" cx=move || at.get().0 .0 cy=move || at.get().0 .1 r="7"/>
            <text
                class="chart-point-label"
                x=move || at.get().1.x
                y=move || at.get().1.y
                text-anchor=move || if at.get().1.anchor_end { "end" } else { "start" }
                font-size="13"
            >
                {words.you.text()}
            </text>
        </svg>
    }
}
