//! Reported contents drawn too long (session qlong): an adverbial "as" or
//! "when" clause the parse hangs on the cue verb is no part of the
//! content, as drawn or taken in by a run; a run never takes in a relative
//! clause after a comma; an adverbial clause after a comma is no
//! complement of the verb before it; and the words after a direct quote
//! whose clause runs on past its closing mark (mixed) are redrawn too.

mod common;

use dateline_core::{Article, Document, PubDate, Quote, QuoteKind, Span};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::boundary::{self, Blockers, BoundaryModel};

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

/// The model that keeps every content as drawn (all weights zero): what
/// the hand cuts alone make of it.
fn as_drawn() -> BoundaryModel {
    BoundaryModel::from_features(&[], 0.0)
}

/// Quotes of the full pipeline (embedded models).
fn quotes(text: &str) -> Vec<(String, String, QuoteKind)> {
    let d = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    d.quotes.iter().map(|q| (d.slice(q.span).to_string(), q.cue.clone().unwrap_or_default(), q.kind)).collect()
}

fn content_of(got: &[(String, String, QuoteKind)], cue: &str) -> String {
    got.iter().find(|(_, c, _)| c == cue).map(|(t, _, _)| t.clone()).unwrap_or_default()
}

fn span_of(doc: &Document, words: &str) -> Span {
    let start = doc.text().find(words).expect("words in the text");
    Span::new(start, start + words.len())
}

/// The candidate spans of the reported content `content` of `cue`.
fn candidates(text: &str, content: &str, cue: &str) -> Vec<String> {
    let d = doc(text);
    let ctx = Ctx::new(&d);
    let q = Quote {
        span: span_of(&d, content),
        kind: QuoteKind::Indirect,
        speaker: None,
        speaker_span: None,
        cue_span: Some(span_of(&d, cue)),
        cue: Some(cue.to_string()),
        date: None,
    };
    boundary::candidates(&ctx, &q, &Blockers::none()).iter().map(|(s, _)| d.slice(*s).to_string()).collect()
}

#[test]
fn an_as_clause_of_the_cue_verb_ends_the_content_as_drawn() {
    let text = "The senator opposed the measure as he prepared his campaign for governor.";
    // (The hand rules drew "the measure as he prepared his campaign for
    // governor".)
    assert_eq!(content_of(&quotes_with(text, &as_drawn()), "oppose"), "the measure");
    assert_eq!(content_of(&quotes(text), "oppose"), "the measure");
}

#[test]
fn a_when_clause_of_the_cue_verb_ends_the_content_as_drawn() {
    let text = "Ms. Hale supported the bill when it came to the Senate for a vote.";
    // (The hand rules drew "the bill when it came to the Senate for a
    // vote".)
    assert_eq!(content_of(&quotes_with(text, &as_drawn()), "support"), "the bill");
}

#[test]
fn an_as_phrase_of_portrayal_stays_in_the_content() {
    // No finite clause: the verb's own "as" phrase.
    let text = "The mayor described the parade as a city celebrating itself.";
    assert_eq!(content_of(&quotes_with(text, &as_drawn()), "describe"), "the parade as a city celebrating itself");
}

#[test]
fn no_run_takes_in_an_as_clause_of_the_cue_verb() {
    let text = "Officials said the plan would fail, as rivals prepared their own proposals.";
    let cands = candidates(text, "the plan would fail", "said");
    assert!(!cands.iter().any(|c| c.ends_with("proposals")), "{cands:?}");
    // (The embedded model ran the content on to the sentence end.)
    assert_eq!(content_of(&quotes(text), "say"), "the plan would fail");
}

#[test]
fn no_run_takes_in_a_relative_clause_after_a_comma() {
    let text = "Ms. Reyes said the harbor would reopen next month, which surprised the shipping firms.";
    let cands = candidates(text, "the harbor would reopen next month", "said");
    assert!(!cands.iter().any(|c| c.ends_with("firms")), "{cands:?}");
    // (The embedded model ran the content on to the sentence end.)
    assert_eq!(content_of(&quotes(text), "say"), "the harbor would reopen next month");
}

#[test]
fn the_words_after_a_quote_whose_clause_runs_on_are_redrawn() {
    let text = "Dockworkers chanted \"no cuts, no ships\" after the port board failed to approve the contract.";
    // A model that prefers any cut: the first one after the quoted words
    // (none inside them).
    let cuts = BoundaryModel::from_features(&[("c", 1.0)], 0.5);
    let got = quotes_with(text, &cuts);
    let mixed: Vec<&(String, String, QuoteKind)> = got.iter().filter(|(_, _, k)| *k == QuoteKind::Mixed).collect();
    assert_eq!(mixed.len(), 1, "{got:?}");
    assert_eq!(mixed[0].0, "\"no cuts, no ships\"", "{got:?}");
    // As drawn: to the sentence end.
    let got = quotes_with(text, &as_drawn());
    assert!(got.iter().any(|(t, _, k)| *k == QuoteKind::Mixed && t.ends_with("the contract")), "{got:?}");
}

#[test]
fn an_adverbial_clause_after_a_comma_is_no_complement() {
    let got = quotes("Mr. Lindqvist said of the insurer, when the company balked at paying the flood claims.");
    // (The check read only the clause's first token, the comma, and took
    // the "when" clause for what was said.)
    assert_eq!(content_of(&got, "say"), "the insurer", "{got:?}");
    assert_eq!(content_of(&got, "balk"), "paying the flood claims", "{got:?}");
    // An adverbial clause of the complement itself stays in it.
    let got = quotes("The inspector said, when she was younger, a mentor taught her to read contracts closely.");
    assert_eq!(
        content_of(&got, "say"),
        "when she was younger, a mentor taught her to read contracts closely",
        "{got:?}"
    );
}
