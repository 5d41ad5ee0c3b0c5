//! Tagger slips found in session 17, each on the team's own sentences:
//! each test fails without the repair it names.
mod common;

use common::{parse, subjects_of, tok};
use dateline_core::{Article, PubDate};

fn xpos_of(text: &str, word: &str) -> (String, Option<String>) {
    let doc = parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
    let t = &doc.tokens[tok(&doc, word)];
    (t.xpos.clone().unwrap_or_default(), t.deprel.clone())
}

fn subjects(text: &str, lemma: &str) -> Vec<String> {
    subjects_of(&parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text)), lemma)
}

/// "tear" of "tear gas" had been a wh-adverb heading a clause (with
/// "gas" its object), an adverb or a number: the verb that fired it had
/// no object.
#[test]
fn tear_before_gas_is_a_compound_noun() {
    for text in [
        "Police fired tear gas at protesters.",
        "Soldiers fired tear gas at the crowd in Nairobi on Friday.",
        "Kenyan police fired tear gas at protesters in Nairobi on Friday.",
    ] {
        let (xpos, deprel) = xpos_of(text, "tear");
        assert_eq!((xpos.as_str(), deprel.as_deref()), ("NN", Some("compound")), "{text}");
        assert_eq!(xpos_of(text, "gas").1.as_deref(), Some("obj"), "{text}");
    }
    // The verb "tear" keeps its tag.
    assert!(xpos_of("Protesters tear down the fence every night.", "tear").0.starts_with("VB"));
}

/// "Internal demand rose in May": a sentence with no verb read its past
/// tense as the noun heading it.
#[test]
fn a_past_tense_spelled_like_a_noun_is_the_verb_of_a_verbless_sentence() {
    let (xpos, deprel) = xpos_of("Internal demand rose in May.", "rose");
    assert_eq!((xpos.as_str(), deprel.as_deref()), ("VBD", Some("root")));
    assert_eq!(subjects("Internal demand rose in May.", "rise"), ["Internal demand"]);
    // A noun stays a noun where the sentence has a verb of its own.
    assert_eq!(xpos_of("She planted a rose in May.", "rose").0, "NN");
}

/// "over two years" after "a 9 percent raise" had been an adverb with a
/// noun phrase, and the subject of "would cost".
#[test]
fn over_before_a_number_of_years_is_a_preposition() {
    let text = "A 9 percent raise over two years would cost the city $40 million.";
    assert_eq!(xpos_of(text, "over").0, "IN");
    assert_eq!(subjects(text, "cost"), ["A 9 percent raise"]);
    let text = "The union said a 9 percent raise over two years would cost too much.";
    assert_eq!(subjects(text, "cost"), ["a 9 percent raise"]);
    // "over" of a count is still the adverb "more than".
    assert_eq!(xpos_of("Over 200 people were hurt in the clashes.", "Over").0, "RB");
}

/// "..., and police arrested at least 50 people": the participle after
/// "and" and a plural subject, with an object, is a second clause's past
/// (it had been a reduced relative, "police" a conjunct of the noun
/// before, and the arrest had no subject).
#[test]
fn a_participle_after_and_and_a_subject_with_an_object_is_a_past_tense() {
    let text = "Protesters set fire to a section of the parliament building, and police arrested at least 50 people.";
    assert_eq!(xpos_of(text, "arrested").0, "VBD");
    assert_eq!(subjects(text, "arrest"), ["police"]);
    let text = "Rebels burned the depot, and troops detained three suspects.";
    assert_eq!(subjects(text, "detain"), ["troops"]);
    // A reduced relative before a finite verb keeps its participle.
    assert_eq!(xpos_of("The police and soldiers deployed at the border were withdrawn.", "deployed").0, "VBN");
}
