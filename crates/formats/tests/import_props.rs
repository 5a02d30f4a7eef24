#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the import layer: no text, however broken, makes a parser panic, and
//! grouping keeps its books: every node is in a group or left out, every import is between two
//! groups, inside one or dropped, and there are never more groups than nodes.

use proptest::prelude::*;
use seams_engine::{Answers, Catalogue};
use seams_formats::import::{
    group, parse_any, parse_csv_pair, parse_dot, parse_madge_json, parse_pydeps_json, preview,
    suggest_depth, Graph, GroupOptions,
};
use seams_formats::validate::{check_answers, Origin};

/// Pieces of the formats, so that random text often gets deep into a parser.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("digraph".to_string()),
        Just("strict graph".to_string()),
        Just("subgraph".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("->".to_string()),
        Just("--".to_string()),
        Just(";".to_string()),
        Just(",".to_string()),
        Just("=".to_string()),
        Just(":".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("+".to_string()),
        Just("/*".to_string()),
        Just("*/".to_string()),
        Just("//".to_string()),
        Just("#".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("label=\"a|b\"".to_string()),
        Just("\"imports\":".to_string()),
        Just("\"path\":".to_string()),
        Just("null".to_string()),
        Just("[\"x\"]".to_string()),
        Just("name,team,load".to_string()),
        Just("from,to,kind,count".to_string()),
        Just("\u{feff}".to_string()),
        Just("é".to_string()),
        "[a-z_.:/0-9-]{0,8}",
    ]
}

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|p| p.join(" "))
}

fn all_parsers(text: &str) {
    let _ = parse_any(text);
    let _ = parse_dot(text);
    let _ = parse_pydeps_json(text);
    let _ = parse_madge_json(text);
    let _ = parse_csv_pair(Some(text), None);
    let _ = parse_csv_pair(None, Some(text));
    let _ = parse_csv_pair(Some(text), Some(text));
}

/// A random graph written as DOT: names of one to four segments from a small alphabet, so that
/// groups collide, joined with dots, slashes or `::`.
fn graph_text() -> impl Strategy<Value = String> {
    let name = (prop::collection::vec("[abc]", 1..5), 0..3usize).prop_map(|(segs, sep)| {
        let sep = [".", "/", "::"][sep];
        segs.join(sep)
    });
    prop::collection::vec((name.clone(), name), 1..60).prop_map(|edges| {
        let body: String = edges.iter().map(|(a, b)| format!("\"{a}\" -> \"{b}\";\n")).collect();
        format!("digraph {{\n{body}}}")
    })
}

fn total_imports(g: &Graph) -> u64 {
    g.edges.iter().map(|e| u64::from(e.count)).sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_text_makes_a_parser_panic(text in any::<String>()) {
        all_parsers(&text);
    }

    #[test]
    fn no_mix_of_the_formats_pieces_makes_a_parser_panic(text in soup()) {
        all_parsers(&text);
        all_parsers(&format!("digraph {{ {text} }}"));
        all_parsers(&format!("{{\"a\": {{\"imports\": [{text}]}}}}"));
        all_parsers(&format!("name,team\n{text}"));
    }

    #[test]
    fn grouping_keeps_its_books(
        text in graph_text(),
        depth in 0..6usize,
        drop in any::<bool>(),
        main in prop::option::of("[abc]"),
        prefix in prop::option::of("[abc]"),
    ) {
        let g = parse_dot(&text).unwrap();
        let options = GroupOptions {
            depth,
            strip_prefix: prefix,
            drop_external: drop,
            main_package: main,
        };
        let grouped = group(&g, &options);
        let c = grouped.counts;
        prop_assert!(grouped.groups.len() <= g.nodes.len());
        prop_assert!(grouped.groups.len() <= c.nodes);
        prop_assert_eq!(c.nodes + c.dropped, g.nodes.len());
        prop_assert_eq!(c.imports + c.inside + c.dropped_imports, total_imports(&g));
        let members: usize = grouped.groups.iter().map(|gr| gr.members.len()).sum();
        prop_assert_eq!(members, c.nodes);
        let weights: u64 = grouped.edges.iter().map(|e| u64::from(e.count)).sum();
        prop_assert_eq!(weights, c.imports);
        prop_assert!(grouped.edges.iter().all(|e| e.from != e.to));
        prop_assert_eq!(&preview(&g, &options), &grouped.preview());
        // A deeper grouping never makes fewer groups.
        let deeper = group(&g, &GroupOptions { depth: depth.max(1) + 1, ..options.clone() });
        prop_assert!(deeper.groups.len() >= grouped.groups.len());
        let suggested = suggest_depth(&g, &options);
        prop_assert!(suggested >= 1);
        if let Ok((map, weights, _)) = grouped.to_domain_map() {
            prop_assert_eq!(map.modules.len(), grouped.groups.len());
            prop_assert_eq!(weights.len(), map.dependencies.len());
            let imports: Vec<u32> = map.dependencies.iter().map(|d| d.imports).collect();
            prop_assert_eq!(&imports, &weights, "each dependency carries its weight");
            prop_assert!(imports.iter().all(|&n| n >= 1), "an imported dependency is counted");
            let mut names: Vec<String> = map.modules.iter().map(|m| m.name.to_lowercase()).collect();
            names.sort();
            names.dedup();
            prop_assert_eq!(names.len(), map.modules.len(), "names are unique");
            // The map passes the checks an answer file's map must pass.
            let answers = Answers { domain: map, ..Answers::default() };
            let problems = check_answers(&answers, &Catalogue::standard(), Origin::File);
            prop_assert!(problems.is_empty(), "{:?}", problems);
        }
    }
}
