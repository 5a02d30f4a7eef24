#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the answer-file reader: arbitrary text never makes it panic, and a written
//! file reads back exactly, or is refused with the very problems the whole-answers check finds.

mod strategies;

use proptest::prelude::*;
use seams::app::file::{from_json, to_json, FileError};
use seams::app::validate::check_answers;
use seams::engine::Catalogue;
use strategies::answers;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_written_file_reads_back_or_names_its_problems(a in answers()) {
        let cat = Catalogue::standard();
        let problems = check_answers(&a, &cat);
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
    fn arbitrary_json_shapes_never_panic(
        text in r#"\{"format":"seams-answers","version":1,"answers":\{("context"|"domain"|"factors"|"readiness"):[\[\]{}"0-9a-z,:. -]{0,120}\}\}"#
    ) {
        let _ = from_json(&text, &Catalogue::standard());
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
