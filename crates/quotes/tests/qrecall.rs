//! Candidates of the learned attribution decision that no candidate
//! reached before (session qrecall): a gerund after a preposition of
//! stance the parse made an adverbial clause ("is bent on securing ..."),
//! the statement a parenthetical or closing clause of a non-speech verb
//! interrupts or follows ("..., the rivals insist", "As the analysts
//! noted, ..."), and a content holding words in quotation marks.

mod common;

use dateline_core::{Article, PubDate};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::learned;

/// The (content, cue lemma) of the learned model's candidates for `text`.
fn candidates(text: &str) -> Vec<(String, String)> {
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = Ctx::new(&doc);
    learned::candidates(&ctx, &[]).into_iter().map(|c| (doc.slice(c.content).to_string(), c.cue.lemma)).collect()
}

fn assert_candidate(text: &str, content: &str, cue: &str) {
    let got = candidates(text);
    assert!(got.iter().any(|(t, c)| t == content && c == cue), "no candidate ({content:?}, {cue:?}) in {got:?}");
}

#[test]
fn a_gerund_after_a_preposition_of_stance_is_a_content() {
    // The parse makes the preposition a marker of an adverbial clause,
    // which was no argument of the predicate.
    assert_candidate(
        "The senator is bent on securing the nomination before the summer.",
        "securing the nomination before the summer",
        "bend",
    );
    assert_candidate(
        "The farmers were wary of selling their land to the developer.",
        "selling their land to the developer",
        "wary",
    );
    assert_candidate(
        "The mayor opened up about leaving the party after the vote.",
        "leaving the party after the vote",
        "open",
    );
}

#[test]
fn a_gerund_after_a_preposition_of_time_is_no_content() {
    let got = candidates("The mayor resigned after losing the vote in the council.");
    assert!(!got.iter().any(|(t, _)| t.starts_with("losing")), "{got:?}");
}

#[test]
fn the_statement_a_closing_or_parenthetical_clause_follows_is_a_content() {
    assert_candidate(
        "The plan will fail by the end of the year, the rivals insist.",
        "The plan will fail by the end of the year",
        "insist",
    );
    assert_candidate(
        "As the analysts noted, the company's sales fell sharply in March.",
        "the company's sales fell sharply in March",
        "note",
    );
    // Interrupted: the longer part.
    assert_candidate(
        "Such a move, the advisers believe, would anger the party's biggest donors in the state.",
        "would anger the party's biggest donors in the state",
        "believe",
    );
}

#[test]
fn an_adverbial_as_clause_without_its_own_statement_is_no_content() {
    // "as" of time or manner on a verb with no subject: no statement.
    let got = candidates("The crowd cheered as expected when the band arrived.");
    assert!(!got.iter().any(|(t, _)| t.starts_with("The crowd cheered")), "{got:?}");
}

#[test]
fn a_content_may_hold_words_in_quotation_marks() {
    assert_candidate(
        "The coach bemoaned the \"endless\" complaints of the fans about the stadium.",
        "the \"endless\" complaints of the fans about the stadium",
        "bemoan",
    );
}

#[test]
fn a_content_that_is_only_a_quoted_title_is_no_candidate() {
    let got = candidates("Back in 2019, the poet wrote \u{201c}Salt And Other Small Rivers\u{201d} on a train.");
    assert!(!got.iter().any(|(t, _)| t.contains("Salt And Other")), "{got:?}");
}
