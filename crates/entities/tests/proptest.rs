//! Random input never panics and keeps the invariants.
use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_entities::EntityExtractor;
use dateline_testkit::check_invariants;
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::segment_only().with(EntityExtractor::load().expect("model loads")))
}

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("U.S.".to_string()),
            Just("President".to_string()),
            Just("Donald Trump".to_string()),
            Just("Trump’s".to_string()),
            Just("Zelenskiy".to_string()),
            Just("Kyiv".to_string()),
            Just("Washington".to_string()),
            Just("the Kremlin".to_string()),
            Just("-".to_string()),
            Just("U.S.-Ukraine".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just(",".to_string()),
            Just(".".to_string()),
            Just("\n\n".to_string()),
            Just("bin".to_string()),
            Just("of".to_string()),
            Just("the".to_string()),
            Just("Secretary of State".to_string()),
            Just("CEDING".to_string()),
            "[A-Z][a-zé]{0,8}",
            "[a-z]{1,8}",
            "[0-9]{1,5}",
            "\\PC{1,6}",
        ],
        0..40,
    )
    .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(text in pieces()) {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), text));
        let errors = pipeline().run(&mut doc);
        prop_assert!(errors.is_empty());
        let bad = check_invariants(&doc);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        for (i, e) in doc.entities.iter().enumerate() {
            prop_assert_eq!(e.id as usize, i);
            prop_assert!(!e.mentions.is_empty());
            prop_assert!(e.mentions.windows(2).all(|w| w[0].span.start <= w[1].span.start));
            for m in &e.mentions {
                prop_assert!(!m.span.is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,200}") {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), text));
        let errors = pipeline().run(&mut doc);
        prop_assert!(errors.is_empty());
        prop_assert!(check_invariants(&doc).is_empty());
    }
}

#[test]
fn empty_and_odd_inputs() {
    for t in ["", " ", "\n\n", "U.S.", "-", "'s", "Trump 's", "“”", "A-B-C-D", "bin bin bin", "The the THE"] {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), t));
        assert!(pipeline().run(&mut doc).is_empty());
        assert!(check_invariants(&doc).is_empty(), "{t:?}");
    }
}
