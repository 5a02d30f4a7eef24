//! Distributed-monolith signals found in the answers and the domain map.
//!
//! Each signal is reported whenever it is present, whatever the verdict: a call cycle or a
//! table two modules write is worth knowing about before anyone draws a service boundary
//! through it. For modules of a monolith the wording says what would go wrong *if* they became
//! services; when everything already runs as services, it states the problem as a present
//! fact.

use super::assess::Assessment;
use super::catalogue::{Catalogue, PitfallId, Source};
use super::domain::{Map, Structure};
use super::services::Shape;
use super::texts::Texts;
use super::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// One pitfall found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pitfall {
    /// Which signal.
    pub id: PitfallId,
    /// Its title.
    pub title: String,
    /// What it means here and what to do.
    pub detail: String,
    /// The modules involved (ids).
    pub modules: Vec<u32>,
    /// Where it comes from.
    pub source: Source,
}

/// Names listed in a pitfall before the rest are summarised.
const MAX_NAMES: usize = 8;

/// The modules as a list: "“A”, “B” and “C”".
fn listed(map: &Map, t: &Texts, nodes: &[usize]) -> String {
    let all: Vec<String> =
        nodes.iter().filter_map(|&v| map.nodes.get(v)).map(|m| m.name.clone()).collect();
    t.names(&all, MAX_NAMES)
}

/// The modules as a path: "“A” → “B” → “C”"; a stop that is a call cycle shows all its
/// members ("“B” ⇄ “C”"), since the path enters the cycle at one and leaves it at another; a
/// large cycle shows the first three and how many more.
pub(crate) fn path(map: &Map, s: &Structure, nodes: &[usize], t: &Texts) -> String {
    let name = |v: usize| map.nodes.get(v).map(|m| t.quoted(&m.name));
    let mut list: Vec<String> = nodes
        .iter()
        .take(MAX_NAMES)
        .filter_map(|&v| match s.cycles.iter().find(|c| c.contains(&v)) {
            Some(cycle) => {
                const SHOWN: usize = 3;
                let mut members: Vec<String> = vec![name(v)?];
                let others: Vec<String> =
                    cycle.iter().filter(|&&x| x != v).filter_map(|&x| name(x)).collect();
                if others.len() > SHOWN {
                    members.extend(others.iter().take(SHOWN - 1).cloned());
                    let more = (others.len() - (SHOWN - 1)).to_string();
                    members.push(t.words.more.render(&[("n", &more)]));
                } else {
                    members.extend(others);
                }
                Some(members.join(&t.pitfalls.cycle_separator.render(&[])))
            }
            None => name(v),
        })
        .collect();
    if nodes.len() > MAX_NAMES {
        list.push(t.words.more.render(&[("n", &(nodes.len() - MAX_NAMES).to_string())]));
    }
    list.join(&t.pitfalls.path_separator.render(&[]))
}

fn make(
    cat: &Catalogue,
    present: bool,
    id: PitfallId,
    subject: String,
    modules: Vec<u32>,
) -> Option<Pitfall> {
    let def = cat.pitfall(id)?;
    let template =
        if present && !def.detail_present.is_empty() { &def.detail_present } else { &def.detail };
    Some(Pitfall {
        id,
        title: def.title.clone(),
        detail: template.replace("{modules}", &subject),
        modules,
        source: def.source,
    })
}

fn ids(map: &Map, nodes: &[usize]) -> Vec<u32> {
    let mut out: Vec<u32> = nodes.iter().filter_map(|&v| map.nodes.get(v)).map(|m| m.id).collect();
    super::order::sort(&mut out);
    out
}

/// The signals found. `present` is true when the map's modules already run as services.
pub(crate) fn pitfalls(
    verdict: Verdict,
    a: &Assessment,
    shape: &Shape,
    map: &Map,
    s: &Structure,
    present: bool,
    cat: &Catalogue,
) -> Vec<Pitfall> {
    let make = |id, subject, modules| make(cat, present, id, subject, modules);
    let mut out = Vec::new();
    for cycle in &s.cycles {
        out.extend(make(
            PitfallId::DeployTogether,
            listed(map, &cat.texts, cycle),
            ids(map, cycle),
        ));
    }
    // One signal per set of tables: writers that share tables sit in the same unit of the map,
    // and two pairs that share nothing with each other are two signals, not one of four.
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for &v in &s.shared_writers {
        let unit = s.unit.get(v).copied().unwrap_or(v);
        match groups.iter_mut().find(|(u, _)| *u == unit) {
            Some((_, members)) => members.push(v),
            None => groups.push((unit, vec![v])),
        }
    }
    if groups.iter().any(|(_, m)| m.len() < 2) {
        // Writers the units do not pair up: name them together, as one signal.
        groups = vec![(0, s.shared_writers.clone())];
    }
    for (_, writers) in groups.iter().filter(|(_, m)| !m.is_empty()) {
        out.extend(make(
            PitfallId::SharedWrites,
            listed(map, &cat.texts, writers),
            ids(map, writers),
        ));
    }
    let depth = cat.thresholds.sync_chain_pitfall_depth.max(2) as usize;
    if s.chain.len() >= depth {
        let mut chain_ids: Vec<u32> =
            s.chain.iter().filter_map(|&v| map.nodes.get(v)).map(|m| m.id).collect();
        // Keep the chain's order here: it is a path, not a set.
        chain_ids.dedup();
        // A cycle on the path is one step of it, but the request passes each of its members,
        // as the path shows them.
        let stops: usize = s
            .chain
            .iter()
            .map(|v| s.cycles.iter().find(|c| c.contains(v)).map_or(1, Vec::len))
            .sum();
        out.extend(make(
            PitfallId::DeepSyncChain,
            cat.texts.pitfalls.chain.render(&[
                // Where everything runs as services, the map's modules are the services.
                (
                    "modules",
                    &if present { &cat.texts.nouns.service } else { &cat.texts.nouns.module }
                        .count(u32::try_from(stops).unwrap_or(u32::MAX)),
                ),
                ("path", &path(map, s, &s.chain, &cat.texts)),
            ]),
            chain_ids,
        ));
    }
    let extracts = (verdict.extracts() || verdict.about_estate()) && shape.count.target > 0;
    if a.needs_transactions && extracts {
        // Candidates whose cluster shares tables with modules outside it.
        let touching: Vec<usize> = shape
            .units
            .iter()
            .filter_map(|&u| s.units.get(u))
            .flatten()
            .copied()
            // Shared tables or a synchronous call across the boundary: either way a
            // transaction that spans both sides now spans services.
            .filter(|&v| s.coupling.get(v).is_some_and(|c| c.0 + c.2 + c.3 > 0))
            .collect();
        if !map.is_present() {
            out.extend(make(
                PitfallId::CrossServiceTransactions,
                cat.texts.pitfalls.transactions_unmapped.render(&[]),
                Vec::new(),
            ));
        } else if !touching.is_empty() {
            out.extend(make(
                PitfallId::CrossServiceTransactions,
                listed(map, &cat.texts, &touching),
                ids(map, &touching),
            ));
        }
    }
    if !s.unowned.is_empty() {
        out.extend(make(
            PitfallId::NoOwner,
            listed(map, &cat.texts, &s.unowned),
            ids(map, &s.unowned),
        ));
    }
    out
}
