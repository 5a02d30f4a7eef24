//! Chart geometry as pure functions: numbers in, coordinates out.
//!
//! The SVG components in this folder only draw what these functions return, so every position,
//! size and tick is unit-tested natively. Coordinates are SVG user units with y growing downwards.

/// A linear map from a domain of values to a range of coordinates. Values outside the domain are
/// clamped to it, so a bad number can never draw outside the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Scale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale { domain, range }
    }

    /// Where `value` falls in the range.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if !value.is_finite() || span == 0.0 || !span.is_finite() {
            return r0;
        }
        let t = ((value - d0) / span).clamp(0.0, 1.0);
        r0 + t * (r1 - r0)
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// The need × readiness chart: readiness runs left to right, need runs bottom to top, both 0–100.
#[derive(Debug, Clone, PartialEq)]
pub struct Quadrant {
    /// The whole drawing, for the SVG `viewBox`.
    pub width: f64,
    pub height: f64,
    /// The plotting area inside the axes.
    pub plot: Rect,
    /// The team's position.
    pub point: (f64, f64),
    /// The x of the vertical line at the readiness threshold, and the y of the horizontal line at the
    /// need threshold.
    pub split_x: f64,
    pub split_y: f64,
    /// Tick positions along each axis, with the value they stand for.
    pub x_ticks: Vec<(f64, u32)>,
    pub y_ticks: Vec<(f64, u32)>,
}

/// Lays out the quadrant chart for scores in 0–100, split at the given thresholds.
pub fn quadrant(
    need: f64,
    readiness: f64,
    need_threshold: f64,
    readiness_threshold: f64,
) -> Quadrant {
    let (width, height) = (360.0, 320.0);
    let plot = Rect { x: 48.0, y: 16.0, width: 296.0, height: 256.0 };
    let x = Scale::new((0.0, 100.0), (plot.x, plot.x + plot.width));
    let y = Scale::new((0.0, 100.0), (plot.y + plot.height, plot.y));
    let ticks = [0u32, 25, 50, 75, 100];
    Quadrant {
        width,
        height,
        plot,
        point: (x.map(readiness), y.map(need)),
        split_x: x.map(readiness_threshold),
        split_y: y.map(need_threshold),
        x_ticks: ticks.iter().map(|t| (x.map(f64::from(*t)), *t)).collect(),
        y_ticks: ticks.iter().map(|t| (y.map(f64::from(*t)), *t)).collect(),
    }
}

/// One phase of a plan for the timeline: when it can start at the earliest and how long it takes,
/// as a range, in months.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhaseExtent {
    pub start_min: f64,
    pub start_max: f64,
    pub months_min: f64,
    pub months_max: f64,
}

/// One row of the timeline: the bar from the earliest start to the earliest end, and the lighter
/// tail to the latest end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineBar {
    /// The baseline of the phase's name, written just above its bar.
    pub label_y: f64,
    pub y: f64,
    pub height: f64,
    pub x: f64,
    pub solid_width: f64,
    pub range_width: f64,
}

/// The timeline drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    pub bars: Vec<TimelineBar>,
    /// Month ticks along the top: x and the month number (0 = the start).
    pub ticks: Vec<(f64, u32)>,
}

/// The plot width of the timeline on a wide screen, in SVG units (drawn at about one unit a pixel).
pub const TIMELINE_WIDE: f64 = 624.0;
/// The plot width of the timeline on a phone: narrow enough to fit a 320 px screen at a readable
/// size, without scrolling sideways.
pub const TIMELINE_NARROW: f64 = 300.0;

/// Lays out a plan's phases as horizontal bars over a month axis `plot_width` units wide. Each row
/// holds the phase's name on one line and its bar below it, so names of any length never collide
/// with the bars.
pub fn timeline(phases: &[PhaseExtent], plot_width: f64) -> Timeline {
    let label = 18.0;
    let row = 20.0;
    let gap = 10.0;
    // Room above the rows for the axis title and the month labels.
    let plot = Rect {
        x: 8.0,
        y: 38.0,
        width: plot_width,
        height: phases.len() as f64 * (label + row + gap),
    };
    let end = phases
        .iter()
        .map(|p| p.start_max.max(0.0) + p.months_max.max(0.0))
        .filter(|v| v.is_finite())
        .fold(1.0_f64, f64::max);
    // A tick every 3 months, or every 6, 12 or 24 when the plan is long, so
    // that at most about nine ticks share the axis and their labels never crowd.
    let step = [3_u32, 6, 12, 24]
        .into_iter()
        .find(|&step| f64::from(step) / end.ceil().max(1.0) >= 0.11)
        .unwrap_or(24);
    let last = (end.ceil() as u32).div_ceil(step) * step;
    let x = Scale::new((0.0, f64::from(last.max(1))), (plot.x, plot.x + plot.width));

    let bars = phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let start = x.map(p.start_min);
            let solid_end = x.map(p.start_min + p.months_min);
            let latest_end = x.map(p.start_max + p.months_max).max(solid_end);
            let top = plot.y + i as f64 * (label + row + gap);
            TimelineBar {
                label_y: top + label - 5.0,
                y: top + label,
                height: row,
                x: start,
                solid_width: (solid_end - start).max(2.0),
                range_width: latest_end - solid_end,
            }
        })
        .collect();
    let ticks = (0..=last).step_by(step as usize).map(|m| (x.map(f64::from(m)), m)).collect();
    Timeline {
        width: plot.x * 2.0 + plot.width,
        height: plot.y + plot.height + 4.0,
        plot,
        bars,
        ticks,
    }
}

/// The side of one cell of a dependency structure matrix with `n` rows, so that the grid fits in
/// `available` units but cells never shrink below a size a label can still be read at.
pub fn dsm_cell(n: usize, available: f64) -> f64 {
    if n == 0 {
        return 0.0;
    }
    (available / n as f64).clamp(14.0, 36.0)
}

/// The four areas of the quadrant chart, in the order top-left (high need, low readiness),
/// top-right (high need, high readiness), bottom-left (low need, low readiness), bottom-right
/// (low need, high readiness). They tile the plot exactly, split at the threshold lines.
pub fn quadrant_regions(q: &Quadrant) -> [Rect; 4] {
    let p = q.plot;
    let (left, right) = (q.split_x - p.x, p.x + p.width - q.split_x);
    let (top, bottom) = (q.split_y - p.y, p.y + p.height - q.split_y);
    [
        Rect { x: p.x, y: p.y, width: left, height: top },
        Rect { x: q.split_x, y: p.y, width: right, height: top },
        Rect { x: p.x, y: q.split_y, width: left, height: bottom },
        Rect { x: q.split_x, y: q.split_y, width: right, height: bottom },
    ]
}

/// How many characters of chart text fit in `width` units at `font_size`, assuming the average
/// glyph of a system sans-serif font is a little over half the font size wide.
pub fn chars_that_fit(width: f64, font_size: f64) -> usize {
    if !(width.is_finite() && font_size.is_finite()) || width <= 0.0 || font_size <= 0.0 {
        return 1;
    }
    ((width / (font_size * 0.56)).floor() as usize).max(1)
}

/// Breaks `text` into lines of at most `max_chars` characters, at spaces. SVG text does not wrap
/// by itself. A single word longer than a line gets a line of its own rather than being cut.
pub fn wrap_words(text: &str, max_chars: usize) -> Vec<String> {
    let max = max_chars.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            word.chars().count()
        } else {
            line.chars().count() + 1 + word.chars().count()
        };
        if needed > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The length of a bar as a percentage of its track, for a value out of `max`: clamped to 0–100,
/// and 0 for anything that is not a number.
pub fn bar_percent(value: f64, max: f64) -> f64 {
    if !(value.is_finite() && max.is_finite()) || max <= 0.0 {
        return 0.0;
    }
    (value / max * 100.0).clamp(0.0, 100.0)
}

/// For each position of a dependency structure matrix, the index of the cluster it belongs to.
/// `order` lists the module ids in matrix order and `clusters` the ids of each cluster; a module
/// that no cluster lists gets a cluster of its own, so every position has one.
pub fn dsm_groups(order: &[u32], clusters: &[Vec<u32>]) -> Vec<usize> {
    use std::collections::HashMap;
    let mut of: HashMap<u32, usize> = HashMap::new();
    for (i, members) in clusters.iter().enumerate() {
        for id in members {
            of.entry(*id).or_insert(i);
        }
    }
    let mut next = clusters.len();
    order
        .iter()
        .map(|id| {
            *of.entry(*id).or_insert_with(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Where a heavier line frames a cluster along a matrix axis: true at a position that starts a
/// new group when that group, or the one before it, has more than one member. Clusters of one
/// get no frame, so the lines mark only the blocks that must move together.
pub fn cluster_edges(groups: &[usize]) -> Vec<bool> {
    use std::collections::HashMap;
    let mut size: HashMap<usize, usize> = HashMap::new();
    for g in groups {
        *size.entry(*g).or_insert(0) += 1;
    }
    let big = |g: usize| size.get(&g).copied().unwrap_or(0) > 1;
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| i > 0 && groups[i - 1] != *g && (big(*g) || big(groups[i - 1])))
        .collect()
}

/// Where the quadrant chart writes the tag of the team's point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tag {
    pub x: f64,
    /// The baseline.
    pub y: f64,
    /// True when the text ends at `x` (it sits left of the point), false when it starts there.
    pub anchor_end: bool,
}

/// Places the point's tag beside it, on the side with room, and below it when the point sits in
/// the band (`label_band` units deep) at the top of its quadrant where the quadrant's name is
/// written, so the two never overlap.
pub fn point_tag(q: &Quadrant, label_band: f64) -> Tag {
    let p = q.plot;
    let (px, py) = q.point;
    let anchor_end = px > p.x + p.width - 48.0;
    let x = if anchor_end { px - 11.0 } else { px + 11.0 };
    let area_top = if py < q.split_y { p.y } else { q.split_y };
    let below = py - area_top < label_band && py + 20.0 <= p.y + p.height;
    let y = if below { py + 20.0 } else { py - 9.0 };
    Tag { x, y, anchor_end }
}

/// The x of a timeline phase's name: above the start of its bar, moved left as far as needed
/// for a name of `chars` characters to end inside the plot, and never left of the plot.
pub fn timeline_label_x(bar_x: f64, chars: usize, font_size: f64, plot: &Rect) -> f64 {
    let width = chars as f64 * font_size * 0.56;
    bar_x.min(plot.x + plot.width - width).max(plot.x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_linearly_and_clamp_bad_values() {
        let s = Scale::new((0.0, 100.0), (10.0, 110.0));
        assert_eq!(s.map(0.0), 10.0);
        assert_eq!(s.map(50.0), 60.0);
        assert_eq!(s.map(100.0), 110.0);
        assert_eq!(s.map(250.0), 110.0);
        assert_eq!(s.map(-5.0), 10.0);
        assert_eq!(s.map(f64::NAN), 10.0);
        assert_eq!(Scale::new((3.0, 3.0), (0.0, 1.0)).map(3.0), 0.0);
    }

    #[test]
    fn quadrant_puts_high_need_at_the_top_and_high_readiness_on_the_right() {
        let q = quadrant(90.0, 80.0, 50.0, 50.0);
        assert!(q.point.0 > q.split_x, "ready teams sit right of the readiness line");
        assert!(q.point.1 < q.split_y, "high need sits above the need line");

        let low = quadrant(10.0, 20.0, 50.0, 50.0);
        assert!(low.point.0 < low.split_x && low.point.1 > low.split_y);

        // Corners land on the plot's corners.
        let corner = quadrant(100.0, 0.0, 50.0, 50.0);
        assert_eq!(corner.point, (corner.plot.x, corner.plot.y));
        assert_eq!(q.x_ticks.len(), 5);
        assert_eq!(q.y_ticks.first().map(|t| t.1), Some(0));
    }

    #[test]
    fn timeline_bars_follow_each_other_and_show_the_range() {
        let phases = [
            PhaseExtent { start_min: 0.0, start_max: 0.0, months_min: 2.0, months_max: 3.0 },
            PhaseExtent { start_min: 2.0, start_max: 3.0, months_min: 2.0, months_max: 3.0 },
        ];
        let t = timeline(&phases, TIMELINE_WIDE);
        assert_eq!(t.bars.len(), 2);
        let (a, b) = (t.bars[0], t.bars[1]);
        assert!(b.y > a.y, "each phase gets its own row, in order");
        assert!(
            (b.x - (a.x + a.solid_width)).abs() < 1e-9,
            "the second starts where the first ends at the earliest"
        );
        assert!(a.range_width > 0.0 && b.range_width > a.range_width);
        assert_eq!(t.ticks.iter().map(|t| t.1).collect::<Vec<_>>(), vec![0, 3, 6]);
        assert!(b.x + b.solid_width + b.range_width <= t.plot.x + t.plot.width + 1e-9);
    }

    #[test]
    fn long_plans_get_sparser_ticks_and_empty_plans_still_draw() {
        let long =
            [PhaseExtent { start_min: 0.0, start_max: 0.0, months_min: 20.0, months_max: 30.0 }];
        let t = timeline(&long, TIMELINE_WIDE);
        assert_eq!(t.ticks.iter().map(|t| t.1).collect::<Vec<_>>(), vec![0, 6, 12, 18, 24, 30]);
        let empty = timeline(&[], TIMELINE_WIDE);
        assert!(empty.bars.is_empty() && empty.width > 0.0);
    }

    #[test]
    fn the_narrow_timeline_fits_a_phone_and_keeps_its_ticks_apart() {
        let plan = [
            PhaseExtent { start_min: 0.0, start_max: 0.0, months_min: 2.0, months_max: 3.0 },
            PhaseExtent { start_min: 2.0, start_max: 3.0, months_min: 20.0, months_max: 26.0 },
        ];
        let t = timeline(&plan, TIMELINE_NARROW);
        assert!(t.width <= 320.0, "drawn at one unit a pixel it fits a 320 px screen");
        let last = t.bars[1];
        assert!(last.x + last.solid_width + last.range_width <= t.plot.x + t.plot.width + 1e-9);
        let gaps: Vec<f64> = t.ticks.windows(2).map(|w| w[1].0 - w[0].0).collect();
        assert!(gaps.iter().all(|&g| g >= 30.0), "ticks at least 30 units apart: {gaps:?}");
        assert_eq!(t.ticks.iter().map(|t| t.1).collect::<Vec<_>>(), vec![0, 6, 12, 18, 24, 30]);
    }

    #[test]
    fn dsm_cells_fit_but_stay_readable() {
        assert_eq!(dsm_cell(0, 400.0), 0.0);
        assert_eq!(dsm_cell(4, 400.0), 36.0);
        assert_eq!(dsm_cell(20, 400.0), 20.0);
        assert_eq!(dsm_cell(100, 400.0), 14.0);
    }

    #[test]
    fn timeline_labels_sit_above_their_own_bar() {
        let phases = [
            PhaseExtent { start_min: 0.0, start_max: 0.0, months_min: 2.0, months_max: 3.0 },
            PhaseExtent { start_min: 2.0, start_max: 3.0, months_min: 2.0, months_max: 3.0 },
        ];
        let t = timeline(&phases, TIMELINE_WIDE);
        for bar in &t.bars {
            assert!(bar.label_y < bar.y, "the name is written above the bar");
            assert!(bar.label_y > bar.y - 20.0, "and close to it");
        }
        assert!(t.bars[1].label_y > t.bars[0].y + t.bars[0].height, "no overlap between rows");
        let last = t.bars[1];
        assert!(last.y + last.height <= t.height, "the drawing holds every row");
        assert!(t.ticks[0].0 >= t.plot.x);
    }

    #[test]
    fn quadrant_regions_tile_the_plot_at_the_thresholds() {
        let q = quadrant(70.0, 30.0, 50.0, 60.0);
        let [tl, tr, bl, br] = quadrant_regions(&q);
        let area = |r: Rect| r.width * r.height;
        let total = area(tl) + area(tr) + area(bl) + area(br);
        assert!((total - q.plot.width * q.plot.height).abs() < 1e-6);
        assert_eq!(tl.x, q.plot.x);
        assert_eq!(tr.x, q.split_x);
        assert_eq!(bl.y, q.split_y);
        assert!(tl.width > tr.width, "a readiness line at 60 leaves the right side narrower");
        assert!(tl.width > 0.0 && br.height > 0.0);
        // The team's point falls in the region its scores say: high need, low readiness.
        let (x, y) = q.point;
        assert!(x >= tl.x && x <= tl.x + tl.width && y >= tl.y && y <= tl.y + tl.height);
    }

    #[test]
    fn words_wrap_at_spaces_and_long_words_keep_a_line() {
        assert_eq!(
            wrap_words("Able, but no pressing reason", 12),
            vec!["Able, but no", "pressing", "reason"]
        );
        assert_eq!(wrap_words("Keep it simple", 40), vec!["Keep it simple"]);
        assert_eq!(wrap_words("Extraordinarily long", 5), vec!["Extraordinarily", "long"]);
        assert!(wrap_words("   ", 10).is_empty());
        assert_eq!(chars_that_fit(113.0, 10.0), 20);
        assert_eq!(chars_that_fit(-1.0, 10.0), 1);
        assert_eq!(chars_that_fit(100.0, f64::NAN), 1);
    }

    #[test]
    fn bars_are_a_clamped_share_of_the_track() {
        assert_eq!(bar_percent(25.0, 100.0), 25.0);
        assert_eq!(bar_percent(3.0, 4.0), 75.0);
        assert_eq!(bar_percent(120.0, 100.0), 100.0);
        assert_eq!(bar_percent(-3.0, 100.0), 0.0);
        assert_eq!(bar_percent(f64::NAN, 100.0), 0.0);
        assert_eq!(bar_percent(5.0, 0.0), 0.0);
    }

    #[test]
    fn dsm_groups_follow_the_clusters_and_frame_only_real_clusters() {
        let order = [3, 4, 1, 8, 2];
        let clusters = vec![vec![3], vec![4], vec![1, 8], vec![2]];
        let groups = dsm_groups(&order, &clusters);
        assert_eq!(groups, vec![0, 1, 2, 2, 3]);
        // Lines before and after the block of 1 and 8, none between single modules.
        assert_eq!(cluster_edges(&groups), vec![false, false, true, false, true]);
        // A module no cluster lists still gets a group of its own.
        assert_eq!(dsm_groups(&[5, 6], &[vec![5]]), vec![0, 1]);
        assert!(cluster_edges(&[]).is_empty());
        assert_eq!(cluster_edges(&[0, 1, 2]), vec![false; 3]);
    }

    #[test]
    fn the_point_tag_avoids_the_quadrant_names_and_the_edges() {
        // High need, full readiness: top right corner, so the tag goes left and below.
        let q = quadrant(92.0, 100.0, 50.0, 55.0);
        let t = point_tag(&q, 40.0);
        assert!(t.anchor_end && t.x < q.point.0);
        assert!(t.y > q.point.1, "below the point, clear of the name at the top");
        // Mid-area, left side: to the right and above.
        let q = quadrant(30.0, 20.0, 50.0, 55.0);
        let t = point_tag(&q, 40.0);
        assert!(!t.anchor_end && t.x > q.point.0 && t.y < q.point.1);
        // At the very bottom there is no room below.
        let q = quadrant(0.0, 20.0, 50.0, 55.0);
        assert!(point_tag(&q, 400.0).y < q.point.1);
    }

    #[test]
    fn timeline_names_start_above_their_bar_but_stay_inside() {
        let plot = Rect { x: 8.0, y: 0.0, width: 624.0, height: 100.0 };
        assert_eq!(timeline_label_x(100.0, 10, 10.0, &plot), 100.0);
        // A long name near the end moves left so it ends inside the plot.
        let x = timeline_label_x(600.0, 20, 10.0, &plot);
        assert!((x + 20.0 * 5.6 - (plot.x + plot.width)).abs() < 1e-9);
        // A name wider than the plot starts at its left edge.
        assert_eq!(timeline_label_x(300.0, 500, 10.0, &plot), plot.x);
    }
}
