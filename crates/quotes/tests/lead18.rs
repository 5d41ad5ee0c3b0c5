//! Session 18's lead fixes, on sentences written for these tests: a
//! phrase fronted before "X noted ..." that holds no verb, or opens an
//! adverbial clause, is no statement the verb reports.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2016-09-16").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

fn contents(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.quotes.iter().map(|q| (doc.slice(q.span).to_string(), q.cue.clone())).collect()
}

#[test]
fn a_fronted_phrase_without_a_verb_is_no_statement() {
    // The book's title had been the content of "noted", and "This week"
    // the content of "declare".
    let doc = annotate("In his 1998 memoir, Harbor Lights, Smith noted the storm's cost.");
    let got = contents(&doc);
    assert!(got.iter().all(|(t, _)| !t.contains("memoir")), "{got:?}");
    assert!(got.iter().any(|(t, c)| t == "the storm's cost" && c.as_deref() == Some("note")), "{got:?}");
    let doc = annotate("This week, the mayor declined to blame the union or even directly declare it responsible.");
    let got = contents(&doc);
    assert!(got.iter().all(|(t, _)| t != "This week"), "{got:?}");
}

#[test]
fn a_fronted_statement_with_a_verb_is_still_one() {
    // "Rates will rise, the banker noted." keeps its statement.
    let doc = annotate("Rates will rise again before the winter, the banker noted.");
    let got = contents(&doc);
    assert!(
        got.iter().any(|(t, c)| t == "Rates will rise again before the winter" && c.as_deref() == Some("note")),
        "{got:?}"
    );
}
