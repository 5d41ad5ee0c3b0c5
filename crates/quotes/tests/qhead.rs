//! Headlines read as `Source verbs Content` (session qhead): the first
//! line of an article in title case or in lower case, whose verb the
//! tagger misreads ("Blasts" a name, "blast" an adjective).

mod common;

use dateline_core::{Article, PubDate};
use dateline_quotes::attribution::Ctx;

/// The (content, speaker words, cue lemma) of the hand rule `rule` in
/// `text`.
fn by_rule(text: &str, rule: &str) -> Vec<(String, String, String)> {
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = Ctx::new(&doc);
    ctx.reported_by_rule()
        .into_iter()
        .filter(|(_, _, r)| *r == rule)
        .map(|(x, c, _)| {
            (doc.slice(x).to_string(), c.speaker.map(|s| doc.slice(s).to_string()).unwrap_or_default(), c.lemma)
        })
        .collect()
}

const BODY: &str = "\n\nThe meeting in the capital went on for three hours on Tuesday.\n";

#[test]
fn a_lower_case_headline_verb_after_a_plural_subject_is_a_cue() {
    let got = by_rule(&format!("Mayors blast governor for skipping the flood summit{BODY}"), "headline_svo");
    assert_eq!(
        got,
        vec![("governor for skipping the flood summit".into(), "Mayors".into(), "blast".into())],
        "{got:?}"
    );
}

#[test]
fn a_title_case_headline_verb_is_a_cue() {
    let got = by_rule(&format!("Veteran Senator Rips Governor Over Flood Response{BODY}"), "headline_svo");
    assert_eq!(got, vec![("Governor Over Flood Response".into(), "Veteran Senator".into(), "rip".into())], "{got:?}");
}

#[test]
fn a_preposition_of_the_verb_is_no_part_of_the_content() {
    let got = by_rule(&format!("Farm group presses for truce in tariff dispute{BODY}"), "headline_svo");
    assert_eq!(got, vec![("truce in tariff dispute".into(), "Farm group".into(), "press".into())], "{got:?}");
}

#[test]
fn a_plural_noun_before_a_clause_is_no_cue() {
    // "charges" is a noun: the clause's verb comes after it.
    assert!(by_rule(&format!("Criminal charges against the mayor could set a new standard{BODY}"), "headline_svo")
        .is_empty());
    // "backs" after a determiner is a noun.
    assert!(by_rule(&format!("Voters turning their backs on the old parties{BODY}"), "headline_svo").is_empty());
    // A preposition in the source: "Battle In States" is no subject.
    assert!(by_rule(&format!("Party Boosts Spending In Swing States To Avoid Defeat{BODY}"), "headline_svo")
        .iter()
        .all(|(_, _, l)| l != "state"));
}

#[test]
fn only_the_first_line_is_read() {
    let text = "The flood season\n\nMayors blast governor for skipping the flood summit\n";
    assert!(by_rule(text, "headline_svo").is_empty());
}

#[test]
fn to_and_a_bare_verb_is_the_headlines_future() {
    let got = by_rule(&format!("Governor To Announce Budget Cuts Next Week{BODY}"), "headline_svo");
    assert_eq!(got, vec![("Budget Cuts Next Week".into(), "Governor".into(), "announce".into())], "{got:?}");
}

#[test]
fn a_bare_verb_after_a_list_of_sources_is_a_cue() {
    let got = by_rule(&format!("Mayor, governor champion the new bridge plan{BODY}"), "headline_svo");
    assert_eq!(got, vec![("the new bridge plan".into(), "Mayor, governor".into(), "champion".into())], "{got:?}");
}
