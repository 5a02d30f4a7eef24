//! Importing a monolith's import graph instead of typing the domain map (issue 17).
//!
//! Four steps, each pure and each whole or nothing:
//!
//! 1. **Read** a tool's output into a checked [`Graph`]: Graphviz DOT ([`parse_dot`]: pydeps,
//!    pyreverse, madge, cargo-modules, a converted `go mod graph` or `go list`), pydeps' JSON
//!    ([`parse_pydeps_json`]), madge's JSON ([`parse_madge_json`]) or a pair of spreadsheets
//!    ([`parse_csv_pair`]). [`parse_any`] tells them apart by their content. Every refusal is an
//!    [`ImportError`] whose message names the line (DOT, CSV) or the field (JSON).
//! 2. **Group** the files or modules into the modules of the map ([`group`], [`preview`]): by
//!    the first segments of their dotted or slashed names, leaving out what lies outside the
//!    project, folding the imports inside one group and adding up the ones between two.
//! 3. **Turn** the groups into a [`DomainMap`](crate::engine::DomainMap) within the engine's limits
//!    ([`Grouped::to_domain_map`]), with the number of imports behind each dependency.
//! 4. **Merge** it with the map the user already has ([`merge`]), keeping what an import graph
//!    cannot know: teams, loads, targets and the couplings that are not imports.
//!
//! docs/import.md is the user's guide: the commands for each tool, the spreadsheet's columns,
//! how grouping works and what a merge keeps.
//!
//! Nothing here reads a file or the clock: the page hands in the text (after checking its size
//! with [`check_size`]) and gets values back.

mod csv;
mod dot;
mod group;
mod json;
mod map;

use std::fmt;

use crate::engine::order;
use crate::engine::{AvailabilityTarget, Cadence, DepKind, ResourceProfile};
use crate::validate::thousands;

pub use csv::{csv_templates, parse_csv_pair, CsvFile};
pub use dot::{parse_dot, parse_dot_with, Arrows, DotOptions};
pub use group::{
    common_prefix, group, preview, suggest_depth, suggest_main_package, Counts, Group, GroupEdge,
    GroupOptions, GroupSummary, Grouped, Preview,
};
pub use json::{parse_json, parse_madge_json, parse_pydeps_json};
pub use map::{merge, merge_with_notes, MergeNotes, Notes, Renamed};

/// The largest file read, 5 MB: anything larger is refused before it is read (the import graph
/// of a monolith of ten thousand files is well under it).
pub const MAX_IMPORT_BYTES: u64 = 5 * 1024 * 1024;

/// The most imports (edges) one file may describe. A DOT subgraph on both sides of an edge
/// makes every pair an edge; this stops `{…} -> {…}` from growing without end.
pub const MAX_IMPORT_EDGES: usize = 1_000_000;

/// Why an import was refused. Every message is in the page's own words: it names the line
/// (DOT, CSV) or the field (JSON) and says what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: u64 },
    /// Nothing in it but spaces.
    Empty,
    /// A DOT file that breaks at `line` (1-based); `problem` starts in lower case: "expected a
    /// node name after '->'".
    Dot { line: usize, problem: String },
    /// One of the two spreadsheets breaks at `line` (1-based; the header is line 1).
    Csv { file: CsvFile, line: usize, problem: String },
    /// Not JSON, or JSON cut short; `problem` says where.
    NotJson { problem: String },
    /// JSON, but a value is not what the tool writes there. `path` is the field's path
    /// (empty for the file as a whole); `problem` continues the sentence.
    Json { path: String, problem: String },
    /// Read, but it names no module at all.
    NoNodes,
    /// Every node was left out (all outside the project).
    NothingLeft { dropped: usize },
    /// More groups than the map holds.
    TooManyModules { groups: usize },
    /// More dependencies between the groups than the map holds.
    TooManyDependencies { dependencies: usize },
    /// More imports than [`MAX_IMPORT_EDGES`].
    TooManyImports,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::engine::limits::{MAX_DEPENDENCIES, MAX_MODULES};
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large to import ({} KB; at most {} KB).",
                thousands(bytes.div_ceil(1024)),
                thousands(MAX_IMPORT_BYTES / 1024)
            ),
            ImportError::Empty => write!(f, "The file is empty: it holds no modules."),
            ImportError::Dot { line, problem } => write!(f, "Line {line}: {problem}."),
            ImportError::Csv { file, line, problem } => {
                write!(f, "Line {line} of the {}: {problem}.", file.noun())
            }
            ImportError::NotJson { problem } => {
                write!(f, "The file is not readable JSON: {problem}.")
            }
            ImportError::Json { path, problem } => {
                let subject = if path.is_empty() { "it" } else { path };
                write!(f, "The file cannot be read: {subject} {problem}.")
            }
            ImportError::NoNodes => write!(f, "The file names no modules, so there is nothing to import."),
            ImportError::NothingLeft { dropped } => write!(
                f,
                "All {} modules in the file lie outside the project and were left out: check the main package, or keep external modules.",
                thousands(*dropped as u64)
            ),
            ImportError::TooManyModules { groups } => write!(
                f,
                "This grouping makes {} modules; the map holds at most {}: choose a smaller depth.",
                thousands(*groups as u64),
                thousands(MAX_MODULES as u64)
            ),
            ImportError::TooManyDependencies { dependencies } => write!(
                f,
                "This grouping makes {} dependencies; the map holds at most {}: choose a smaller depth.",
                thousands(*dependencies as u64),
                thousands(MAX_DEPENDENCIES as u64)
            ),
            ImportError::TooManyImports => write!(
                f,
                "The file describes more than {} imports, more than Seams reads.",
                thousands(MAX_IMPORT_EDGES as u64)
            ),
        }
    }
}

/// Checks a file's size before reading it, so a page need not read a huge file to refuse it.
/// Every parser checks the text again.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    Ok(())
}

/// The size and emptiness checks every parser starts with; the text without a byte-order mark.
fn checked_text(text: &str) -> Result<&str, ImportError> {
    check_size(text.len() as u64)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// What kind of file a graph was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// `pydeps --show-deps`.
    PydepsJson,
    /// `madge --json`.
    MadgeJson,
    /// The modules and dependencies spreadsheets.
    Csv,
}

/// The tool a DOT file looks like it was written by, when it can be told; it decides which way
/// the arrows point (pydeps draws them from the imported module to the importer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Pydeps,
    Pyreverse,
    Madge,
    CargoModules,
}

/// What a CSV gives a module beyond its name; `None` where the sheet leaves the cell empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotations {
    pub team: Option<String>,
    pub load: Option<u32>,
    pub availability: Option<AvailabilityTarget>,
    pub cadence: Option<Cadence>,
    pub resource: Option<ResourceProfile>,
    pub core: Option<bool>,
}

impl Annotations {
    /// True when the sheet gave nothing.
    pub fn is_empty(&self) -> bool {
        *self == Annotations::default()
    }
}

/// One file, module or package of the import graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The node as the file names it (a DOT id, a JSON key, a CSV name), unique in the graph.
    pub id: String,
    /// The name grouping reads: the DOT label when it looks like a dotted, slashed or `::` path
    /// (pydeps writes `django_contrib_auth` with the label `django.contrib.auth`), else the id.
    pub name: String,
    /// Known to lie outside the project: pydeps' modules without a path or installed in
    /// site-packages, madge's `node_modules`, cargo-modules' `external` items.
    pub external: bool,
    /// What the modules CSV says about it.
    pub annotations: Annotations,
}

/// `count` imports from `from` to `to` (positions in [`Graph::nodes`]): `from` imports `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    /// How many imports the file lists between the two (at least 1).
    pub count: u32,
    /// The kind the dependencies CSV gives; `None` for a plain import (read as synchronous).
    pub kind: Option<DepKind>,
}

/// A checked import graph: nodes sorted by id, each id once; edges sorted by `(from, to,
/// kind)`, each once, their counts added up. Edges may link a node to itself (grouping folds
/// them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// What it was read from.
    pub format: Format,
    /// The tool a DOT file looks like, if it can be told.
    pub tool: Option<Tool>,
    /// True when the file's arrows were turned round to read "imports" (pydeps' DOT).
    pub reversed: bool,
}

/// Reads any of the formats, telling them apart by their content: JSON (pydeps or madge, by the
/// shape of the first entry), DOT (a `graph` or `digraph` header, possibly after comments) or
/// else one CSV (dependencies when its header has a `from` or `to` column and no `name`, modules
/// otherwise).
pub fn parse_any(text: &str) -> Result<Graph, ImportError> {
    let body = checked_text(text)?;
    match detect(body) {
        Format::PydepsJson | Format::MadgeJson => parse_json(text),
        Format::Dot => parse_dot(text),
        Format::Csv => {
            if csv::looks_like_modules(body) {
                parse_csv_pair(Some(text), None)
            } else {
                parse_csv_pair(None, Some(text))
            }
        }
    }
}

/// Which of the two spreadsheets a CSV text is, by its header (see [`parse_any`]), so that a
/// page can pair the two files a user picks or drops one after the other.
pub fn sheet_kind(text: &str) -> CsvFile {
    if csv::looks_like_modules(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        CsvFile::Modules
    } else {
        CsvFile::Dependencies
    }
}

/// The format a text looks like (see [`parse_any`]).
pub fn detect(text: &str) -> Format {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    if text.starts_with('{') || text.starts_with('[') {
        return json::detect(text);
    }
    if dot::looks_like_dot(text) {
        return Format::Dot;
    }
    Format::Csv
}

/// Collects the nodes and edges a parser finds, then sorts them once: every mention of a node
/// is kept as written and matched up at the end, so reading costs a sort, not a search per
/// mention.
#[derive(Debug, Default)]
struct Builder {
    /// Every mention of a node, by id.
    mentions: Vec<String>,
    /// Labels given at a mention, in the order read (a later one wins).
    labels: Vec<(usize, String)>,
    /// Mentions whose node is known to be external.
    external: Vec<usize>,
    /// Annotations given at a mention.
    annotations: Vec<(usize, Annotations)>,
    /// Edges between mentions.
    edges: Vec<(usize, usize, u32, Option<DepKind>)>,
}

impl Builder {
    fn mention(&mut self, id: &str) -> usize {
        self.mentions.push(id.to_string());
        self.mentions.len() - 1
    }

    fn edge(&mut self, from: usize, to: usize, count: u32, kind: Option<DepKind>) -> bool {
        if self.edges.len() >= MAX_IMPORT_EDGES {
            return false;
        }
        self.edges.push((from, to, count, kind));
        true
    }

    /// The graph; `name_of` picks each node's grouping name from its id and its last label.
    fn finish(
        self,
        format: Format,
        name_of: impl Fn(&str, Option<&str>) -> String,
    ) -> Result<Graph, ImportError> {
        let mut order_of: Vec<usize> = (0..self.mentions.len()).collect();
        order::sort_by(&mut order_of, |a, b| self.mentions[*a].cmp(&self.mentions[*b]));
        let mut node_of = vec![0usize; self.mentions.len()];
        let mut ids: Vec<&str> = Vec::new();
        for &m in &order_of {
            if ids.last() != Some(&self.mentions[m].as_str()) {
                ids.push(&self.mentions[m]);
            }
            node_of[m] = ids.len() - 1;
        }
        if ids.is_empty() {
            return Err(ImportError::NoNodes);
        }
        let mut labels: Vec<Option<&str>> = vec![None; ids.len()];
        for (m, label) in &self.labels {
            labels[node_of[*m]] = Some(label);
        }
        let mut external = vec![false; ids.len()];
        for m in &self.external {
            external[node_of[*m]] = true;
        }
        let mut notes: Vec<Annotations> = vec![Annotations::default(); ids.len()];
        for (m, a) in self.annotations {
            notes[node_of[m]] = a;
        }
        let nodes: Vec<Node> = ids
            .iter()
            .zip(labels)
            .zip(external)
            .zip(notes)
            .map(|(((id, label), external), annotations)| Node {
                id: id.to_string(),
                name: name_of(id, label),
                external,
                annotations,
            })
            .collect();
        let mut edges: Vec<Edge> = self
            .edges
            .iter()
            .map(|&(a, b, count, kind)| Edge { from: node_of[a], to: node_of[b], count, kind })
            .collect();
        order::sort_by_key(&mut edges, |e| (e.from, e.to, e.kind.map(DepKind::code)));
        let mut folded: Vec<Edge> = Vec::with_capacity(edges.len());
        for e in edges {
            match folded.last_mut() {
                Some(last) if (last.from, last.to, last.kind) == (e.from, e.to, e.kind) => {
                    last.count = last.count.saturating_add(e.count);
                }
                _ => folded.push(e),
            }
        }
        Ok(Graph { nodes, edges: folded, format, tool: None, reversed: false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_is_checked_before_and_after_reading() {
        assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));
        let err = check_size(MAX_IMPORT_BYTES + 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The file is too large to import (5,121 KB; at most 5,120 KB)."
        );
        let big = format!("digraph {{ {} }}", "a -> b; ".repeat(700_000));
        assert!(matches!(parse_dot(&big), Err(ImportError::TooLarge { .. })));
        assert!(matches!(parse_any(&big), Err(ImportError::TooLarge { .. })));
    }

    #[test]
    fn the_builder_adds_up_repeated_edges_and_keeps_each_node_once() {
        let mut b = Builder::default();
        let (x, y, x2) = (b.mention("x"), b.mention("y"), b.mention("x"));
        b.edge(x, y, 1, None);
        b.edge(x2, y, 2, None);
        b.edge(y, x, 1, Some(DepKind::Async));
        b.labels.push((x2, "pkg.x".into()));
        let g = b.finish(Format::Dot, |id, label| label.unwrap_or(id).to_string()).unwrap();
        let names: Vec<&str> = g.nodes.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["pkg.x", "y"]);
        assert_eq!(
            g.edges,
            [
                Edge { from: 0, to: 1, count: 3, kind: None },
                Edge { from: 1, to: 0, count: 1, kind: Some(DepKind::Async) }
            ]
        );
    }
}
