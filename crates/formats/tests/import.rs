//! The import layer against what the tools really write: each fixture under
//! `tests/fixtures/import/` is a tool's output (pydeps, pyreverse and madge run on the small
//! projects docs/import.md describes; cargo-modules and Go written in their exact formats), and
//! each expectation below was counted by hand from the fixture, not computed by the code under
//! test.

use seams_engine::{
    AvailabilityTarget, Cadence, DepKind, Dependency, DomainMap, Module, ResourceProfile,
};
use seams_formats::import::{
    check_size, csv_templates, group, merge, merge_with_notes, parse_any, parse_csv_pair,
    parse_dot, parse_json, parse_madge_json, parse_pydeps_json, preview, suggest_depth, Counts,
    Format, Graph, GroupOptions, ImportError, MergeNotes, Tool, MAX_IMPORT_BYTES,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn options(main: Option<&str>, prefix: Option<&str>, depth: usize) -> GroupOptions {
    GroupOptions {
        depth,
        strip_prefix: prefix.map(str::to_string),
        drop_external: true,
        main_package: main.map(str::to_string),
    }
}

/// The groups as `name (members)` and the links as `from -> to ×count`.
fn check(graph: &Graph, options: &GroupOptions, groups: &[&str], links: &[&str], counts: Counts) {
    let p = preview(graph, options);
    let got: Vec<String> = p.groups.iter().map(|g| format!("{} ({})", g.name, g.members)).collect();
    assert_eq!(got, groups, "groups");
    let got: Vec<String> = p
        .edges
        .iter()
        .map(|e| {
            let kind =
                if e.kind == DepKind::Sync { String::new() } else { format!(" {:?}", e.kind) };
            format!("{} -> {} x{}{kind}", p.groups[e.from].name, p.groups[e.to].name, e.count)
        })
        .collect();
    assert_eq!(got, links, "links");
    assert_eq!(p.counts, counts, "counts");
}

/// The shop's five parts, as every Python fixture groups them at the app level: what imports
/// what, counted by hand from pydeps' DOT (its arrows turned round) and confirmed against its
/// JSON, which lists the same imports.
const SHOP_LINKS: [&str; 9] = [
    "billing -> accounts x4",
    "billing -> orders x2",
    "catalog -> accounts x2",
    "orders -> accounts x2",
    "orders -> billing x4",
    "orders -> catalog x4",
    "urls -> accounts x2",
    "urls -> catalog x2",
    "urls -> orders x2",
];

fn shop(links: &[&str], prefix: &str) -> Vec<String> {
    links
        .iter()
        .map(|l| {
            let (a, rest) = l.split_once(" -> ").unwrap();
            format!("{prefix}{a} -> {prefix}{rest}")
        })
        .collect()
}

#[test]
fn pydeps_dot_of_a_django_project_groups_into_its_apps() {
    let g = parse_dot(&fixture("pydeps-django.dot")).unwrap();
    assert_eq!((g.format, g.tool, g.reversed), (Format::Dot, Some(Tool::Pydeps), true));
    assert_eq!(g.nodes.len(), 22);
    let auth = g.nodes.iter().find(|n| n.id == "django_contrib_auth_models").unwrap();
    assert_eq!(auth.name, "django.contrib.auth.models", "the label names the node");

    let links = shop(&SHOP_LINKS, "shop.");
    let links: Vec<&str> = links.iter().map(String::as_str).collect();
    check(
        &g,
        &options(Some("shop"), None, 2),
        &[
            "shop.accounts (3)",
            "shop.billing (3)",
            "shop.catalog (3)",
            "shop.orders (4)",
            "shop.urls (1)",
        ],
        &links,
        Counts { nodes: 14, dropped: 8, imports: 24, inside: 6, dropped_imports: 27, merged: 15 },
    );
    // The suggestion finds the main package, takes off its name and groups by app.
    let suggested = GroupOptions::suggested(&g);
    assert_eq!(suggested, options(Some("shop"), Some("shop"), 1));
    check(
        &g,
        &suggested,
        &["accounts (3)", "billing (3)", "catalog (3)", "orders (4)", "urls (1)"],
        &SHOP_LINKS,
        Counts { nodes: 14, dropped: 8, imports: 24, inside: 6, dropped_imports: 27, merged: 15 },
    );
    assert_eq!(suggest_depth(&g, &options(Some("shop"), None, 1)), 2);
    // At depth 1 without a main package, django is one group and the shop another.
    check(
        &g,
        &GroupOptions { depth: 1, drop_external: false, ..GroupOptions::default() },
        &["django (8)", "shop (14)"],
        &["shop -> django x23"],
        Counts { nodes: 22, dropped: 0, imports: 23, inside: 34, dropped_imports: 0, merged: 22 },
    );
}

#[test]
fn pydeps_json_agrees_with_its_dot_and_flags_what_is_installed() {
    let g = parse_json(&fixture("pydeps-django.json")).unwrap();
    assert_eq!(g.format, Format::PydepsJson);
    let external: Vec<&str> =
        g.nodes.iter().filter(|n| n.external).map(|n| n.id.as_str()).collect();
    assert_eq!(
        external,
        [
            "__main__",
            "django",
            "django.contrib",
            "django.contrib.auth",
            "django.contrib.auth.models",
            "django.db",
            "django.db.models",
            "django.http",
            "django.urls"
        ]
    );
    let links = shop(&SHOP_LINKS, "shop.");
    let links: Vec<&str> = links.iter().map(String::as_str).collect();
    check(
        &g,
        &GroupOptions::default(),
        &[
            "shop (1)",
            "shop.accounts (3)",
            "shop.billing (3)",
            "shop.catalog (3)",
            "shop.orders (4)",
            "shop.settings (1)",
            "shop.urls (1)",
        ],
        &links,
        Counts { nodes: 16, dropped: 9, imports: 24, inside: 6, dropped_imports: 48, merged: 15 },
    );
    assert_eq!(parse_pydeps_json(&fixture("pydeps-django.json")).unwrap(), g);
}

#[test]
fn pyreverse_dot_reads_its_arrows_as_written() {
    let g = parse_any(&fixture("pyreverse-django.dot")).unwrap();
    assert_eq!((g.tool, g.reversed), (Some(Tool::Pyreverse), false));
    check(
        &g,
        &options(None, Some("shop"), 1),
        &[
            "accounts (3)",
            "billing (3)",
            "catalog (3)",
            "orders (4)",
            "settings (1)",
            "shop (1)",
            "urls (1)",
        ],
        &[
            "billing -> accounts x1",
            "billing -> orders x1",
            "catalog -> accounts x1",
            "orders -> accounts x1",
            "orders -> billing x2",
            "orders -> catalog x1",
            "urls -> accounts x2",
            "urls -> catalog x2",
            "urls -> orders x2",
        ],
        Counts { nodes: 16, dropped: 0, imports: 13, inside: 6, dropped_imports: 0, merged: 4 },
    );
}

const MADGE_GROUPS: [&str; 7] = [
    "accounts (3)",
    "app (1)",
    "billing (2)",
    "catalog (3)",
    "index (1)",
    "orders (2)",
    "shared (2)",
];

const MADGE_LINKS: [&str; 15] = [
    "accounts -> shared x1",
    "app -> accounts x1",
    "app -> catalog x1",
    "app -> orders x1",
    "app -> shared x1",
    "billing -> accounts x2",
    "billing -> catalog x1",
    "billing -> orders x1",
    "billing -> shared x1",
    "catalog -> shared x2",
    "index -> app x1",
    "orders -> accounts x2",
    "orders -> billing x1",
    "orders -> catalog x1",
    "orders -> shared x1",
];

#[test]
fn madge_json_and_dot_of_a_typescript_app_group_by_folder() {
    let json = parse_madge_json(&fixture("madge-app.json")).unwrap();
    let npm: Vec<&str> = json.nodes.iter().filter(|n| n.external).map(|n| n.id.as_str()).collect();
    assert_eq!(npm, ["../node_modules/dayjs/index.js"]);
    assert_eq!(GroupOptions::suggested(&json), options(None, None, 1));
    check(
        &json,
        &options(None, None, 1),
        &MADGE_GROUPS,
        &MADGE_LINKS,
        Counts { nodes: 14, dropped: 1, imports: 18, inside: 7, dropped_imports: 1, merged: 3 },
    );
    // madge's DOT is Graphviz's own output: attributes over several lines, long strings
    // continued with a backslash.
    let dot = parse_any(&fixture("madge-app.dot")).unwrap();
    assert_eq!((dot.format, dot.tool, dot.reversed), (Format::Dot, Some(Tool::Madge), false));
    check(
        &dot,
        &options(None, None, 1),
        &MADGE_GROUPS,
        &MADGE_LINKS,
        Counts { nodes: 14, dropped: 0, imports: 18, inside: 7, dropped_imports: 0, merged: 3 },
    );
}

#[test]
fn cargo_modules_reads_uses_and_skips_the_module_tree() {
    let g = parse_dot(&fixture("cargo-modules-shop.dot")).unwrap();
    assert_eq!((g.tool, g.reversed), (Some(Tool::CargoModules), false));
    let uuid = g.nodes.iter().find(|n| n.id == "uuid::Uuid").unwrap();
    assert!(uuid.external, "an `external …` record label");
    assert_eq!(GroupOptions::suggested(&g), options(Some("shop"), Some("shop"), 1));
    check(
        &g,
        &GroupOptions::suggested(&g),
        &["accounts (3)", "billing (5)", "catalog (3)", "orders (3)", "shop (1)"],
        &[
            "billing -> accounts x1",
            "billing -> orders x1",
            "orders -> accounts x1",
            "orders -> billing x2",
            "orders -> catalog x1",
        ],
        Counts { nodes: 15, dropped: 1, imports: 6, inside: 5, dropped_imports: 1, merged: 1 },
    );
}

#[test]
fn go_graphs_converted_with_the_documented_one_liners() {
    // docs/import.md's awk line turns `go mod graph` into the DOT beside it.
    let converted = convert_go_mod_graph(&fixture("go-mod-graph.txt"));
    assert_eq!(converted, fixture("go-mod-graph.dot"));
    let g = parse_dot(&converted).unwrap();
    check(
        &g,
        &options(Some("example.com/shop"), None, 3),
        &["example.com/shop (1)", "example.com/shop/billing (1)", "example.com/shop/catalog (1)"],
        &[
            "example.com/shop -> example.com/shop/billing x1",
            "example.com/shop -> example.com/shop/catalog x1",
            "example.com/shop/billing -> example.com/shop/catalog x1",
        ],
        Counts { nodes: 3, dropped: 6, imports: 3, inside: 0, dropped_imports: 9, merged: 0 },
    );
    // `go list`'s packages: the standard library and other modules fall outside the main
    // package, and the depth after the module's path picks the packages under internal/.
    let g = parse_dot(&fixture("go-list.dot")).unwrap();
    let suggested = GroupOptions::suggested(&g);
    assert_eq!(suggested, options(Some("example.com"), Some("example.com/shop"), 2));
    check(
        &g,
        &suggested,
        &[
            "cmd/server (1)",
            "internal/accounts (1)",
            "internal/billing (2)",
            "internal/catalog (1)",
            "internal/orders (1)",
            "internal/platform (1)",
        ],
        &[
            "cmd/server -> internal/accounts x1",
            "cmd/server -> internal/billing x1",
            "cmd/server -> internal/catalog x1",
            "cmd/server -> internal/orders x1",
            "internal/accounts -> internal/platform x1",
            "internal/billing -> internal/accounts x1",
            "internal/billing -> internal/platform x1",
            "internal/catalog -> internal/platform x1",
            "internal/orders -> internal/accounts x1",
            "internal/orders -> internal/billing x1",
            "internal/orders -> internal/catalog x1",
            "internal/orders -> internal/platform x1",
        ],
        Counts { nodes: 7, dropped: 6, imports: 12, inside: 1, dropped_imports: 9, merged: 0 },
    );
}

/// What `awk 'BEGIN { print "digraph {" } { sub(/@.*/, "", $1); sub(/@.*/, "", $2); printf
/// "  \"%s\" -> \"%s\";\n", $1, $2 } END { print "}" }'` prints, written out in Rust.
fn convert_go_mod_graph(text: &str) -> String {
    let mut out = String::from("digraph {\n");
    for line in text.lines() {
        let mut fields = line.split_whitespace().map(|f| f.split('@').next().unwrap_or(""));
        let (a, b) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        out.push_str(&format!("  \"{a}\" -> \"{b}\";\n"));
    }
    out.push_str("}\n");
    out
}

fn module(id: u32, name: &str) -> Module {
    Module { id, name: name.to_string(), ..Module::default() }
}

fn dep(from: u32, to: u32, kind: DepKind) -> Dependency {
    Dependency { from, to, kind, imports: 0 }
}

/// The dependencies, each with the number of imports at its place in `imports`.
fn counted<const N: usize>(deps: [Dependency; N], imports: [u32; N]) -> Vec<Dependency> {
    deps.into_iter().zip(imports).map(|(d, imports)| Dependency { imports, ..d }).collect()
}

#[test]
fn the_csv_pair_becomes_a_map_with_its_annotations_and_kinds() {
    let g =
        parse_csv_pair(Some(&fixture("modules.csv")), Some(&fixture("dependencies.csv"))).unwrap();
    assert_eq!(g.format, Format::Csv);
    let grouped = group(&g, &GroupOptions::suggested(&g));
    let (map, weights, notes) = grouped.to_domain_map().unwrap();
    assert_eq!(
        map.modules,
        [
            Module { load: 1, ..module(1, "Accounts") },
            Module {
                id: 2,
                name: "Billing".into(),
                load: 2,
                availability: AvailabilityTarget::Critical,
                cadence: Cadence::Weekly,
                team: Some("Payments".into()),
                resource: ResourceProfile::CpuHeavy,
                core: true,
                runs_apart: false,
            },
            Module {
                id: 3,
                name: "Catalog".into(),
                load: 10,
                availability: AvailabilityTarget::Standard,
                cadence: Cadence::Monthly,
                team: Some("Storefront".into()),
                resource: ResourceProfile::MemoryHeavy,
                core: false,
                runs_apart: false,
            },
            Module {
                id: 4,
                name: "Orders".into(),
                load: 4,
                availability: AvailabilityTarget::High,
                cadence: Cadence::Daily,
                team: Some("Checkout".into()),
                resource: ResourceProfile::Balanced,
                core: true,
                runs_apart: false,
            },
            Module {
                id: 5,
                name: "Search".into(),
                load: 6,
                availability: AvailabilityTarget::Tolerant,
                cadence: Cadence::Daily,
                team: Some("Storefront".into()),
                resource: ResourceProfile::IoBound,
                core: false,
                runs_apart: false,
            },
        ]
    );
    assert_eq!(
        map.dependencies,
        counted(
            [
                dep(2, 1, DepKind::Sync),
                dep(2, 4, DepKind::Async),
                dep(3, 5, DepKind::Async),
                dep(4, 1, DepKind::Sync),
                dep(4, 2, DepKind::Sync),
                dep(4, 2, DepKind::Async),
                dep(4, 3, DepKind::Sync),
                dep(5, 3, DepKind::SharedTables { shared_writes: false }),
            ],
            [2, 1, 5, 3, 12, 1, 30, 1]
        )
    );
    assert_eq!(weights, [2, 1, 5, 3, 12, 1, 30, 1]);
    assert!(notes.renamed.is_empty() && notes.mixed.is_empty());
}

#[test]
fn the_templates_read_back_as_what_they_show() {
    let (modules, dependencies) = csv_templates();
    assert!(modules.starts_with("\u{feff}name,team,load,availability,cadence,resource,core\r\n"));
    assert!(dependencies.starts_with("\u{feff}from,to,kind,count\r\n"));
    assert_eq!(modules.lines().count(), 3);
    assert_eq!(dependencies.lines().count(), 3);
    let g = parse_csv_pair(Some(&modules), Some(&dependencies)).unwrap();
    let (map, weights, _) = group(&g, &GroupOptions::suggested(&g)).to_domain_map().unwrap();
    let names: Vec<&str> = map.modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Billing", "Orders"]);
    assert_eq!(
        map.dependencies,
        counted([dep(1, 2, DepKind::Async), dep(2, 1, DepKind::Sync)], [1, 12])
    );
    assert_eq!(weights, [1, 12]);
}

#[test]
fn the_pydeps_map_has_stable_ids_and_weights() {
    let g = parse_dot(&fixture("pydeps-django.dot")).unwrap();
    let (map, weights, notes) = group(&g, &GroupOptions::suggested(&g)).to_domain_map().unwrap();
    let names: Vec<(u32, &str)> = map.modules.iter().map(|m| (m.id, m.name.as_str())).collect();
    assert_eq!(
        names,
        [(1, "accounts"), (2, "billing"), (3, "catalog"), (4, "orders"), (5, "urls")]
    );
    let s = DepKind::Sync;
    // Each dependency carries its number of imports: billing imports accounts four times.
    assert_eq!(
        map.dependencies,
        counted(
            [
                dep(2, 1, s),
                dep(2, 4, s),
                dep(3, 1, s),
                dep(4, 1, s),
                dep(4, 2, s),
                dep(4, 3, s),
                dep(5, 1, s),
                dep(5, 3, s),
                dep(5, 4, s)
            ],
            [4, 2, 2, 2, 4, 4, 2, 2, 2]
        )
    );
    assert_eq!(weights, [4, 2, 2, 2, 4, 4, 2, 2, 2]);
    assert_eq!(notes.counts.dropped, 8);
}

#[test]
fn merge_keeps_what_an_import_graph_cannot_know() {
    let g = parse_dot(&fixture("pydeps-django.dot")).unwrap();
    let (imported, _, _) = group(&g, &GroupOptions::suggested(&g)).to_domain_map().unwrap();
    let billing = Module {
        id: 7,
        name: "Billing".into(),
        load: 50,
        availability: AvailabilityTarget::Critical,
        cadence: Cadence::Daily,
        team: Some("Money".into()),
        resource: ResourceProfile::CpuHeavy,
        core: true,
        runs_apart: true,
    };
    let orders = Module { team: Some("Checkout".into()), ..module(9, " orders ") };
    let existing = DomainMap {
        modules: vec![
            billing.clone(),
            orders.clone(),
            module(3, "Legacy reports"),
            module(12, "Accounts"),
        ],
        dependencies: vec![
            dep(9, 7, DepKind::Sync),
            dep(9, 7, DepKind::Async),
            dep(7, 9, DepKind::SharedTables { shared_writes: true }),
            dep(9, 3, DepKind::Async),
            dep(12, 9, DepKind::Sync),
        ],
    };
    let (merged, notes) = merge_with_notes(&existing, &imported);
    assert_eq!(
        merged.modules,
        [module(12, "Accounts"), billing, module(13, "catalog"), orders, module(14, "urls")]
    );
    let s = DepKind::Sync;
    // The import's dependencies keep their counts; the user's own have none.
    assert_eq!(
        merged.dependencies,
        counted(
            [
                dep(7, 12, s),
                dep(7, 9, s),
                dep(13, 12, s),
                dep(9, 12, s),
                dep(9, 7, s),
                dep(9, 13, s),
                dep(14, 12, s),
                dep(14, 13, s),
                dep(14, 9, s),
                dep(9, 7, DepKind::Async),
                dep(7, 9, DepKind::SharedTables { shared_writes: true }),
            ],
            [4, 2, 2, 2, 4, 4, 2, 2, 2, 0, 0]
        )
    );
    assert_eq!(
        notes,
        MergeNotes {
            matched: vec!["Accounts".into(), "Billing".into(), " orders ".into()],
            added: vec!["catalog".into(), "urls".into()],
            removed: vec!["Legacy reports".into()],
            kept_dependencies: 2,
            dropped_dependencies: 1,
        }
    );
    assert_eq!(merge(&existing, &imported), merged);
    // Into an empty map, the import is the map.
    assert_eq!(merge(&DomainMap::default(), &imported), imported);
}

#[test]
fn what_a_sheet_says_wins_over_the_map_where_it_says_something() {
    let existing = DomainMap {
        modules: vec![Module {
            team: Some("Old team".into()),
            load: 8,
            cadence: Cadence::Monthly,
            ..module(4, "Billing")
        }],
        dependencies: vec![],
    };
    let imported = DomainMap {
        modules: vec![Module {
            team: Some("Payments".into()),
            availability: AvailabilityTarget::Critical,
            ..module(1, "billing")
        }],
        dependencies: vec![],
    };
    let merged = merge(&existing, &imported);
    assert_eq!(
        merged.modules,
        [Module {
            team: Some("Payments".into()),
            load: 8,
            cadence: Cadence::Monthly,
            availability: AvailabilityTarget::Critical,
            ..module(4, "Billing")
        }]
    );
}

/// Every refusal names the line or the field, in the page's words.
#[test]
fn broken_files_are_refused_with_a_message_naming_where() {
    let cases: [(&str, &str); 8] = [
        ("digraph G {\n  a -> b;\n  b -> \"c;\n}\n", "Line 3: a quoted name opened on this line never closes: add the closing '\"'."),
        ("digraph G {\n  a -> b;\n\n  c -> ;\n}\n", "Line 4: expected a node name after '->'."),
        ("{\n  \"shop.a\": {\n    \"imports\": [\"shop.b\"",
         "The file is not readable JSON: the file ends too early, at line 3, as if it was cut short."),
        ("[{\"shop.a\": []}]", "The file cannot be read: it must be an object keyed by module or file name, as pydeps --show-deps and madge --json write; the file has a list."),
        ("{\"shop.a\": {\"imports\": [\"x\"], \"path\": 12}}", "The file cannot be read: \"shop.a\".path must be a file path in quotes, or null; the file has 12."),
        ("module,team\nBilling,Payments\n", "Line 1 of the modules file: the header has no \"name\" column; the first line names the columns, as in name,team,load,availability,cadence,resource,core."),
        ("name,availability\nBilling,always on\n", "Line 2 of the modules file: the availability \"always on\" is not one Seams knows: write 99%, 99.9%, 99.95% or 99.99% (or Tolerant, Standard, High, Critical), or leave it empty."),
        ("   \n", "The file is empty: it holds no modules."),
    ];
    for (text, message) in cases {
        assert_eq!(parse_any(text).map(|_| ()).unwrap_err().to_string(), message, "{text:?}");
    }
}

#[test]
fn the_limits_hold_at_every_step() {
    assert_eq!(MAX_IMPORT_BYTES, 5 * 1024 * 1024);
    assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));
    assert_eq!(check_size(6 * 1024 * 1024), Err(ImportError::TooLarge { bytes: 6 * 1024 * 1024 }));

    // 1,001 groups: more modules than the map holds; a smaller depth would do.
    let text =
        format!("digraph {{ {} }}", (0..1001).map(|i| format!("m{i}; ")).collect::<String>());
    let g = parse_dot(&text).unwrap();
    let err = group(&g, &options(None, None, 1)).to_domain_map().unwrap_err();
    assert_eq!(
        err.to_string(),
        "This grouping makes 1,001 modules; the map holds at most 1,000: choose a smaller depth."
    );
    let just =
        format!("digraph {{ {} }}", (0..1000).map(|i| format!("m{i}; ")).collect::<String>());
    let (map, _, _) =
        group(&parse_dot(&just).unwrap(), &options(None, None, 1)).to_domain_map().unwrap();
    assert_eq!(map.modules.len(), 1000);

    // 101 modules all importing one another: 10,100 links, more than the map holds.
    let mut text = String::from("digraph {\n");
    for a in 0..101 {
        for b in 0..101 {
            if a != b {
                text.push_str(&format!("p.m{a} -> p.m{b}\n"));
            }
        }
    }
    text.push('}');
    let g = parse_dot(&text).unwrap();
    assert_eq!(
        group(&g, &options(None, None, 2)).to_domain_map().unwrap_err().to_string(),
        "This grouping makes 10,100 dependencies; the map holds at most 10,000: choose a smaller depth."
    );
    let (map, weights, _) = group(&g, &options(None, None, 1)).to_domain_map().unwrap();
    assert_eq!((map.modules.len(), map.dependencies.len(), weights.len()), (1, 0, 0));

    // A graph of only external modules leaves nothing to import.
    let g =
        parse_madge_json(r#"{"node_modules/a/index.js": ["node_modules/b/index.js"]}"#).unwrap();
    assert_eq!(
        group(&g, &GroupOptions::default()).to_domain_map().unwrap_err().to_string(),
        "All 2 modules in the file lie outside the project and were left out: check the main package, or keep external modules."
    );

    // Names longer than a module's are cut, keeping their end, and made unique.
    let long = "a".repeat(70);
    let text = format!("digraph {{ \"x/{long}/one\" -> \"y/{long}/one\" }}");
    let (map, _, notes) =
        group(&parse_dot(&text).unwrap(), &options(None, None, 3)).to_domain_map().unwrap();
    let names: Vec<&str> = map.modules.iter().map(|m| m.name.as_str()).collect();
    let cut = format!("…{}/one", "a".repeat(55));
    assert_eq!(names, [format!("{} 2", &cut[..cut.len() - 2]), cut], "sorted by name");
    assert_eq!(notes.renamed.len(), 2);
    assert!(names.iter().all(|n| n.chars().count() <= 60));
}

/// Every fixture, read with the options a page would suggest, makes a map that passes the
/// checks an answer file's map must pass.
#[test]
fn every_fixture_makes_a_map_the_answer_checks_accept() {
    use seams_engine::{Answers, Catalogue};
    use seams_formats::validate::{check_answers, Origin};
    let graphs = [
        parse_any(&fixture("pydeps-django.dot")),
        parse_any(&fixture("pydeps-django.json")),
        parse_any(&fixture("pyreverse-django.dot")),
        parse_any(&fixture("madge-app.dot")),
        parse_any(&fixture("madge-app.json")),
        parse_any(&fixture("cargo-modules-shop.dot")),
        parse_any(&fixture("go-mod-graph.dot")),
        parse_any(&fixture("go-list.dot")),
        parse_any(&fixture("modules.csv")),
        parse_any(&fixture("dependencies.csv")),
    ];
    for g in graphs {
        let g = g.unwrap();
        let (map, weights, _) = group(&g, &GroupOptions::suggested(&g)).to_domain_map().unwrap();
        assert_eq!(weights.len(), map.dependencies.len());
        let answers = Answers { domain: map, ..Answers::default() };
        assert_eq!(
            check_answers(&answers, &Catalogue::standard(), Origin::File),
            Vec::<String>::new()
        );
    }
}

#[test]
fn a_merge_keeps_the_kind_the_user_gave_an_imported_call() {
    let g = parse_dot(&fixture("pydeps-django.dot")).unwrap();
    let (imported, _, _) = group(&g, &GroupOptions::suggested(&g)).to_domain_map().unwrap();
    let mut mine = imported.clone();
    mine.dependencies[0].kind = DepKind::Async;
    let (from, to, imports) =
        (mine.dependencies[0].from, mine.dependencies[0].to, mine.dependencies[0].imports);
    assert!(imports > 0, "an import counts its imports");
    let merged = merge(&mine, &imported);
    assert_eq!(merged.dependencies.len(), imported.dependencies.len(), "no second link");
    let between: Vec<_> =
        merged.dependencies.iter().filter(|d| (d.from, d.to) == (from, to)).collect();
    assert_eq!(between.len(), 1);
    assert_eq!((between[0].kind, between[0].imports), (DepKind::Async, imports));
}
