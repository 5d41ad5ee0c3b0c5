//! The learned content boundary: the candidates of a reported content
//! (its cuts and its run to the sentence end), and the embedded model
//! redrawing contents only with the learned layer on.

mod common;

use dateline_core::{Article, Document, PubDate, Quote, QuoteKind, Span};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::boundary::{self, BoundaryModel};
use dateline_quotes::QuoteExtractor;

fn doc(text: &str, learned: bool) -> Document {
    let mut doc = Document::new(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let errors = common::layers().with(QuoteExtractor::new().with_learned(learned)).run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc
}

fn span_of(doc: &Document, words: &str) -> Span {
    let start = doc.text().find(words).expect("words in the text");
    Span::new(start, start + words.len())
}

#[test]
fn candidates_are_the_content_its_cuts_and_its_run_to_the_sentence_end() {
    let d = doc("The coach defended his decision after reporters asked about the final play.", false);
    let ctx = Ctx::new(&d);
    let quote = |content: &str| Quote {
        span: span_of(&d, content),
        kind: QuoteKind::Indirect,
        speaker: None,
        speaker_span: None,
        cue_span: Some(span_of(&d, "defended")),
        cue: Some("defend".into()),
        date: None,
    };
    let long = quote("his decision after reporters asked about the final play");
    let texts: Vec<&str> = boundary::candidates(&ctx, &long, &[]).iter().map(|(s, _)| d.slice(*s)).collect();
    assert_eq!(texts.first(), Some(&"his decision after reporters asked about the final play"));
    assert!(texts.contains(&"his decision"), "{texts:?}");
    assert!(texts.contains(&"his decision after reporters asked"), "{texts:?}");
    // A content that already runs to the sentence end has no longer run.
    assert!(texts.iter().all(|t| t.len() <= long.span.len()), "{texts:?}");
    let short = quote("his decision");
    let texts: Vec<&str> = boundary::candidates(&ctx, &short, &[]).iter().map(|(s, _)| d.slice(*s)).collect();
    assert_eq!(texts, ["his decision", "his decision after reporters asked about the final play"], "no comma: one run");
}

#[test]
fn embedded_model_redraws_only_with_the_learned_layer() {
    assert!(BoundaryModel::embedded().is_some(), "crates/quotes/model/boundary.bin is a trained model");
    let text = "The board rejected both offers, a decision that surprised the two bidders. \
                He is backing the mayor because he worries the challenger would struggle in the fall. \
                The council ordered that the work resume.";
    let contents = |learned: bool| -> Vec<(String, Option<String>)> {
        let d = doc(text, learned);
        d.quotes.iter().map(|q| (d.slice(q.span).to_string(), q.cue.clone())).collect()
    };
    let find = |got: &[(String, Option<String>)], cue: &str| -> String {
        got.iter().find(|(_, c)| c.as_deref() == Some(cue)).map(|(t, _)| t.clone()).unwrap_or_default()
    };
    // The hand rules draw the objects' subtrees, run on into an
    // apposition and a clause of reason; the model ends them at the object.
    let off = contents(false);
    assert_eq!(find(&off, "reject"), "both offers, a decision that surprised the two bidders", "{off:?}");
    assert_eq!(find(&off, "back"), "the mayor because he worries the challenger would struggle in the fall", "{off:?}");
    let on = contents(true);
    assert_eq!(find(&on, "reject"), "both offers", "{on:?}");
    assert_eq!(find(&on, "back"), "the mayor", "{on:?}");
    // A clausal content that ends where it should stays as drawn.
    assert_eq!(find(&off, "order"), "that the work resume");
    assert_eq!(find(&on, "order"), "that the work resume");
}
