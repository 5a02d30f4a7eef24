#![cfg(not(target_arch = "wasm32"))]
//! The engine's side of the one limit per thing (crates/engine/src/limits.rs): it reads as many
//! modules and dependencies as the form, the file and the link accept, and no more; what lies
//! beyond is ignored or clamped with a line saying so, never an error. The numbers are written
//! out here, not read from the constants, so a change to a limit is a change to this test too.

use seams_engine::*;

fn module(id: u32) -> Module {
    Module { id, name: format!("m{id}"), ..Module::default() }
}

fn map(modules: u32) -> Answers {
    let mut a = Answers::default();
    a.domain.modules = (1..=modules).map(module).collect();
    a
}

fn ignored(a: &Answers) -> Vec<String> {
    evaluate(a).domain.map(|d| d.ignored).unwrap_or_default()
}

#[test]
fn the_engine_reads_a_thousand_modules_and_ignores_the_next() {
    let full = map(1_000);
    assert_eq!(evaluate(&full).domain.map(|d| d.order.len()), Some(1_000));
    assert_eq!(ignored(&full), Vec::<String>::new());
    assert_eq!(
        ignored(&map(1_002)),
        ["Only the first 1000 modules were read; 2 more were ignored."]
    );
    let over = map(1_001);
    assert_eq!(evaluate(&over).domain.map(|d| d.order.len()), Some(1_000));
    assert_eq!(ignored(&over), ["Only the first 1000 modules were read; 1 more was ignored."]);
}

#[test]
fn the_engine_reads_ten_thousand_dependencies_and_ignores_the_next() {
    let mut a = map(200);
    for from in 1..=200u32 {
        for to in 1..=200u32 {
            if from != to && a.domain.dependencies.len() < 10_001 {
                a.domain.dependencies.push(Dependency {
                    from,
                    to,
                    kind: DepKind::Async,
                    imports: 0,
                });
            }
        }
    }
    assert_eq!(a.domain.dependencies.len(), 10_001);
    assert_eq!(ignored(&a), ["Only the first 10000 dependencies were read; 1 more was ignored."]);
    a.domain.dependencies.pop();
    assert_eq!(ignored(&a), Vec::<String>::new());
}

#[test]
fn loads_are_read_from_1_to_a_million_and_names_up_to_60_characters() {
    let mut a = map(3);
    a.domain.modules[0].load = 1_000_000;
    a.domain.modules[1].load = 1_000_001;
    a.domain.modules[2].name = "x".repeat(61);
    let lines = ignored(&a);
    assert_eq!(lines, ["\"m2\" had a load above 1000000, read as 1000000."]);
    let labels = evaluate(&a).domain.map(|d| d.labels).unwrap_or_default();
    assert!(labels.contains(&"x".repeat(60)), "{labels:?}");
}

#[test]
fn zero_engineers_and_teams_are_read_as_one_with_a_caveat() {
    let with = |n| {
        let mut a = Answers::default();
        a.context.engineers = Some(n);
        a.context.teams = Some(n);
        evaluate(&a)
    };
    let (zero, one) = (with(0), with(1));
    assert_eq!((zero.need, zero.verdict.verdict), (one.need, one.verdict.verdict));
    assert_eq!(zero.verdict.caveats.len(), one.verdict.caveats.len() + 2, "one caveat each");
}
