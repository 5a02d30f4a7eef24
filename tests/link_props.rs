#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the share-link codec: every answer survives the round trip, and no input,
//! however hostile, makes the decoder panic.

// The engine's answer strategies, shared with its own property tests.
#[path = "../crates/engine/tests/strategies/mod.rs"]
mod strategies;

use proptest::prelude::*;
use seams::app::link::{decode, encode};
use strategies::answers;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_answer_survives_the_round_trip(a in answers()) {
        let code = encode(&a);
        // Formats 2 and 4 only when they are needed, so older releases keep opening every other
        // link.
        let prefix = if a.domain.modules.iter().any(|m| m.runs_apart)
            || a.domain.dependencies.iter().any(|d| d.imports > 0)
        {
            "s4."
        } else if a.context.services_today.is_some() {
            "s2."
        } else {
            "s1."
        };
        prop_assert!(code.starts_with(prefix), "{}", code);
        prop_assert_eq!(decode(&code), Ok(a));
    }

    #[test]
    fn the_services_running_today_change_only_the_version_and_the_end(a in answers(), n in any::<u32>()) {
        let mut a = a;
        a.domain.modules.iter_mut().for_each(|m| m.runs_apart = false);
        a.domain.dependencies.iter_mut().for_each(|d| d.imports = 0);
        let mut without = a.clone();
        without.context.services_today = None;
        let mut with = a;
        with.context.services_today = Some(n);
        let (v1, v2) = (encode(&without), encode(&with));
        prop_assert!(v1.starts_with("s1.") && v2.starts_with("s2."));
        prop_assert_eq!(decode(&v2), Ok(with));
        prop_assert_eq!(decode(&v1), Ok(without));
        // Never a format-1 link read as holding services, nor the reverse.
        prop_assert!(decode(&v2.replacen("s2.", "s1.", 1)).is_err());
        prop_assert!(decode(&v1.replacen("s1.", "s2.", 1)).is_err());
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = decode(&text);
        let _ = decode(&format!("s1.{text}"));
        let _ = decode(&format!("s2.{text}"));
        let _ = decode(&format!("s4.{text}"));
    }

    #[test]
    fn arbitrary_bytes_behind_a_valid_prefix_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        // Base64url of arbitrary bytes: well-formed text, garbage inside, so the binary reader
        // (not just the text decoder) sees hostile input.
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let text: String = bytes.iter().map(|b| char::from(alphabet[usize::from(*b) % 64])).collect();
        let _ = decode(&format!("s1.{text}"));
        let _ = decode(&format!("s2.{text}"));
        let _ = decode(&format!("s4.{text}"));
    }

    #[test]
    fn a_cut_link_is_refused_not_misread(a in answers(), cut in 1usize..40) {
        let code = encode(&a);
        let keep = code.len().saturating_sub(cut).max(3);
        prop_assert!(decode(&code[..keep]).is_err());
    }
}
