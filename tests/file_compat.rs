#![cfg(not(target_arch = "wasm32"))]
//! Answer files are forever: every file in tests/fixtures/files-v1/ was written by a release of
//! Seams (by `file::to_json`, or by hand for the odd and hostile cases) and is kept as it was
//! written. Each must keep opening to exactly the answers it held then, and the autosave to its
//! answers, its revision and its page.
//!
//! The expected answers are frozen too, as Rust values in tests/frozen/ (never read from
//! `examples()` nor from the fixtures). When a newer version appears, its files join this test,
//! and the version-1 files here must still open, through the migration; none ever leaves.

#[path = "frozen/mod.rs"]
mod frozen;

use seams::app::file::{from_json, from_saved_json, saved_revision, to_json, Saved};
use seams::app::Step;
use seams::engine::Catalogue;

fn text(name: &str) -> String {
    let path = format!("{}/tests/fixtures/files-v1/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path}"))
}

#[test]
fn every_example_file_opens_to_the_answers_it_held() {
    for id in frozen::EXAMPLE_IDS {
        assert_eq!(from_json(&text(id), &Catalogue::standard()), Ok(frozen::example(id)), "{id}");
    }
}

#[test]
fn every_example_file_is_still_written_byte_for_byte() {
    // Not a promise of the format (any equivalent JSON would do), but a changed byte here is the
    // first sign that the written form moved.
    for id in frozen::EXAMPLE_IDS {
        let written = to_json(&frozen::example(id), Some("2026-11-22T10:00:00Z"));
        assert_eq!(written, text(id), "{id}");
    }
}

#[test]
fn the_odd_and_hostile_files_open_to_the_answers_they_hold() {
    let cases = [
        ("unknown-fields", frozen::unknown_fields()),
        ("missing-optional-fields", frozen::missing_optional_fields()),
        ("minimal", frozen::minimal()),
        ("one-line-in-any-order", frozen::one_line_in_any_order()),
        ("largest-values", frozen::largest_values()),
        ("smallest-values", frozen::smallest_values()),
    ];
    for (name, expected) in cases {
        assert_eq!(from_json(&text(name), &Catalogue::standard()), Ok(expected), "{name}");
    }
}

#[test]
fn the_largest_values_are_the_limits_themselves() {
    // The fixture sits exactly on every limit a file may hold, so a limit tightened by mistake
    // fails above; and one step past any of them is refused, so it is on the edge, not inside.
    let fixture = text("largest-values");
    let cat = Catalogue::standard();
    for (at, past) in [
        ("\"engineers\": 100000", "\"engineers\": 100001"),
        ("\"teams\": 5000", "\"teams\": 5001"),
        ("\"services_today\": 10000", "\"services_today\": 10001"),
        ("\"ops_headcount\": 10000", "\"ops_headcount\": 10001"),
        ("\"load\": 1000000", "\"load\": 1000001"),
        ("\"year\": 2200", "\"year\": 2201"),
        ("\"id\": 4294967295", "\"id\": 4294967296"),
    ] {
        assert!(fixture.contains(at), "the fixture holds {at}");
        let edited = fixture.replacen(at, past, 1);
        assert!(from_json(&edited, &cat).is_err(), "{past} is refused");
    }
}

#[test]
fn the_autosave_opens_with_its_answers_revision_and_page() {
    let saved = text("autosave");
    let cat = Catalogue::standard();
    let expected = Saved {
        answers: frozen::tangled_services(),
        revision: 42,
        step: Some("domain-map".to_string()),
    };
    assert_eq!(from_saved_json(&saved, &cat), Ok(expected));
    assert_eq!(saved_revision(&saved), 42);
    assert_eq!(Step::from_slug("domain-map"), Some(Step::DomainMap), "the page it reopens on");
    // An autosave is an answer file too: it imports as one.
    assert_eq!(from_json(&saved, &cat), Ok(frozen::tangled_services()));
}
