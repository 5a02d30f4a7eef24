#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the answer-file reader: arbitrary text never makes it panic, and a written
//! file reads back exactly, or is refused with the very problems the whole-answers check finds.

// The engine's answer strategies, shared with its own property tests.
#[path = "../crates/engine/tests/strategies/mod.rs"]
mod strategies;

use proptest::prelude::*;
use seams::app::file::{from_json, to_json, FileError};
use seams::app::validate::{check_answers, Origin};
use seams::engine::Catalogue;
use strategies::answers;

/// serde's words, which no message of the page may use.
const SERDE_PHRASES: [&str; 5] =
    ["invalid type", "invalid value", "expected", "unknown variant", "missing field"];

/// Every field of an answer file, `[]` marking a list's items.
const FIELDS: [&str; 22] = [
    "context.engineers",
    "context.teams",
    "context.stage",
    "context.daily_requests",
    "context.architecture",
    "context.stack",
    "context.services_today",
    "factors.TimeHorizon",
    "readiness.capabilities.CiCd",
    "readiness.ops_headcount",
    "domain.modules[].id",
    "domain.modules[].name",
    "domain.modules[].load",
    "domain.modules[].availability",
    "domain.modules[].cadence",
    "domain.modules[].team",
    "domain.modules[].resource",
    "domain.modules[].core",
    "domain.dependencies[].from",
    "domain.dependencies[].kind",
    "plan_start.year",
    "plan_start.month",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_written_file_reads_back_or_names_its_problems(a in answers()) {
        let cat = Catalogue::standard();
        let problems = check_answers(&a, &cat, Origin::File);
        let read = from_json(&to_json(&a, None), &cat);
        if problems.is_empty() {
            prop_assert_eq!(read, Ok(a));
        } else {
            prop_assert_eq!(read, Err(FileError::Invalid { problems }));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}") {
        let _ = from_json(&text, &Catalogue::standard());
    }

    #[test]
    fn arbitrary_json_shapes_never_panic_nor_speak_serde(
        text in r#"\{"format":"seams-answers","version":1,"answers":\{("context"|"domain"|"factors"|"readiness"|"plan_start"):[\[\]{}"0-9a-z,:. -]{0,120}\}\}"#
    ) {
        if let Err(e) = from_json(&text, &Catalogue::standard()) {
            let message = e.to_string();
            for phrase in SERDE_PHRASES {
                prop_assert!(!message.contains(phrase), "{:?} in {:?}", phrase, message);
            }
        }
    }

    #[test]
    fn wrong_values_in_real_fields_never_speak_serde(
        path in prop::sample::select(FIELDS.to_vec()),
        value in prop_oneof![
            Just("-1".to_string()), Just("1.5".to_string()), Just("true".to_string()),
            Just("null".to_string()), Just("[]".to_string()), Just("{}".to_string()),
            Just("99999999999".to_string()), "\"[a-zA-Z]{0,8}\"", Just(r#"{"x":1}"#.to_string()),
        ],
    ) {
        // A file with `value` at `path`, every enclosing object written out.
        let keys: Vec<&str> = path.split('.').collect();
        let mut json = value;
        for key in keys.iter().rev() {
            json = match key.strip_suffix("[]") {
                Some(list) => format!(r#"{{"{list}":[{json}]}}"#),
                None => format!(r#"{{"{key}":{json}}}"#),
            };
        }
        let text = format!(r#"{{"format":"seams-answers","version":1,"answers":{json}}}"#);
        if let Err(e) = from_json(&text, &Catalogue::standard()) {
            let message = e.to_string();
            for phrase in SERDE_PHRASES {
                prop_assert!(!message.contains(phrase), "{:?} in {:?} for {}", phrase, message, text);
            }
            prop_assert!(!message.contains("cannot read"), "a rule for every field: {} for {}", message, text);
            prop_assert!(!message.contains("not a readable"), "the test writes JSON: {}", text);
        }
    }

    #[test]
    fn a_cut_file_is_refused(a in answers(), cut in 1usize..200) {
        let text = to_json(&a, None);
        let keep = text.len().saturating_sub(cut);
        if text.is_char_boundary(keep) {
            prop_assert!(from_json(&text[..keep], &Catalogue::standard()).is_err());
        }
    }
}
