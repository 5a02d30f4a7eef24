//! The domain map, cleaned up once and analysed once.
//!
//! [`Map::from_answers`] turns the raw map into a checked one: duplicate module ids, dangling
//! or self-referencing dependencies and duplicate dependencies are dropped, each with a line
//! in `ignored`; zero or absurd loads are clamped. Past that point nothing re-checks.
//!
//! [`Structure::analyse`] then derives everything the rest of the engine reads: coupling
//! clusters, the dependency structure matrix (DSM) order, call cycles, the longest
//! synchronous chain, shared writers, unowned modules, and which modules diverge from the
//! rest in load, availability, cadence or resource profile.
//!
//! Two graphs are used, on purpose:
//! - the **sync graph** (synchronous calls only) gives the call *cycles* and the *longest
//!   synchronous chain*. The chain is measured on the graph with each cycle condensed to one
//!   node: modules in a call cycle cannot be separated anyway (they would always deploy
//!   together), so a cycle counts as one stop on the chain, represented by the module where
//!   the chain enters it;
//! - the **tight graph** (synchronous calls, plus shared-write tables in both directions)
//!   gives the *coupling clusters*: modules that call each other in a cycle or write the same
//!   tables. A cluster is the smallest unit that can be extracted. Asynchronous events and
//!   read-only table sharing are loose coupling and do not bind modules together.
//!
//! A **stray import** (Seams' own, see [`is_stray`]) binds neither graph: a synchronous
//! dependency whose counted imports are one, or a tenth or less of the reverse dependency's,
//! while that reverse dependency carries at least five. It is a stray call against the flow,
//! cheap to move, so the two modules are not one cycle nor one cluster; it still counts as a
//! synchronous dependency crossing their boundary, shows in the DSM as a weak mark, and is
//! listed (`DomainAnalysis::stray`) so the page can say which import to move. Dependencies
//! without a count (typed by hand) are never stray.
//!
//! The DSM lists clusters in a topological order of the tight graph (callers before the
//! modules they call, ties by smallest module id), members of a cluster side by side, so
//! cycles show as blocks on the diagonal and every other mark falls on one side of it. The
//! cell list is sparse: a thousand modules give a few thousand cells, not a million.

use super::answers::{AvailabilityTarget, Cadence, DepKind, DomainMap, ResourceProfile};
use super::catalogue::Catalogue;
use super::graph;
use super::limits;
use super::order::{self, SortedMap, SortedSet};
use serde::{Deserialize, Serialize};

/// What the results page shows about the domain map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainAnalysis {
    /// Module ids in DSM order (clusters side by side).
    pub order: Vec<u32>,
    /// Module names, parallel to `order`.
    pub labels: Vec<String>,
    /// The marks of the matrix: row depends on column, as positions in `order`.
    pub cells: Vec<DsmCell>,
    /// Coupling clusters (modules in a call cycle or writing the same tables), in DSM order;
    /// a module coupled to nothing is a cluster of one.
    pub clusters: Vec<Vec<u32>>,
    /// Module ids along the longest synchronous call chain (cycles condensed, see the module
    /// documentation). Empty when there are no synchronous calls.
    pub longest_sync_chain: Vec<u32>,
    /// Synchronous calls along that chain (its length minus one).
    pub chain_hops: u32,
    /// Groups of modules that call each other synchronously in a cycle.
    pub cycles: Vec<Vec<u32>>,
    /// Stray imports: weak synchronous dependencies against a strong one the other way, which
    /// bind neither a cycle nor a cluster (see the module documentation), by module ids, in
    /// order of `from` then `to`.
    pub stray: Vec<StrayImport>,
    /// Modules that write tables another module also writes.
    pub shared_writers: Vec<u32>,
    /// Modules with no owning team.
    pub unowned: Vec<u32>,
    /// Modules carrying at least the hot-load ratio times the median load.
    pub hot: Vec<u32>,
    /// The median relative load.
    pub median_load: f64,
    /// Input the engine ignored, one line each.
    pub ignored: Vec<String>,
}

/// One mark in the dependency structure matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DsmCell {
    /// Position of the depending module in `order`.
    pub row: usize,
    /// Position of the module depended upon in `order`.
    pub col: usize,
    /// How they are coupled.
    pub kind: CellKind,
    /// The imports counted behind the mark; 0 when not counted (a dependency typed by hand).
    pub imports: u32,
    /// A stray import (listed in `DomainAnalysis::stray`): shown as weak coupling.
    pub weak: bool,
}

/// A stray import: `from` imports `to` `imports` times while `to` imports `from` `back` times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrayImport {
    /// The module whose few imports are stray.
    pub from: u32,
    /// The module it imports.
    pub to: u32,
    /// Its imports of `to`.
    pub imports: u32,
    /// The imports the other way, `to` of `from`.
    pub back: u32,
}

/// A stray import's imports are at most this many, or at most the reverse count divided by
/// [`STRAY_RATIO`] (Seams' own).
pub const STRAY_MAX_IMPORTS: u32 = 1;
/// ... or a tenth of the reverse count or less.
pub const STRAY_RATIO: u32 = 10;
/// The reverse dependency of a stray import carries at least this many imports: against a
/// handful, one import is ordinary two-way coupling.
pub const STRAY_MIN_BACK: u32 = 5;

/// True when a synchronous dependency counted at `imports` against `back` imports the other
/// way is a stray import (Seams' own): `imports` is 1 to [`STRAY_MAX_IMPORTS`] or at most a
/// [`STRAY_RATIO`]th of `back`, and `back` is at least [`STRAY_MIN_BACK`]. Uncounted
/// dependencies (0) are never stray, nor stray against.
pub fn is_stray(imports: u32, back: u32) -> bool {
    imports > 0
        && back >= STRAY_MIN_BACK
        && (imports <= STRAY_MAX_IMPORTS || imports.saturating_mul(STRAY_RATIO) <= back)
}

/// The kind of a DSM mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CellKind {
    /// A synchronous call.
    Sync,
    /// An asynchronous event.
    Async,
    /// Shared tables, one writer.
    SharedRead,
    /// Shared tables, both write.
    SharedWrite,
}

/// A checked module.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub id: u32,
    pub name: String,
    pub load: u32,
    pub availability: AvailabilityTarget,
    pub cadence: Cadence,
    pub team: Option<String>,
    pub resource: ResourceProfile,
    pub core: bool,
    /// Runs on its own today, beside the monolith.
    pub apart: bool,
}

/// A checked dependency between node indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Edge {
    pub from: usize,
    pub to: usize,
    pub kind: DepKind,
    /// Imports counted behind it (at most [`limits::MAX_IMPORTS`]); 0 when not counted.
    pub imports: u32,
}

/// The checked domain map.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Map {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub ignored: Vec<String>,
}

/// How many ignored lines are listed one by one before they are summarised.
const MAX_IGNORED_LINES: usize = 50;

impl Map {
    /// Checks the raw map. Never fails: whatever cannot be used is left out and listed. It
    /// reads at most [`limits::MAX_MODULES`] modules and [`limits::MAX_DEPENDENCIES`]
    /// dependencies, and clamps loads to 1–[`limits::MAX_LOAD`]: the limits every edge uses.
    /// `beside` says services run beside a monolith today, so that a module marked as running
    /// on its own is one of them; otherwise that mark is not read.
    pub(crate) fn from_answers(map: &DomainMap, beside: bool, cat: &Catalogue) -> Map {
        let w = &cat.texts.domain;
        let mut ignored = Vec::new();
        let mut dropped = 0usize;
        let mut note = |ignored: &mut Vec<String>, line: String| {
            if ignored.len() < MAX_IGNORED_LINES {
                ignored.push(line);
            } else {
                dropped += 1;
            }
        };

        let max_modules = limits::MAX_MODULES;
        let max_load = limits::MAX_LOAD;
        let more_ignored = |n: usize| {
            if n == 1 {
                w.more_ignored_one.render(&[])
            } else {
                w.more_ignored.render(&[("n", &n.to_string())])
            }
        };
        let mut index: SortedMap<u32, usize> = SortedMap::new();
        let mut nodes = Vec::new();
        for (position, m) in map.modules.iter().enumerate() {
            if nodes.len() >= max_modules {
                note(
                    &mut ignored,
                    w.first_modules.render(&[
                        ("max", &max_modules.to_string()),
                        ("more", &more_ignored(map.modules.len().saturating_sub(position))),
                    ]),
                );
                break;
            }
            if index.contains_key(&m.id) {
                note(
                    &mut ignored,
                    w.duplicate_id.render(&[("id", &m.id.to_string()), ("name", &clip(&m.name))]),
                );
                continue;
            }
            let name = clip(m.name.trim());
            let name =
                if name.is_empty() { w.unnamed.render(&[("id", &m.id.to_string())]) } else { name };
            let load = if m.load == 0 {
                note(&mut ignored, w.zero_load.render(&[("name", &name)]));
                1
            } else if m.load > max_load {
                note(
                    &mut ignored,
                    w.load_above.render(&[("name", &name), ("max", &max_load.to_string())]),
                );
                max_load
            } else {
                m.load
            };
            let team = m.team.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(clip);
            index.insert(m.id, nodes.len());
            nodes.push(Node {
                id: m.id,
                name,
                load,
                availability: m.availability,
                cadence: m.cadence,
                team,
                resource: m.resource,
                core: m.core,
                apart: beside && m.runs_apart,
            });
        }

        let max_deps = limits::MAX_DEPENDENCIES;
        let mut seen: SortedSet<(usize, usize, DepKind)> = SortedSet::new();
        let mut edges = Vec::new();
        for (position, d) in map.dependencies.iter().enumerate() {
            if position >= max_deps {
                note(
                    &mut ignored,
                    w.first_dependencies.render(&[
                        ("max", &max_deps.to_string()),
                        ("more", &more_ignored(map.dependencies.len().saturating_sub(position))),
                    ]),
                );
                break;
            }
            let (Some(&from), Some(&to)) = (index.get(&d.from), index.get(&d.to)) else {
                note(
                    &mut ignored,
                    w.dangling.render(&[("from", &d.from.to_string()), ("to", &d.to.to_string())]),
                );
                continue;
            };
            if from == to {
                note(&mut ignored, w.self_dependency.render(&[("name", &nodes[from].name)]));
                continue;
            }
            let edge = Edge { from, to, kind: d.kind, imports: d.imports.min(limits::MAX_IMPORTS) };
            if !seen.insert((from, to, d.kind)) {
                note(
                    &mut ignored,
                    w.repeated.render(&[("from", &nodes[from].name), ("to", &nodes[to].name)]),
                );
                continue;
            }
            edges.push(edge);
        }
        if dropped > 0 {
            ignored.push(w.dropped.render(&[("n", &dropped.to_string())]));
        }
        Map { nodes, edges, ignored }
    }

    /// True when there is at least one usable module.
    pub(crate) fn is_present(&self) -> bool {
        !self.nodes.is_empty()
    }
}

/// Names longer than this are cut, so that a hostile file cannot blow up every text.
const MAX_NAME_CHARS: usize = limits::MAX_NAME_CHARS;

fn clip(s: &str) -> String {
    s.chars().take(MAX_NAME_CHARS).collect()
}

/// Everything derived from the checked map.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Structure {
    /// Coupling cluster of each node.
    pub unit: Vec<usize>,
    /// Members of each coupling cluster, ascending node index.
    pub units: Vec<Vec<usize>>,
    /// Cluster indices in DSM order.
    pub unit_order: Vec<usize>,
    /// Node indices in DSM order.
    pub order: Vec<usize>,
    /// Node indices along the longest synchronous chain.
    pub chain: Vec<usize>,
    /// Synchronous call cycles (node indices).
    pub cycles: Vec<Vec<usize>>,
    /// Stray imports between two clusters: (position in `map.edges`, imports the other way),
    /// by the modules' ids.
    pub stray: Vec<(usize, u32)>,
    /// Nodes writing tables another node writes.
    pub shared_writers: Vec<usize>,
    /// Nodes without an owner.
    pub unowned: Vec<usize>,
    /// Median load.
    pub median_load: f64,
    /// Nodes at or above the hot-load ratio.
    pub hot: Vec<usize>,
    /// Load divided by the median, per node.
    pub load_ratio: Vec<f64>,
    /// The usual availability target (the lower median) and the range seen.
    pub availability_usual: Option<AvailabilityTarget>,
    pub availability_range: Option<(AvailabilityTarget, AvailabilityTarget)>,
    /// The usual cadence (the lower median) and the range seen (fastest, slowest).
    pub cadence_usual: Option<Cadence>,
    pub cadence_range: Option<(Cadence, Cadence)>,
    /// Nodes with a heavy resource profile that fewer than half the modules share.
    pub heavy: Vec<usize>,
    /// Distinct owning teams. A label that joins other teams' names ("checkout & payments")
    /// is a module they share, not a team of its own: it is left out here and listed in
    /// `joint`.
    pub teams: SortedSet<String>,
    /// Modules owned jointly, by a label that joins other teams' names.
    pub joint: Vec<usize>,
    /// Synchronous calls in and out of each node (crossing its cluster boundary) and other
    /// coupling, for candidate ordering: (sync, async, shared read, shared write).
    pub coupling: Vec<(u32, u32, u32, u32)>,
    /// What each coupling cluster looks like, parallel to `units`.
    pub profiles: Vec<UnitProfile>,
    /// The synchronous calls, by node, and their strongly connected components (for paths
    /// weighed by what a shape's boundaries cut).
    pub sync_adj: Vec<Vec<usize>>,
    pub sync_comp: Vec<usize>,
    pub sync_count: usize,
    /// The modules that already run on their own, beside the monolith.
    pub apart: Vec<usize>,
}

/// One coupling cluster as the service count and the candidates read it: how it diverges from
/// the rest of the map, who owns it, and what crosses its boundary. Computed once per map.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct UnitProfile {
    /// Member nodes, by module id.
    pub members: Vec<usize>,
    /// The member that names the cluster: the most divergent, then a typical first pick, then
    /// the smallest id.
    pub lead: usize,
    /// A member is part of the core domain.
    pub core: bool,
    /// A member carries the hot-load ratio times the median load (the node, if any).
    pub hot: Option<usize>,
    /// The largest load ratio among the members.
    pub max_ratio: f64,
    /// A member needs a stricter availability target than the usual one (the node, if any).
    pub availability: Option<usize>,
    /// A member's cadence differs from the usual one (the node, if any).
    pub cadence: Option<usize>,
    /// A member has a heavy resource profile few modules share (the node, if any).
    pub heavy: Option<usize>,
    /// A member's name is a typical first extraction (sign-in, notifications, search).
    pub first_pick: bool,
    /// Owning teams of the members.
    pub teams: SortedSet<String>,
    /// A member has no owner.
    pub unowned: bool,
    /// Every member is owned, by teams that own no core module (and some module is core).
    pub owned_apart: bool,
    /// A member already runs on its own: the cluster is not a candidate to extract.
    pub runs_apart: bool,
    /// Dependencies crossing the cluster's boundary: synchronous calls, events, and shared
    /// tables one side only reads.
    pub sync: u32,
    pub events: u32,
    pub shared_reads: u32,
    /// The modules outside the cluster it shares tables with, by node.
    pub shares_with: Vec<usize>,
}

impl UnitProfile {
    /// True when the cluster behaves differently from the rest of the map in load,
    /// availability, cadence or resources.
    pub(crate) fn diverges(&self) -> bool {
        self.hot.is_some()
            || self.availability.is_some()
            || self.cadence.is_some()
            || self.heavy.is_some()
    }
}

impl Structure {
    /// Analyses a checked map in O(modules log modules + dependencies).
    pub(crate) fn analyse(map: &Map, cat: &Catalogue) -> Structure {
        let n = map.nodes.len();
        if n == 0 {
            return Structure::default();
        }
        let ids: Vec<u32> = map.nodes.iter().map(|m| m.id).collect();

        // Stray imports, against the counted synchronous dependency the other way.
        let mut counted: SortedMap<(usize, usize), u32> = SortedMap::new();
        for e in map.edges.iter().filter(|e| e.kind == DepKind::Sync && e.imports > 0) {
            counted.insert((e.from, e.to), e.imports);
        }
        let back_of = |e: &Edge| counted.get(&(e.to, e.from)).copied().unwrap_or(0);
        let stray_edges: Vec<(usize, u32)> = if counted.is_empty() {
            Vec::new()
        } else {
            map.edges
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == DepKind::Sync && is_stray(e.imports, back_of(e)))
                .map(|(i, e)| (i, back_of(e)))
                .collect()
        };
        let mut skip = vec![false; map.edges.len()];
        for &(i, _) in &stray_edges {
            skip[i] = true;
        }
        let mut sync_adj = vec![Vec::new(); n];
        let mut tight_adj = vec![Vec::new(); n];
        let mut writers = SortedSet::new();
        for (i, e) in map.edges.iter().enumerate() {
            match e.kind {
                DepKind::Sync if skip[i] => {}
                DepKind::Sync => {
                    sync_adj[e.from].push(e.to);
                    tight_adj[e.from].push(e.to);
                }
                DepKind::SharedTables { shared_writes: true } => {
                    // Writing the same tables binds both ways.
                    tight_adj[e.from].push(e.to);
                    tight_adj[e.to].push(e.from);
                    writers.insert(e.from);
                    writers.insert(e.to);
                }
                _ => {}
            }
        }

        // Call cycles and the longest chain, on the sync graph.
        let (sync_comp, sync_count) = graph::strongly_connected(&sync_adj);
        let cycles: Vec<Vec<usize>> =
            graph::members(&sync_comp, sync_count).into_iter().filter(|g| g.len() > 1).collect();
        let chain = graph::longest_path(&sync_adj, &sync_comp, sync_count);

        // Coupling clusters and the DSM order, on the tight graph.
        let (unit, unit_count) = graph::strongly_connected(&tight_adj);
        let units = graph::members(&unit, unit_count);
        let key: Vec<u32> =
            units.iter().map(|g| g.iter().map(|&v| ids[v]).min().unwrap_or(u32::MAX)).collect();
        let unit_order = graph::condensed_topo_order(&tight_adj, &unit, unit_count, &key);
        let order: Vec<usize> = unit_order
            .iter()
            .flat_map(|&u| {
                let mut g = units[u].clone();
                order::sort_by_key(&mut g, |&v| ids[v]);
                g
            })
            .collect();
        // A stray import inside a cluster bound by other coupling frees nothing: not listed.
        let mut stray: Vec<(usize, u32)> = stray_edges
            .into_iter()
            .filter(|&(i, _)| unit[map.edges[i].from] != unit[map.edges[i].to])
            .collect();
        order::sort_by_key(&mut stray, |&(i, _)| (ids[map.edges[i].from], ids[map.edges[i].to]));

        // Loads.
        let mut loads: Vec<u32> = map.nodes.iter().map(|m| m.load).collect();
        order::sort(&mut loads);
        let median_load = if n % 2 == 1 {
            f64::from(loads[n / 2])
        } else {
            (f64::from(loads[n / 2 - 1]) + f64::from(loads[n / 2])) / 2.0
        }
        .max(1.0);
        let load_ratio: Vec<f64> =
            map.nodes.iter().map(|m| f64::from(m.load) / median_load).collect();
        let ratio = if cat.thresholds.hot_load_ratio.is_finite() {
            cat.thresholds.hot_load_ratio.max(1.0)
        } else {
            10.0
        };
        let hot: Vec<usize> =
            if n >= 2 { (0..n).filter(|&v| load_ratio[v] >= ratio).collect() } else { Vec::new() };

        // What sets a part apart is read against the modules still in the monolith: a service
        // that already runs on its own has had its difference answered (Seams' own).
        let apart: Vec<usize> = (0..n).filter(|&v| map.nodes[v].apart).collect();
        let inside: Vec<&Node> = map.nodes.iter().filter(|m| !m.apart).collect();
        let inside = if inside.is_empty() { map.nodes.iter().collect() } else { inside };
        let availability_usual = usual(inside.iter().map(|m| m.availability));
        let availability_range = range(inside.iter().map(|m| m.availability));
        let cadence_usual = usual(inside.iter().map(|m| m.cadence));
        let cadence_range = range(inside.iter().map(|m| m.cadence));

        let mut profile_count: SortedMap<ResourceProfile, usize> = SortedMap::new();
        for m in &inside {
            *profile_count.entry_or_default(m.resource) += 1;
        }
        let heavy: Vec<usize> = (0..n)
            .filter(|&v| {
                let p = map.nodes[v].resource;
                !map.nodes[v].apart
                    && p.is_heavy()
                    && profile_count.get(&p).copied().unwrap_or(0) * 2 < inside.len()
            })
            .collect();

        let labels: SortedSet<String> = map.nodes.iter().filter_map(|m| m.team.clone()).collect();
        let joint: Vec<usize> = (0..n)
            .filter(|&v| map.nodes[v].team.as_deref().is_some_and(|l| joins_teams(l, &labels)))
            .collect();
        let teams: SortedSet<String> =
            labels.iter().filter(|l| !joins_teams(l, &labels)).cloned().collect();
        let unowned: Vec<usize> = (0..n).filter(|&v| map.nodes[v].team.is_none()).collect();

        let mut coupling = vec![(0u32, 0u32, 0u32, 0u32); n];
        for e in &map.edges {
            if unit[e.from] == unit[e.to] {
                // Coupling inside a cluster moves with the cluster.
                continue;
            }
            for v in [e.from, e.to] {
                let c = &mut coupling[v];
                match e.kind {
                    DepKind::Sync => c.0 += 1,
                    DepKind::Async => c.1 += 1,
                    DepKind::SharedTables { shared_writes: false } => c.2 += 1,
                    DepKind::SharedTables { shared_writes: true } => c.3 += 1,
                }
            }
        }

        let profiles = profiles(
            map,
            &units,
            &unit,
            &load_ratio,
            ratio,
            &heavy,
            cat,
            Divergence { availability: availability_usual, cadence: cadence_usual },
        );

        Structure {
            apart,
            sync_adj,
            sync_comp,
            sync_count,
            profiles,
            unit,
            units,
            unit_order,
            order,
            chain,
            cycles,
            stray,
            shared_writers: writers.into_vec(),
            unowned,
            median_load,
            hot,
            load_ratio,
            availability_usual,
            availability_range,
            cadence_usual,
            cadence_range,
            heavy,
            teams,
            joint,
            coupling,
        }
    }

    /// Synchronous calls along the longest chain.
    pub(crate) fn hops(&self) -> u32 {
        u32::try_from(self.chain.len().saturating_sub(1)).unwrap_or(u32::MAX)
    }

    /// True when the node's cadence differs from the usual one.
    pub(crate) fn cadence_diverges(&self, node: &Node) -> bool {
        self.cadence_usual.is_some_and(|m| m != node.cadence)
    }

    /// The report for the results page.
    pub(crate) fn report(&self, map: &Map) -> DomainAnalysis {
        let id = |v: &usize| map.nodes.get(*v).map(|m| m.id).unwrap_or_default();
        let ids = |list: &[usize]| list.iter().map(id).collect::<Vec<u32>>();
        let mut position = vec![0usize; map.nodes.len()];
        for (p, &v) in self.order.iter().enumerate() {
            if let Some(slot) = position.get_mut(v) {
                *slot = p;
            }
        }
        let mut weak = vec![false; map.edges.len()];
        for &(i, _) in &self.stray {
            if let Some(w) = weak.get_mut(i) {
                *w = true;
            }
        }
        let mut cells: Vec<DsmCell> = map
            .edges
            .iter()
            .enumerate()
            .map(|(i, e)| DsmCell {
                row: position[e.from],
                col: position[e.to],
                kind: match e.kind {
                    DepKind::Sync => CellKind::Sync,
                    DepKind::Async => CellKind::Async,
                    DepKind::SharedTables { shared_writes: false } => CellKind::SharedRead,
                    DepKind::SharedTables { shared_writes: true } => CellKind::SharedWrite,
                },
                imports: e.imports,
                weak: weak.get(i).copied().unwrap_or(false),
            })
            .collect();
        order::sort_by_key(&mut cells, |c| (c.row, c.col, c.kind));
        cells.dedup();
        let clusters = self
            .unit_order
            .iter()
            .map(|&u| {
                let mut g = ids(&self.units[u]);
                order::sort(&mut g);
                g
            })
            .collect();
        let mut cycles: Vec<Vec<u32>> = self
            .cycles
            .iter()
            .map(|c| {
                let mut g = ids(c);
                order::sort(&mut g);
                g
            })
            .collect();
        order::sort(&mut cycles);
        let mut shared_writers = ids(&self.shared_writers);
        order::sort(&mut shared_writers);
        let mut unowned = ids(&self.unowned);
        order::sort(&mut unowned);
        let mut hot = ids(&self.hot);
        order::sort(&mut hot);
        let stray = self
            .stray
            .iter()
            .filter_map(|&(i, back)| {
                let e = map.edges.get(i)?;
                Some(StrayImport { from: id(&e.from), to: id(&e.to), imports: e.imports, back })
            })
            .collect();
        DomainAnalysis {
            stray,
            order: ids(&self.order),
            labels: self
                .order
                .iter()
                .map(|&v| map.nodes.get(v).map(|m| m.name.clone()).unwrap_or_default())
                .collect(),
            cells,
            clusters,
            longest_sync_chain: ids(&self.chain),
            chain_hops: self.hops(),
            cycles,
            shared_writers,
            unowned,
            hot,
            median_load: self.median_load,
            ignored: map.ignored.clone(),
        }
    }
}

/// The usual availability and cadence, against which modules diverge.
struct Divergence {
    availability: Option<AvailabilityTarget>,
    cadence: Option<Cadence>,
}

#[allow(clippy::too_many_arguments)]
fn profiles(
    map: &Map,
    units: &[Vec<usize>],
    unit: &[usize],
    load_ratio: &[f64],
    hot_ratio: f64,
    heavy: &[usize],
    cat: &Catalogue,
    usual: Divergence,
) -> Vec<UnitProfile> {
    let n = map.nodes.len();
    let core_teams: SortedSet<&str> =
        map.nodes.iter().filter(|m| m.core).filter_map(|m| m.team.as_deref()).collect();
    let has_core = map.nodes.iter().any(|m| m.core);
    let mut out: Vec<UnitProfile> = units
        .iter()
        .map(|members| {
            let mut members = members.clone();
            order::sort_by_key(&mut members, |&v| map.nodes[v].id);
            let mut p = UnitProfile { owned_apart: has_core, ..UnitProfile::default() };
            let mut best = (-1i32, 0usize);
            for &v in &members {
                let node = &map.nodes[v];
                let r = load_ratio.get(v).copied().unwrap_or(1.0);
                let f_hot = n >= 2 && r >= hot_ratio;
                // Only a stricter target sets a part apart; a looser one is served well enough
                // inside the monolith (Seams' own).
                let f_avail = usual.availability.is_some_and(|u| node.availability > u);
                let f_cad = usual.cadence.is_some_and(|u| u != node.cadence);
                let f_heavy = heavy.contains(&v);
                let f_pick = is_first_pick(&node.name, cat);
                if f_hot && p.hot.is_none() {
                    p.hot = Some(v);
                }
                if f_avail && p.availability.is_none() {
                    p.availability = Some(v);
                }
                if f_cad && p.cadence.is_none() {
                    p.cadence = Some(v);
                }
                if f_heavy && p.heavy.is_none() {
                    p.heavy = Some(v);
                }
                p.first_pick |= f_pick;
                p.max_ratio = p.max_ratio.max(r);
                p.core |= node.core;
                p.runs_apart |= node.apart;
                match &node.team {
                    Some(t) => {
                        if core_teams.contains(&t.as_str()) {
                            p.owned_apart = false;
                        }
                        p.teams.insert(t.clone());
                    }
                    None => {
                        p.unowned = true;
                        p.owned_apart = false;
                    }
                }
                // The lead: divergence first, a typical first pick only breaks ties.
                let score = 2
                    * (i32::from(f_hot)
                        + i32::from(f_avail)
                        + i32::from(f_cad)
                        + i32::from(f_heavy))
                    + i32::from(f_pick);
                if score > best.0 {
                    best = (score, v);
                }
            }
            p.lead = best.1;
            p.members = members;
            p
        })
        .collect();
    let mut shares: Vec<SortedSet<usize>> = vec![SortedSet::new(); units.len()];
    for e in &map.edges {
        let (a, b) = (unit[e.from], unit[e.to]);
        if a == b {
            continue;
        }
        for (u, other) in [(a, e.to), (b, e.from)] {
            let p = &mut out[u];
            match e.kind {
                DepKind::Sync => p.sync += 1,
                DepKind::Async => p.events += 1,
                DepKind::SharedTables { .. } => {
                    p.shared_reads += 1;
                    shares[u].insert(other);
                }
            }
        }
    }
    for (p, with) in out.iter_mut().zip(shares) {
        let mut with = with.into_vec();
        order::sort_by_key(&mut with, |&v| map.nodes[v].id);
        p.shares_with = with;
    }
    out
}

/// Splits a name into lowercase words, at punctuation and at lower-to-upper case changes
/// ("UserAuth-api" gives "user", "auth", "api").
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for ch in name.chars() {
        if !ch.is_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if ch.is_uppercase() && prev_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        prev_lower = ch.is_lowercase() || ch.is_numeric();
        current.extend(ch.to_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// True when a module name contains one of the typical first picks as a whole word.
pub(crate) fn is_first_pick(name: &str, cat: &Catalogue) -> bool {
    words(name).iter().any(|w| cat.first_pick_keywords.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// The usual value: the lower median. A median rather than the most common value, because
/// with targets spread evenly (three modules at 99%, three at 99.99%) the most common value
/// would be an arbitrary extreme, while the median sits where "most of the system" is.
fn usual<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut all: Vec<T> = values.collect();
    order::sort(&mut all);
    let middle = all.len().checked_sub(1)? / 2;
    all.get(middle).copied()
}

fn range<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Option<(T, T)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// True when `label` joins two or more names ("checkout & payments", "search/ads") of which at
/// least one is another team on the map: a module those teams share (Seams' own reading).
fn joins_teams(label: &str, labels: &SortedSet<String>) -> bool {
    let lower = label.to_lowercase();
    let parts: Vec<&str> = lower
        .split(['&', '+', '/', ','])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().any(|p| labels.iter().any(|l| l.to_lowercase() == *p && l != label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Dependency, Module};

    fn module(id: u32, name: &str) -> Module {
        Module { id, name: name.to_string(), team: Some("a".into()), ..Module::default() }
    }

    fn dep(from: u32, to: u32, kind: DepKind) -> Dependency {
        Dependency { from, to, kind, imports: 0 }
    }

    #[test]
    fn a_label_joining_other_teams_is_a_shared_module_not_a_team() {
        let labels: SortedSet<String> =
            ["checkout", "payments", "checkout & payments", "R&D", "search/ads", "data"]
                .into_iter()
                .map(String::from)
                .collect();
        assert!(joins_teams("checkout & payments", &labels));
        assert!(joins_teams("Checkout and Payments", &labels));
        // Joins names none of which is a team on the map: a team's own name.
        assert!(!joins_teams("R&D", &labels));
        assert!(!joins_teams("search/ads", &labels));
        assert!(!joins_teams("checkout", &labels));
    }

    #[test]
    fn cleans_up_bad_input() {
        let cat = Catalogue::standard();
        let raw = DomainMap {
            modules: vec![module(1, "a"), module(1, "dup"), module(2, "  "), {
                let mut m = module(3, "zero");
                m.load = 0;
                m
            }],
            dependencies: vec![
                dep(1, 2, DepKind::Sync),
                dep(1, 2, DepKind::Sync),
                dep(1, 1, DepKind::Sync),
                dep(1, 99, DepKind::Async),
            ],
        };
        let map = Map::from_answers(&raw, false, &cat);
        assert_eq!(map.nodes.len(), 3);
        assert_eq!(map.nodes[1].name, "Module 2");
        assert_eq!(map.nodes[2].load, 1);
        assert_eq!(map.edges.len(), 1);
        // duplicate module, zero load, duplicate dep, self-loop, dangling dep
        assert_eq!(map.ignored.len(), 5, "{:?}", map.ignored);
    }

    #[test]
    fn clusters_cycles_and_shared_writes_show_side_by_side() {
        let cat = Catalogue::standard();
        let raw = DomainMap {
            modules: (1..=6).map(|i| module(i, &format!("m{i}"))).collect(),
            dependencies: vec![
                dep(1, 4, DepKind::Sync),
                dep(4, 1, DepKind::Sync),
                dep(2, 6, DepKind::SharedTables { shared_writes: true }),
                dep(3, 5, DepKind::Async),
                dep(5, 1, DepKind::Sync),
            ],
        };
        let map = Map::from_answers(&raw, false, &cat);
        let s = Structure::analyse(&map, &cat);
        let report = s.report(&map);
        assert_eq!(report.cycles, vec![vec![1, 4]]);
        assert_eq!(report.shared_writers, vec![2, 6]);
        assert!(report.clusters.contains(&vec![1, 4]));
        assert!(report.clusters.contains(&vec![2, 6]));
        // Members of a cluster are adjacent in the DSM order.
        let pos = |id: u32| report.order.iter().position(|&x| x == id).unwrap();
        assert_eq!(pos(1).abs_diff(pos(4)), 1);
        assert_eq!(pos(2).abs_diff(pos(6)), 1);
        // 5 calls into the {1,4} cycle, so 5 comes before it.
        assert!(pos(5) < pos(1));
        assert_eq!(report.longest_sync_chain, vec![5, 1]);
        assert_eq!(report.cells.len(), 5);
    }

    fn counted(from: u32, to: u32, imports: u32) -> Dependency {
        Dependency { from, to, kind: DepKind::Sync, imports }
    }

    fn analysed(dependencies: Vec<Dependency>) -> DomainAnalysis {
        let cat = Catalogue::standard();
        let raw = DomainMap {
            modules: vec![module(1, "Orders"), module(2, "Billing"), module(3, "Search")],
            dependencies,
        };
        let map = Map::from_answers(&raw, false, &cat);
        Structure::analyse(&map, &cat).report(&map)
    }

    #[test]
    fn a_stray_import_against_forty_binds_no_cycle_and_is_listed() {
        // Orders imports Billing 40 times; Billing imports Orders once.
        let report = analysed(vec![counted(1, 2, 40), counted(2, 1, 1)]);
        assert!(report.cycles.is_empty(), "{:?}", report.cycles);
        assert!(report.clusters.contains(&vec![1]) && report.clusters.contains(&vec![2]));
        assert_eq!(report.stray, vec![StrayImport { from: 2, to: 1, imports: 1, back: 40 }]);
        // Orders calls Billing: Orders first, and the stray mark falls below the diagonal.
        assert_eq!(report.order, vec![1, 2, 3]);
        assert_eq!(
            report.cells,
            vec![
                DsmCell { row: 0, col: 1, kind: CellKind::Sync, imports: 40, weak: false },
                DsmCell { row: 1, col: 0, kind: CellKind::Sync, imports: 1, weak: true },
            ]
        );
        assert_eq!(report.longest_sync_chain, vec![1, 2]);
        // A tenth or less is stray too; more than a tenth is not.
        assert_eq!(analysed(vec![counted(1, 2, 50), counted(2, 1, 5)]).stray.len(), 1);
        assert!(analysed(vec![counted(1, 2, 50), counted(2, 1, 6)]).stray.is_empty());
    }

    #[test]
    fn a_cycle_of_three_imports_against_two_stays_a_cycle() {
        let report = analysed(vec![counted(1, 2, 3), counted(2, 1, 2)]);
        assert_eq!(report.cycles, vec![vec![1, 2]]);
        assert!(report.clusters.contains(&vec![1, 2]));
        assert!(report.stray.is_empty());
        assert!(report.cells.iter().all(|c| !c.weak));
        // One import against four is ordinary two-way coupling: fewer than five the other way.
        assert_eq!(analysed(vec![counted(1, 2, 4), counted(2, 1, 1)]).cycles, vec![vec![1, 2]]);
    }

    #[test]
    fn dependencies_typed_by_hand_are_never_stray() {
        let hand = analysed(vec![counted(1, 2, 0), counted(2, 1, 0)]);
        assert_eq!(hand.cycles, vec![vec![1, 2]]);
        assert!(hand.stray.is_empty());
        assert!(hand.cells.iter().all(|c| c.imports == 0 && !c.weak));
        // One counted side is not enough either way.
        assert_eq!(analysed(vec![counted(1, 2, 40), counted(2, 1, 0)]).cycles, vec![vec![1, 2]]);
        assert_eq!(analysed(vec![counted(1, 2, 0), counted(2, 1, 1)]).cycles, vec![vec![1, 2]]);
        // An event the other way does not make a call stray.
        let event = analysed(vec![
            Dependency { from: 1, to: 2, kind: DepKind::Async, imports: 40 },
            counted(2, 1, 1),
        ]);
        assert!(event.stray.is_empty() && event.cycles.is_empty());
    }

    #[test]
    fn a_stray_import_inside_a_cluster_bound_otherwise_is_not_listed() {
        // Orders and Billing write the same tables: the stray import frees nothing.
        let report = analysed(vec![
            counted(1, 2, 40),
            counted(2, 1, 1),
            Dependency {
                from: 1,
                to: 2,
                kind: DepKind::SharedTables { shared_writes: true },
                imports: 0,
            },
        ]);
        assert!(report.cycles.is_empty(), "no call cycle");
        assert!(report.clusters.contains(&vec![1, 2]));
        assert!(report.stray.is_empty());
        // Nor when a strong path closes the cycle through a third module.
        let around =
            analysed(vec![counted(1, 2, 40), counted(2, 1, 1), counted(2, 3, 9), counted(3, 1, 9)]);
        assert_eq!(around.cycles, vec![vec![1, 2, 3]]);
        assert!(around.stray.is_empty());
    }

    #[test]
    fn the_stray_rule() {
        assert!(is_stray(1, 5) && is_stray(1, 40) && is_stray(4, 40) && is_stray(100, 1_000));
        assert!(!is_stray(1, 4) && !is_stray(5, 40) && !is_stray(3, 2) && !is_stray(0, 40));
        assert!(!is_stray(2, 5) && !is_stray(2, 19) && is_stray(2, 20));
    }

    #[test]
    fn median_and_hot_modules() {
        let cat = Catalogue::standard();
        let mut modules: Vec<Module> = (1..=5).map(|i| module(i, "m")).collect();
        modules[4].load = 12;
        let map = Map::from_answers(&DomainMap { modules, dependencies: vec![] }, false, &cat);
        let s = Structure::analyse(&map, &cat);
        assert_eq!(s.median_load, 1.0);
        assert_eq!(s.hot, vec![4]);
    }

    #[test]
    fn splits_names_into_words() {
        assert_eq!(words("UserAuth-api"), vec!["user", "auth", "api"]);
        assert_eq!(words("email_sender"), vec!["email", "sender"]);
        assert_eq!(words("  "), Vec::<String>::new());
    }

    #[test]
    fn recognises_first_picks_as_whole_words() {
        let cat = Catalogue::standard();
        assert!(is_first_pick("Auth", &cat));
        assert!(is_first_pick("notifications-service", &cat));
        assert!(is_first_pick("ProductSearch", &cat));
        // "authors" is a blog concept, not authentication.
        assert!(!is_first_pick("authors", &cat));
        assert!(!is_first_pick("research", &cat));
    }

    #[test]
    fn usual_is_the_lower_median() {
        assert_eq!(usual([3, 1, 3, 1, 2].into_iter()), Some(2));
        assert_eq!(usual([0, 0, 0, 3, 3, 3].into_iter()), Some(0));
        assert_eq!(usual([0, 1, 1, 3, 3, 3].into_iter()), Some(1));
        assert_eq!(usual(std::iter::empty::<u8>()), None);
    }
}
