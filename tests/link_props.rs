#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the share-link codec: every answer survives the round trip, and no input,
//! however hostile, makes the decoder panic.

mod strategies;

use proptest::prelude::*;
use seams::app::link::{decode, encode, PREFIX};
use strategies::answers;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_answer_survives_the_round_trip(a in answers()) {
        let code = encode(&a);
        prop_assert!(code.starts_with(PREFIX));
        prop_assert_eq!(decode(&code), Ok(a));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = decode(&text);
        let _ = decode(&format!("{PREFIX}{text}"));
    }

    #[test]
    fn arbitrary_bytes_behind_a_valid_prefix_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        // Base64url of arbitrary bytes: well-formed text, garbage inside, so the binary reader
        // (not just the text decoder) sees hostile input.
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let text: String = bytes.iter().map(|b| char::from(alphabet[usize::from(*b) % 64])).collect();
        let _ = decode(&format!("{PREFIX}{text}"));
    }

    #[test]
    fn a_cut_link_is_refused_not_misread(a in answers(), cut in 1usize..40) {
        let code = encode(&a);
        let keep = code.len().saturating_sub(cut).max(PREFIX.len());
        prop_assert!(decode(&code[..keep]).is_err());
    }
}
