#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the hand-in code: every participant's answers survive the round trip, every
//! single mistyped character and every swap of two neighbours is caught, and no text, however
//! hostile, makes the reader panic.

#[path = "../../engine/tests/strategies/mod.rs"]
mod strategies;

use proptest::prelude::*;
use seams_engine::{Answers, Catalogue};
use seams_formats::handin::{decode, encode, HandIn, HandInError, RubricMark};
use strategies::answers;

const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

fn mark() -> RubricMark {
    RubricMark::of("seams-standard", "ee9e9f07")
}

/// What a participant hands in: the answers without the domain map and the plan's start, with
/// only the factor answers the rubric offers.
fn participant(a: &Answers, nickname: Option<String>) -> HandIn {
    let cat = Catalogue::standard();
    let factors = a
        .factors
        .iter()
        .filter(|(f, id)| cat.factor(*f).is_some_and(|d| d.options.iter().any(|o| &o.id == id)))
        .cloned()
        .collect();
    HandIn {
        nickname: nickname
            .map(|n| n.trim().chars().take(24).collect::<String>().trim_end().to_string())
            .filter(|n| !n.is_empty()),
        answers: Answers {
            context: a.context.clone(),
            factors,
            readiness: a.readiness.clone(),
            ..Answers::default()
        },
    }
}

fn nickname() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "[a-zA-Z]{1,10}".prop_map(Some),
        "\\PC{0,30}".prop_map(Some),
        // A name whose 24th character is a space.
        "[a-z]{23} [a-z]{1,5}".prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_hand_in_survives_the_round_trip(a in answers(), name in nickname()) {
        let cat = Catalogue::standard();
        let h = participant(&a, name);
        let code = encode(&h, &cat, mark());
        prop_assert_eq!(decode(&code, &cat, mark()), Ok(h));
    }

    #[test]
    fn every_single_mistyped_character_is_caught(a in answers(), name in nickname(), at in any::<prop::sample::Index>(), by in any::<prop::sample::Index>()) {
        let cat = Catalogue::standard();
        let code: Vec<char> = encode(&participant(&a, name), &cat, mark()).chars().filter(|c| *c != '-').collect();
        let i = at.index(code.len());
        // Any other symbol a code can hold (look-alikes read as the same digit, so skip those).
        let others: Vec<char> = SYMBOLS.chars().filter(|c| *c != code[i]).collect();
        let mut typo = code.clone();
        typo[i] = others[by.index(others.len())];
        let text: String = typo.iter().collect();
        prop_assert!(decode(&text, &cat, mark()).is_err(), "{} read as answers", text);
    }

    #[test]
    fn every_swap_of_neighbours_is_caught(a in answers(), name in nickname(), at in any::<prop::sample::Index>()) {
        let cat = Catalogue::standard();
        let code: Vec<char> = encode(&participant(&a, name), &cat, mark()).chars().filter(|c| *c != '-').collect();
        let i = at.index(code.len() - 1);
        prop_assume!(code[i] != code[i + 1]);
        let mut swapped = code.clone();
        swapped.swap(i, i + 1);
        let text: String = swapped.iter().collect();
        prop_assert!(decode(&text, &cat, mark()).is_err(), "{} read as answers", text);
    }

    #[test]
    fn a_left_out_character_is_caught(a in answers(), at in any::<prop::sample::Index>()) {
        let cat = Catalogue::standard();
        let code: Vec<char> = encode(&participant(&a, None), &cat, mark()).chars().filter(|c| *c != '-').collect();
        let mut short = code.clone();
        short.remove(at.index(code.len()));
        let text: String = short.iter().collect();
        prop_assert!(decode(&text, &cat, mark()).is_err(), "{} read as answers", text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = decode(&text, &Catalogue::standard(), mark());
    }

    #[test]
    fn arbitrary_symbols_never_panic_and_rarely_pass(text in "[0-9A-Z*~$=-]{0,80}") {
        match decode(&text, &Catalogue::standard(), mark()) {
            Ok(h) => prop_assert!(h.answers.domain.modules.is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn a_long_code_is_refused_before_it_is_read() {
    let text = "A".repeat(161);
    assert_eq!(
        decode(&text, &Catalogue::standard(), mark()),
        Err(HandInError::TooLong { chars: 161 })
    );
}
