//! From groups to a domain map, and from an imported map and the user's own to one map.

use super::{Counts, Grouped, ImportError};
use crate::engine::limits::{MAX_DEPENDENCIES, MAX_IMPORTS, MAX_MODULES, MAX_NAME_CHARS};
use crate::engine::order;
use crate::engine::{DepKind, Dependency, DomainMap, Module};

/// A group whose name had to change to be a module's name: cut to 60 characters, or made
/// different from another module's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
}

/// What a page may tell the user about a map made from an import.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Notes {
    pub renamed: Vec<Renamed>,
    /// Modules whose members disagreed in the modules sheet, and the columns ("team",
    /// "resource") where the first member's value was kept.
    pub mixed: Vec<(String, Vec<&'static str>)>,
    /// What grouping folded and left out.
    pub counts: Counts,
}

impl Grouped {
    /// The groups as a domain map: one module per group, ids 1 to n in the order of their
    /// names (without case), attributes from the modules sheet where it gives them and the
    /// defaults elsewhere; one dependency per link, of the kind the dependencies sheet gives
    /// (synchronous for a plain import), with its number of imports (at most
    /// [`MAX_IMPORTS`]) as the dependency's `imports` and again in the weights at the same
    /// position. Names are cut to 60 characters (keeping their end, which tells
    /// modules apart) and made unique, each change in the notes.
    ///
    /// Refused when the groups or links exceed the map's limits: a smaller depth makes fewer.
    pub fn to_domain_map(&self) -> Result<(DomainMap, Vec<u32>, Notes), ImportError> {
        if self.groups.is_empty() {
            return Err(if self.counts.dropped > 0 {
                ImportError::NothingLeft { dropped: self.counts.dropped }
            } else {
                ImportError::NoNodes
            });
        }
        if self.groups.len() > MAX_MODULES {
            return Err(ImportError::TooManyModules { groups: self.groups.len() });
        }
        if self.edges.len() > MAX_DEPENDENCIES {
            return Err(ImportError::TooManyDependencies { dependencies: self.edges.len() });
        }
        let mut notes = Notes { counts: self.counts, ..Notes::default() };
        let mut taken: Vec<String> = Vec::with_capacity(self.groups.len());
        let mut names = Vec::with_capacity(self.groups.len());
        for g in &self.groups {
            let name = unique(&module_name(&g.name), &mut taken);
            if name != g.name {
                notes.renamed.push(Renamed { from: g.name.clone(), to: name.clone() });
            }
            if !g.mixed.is_empty() {
                notes.mixed.push((name.clone(), g.mixed.clone()));
            }
            names.push(name);
        }
        let mut by_name: Vec<usize> = (0..self.groups.len()).collect();
        order::sort_by(&mut by_name, |a, b| {
            names[*a].to_lowercase().cmp(&names[*b].to_lowercase()).then(names[*a].cmp(&names[*b]))
        });
        let mut id_of = vec![0u32; self.groups.len()];
        let mut modules = Vec::with_capacity(self.groups.len());
        for (i, &g) in by_name.iter().enumerate() {
            let id = i as u32 + 1;
            id_of[g] = id;
            let a = &self.groups[g].annotations;
            let d = Module::default();
            modules.push(Module {
                id,
                name: names[g].clone(),
                load: a.load.unwrap_or(d.load),
                availability: a.availability.unwrap_or(d.availability),
                cadence: a.cadence.unwrap_or(d.cadence),
                team: a.team.clone(),
                resource: a.resource.unwrap_or(d.resource),
                core: a.core.unwrap_or(d.core),
                runs_apart: false,
            });
        }
        let mut links: Vec<(Dependency, u32)> = self
            .edges
            .iter()
            .map(|e| {
                let imports = e.count.min(MAX_IMPORTS);
                (
                    Dependency { from: id_of[e.from], to: id_of[e.to], kind: e.kind, imports },
                    imports,
                )
            })
            .collect();
        order::sort_by_key(&mut links, |(d, _)| (d.from, d.to, d.kind.code()));
        let (dependencies, weights) = links.into_iter().unzip();
        Ok((DomainMap { modules, dependencies }, weights, notes))
    }
}

/// A group's name as a module's: spaces collapsed, and at most 60 characters, keeping the end
/// (`…ing/invoices/pdf`), which tells apart the groups of a long common path.
fn module_name(raw: &str) -> String {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = if name.is_empty() { "module".to_string() } else { name };
    let chars = name.chars().count();
    if chars <= MAX_NAME_CHARS {
        return name;
    }
    let tail: String = name.chars().skip(chars - (MAX_NAME_CHARS - 1)).collect();
    format!("…{tail}")
}

/// `name`, or `name 2`, `name 3`, … when a module already has it (without case); cut so that
/// the number fits in 60 characters.
fn unique(name: &str, taken: &mut Vec<String>) -> String {
    let mut candidate = name.to_string();
    let mut n = 1;
    while taken.contains(&candidate.to_lowercase()) {
        n += 1;
        let suffix = format!(" {n}");
        let room = MAX_NAME_CHARS - suffix.chars().count();
        candidate = format!("{}{suffix}", name.chars().take(room).collect::<String>());
    }
    taken.push(candidate.to_lowercase());
    candidate
}

/// What a merge kept, added and removed, for the page to say before it replaces the map.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeNotes {
    /// Modules of the user's map that the import names too: their attributes were kept.
    pub matched: Vec<String>,
    /// Modules the import adds.
    pub added: Vec<String>,
    /// Modules of the user's map that the import does not name: removed.
    pub removed: Vec<String>,
    /// The user's asynchronous and shared-table dependencies between two matched modules,
    /// kept although the import lacks them.
    pub kept_dependencies: usize,
    /// The user's synchronous dependencies the import does not show: removed.
    pub dropped_dependencies: usize,
}

/// [`merge_with_notes`] without the notes.
pub fn merge(existing: &DomainMap, imported: &DomainMap) -> DomainMap {
    merge_with_notes(existing, imported).0
}

/// The imported map merged into the user's own, as a user who has already described their
/// modules would want it:
///
/// - **The import decides which modules there are.** It reflects the code; a module of the
///   user's map that it does not name is removed (and listed in the notes, so the page can
///   say so and offer undo).
/// - **A module both name keeps what the user said about it.** Names are compared trimmed
///   and without case; the module keeps the user's id and spelling, and the user's team,
///   load, availability, cadence, resource profile and core flag, except where the import
///   says otherwise: an attribute the import sets to something other than the default (a
///   modules sheet can) is the import's.
/// - **Dependencies come from the import**, plus the user's own asynchronous and shared-table
///   dependencies between two kept modules that the import lacks: an import graph cannot see
///   events or shared tables. The user's synchronous dependencies that the import does not
///   show are removed: a call inside a monolith is an import, so the code says it is gone.
/// - New modules take ids above the user's largest, so no id changes meaning. The result
///   holds at most as many dependencies as the map does (the user's kept ones come last and
///   are the ones cut).
pub fn merge_with_notes(existing: &DomainMap, imported: &DomainMap) -> (DomainMap, MergeNotes) {
    let key = |name: &str| name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let mut keyed: Vec<(String, usize)> =
        existing.modules.iter().enumerate().map(|(i, m)| (key(&m.name), i)).collect();
    order::sort_by(&mut keyed, |a, b| a.cmp(b));
    keyed.dedup_by(|a, b| a.0 == b.0);
    let find = |name: &str| {
        let k = key(name);
        keyed.binary_search_by(|(n, _)| n.as_str().cmp(&k)).ok().map(|at| keyed[at].1)
    };
    let mut next_id = existing.modules.iter().map(|m| m.id).max().unwrap_or(0);
    let mut notes = MergeNotes::default();
    let mut modules = Vec::with_capacity(imported.modules.len());
    // (imported id, merged id); and the user's modules that stay, by position.
    let mut ids: Vec<(u32, u32)> = Vec::with_capacity(imported.modules.len());
    let mut kept = vec![false; existing.modules.len()];
    let d = Module::default();
    for m in &imported.modules {
        let merged = match find(&m.name) {
            Some(i) if !kept[i] => {
                kept[i] = true;
                let e = &existing.modules[i];
                notes.matched.push(e.name.clone());
                Module {
                    id: e.id,
                    name: e.name.clone(),
                    load: if m.load != d.load { m.load } else { e.load },
                    availability: if m.availability != d.availability {
                        m.availability
                    } else {
                        e.availability
                    },
                    cadence: if m.cadence != d.cadence { m.cadence } else { e.cadence },
                    team: m
                        .team
                        .clone()
                        .filter(|t| !t.trim().is_empty())
                        .or_else(|| e.team.clone()),
                    resource: if m.resource != d.resource { m.resource } else { e.resource },
                    core: m.core || e.core,
                    // Whether it runs on its own is known to the user, never to an import.
                    runs_apart: e.runs_apart,
                }
            }
            _ => {
                next_id = next_id.saturating_add(1);
                notes.added.push(m.name.clone());
                Module { id: next_id, ..m.clone() }
            }
        };
        ids.push((m.id, merged.id));
        modules.push(merged);
    }
    for (i, m) in existing.modules.iter().enumerate() {
        if !kept[i] {
            notes.removed.push(m.name.clone());
        }
    }
    order::sort(&mut ids);
    let new_id = |id: u32| ids.binary_search_by(|(from, _)| from.cmp(&id)).ok().map(|at| ids[at].1);
    // A counted import the user has since marked as an event or shared tables keeps the user's
    // kind: the import graph cannot tell a call from an event, the user can.
    let mut rekinded: Vec<(u32, u32, DepKind)> = existing
        .dependencies
        .iter()
        .filter(|d| d.imports > 0 && d.kind != DepKind::Sync)
        .map(|d| (d.from, d.to, d.kind))
        .collect();
    order::sort_by_key(&mut rekinded, |(f, t, _)| (*f, *t));
    let users_kind = |from: u32, to: u32| {
        rekinded.binary_search_by_key(&(from, to), |(f, t, _)| (*f, *t)).ok().map(|i| rekinded[i].2)
    };
    let mut dependencies: Vec<Dependency> = imported
        .dependencies
        .iter()
        .filter_map(|dep| {
            let (from, to) = (new_id(dep.from)?, new_id(dep.to)?);
            let kind = match dep.kind {
                DepKind::Sync => users_kind(from, to).unwrap_or(dep.kind),
                other => other,
            };
            Some(Dependency { from, to, kind, ..dep.clone() })
        })
        .collect();
    let kept_ids: Vec<u32> = {
        let mut v: Vec<u32> =
            existing.modules.iter().zip(&kept).filter(|(_, k)| **k).map(|(m, _)| m.id).collect();
        order::sort(&mut v);
        v
    };
    let mut present: Vec<(u32, u32, u8)> =
        dependencies.iter().map(|d| (d.from, d.to, d.kind.code())).collect();
    order::sort(&mut present);
    for dep in &existing.dependencies {
        let both_kept =
            kept_ids.binary_search(&dep.from).is_ok() && kept_ids.binary_search(&dep.to).is_ok();
        if !both_kept {
            continue;
        }
        let here = present.binary_search(&(dep.from, dep.to, dep.kind.code())).is_ok();
        if here {
            continue;
        }
        if dep.kind == DepKind::Sync {
            notes.dropped_dependencies += 1;
        } else if dependencies.len() < MAX_DEPENDENCIES {
            dependencies.push(dep.clone());
            notes.kept_dependencies += 1;
        }
    }
    (DomainMap { modules, dependencies }, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_keep_their_end_and_repeats_get_a_number() {
        let long = format!("src/{}/invoices", "a".repeat(70));
        let name = module_name(&long);
        assert_eq!(name.chars().count(), 60);
        assert!(name.starts_with('…') && name.ends_with("aaa/invoices"));
        let mut taken = Vec::new();
        assert_eq!(unique("Billing", &mut taken), "Billing");
        assert_eq!(unique("billing", &mut taken), "billing 2");
        assert_eq!(unique("BILLING", &mut taken), "BILLING 3");
        let sixty = "x".repeat(60);
        assert_eq!(unique(&sixty, &mut taken), sixty);
        assert_eq!(unique(&sixty, &mut taken), format!("{} 2", "x".repeat(58)));
        assert_eq!(module_name("  "), "module");
    }
}
