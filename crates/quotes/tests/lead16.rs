//! Faults the lead found in session 16, each on sentences written for the
//! test: an adverbial clause after a parenthetical attribution, which the
//! parse hangs on the verb of saying as its complement.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2025-06-12").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// "X, two diplomats said, although Y": the statement is X (and Y with
/// it, as one content split by its cue), never Y alone.
#[test]
fn an_adverbial_clause_after_a_parenthetical_cue_is_no_statement_of_its_own() {
    let doc = annotate("The talks will resume next week, two diplomats said, although no date has been set.");
    let contents: Vec<&str> = doc.quotes.iter().map(|q| doc.slice(q.span)).collect();
    assert!(contents.contains(&"The talks will resume next week"), "{contents:?}");
    let cue =
        doc.quotes.iter().find(|q| doc.slice(q.span) == "The talks will resume next week").and_then(|q| q.cue_span);
    // Whatever else is read shares that statement's cue.
    assert!(doc.quotes.iter().all(|q| q.cue_span == cue), "{:#?}", doc.quotes);
    // A verb of saying with its own complement keeps it.
    let doc = annotate("Two diplomats said that the talks would resume next week.");
    let contents: Vec<&str> = doc.quotes.iter().map(|q| doc.slice(q.span)).collect();
    assert!(contents.iter().any(|c| c.contains("the talks would resume next week")), "{contents:?}");
}

/// "In its annual report, X said ...": a document the speaker owns is
/// where it spoke, no source of its own; a study of others' answers still
/// reports what it found.
#[test]
fn a_report_the_speaker_owns_is_where_it_spoke() {
    let doc =
        annotate("In its annual report, Northwind Energy said it replaced about 80 percent of its output last year.");
    assert_eq!(doc.quotes.len(), 1, "{:#?}", doc.quotes);
    assert_eq!(doc.quotes[0].cue.as_deref(), Some("say"));
    assert_eq!(doc.slice(doc.quotes[0].span), "it replaced about 80 percent of its output last year");
}

/// "Harbor Valley Petroleum said ...": a name's first word that is also
/// an ordinary word, capitalized only because it opens the sentence, stays
/// in the name (the entity layer, read here through the speaker).
#[test]
fn a_name_opening_its_sentence_keeps_its_first_word() {
    let doc = annotate(
        "Harbor Valley Petroleum said its reserves fell to 400 mln barrels. Harbor Valley said it planned to spend 40 mln dlrs next year.",
    );
    let speakers: Vec<&str> =
        doc.quotes.iter().filter_map(|q| q.speaker.and_then(|id| doc.entity(id))).map(|e| e.name.as_str()).collect();
    assert!(speakers.iter().all(|s| s.starts_with("Harbor Valley")), "{speakers:?}");
    assert_eq!(speakers.len(), 2, "{:#?}", doc.quotes);
    // An opener or a title before a name stays out of it.
    let doc = annotate("Minister Anna Berg said the plan would pass.");
    let q = &doc.quotes[0];
    assert_eq!(q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str()), Some("Anna Berg"));
}
