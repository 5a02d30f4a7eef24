//! How many services, and which ones first.
//!
//! Counts are services *extracted from the monolith*; the core that remains is never counted.
//! Three numbers come out, always with `now ≤ target ≤ ceiling`:
//! - **ceiling**: the most the organisation could sensibly run: no more than the clusters that
//!   can move on their own (core clusters stay; without any core flag one cluster is left as
//!   the core), no more than its teams can own, and no more than the top of the "5 to 15
//!   around a small core" range of mature architectures;
//! - **target**: where the plan aims, as few as possible: 0 for the stay verdicts, 1 for a
//!   selective extraction, and for a migration the clusters whose profile diverges (or that
//!   are typical first picks), one per owning team, with a floor of 5 for a large, mature
//!   organisation;
//! - **now**: what today's operations can carry (about 10 services for every 6 operations
//!   people, the cautious end of the article's 3–6), and 0 when the verdict is to stay or to
//!   build the foundation first.
//!
//! Without a domain map the same bounds are applied to the team's size alone and the result
//! is flagged as an estimate.
//!
//! Candidates are coupling clusters, ranked so that the isolated and painful come first:
//! points for divergent load, availability, cadence or resource profile and for the typical
//! first picks (sign-in, notifications, search); a penalty for every dependency that crosses
//! the cluster's boundary. Core clusters are never candidates: the core domain goes last,
//! which in practice means it stays.

use super::assess::{Assessment, Inputs, MapHints};
use super::catalogue::{Catalogue, TriggerId};
use super::domain::{Map, Structure};
use super::order::{self, SortedSet};
use super::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// The recommended service count and the candidates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCount {
    /// Services to run with today's operations capacity.
    pub now: u32,
    /// Services the plan aims for.
    pub target: u32,
    /// The most the organisation could sensibly run.
    pub ceiling: u32,
    /// True when there is no domain map and the counts come from the team's size alone.
    pub estimated: bool,
    /// What the counts mean, in a sentence or two.
    pub note: String,
    /// What limits each number.
    pub bounds: Vec<Bound>,
    /// The services to extract, in order (as many as `target`).
    pub candidates: Vec<Candidate>,
}

/// Which number a bound limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BoundTarget {
    /// The "now" count.
    Now,
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

/// A service to extract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The module that names the service (the lead of its cluster).
    pub module_id: u32,
    /// Its name.
    pub name: String,
    /// 1 = extracted first.
    pub order: u32,
    /// The extraction wave (1 = the first extraction on its own).
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
    pub fn label(&self) -> String {
        if self.companion_names.is_empty() {
            self.name.clone()
        } else {
            format!("{} (with {})", self.name, self.companion_names.join(", "))
        }
    }
}

/// The service count plus what the plan, costs and pitfalls need from it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shape {
    pub count: ServiceCount,
    /// Cluster indices of the candidates, in order.
    pub units: Vec<usize>,
    /// Extractions that can run in parallel.
    pub parallel: u32,
}

/// A ranked cluster.
#[derive(Debug, Clone)]
struct Ranked {
    unit: usize,
    lead: usize,
    key: u32,
    score: f64,
    justified: bool,
    hot_related: bool,
    reasons: Vec<String>,
}

fn sat(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        _ => {
            let (last, rest) = names.split_last().unwrap_or((&names[0], &[]));
            format!("{} and {}", rest.join(", "), last)
        }
    }
}

fn rank(map: &Map, s: &Structure, a: &Assessment, cat: &Catalogue) -> (Vec<Ranked>, bool) {
    let w = &cat.candidate_weights;
    let ratio = if cat.thresholds.hot_load_ratio.is_finite() {
        cat.thresholds.hot_load_ratio.max(1.0)
    } else {
        10.0
    };
    let n = map.nodes.len();
    let mut heavy = vec![false; n];
    for &v in &s.heavy {
        if let Some(h) = heavy.get_mut(v) {
            *h = true;
        }
    }
    let core_teams: SortedSet<&str> =
        map.nodes.iter().filter(|m| m.core).filter_map(|m| m.team.as_deref()).collect();
    let org = a.trigger_holds(TriggerId::OrgSize);
    let has_core = map.nodes.iter().any(|m| m.core);
    let weight = |x: f64| if x.is_finite() { x } else { 0.0 };

    let mut ranked = Vec::new();
    for (u, members) in s.units.iter().enumerate() {
        if members.iter().any(|&v| map.nodes[v].core) {
            continue;
        }
        let mut lead = None;
        let mut best_pain = f64::NEG_INFINITY;
        let mut coupling_penalty = 0.0;
        let (mut hot, mut avail, mut cadence, mut res, mut pick) =
            (false, false, false, false, false);
        let (mut sync, mut shared) = (0u32, 0u32);
        let mut owned_apart = true;
        let mut unowned = false;
        let mut sorted = members.clone();
        order::sort_by_key(&mut sorted, |&v| map.nodes[v].id);
        for &v in &sorted {
            let node = &map.nodes[v];
            let r = s.load_ratio.get(v).copied().unwrap_or(1.0);
            let f_hot = n >= 2 && r >= ratio;
            let f_avail = s.availability_diverges(node);
            let f_cad = s.cadence_diverges(node);
            let f_res = heavy[v];
            let f_pick = is_first_pick(&node.name, cat);
            let pain = weight(w.hot_load) * f64::from(u8::from(f_hot))
                + weight(w.availability) * f64::from(u8::from(f_avail))
                + weight(w.cadence) * f64::from(u8::from(f_cad))
                + weight(w.resource) * f64::from(u8::from(f_res))
                + weight(w.first_pick) * f64::from(u8::from(f_pick));
            if pain > best_pain {
                best_pain = pain;
                lead = Some(v);
            }
            let c = s.coupling.get(v).copied().unwrap_or_default();
            coupling_penalty += weight(w.sync_edge) * f64::from(c.0)
                + weight(w.async_edge) * f64::from(c.1)
                + weight(w.shared_read) * f64::from(c.2)
                + weight(w.shared_write) * f64::from(c.3);
            sync = sync.saturating_add(c.0);
            shared = shared.saturating_add(c.2).saturating_add(c.3);
            hot |= f_hot;
            avail |= f_avail;
            cadence |= f_cad;
            res |= f_res;
            pick |= f_pick;
            match &node.team {
                Some(t) if core_teams.contains(&t.as_str()) => owned_apart = false,
                Some(_) => {}
                None => {
                    unowned = true;
                    owned_apart = false;
                }
            }
        }
        let Some(lead) = lead else { continue };
        let node = &map.nodes[lead];

        let mut reasons = Vec::new();
        if hot {
            let r = sorted
                .iter()
                .map(|&v| s.load_ratio.get(v).copied().unwrap_or(1.0))
                .fold(0.0, f64::max);
            reasons.push(format!(
                "Carries about {:.0} times the median load, so it needs to scale on its own.",
                r
            ));
        }
        if res {
            reasons.push(format!(
                "It is {}; on machines of its own it stops starving the rest.",
                node.resource.label()
            ));
        }
        if avail {
            if let Some(mode) = s.availability_usual {
                reasons.push(format!(
                    "Needs {} availability where most of the system runs at {}.",
                    node.availability.label(),
                    mode.label()
                ));
            }
        }
        if cadence {
            if let Some(mode) = s.cadence_usual {
                reasons.push(format!(
                    "Changes {} where most of the system changes {}.",
                    node.cadence.label(),
                    mode.label()
                ));
            }
        }
        if pick {
            reasons.push(
                "Clear inputs and outputs: sign-in, notifications and search are common \
                 first extractions."
                    .to_string(),
            );
        }
        if org && owned_apart && !core_teams.is_empty() {
            reasons.push(
                "Owned by a team that does not own the core, so it can ship on that team's \
                 schedule."
                    .to_string(),
            );
        }
        if sync == 0 && shared == 0 {
            reasons.push(
                "No synchronous calls or shared tables cross its boundary, so it is easy to \
                 cut out."
                    .to_string(),
            );
        } else if sync == 0 {
            reasons.push(
                "It shares tables with other modules: its data needs untangling first.".to_string(),
            );
        } else {
            let mut text = format!(
                "{sync} synchronous dependenc{} cross{} its boundary",
                if sync == 1 { "y" } else { "ies" },
                if sync == 1 { "es" } else { "" }
            );
            if shared > 0 {
                text.push_str(", and it shares tables with other modules");
            }
            text.push_str(": more to untangle.");
            reasons.push(text);
        }
        if sorted.len() > 1 {
            let names: Vec<String> =
                sorted.iter().filter(|&&v| v != lead).map(|&v| map.nodes[v].name.clone()).collect();
            reasons.push(format!(
                "Moves together with {}: they call each other in a cycle or write the same \
                 tables, so they are one unit.",
                join_names(&names)
            ));
        }
        if unowned {
            reasons.push("No owning team yet: name one before extracting it.".to_string());
        }

        ranked.push(Ranked {
            unit: u,
            lead,
            key: node.id,
            score: best_pain.max(0.0) - coupling_penalty,
            justified: hot
                || avail
                || cadence
                || res
                || pick
                || (org && owned_apart && !core_teams.is_empty()),
            hot_related: hot || res,
            reasons,
        });
    }
    order::sort_by(&mut ranked, |x, y| {
        y.score.partial_cmp(&x.score).unwrap_or(std::cmp::Ordering::Equal).then(x.key.cmp(&y.key))
    });
    (ranked, has_core)
}

/// Counts, bounds and candidates for a verdict.
pub(crate) fn shape(
    verdict: Verdict,
    a: &Assessment,
    inputs: &Inputs,
    map: &Map,
    s: &Structure,
    hints: &MapHints,
    cat: &Catalogue,
) -> Shape {
    let t = &cat.thresholds;
    let (teams, teams_estimated) = inputs.team_count(hints.teams, cat);
    let (ops, ops_estimated) = inputs.ops_count(cat);
    let large_mature = inputs.engineers.is_some_and(|e| e >= t.org_trigger_at)
        && inputs.stage.and_then(|st| cat.stage(st)).is_some_and(|d| d.mature);
    let per_team = t.services_per_team.max(1);
    let typical_hi = t.typical_services.1.max(1);
    let typical_lo = t.typical_services.0.min(typical_hi);
    let ops_per_ten = cat.costs.ops_ten_services.1.max(1);
    let ops_now = u32::try_from(u64::from(ops) * 10 / u64::from(ops_per_ten)).unwrap_or(u32::MAX);
    let parallel = teams.clamp(1, t.max_parallel_extractions.max(1));
    let splits =
        matches!(verdict, Verdict::SelectiveExtraction | Verdict::Migration | Verdict::NotReady);
    let owners = teams.saturating_mul(per_team);

    let mut bounds = Vec::new();
    let team_words = if teams_estimated {
        format!("about {teams} team(s), estimated from the number of engineers")
    } else {
        format!("{teams} team(s)")
    };
    bounds.push(Bound {
        what: "Owning teams".to_string(),
        limit: owners,
        applies_to: BoundTarget::Ceiling,
        explanation: format!(
            "Every service needs a team that owns it; {team_words} can own about {per_team} \
             each."
        ),
    });
    bounds.push(Bound {
        what: "A small core with 5 to 15 services".to_string(),
        limit: typical_hi,
        applies_to: BoundTarget::Ceiling,
        explanation: format!(
            "Mature systems usually settle on a small core surrounded by {typical_lo} to \
             {typical_hi} services; past that, extra services seldom pay for the work of running \
             them."
        ),
    });

    let mut ceiling = owners.min(typical_hi);
    let mut units = Vec::new();
    let mut candidates = Vec::new();
    let estimated = !map.is_present();
    let target_raw;

    if map.is_present() {
        let (ranked, has_core) = rank(map, s, a, cat);
        let extractable =
            if has_core { sat(ranked.len()) } else { sat(s.units.len().saturating_sub(1)) };
        let clusters = s.units.len();
        bounds.push(Bound {
            what: "Modules and coupling clusters".to_string(),
            limit: extractable,
            applies_to: BoundTarget::Ceiling,
            explanation: format!(
                "The map's {} module(s) form {} cluster(s) that can only move whole; {} of \
                 them can leave while the core stays.",
                map.nodes.len(),
                clusters,
                extractable
            ),
        });
        ceiling = ceiling.min(extractable);
        let justified = sat(ranked.iter().filter(|r| r.justified).count());

        target_raw = match verdict {
            Verdict::Monolith | Verdict::ModularMonolith => 0,
            Verdict::SelectiveExtraction => 1,
            Verdict::Migration | Verdict::NotReady => {
                bounds.push(Bound {
                    what: "Modules that diverge".to_string(),
                    limit: justified,
                    applies_to: BoundTarget::Target,
                    explanation: format!(
                        "{justified} cluster(s) differ from the rest in load, availability, \
                         cadence or resource needs, are typical first picks, or belong to a \
                         team apart from the core; the others gain nothing from moving."
                    ),
                });
                bounds.push(Bound {
                    what: "One service per team".to_string(),
                    limit: teams,
                    applies_to: BoundTarget::Target,
                    explanation: format!(
                        "Aim for no more services than teams ({team_words}), so that \
                         service boundaries follow team boundaries."
                    ),
                });
                let mut x = justified.min(teams);
                if large_mature {
                    x = x.max(typical_lo);
                    bounds.push(Bound {
                        what: "Floor for a large, mature organisation".to_string(),
                        limit: typical_lo,
                        applies_to: BoundTarget::Target,
                        explanation: format!(
                            "With 50 or more engineers on a stable product, fewer than \
                             {typical_lo} services usually leaves teams queuing on one \
                             deployable."
                        ),
                    });
                }
                x.max(1)
            }
        };
        let target = target_raw.min(ceiling);
        let chosen: Vec<&Ranked> = if verdict == Verdict::SelectiveExtraction {
            let pick = ranked.iter().find(|r| r.hot_related).or_else(|| ranked.first());
            pick.into_iter().take(target as usize).collect()
        } else {
            ranked.iter().take(target as usize).collect()
        };
        for (i, r) in chosen.iter().enumerate() {
            let order = sat(i + 1);
            let wave = if i == 0 { 1 } else { 2 + sat(i - 1) / parallel.max(1) };
            let mut reasons = r.reasons.clone();
            if verdict == Verdict::SelectiveExtraction {
                reasons.insert(
                    0,
                    "The one part that behaves differently: isolating it needs no wider \
                     migration."
                        .to_string(),
                );
            }
            let mut companion_nodes: Vec<usize> =
                s.units[r.unit].iter().copied().filter(|&v| v != r.lead).collect();
            order::sort_by_key(&mut companion_nodes, |&v| map.nodes[v].id);
            let companions = companion_nodes.iter().map(|&v| map.nodes[v].id).collect();
            let companion_names =
                companion_nodes.iter().map(|&v| map.nodes[v].name.clone()).collect();
            candidates.push(Candidate {
                module_id: map.nodes[r.lead].id,
                name: map.nodes[r.lead].name.clone(),
                order,
                wave,
                reasons,
                companions,
                companion_names,
            });
            units.push(r.unit);
        }
    } else {
        target_raw = match verdict {
            Verdict::Monolith | Verdict::ModularMonolith => 0,
            Verdict::SelectiveExtraction => 1,
            Verdict::Migration | Verdict::NotReady => {
                bounds.push(Bound {
                    what: "One service per team".to_string(),
                    limit: teams,
                    applies_to: BoundTarget::Target,
                    explanation: format!(
                        "Without a domain map, the estimate allows one service per team \
                         ({team_words})."
                    ),
                });
                let mut x = teams;
                if large_mature {
                    x = x.max(typical_lo);
                    bounds.push(Bound {
                        what: "Floor for a large, mature organisation".to_string(),
                        limit: typical_lo,
                        applies_to: BoundTarget::Target,
                        explanation: format!(
                            "With 50 or more engineers on a stable product, aim for at least \
                             {typical_lo} services around the core."
                        ),
                    });
                }
                x.max(1)
            }
        };
    }

    let target = target_raw.min(ceiling);
    if !splits {
        bounds.push(Bound {
            what: "The verdict keeps one deployable".to_string(),
            limit: 0,
            applies_to: BoundTarget::Target,
            explanation: "Nothing is extracted: the ceiling only shows how far the \
                          organisation could go if the question reopens."
                .to_string(),
        });
    }
    let now = match verdict {
        Verdict::SelectiveExtraction | Verdict::Migration => {
            let ops_words = if ops_estimated {
                format!("about {ops} operations people (estimated from the engineers)")
            } else {
                format!("{ops} operations people")
            };
            bounds.push(Bound {
                what: "Operations capacity today".to_string(),
                limit: ops_now,
                applies_to: BoundTarget::Now,
                explanation: format!(
                    "Ten services take about {}–{} people to run; {ops_words} can carry \
                     about {ops_now} service(s) now.",
                    cat.costs.ops_ten_services.0, cat.costs.ops_ten_services.1
                ),
            });
            ops_now.min(target)
        }
        Verdict::NotReady => {
            bounds.push(Bound {
                what: "Foundation first".to_string(),
                limit: 0,
                applies_to: BoundTarget::Now,
                explanation: "Nothing should be extracted until the operational foundation is \
                              in place; the target is what to aim for afterwards."
                    .to_string(),
            });
            0
        }
        Verdict::Monolith | Verdict::ModularMonolith => 0,
    };

    let mut note = "Counts are services extracted from the monolith; the core that remains \
                    is not counted."
        .to_string();
    if estimated {
        note.push_str(
            " Without a domain map these are estimates from the team's size; add the map for \
             precise numbers and named candidates.",
        );
    }

    Shape {
        count: ServiceCount {
            now: now.min(target),
            target,
            ceiling: ceiling.max(target),
            estimated,
            note,
            bounds,
            candidates,
        },
        units,
        parallel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
