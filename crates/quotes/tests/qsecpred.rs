//! Verbs of naming and portrayal whose content is the object (or the
//! passive subject) with what is said of it (session qsecpred): a
//! passive's predicate noun read as an object, an "as" clause of a
//! passive, a predicate noun read as an oblique, an "as" phrase hung on
//! the noun before it, "commended X for Y", and the object of a verb
//! of stance the parse made a parataxis.

mod common;

use common::reported;

/// The content of the attribution whose cue lemma is `cue`.
fn content_of(got: &[(String, String, String, &'static str)], cue: &str) -> Option<String> {
    got.iter().find(|(_, c, _, _)| c == cue).map(|(x, _, _, _)| x.clone())
}

#[test]
fn a_passive_of_naming_runs_through_its_predicate_noun() {
    let got = reported("The old mill is considered one of the finest examples of its kind.");
    assert_eq!(
        content_of(&got, "consider").as_deref(),
        Some("The old mill is considered one of the finest examples of its kind"),
        "{got:?}"
    );
    let got = reported("Harlan was named the chief engineer of the project in 2009.");
    assert_eq!(
        content_of(&got, "name").as_deref(),
        Some("Harlan was named the chief engineer of the project"),
        "{got:?}"
    );
}

#[test]
fn a_passive_predicate_noun_ends_before_an_agent_or_a_comma() {
    let got = reported("The new fund will be dubbed the \"Prairie Renewal Fund\" by its backers.");
    let x = content_of(&got, "dub").unwrap_or_default();
    assert!(x.starts_with("The new fund") && x.contains("Prairie Renewal Fund") && !x.contains("backers"), "{got:?}");
    let got = reported("The lodge was named the \"Pine House,\" with a porch facing the lake.");
    let x = content_of(&got, "name").unwrap_or_default();
    assert!(x.starts_with("The lodge") && x.contains("Pine House") && !x.contains("porch"), "{got:?}");
}

#[test]
fn a_passive_with_an_as_clause_runs_through_it() {
    let got = reported("The vote was widely seen as testing the mayor's hold on the council.");
    assert_eq!(
        content_of(&got, "see").as_deref(),
        Some("The vote was widely seen as testing the mayor's hold on the council"),
        "{got:?}"
    );
}

#[test]
fn a_predicate_noun_read_as_an_oblique_is_part_of_the_content() {
    let got = reported("Ms. Okafor calls it the \"grand bargain.\"");
    let x = content_of(&got, "call").unwrap_or_default();
    assert!(x.starts_with("it the") && x.contains("grand bargain"), "{got:?}");
}

#[test]
fn an_as_phrase_hung_on_the_noun_before_it_is_part_of_the_content() {
    let got = reported("Rivera described the river park during an interview as \"the heart of the city.\"");
    let x = content_of(&got, "describe").unwrap_or_default();
    assert!(x.starts_with("the river park") && x.contains("the heart of the city"), "{got:?}");
}

#[test]
fn commended_for_gives_the_grounds() {
    let got = reported("She commended him for his work on the flood barrier.");
    assert_eq!(content_of(&got, "commend").as_deref(), Some("him for his work on the flood barrier"), "{got:?}");
}

#[test]
fn a_verb_of_naming_read_as_a_parataxis_keeps_its_object_and_predicate() {
    for (text, object, predicate) in [
        ("For that she drew the senator's ire - he called her \"naive\" and said she had no plan.", "her", "naive"),
        ("Turnout was low, Ms. Diaz called the result a warning.", "the result", "a warning"),
        ("It was a tense evening: the chairman called the report \"a hatchet job.\"", "the report", "hatchet job"),
    ] {
        let got = reported(text);
        assert!(
            got.iter().any(|(x, c, _, r)| c == "call"
                && x.starts_with(object)
                && x.contains(predicate)
                && *r == "clause/parataxis_object"),
            "{text}: {got:?}"
        );
    }
}
