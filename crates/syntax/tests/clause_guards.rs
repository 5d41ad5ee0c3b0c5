//! Where the clause view's parse-slip repairs must not fire: ordinary
//! sentences (the team's own) that look like a slip on the surface. Each
//! test fails with the repair unguarded.
mod common;

use common::{slipped, subjects_of};
use dateline_syntax::clauses;

#[test]
fn a_controlled_infinitive_leaves_the_object_to_its_governor() {
    // "be patient" has an auxiliary and no subject, and "Quito" stands
    // right before it, but "Quito" is what "urged" acts on.
    let doc = slipped("The mayor urged Quito to be patient about the new tram.", &[]);
    let all = clauses(&doc);
    let urge = all.iter().find(|c| c.lemma == "urge").expect("urge");
    let objects: Vec<&str> = urge.objects.iter().map(|a| doc.slice(a.span)).collect();
    assert_eq!(objects, vec!["Quito"]);
    let patient = all.iter().find(|c| c.lemma == "patient").expect("patient");
    assert!(patient.subjects.iter().all(|a| a.inherited), "{:?}", patient.subjects);
}

#[test]
fn a_verb_of_saying_after_a_comma_is_no_conjunct() {
    // "said" hung on "win" as a parenthetical, its speaker on it with no
    // relation the clause view reads: "said" must not inherit "We".
    let doc = slipped(
        "We will win the vote, said Tomasz Nowak.",
        &[("win", None, "root"), ("said", Some("win"), "parataxis"), ("Tomasz", Some("said"), "dep")],
    );
    assert!(!subjects_of(&doc, "say").contains(&"We".to_string()));
}

#[test]
fn a_weekday_after_the_subject_is_not_part_of_its_name() {
    // "Tuesday" hung on the verb as an adverb, and no time layer ran: the
    // word itself tells that it is a time, not the end of a name.
    let doc = slipped("The senator Tuesday said the fund was legal.", &[("Tuesday", Some("said"), "advmod")]);
    assert_eq!(subjects_of(&doc, "say"), vec!["The senator".to_string()]);
}

#[test]
fn a_bare_month_before_the_comma_is_no_name_with_an_apposition() {
    // "month" hung on the verb as a plain oblique, and the subject has an
    // apposition set off by commas: still no name of the subject.
    let doc = slipped(
        "Last month, the senator, a Democrat, asked whether the fund was legal.",
        &[("month", Some("asked"), "obl"), ("senator", Some("asked"), "nsubj"), ("Democrat", Some("senator"), "appos")],
    );
    assert_eq!(subjects_of(&doc, "ask"), vec!["the senator".to_string()]);
}

#[test]
fn the_object_of_a_verb_of_asking_does_the_infinitive_that_is_asked_for() {
    // "to visit" hung on "Wang" as a clause of the noun: no subject, and
    // the visit stated as fact.
    let doc = common::parse(dateline_core::Article::new(
        dateline_core::PubDate::parse("2025-03-11").expect("date"),
        "Lula invited Wang to visit Brasilia next year.",
    ));
    let cs = dateline_syntax::clauses(&doc);
    let visit = cs.iter().find(|c| c.lemma == "visit").expect("visit clause");
    assert_eq!(visit.subjects.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>(), vec!["Wang"]);
    assert_eq!(visit.modality, dateline_syntax::Modality::Hypothetical);
}
