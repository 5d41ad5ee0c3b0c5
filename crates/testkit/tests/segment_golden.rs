//! Golden tests of the segmenter (tokens and sentences) on every golden
//! article, plus invariants on random input.

use dateline_core::{Document, Pipeline};
use dateline_testkit::{assert_invariants, golden_cases};

#[test]
fn golden_sentences() {
    let cases = golden_cases();
    assert!(!cases.is_empty());
    for case in cases {
        let mut doc = Document::new(case.article.clone());
        assert!(Pipeline::segment_only().run(&mut doc).is_empty());
        assert_invariants!(doc);
        let expected = case.layer("sentences");
        if expected.is_empty() {
            continue;
        }
        let got: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        let want: Vec<&str> = expected.iter().map(|t| t["text"].as_str().unwrap()).collect();
        assert_eq!(got, want, "{}", case.name);
    }
}

#[test]
fn golden_sentence_spans() {
    for case in golden_cases() {
        let Some(spans) = case.expect.get("sentence_spans").and_then(|v| v.as_array()) else { continue };
        let mut doc = Document::new(case.article.clone());
        Pipeline::segment_only().run(&mut doc);
        let map = dateline_core::OffsetMap::new(doc.text());
        let got: Vec<(i64, i64)> = doc
            .sentences
            .iter()
            .map(|s| {
                let (a, b) = map.char_span(s.span);
                (a as i64, b as i64)
            })
            .collect();
        let want: Vec<(i64, i64)> = spans
            .iter()
            .map(|p| {
                let p = p.as_array().unwrap();
                (p[0].as_integer().unwrap(), p[1].as_integer().unwrap())
            })
            .collect();
        assert_eq!(got, want, "{}", case.name);
    }
}

#[test]
fn seed_us_never_ends_a_sentence() {
    let mut doc = Document::new(dateline_testkit::seed_article());
    Pipeline::segment_only().run(&mut doc);
    assert_eq!(doc.sentences.len(), 20);
    for s in &doc.sentences {
        assert!(!doc.slice(s.span).ends_with("U.S."), "{}", doc.slice(s.span));
        let first = doc.slice(doc.tokens[s.tokens.start].span);
        assert_ne!(first, "Secretary");
    }
}
