//! Content boundaries of the boundary model trained with the cut features
//! of session 16 (a clause of its own, a speech verb, a time expression,
//! the words after the cut, where the cut-off words attach) and on the
//! learned additions' candidates too: a reported content ends before an
//! adverbial clause of concession or time, or before a second clause that
//! reports speech of its own.

mod common;

use dateline_core::{Article, Document, PubDate};

fn quotes(text: &str) -> Vec<(String, Option<String>)> {
    let mut doc = Document::new(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let errors = common::pipeline().run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc.quotes.iter().map(|q| (doc.slice(q.span).to_string(), q.cue.clone())).collect()
}

fn content_of(got: &[(String, Option<String>)], cue: &str) -> String {
    got.iter().find(|(_, c)| c.as_deref() == Some(cue)).map(|(t, _)| t.clone()).unwrap_or_default()
}

#[test]
fn a_concessive_clause_with_its_own_statement_is_cut_off() {
    let text = "Local farmers urged the council to keep the market open, although they say they welcome some of \
                the planned repairs.";
    // (The model of session 16 ran the content on to the sentence end,
    // and the statement in it was left out as nested.) Whether the
    // embedded model takes the cut moves with retraining (session 18's
    // keeps the clause); the cut before the concessive clause is always
    // among the content's candidates.
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = dateline_quotes::attribution::Ctx::new(&doc);
    let drawn = dateline_quotes::find_quotes_with(&doc, false);
    let urge = drawn.iter().find(|q| q.cue.as_deref() == Some("urge")).expect("urge content");
    let cands = dateline_quotes::boundary::candidates(&ctx, urge, &dateline_quotes::boundary::Blockers::none());
    let spans: Vec<&str> = cands.iter().map(|(s, _)| doc.slice(*s)).collect();
    assert!(spans.contains(&"the council to keep the market open"), "{spans:?}");
    let got = quotes(text);
    let urge = content_of(&got, "urge");
    assert!(urge.starts_with("the council to keep the market open"), "{got:?}");
}

#[test]
fn a_content_stops_before_a_closing_attribution() {
    let got = quotes(
        "The union warned its members to check their pay slips after clerks found errors in at least two \
         offices, the paper said.",
    );
    // (The model before took in ", the paper said".)
    assert_eq!(content_of(&got, "warn"), "its members to check their pay slips", "{got:?}");
    assert!(got.iter().all(|(t, _)| !t.contains("the paper said")), "{got:?}");
}

#[test]
fn a_while_clause_of_the_speaker_is_cut_off() {
    let text = "The governor touted her record on schools while mocking rivals such as the former mayor.";
    let got = quotes(text);
    assert!(content_of(&got, "tout").starts_with("her record on schools"), "{got:?}");
    // Whether the embedded model takes the cut moves with retraining
    // (session 19's keeps the clause); the cut before "while" is always
    // among the content's candidates.
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = dateline_quotes::attribution::Ctx::new(&doc);
    let drawn = dateline_quotes::find_quotes_with(&doc, false);
    let tout = drawn.iter().find(|q| q.cue.as_deref() == Some("tout")).expect("tout content");
    let cands = dateline_quotes::boundary::candidates(&ctx, tout, &dateline_quotes::boundary::Blockers::none());
    let spans: Vec<&str> = cands.iter().map(|(s, _)| doc.slice(*s)).collect();
    assert!(spans.contains(&"her record on schools"), "{spans:?}");
}
