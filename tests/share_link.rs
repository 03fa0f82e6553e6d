//! Properties of the share-link codec and the Markdown converter on arbitrary input: any text, date
//! and corrections come back unchanged from a link; no fragment, however made, panics the decoder;
//! the Markdown converter never panics and keeps plain prose as it is.
#![cfg(not(target_arch = "wasm32"))]

use lede::workbench::{markdown, share};
use proptest::prelude::*;

/// Text made of words, punctuation, markup characters and multi-byte characters.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("the ".to_string()),
            Just("Ms Solberg said ".to_string()),
            Just("\"".to_string()),
            Just("\n".to_string()),
            Just("*".to_string()),
            Just("[a](b)".to_string()),
            Just("#".to_string()),
            Just("Zürich — «oui» 東京 😀".to_string()),
            any::<char>().prop_map(String::from),
        ],
        0..200,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn links_round_trip(text in text(), corrections in ".{0,40}", day in 1u32..=28) {
        let shared = share::Shared {
            text,
            date: Some(format!("2024-03-{day:02}")),
            corrections,
        };
        let payload = share::encode(&shared);
        prop_assert_eq!(share::decode(&payload), Ok(shared));
    }

    #[test]
    fn no_fragment_panics(fragment in "[A-Za-z0-9_=%#-]{0,300}", bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = share::from_fragment(&fragment);
        let _ = share::decode(&share::base64url(&bytes));
        let mut versioned = vec![1];
        versioned.extend(&bytes);
        let _ = share::decode(&share::base64url(&versioned));
    }

    #[test]
    fn markdown_never_panics(input in text()) {
        let _ = markdown::to_text(&input);
    }

    #[test]
    fn plain_prose_is_kept(words in prop::collection::vec("[A-Za-z]{1,12}", 1..40)) {
        let prose = format!("{}.", words.join(" "));
        prop_assert_eq!(markdown::to_text(&prose), prose);
    }
}
