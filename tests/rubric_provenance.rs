#![cfg(not(target_arch = "wasm32"))]
//! Which rubric answers were made with travels in the answer file (an optional `rubric` object)
//! and in the share link (format 3, written only for a rubric other than the standard one).
//! The fixtures here are frozen as written, like those of tests/file_compat.rs and
//! tests/link_compat.rs: each must keep reading as it reads today.

use seams::app::file::{self, Opened};
use seams::app::link::{self, Shared};
use seams::app::rubric::{Rubric, RubricRef};
use seams::engine::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/files-v1/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path}"))
}

fn acme_ref() -> RubricRef {
    RubricRef {
        id: "acme-architecture".to_string(),
        version: "2.1.0".to_string(),
        sha256: "3f2a9c01b7de5a66c0c2b1d4e8f9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0".to_string(),
    }
}

/// A rubric other than the standard one: the standard rules under Acme's name.
fn acme() -> Rubric {
    let mut r = Rubric::standard();
    r.meta.id = "acme-architecture".to_string();
    r.meta.version = "2.1.0".to_string();
    r.meta.name = "Acme architecture rubric".to_string();
    r.sha256 = acme_ref().sha256;
    r
}

fn tiny_answers() -> Answers {
    let mut a = Answers::default();
    a.context.engineers = Some(24);
    a.context.teams = Some(3);
    a.context.stage = Some(ProductStage::GrowingStable);
    a.factors.insert(FactorId::ScalingProfile, "one_hot".to_string());
    a
}

#[test]
fn a_file_names_its_rubric_and_old_files_name_none() {
    let cat = Catalogue::standard();
    let opened = file::read(&fixture("with-rubric"), &cat).expect("reads");
    assert_eq!(opened, Opened { answers: tiny_answers(), rubric: Some(acme_ref()) });
    assert!(acme_ref().names(&acme()));
    assert!(!acme_ref().names(&Rubric::standard()));
    for old in ["minimal", "blogging-platform", "unknown-fields", "autosave"] {
        let opened = file::read(&fixture(old), &cat).expect(old);
        assert_eq!(opened.rubric, None, "{old}");
        assert_eq!(Ok(opened.answers), file::from_json(&fixture(old), &cat), "{old}");
    }
}

#[test]
fn a_file_written_with_a_rubric_reads_back_with_it_and_without_one_as_before() {
    let cat = Catalogue::standard();
    let a = tiny_answers();
    let text = file::to_json_with(&a, None, Some(&acme_ref()));
    assert!(text.contains("\"rubric\": {"), "{text}");
    assert_eq!(
        file::read(&text, &cat),
        Ok(Opened { answers: a.clone(), rubric: Some(acme_ref()) })
    );
    assert_eq!(file::to_json_with(&a, None, None), file::to_json(&a, None));
}

#[test]
fn a_wrong_rubric_field_is_named_in_the_page_s_words() {
    let cat = Catalogue::standard();
    let said = |rubric: &str| {
        let text =
            format!(r#"{{"format":"seams-answers","version":1,"rubric":{rubric},"answers":{{}}}}"#);
        file::read(&text, &cat).map_err(|e| e.to_string())
    };
    let e = said("\"acme\"").unwrap_err();
    assert!(e.contains("rubric") && !e.contains("invalid type"), "{e}");
    let e = said(r#"{"id": "acme", "version": "1"}"#).unwrap_err();
    assert!(e.contains("rubric has no \"sha256\""), "{e}");
    let e = said(r#"{"id": 3, "version": "1", "sha256": "ab"}"#).unwrap_err();
    assert!(e.contains("rubric.id must be text"), "{e}");
    assert_eq!(said("null").map(|_| ()), Ok(()), "null: no rubric named");
}

/// A format 3 link, as this release writes it for the tiny answers made with Acme's rubric.
const ACME_V3: &str =
    "s3.AxkEAwAAAAEBB29uZV9ob3QAAAAAAAAAEWFjbWUtYXJjaGl0ZWN0dXJlBTIuMS4wDDNmMmE5YzAxYjdkZWo_H_M";

#[test]
fn a_link_made_with_another_rubric_is_format_3_and_names_it() {
    let a = tiny_answers();
    let code = link::encode_with(&a, Some(&acme()));
    assert!(code.starts_with("s3."), "{code}");
    assert_eq!(code, ACME_V3, "format 3 is frozen as written");
    let shared = link::decode_shared(ACME_V3).expect("reads");
    assert_eq!(
        shared,
        Shared {
            answers: a.clone(),
            rubric: Some(RubricRef { sha256: "3f2a9c01b7de".to_string(), ..acme_ref() }),
        }
    );
    assert!(shared.rubric.as_ref().is_some_and(|r| r.names(&acme())));
    assert_eq!(link::decode(ACME_V3), Ok(a));
}

#[test]
fn the_standard_rubric_writes_the_links_it_always_wrote() {
    for example in examples() {
        let a = &example.answers;
        assert_eq!(link::encode_with(a, Some(&Rubric::standard())), link::encode(a));
        assert_eq!(link::encode_with(a, None), link::encode(a));
        assert_eq!(link::decode_shared(&link::encode(a)).map(|s| s.rubric), Ok(None));
    }
}

#[test]
fn a_format_3_link_with_a_broken_rubric_is_refused() {
    let mut bad = acme();
    bad.sha256 = "not-hex-at-all-really".to_string();
    let code = link::encode_with(&tiny_answers(), Some(&bad));
    assert_eq!(
        link::decode(&code),
        Err(link::LinkError::Invalid { field: "the rubric" }),
        "{code}"
    );
    // An older release meeting format 3 says it is newer; this one reads it.
    let cut = &ACME_V3[..ACME_V3.len() - 6];
    assert_eq!(link::decode(cut), Err(link::LinkError::Damaged));
}

#[test]
fn many_problems_are_listed_as_the_first_few_and_how_many_more() {
    use seams::app::rubric::{Problem, RubricError};
    let problems: Vec<Problem> = (0..7)
        .map(|i| Problem {
            path: format!("catalogue.factors[{i}].weight"),
            message: "must be a number".into(),
        })
        .collect();
    let brief = RubricError::Problems(problems).brief();
    assert!(brief.starts_with("The rubric has 7 problems and was not used:"), "{brief}");
    assert!(
        brief.contains("catalogue.factors[2].weight") && !brief.contains("factors[3]"),
        "{brief}"
    );
    assert!(brief.ends_with("And 4 more."), "{brief}");
    assert_eq!(RubricError::Empty.brief(), RubricError::Empty.to_string());
}
