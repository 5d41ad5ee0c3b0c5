//! Content boundaries (session qbound): a run past a reported content has
//! features of what opens it ("at", "after", "because", "with", a
//! relative pronoun, a conjunction) by where its words hang and the
//! content's relation, of whether the content is a clause of its own,
//! and of a place or a time among its words; and the ranking is the mean
//! of several averaged perceptrons.

mod common;

use dateline_core::{Article, Document, PubDate, QuoteKind};
use dateline_quotes::boundary::BoundaryModel;

/// The document through the layers before quotes.
fn doc(text: &str) -> Document {
    let mut doc = Document::new(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let errors = common::layers().run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc
}

/// (content, cue lemma, kind) of each quote `model` redraws (the learned
/// attributions off).
fn quotes_with(text: &str, model: &BoundaryModel) -> Vec<(String, String, QuoteKind)> {
    let d = doc(text);
    dateline_quotes::find_quotes_using(&d, false, Some(model))
        .iter()
        .map(|q| (d.slice(q.span).to_string(), q.cue.clone().unwrap_or_default(), q.kind))
        .collect()
}

/// Quotes of the full pipeline (embedded models).
fn quotes(text: &str) -> Vec<(String, String, QuoteKind)> {
    let d = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    d.quotes.iter().map(|q| (d.slice(q.span).to_string(), q.cue.clone().unwrap_or_default(), q.kind)).collect()
}

fn content_of(got: &[(String, String, QuoteKind)], cue: &str) -> String {
    got.iter().find(|(_, c, _)| c == cue).map(|(t, _, _)| t.clone()).unwrap_or_default()
}

const AFTER: &str = "Officials said the plan would work, after engineers tested it in Denver.";

#[test]
fn a_run_knows_what_opens_it_and_where_it_hangs() {
    // The words after the content open with a temporal subordinator and
    // hang on the cue verb; the content is a clause of its own, a clausal
    // complement.
    for f in ["e|op=sentence|time|cue|ccomp", "e|cl=true|time|cue"] {
        let got = quotes_with(AFTER, &BoundaryModel::from_features(&[(f, 1.0)], 0.5));
        assert_eq!(content_of(&got, "say"), "the plan would work, after engineers tested it in Denver", "{f}: {got:?}");
    }
    // Hanging elsewhere, or after no clause: no run.
    for f in ["e|op=sentence|time|root|ccomp", "e|cl=false|time|cue", "e|cl=true|time|root"] {
        let got = quotes_with(AFTER, &BoundaryModel::from_features(&[(f, 1.0)], 0.5));
        assert_eq!(content_of(&got, "say"), "the plan would work", "{f}: {got:?}");
    }
}

#[test]
fn a_run_knows_a_place_in_it() {
    let got = quotes_with(AFTER, &BoundaryModel::from_features(&[("e|place=true|false|time", 1.0)], 0.5));
    assert!(content_of(&got, "say").ends_with("in Denver"), "{got:?}");
    let got = quotes_with(AFTER, &BoundaryModel::from_features(&[("e|place=false|false|time", 1.0)], 0.5));
    assert_eq!(content_of(&got, "say"), "the plan would work", "{got:?}");
}

#[test]
fn a_second_verb_phrase_after_but_is_cut_off() {
    // (The embedded model before session qbound kept "but has faced
    // resistance from exporters", the subject's second predicate; qbound's
    // took the cut, session 18's merged retrain keeps the phrase again:
    // the choice moves with retraining.) The cut before "but" is among the
    // content's candidates.
    let text =
        "The ministry has quietly signaled openness to revise the tariff but has faced resistance from exporters.";
    let got = quotes(text);
    assert!(content_of(&got, "signal").starts_with("openness to revise the tariff"), "{got:?}");
    let doc = doc(text);
    let ctx = dateline_quotes::attribution::Ctx::new(&doc);
    let q = dateline_quotes::find_quotes(&doc);
    let signal = q.iter().find(|q| q.cue.as_deref() == Some("signal")).expect("signal content");
    let cands = dateline_quotes::boundary::candidates(&ctx, signal, &dateline_quotes::boundary::Blockers::none());
    let spans: Vec<&str> = cands.iter().map(|(s, _)| doc.slice(*s)).collect();
    assert!(spans.contains(&"openness to revise the tariff"), "{spans:?}");
}
