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

/// Lays out a plan's phases as horizontal bars over a month axis.
pub fn timeline(phases: &[PhaseExtent]) -> Timeline {
    let row = 28.0;
    let gap = 8.0;
    let plot = Rect { x: 8.0, y: 24.0, width: 624.0, height: phases.len() as f64 * (row + gap) };
    let end = phases
        .iter()
        .map(|p| p.start_max.max(0.0) + p.months_max.max(0.0))
        .filter(|v| v.is_finite())
        .fold(1.0_f64, f64::max);
    // A tick every 3 months, or every 6 when the plan is long, so labels never crowd.
    let step = if end > 24.0 { 6 } else { 3 };
    let last = (end.ceil() as u32).div_ceil(step) * step;
    let x = Scale::new((0.0, f64::from(last.max(1))), (plot.x, plot.x + plot.width));

    let bars = phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let start = x.map(p.start_min);
            let solid_end = x.map(p.start_min + p.months_min);
            let latest_end = x.map(p.start_max + p.months_max).max(solid_end);
            TimelineBar {
                y: plot.y + i as f64 * (row + gap),
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
        let t = timeline(&phases);
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
        let t = timeline(&long);
        assert_eq!(t.ticks.iter().map(|t| t.1).collect::<Vec<_>>(), vec![0, 6, 12, 18, 24, 30]);
        let empty = timeline(&[]);
        assert!(empty.bars.is_empty() && empty.width > 0.0);
    }

    #[test]
    fn dsm_cells_fit_but_stay_readable() {
        assert_eq!(dsm_cell(0, 400.0), 0.0);
        assert_eq!(dsm_cell(4, 400.0), 36.0);
        assert_eq!(dsm_cell(20, 400.0), 20.0);
        assert_eq!(dsm_cell(100, 400.0), 14.0);
    }
}
