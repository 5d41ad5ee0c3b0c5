//! Candidates of the learned attribution decision added in session qnoun:
//! the prepositional dependent of a verb's object noun ("expressed
//! misgivings about X", "sowed doubts about X", "opened an investigation
//! into X"), with the verb and the noun as its cue.

mod common;

use dateline_core::{Article, PubDate};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::learned;

/// The (content, cue words, cue lemma) of the learned model's candidates
/// for `text`.
fn candidates(text: &str) -> Vec<(String, String, String)> {
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = Ctx::new(&doc);
    learned::candidates(&ctx, &[])
        .into_iter()
        .map(|c| (doc.slice(c.content).to_string(), doc.slice(c.cue.span).to_string(), c.cue.lemma))
        .collect()
}

fn assert_candidate(text: &str, content: &str, cue: &str) {
    let got = candidates(text);
    assert!(got.iter().any(|(t, c, _)| t == content && c == cue), "no candidate ({content:?}, {cue:?}) in {got:?}");
}

#[test]
fn the_prepositional_dependent_of_a_verbs_object_noun_is_a_content() {
    assert_candidate(
        "The governor expressed misgivings about the new pipeline.",
        "the new pipeline",
        "expressed misgivings",
    );
    assert_candidate(
        "Several economists sowed doubts about the forecast of the central bank.",
        "the forecast of the central bank",
        "sowed doubts",
    );
    assert_candidate(
        "The prosecutor opened an investigation into the mayor's campaign.",
        "the mayor's campaign",
        "opened an investigation",
    );
}

#[test]
fn the_verbs_lemma_names_the_cue() {
    let got = candidates("The governor expressed misgivings about the new pipeline.");
    assert!(got.iter().any(|(t, _, l)| t == "the new pipeline" && l == "express"), "{got:?}");
}

#[test]
fn a_noun_before_its_verb_gives_no_such_candidate() {
    // A fronted object ("Which doubts about ... did he raise") is no
    // object after the verb: no cue runs back from the verb to it.
    let got = candidates("The doubts about the pipeline, the governor raised at the hearing.");
    assert!(!got.iter().any(|(_, c, _)| c.contains("raised") && c.contains("doubts")), "{got:?}");
}
