#![cfg(not(target_arch = "wasm32"))]
//! Golden-file tests of the Markdown report: the whole text for a few teams is compared with a
//! reviewed copy in tests/golden/. After a deliberate change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test report_golden` and review the diff.

use std::path::PathBuf;

use seams::app::report::markdown;
use seams::app::rubric::Rubric;
use seams::engine::{evaluate, examples, Answers, DepKind, Dependency, Module};

fn check(name: &str, answers: &Answers) {
    let cat = Rubric::standard();
    let report = markdown(answers, &evaluate(answers), &cat, "2026-11-22");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("report-{name}.md"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &report).expect("write the golden file");
        return;
    }
    let golden = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}: run with UPDATE_GOLDEN=1 once", path.display()));
    if golden != report {
        let line = golden.lines().zip(report.lines()).position(|(a, b)| a != b).unwrap_or(0) + 1;
        panic!("report-{name}.md differs from the generated report at line {line}:\n  golden: {:?}\n  now:    {:?}",
            golden.lines().nth(line - 1), report.lines().nth(line - 1));
    }
}

fn example(id: &str) -> Answers {
    examples().into_iter().find(|e| e.id == id).expect("example").answers
}

#[test]
fn a_team_that_stays_a_monolith() {
    check("blogging-platform", &example("blogging-platform"));
}

#[test]
fn a_team_that_extracts_one_service() {
    check("ecommerce-payments", &example("ecommerce-payments"));
}

#[test]
fn a_team_whose_services_behave_as_one_consolidates() {
    check("tangled-services", &example("tangled-services"));
}

#[test]
fn a_team_whose_services_earn_their_place_keeps_them() {
    check("services-that-fit", &example("services-that-fit"));
}

#[test]
fn a_team_that_migrates() {
    check("large-marketplace", &example("large-marketplace"));
}

#[test]
fn hostile_names_cannot_break_tables_or_inject_markup() {
    let mut a = example("ecommerce-payments");
    let names = [
        "<script>alert(1)</script>",
        "a | b | c",
        "[click](javascript:alert(1))",
        "**bold**\nnext line",
    ];
    for (i, name) in names.iter().enumerate() {
        a.domain.modules.push(Module {
            id: 100 + i as u32,
            name: name.to_string(),
            team: Some(format!("t{i}|x")),
            ..Module::default()
        });
    }
    a.domain.dependencies.push(Dependency { from: 100, to: 101, kind: DepKind::Sync, imports: 0 });
    check("hostile-names", &a);

    let report = markdown(&a, &evaluate(&a), &Rubric::standard(), "2026-11-22");
    assert!(!report.contains("<script>"), "no raw tag survives");
    // A link needs an unescaped `]` right before `(`: every one here is escaped.
    for (at, _) in report.match_indices("](javascript:") {
        assert_eq!(&report[at - 1..at], "\\", "no link survives");
    }
    // Every table row keeps its column count: escaped pipes do not split cells.
    for table in report.split("\n\n").filter(|b| b.starts_with('|')) {
        let columns = |line: &str| line.replace("\\|", "").matches('|').count();
        let first = columns(table.lines().next().unwrap_or(""));
        assert!(table.lines().all(|l| columns(l) == first), "a row with a stray pipe:\n{table}");
    }
}
