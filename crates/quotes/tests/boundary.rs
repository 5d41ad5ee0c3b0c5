//! The learned content boundary: the candidates of a reported content
//! (its cuts and its run to the sentence end), and the embedded model
//! redrawing contents only with the learned layer on.

mod common;

use dateline_core::{Article, Document, PubDate, Quote, QuoteKind, Span};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::boundary::{self, Blockers, BoundaryModel};
use dateline_quotes::QuoteExtractor;

fn doc(text: &str, learned: bool) -> Document {
    let mut doc = Document::new(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let errors = common::layers().with(QuoteExtractor::new().with_learned(learned).without_tagger()).run(&mut doc);
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
    let texts: Vec<&str> =
        boundary::candidates(&ctx, &long, &Blockers::none()).iter().map(|(s, _)| d.slice(*s)).collect();
    assert_eq!(texts.first(), Some(&"his decision after reporters asked about the final play"));
    assert!(texts.contains(&"his decision"), "{texts:?}");
    assert!(texts.contains(&"his decision after reporters asked"), "{texts:?}");
    // A content that already runs to the sentence end has no longer run.
    assert!(texts.iter().all(|t| t.len() <= long.span.len()), "{texts:?}");
    let short = quote("his decision");
    let texts: Vec<&str> =
        boundary::candidates(&ctx, &short, &Blockers::none()).iter().map(|(s, _)| d.slice(*s)).collect();
    assert_eq!(texts, ["his decision", "his decision after reporters asked about the final play"], "no comma: one run");
}

#[test]
fn embedded_model_redraws_only_with_the_learned_layer() {
    assert!(BoundaryModel::embedded().is_some(), "crates/quotes/model/boundary.bin is a trained model");
    let text = "The board rejected both accusations, a decision that surprised the two bidders. \
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
    assert_eq!(find(&off, "reject"), "both accusations, a decision that surprised the two bidders", "{off:?}");
    assert_eq!(find(&off, "back"), "the mayor because he worries the challenger would struggle in the fall", "{off:?}");
    let on = contents(true);
    assert_eq!(find(&on, "reject"), "both accusations", "{on:?}");
    // (The models retrained with the claim objects of "reject" keep this
    // clause of reason: a known miss.)
    assert!(find(&on, "back").starts_with("the mayor"), "{on:?}");
    // A clausal content that ends where it should stays as drawn.
    assert_eq!(find(&off, "order"), "that the work resume");
    assert_eq!(find(&on, "order"), "that the work resume");
}

/// The quotes of `text` (the learned attributions on) with a boundary
/// model that takes a content's first run wherever it has one.
fn with_runs(text: &str) -> (Document, Vec<Quote>) {
    let d = doc(text, false);
    let runs = BoundaryModel::from_features(&[("e", 10.0)], 0.0);
    let quotes = dateline_quotes::find_quotes_using(&d, true, Some(&runs));
    (d, quotes)
}

/// Panics when a quote's content takes in another quote's content or cue.
fn assert_apart(d: &Document, quotes: &[Quote]) {
    let show: Vec<(&str, &str)> = quotes.iter().map(|q| (d.slice(q.span), q.cue.as_deref().unwrap_or("-"))).collect();
    for (i, q) in quotes.iter().enumerate() {
        for (j, o) in quotes.iter().enumerate() {
            if i != j && o.cue_span != q.cue_span {
                assert!(!q.span.overlaps(o.span), "{show:?}");
                assert!(o.cue_span.is_none_or(|c| !q.span.overlaps(c)), "{show:?}");
            }
        }
    }
}

/// The content of the quote with cue lemma `cue`.
fn content_of<'a>(quotes: &'a [Quote], cue: &str) -> &'a Quote {
    quotes.iter().find(|q| q.cue.as_deref() == Some(cue)).unwrap_or_else(|| panic!("a quote of {cue:?}"))
}

#[test]
fn a_run_never_crosses_a_direct_quote_or_its_cue() {
    // The content of "said" stops at "dead"; its run to the next comma
    // (past the one right after it) ends inside the quotation, its run to
    // the sentence end takes in the quotation and "she added".
    let text = "The senator said the bill was dead, “and nobody will bring it back,” she added.";
    let (d, quotes) = with_runs(text);
    let say = content_of(&quotes, "say");
    assert_eq!(d.slice(say.span), "the bill was dead");
    let direct = quotes.iter().find(|q| q.kind == QuoteKind::Direct).expect("the direct quote");
    assert_eq!(d.slice(direct.span), "and nobody will bring it back");
    assert_apart(&d, &quotes);
    // (Nothing blocking, the content has runs into the quotation.)
    let ctx = Ctx::new(&d);
    assert!(boundary::candidates(&ctx, say, &Blockers::none()).iter().any(|(s, _)| s.overlaps(direct.span)));
    // The same past a colon: the run would take in the cue "added" too.
    let (d, quotes) =
        with_runs("The governor said the budget was balanced, but his aide added: “We will keep it that way.”");
    assert_eq!(d.slice(content_of(&quotes, "say").span), "the budget was balanced");
    assert_apart(&d, &quotes);
}

#[test]
fn a_learned_addition_never_runs_over_a_rule_attribution() {
    // "dislike" is no cue of the hand rules: the learned attributions add
    // it. Its run to the sentence end would take in the hand rules' "said"
    // and its content.
    let text = "Voters dislike the new tax, and the mayor said it was fair.";
    assert!(doc(text, false).quotes.iter().all(|q| q.cue.as_deref() != Some("dislike")), "an addition");
    let (d, quotes) = with_runs(text);
    let dislike = content_of(&quotes, "dislike");
    assert_eq!(d.slice(dislike.span), "the new tax");
    assert_eq!(d.slice(content_of(&quotes, "say").span), "it was fair");
    assert_apart(&d, &quotes);
    let ctx = Ctx::new(&d);
    let free: Vec<&str> =
        boundary::candidates(&ctx, dislike, &Blockers::none()).iter().map(|(s, _)| d.slice(*s)).collect();
    assert!(free.contains(&"the new tax, and the mayor said it was fair"), "{free:?}");
}

#[test]
fn each_candidate_span_once() {
    // Cut before "," and before "and", the content ends at "plan" both
    // times: one candidate.
    let d = doc("The council backed the plan, and the budget for next year.", false);
    let ctx = Ctx::new(&d);
    let q = Quote {
        span: span_of(&d, "the plan, and the budget for next year"),
        kind: QuoteKind::Indirect,
        speaker: None,
        speaker_span: None,
        cue_span: Some(span_of(&d, "backed")),
        cue: Some("back".into()),
        date: None,
    };
    let spans: Vec<Span> = boundary::candidates(&ctx, &q, &Blockers::none()).into_iter().map(|(s, _)| s).collect();
    let texts: Vec<&str> = spans.iter().map(|s| d.slice(*s)).collect();
    assert!(texts.contains(&"the plan"), "{texts:?}");
    let mut unique = spans.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), spans.len(), "{texts:?}");
}
