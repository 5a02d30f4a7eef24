//! How many services, and which ones first.
//!
//! Counts are services *extracted from the monolith*; the core that remains is never counted.
//! Three numbers come out, always with `first_wave ≤ target ≤ ceiling`:
//! - **ceiling**: the most the organisation could sensibly run: no more than its teams can
//!   own (two each), no more than half its engineers (every service needs two people who know
//!   it), no more than the clusters that can move on their own (core clusters stay; without
//!   any core flag one cluster is left as the core), and, for a company of typical size (up
//!   to 15 teams), no more than the top of the "5 to 15 around a small core" range. For a far
//!   larger organisation that range does not apply and the bounds follow the teams;
//! - **target**: where the plan aims, as few as possible: 0 for the stay verdicts; for a
//!   selective extraction the parts the split triggers and hot spots point at (one, at most
//!   three); for a migration the clusters that diverge (or, when the organisation's size is a
//!   trigger, that a team apart from the core owns), one per team at most, with a floor of 5
//!   for a large, mature organisation;
//! - **first wave**: what the plan moves first. The strangler pattern extracts one service on
//!   its own before any other, so it is 1 for an extraction and 0 while the foundation is
//!   missing or the verdict is to stay.
//!
//! For a team that already runs services, the consolidation count is the services worth
//! keeping: the map's independent units once call cycles and shared writers are merged, no
//! more than the teams can own or operations can run, and only the divergent parts plus one
//! for the rest when nothing presses to split.
//!
//! Candidates are coupling clusters, ranked by what the domain map says: points for divergent
//! load, availability, cadence or resource profile (and for a team apart from the core when
//! the organisation's size drives the split), a penalty for every dependency that crosses the
//! cluster's boundary. A typical first extraction (sign-in, notifications, search) only breaks
//! ties, and says so. Core clusters are never candidates: the core domain goes last, which in
//! practice means it stays.

use super::assess::{Assessment, Inputs, MapHints};
use super::catalogue::{Catalogue, TriggerId};
use super::domain::{Map, Structure, UnitProfile};
use super::order::{self, SortedSet};
use super::texts::Texts;
use super::verdict::{Context, Decision, Estate, Verdict};
use super::words;
use serde::{Deserialize, Serialize};

/// The recommended service count and the candidates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCount {
    /// What the numbers count.
    pub kind: CountKind,
    /// Services the plan moves first (the first extraction, on its own).
    pub first_wave: u32,
    /// Services the plan aims for (for a consolidation: the services to keep).
    pub target: u32,
    /// The most the organisation could sensibly run.
    pub ceiling: u32,
    /// Services running today, when the team already runs some.
    pub today: Option<u32>,
    /// True when there is no domain map and the counts come from the team's size alone.
    pub estimated: bool,
    /// What the counts mean, in a sentence or two.
    pub note: String,
    /// What limits each number.
    pub bounds: Vec<Bound>,
    /// The services to extract, in order (as many as `target`); for a consolidation, the groups
    /// of services to merge, in order.
    pub candidates: Vec<Candidate>,
}

/// What a service count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CountKind {
    /// Nothing is extracted: the numbers show how far the organisation could go.
    Stay,
    /// Services to extract from the monolith.
    Extract,
    /// Services that already run, and how many of them to keep.
    Consolidate,
}

/// Which number a bound limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BoundTarget {
    /// The first wave.
    FirstWave,
    /// The target.
    Target,
    /// The ceiling.
    Ceiling,
}

/// One limit on a count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    /// What limits it.
    pub what: String,
    /// The limit (for a floor, the floor).
    pub limit: u32,
    /// Which count it applies to.
    pub applies_to: BoundTarget,
    /// Why, with the team's numbers.
    pub explanation: String,
}

/// A service to extract, or (for a consolidation) a group of services to merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The module that names the service (the lead of its cluster).
    pub module_id: u32,
    /// Its name.
    pub name: String,
    /// 1 = extracted (or merged) first.
    pub order: u32,
    /// The wave: 1 is the first extraction on its own; later waves run side by side.
    pub wave: u32,
    /// Why it is a candidate and why in this place.
    pub reasons: Vec<String>,
    /// Other modules that must move with it (same cluster), by id.
    pub companions: Vec<u32>,
    /// Their names, in the same order.
    pub companion_names: Vec<String>,
}

impl Candidate {
    /// The name with its companions, as plans list it ("Search (with Catalog)").
    pub fn label(&self, t: &Texts) -> String {
        if self.companion_names.is_empty() {
            self.name.clone()
        } else {
            let s = &t.services;
            s.label_with.render(&[
                ("name", &self.name),
                ("companions", &self.companion_names.join(&s.companion_separator.render(&[]))),
            ])
        }
    }
}

/// The service count plus what the plan, costs and pitfalls need from it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shape {
    pub count: ServiceCount,
    /// Cluster indices of the candidates, in order.
    pub units: Vec<usize>,
    /// Extractions that can run side by side.
    pub parallel: u32,
    /// The clusters of the shape the costs compare with one deployable: the candidates, or
    /// for a verdict that stays, the split a migration would aim for.
    pub compare_units: Vec<usize>,
    /// Services in that comparison.
    pub compare: u32,
    /// Services already running beside a monolith, which stay as they are beside either shape.
    pub beside: u32,
    /// The services running today (with no monolith) are split into more: the estate is the
    /// starting point, and there is no core to stay.
    pub from_services: bool,
    /// The services a consolidation counts run beside a monolith, which is one more
    /// deployable on either side.
    pub merge_beside: bool,
}

impl Shape {
    /// Services in the shape the costs describe.
    pub(crate) fn compare_units_count(&self) -> u32 {
        self.compare
    }
}

/// The people side: teams, owners, operations.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Capacity {
    pub teams: u32,
    pub teams_estimated: bool,
    /// Services the teams can own (teams × services per team).
    pub owners: u32,
    /// Services the engineers can own (half the engineers), when engineers are known.
    pub people: Option<u32>,
    /// The engineers, when known.
    pub engineers: Option<u32>,
    pub ops: u32,
    pub ops_estimated: bool,
    /// Services today's operations people can run.
    pub operable: u32,
}

pub(crate) fn capacity(inputs: &Inputs, hints: &MapHints, cat: &Catalogue) -> Capacity {
    let t = &cat.thresholds;
    let (teams, teams_estimated) = inputs.team_count(hints.teams, cat);
    let (ops, ops_estimated) = inputs.ops_count(cat);
    let per_ten = cat.costs.ops_ten_services.1.max(1);
    Capacity {
        teams,
        teams_estimated,
        owners: teams.saturating_mul(t.services_per_team.max(1)),
        people: inputs.engineers.map(|e| (e / 2).max(1)),
        engineers: inputs.engineers,
        ops,
        ops_estimated,
        operable: u32::try_from(u64::from(ops) * 10 / u64::from(per_ten)).unwrap_or(u32::MAX),
    }
}

fn large_mature(inputs: &Inputs, cat: &Catalogue) -> bool {
    inputs.engineers.is_some_and(|e| e >= cat.thresholds.org_trigger_at)
        && inputs.stage.and_then(|st| cat.stage(st)).is_some_and(|d| d.mature)
}

/// The ceiling and its bounds.
fn ceiling(cap: &Capacity, hints: &MapHints, cat: &Catalogue) -> (u32, Vec<Bound>) {
    let t = &cat.thresholds;
    let per_team = t.services_per_team.max(1);
    let (typical_lo, typical_hi) = (t.typical_services.0, t.typical_services.1.max(1));
    let mut bounds = Vec::new();
    let (tx, w) = (&cat.texts, &cat.texts.services);
    let n = &tx.nouns;
    let teams = team_words(cap, tx);
    bounds.push(Bound {
        what: w.what_owners.render(&[]),
        limit: cap.owners,
        applies_to: BoundTarget::Ceiling,
        explanation: w.owners_ceiling.render(&[
            ("teams", &teams),
            ("per_team", &per_team.to_string()),
            ("services", &tx.nouns.service.count(cap.owners)),
        ]),
    });
    let mut c = cap.owners;
    if let Some(people) = cap.people {
        if people < c {
            bounds.push(Bound {
                what: w.what_engineers.render(&[]),
                limit: people,
                applies_to: BoundTarget::Ceiling,
                explanation: w.engineers.render(&[
                    ("engineers", &n.engineer.count(cap.engineers.unwrap_or(people * 2))),
                    ("services", &n.service.count(people)),
                ]),
            });
            c = people;
        }
    }
    if cap.teams <= typical_hi {
        if typical_hi < c {
            bounds.push(Bound {
                what: w.what_typical.render(&[]),
                limit: typical_hi,
                applies_to: BoundTarget::Ceiling,
                explanation: w
                    .typical
                    .render(&[("lo", &typical_lo.to_string()), ("hi", &typical_hi.to_string())]),
            });
            c = typical_hi;
        }
    } else {
        bounds.push(Bound {
            what: w.what_larger.render(&[]),
            limit: c,
            applies_to: BoundTarget::Ceiling,
            explanation: w.larger.render(&[
                ("lo", &typical_lo.to_string()),
                ("hi", &typical_hi.to_string()),
                ("teams", &teams),
            ]),
        });
    }
    if hints.present {
        bounds.push(Bound {
            what: w.what_units.render(&[]),
            limit: hints.extractable_units,
            applies_to: BoundTarget::Ceiling,
            explanation: {
                let mut text = w.units.render(&[
                    ("modules", &n.module.count(sat(hints.names.len()))),
                    ("units", &n.unit.count(hints.units)),
                    ("extractable", &tx.verbs.of_them.count(hints.extractable_units)),
                    ("moves", tx.verbs.moves.pick(hints.units)),
                ]);
                if hints.running > 0 {
                    text.push_str(&w.units_running.render(&[
                        ("modules", &n.module.count(hints.running)),
                        ("runs", tx.verbs.runs.pick(hints.running)),
                    ]));
                }
                text
            },
        });
        c = c.min(hints.extractable_units);
    }
    (c, bounds)
}

fn team_words(cap: &Capacity, t: &Texts) -> String {
    let teams = t.nouns.team.count(cap.teams);
    if cap.teams_estimated {
        t.services.teams_estimated.render(&[("teams", &teams)])
    } else {
        teams
    }
}

/// Services a migration would aim for, with the bounds that set it. Cheap: the verdict's hard
/// rules call it, and so does the sensitivity analysis.
fn split_target_bounds(
    a: &Assessment,
    inputs: &Inputs,
    hints: &MapHints,
    cat: &Catalogue,
) -> (u32, Vec<Bound>) {
    let t = &cat.thresholds;
    let cap = capacity(inputs, hints, cat);
    let (ceiling, _) = ceiling(&cap, hints, cat);
    let typical_lo = t.typical_services.0;
    let mut bounds = Vec::new();
    let (tx, w) = (&cat.texts, &cat.texts.services);
    let teams = team_words(&cap, tx);
    let mut x = if hints.present {
        let org = a.trigger_holds(TriggerId::OrgSize);
        let justified = if org { hints.apart_units } else { hints.divergent_units };
        bounds.push(Bound {
            what: w.what_diverge.render(&[]),
            limit: justified,
            applies_to: BoundTarget::Target,
            explanation: w.diverge.render(&[
                ("clusters", &tx.nouns.cluster.count(justified)),
                ("differs", tx.verbs.differs.pick(justified)),
                ("org", &if org { w.diverge_org.render(&[]) } else { String::new() }),
            ]),
        });
        justified
    } else {
        u32::MAX
    };
    bounds.push(Bound {
        what: w.what_per_team.render(&[]),
        limit: cap.teams,
        applies_to: BoundTarget::Target,
        explanation: if hints.present { &w.per_team_map } else { &w.per_team_estimate }
            .render(&[("teams", &teams)]),
    });
    x = x.min(cap.teams);
    if large_mature(inputs, cat) && x < typical_lo {
        x = typical_lo;
        bounds.push(Bound {
            what: w.what_floor.render(&[]),
            limit: typical_lo,
            applies_to: BoundTarget::Target,
            explanation: w.floor.render(&[
                ("engineers", &t.org_trigger_at.to_string()),
                ("lo", &typical_lo.to_string()),
            ]),
        });
    }
    (x.min(ceiling), bounds)
}

/// Services a migration would aim for.
pub(crate) fn split_target(
    a: &Assessment,
    inputs: &Inputs,
    hints: &MapHints,
    cat: &Catalogue,
) -> u32 {
    split_target_bounds(a, inputs, hints, cat).0
}

/// How many extractions wave `wave` (2 and later) may hold side by side: `parallel` at most,
/// and a large organisation widens to it in steps, starting at `max_parallel_extractions` and
/// doubling each wave, so that the way of extracting is proven on a few services before dozens
/// follow it (Seams' own).
pub(crate) fn wave_width(wave: u32, parallel: u32, cat: &Catalogue) -> u32 {
    let base = cat.thresholds.max_parallel_extractions.max(1);
    let steps = wave.saturating_sub(2).min(16);
    base.saturating_mul(1 << steps).min(parallel.max(1))
}

/// Services the teams can keep running: `services_per_team` each, or, for teams larger than
/// that many services need, one per `engineers_per_service` of their engineers. A team of twenty
/// keeps the five services it runs; merging them would only make services too big for anyone
/// (Seams' own).
pub(crate) fn estate_owners(cap: &Capacity, cat: &Catalogue) -> u32 {
    let per = cat.thresholds.engineers_per_service.max(1);
    let by_size = cap.engineers.map_or(0, |e| {
        let size = e / cap.teams.max(1);
        cap.teams.saturating_mul(size / per)
    });
    cap.owners.max(by_size)
}

/// Team size behind [`estate_owners`], when it is what sets the number.
fn estate_team_size(cap: &Capacity, cat: &Catalogue) -> Option<u32> {
    let size = cap.engineers? / cap.teams.max(1);
    (estate_owners(cap, cat) > cap.owners).then_some(size)
}

/// What the verdict's hard rules need beyond the assessment.
pub(crate) fn context(
    a: &Assessment,
    inputs: &Inputs,
    hints: &MapHints,
    cat: &Catalogue,
) -> Context {
    let cap = capacity(inputs, hints, cat);
    let all_services =
        inputs.architecture == Some(super::answers::CurrentArchitecture::Microservices);
    let map_is_services = all_services && hints.present;
    let today = inputs.services_today.or_else(|| map_is_services.then(|| sat(hints.names.len())));
    let estate = today.map(|today| Estate {
        today,
        units: map_is_services.then_some(hints.units),
        divergent_plus_rest: map_is_services.then(|| (hints.divergent_any + 1).min(hints.units)),
        owners: estate_owners(&cap, cat).min(cap.people.unwrap_or(u32::MAX)),
        operable: cap.operable,
        all_services,
        teams: cap.teams,
    });
    Context {
        engineers: inputs.engineers,
        split_target: split_target(a, inputs, hints, cat),
        extractable: hints.present.then_some(hints.extractable_units),
        estate,
        consolidation: None,
        scorecard: None,
        greenfield: inputs.architecture == Some(super::answers::CurrentArchitecture::Greenfield),
    }
}

/// A ranked cluster.
#[derive(Debug, Clone)]
struct Ranked {
    unit: usize,
    lead: usize,
    key: u32,
    score: f64,
    first_pick: bool,
    reasons: Vec<String>,
}

/// True when the team answered that one component clearly constrains the system (the
/// bottleneck answer that leans toward splitting).
fn bottleneck_is_clear(a: &Assessment, cat: &Catalogue) -> bool {
    a.leans_split(super::answers::FactorId::ScalingBottleneck, cat)
}

/// The `x` clusters a migration extracts, in tiers: those that diverge (the pressures point at
/// them), then those a team apart from the core owns, then those merely easy to cut out, and
/// last those two teams share (they need one owner first). Within a tier the picks spread over
/// the owning teams: one a team first, then up to `per_team`; only when every tier is spent does
/// a team get more (Seams' own).
fn pick_spread<'r>(
    ranked: &'r [Ranked],
    s: &Structure,
    map: &Map,
    x: usize,
    per_team: usize,
) -> Vec<&'r Ranked> {
    let tier = |r: &Ranked| match s.profiles.get(r.unit) {
        Some(p) if p.members.iter().any(|v| s.joint.contains(v)) => 3,
        Some(p) if p.diverges() => 0,
        Some(p) if p.owned_apart => 1,
        _ => 2,
    };
    let mut picked = vec![false; ranked.len()];
    let mut per: Vec<(&str, usize)> = Vec::new();
    let mut n = 0;
    let rounds =
        (0..4).flat_map(|t| [(Some(t), 1), (Some(t), per_team)]).chain([(None, usize::MAX)]);
    for (only, limit) in rounds {
        for (i, r) in ranked.iter().enumerate() {
            if n >= x {
                break;
            }
            if picked[i] || only.is_some_and(|t| tier(r) != t) {
                continue;
            }
            // A module without an owner belongs to no team's share.
            if let Some(team) = map.nodes[r.lead].team.as_deref() {
                match per.iter_mut().find(|(t, _)| *t == team) {
                    Some((_, c)) if *c >= limit => continue,
                    Some((_, c)) => *c += 1,
                    None => per.push((team, 1)),
                }
            }
            picked[i] = true;
            n += 1;
        }
    }
    // In extraction order: tier first, then the ranking.
    let mut out: Vec<(usize, &Ranked)> =
        ranked.iter().zip(&picked).filter(|(_, &p)| p).map(|(r, _)| (tier(r), r)).collect();
    order::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    out.into_iter().map(|(_, r)| r).collect()
}

fn sat(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn node_name(map: &Map, v: usize, t: &Texts) -> String {
    map.nodes.get(v).map(|m| t.quoted(&m.name)).unwrap_or_default()
}

/// Every cluster outside the core, best first, with its reasons.
fn rank(map: &Map, s: &Structure, a: &Assessment, cat: &Catalogue) -> Vec<Ranked> {
    let w = &cat.candidate_weights;
    let org = a.trigger_holds(TriggerId::OrgSize);
    let weight = |x: f64| if x.is_finite() { x } else { 0.0 };
    let flag = |b: bool| f64::from(u8::from(b));
    let mut ranked = Vec::new();
    for (u, p) in s.profiles.iter().enumerate() {
        if p.core || p.runs_apart || p.members.is_empty() {
            continue;
        }
        let score = weight(w.hot_load) * flag(p.hot.is_some())
            + weight(w.availability) * flag(p.availability.is_some())
            + weight(w.cadence) * flag(p.cadence.is_some())
            + weight(w.resource) * flag(p.heavy.is_some())
            + weight(w.owned_apart) * flag(org && p.owned_apart)
            - weight(w.sync_edge) * f64::from(p.sync)
            - weight(w.async_edge) * f64::from(p.events)
            - weight(w.shared_read) * f64::from(p.shared_reads);
        ranked.push(Ranked {
            unit: u,
            lead: p.lead,
            key: map.nodes[p.lead].id,
            score,
            first_pick: p.first_pick,
            reasons: reasons(map, s, p, org, &cat.texts),
        });
    }
    order::sort_by(&mut ranked, |x, y| {
        y.score
            .partial_cmp(&x.score)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(y.first_pick.cmp(&x.first_pick))
            .then(x.key.cmp(&y.key))
    });
    // Say so where a typical first pick only won a tie.
    for i in 0..ranked.len().saturating_sub(1) {
        let (a, b) = (&ranked[i], &ranked[i + 1]);
        if a.first_pick && !b.first_pick && a.score == b.score {
            ranked[i].reasons.push(cat.texts.services.tie.render(&[]));
        }
    }
    ranked
}

/// Why a cluster is a candidate, from what the map says about it.
fn reasons(map: &Map, s: &Structure, p: &UnitProfile, org: bool, t: &Texts) -> Vec<String> {
    let w = &t.services;
    let name = |v: usize| node_name(map, v, t);
    let mut out = Vec::new();
    if let Some(v) = p.hot {
        out.push(w.hot.render(&[("module", &name(v)), ("ratio", &format!("{:.0}", p.max_ratio))]));
    }
    if let Some(v) = p.heavy {
        out.push(
            w.heavy
                .render(&[("module", &name(v)), ("resource", &t.resource(map.nodes[v].resource))]),
        );
    }
    if let (Some(v), Some(usual)) = (p.availability, s.availability_usual) {
        out.push(w.availability.render(&[
            ("module", &name(v)),
            ("availability", &t.availability(map.nodes[v].availability)),
            ("usual", &t.availability(usual)),
        ]));
    }
    if let (Some(v), Some(usual)) = (p.cadence, s.cadence_usual) {
        out.push(w.cadence.render(&[
            ("module", &name(v)),
            ("cadence", &t.cadence(map.nodes[v].cadence)),
            ("usual", &t.cadence(usual)),
        ]));
    }
    // A member two teams share (its owner label joins their names) needs one owner first.
    let joint = p.members.iter().find(|v| s.joint.contains(v));
    if let Some(&v) = joint {
        out.push(w.owned_jointly.render(&[
            ("module", &name(v)),
            ("owner", &t.quoted(map.nodes[v].team.as_deref().unwrap_or_default())),
        ]));
    } else if org && p.owned_apart {
        let teams: Vec<String> = p.teams.iter().map(|team| t.quoted(team)).collect();
        out.push(w.owned_apart.render(&[("teams", &t.list(&teams))]));
    }
    let shares: Vec<String> = p.shares_with.iter().map(|&v| name(v)).collect();
    let shares = t.list(&shares);
    let deps = |n: u32| t.nouns.sync_dependency.count(n);
    out.push(match (p.sync, shares.is_empty()) {
        (0, true) if p.events > 0 => w.events_only.render(&[]),
        (0, true) => w.no_dependency.render(&[]),
        (0, false) => w.shares.render(&[("modules", &shares)]),
        (n, true) => w.sync.render(&[
            ("deps", &deps(n)),
            ("crosses", t.verbs.crosses.pick(n)),
            ("becomes", t.verbs.it_becomes.pick(n)),
        ]),
        (n, false) => w.sync_shares.render(&[
            ("deps", &deps(n)),
            ("crosses", t.verbs.crosses.pick(n)),
            ("modules", &shares),
        ]),
    });
    if p.members.len() > 1 {
        let others: Vec<String> =
            p.members.iter().filter(|&&v| v != p.lead).map(|&v| name(v)).collect();
        let in_cycle = s.cycles.iter().any(|c| c.iter().any(|v| p.members.contains(v)));
        let writes = p.members.iter().any(|v| s.shared_writers.contains(v));
        let why = match (in_cycle, writes) {
            (true, true) => &w.why_cycle_and_tables,
            (true, false) => &w.why_cycle,
            _ => &w.why_tables,
        };
        out.push(
            w.moves_together.render(&[("modules", &t.list(&others)), ("why", &why.render(&[]))]),
        );
        out.extend(one_unit_costs(map, s, p, t));
    }
    // A stray import across the boundary: cheap to move, so it does not tie the two (Seams'
    // own); said where it is, at most twice.
    let across = s.stray.iter().filter_map(|&(i, back)| {
        let e = map.edges.get(i)?;
        (p.members.contains(&e.from) != p.members.contains(&e.to)).then_some((e, back))
    });
    for (e, back) in across.take(2) {
        out.push(w.stray.render(&[
            ("from", &name(e.from)),
            ("to", &name(e.to)),
            ("imports", &t.nouns.import.count(e.imports)),
            ("back", &t.nouns.import.count(back)),
        ]));
    }
    if p.unowned {
        out.push(w.unowned.render(&[]));
    }
    out
}

fn candidate(map: &Map, s: &Structure, r: &Ranked, order: u32, wave: u32) -> Candidate {
    let mut companions: Vec<usize> =
        s.units[r.unit].iter().copied().filter(|&v| v != r.lead).collect();
    order::sort_by_key(&mut companions, |&v| map.nodes[v].id);
    Candidate {
        module_id: map.nodes[r.lead].id,
        name: map.nodes[r.lead].name.clone(),
        order,
        wave,
        reasons: r.reasons.clone(),
        companions: companions.iter().map(|&v| map.nodes[v].id).collect(),
        companion_names: companions.iter().map(|&v| map.nodes[v].name.clone()).collect(),
    }
}

/// Counts, bounds and candidates for a decision.
pub(crate) fn shape(
    d: &Decision,
    a: &Assessment,
    inputs: &Inputs,
    map: &Map,
    s: &Structure,
    hints: &MapHints,
    cat: &Catalogue,
) -> Shape {
    let t = &cat.thresholds;
    let (tx, w) = (&cat.texts, &cat.texts.services);
    let verdict = d.verdict;
    let cap = capacity(inputs, hints, cat);
    let (ceiling, mut bounds) = ceiling(&cap, hints, cat);
    let parallel = cap.teams.clamp(1, t.max_parallel_extractions.max(cap.teams / 6).max(1));
    let estimated = !map.is_present();
    let ranked = if map.is_present() { rank(map, s, a, cat) } else { Vec::new() };
    let today = inputs.services_today.or_else(|| d.consolidation.map(|c| c.today));

    let mut chosen: Vec<&Ranked> = Vec::new();
    let (kind, target, first_wave) = match verdict {
        Verdict::Monolith | Verdict::ModularMonolith => {
            bounds.push(Bound {
                what: w.what_stay.render(&[]),
                limit: 0,
                applies_to: BoundTarget::Target,
                explanation: w.stay.render(&[]),
            });
            (CountKind::Stay, 0, 0)
        }
        Verdict::SelectiveExtraction => {
            // The parts the pressures and the hot spot point at, best first.
            let mut parts: SortedSet<usize> = SortedSet::new();
            for p in &a.pressures {
                if let Some(u) = p.unit {
                    parts.insert(u);
                }
            }
            if a.hot_spot.is_some() {
                for (u, p) in s.profiles.iter().enumerate() {
                    if !p.runs_apart && (p.hot.is_some() || p.heavy.is_some()) {
                        parts.insert(u);
                    }
                }
            }
            let most = 3.min(ceiling.max(1));
            chosen =
                ranked.iter().filter(|r| parts.contains(&r.unit)).take(most as usize).collect();
            if chosen.is_empty() {
                chosen.extend(ranked.first());
            }
            let n = if map.is_present() { sat(chosen.len()) } else { 1 };
            bounds.push(Bound {
                what: w.what_parts.render(&[]),
                limit: n,
                applies_to: BoundTarget::Target,
                explanation: if map.is_present() {
                    w.parts.render(&[("parts", tx.nouns.part.pick(n))])
                } else {
                    w.parts_unmapped.render(&[])
                },
            });
            (CountKind::Extract, n, n.min(1))
        }
        Verdict::Migration | Verdict::NotReady => {
            let (x, b) = split_target_bounds(a, inputs, hints, cat);
            bounds.extend(b);
            chosen = pick_spread(&ranked, s, map, x as usize, t.services_per_team.max(1) as usize);
            // One component clearly constrains the system: it goes first, whatever is easier.
            // The busiest part is that component; other hot or heavy parts follow it.
            if bottleneck_is_clear(a, cat) {
                let busiest = chosen
                    .iter()
                    .filter_map(|r| s.profiles.get(r.unit))
                    .map(|p| p.max_ratio)
                    .fold(1.0, f64::max);
                let constraint = |r: &&Ranked| match s.profiles.get(r.unit) {
                    Some(p) if p.max_ratio >= busiest && busiest > 1.0 => 0u8,
                    Some(p) if p.hot.is_some() || p.heavy.is_some() => 1,
                    _ => 2,
                };
                order::sort_by_key(&mut chosen, constraint);
            }
            let first = if verdict == Verdict::NotReady {
                bounds.push(Bound {
                    what: w.what_foundation.render(&[]),
                    limit: 0,
                    applies_to: BoundTarget::FirstWave,
                    explanation: w.foundation.render(&[]),
                });
                0
            } else {
                bounds.push(Bound {
                    what: w.what_one_first.render(&[]),
                    limit: 1,
                    applies_to: BoundTarget::FirstWave,
                    explanation: w.one_first.render(&[]),
                });
                1
            };
            (CountKind::Extract, x, first.min(x))
        }
        // Both speak of the services that run today; keeping them is a consolidation that
        // merges nothing, bounded by the same owners and operations.
        Verdict::Consolidate | Verdict::KeepServices => {
            let c = d.consolidation.unwrap_or_default();
            // The extraction ceilings (clusters that leave a core) do not describe an estate of
            // services: its bounds are its own.
            bounds.clear();
            bounds.push(Bound {
                what: w.what_running.render(&[]),
                limit: c.today,
                applies_to: BoundTarget::Ceiling,
                explanation: w.running.render(&[("services", &tx.nouns.service.count(c.today))]),
            });
            if let Some(e) = inputs_estate(a, inputs, hints, cat) {
                consolidation_bounds(&e, d.runner_up, &cap, cat, &mut bounds);
            }
            (CountKind::Consolidate, c.keep, 0)
        }
    };
    let target = target.min(ceiling.max(if kind == CountKind::Consolidate { target } else { 0 }));

    let mut candidates = Vec::new();
    let mut units = Vec::new();
    if kind == CountKind::Consolidate {
        // The groups to merge: clusters of several services, the largest first.
        let mut groups: Vec<(usize, &UnitProfile)> =
            s.profiles.iter().enumerate().filter(|(_, p)| p.members.len() > 1).collect();
        order::sort_by(&mut groups, |x, y| {
            y.1.members.len().cmp(&x.1.members.len()).then(x.1.lead.cmp(&y.1.lead))
        });
        for (i, (u, p)) in groups.iter().enumerate() {
            let r = Ranked {
                unit: *u,
                lead: p.lead,
                key: map.nodes[p.lead].id,
                score: 0.0,
                first_pick: false,
                reasons: merge_reasons(map, s, p, tx),
            };
            candidates.push(candidate(map, s, &r, sat(i + 1), 1 + sat(i) / parallel.max(1)));
            units.push(*u);
        }
    } else {
        // Waves after the first hold up to `parallel` extractions, one per owning team, in
        // extraction order: a candidate whose team already extracts in the current wave starts
        // the next one.
        let mut wave = 1u32;
        let mut in_wave: Vec<Option<String>> = Vec::new();
        for (i, r) in chosen.iter().take(target as usize).enumerate() {
            let team = map.nodes[r.lead].team.clone();
            if i == 1
                || (i > 1
                    && (in_wave.len() >= wave_width(wave, parallel, cat) as usize
                        || team.is_some() && in_wave.contains(&team)))
            {
                wave += 1;
                in_wave.clear();
            }
            in_wave.push(team);
            let mut c = candidate(map, s, r, sat(i + 1), wave);
            if verdict == Verdict::SelectiveExtraction {
                c.reasons.insert(0, selective_reason(a, r, s, map, cat));
            }
            candidates.push(c);
            units.push(r.unit);
        }
    }

    let note = note(verdict, kind, estimated, today, inputs, tx);
    let ceiling = if kind == CountKind::Consolidate {
        // What the teams could own and today's people run.
        cap.owners.min(cap.people.unwrap_or(u32::MAX)).min(cap.operable.max(1)).max(target)
    } else {
        ceiling.max(target)
    };
    let (compare_units, compare) = match kind {
        CountKind::Stay => {
            let n = split_target(a, inputs, hints, cat).max(1).min(ceiling.max(1));
            (ranked.iter().take(n as usize).map(|r| r.unit).collect(), n)
        }
        CountKind::Consolidate => ((0..s.units.len()).collect(), target),
        CountKind::Extract => (units.clone(), target),
    };
    Shape {
        count: ServiceCount {
            kind,
            first_wave: first_wave.min(target),
            target,
            ceiling,
            today,
            estimated,
            note,
            bounds,
            candidates,
        },
        beside: match (inputs.architecture, kind) {
            (Some(super::answers::CurrentArchitecture::SomeServices), CountKind::Stay)
            | (Some(super::answers::CurrentArchitecture::SomeServices), CountKind::Extract) => {
                today.unwrap_or(0)
            }
            _ => 0,
        },
        from_services: inputs.architecture
            == Some(super::answers::CurrentArchitecture::Microservices)
            && kind == CountKind::Extract,
        merge_beside: inputs.architecture
            == Some(super::answers::CurrentArchitecture::SomeServices)
            && kind == CountKind::Consolidate,
        units,
        parallel,
        compare_units,
        compare,
    }
}

fn inputs_estate(
    a: &Assessment,
    inputs: &Inputs,
    hints: &MapHints,
    cat: &Catalogue,
) -> Option<Estate> {
    context(a, inputs, hints, cat).estate
}

fn consolidation_bounds(
    e: &Estate,
    underlying: Verdict,
    cap: &Capacity,
    cat: &Catalogue,
    bounds: &mut Vec<Bound>,
) {
    let t = &cat.texts;
    let (w, service) = (&t.services, &t.nouns.service);
    if let Some(units) = e.units {
        bounds.push(Bound {
            what: w.what_stand_alone.render(&[]),
            limit: units,
            applies_to: BoundTarget::Target,
            explanation: w.stand_alone.render(&[("units", &t.nouns.independent_unit.count(units))]),
        });
    }
    let (teams, services) = (team_words(cap, t), service.count(e.owners));
    bounds.push(Bound {
        what: w.what_owners.render(&[]),
        limit: e.owners,
        applies_to: BoundTarget::Target,
        explanation: match estate_team_size(cap, cat) {
            Some(size) => w.owners_target_large.render(&[
                ("teams", &teams),
                ("engineers", &t.nouns.engineer.count(size)),
                ("services", &services),
                ("per", &cat.thresholds.engineers_per_service.max(1).to_string()),
            ]),
            None => w.owners_target.render(&[("teams", &teams), ("services", &services)]),
        },
    });
    let presses = matches!(underlying, Verdict::Migration | Verdict::NotReady);
    // Without a map of the services nobody knows which differ: the owning limit alone speaks.
    if let (true, Some(differ)) = (e.all_services && !presses, e.divergent_plus_rest) {
        let teams = e.teams.to_string();
        bounds.push(Bound {
            what: w.what_differ.render(&[]),
            limit: differ.max(e.teams),
            applies_to: BoundTarget::Target,
            explanation: w
                .differ
                .render(&[("differ", &differ.saturating_sub(1).to_string()), ("teams", &teams)]),
        });
    }
}

fn merge_reasons(map: &Map, s: &Structure, p: &UnitProfile, t: &Texts) -> Vec<String> {
    let w = &t.services;
    // Each reason names the members it is about, not the whole group.
    let named = |keep: &dyn Fn(usize) -> bool| {
        let names: Vec<String> =
            p.members.iter().filter(|&&v| keep(v)).map(|&v| node_name(map, v, t)).collect();
        t.list(&names)
    };
    let cycle = s.cycles.iter().find(|c| c.iter().any(|v| p.members.contains(v)));
    let mut out = Vec::new();
    if let Some(c) = cycle {
        out.push(w.merge_cycle.render(&[("modules", &named(&|v| c.contains(&v)))]));
    }
    if p.members.iter().any(|v| s.shared_writers.contains(v)) {
        let writers = named(&|v| s.shared_writers.contains(&v));
        out.push(w.merge_tables.render(&[("modules", &writers)]));
    }
    // The merged service keeps the owner of the service it is named after.
    let lead_team = map.nodes[p.lead].team.as_ref().or_else(|| p.teams.iter().next());
    let owner = lead_team.map(|team| w.merge_owner.render(&[("team", &t.quoted(team))]));
    out.push(w.merge.render(&[("owner", &owner.unwrap_or_default())]));
    out.extend(one_unit_costs(map, s, p, t));
    out
}

/// What making one unit of a cluster costs, and the way out a call cycle alone leaves (Seams'
/// own): events can break a cycle, never shared written tables; and a team whose only modules
/// are in the unit, but not its lead's, is left with no service of its own.
fn one_unit_costs(map: &Map, s: &Structure, p: &UnitProfile, t: &Texts) -> Vec<String> {
    let w = &t.services;
    let mut out = Vec::new();
    let writes = p.members.iter().any(|v| s.shared_writers.contains(v));
    let cycle = s.cycles.iter().find(|c| c.iter().any(|v| p.members.contains(v)));
    if let (Some(c), false) = (cycle, writes) {
        let names: Vec<String> =
            p.members.iter().filter(|v| c.contains(v)).map(|&v| node_name(map, v, t)).collect();
        out.push(w.merge_or_events.render(&[("modules", &t.list(&names))]));
    }
    let lead_team = map.nodes[p.lead].team.as_ref().or_else(|| p.teams.iter().next());
    let orphaned: Vec<String> =
        p.teams
            .iter()
            .filter(|team| Some(*team) != lead_team)
            .filter(|team| {
                !map.nodes.iter().enumerate().any(|(v, n)| {
                    !p.members.contains(&v) && n.team.as_deref() == Some(team.as_str())
                })
            })
            .map(|team| t.quoted(team))
            .collect();
    if !orphaned.is_empty() {
        out.push(w.merge_orphans.render(&[("teams", &t.list(&orphaned))]));
    }
    out
}

fn selective_reason(
    a: &Assessment,
    r: &Ranked,
    s: &Structure,
    map: &Map,
    cat: &Catalogue,
) -> String {
    let p = &s.profiles[r.unit];
    let (tx, w) = (&cat.texts, &cat.texts.services);
    let pointed = a.pressures.iter().any(|x| x.unit == Some(r.unit));
    if pointed || p.hot.is_some() || p.heavy.is_some() {
        let triggers: Vec<String> = a
            .pressures
            .iter()
            .filter(|x| x.unit == Some(r.unit))
            .flat_map(|x| {
                x.triggers.iter().map(|t| {
                    cat.trigger(*t)
                        .map(|d| words::lower_first(&cat.fill(&d.label, &[])))
                        .unwrap_or_else(|| t.as_str().replace('_', " "))
                })
            })
            .collect();
        let n = sat(triggers.len());
        if triggers.is_empty() {
            w.selective_unnamed.render(&[])
        } else {
            w.selective.render(&[
                ("triggers", tx.nouns.trigger.pick(n)),
                ("point", tx.verbs.points.pick(n)),
                ("list", &tx.list(&triggers)),
                ("them", tx.verbs.it_them_all.pick(n)),
            ])
        }
    } else {
        w.selective_unknown.render(&[("module", &node_name(map, r.lead, tx))])
    }
}

fn note(
    verdict: Verdict,
    kind: CountKind,
    estimated: bool,
    today: Option<u32>,
    inputs: &Inputs,
    t: &Texts,
) -> String {
    let w = &t.services;
    let all_services =
        inputs.architecture == Some(super::answers::CurrentArchitecture::Microservices);
    let mut note = match kind {
        CountKind::Consolidate if verdict == Verdict::KeepServices => w.note_keep.render(&[]),
        CountKind::Consolidate => w.note_consolidate.render(&[]),
        CountKind::Extract if all_services => {
            w.note_from_services.render(&[("services", &t.nouns.service.count(today.unwrap_or(0)))])
        }
        _ if inputs.architecture == Some(super::answers::CurrentArchitecture::Greenfield) => {
            w.note_greenfield.render(&[])
        }
        _ => w.note.render(&[]),
    };
    if let (Some(n), CountKind::Stay | CountKind::Extract) = (today, kind) {
        if inputs.architecture == Some(super::answers::CurrentArchitecture::SomeServices) {
            note.push_str(&w.note_beside.render(&[
                ("services", &t.nouns.service.count(n)),
                ("runs", t.verbs.runs.pick(n)),
            ]));
        }
    }
    if estimated {
        note.push_str(&w.note_estimated.render(&[]));
    }
    note
}
