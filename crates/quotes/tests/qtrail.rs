//! Reported contents that ran on past their statement (session qtrail): a
//! content read off the words after the cue verb ends before a verb
//! phrase coordinated with the cue verb, and a coordinated verb of saying
//! gets its own content with the shared subject.

mod common;

use common::reported;

fn content_of(got: &[(String, String, String, &'static str)], cue: &str) -> String {
    got.iter().find(|(_, c, _, _)| c == cue).map(|(t, _, _, _)| t.clone()).unwrap_or_default()
}

#[test]
fn words_content_ends_before_a_coordinated_verb_phrase() {
    let got = reported(
        "The governor of Vermont endorsed Warren on Tuesday and has campaigned with her across the state since then.",
    );
    assert_eq!(content_of(&got, "endorse"), "Warren on Tuesday", "{got:?}");
}

#[test]
fn coordinated_cue_verb_has_its_own_content() {
    let got = reported(
        "The mayor called the budget reckless and accused the council of hiding the true cost of the stadium.",
    );
    assert_eq!(content_of(&got, "call"), "the budget reckless", "{got:?}");
    assert_eq!(content_of(&got, "accuse"), "the council of hiding the true cost of the stadium", "{got:?}");
}

#[test]
fn coordinated_that_clause_is_kept_whole() {
    // Not a verb phrase on the cue verb: both clauses are what was said.
    let got = reported("The minister said that taxes would fall and that wages would rise.");
    let said = content_of(&got, "say");
    assert!(said.contains("taxes would fall") && said.contains("wages would rise"), "{got:?}");
}
