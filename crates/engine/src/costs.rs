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
use super::words::capitalise;
use serde::{Deserialize, Serialize};

/// One row of the cost comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostRow {
    /// What is compared.
    pub category: String,
    /// The left column: the monolith, or for a consolidation today's estate.
    pub monolith: String,
    /// The recommended (or hypothetical, or kept) shape's side.
    pub distributed: String,
}

/// The cost comparison with its numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Costs {
    /// What the distributed column describes.
    pub basis: String,
    /// The headings of the two columns ("Monolith", "Recommended shape"; for a consolidation,
    /// today's estate and the shape to keep).
    pub columns: (String, String),
    /// What the deployment units are, for the figure beside the number.
    pub units_detail: String,
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
/// services; beyond ten, the ten-service figures scale with the count, so the top of the range
/// is the same per-service ratio that says how many services today's people can run.
pub(crate) fn ops_for(services: u32, cat: &Catalogue) -> (u32, u32) {
    let (m0, m1) = cat.costs.ops_monolith;
    let (t0, t1) = cat.costs.ops_ten_services;
    if services > 10 {
        let scale = |t: u32| u32::try_from((u64::from(t) * u64::from(services)).div_ceil(10));
        let lo = scale(t0).unwrap_or(u32::MAX);
        return (lo, scale(t1).unwrap_or(u32::MAX).max(lo));
    }
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

/// One column of the comparison: a shape of deployables, in numbers.
struct Side {
    /// Services beside the core (for a consolidation: services in all).
    services: u32,
    units: u32,
    hops: u32,
    /// Hops if every module on the map's longest chain were a service.
    all_split_hops: u32,
    availability: f64,
    deployables_on_path: u32,
    /// The strictest target on the path, when a map gives one.
    strictest: Option<AvailabilityTarget>,
    ops: (u32, u32),
    estimated: bool,
    /// The map has a synchronous chain at all.
    has_chain: bool,
    /// The services stand around a core (an extraction) rather than on their own.
    around_core: bool,
    /// The services run beside a monolith, counted in `units`.
    beside_monolith: bool,
}

impl Side {
    fn one_deployable(&self) -> bool {
        self.units <= 1
    }
}

fn rows(left: Option<&Side>, right: &Side, cat: &Catalogue) -> Vec<CostRow> {
    let (t, w) = (&cat.texts, &cat.texts.costs);
    let (per_lo, per_hi) = cat.costs.latency_per_hop_ms;
    let latency = |h: u32| (h.saturating_mul(per_lo), h.saturating_mul(per_hi));
    let ms = |h: u32| {
        let (lo, hi) = latency(h);
        t.ms(lo, hi)
    };
    let per_hop = w.per_hop.render(&[("latency", &t.ms(per_lo, per_hi))]);
    let (m0, m1) = cat.costs.ops_monolith;
    let ops = |(lo, hi): (u32, u32)| w.ops.render(&[("people", &t.span(lo, hi))]);
    let describe = |x: &Side| -> [String; 7] {
        // One deployable, unless services beside it sit on the request's path.
        let mono = x.one_deployable();
        if mono && x.deployables_on_path <= 1 {
            return [
                w.mono_latency.render(&[]),
                w.mono_availability.render(&[]),
                w.mono_infrastructure.render(&[]),
                w.mono_observability.render(&[]),
                ops((m0, m1)),
                w.mono_debugging.render(&[]),
                w.mono_schema.render(&[]),
            ];
        }
        let hops = |n: u32| t.nouns.hop.count(n);
        let latency_text = if x.estimated {
            w.latency_estimated.render(&[
                ("hops", &t.nouns.network_hop.count(x.hops)),
                ("latency", &ms(x.hops)),
                ("per_hop", &per_hop),
            ])
        } else if !x.has_chain {
            w.latency_no_chain.render(&[])
        } else if x.hops == 0 {
            w.latency_no_crossing
                .render(&[("hops", &hops(x.all_split_hops)), ("latency", &ms(x.all_split_hops))])
        } else {
            let mut text = w.latency.render(&[
                ("hops", &capitalise(&hops(x.hops))),
                ("crosses", t.verbs.crosses.pick(x.hops)),
                ("latency", &ms(x.hops)),
                ("per_hop", &per_hop),
            ]);
            // A chain of one hop is no chain: the line speaks only of two or more.
            if x.all_split_hops > x.hops && x.all_split_hops >= 2 && x.around_core {
                text.push_str(&w.latency_all_split.render(&[
                    ("hops", &hops(x.all_split_hops)),
                    ("latency", &ms(x.all_split_hops)),
                ]));
            }
            text
        };
        let percent = format_percent(x.availability);
        let deployables = t.nouns.deployable.count(x.deployables_on_path);
        let mut availability_text = if x.estimated {
            w.availability_estimated.render(&[("deployables", &deployables), ("percent", &percent)])
        } else if x.deployables_on_path <= 1 {
            w.availability_one.render(&[("percent", &percent)])
        } else {
            w.availability
                .render(&[("deployables", &capitalise(&deployables)), ("percent", &percent)])
        };
        if let Some(target) = x
            .strictest
            .filter(|t| *t >= AvailabilityTarget::High && x.availability + 1e-9 < t.fraction())
        {
            availability_text
                .push_str(&w.availability_below.render(&[("target", &t.availability(target))]));
        }
        if mono {
            return [
                latency_text,
                availability_text,
                w.mono_infrastructure.render(&[]),
                w.mono_observability.render(&[]),
                ops((m0, m1)),
                w.mono_debugging.render(&[]),
                w.mono_schema.render(&[]),
            ];
        }
        let units = t.nouns.deployment_unit.count(x.units);
        let infrastructure = if x.beside_monolith {
            let mesh = if x.services >= 3 { w.mesh_plus.render(&[]) } else { String::new() };
            w.infrastructure_monolith.render(&[
                ("units", &units),
                ("services", &t.nouns.service.count(x.services)),
                ("mesh", &mesh),
            ])
        } else if x.around_core {
            let mesh = if x.services >= 3 { w.mesh_plus.render(&[]) } else { String::new() };
            w.infrastructure_core.render(&[
                ("units", &units),
                ("services", &t.nouns.service.count(x.services)),
                ("mesh", &mesh),
            ])
        } else {
            let mesh = if x.units >= 3 { w.mesh_with.render(&[]) } else { String::new() };
            w.infrastructure.render(&[("units", &units), ("mesh", &mesh)])
        };
        [
            latency_text,
            availability_text,
            infrastructure,
            if x.services == 1 && x.around_core {
                w.observability_one.render(&[])
            } else {
                w.observability.render(&[])
            },
            ops(x.ops),
            w.debugging.render(&[]),
            w.schema.render(&[]),
        ]
    };
    let monolith = Side {
        services: 0,
        units: 1,
        hops: 0,
        all_split_hops: 0,
        availability: 1.0,
        deployables_on_path: 1,
        strictest: None,
        ops: (m0, m1),
        estimated: false,
        has_chain: false,
        around_core: true,
        beside_monolith: false,
    };
    let l = describe(left.unwrap_or(&monolith));
    let r = describe(right);
    let categories = [
        &w.category_latency,
        &w.category_availability,
        &w.category_infrastructure,
        &w.category_observability,
        &w.category_ops,
        &w.category_debugging,
        &w.category_schema,
    ];
    categories
        .iter()
        .zip(l)
        .zip(r)
        .map(|((c, l), r)| CostRow { category: c.render(&[]), monolith: l, distributed: r })
        .collect()
}

pub(crate) fn costs(shape: &Shape, map: &Map, s: &Structure, cat: &Catalogue) -> Costs {
    let count = &shape.count;
    let consolidating = count.kind == CountKind::Consolidate;
    let services =
        if consolidating { count.target.max(1) } else { shape.compare_units_count().max(1) };
    let (per_lo, per_hi) = cat.costs.latency_per_hop_ms;
    let latency = |h: u32| (h.saturating_mul(per_lo), h.saturating_mul(per_hi));
    let estimated = !map.is_present();
    let (w, service) = (&cat.texts.costs, &cat.texts.nouns.service);

    // A shape, given which deployable each module lands in (`None` = the core).
    let measure =
        |owner: &dyn Fn(usize) -> Option<usize>, units: u32, services: u32, around_core: bool| {
            let (hops, availability, deployables, strictest) = if map.is_present() {
                // The path that matters is the synchronous path with the most calls crossing the
                // shape's boundaries (not always the longest path of the map).
                let crossing = |u: usize, v: usize| u32::from(owner(u) != owner(v));
                let chain =
                    graph::longest_path_by(&s.sync_adj, &s.sync_comp, s.sync_count, &crossing);
                let mut hops =
                    u32::try_from(chain.windows(2).filter(|w| owner(w[0]) != owner(w[1])).count())
                        .unwrap_or(u32::MAX);
                // Each deployable on the path counts once, at its strictest target, even when
                // the path leaves it and comes back: it has to be up once for the request.
                let mut groups: Vec<(Option<usize>, AvailabilityTarget)> = Vec::new();
                let add = |groups: &mut Vec<(Option<usize>, AvailabilityTarget)>, v: usize| {
                    let target = map.nodes[v].availability;
                    match groups.iter_mut().find(|(o, _)| *o == owner(v)) {
                        Some((_, t)) => *t = (*t).max(target),
                        None => groups.push((owner(v), target)),
                    }
                };
                for &v in &chain {
                    add(&mut groups, v);
                }
                // A cycle on the path is one step of it, but where its members sit in different
                // deployables, the request crosses each of them too.
                for &v in &chain {
                    let c = s.sync_comp.get(v).copied();
                    let mut seen = vec![owner(v)];
                    for u in (0..map.nodes.len()).filter(|&u| s.sync_comp.get(u).copied() == c) {
                        if !seen.contains(&owner(u)) {
                            seen.push(owner(u));
                            hops = hops.saturating_add(1);
                            add(&mut groups, u);
                        }
                    }
                }
                let availability = if groups.is_empty() {
                    // No synchronous path: a request depends on its own deployable alone, at
                    // the map's usual target.
                    s.availability_usual.unwrap_or(AvailabilityTarget::Standard).fraction()
                } else {
                    groups.iter().map(|(_, t)| t.fraction()).product::<f64>()
                };
                let strictest = chain.iter().map(|&v| map.nodes[v].availability).max();
                (hops, availability, u32::try_from(groups.len()).unwrap_or(u32::MAX), strictest)
            } else {
                let hops =
                    if units <= 1 { 0 } else { services.min(cat.costs.default_hops_without_map) };
                let availability = AvailabilityTarget::Standard
                    .fraction()
                    .powi(i32::try_from(hops.saturating_add(1)).unwrap_or(i32::MAX));
                (hops, availability, hops.saturating_add(1), None)
            };
            Side {
                services,
                units,
                hops,
                all_split_hops: if map.is_present() { s.hops() } else { hops },
                availability: availability.clamp(0.0, 1.0),
                deployables_on_path: deployables,
                strictest: if hops > 0 { strictest } else { None },
                ops: ops_for(if around_core { services } else { units }, cat),
                estimated,
                has_chain: s.chain.len() >= 2,
                around_core,
                beside_monolith: false,
            }
        };

    let keeping = consolidating && count.target >= count.today.unwrap_or(count.target);
    // Services beside a monolith: the monolith is one more deployable on either side.
    let beside_monolith = u32::from(shape.merge_beside);
    let (left, right, columns, basis, units_detail) = if keeping {
        // Every service stays: what the estate costs, set against the same code as one
        // deployable.
        let today = count.today.unwrap_or(count.target).max(1);
        let each = |v: usize| Some(v);
        let mut today_side = measure(&each, today + beside_monolith, today, false);
        if shape.merge_beside {
            today_side.beside_monolith = true;
            today_side.ops = ops_for(today, cat);
        }
        let running = service.count(today);
        (
            None,
            today_side,
            (w.column_monolith.render(&[]), w.column_today.render(&[("services", &running)])),
            w.basis_keep.render(&[("services", &running)]),
            w.detail_kept.render(&[("services", &running), ("today", &today.to_string())]),
        )
    } else if consolidating {
        let today = count.today.unwrap_or(count.target);
        // Today every module of the map runs as its own service.
        let each = |v: usize| Some(v);
        let mut today_side = measure(&each, today + beside_monolith, today, false);
        // Kept: the map's units, merged along their synchronous calls (the closest
        // neighbours, as the plan says) until as many remain as are kept.
        let keep = count.target.max(1);
        let merged = merge_along_calls(map, s, keep);
        let kept_owner = |v: usize| -> Option<usize> { s.unit.get(v).map(|&u| merged[u]) };
        let mut kept = measure(&kept_owner, keep + beside_monolith, keep, false);
        // Beside a monolith, the monolith is one more deployable (its people are already in
        // the headcount, which starts from a monolith's).
        if shape.merge_beside {
            for side in [&mut today_side, &mut kept] {
                side.beside_monolith = true;
                side.ops = ops_for(side.services, cat);
            }
        }
        let kept_services = service.count(count.target.max(1));
        (
            Some(today_side),
            kept,
            (
                w.column_today.render(&[("services", &service.count(today))]),
                w.column_kept.render(&[("services", &kept_services)]),
            ),
            w.basis_consolidate.render(&[("services", &kept_services)]),
            w.detail_kept.render(&[("services", &kept_services), ("today", &today.to_string())]),
        )
    } else if shape.from_services {
        // Services split into more: today's estate against the target, with no core in either.
        let today = count.today.unwrap_or(1).max(1);
        let each = |v: usize| Some(v);
        let today_side = measure(&each, today, today, false);
        // Modules outside the candidates stay in the services that run them today, counted
        // with the first: the target counts every service, so there is no extra deployable.
        let owner = |v: usize| -> Option<usize> {
            let u = *s.unit.get(v)?;
            Some(shape.compare_units.iter().position(|x| *x == u).unwrap_or(0))
        };
        let side = measure(&owner, services, services, false);
        let n = service.count(services);
        (
            Some(today_side),
            side,
            (
                w.column_today.render(&[("services", &service.count(today))]),
                w.column_recommended.render(&[]),
            ),
            w.basis_split_services.render(&[("services", &n)]),
            w.detail_split_services.render(&[("services", &n), ("today", &service.count(today))]),
        )
    } else {
        // A module that runs on its own today is a deployable of its own in both columns.
        let running = |v: usize| -> Option<usize> {
            let k = s.apart.iter().position(|&x| x == v)?;
            Some(shape.compare_units.len() + k)
        };
        let owner = |v: usize| -> Option<usize> {
            running(v).or_else(|| {
                let u = *s.unit.get(v)?;
                shape.compare_units.iter().position(|x| *x == u)
            })
        };
        let side = measure(&owner, services.saturating_add(1), services, true);
        let today = (!s.apart.is_empty()).then(|| measure(&running, 1, 0, false));
        let n = service.count(services);
        let slots = [("services", n.as_str())];
        let (column, basis) = match count.kind {
            CountKind::Stay => (w.column_if_split.render(&slots), w.basis_stay.render(&slots)),
            _ if count.first_wave == 0 => {
                (w.column_foundation.render(&[]), w.basis_foundation.render(&slots))
            }
            _ => (w.column_recommended.render(&[]), w.basis_recommended.render(&slots)),
        };
        let detail = w.detail.render(&slots);
        (today, side, (w.column_monolith.render(&[]), column), basis, detail)
    };

    // Services already running beside the monolith stay in both columns: they add to the
    // deployment units and to the people who run production on either side.
    let beside = shape.beside;
    let mut rows = rows(left.as_ref(), &right, cat);
    let mut columns = columns;
    let mut right = right;
    if beside > 0 {
        let running = service.count(beside);
        let plus = w.infrastructure_beside.render(&[("services", &running)]);
        if let Some(r) = rows.get_mut(2) {
            r.monolith.push_str(&plus);
            r.distributed.push_str(&plus);
        }
        let people = |(lo, hi): (u32, u32)| w.ops.render(&[("people", &cat.texts.span(lo, hi))]);
        let (ml, mh) = ops_for(beside, cat);
        right.ops = ops_for(right.services.saturating_add(beside), cat);
        right.units = right.units.saturating_add(beside);
        if let Some(r) = rows.get_mut(4) {
            r.monolith = people((ml, mh));
            r.distributed = people(right.ops);
        }
        if columns.0 == w.column_monolith.render(&[]) {
            columns.0 = w.column_monolith_beside.render(&[("services", &running)]);
        }
    }
    // Both columns saying the same words read as a mistake: the right one says so instead
    // (a merge without a map changes the count, not how each request travels).
    for r in &mut rows {
        if r.monolith == r.distributed {
            r.distributed = w.same_either_way.render(&[]);
        }
    }

    Costs {
        basis,
        columns,
        units_detail,
        services,
        rows,
        hops: right.hops,
        latency_ms: latency(right.hops),
        chain_availability: right.availability,
        all_split_hops: right.all_split_hops,
        all_split_latency_ms: latency(right.all_split_hops),
        deployment_units: right.units,
        ops_headcount: right.ops,
        estimated,
    }
}

/// Which group each unit of the map joins when units are merged along their synchronous calls,
/// in the map's order, until `keep` groups remain (the rest merge into the first group, should
/// calls run out first). Returns a group id per unit.
fn merge_along_calls(map: &Map, s: &Structure, keep: u32) -> Vec<usize> {
    let n = s.units.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut groups = n;
    let keep = (keep as usize).max(1);
    let calls = map.edges.iter().filter(|e| matches!(e.kind, super::answers::DepKind::Sync));
    let others = map.edges.iter().filter(|e| !matches!(e.kind, super::answers::DepKind::Sync));
    for e in calls.chain(others) {
        if groups <= keep {
            break;
        }
        let (a, b) = (find(&mut parent, s.unit[e.from]), find(&mut parent, s.unit[e.to]));
        if a != b {
            parent[b] = a;
            groups -= 1;
        }
    }
    for u in 1..n {
        if groups <= keep {
            break;
        }
        let (a, b) = (find(&mut parent, 0), find(&mut parent, u));
        if a != b {
            parent[b] = a;
            groups -= 1;
        }
    }
    (0..n).map(|u| find(&mut parent, u)).collect()
}

/// A share as a percentage with as many decimals as the targets need ("99.9%", "99.85%"),
/// at most two, rounded down: a path of deployables never reads better than it is. Integer
/// arithmetic: parsing floats back would cost the wasm a float parser.
pub(crate) fn format_percent(share: f64) -> String {
    // To the nearest thousandth of a percent first, so 0.9995 is not read as 99.94999…
    let thousandths = (share.clamp(0.0, 1.0) * 100_000.0).round() as u64;
    let hundredths = thousandths / 10;
    let (whole, mut frac, mut digits) = (hundredths / 100, hundredths % 100, 2);
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
        // Beyond ten services the ten-service figures scale: 80 services need 24–48 people,
        // the same 6 per ten that sets what today's people can run.
        assert_eq!(ops_for(80, &cat), (24, 48));
        assert_eq!(ops_for(11, &cat), (4, 7));
    }

    #[test]
    fn percentages_keep_only_the_decimals_they_need() {
        assert_eq!(format_percent(0.999), "99.9%");
        assert_eq!(format_percent(0.99), "99%");
        assert_eq!(format_percent(0.9995), "99.95%");
        assert_eq!(format_percent(0.999 * 0.9999), "99.89%");
        assert_eq!(format_percent(1.0), "100%");
        // Never more than two decimals, and never rounded up.
        assert_eq!(format_percent(0.999 * 0.9995 * 0.9999), "99.84%");
        assert_eq!(format_percent(0.99995), "99.99%");
    }
}
