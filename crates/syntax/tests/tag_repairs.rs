//! Repairs of the tagger's output before the parse (and one of the
//! parse), on the team's own sentences: each test fails without the repair
//! it names.
mod common;

use common::{parse, tok};
use dateline_core::{Article, PubDate};

fn xpos_of(text: &str, word: &str) -> (String, Option<String>) {
    let doc = parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
    let t = &doc.tokens[tok(&doc, word)];
    (t.xpos.clone().unwrap_or_default(), t.deprel.clone())
}

#[test]
fn a_sentence_with_no_finite_verb_reads_its_participle_as_the_past_tense() {
    // After an apposition the verb was read as a participle modifying its
    // object, and the whole sentence parsed as one noun phrase.
    let (xpos, deprel) =
        xpos_of("SADC, the southern African bloc, imposed new sanctions on the junta last week.", "imposed");
    assert_eq!(xpos, "VBD");
    assert_eq!(deprel.as_deref(), Some("root"));
    // A fragment whose participle has no object, and a title-case
    // headline, keep their participles.
    assert_eq!(xpos_of("A man wanted by police in three states.", "wanted").0, "VBN");
    assert_eq!(xpos_of("Troops Deployed To Northern Border After Attack", "Deployed").0, "VBN");
}

#[test]
fn a_word_after_a_percentage_its_determiner_opens_is_a_noun() {
    // "raise" had been the sentence's verb, "a 9 percent" its subject.
    assert_eq!(xpos_of("The nurses want a 9 percent raise over two years.", "raise").0, "NN");
    assert_eq!(xpos_of("The board promised its staff a further 4 percent raise.", "raise").0, "NN");
    // A percentage with no determiner before it keeps the verb ("prices
    // that 5 percent raise" is rare; "cut 5 percent" has no opener).
    assert_eq!(xpos_of("Officials expect prices to rise 5 percent this year.", "rise").0, "VB");
}

#[test]
fn that_before_an_opening_quotation_mark_opens_the_quoted_clause() {
    // "that" had been a relative pronoun, the subject of "were", and the
    // reported clause a relative clause of "statement".
    let text = "The agency said in a statement that “there were problems with the audio.”";
    let (xpos, deprel) = xpos_of(text, "that");
    assert_eq!(xpos, "IN");
    assert_eq!(deprel.as_deref(), Some("mark"));
    let (xpos, _) = xpos_of("The mayor wrote on her website that \"the budget is balanced.\"", "that");
    assert_eq!(xpos, "IN");
    // A relative clause whose verb the quotation opens keeps its pronoun.
    assert_eq!(xpos_of("Critics attacked the law that “protects” landlords.", "that").0, "WDT");
}

#[test]
fn a_verb_of_showing_before_its_that_clause_is_the_verb() {
    // "poll shows" had been a compound noun and the sentence a noun
    // phrase with no verb.
    let (xpos, deprel) = xpos_of("A new poll shows that the mayor remains in a tight race with his rival.", "shows");
    assert_eq!(xpos, "VBZ");
    assert_eq!(deprel.as_deref(), Some("root"));
    assert_eq!(xpos_of("Data from the census show that women made up 41 percent of the workforce.", "show").0, "VBP");
    // Read as a relative pronoun, "that" becomes the conjunction.
    let text = "A new poll shows that Republican senator John Miller remains in a tight race with his rival.";
    assert_eq!(xpos_of(text, "shows").0, "VBZ");
    assert_eq!(xpos_of(text, "that").0, "IN");
    // A noun with a clause of its own keeps its tag, and so does a noun
    // with a relative clause.
    assert_eq!(xpos_of("The claims that he lied were false.", "claims").0, "NNS");
    assert_eq!(xpos_of("The shows that the network aired last year were popular.", "shows").0, "NNS");
}

#[test]
fn a_base_form_after_a_possessive_is_a_noun() {
    // "dislike" had been the sentence's verb, and "Mr. Hale officially
    // endorsed the measure" a parataxis under it.
    let text = "And despite his longstanding dislike of lobbyists, Mr. Hale officially endorsed the measure on Friday.";
    assert_eq!(xpos_of(text, "dislike").0, "NN");
    assert_eq!(xpos_of(text, "endorsed").1.as_deref(), Some("root"));
    // A noun after the possessive may be the subject of a verb.
    assert_eq!(xpos_of("The union said its members vote on the contract on Monday.", "vote").0, "VBP");
}

#[test]
fn a_noun_between_and_and_a_conjoined_finite_verb_is_its_subject() {
    // After the parse, "soldiers" was a second object of "seized" and
    // "killed" had no subject (a repair of the parse, not of the tags).
    let text = "Rebels seized the town and soldiers killed three civilians.";
    assert_eq!(xpos_of(text, "soldiers").1.as_deref(), Some("nsubj"));
    let doc = parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
    let (s, k) = (tok(&doc, "soldiers"), tok(&doc, "killed"));
    assert_eq!(doc.tokens[s].head, Some(k as u32));
    // A plain conjoined object stays an object.
    let text = "Rebels seized the town and the airport on Monday.";
    assert_eq!(xpos_of(text, "airport").1.as_deref(), Some("conj"));
}

#[test]
fn a_horizontal_bar_reads_as_an_em_dash() {
    // The horizontal bar (U+2015) some sites set around an aside had been
    // an unknown word: the second one an adjective, the aside running on
    // into the main clause and its subject a noun in an apposition.
    let text = "Ms. Ortiz has not paid rent ― as was true for years her leases were private ― Ms. Ortiz said.";
    let doc = parse(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
    for t in doc.tokens.iter().filter(|t| doc.slice(t.span) == "\u{2015}") {
        assert_eq!(t.upos, Some(dateline_core::Upos::PUNCT), "{:?}", t.xpos);
    }
    let said = tok(&doc, "said");
    let ortiz = doc.tokens.iter().rposition(|t| doc.slice(t.span) == "Ortiz").expect("Ortiz");
    assert_eq!(doc.tokens[ortiz].head, Some(said as u32));
    assert_eq!(doc.tokens[ortiz].deprel.as_deref(), Some("nsubj"));
}

#[test]
fn a_parenthetical_verb_of_saying_is_a_verb() {
    // "argues", "insists" between commas after their subject had been
    // plural nouns, the parenthetical the subject of the sentence's verb.
    assert_eq!(xpos_of("If the talks fail, Mr. Ruiz argues, there are other tools.", "argues").0, "VBZ");
    assert_eq!(xpos_of("The deal, the mayor insists, is fair.", "insists").0, "VBZ");
    assert_eq!(xpos_of("The deal is fair, the mayor insists.", "insists").0, "VBZ");
    // A list of nouns keeps its nouns.
    assert_eq!(xpos_of("The shop sells maps, guides, notes, and more.", "notes").0, "NNS");
}
