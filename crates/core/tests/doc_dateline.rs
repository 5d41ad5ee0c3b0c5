//! `Document::past_dateline`: spans that open a sentence lose its wire
//! dateline; others stay.
use dateline_core::{Article, Document, Pipeline, PubDate, Span};

#[test]
fn a_span_opening_a_dateline_sentence_starts_after_the_dash() {
    let text = "LIMA, March 3 (Reuters) - Peru's Congress voted on Monday. Lima was calm.";
    let mut doc = Document::new(Article::new(PubDate::parse("2026-03-03").expect("date"), text));
    assert!(Pipeline::segment_only().run(&mut doc).is_empty());
    let first = doc.sentences[0].span;
    assert_eq!(doc.slice(doc.past_dateline(first)), "Peru's Congress voted on Monday.");
    // A span starting inside the sentence, or a sentence without a dateline, stays.
    let inner = Span::new(first.start + 26, first.end);
    assert_eq!(doc.past_dateline(inner), inner);
    let second = doc.sentences[1].span;
    assert_eq!(doc.past_dateline(second), second);
}

#[test]
fn a_press_wire_dateline_and_a_long_place_are_datelines() {
    for (text, want) in [
        (
            "NEW YORK, March 10, 2025 /PRNewswire/ -- Acme Corp. said it would buy a rival.",
            "Acme Corp. said it would buy a rival.",
        ),
        ("SANTA CRUZ DE LA SIERRA, Bolivia, May 4 (Reuters) - Farmers blocked roads.", "Farmers blocked roads."),
    ] {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-03-10").expect("date"), text));
        assert!(Pipeline::segment_only().run(&mut doc).is_empty());
        let first = doc.sentences[0].span;
        assert_eq!(doc.slice(doc.past_dateline(first)), want, "{text}");
    }
}
