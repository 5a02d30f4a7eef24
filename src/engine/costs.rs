//! The cost of going distributed: the monolith against the recommended shape, in numbers.
//!
//! Figures from article 003's hidden-cost table: each internal hop adds 10–50 ms; a monolith
//! is one deployment unit run by 1–2 people, ten services take 3–6. Operations headcount for
//! S services is interpolated linearly between those two points (1 + 0.2·S to 2 + 0.4·S,
//! rounded up). Latency is hops × per-hop latency, where the hops are the synchronous calls
//! along the longest chain of the domain map; the availability of that chain is the product
//! of its modules' targets, because every module on it must be up for the request to
//! succeed.

use super::answers::AvailabilityTarget;
use super::catalogue::Catalogue;
use super::domain::{Map, Structure};
use super::services::Shape;
use super::verdict::Verdict;
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
    /// Synchronous calls along the longest chain, if each module on it were a service.
    pub hops: u32,
    /// Latency those hops add, in ms (min, max).
    pub latency_ms: (u32, u32),
    /// Hops along that chain that cross a boundary of the recommended shape.
    pub shape_hops: u32,
    /// Latency of those hops, in ms (min, max).
    pub shape_latency_ms: (u32, u32),
    /// Availability of the chain: the product of its modules' targets (0–1).
    pub chain_availability: f64,
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

pub(crate) fn costs(
    verdict: Verdict,
    shape: &Shape,
    map: &Map,
    s: &Structure,
    cat: &Catalogue,
) -> Costs {
    let target = shape.count.target;
    let stays = matches!(verdict, Verdict::Monolith | Verdict::ModularMonolith);
    let services = if target > 0 { target } else { shape.count.ceiling.max(1) };
    let basis = if stays || target == 0 {
        format!(
            "Your verdict keeps one deployable. The right-hand column shows what splitting \
             into {services} service(s) would cost, for comparison."
        )
    } else if verdict == Verdict::NotReady {
        format!(
            "The right-hand column shows the {services} service(s) to aim for once the \
             foundation is in place."
        )
    } else {
        format!(
            "The right-hand column shows the recommended shape: the core plus {services} \
             service(s)."
        )
    };

    let (per_lo, per_hi) = cat.costs.latency_per_hop_ms;
    let estimated = !map.is_present();
    let hops =
        if map.is_present() { s.hops() } else { services.min(cat.costs.default_hops_without_map) };

    // Hops of the chain that cross the recommended shape's boundaries: a module belongs to
    // the candidate whose cluster holds it, or else to the core.
    let shape_hops = if map.is_present() {
        let owner = |v: usize| -> Option<usize> {
            let u = s.unit.get(v)?;
            shape.units.iter().position(|x| x == u)
        };
        if target == 0 {
            0
        } else {
            u32::try_from(s.chain.windows(2).filter(|w| owner(w[0]) != owner(w[1])).count())
                .unwrap_or(u32::MAX)
        }
    } else if target == 0 {
        0
    } else {
        hops
    };
    let latency = |h: u32| (h.saturating_mul(per_lo), h.saturating_mul(per_hi));

    let chain_availability = if map.is_present() && !s.chain.is_empty() {
        s.chain
            .iter()
            .filter_map(|&v| map.nodes.get(v))
            .map(|m| m.availability.fraction())
            .product::<f64>()
    } else {
        AvailabilityTarget::Standard
            .fraction()
            .powi(i32::try_from(hops.saturating_add(1)).unwrap_or(i32::MAX))
    }
    .clamp(0.0, 1.0);

    let deployment_units = services.saturating_add(1);
    let ops_headcount = ops_for(services, cat);
    let (lat_lo, lat_hi) = latency(hops);
    let (m0, m1) = cat.costs.ops_monolith;

    let chain_words = if estimated {
        format!("about {hops} network hop(s) on a typical request (assumed: no domain map)")
    } else if hops == 0 {
        "no synchronous chain on the domain map".to_string()
    } else {
        format!("{hops} network hop(s) on the longest synchronous chain")
    };
    let rows = vec![
        CostRow {
            category: "Latency between parts".to_string(),
            monolith: "In-process calls: microseconds.".to_string(),
            distributed: format!(
                "{chain_words}: about {lat_lo}–{lat_hi} ms added at {per_lo}–{per_hi} ms per \
                 hop."
            ),
        },
        CostRow {
            category: "Availability of a request".to_string(),
            monolith: "One deployable: one availability target.".to_string(),
            distributed: format!(
                "Every service on the chain must be up: {:.3}% when their targets are \
                 multiplied.",
                chain_availability * 100.0
            ),
        },
        CostRow {
            category: "Infrastructure".to_string(),
            monolith: "One deployment unit.".to_string(),
            distributed: format!(
                "{deployment_units} deployment units (the core plus {services} service(s)), \
                 plus a service mesh or gateway between them."
            ),
        },
        CostRow {
            category: "Observability".to_string(),
            monolith: "Basic application monitoring (APM).".to_string(),
            distributed: "Distributed tracing across every service, with central logs and \
                          metrics."
                .to_string(),
        },
        CostRow {
            category: "Operations headcount".to_string(),
            monolith: format!("{m0}–{m1} engineers."),
            distributed: format!("{}–{} engineers.", ops_headcount.0, ops_headcount.1),
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
        shape_hops,
        shape_latency_ms: latency(shape_hops),
        chain_availability,
        deployment_units,
        ops_headcount,
        estimated,
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
}
