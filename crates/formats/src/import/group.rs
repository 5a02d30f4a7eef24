//! Grouping the files or modules of an import graph into the modules of a domain map.
//!
//! A node's name is read as a path of segments: split at `/` (or `\`) when it has one, a file
//! path whose last segment loses its extension (`.ts`, `.py`, `.rs`, …) and then an `index`,
//! `__init__` or `mod` file name; else split at `::` (Rust) or `.` (Python). A common prefix
//! may be taken off first (`src/`, `myproject.`). A node then belongs to the group of its
//! first `depth` segments: at depth 2, `myproject.billing.models` is in `myproject.billing` and
//! `src/billing/api.ts` in `src/billing`; a node with fewer segments is a group of its own
//! name (the package `myproject.billing` joins its modules).
//!
//! Nodes known to be external (see [`Node::external`]) and, when a main package is given,
//! nodes outside it are left out unless asked otherwise. Imports inside one group fold away;
//! imports between two groups add up into one link, whose count is its weight.

use super::{Annotations, Graph};
use crate::engine::limits::MAX_LOAD;
use crate::engine::order;
use crate::engine::DepKind;

/// How to group a graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupOptions {
    /// How many leading segments name a group (1 or more; 0 is read as 1).
    pub depth: usize,
    /// Segments to take off the front of every name that starts with them (`src/`,
    /// `myproject.`), before counting the depth. Separators at either end do not matter.
    pub strip_prefix: Option<String>,
    /// Leave out the nodes known to be external and those outside [`Self::main_package`].
    pub drop_external: bool,
    /// The project's own package (`myproject`, `example.com/shop`, `src`): with
    /// `drop_external`, a node whose name does not start with its segments is left out.
    pub main_package: Option<String>,
}

impl Default for GroupOptions {
    fn default() -> Self {
        GroupOptions { depth: 2, strip_prefix: None, drop_external: true, main_package: None }
    }
}

impl GroupOptions {
    /// The options a page starts from: the main package [`suggest_main_package`] finds, the
    /// prefix all the kept nodes share ([`common_prefix`]) and the depth [`suggest_depth`]
    /// gives for them.
    pub fn suggested(graph: &Graph) -> GroupOptions {
        let mut options =
            GroupOptions { main_package: suggest_main_package(graph), ..GroupOptions::default() };
        options.strip_prefix = common_prefix(graph, &options);
        options.depth = suggest_depth(graph, &options);
        options
    }
}

/// What grouping folded and left out, for a sentence such as "412 files in 14 modules; 37
/// imports inside a module folded; 120 external modules left out".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Nodes placed in a group.
    pub nodes: usize,
    /// Nodes left out (external, or outside the main package).
    pub dropped: usize,
    /// Imports between two groups, the sum of the links' counts.
    pub imports: u64,
    /// Imports between two nodes of one group, folded away.
    pub inside: u64,
    /// Imports from or to a node left out.
    pub dropped_imports: u64,
    /// Links between two nodes that joined another link between the same two groups.
    pub merged: usize,
}

/// One group: its name (the first segments, joined as the names join them) and its nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    /// Positions in [`Graph::nodes`], in the graph's order.
    pub members: Vec<usize>,
    /// What the modules sheet says of the members, merged: the strictest availability, the
    /// fastest cadence, the loads added up, core when any member is, and the team and
    /// resource profile the first member that gives one says.
    pub annotations: Annotations,
    /// The columns whose members disagreed ("team", "resource"), for a note.
    pub mixed: Vec<&'static str>,
}

/// A link between two groups: `count` imports from `from` to `to` (positions in
/// [`Grouped::groups`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupEdge {
    pub from: usize,
    pub to: usize,
    pub count: u32,
    pub kind: DepKind,
}

/// A graph grouped: groups sorted by name, links sorted by `(from, to, kind)`, each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouped {
    pub groups: Vec<Group>,
    pub edges: Vec<GroupEdge>,
    pub counts: Counts,
}

/// One group as a preview shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSummary {
    pub name: String,
    pub members: usize,
}

/// What a depth would give, for a page to show on every change of the options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub groups: Vec<GroupSummary>,
    pub edges: Vec<GroupEdge>,
    pub counts: Counts,
}

impl Grouped {
    /// The preview of this grouping.
    pub fn preview(&self) -> Preview {
        Preview {
            groups: self
                .groups
                .iter()
                .map(|g| GroupSummary { name: g.name.clone(), members: g.members.len() })
                .collect(),
            edges: self.edges.clone(),
            counts: self.counts,
        }
    }
}

/// Groups, links and counts for `options`: one pass over the nodes and a sort of the edges,
/// cheap enough for every change of depth.
pub fn preview(graph: &Graph, options: &GroupOptions) -> Preview {
    group(graph, options).preview()
}

/// A node's name as segments, and the separator that joins them.
#[derive(Debug, Clone)]
struct Path {
    segments: Vec<String>,
    separator: &'static str,
}

/// File extensions taken off the last segment of a path.
const EXTENSIONS: [&str; 20] = [
    "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "vue", "svelte", "py", "pyi", "rs", "go",
    "java", "kt", "rb", "php", "cs", "swift",
];

fn split(name: &str) -> Path {
    let name = name.trim();
    let has_extension = name
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext));
    if name.contains('/') || name.contains('\\') || (has_extension && !name.contains("::")) {
        let mut segments: Vec<String> = name
            .split(['/', '\\'])
            .filter(|s| !s.is_empty() && *s != ".")
            .map(str::to_string)
            .collect();
        if let Some(last) = segments.last_mut() {
            let base = last.strip_suffix(".d.ts").map(str::to_string).or_else(|| {
                last.rsplit_once('.')
                    .filter(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(ext))
                    .map(|(stem, _)| stem.to_string())
            });
            let rust = last.ends_with(".rs");
            if let Some(base) = base {
                *last = base;
            }
            let file_of_folder = matches!(last.as_str(), "index" | "__init__")
                || (rust && matches!(last.as_str(), "mod" | "lib" | "main"));
            if file_of_folder && segments.len() > 1 {
                segments.pop();
            }
        }
        if segments.is_empty() {
            segments.push(name.to_string());
        }
        return Path { segments, separator: "/" };
    }
    let separator = if name.contains("::") { "::" } else { "." };
    let mut segments: Vec<String> =
        name.split(separator).filter(|s| !s.is_empty()).map(str::to_string).collect();
    if segments.len() > 1 && segments.last().is_some_and(|s| s == "__init__") {
        segments.pop();
    }
    if segments.is_empty() {
        segments.push(name.to_string());
    }
    Path { segments, separator }
}

/// A main package or a prefix, split the way each kind of name splits, so that `example.com`
/// is one segment beside `example.com/shop` and two beside `example.com.shop`.
struct Segments {
    slash: Vec<String>,
    colons: Vec<String>,
    dots: Vec<String>,
}

impl Segments {
    fn of(text: &str) -> Option<Segments> {
        let split = |seps: &[&str]| -> Vec<String> {
            let mut parts = vec![text.trim().to_string()];
            for sep in seps {
                parts = parts
                    .iter()
                    .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
                    .collect();
            }
            parts.into_iter().filter(|s| !s.is_empty() && s != ".").collect()
        };
        let out =
            Segments { slash: split(&["/", "\\"]), colons: split(&["::"]), dots: split(&["."]) };
        (!out.slash.is_empty()).then_some(out)
    }

    fn for_path(&self, path: &Path) -> &[String] {
        match path.separator {
            "/" => &self.slash,
            "::" => &self.colons,
            _ => &self.dots,
        }
    }
}

/// The nodes grouping keeps, as paths with the prefix taken off (`None` for a node left out).
fn kept_paths(graph: &Graph, options: &GroupOptions) -> Vec<Option<Path>> {
    let main = options.main_package.as_deref().and_then(Segments::of);
    let prefix = options.strip_prefix.as_deref().and_then(Segments::of);
    graph
        .nodes
        .iter()
        .map(|node| {
            let mut path = split(&node.name);
            let inside_main =
                main.as_ref().is_none_or(|m| path.segments.starts_with(m.for_path(&path)));
            if options.drop_external && (node.external || !inside_main) {
                return None;
            }
            if let Some(prefix) = &prefix {
                let prefix = prefix.for_path(&path);
                if !prefix.is_empty() && path.segments.starts_with(prefix) {
                    if path.segments.len() == prefix.len() {
                        // The prefix itself (the root package): a group named after it.
                        path.segments = vec![prefix.join(path.separator)];
                    } else {
                        path.segments.drain(..prefix.len());
                    }
                }
            }
            Some(path)
        })
        .collect()
}

/// Groups the graph (see the module's documentation).
pub fn group(graph: &Graph, options: &GroupOptions) -> Grouped {
    let depth = options.depth.max(1);
    let paths = kept_paths(graph, options);
    let mut counts = Counts::default();
    let mut members: Vec<(usize, &[String])> = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        match path {
            Some(p) => members.push((i, &p.segments[..depth.min(p.segments.len())])),
            None => counts.dropped += 1,
        }
    }
    counts.nodes = members.len();
    order::sort_by(&mut members, |a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
    let mut group_of: Vec<Option<usize>> = vec![None; graph.nodes.len()];
    let mut groups: Vec<Group> = Vec::new();
    let mut last: Option<&[String]> = None;
    for &(i, key) in &members {
        if last != Some(key) {
            let separator = paths[i].as_ref().map_or(".", |p| p.separator);
            groups.push(Group {
                name: key.join(separator),
                members: Vec::new(),
                annotations: Annotations::default(),
                mixed: Vec::new(),
            });
            last = Some(key);
        }
        let g = groups.len() - 1;
        groups[g].members.push(i);
        group_of[i] = Some(g);
    }
    for g in &mut groups {
        order::sort(&mut g.members);
        let (annotations, mixed) =
            merge_annotations(g.members.iter().map(|&i| &graph.nodes[i].annotations));
        g.annotations = annotations;
        g.mixed = mixed;
    }
    let mut links: Vec<GroupEdge> = Vec::new();
    for e in &graph.edges {
        match (group_of[e.from], group_of[e.to]) {
            (Some(a), Some(b)) if a == b => counts.inside += u64::from(e.count),
            (Some(from), Some(to)) => links.push(GroupEdge {
                from,
                to,
                count: e.count,
                kind: e.kind.unwrap_or(DepKind::Sync),
            }),
            _ => counts.dropped_imports += u64::from(e.count),
        }
    }
    order::sort_by_key(&mut links, |l| (l.from, l.to, l.kind.code()));
    let mut edges: Vec<GroupEdge> = Vec::with_capacity(links.len());
    for l in links {
        counts.imports += u64::from(l.count);
        match edges.last_mut() {
            Some(e) if (e.from, e.to, e.kind) == (l.from, l.to, l.kind) => {
                e.count = e.count.saturating_add(l.count);
                counts.merged += 1;
            }
            _ => edges.push(l),
        }
    }
    Grouped { groups, edges, counts }
}

/// The members' annotations as one (see [`Group::annotations`]), and the columns where they
/// disagreed.
fn merge_annotations<'a>(
    all: impl Iterator<Item = &'a Annotations>,
) -> (Annotations, Vec<&'static str>) {
    let mut out = Annotations::default();
    let mut mixed = Vec::new();
    for a in all {
        if let Some(team) = &a.team {
            match &out.team {
                None => out.team = Some(team.clone()),
                Some(t) if t != team && !mixed.contains(&"team") => mixed.push("team"),
                Some(_) => {}
            }
        }
        if let Some(load) = a.load {
            out.load = Some(out.load.unwrap_or(0).saturating_add(load).min(MAX_LOAD));
        }
        if let Some(v) = a.availability {
            out.availability = Some(out.availability.map_or(v, |o| o.max(v)));
        }
        if let Some(v) = a.cadence {
            out.cadence =
                Some(out.cadence.map_or(v, |o| if v.level() < o.level() { v } else { o }));
        }
        if let Some(v) = a.resource {
            match out.resource {
                None => out.resource = Some(v),
                Some(r) if r != v && !mixed.contains(&"resource") => mixed.push("resource"),
                Some(_) => {}
            }
        }
        if let Some(v) = a.core {
            out.core = Some(out.core.unwrap_or(false) || v);
        }
    }
    (out, mixed)
}

/// The first segment most of the nodes not known to be external share, when more than half of
/// them (and at least two) do: the project's own package in a DOT file that also lists what it imports.
pub fn suggest_main_package(graph: &Graph) -> Option<String> {
    let mut firsts: Vec<String> = graph
        .nodes
        .iter()
        .filter(|n| !n.external)
        .filter_map(|n| split(&n.name).segments.into_iter().next())
        .collect();
    let total = firsts.len();
    order::sort(&mut firsts);
    let mut best: Option<(&str, usize)> = None;
    let mut run = 0;
    for (i, f) in firsts.iter().enumerate() {
        run = if i > 0 && firsts[i - 1] == *f { run + 1 } else { 1 };
        if best.is_none_or(|(_, n)| run > n) {
            best = Some((f, run));
        }
    }
    best.filter(|(_, n)| *n >= 2 && n * 2 > total).map(|(f, _)| f.to_string())
}

/// The leading segments every kept node shares (`src`, `myproject`), short of the whole name
/// of the longest ones; `None` when they share none.
pub fn common_prefix(graph: &Graph, options: &GroupOptions) -> Option<String> {
    let options = GroupOptions { strip_prefix: None, ..options.clone() };
    let paths: Vec<Path> = kept_paths(graph, &options).into_iter().flatten().collect();
    let first = paths.first()?;
    let mut len = first.segments.len();
    let mut longest = 0;
    for p in &paths {
        len = len.min(first.segments.iter().zip(&p.segments).take_while(|(a, b)| a == b).count());
        longest = longest.max(p.segments.len());
    }
    if len >= longest {
        len = longest.saturating_sub(1);
    }
    (len > 0).then(|| first.segments[..len].join(first.separator))
}

/// The smallest depth that gives between 5 and 40 groups; when none does, the depth whose
/// number of groups is closest to that range (the smaller of two as close).
pub fn suggest_depth(graph: &Graph, options: &GroupOptions) -> usize {
    const FEWEST: usize = 5;
    const MOST: usize = 40;
    let paths: Vec<Path> = kept_paths(graph, options).into_iter().flatten().collect();
    let deepest = paths.iter().map(|p| p.segments.len()).max().unwrap_or(1).max(1);
    let mut best = (usize::MAX, 1);
    for depth in 1..=deepest {
        let mut keys: Vec<&[String]> =
            paths.iter().map(|p| &p.segments[..depth.min(p.segments.len())]).collect();
        order::sort(&mut keys);
        keys.dedup();
        let n = keys.len();
        let distance = if n < FEWEST { FEWEST - n } else { n.saturating_sub(MOST) };
        if distance == 0 {
            return depth;
        }
        if distance < best.0 {
            best = (distance, depth);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(name: &str) -> (Vec<String>, &'static str) {
        let p = split(name);
        (p.segments, p.separator)
    }

    #[test]
    fn names_split_into_segments_as_each_language_writes_them() {
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(segs("myproject.billing.models"), (s(&["myproject", "billing", "models"]), "."));
        assert_eq!(segs("myproject.billing.__init__"), (s(&["myproject", "billing"]), "."));
        assert_eq!(segs("src/billing/api.ts"), (s(&["src", "billing", "api"]), "/"));
        assert_eq!(segs("./src/billing/index.tsx"), (s(&["src", "billing"]), "/"));
        assert_eq!(segs("src\\billing\\types.d.ts"), (s(&["src", "billing", "types"]), "/"));
        assert_eq!(segs("shop/billing/__init__.py"), (s(&["shop", "billing"]), "/"));
        assert_eq!(segs("src/billing/mod.rs"), (s(&["src", "billing"]), "/"));
        assert_eq!(segs("main.ts"), (s(&["main"]), "/"));
        assert_eq!(segs("index.js"), (s(&["index"]), "/"));
        assert_eq!(segs("shop::billing::Invoice"), (s(&["shop", "billing", "Invoice"]), "::"));
        assert_eq!(segs("gopkg.in/yaml.v3"), (s(&["gopkg.in", "yaml.v3"]), "/"));
        assert_eq!(segs("Billing"), (s(&["Billing"]), "."));
        assert_eq!(segs("./"), (s(&["./"]), "/"), "a name is never no segment");
    }

    #[test]
    fn a_group_of_sheet_modules_merges_what_the_sheet_says() {
        use crate::engine::{AvailabilityTarget, Cadence, ResourceProfile};
        let sheet = "name,team,load,availability,cadence,resource,core\n\
                     billing.api,Payments,3,99.9%,weekly,balanced,no\n\
                     billing.jobs,Batch,4,99.99%,monthly,cpu-heavy,yes\n\
                     billing.pdf,,,,daily,,\n\
                     search,Storefront,2,,,,\n";
        let g = super::super::parse_csv_pair(Some(sheet), None).unwrap();
        let grouped = group(&g, &GroupOptions { depth: 1, ..GroupOptions::default() });
        let billing = &grouped.groups[0];
        assert_eq!(billing.name, "billing");
        assert_eq!(
            billing.annotations,
            Annotations {
                team: Some("Payments".into()),
                load: Some(7),
                availability: Some(AvailabilityTarget::Critical),
                cadence: Some(Cadence::Daily),
                resource: Some(ResourceProfile::Balanced),
                core: Some(true),
            }
        );
        assert_eq!(billing.mixed, ["team", "resource"]);
        let (map, _, notes) = grouped.to_domain_map().unwrap();
        assert_eq!(map.modules[0].load, 7);
        assert_eq!(notes.mixed, [("billing".to_string(), vec!["team", "resource"])]);
    }
}
