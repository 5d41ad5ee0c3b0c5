//! Faults of session 13, each on sentences written for the test: a
//! relative clause with no pronoun on an apposition, the one a passive
//! verb of addressing speaks to, a quantity speaker, a clause after "said
//! on <day> that", a content running over "and suggested that", and
//! findings of a poll after the clause; a question closing its paragraph;
//! "That's according to X"; an order's infinitive parsed as an adverbial;
//! a closing ", state radio reported" read as a complement.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2026-03-04").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// Content, cue, speaker words of a quote.
type Listed = (String, Option<String>, Option<String>);

fn listed(doc: &Document) -> Vec<Listed> {
    doc.quotes
        .iter()
        .map(|q| (doc.slice(q.span).to_string(), q.cue.clone(), q.speaker_span.map(|s| doc.slice(s).to_string())))
        .collect()
}

#[test]
fn a_verb_in_a_relative_clause_on_an_apposition_is_about_the_apposition() {
    let doc = annotate("Mayor Lena Park praised the decision, a ruling Judge Maria Ortiz criticized on Tuesday.");
    let q = listed(&doc);
    let crit = q.iter().find(|x| x.1.as_deref() == Some("criticize")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(crit.0, "a ruling", "{q:#?}");
    assert_eq!(crit.2.as_deref(), Some("Judge Maria Ortiz"), "{q:#?}");
    let praise = q.iter().find(|x| x.1.as_deref() == Some("praise")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(praise.0.starts_with("the decision") && !praise.0.contains("criticized"), "{q:#?}");
}

#[test]
fn one_asked_or_told_in_the_passive_is_no_speaker() {
    let doc = annotate(
        "A memorable campaign ad in 2008 questioned whether the senator was prepared to face emergencies.\n\nJohn Doe was asked whether the company would raise its prices next year.\n\nSidney Lane was asked: \"Would you have warned her?\"",
    );
    let q = listed(&doc);
    let asked: Vec<_> = q.iter().filter(|x| x.1.as_deref() == Some("ask")).collect();
    assert_eq!(asked.len(), 2, "{q:#?}");
    for x in asked {
        assert_eq!(x.2, None, "{q:#?}");
    }
    // An active past form keeps its subject.
    let ad = q.iter().find(|x| x.1.as_deref() == Some("question")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(ad.2.as_deref(), Some("A memorable campaign ad"), "{q:#?}");
}

#[test]
fn a_quantity_after_an_inverted_verb_keeps_its_of_phrase() {
    let doc = annotate("\"Free Hassan!\" shouted hundreds of students outside the court on Monday.");
    let q = listed(&doc);
    let x = q.iter().find(|x| x.0 == "Free Hassan!").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(x.2.as_deref(), Some("hundreds of students"), "{q:#?}");
}

#[test]
fn a_clause_after_a_day_and_that_is_the_statement() {
    let doc = annotate("Lee stated on Monday that exports had recovered but warned that the outlook remained weak.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.1.as_deref() == Some("state") && x.0 == "that exports had recovered"), "{q:#?}");
    assert!(q.iter().any(|x| x.1.as_deref() == Some("warn") && x.0 == "that the outlook remained weak"), "{q:#?}");
    let doc =
        annotate("Kohl said on Friday that Bonn was ready to help but warned it could not carry the burden alone.");
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.0, "that Bonn was ready to help", "{q:#?}");
}

#[test]
fn a_poll_after_the_clause_is_its_source() {
    let doc = annotate(
        "Senator Blake leads the field by ten points in the latest Gallup poll.\n\nThe governor trails the senator in a new survey by nine points.",
    );
    let q = listed(&doc);
    let blake = q.iter().find(|x| x.1.as_deref() == Some("in") && x.0.starts_with("Senator Blake"));
    let blake = blake.unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(blake.0, "Senator Blake leads the field by ten points", "{q:#?}");
    assert_eq!(blake.2.as_deref(), Some("the latest Gallup poll"), "{q:#?}");
    let parts: Vec<_> = q.iter().filter(|x| x.2.as_deref() == Some("a new survey")).map(|x| x.0.as_str()).collect();
    assert_eq!(parts, ["The governor trails the senator", "by nine points"], "{q:#?}");
}

#[test]
fn a_poll_one_took_part_in_or_spoke_in_finds_nothing() {
    let doc = annotate(
        "Most voters who took part in the survey were women.\n\nThe senator said in a radio interview and in a poll of donors that she would run.",
    );
    let q = listed(&doc);
    assert!(
        !q.iter().any(|x| x.1.as_deref() == Some("in") && x.2.as_deref().is_some_and(|s| s.contains("survey"))),
        "{q:#?}"
    );
    assert!(
        !q.iter().any(|x| x.1.as_deref() == Some("in") && x.2.as_deref().is_some_and(|s| s.contains("poll"))),
        "{q:#?}"
    );
}

#[test]
fn a_content_ends_before_and_a_verb_of_saying_that() {
    let doc = annotate(
        "Governor Hale defended his candidacy and suggested that the bigger question is whether rivals are wasting public money.",
    );
    let q = listed(&doc);
    let defend = q.iter().find(|x| x.1.as_deref() == Some("defend")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(defend.0, "his candidacy", "{q:#?}");
    assert!(
        q.iter().any(|x| x.1.as_deref() == Some("suggest") && x.0.starts_with("that the bigger question")),
        "{q:#?}"
    );
}

#[test]
fn a_question_closing_its_paragraph_is_not_the_next_paragraphs() {
    let doc = annotate(
        "Sidney Lane was asked: \"Would you have warned her?\"\n\nA memorable campaign ad in 2008 questioned whether the senator was prepared to face emergencies.",
    );
    let q = listed(&doc);
    let x = q.iter().find(|x| x.0 == "Would you have warned her?").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(x.1.as_deref(), Some("ask"), "{q:#?}");
    let ad = q.iter().find(|x| x.1.as_deref() == Some("question")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(ad.0.starts_with("whether the senator"), "{q:#?}");
}

#[test]
fn that_according_to_a_source_vouches_for_that() {
    let doc = annotate(
        "Most voters wanted a candidate with experience. That’s according to early results of exit polls conducted for several networks.",
    );
    let q = listed(&doc);
    let x = q.iter().find(|x| x.1.as_deref() == Some("according to")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(x.0, "That", "{q:#?}");
    assert_eq!(x.2.as_deref(), Some("early results of exit polls conducted for several networks"), "{q:#?}");
}

#[test]
fn an_order_takes_the_infinitive_after_its_object() {
    // The hand rules alone (the learned boundaries may redraw it).
    let text = "President Mobutu on Tuesday ordered the military and police to act \"firmly\" to end the looting in the capital.";
    let mut doc = Document::new(Article::new(PubDate::parse("2026-03-04").expect("date"), text.to_string()));
    let pipeline = common::layers().with(dateline_quotes::QuoteExtractor::new().with_learned(false));
    assert!(pipeline.run(&mut doc).is_empty());
    let q = listed(&doc);
    let x = q.iter().find(|x| x.1.as_deref() == Some("order")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(x.0, "the military and police to act \"firmly\" to end the looting in the capital", "{q:#?}");
}

#[test]
fn a_closing_attribution_is_no_complement_of_the_verb_before_it() {
    let doc = annotate(
        "President Mobutu on Tuesday ordered the military and police to act \"firmly\" to end the looting in the capital, state radio reported.",
    );
    let q = listed(&doc);
    assert!(!q.iter().any(|x| x.0.contains("state radio")), "{q:#?}");
    let x = q.iter().find(|x| x.1.as_deref() == Some("report")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(x.0.starts_with("President Mobutu on Tuesday ordered"), "{q:#?}");
    assert_eq!(x.2.as_deref(), Some("state radio"), "{q:#?}");
}
