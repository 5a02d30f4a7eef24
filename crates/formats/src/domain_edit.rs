//! Edits to the domain map, checked at the edge: every change either applies whole or returns a
//! message for the field that caused it, and the map never holds a duplicate name, a module that
//! depends on itself or a dependency on a module that is gone.

use std::fmt;

use crate::engine::limits::{MAX_DEPENDENCIES, MAX_MODULES};
use crate::engine::{DepKind, Dependency, DomainMap, Module};
use crate::validate::{parse_name, thousands, FieldError};

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The name is empty or too long.
    Name(FieldError),
    /// Another module already has this name (compared without case).
    DuplicateName(String),
    /// The map holds as many modules as Seams reads.
    TooManyModules,
    /// The map holds as many dependencies as Seams reads.
    TooManyDependencies,
    /// A dependency from a module to itself.
    SelfDependency,
    /// The same two modules are already linked this way.
    DuplicateDependency,
    /// A module id that is not in the map.
    UnknownModule,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Name(e) => e.fmt(f),
            EditError::DuplicateName(name) => {
                write!(
                    f,
                    "A module called \u{201c}{name}\u{201d} already exists: choose another name"
                )
            }
            EditError::TooManyModules => write!(
                f,
                "The map holds at most {} modules: remove one first",
                thousands(MAX_MODULES as u64)
            ),
            EditError::TooManyDependencies => write!(
                f,
                "The map holds at most {} dependencies: remove one first",
                thousands(MAX_DEPENDENCIES as u64)
            ),
            EditError::SelfDependency => {
                write!(f, "Choose two different modules: a module cannot depend on itself")
            }
            EditError::DuplicateDependency => {
                write!(f, "These two modules are already linked this way")
            }
            EditError::UnknownModule => write!(f, "Choose a module from the list"),
        }
    }
}

fn checked_name(map: &DomainMap, raw: &str, except: Option<u32>) -> Result<String, EditError> {
    let name = parse_name(raw, "a module name").map_err(EditError::Name)?;
    let taken = map
        .modules
        .iter()
        .any(|m| Some(m.id) != except && m.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(EditError::DuplicateName(name));
    }
    Ok(name)
}

/// Adds a module with default attributes and returns its id.
pub fn add_module(map: &mut DomainMap, raw_name: &str) -> Result<u32, EditError> {
    if map.modules.len() >= MAX_MODULES {
        return Err(EditError::TooManyModules);
    }
    let name = checked_name(map, raw_name, None)?;
    let id = map.modules.iter().map(|m| m.id).max().map_or(1, |max| max.saturating_add(1));
    map.modules.push(Module { id, name, ..Module::default() });
    Ok(id)
}

/// Renames a module.
pub fn rename_module(map: &mut DomainMap, id: u32, raw_name: &str) -> Result<(), EditError> {
    let name = checked_name(map, raw_name, Some(id))?;
    let module = map.modules.iter_mut().find(|m| m.id == id).ok_or(EditError::UnknownModule)?;
    module.name = name;
    Ok(())
}

/// Removes a module and every dependency that names it.
pub fn remove_module(map: &mut DomainMap, id: u32) {
    map.modules.retain(|m| m.id != id);
    map.dependencies.retain(|d| d.from != id && d.to != id);
}

/// Adds a dependency `from` → `to`.
pub fn add_dependency(
    map: &mut DomainMap,
    from: u32,
    to: u32,
    kind: DepKind,
) -> Result<(), EditError> {
    let known = |id: u32| map.modules.iter().any(|m| m.id == id);
    if !known(from) || !known(to) {
        return Err(EditError::UnknownModule);
    }
    if from == to {
        return Err(EditError::SelfDependency);
    }
    if map.dependencies.iter().any(|d| d.from == from && d.to == to && d.kind == kind) {
        return Err(EditError::DuplicateDependency);
    }
    if map.dependencies.len() >= MAX_DEPENDENCIES {
        return Err(EditError::TooManyDependencies);
    }
    map.dependencies.push(Dependency { from, to, kind, imports: 0 });
    Ok(())
}

/// Marks the dependency at `index` as another kind (a counted import as an event, say), keeping
/// its number of imports: an import of the code calls every import synchronous, and only the
/// user knows which are events or shared tables. Refused when the same two modules are already
/// linked that way; an index past the list changes nothing.
pub fn set_dependency_kind(
    map: &mut DomainMap,
    index: usize,
    kind: DepKind,
) -> Result<(), EditError> {
    let Some(d) = map.dependencies.get(index) else { return Ok(()) };
    let (from, to) = (d.from, d.to);
    let taken = map
        .dependencies
        .iter()
        .enumerate()
        .any(|(i, e)| i != index && e.from == from && e.to == to && e.kind == kind);
    if taken {
        return Err(EditError::DuplicateDependency);
    }
    if let Some(d) = map.dependencies.get_mut(index) {
        d.kind = kind;
    }
    Ok(())
}

/// Removes the dependency at `index`, if there is one.
pub fn remove_dependency(map: &mut DomainMap, index: usize) {
    if index < map.dependencies.len() {
        map.dependencies.remove(index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map_with(names: &[&str]) -> DomainMap {
        let mut map = DomainMap::default();
        for name in names {
            add_module(&mut map, name).expect("valid name");
        }
        map
    }

    #[test]
    fn a_counted_import_marked_as_an_event_keeps_its_count() {
        let mut map = map_with(&["Orders", "Billing"]);
        map.dependencies = vec![
            Dependency { from: 1, to: 2, kind: DepKind::Sync, imports: 40 },
            Dependency { from: 1, to: 2, kind: DepKind::Async, imports: 0 },
        ];
        assert_eq!(
            set_dependency_kind(&mut map, 0, DepKind::Async),
            Err(EditError::DuplicateDependency)
        );
        let writes = DepKind::SharedTables { shared_writes: true };
        assert_eq!(set_dependency_kind(&mut map, 0, writes), Ok(()));
        assert_eq!(map.dependencies[0], Dependency { from: 1, to: 2, kind: writes, imports: 40 });
        assert_eq!(set_dependency_kind(&mut map, 0, writes), Ok(()), "the same kind again");
        assert_eq!(set_dependency_kind(&mut map, 9, DepKind::Sync), Ok(()), "past the list");
        assert_eq!(map.dependencies.len(), 2);
    }

    #[test]
    fn modules_get_fresh_ids_and_clean_names() {
        let mut map = map_with(&["Orders", "  Payments  "]);
        assert_eq!(
            map.modules.iter().map(|m| (m.id, m.name.as_str())).collect::<Vec<_>>(),
            vec![(1, "Orders"), (2, "Payments")]
        );
        remove_module(&mut map, 1);
        assert_eq!(
            add_module(&mut map, "Search"),
            Ok(3),
            "ids are never reused while higher ones exist"
        );
    }

    #[test]
    fn duplicate_and_empty_names_are_refused_with_a_message() {
        let mut map = map_with(&["Orders"]);
        let err = add_module(&mut map, "orders").unwrap_err();
        assert_eq!(
            err.to_string(),
            "A module called \u{201c}orders\u{201d} already exists: choose another name"
        );
        assert_eq!(add_module(&mut map, "  ").unwrap_err().to_string(), "Enter a module name");
        assert_eq!(map.modules.len(), 1, "a refused edit changes nothing");
        // Renaming a module to its own name in another case is fine.
        assert_eq!(rename_module(&mut map, 1, "ORDERS"), Ok(()));
        assert_eq!(map.modules[0].name, "ORDERS");
    }

    #[test]
    fn dependencies_refuse_self_links_duplicates_and_unknown_modules() {
        let mut map = map_with(&["Orders", "Payments"]);
        assert_eq!(add_dependency(&mut map, 1, 1, DepKind::Sync), Err(EditError::SelfDependency));
        assert_eq!(add_dependency(&mut map, 1, 2, DepKind::Sync), Ok(()));
        assert_eq!(
            add_dependency(&mut map, 1, 2, DepKind::Sync),
            Err(EditError::DuplicateDependency)
        );
        assert_eq!(
            add_dependency(&mut map, 1, 2, DepKind::Async),
            Ok(()),
            "another kind is another link"
        );
        assert_eq!(add_dependency(&mut map, 1, 9, DepKind::Sync), Err(EditError::UnknownModule));
        assert_eq!(map.dependencies.len(), 2);
    }

    #[test]
    fn removing_a_module_removes_its_dependencies() {
        let mut map = map_with(&["Orders", "Payments", "Search"]);
        add_dependency(&mut map, 1, 2, DepKind::Sync).unwrap();
        add_dependency(&mut map, 3, 1, DepKind::Async).unwrap();
        add_dependency(&mut map, 3, 2, DepKind::Async).unwrap();
        remove_module(&mut map, 1);
        assert_eq!(
            map.dependencies,
            vec![Dependency { from: 3, to: 2, kind: DepKind::Async, imports: 0 }]
        );
        remove_dependency(&mut map, 5);
        remove_dependency(&mut map, 0);
        assert!(map.dependencies.is_empty());
    }

    #[test]
    fn the_map_holds_as_many_modules_and_dependencies_as_seams_reads() {
        let mut map = DomainMap::default();
        for i in 0..1_000 {
            add_module(&mut map, &format!("m{i}")).unwrap();
        }
        assert_eq!(add_module(&mut map, "one more"), Err(EditError::TooManyModules));
        assert_eq!(
            EditError::TooManyModules.to_string(),
            "The map holds at most 1,000 modules: remove one first"
        );
        for (from, to) in (1..=101u32).flat_map(|f| (1..=101u32).map(move |t| (f, t))) {
            if from != to && map.dependencies.len() < 10_000 {
                add_dependency(&mut map, from, to, DepKind::Sync).unwrap();
            }
        }
        assert_eq!(map.dependencies.len(), 10_000);
        assert_eq!(
            add_dependency(&mut map, 500, 501, DepKind::Async),
            Err(EditError::TooManyDependencies)
        );
        assert_eq!(
            EditError::TooManyDependencies.to_string(),
            "The map holds at most 10,000 dependencies: remove one first"
        );
    }
}
