//! Random input never panics and keeps the invariants.
mod common;

use dateline_core::{Article, PubDate};
use dateline_syntax::clauses;
use dateline_testkit::check_invariants;
use proptest::prelude::*;

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-z]{1,10}",
        "[0-9]{1,6}",
        Just("U.S.".to_string()),
        Just("n't".to_string()),
        Just("'s".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("—".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("Zelenskiy’s".to_string()),
        Just("was".to_string()),
        Just("by".to_string()),
        Just("and".to_string()),
        Just("will".to_string()),
        "\\PC{1,4}",
    ];
    proptest::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n\n"), Just(" ")]), 0..60)
        .prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect::<String>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn random_text_never_panics(text in text_strategy()) {
        let date = PubDate::parse("2025-03-11").unwrap();
        let doc = common::parse(Article::new(date, &text));
        let bad = check_invariants(&doc);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        // Every head stays inside its sentence; every token is analysed.
        for s in &doc.sentences {
            let mut roots = 0;
            for i in s.tokens.clone() {
                let t = &doc.tokens[i];
                prop_assert!(t.upos.is_some() && t.lemma.is_some() && t.deprel.is_some());
                match t.head {
                    Some(h) => prop_assert!(s.tokens.contains(&(h as usize)) && h as usize != i),
                    None => roots += 1,
                }
            }
            prop_assert!(roots >= 1 || s.tokens.is_empty());
        }
        for c in clauses(&doc) {
            prop_assert!(c.predicate < doc.tokens.len());
            prop_assert!(c.span.end <= doc.text().len() && doc.text().is_char_boundary(c.span.start) && doc.text().is_char_boundary(c.span.end));
            for a in c.subjects.iter().chain(&c.objects).chain(&c.agents) {
                prop_assert!(a.head < doc.tokens.len());
                prop_assert!(doc.text().is_char_boundary(a.span.start) && doc.text().is_char_boundary(a.span.end));
            }
        }
    }
}

#[test]
fn words_api_handles_edge_cases() {
    let a = common::annotator();
    assert!(a.annotate_words(&[]).is_empty());
    let long: Vec<&str> = std::iter::repeat_n("word", 600).collect();
    let out = a.annotate_words(&long);
    assert_eq!(out.len(), 600);
    assert!(out.iter().enumerate().all(|(i, w)| w.head.is_none_or(|h| h < 600 && h != i)));
    let odd = a.annotate_words(&["", "\u{0}", "😀", "n't"]);
    assert_eq!(odd.len(), 4);
}
