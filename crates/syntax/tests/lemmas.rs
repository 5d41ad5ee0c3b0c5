//! Lemmas of the shipped models on the team's own sentences.
mod common;

use dateline_core::{Article, PubDate};

fn lemma_of(text: &str, word: &str) -> String {
    let doc = common::parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
    let i = common::tok(&doc, word);
    doc.tokens[i].lemma.clone().unwrap_or_default()
}

#[test]
fn an_undoubled_consonant_keeps_the_silent_e() {
    // "fin" and "fine" are both words; "fined" comes from "fine" because
    // "fin" would have doubled its "n" ("finned").
    assert_eq!(lemma_of("The regulator fined the airline on Tuesday.", "fined"), "fine");
    assert_eq!(lemma_of("The crowd stared at the stage.", "stared"), "stare");
    assert_eq!(lemma_of("Police taped off the street.", "taped"), "tape");
    // Doubled consonants and longer words are unchanged.
    assert_eq!(lemma_of("The army stopped the convoy.", "stopped"), "stop");
    assert_eq!(lemma_of("The minister visited the camp.", "visited"), "visit");
    assert_eq!(lemma_of("The firm offered a deal.", "offered"), "offer");
}

#[test]
fn a_longer_stem_keeps_no_silent_e() {
    assert_eq!(lemma_of("Smoke enveloped the town.", "enveloped"), "envelop");
    assert_eq!(lemma_of("The firm developed a vaccine.", "developed"), "develop");
}
