//! The cost of going distributed: the monolith against the recommended shape, in numbers.
//!
//! Figures from the migration guide's hidden-cost table: each internal hop adds 10–50 ms; a
//! monolith is one deployment unit run by 1–2 people, ten services take 3–6. Operations
//! headcount for S services is interpolated linearly between those two points (1 + 0.2·S to
//! 2 + 0.4·S, rounded up).
//!
//! Every number describes one shape: the recommended one (for a verdict that stays, the split
//! a migration would aim for, shown for comparison). Latency counts the synchronous calls along
//! the domain map's longest chain that cross a boundary of that shape, since calls inside one
//! deployable stay in-process; the chain's availability multiplies the targets of the
//! deployables it passes through (each at the strictest target of the modules it holds),
//! because every one of them must be up for the request to succeed. What the chain would cost
//! if every module on it became a service is reported beside it, never instead of it.

use super::answers::AvailabilityTarget;
use super::catalogue::Catalogue;
use super::domain::{Map, Structure};
use super::graph;
use super::services::{CountKind, Shape};
use super::words;
use serde::{Deserialize, Serialize};

/// One row of the cost comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostRow {
    /// What is compared.
    pub category: String,
    /// The monolith's side.
    pub monolith: String,
    /// The recommended (or hypothetical) distributed shape's side.
    pub distributed: String,
}

/// The cost comparison with its numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Costs {
    /// What the distributed column describes.
    pub basis: String,
    /// Services in the distributed column (the core not counted).
    pub services: u32,
    /// The comparison, row by row.
    pub rows: Vec<CostRow>,
    /// Synchronous calls along the longest chain that cross the shape's boundaries.
    pub hops: u32,
    /// Latency those hops add, in ms (min, max).
    pub latency_ms: (u32, u32),
    /// Availability of the chain in that shape: the product of its deployables' targets (0–1).
    pub chain_availability: f64,
    /// Synchronous calls along the longest chain if every module on it were a service.
    pub all_split_hops: u32,
    /// Latency of those hops, in ms (min, max).
    pub all_split_latency_ms: (u32, u32),
    /// Deployables: the core plus the services.
    pub deployment_units: u32,
    /// Operations people the shape needs (min, max).
    pub ops_headcount: (u32, u32),
    /// True when hops and availability are assumed for lack of a domain map.
    pub estimated: bool,
}

/// Operations people for `services` services, interpolated between the monolith and ten
/// services.
pub(crate) fn ops_for(services: u32, cat: &Catalogue) -> (u32, u32) {
    let (m0, m1) = cat.costs.ops_monolith;
    let (t0, t1) = cat.costs.ops_ten_services;
    let lerp = |a: u32, b: u32| {
        let v = f64::from(a) + (f64::from(b) - f64::from(a)) * f64::from(services) / 10.0;
        if v.is_finite() {
            v.ceil().clamp(0.0, f64::from(u32::MAX)) as u32
        } else {
            a
        }
    };
    let lo = lerp(m0, t0);
    let hi = lerp(m1, t1).max(lo);
    (lo, hi)
}

pub(crate) fn costs(shape: &Shape, map: &Map, s: &Structure, cat: &Catalogue) -> Costs {
    let count = &shape.count;
    let services = shape.compare_units_count().max(1);
    let basis = match count.kind {
        CountKind::Stay => format!(
            "Your verdict keeps one deployable. The right-hand column shows what splitting into \
             {} would cost, for comparison.",
            words::count(services, "service", "services")
        ),
        CountKind::Consolidate => format!(
            "The right-hand column shows the shape to keep: {} (today {}).",
            words::count(count.target, "service", "services"),
            count.today.unwrap_or(count.target)
        ),
        CountKind::Extract if count.first_wave == 0 => format!(
            "The right-hand column shows the {} to aim for once the foundation is in place.",
            words::count(services, "service", "services")
        ),
        CountKind::Extract => format!(
            "The right-hand column shows the recommended shape: the core plus {}.",
            words::count(services, "service", "services")
        ),
    };
    let consolidating = count.kind == CountKind::Consolidate;

    let (per_lo, per_hi) = cat.costs.latency_per_hop_ms;
    let latency = |h: u32| (h.saturating_mul(per_lo), h.saturating_mul(per_hi));
    let estimated = !map.is_present();

    // Which deployable each module of the chain lands in: its candidate's, or the core's.
    let owner = |v: usize| -> Option<usize> {
        let u = *s.unit.get(v)?;
        if consolidating {
            // Kept down to one deployable, everything is in-process; otherwise each merged
            // cluster is one service.
            (count.target > 1).then_some(u)
        } else {
            shape.compare_units.iter().position(|x| *x == u)
        }
    };
    // The chain that matters is the synchronous path with the most calls crossing the shape's
    // boundaries (not always the longest path of the map).
    let chain = if map.is_present() {
        let crossing = |u: usize, v: usize| u32::from(owner(u) != owner(v));
        graph::longest_path_by(&s.sync_adj, &s.sync_comp, s.sync_count, &crossing)
    } else {
        Vec::new()
    };
    let (hops, all_split_hops, chain_availability, deployables) = if map.is_present() {
        let hops = u32::try_from(chain.windows(2).filter(|w| owner(w[0]) != owner(w[1])).count())
            .unwrap_or(u32::MAX);
        // Group the chain into the deployables it passes through, in order.
        let mut groups: Vec<(Option<usize>, AvailabilityTarget)> = Vec::new();
        for &v in &chain {
            let target = map.nodes[v].availability;
            match groups.last_mut() {
                Some((o, t)) if *o == owner(v) => *t = (*t).max(target),
                _ => groups.push((owner(v), target)),
            }
        }
        let availability = if groups.is_empty() {
            1.0
        } else {
            groups.iter().map(|(_, t)| t.fraction()).product::<f64>()
        };
        (hops, s.hops(), availability, u32::try_from(groups.len()).unwrap_or(u32::MAX))
    } else {
        let hops = services.min(cat.costs.default_hops_without_map);
        let availability = AvailabilityTarget::Standard
            .fraction()
            .powi(i32::try_from(hops.saturating_add(1)).unwrap_or(i32::MAX));
        (hops, hops, availability, hops.saturating_add(1))
    };
    let chain_availability = chain_availability.clamp(0.0, 1.0);

    let deployment_units =
        if consolidating { count.target.max(1) } else { services.saturating_add(1) };
    let ops_headcount = ops_for(if consolidating { count.target } else { services }, cat);
    let (lat_lo, lat_hi) = latency(hops);
    let (m0, m1) = cat.costs.ops_monolith;

    let per_hop = format!("{} per hop", words::ms(per_lo, per_hi));
    let latency_text = if estimated {
        format!(
            "About {} on a typical request (assumed: no domain map): {} added, at {per_hop}.",
            words::count(hops, "network hop", "network hops"),
            words::ms(lat_lo, lat_hi)
        )
    } else if chain.len() < 2 {
        "The domain map has no synchronous chain: no network hop is added to a request.".to_string()
    } else if hops == 0 {
        format!(
            "No synchronous call crosses the new boundaries: no network hop is added. Split \
             module by module, the longest chain ({}) would add {}.",
            words::count(all_split_hops, "hop", "hops"),
            words::ms(latency(all_split_hops).0, latency(all_split_hops).1)
        )
    } else {
        let mut text = format!(
            "{} on the busiest synchronous path {} the new boundaries: about {} added, at \
             {per_hop}.",
            words::capitalise(&words::count(hops, "hop", "hops")),
            words::noun(hops, "crosses", "cross"),
            words::ms(lat_lo, lat_hi)
        );
        if all_split_hops > hops {
            text.push_str(&format!(
                " Split module by module, the longest chain ({}) would add {}.",
                words::count(all_split_hops, "hop", "hops"),
                words::ms(latency(all_split_hops).0, latency(all_split_hops).1)
            ));
        }
        text
    };
    let percent = format_percent(chain_availability);
    let availability_text = if estimated {
        format!(
            "About {} on a typical request must all be up (assumed): {percent} when their \
             targets are multiplied.",
            words::count(deployables, "deployable", "deployables")
        )
    } else if deployables <= 1 {
        format!("The path runs in one deployable: {percent}, its own target.")
    } else {
        format!(
            "{} on that path must all be up: {percent} when their targets are multiplied.",
            words::capitalise(&words::count(deployables, "deployable", "deployables"))
        )
    };
    let mesh = services >= 3;
    let rows = vec![
        CostRow {
            category: "Latency between parts".to_string(),
            monolith: "In-process calls: microseconds.".to_string(),
            distributed: latency_text,
        },
        CostRow {
            category: "Availability of a request".to_string(),
            monolith: "One deployable: one availability target.".to_string(),
            distributed: availability_text,
        },
        CostRow {
            category: "Infrastructure".to_string(),
            monolith: "One deployment unit.".to_string(),
            distributed: if consolidating {
                format!(
                    "{}{}.",
                    words::count(deployment_units, "deployment unit", "deployment units"),
                    if deployment_units >= 3 {
                        ", with a gateway or service mesh between them"
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    "{} (the core plus {}){}.",
                    words::count(deployment_units, "deployment unit", "deployment units"),
                    words::count(services, "service", "services"),
                    if mesh { ", plus a gateway or service mesh between them" } else { "" }
                )
            },
        },
        CostRow {
            category: "Observability".to_string(),
            monolith: "Basic application monitoring (APM).".to_string(),
            distributed: if services == 1 && !consolidating {
                "Tracing across the one new boundary, with central logs and metrics.".to_string()
            } else {
                "Distributed tracing across every service, with central logs and metrics."
                    .to_string()
            },
        },
        CostRow {
            category: "Operations headcount".to_string(),
            monolith: format!("{} engineers.", words::span(m0, m1)),
            distributed: format!("{} engineers.", words::span(ops_headcount.0, ops_headcount.1)),
        },
        CostRow {
            category: "Debugging".to_string(),
            monolith: "One stack trace shows the whole path.".to_string(),
            distributed: "Logs and traces must be correlated across services.".to_string(),
        },
        CostRow {
            category: "Schema changes".to_string(),
            monolith: "Coordinated in code, in one migration.".to_string(),
            distributed: "Negotiated through versioned API contracts between services.".to_string(),
        },
    ];

    Costs {
        basis,
        services,
        rows,
        hops,
        latency_ms: latency(hops),
        chain_availability,
        all_split_hops,
        all_split_latency_ms: latency(all_split_hops),
        deployment_units,
        ops_headcount,
        estimated,
    }
}

/// A share as a percentage with as many decimals as the targets need ("99.9%", "99.85%"),
/// at most three. Integer arithmetic: parsing floats back would cost the wasm a float parser.
pub(crate) fn format_percent(share: f64) -> String {
    let thousandths = (share.clamp(0.0, 1.0) * 100_000.0).round() as u64;
    let (whole, mut frac, mut digits) = (thousandths / 1000, thousandths % 1000, 3);
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    if digits == 0 {
        format!("{whole}%")
    } else {
        format!("{whole}.{frac:0digits$}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ops_headcount_interpolates_between_the_article_points() {
        let cat = Catalogue::standard();
        assert_eq!(ops_for(0, &cat), (1, 2));
        assert_eq!(ops_for(10, &cat), (3, 6));
        assert_eq!(ops_for(1, &cat), (2, 3));
        assert_eq!(ops_for(5, &cat), (2, 4));
    }

    #[test]
    fn percentages_keep_only_the_decimals_they_need() {
        assert_eq!(format_percent(0.999), "99.9%");
        assert_eq!(format_percent(0.99), "99%");
        assert_eq!(format_percent(0.9995), "99.95%");
        assert_eq!(format_percent(0.999 * 0.9999), "99.89%");
        assert_eq!(format_percent(1.0), "100%");
    }
}
