//! The JSON the tools write: pydeps' `--show-deps` and madge's `--json`.
//!
//! pydeps writes an object keyed by module name, each entry an object with the module's
//! `imports` (names), its `path` (`null` for built-in modules) and more (`name`, `bacon`,
//! `imported_by`), which are not needed: `imported_by` is `imports` seen from the other end.
//! A module is external when it has no path, when its path lies in an installed-packages or
//! standard-library folder (`site-packages`, `dist-packages`, `lib/python3.x`), or when it is
//! pydeps' own starting point, `__main__`. An import of a module that has no entry is external
//! too. A module's imports of its own parent packages, which Python makes with every import
//! and pydeps lists, are not dependencies and are skipped, as pydeps' own drawing skips them.
//!
//! madge writes an object keyed by file path (relative to its base folder), each value the
//! list of paths that file imports. A path through `node_modules` is external.
//!
//! Errors name the field by its path, the module's name quoted first:
//! `"shop.billing".imports[2] must be a module name in quotes; the file has 3`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::{checked_text, Builder, Format, Graph, ImportError};
use crate::file::{byte_offset, spot_at, syntax_problem, token_at, Seg};

/// Reads pydeps' or madge's JSON, telling them apart by the first entry (an object for
/// pydeps, a list for madge).
pub fn parse_json(text: &str) -> Result<Graph, ImportError> {
    let body = checked_text(text)?;
    match detect(body.trim_start()) {
        Format::MadgeJson => parse_madge_json(text),
        _ => parse_pydeps_json(text),
    }
}

/// Reads `pydeps PACKAGE --show-deps --no-output`.
pub fn parse_pydeps_json(text: &str) -> Result<Graph, ImportError> {
    let text = checked_text(text)?;
    check_syntax(text)?;
    let entries: Pairs<PydepsEntry> =
        serde_json::from_str(text).map_err(|e| field_error(text, &e, Format::PydepsJson))?;
    let mut b = Builder::default();
    let mut keyed = Vec::with_capacity(entries.0.len());
    for (name, entry) in &entries.0 {
        let m = b.mention(name);
        keyed.push(m);
        if name == "__main__" || entry.path.as_deref().is_none_or(outside_project) {
            b.external.push(m);
        }
    }
    let mut keys: Vec<&str> = entries.0.iter().map(|(k, _)| k.as_str()).collect();
    crate::engine::order::sort(&mut keys);
    for ((_, entry), &from) in entries.0.iter().zip(&keyed) {
        let name = &b.mentions[from].clone();
        for import in &entry.imports {
            // Python imports a module's parent packages with it (`shop.billing.models` imports
            // `shop` and `shop.billing`); pydeps lists them, and draws none of them.
            if name.strip_prefix(import.as_str()).is_some_and(|rest| rest.starts_with('.')) {
                continue;
            }
            let to = b.mention(import);
            if keys.binary_search(&import.as_str()).is_err() {
                b.external.push(to);
            }
            if !b.edge(from, to, 1, None) {
                return Err(ImportError::TooManyImports);
            }
        }
    }
    b.finish(Format::PydepsJson, |id, _| id.to_string())
}

/// Reads `madge --json PATH`.
pub fn parse_madge_json(text: &str) -> Result<Graph, ImportError> {
    let text = checked_text(text)?;
    check_syntax(text)?;
    let entries: Pairs<Vec<String>> =
        serde_json::from_str(text).map_err(|e| field_error(text, &e, Format::MadgeJson))?;
    let mut b = Builder::default();
    for (file, imports) in &entries.0 {
        let from = b.mention(file);
        if in_node_modules(file) {
            b.external.push(from);
        }
        for import in imports {
            let to = b.mention(import);
            if in_node_modules(import) {
                b.external.push(to);
            }
            if !b.edge(from, to, 1, None) {
                return Err(ImportError::TooManyImports);
            }
        }
    }
    b.finish(Format::MadgeJson, |id, _| id.to_string())
}

/// Which tool's JSON this looks like: madge's values are lists, pydeps' are objects.
pub(super) fn detect(text: &str) -> Format {
    let bytes = text.as_bytes();
    let mut i = 0;
    let skip = |i: &mut usize| {
        while bytes.get(*i).is_some_and(|b| b.is_ascii_whitespace()) {
            *i += 1;
        }
    };
    skip(&mut i);
    if bytes.get(i) != Some(&b'{') {
        return Format::PydepsJson;
    }
    i += 1;
    skip(&mut i);
    if bytes.get(i) != Some(&b'"') {
        return Format::PydepsJson;
    }
    i += 1;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    i += 1;
    skip(&mut i);
    if bytes.get(i) == Some(&b':') {
        i += 1;
        skip(&mut i);
        if bytes.get(i) == Some(&b'[') {
            return Format::MadgeJson;
        }
    }
    Format::PydepsJson
}

/// One module of pydeps' output; every other field is skipped.
#[derive(serde::Deserialize)]
struct PydepsEntry {
    #[serde(default)]
    imports: Vec<String>,
    #[serde(default)]
    path: Option<String>,
}

/// An object's entries in the file's order (a map type would compile a second copy of a
/// sorted tree into the wasm, and insert one key at a time).
struct Pairs<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Pairs<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = Pairs<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = map.next_entry::<String, V>()? {
                    out.push(pair);
                }
                Ok(Pairs(out))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

/// A path where Python keeps installed packages or its own library.
fn outside_project(path: &str) -> bool {
    let p = path.replace('\\', "/").to_ascii_lowercase();
    p.contains("/site-packages/")
        || p.contains("/dist-packages/")
        || p.contains("/lib/python")
        || p.contains("/lib/pypy")
        || p.contains("/python3") && p.contains("/lib/")
}

fn in_node_modules(path: &str) -> bool {
    path.replace('\\', "/").split('/').any(|s| s == "node_modules")
}

/// Broken JSON, in the page's words; then a file that is not an object.
fn check_syntax(text: &str) -> Result<(), ImportError> {
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return Err(ImportError::NotJson { problem: syntax_problem(&e) });
    }
    if !text.trim_start().starts_with('{') {
        return Err(ImportError::Json {
            path: String::new(),
            problem: format!(
                "must be an object keyed by module or file name, as pydeps --show-deps and madge --json write; the file has {}",
                token_at(text, 0).describe(false)
            ),
        });
    }
    Ok(())
}

/// Where a well-formed file holds the wrong kind of value, and what belongs there.
fn field_error(text: &str, e: &serde_json::Error, format: Format) -> ImportError {
    let spot = spot_at(text, byte_offset(text, e.line(), e.column()));
    let depth = spot.path.len();
    let at = if depth == 0 { 0 } else { spot.values[depth - 1] };
    let found = token_at(text, at).describe(false);
    let key = |i: usize| match spot.path.get(i) {
        Some(Seg::Key(k)) => Some(k.as_str()),
        _ => None,
    };
    let wants = match (format, depth, key(1)) {
        (Format::MadgeJson, 1, _) => "must be a list of the files it imports",
        (Format::MadgeJson, _, _) => "must be a file path in quotes",
        (_, 1, _) => "must be an object with the module's \"imports\", as pydeps writes",
        (_, 2, Some("imports")) => "must be a list of module names",
        (_, 3, Some("imports")) => "must be a module name in quotes",
        (_, 2, Some("path")) => "must be a file path in quotes, or null",
        _ => "is not what pydeps writes there",
    };
    ImportError::Json {
        path: path_text(&spot.path),
        problem: format!("{wants}; the file has {found}"),
    }
}

/// `"shop.billing".imports[2]`: the module's name in quotes (names hold dots), then the
/// fields.
fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for (i, seg) in path.iter().enumerate() {
        match seg {
            Seg::Key(k) if i == 0 => out.push_str(&format!("\"{}\"", crate::validate::shorten(k))),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(text: &str) -> String {
        parse_json(text).map(|_| "read".to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn the_two_tools_are_told_apart_by_their_first_entry() {
        assert_eq!(detect(r#"{"a.js": ["b.js"]}"#), Format::MadgeJson);
        assert_eq!(detect(r#" { "a\"b" : [ ] }"#), Format::MadgeJson);
        assert_eq!(detect(r#"{"a": {"imports": []}}"#), Format::PydepsJson);
        assert_eq!(detect("{}"), Format::PydepsJson);
    }

    #[test]
    fn pydeps_marks_modules_without_a_project_path_as_external() {
        let g = parse_pydeps_json(
            r#"{"__main__": {"imports": ["shop.a"], "path": null},
                "shop.a": {"imports": ["shop.b", "django.db", "json"], "path": "/src/shop/a.py", "bacon": 1},
                "shop.b": {"path": "C:\\work\\shop\\b.py", "imported_by": ["shop.a"]},
                "django.db": {"path": "/venv/lib/python3.12/site-packages/django/db/__init__.py"}}"#,
        )
        .unwrap();
        let nodes: Vec<(&str, bool)> =
            g.nodes.iter().map(|n| (n.id.as_str(), n.external)).collect();
        assert_eq!(
            nodes,
            [
                ("__main__", true),
                ("django.db", true),
                ("json", true),
                ("shop.a", false),
                ("shop.b", false)
            ]
        );
        assert_eq!(g.edges.len(), 4);
    }

    #[test]
    fn wrong_values_are_named_by_their_path() {
        assert_eq!(
            refusal(r#"{"shop.a": {"imports": ["x", 3]}}"#),
            "The file cannot be read: \"shop.a\".imports[1] must be a module name in quotes; the file has 3."
        );
        assert_eq!(
            refusal(r#"{"shop.a": {"imports": "x"}}"#),
            "The file cannot be read: \"shop.a\".imports must be a list of module names; the file has the text \"x\"."
        );
        assert_eq!(
            refusal(r#"{"a.ts": ["b.ts", null]}"#),
            "The file cannot be read: \"a.ts\"[1] must be a file path in quotes; the file has null."
        );
        assert_eq!(
            refusal(r#"{"a.ts": ["b.ts"], "c.ts": 4}"#),
            "The file cannot be read: \"c.ts\" must be a list of the files it imports; the file has 4."
        );
        assert_eq!(
            refusal("[\"a\", \"b\"]"),
            "The file cannot be read: it must be an object keyed by module or file name, as pydeps --show-deps and madge --json write; the file has a list."
        );
        assert_eq!(
            refusal("{\"a.ts\": [\n\"b.ts\",\n"),
            "The file is not readable JSON: the file ends too early, at line 3, as if it was cut short."
        );
        assert_eq!(refusal("{}"), "The file names no modules, so there is nothing to import.");
    }
}
