//! The clause view under parse slips that retrained parsers make: the
//! team's own sentences parsed by the shipped models, with the slip
//! written into the parse. Each test fails without the repair it names.
mod common;

use dateline_core::{Article, Document, PubDate};
use dateline_syntax::clauses;

fn tok(doc: &Document, word: &str) -> usize {
    doc.tokens.iter().position(|t| doc.slice(t.span) == word).unwrap_or_else(|| panic!("no token {word:?}"))
}

/// Parses `text` and gives `word` the head `head` (`None`: the root) and `deprel`.
fn slipped(text: &str, slips: &[(&str, Option<&str>, &str)]) -> Document {
    let mut doc = common::parse(Article::new(PubDate::parse("2001-06-04").expect("date"), text));
    for (word, head, deprel) in slips {
        let i = tok(&doc, word);
        let h = head.map(|h| tok(&doc, h) as u32);
        doc.tokens[i].head = h;
        doc.tokens[i].deprel = Some(deprel.to_string());
    }
    doc
}

fn subjects_of(doc: &Document, lemma: &str) -> Vec<String> {
    let c = clauses(doc).into_iter().find(|c| c.lemma == lemma).unwrap_or_else(|| panic!("no clause of {lemma}"));
    c.subjects.iter().map(|a| doc.slice(a.span).to_string()).collect()
}

#[test]
fn a_stranded_determiner_starts_the_subject() {
    // "The" hung under the period, with "fired" as a relative clause on it.
    let text = "The Hermit Kingdom fired two shells at Seoul on Thursday.";
    let doc = slipped(
        text,
        &[
            ("The", Some("."), "det"),
            (".", None, "root"),
            ("fired", Some("The"), "acl:relcl"),
            ("Hermit", Some("fired"), "nsubj"),
            ("Kingdom", Some("Hermit"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "fire"), vec!["The Hermit Kingdom".to_string()]);
}

#[test]
fn a_stranded_name_word_starts_the_subject() {
    // "Quito" read as an adverb of the verb.
    let text = "Quito Mayor Ana Lopez has again appealed for calm.";
    let doc = slipped(
        text,
        &[
            ("Quito", Some("appealed"), "advmod"),
            ("Mayor", Some("Ana"), "nmod:desc"),
            ("Ana", Some("appealed"), "nsubj"),
            ("Lopez", Some("Ana"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "appeal"), vec!["Quito Mayor Ana Lopez".to_string()]);
}

#[test]
fn a_time_word_before_the_subject_stays_out() {
    let text = "Yesterday Peru fired two shells at Chile.";
    let doc = slipped(text, &[("Yesterday", Some("fired"), "obl:tmod"), ("Peru", Some("fired"), "nsubj")]);
    assert_eq!(subjects_of(&doc, "fire"), vec!["Peru".to_string()]);
}

#[test]
fn a_name_before_its_apposition_is_the_subject() {
    // "Pakistan" hung on the verb as a bare oblique, its apposition read
    // as the subject.
    let text = "Pakistan, a close ally of Washington, has refused to send troops.";
    let doc = slipped(text, &[("Pakistan", Some("refused"), "obl"), ("ally", Some("refused"), "nsubj")]);
    assert_eq!(subjects_of(&doc, "refuse"), vec!["Pakistan".to_string()]);
    // Inherited by the controlled verb.
    assert_eq!(subjects_of(&doc, "send"), vec!["Pakistan".to_string()]);
}

#[test]
fn a_split_name_before_the_verb_is_one_subject() {
    // "Lima" read as the subject, the rest of the name as an adverbial
    // clause of the verb.
    let text = "Lima Prime Minister Ana Soto will not try to block the deal.";
    let doc = slipped(
        text,
        &[
            ("Lima", Some("try"), "nsubj"),
            ("Minister", Some("Ana"), "nmod:desc"),
            ("Ana", Some("try"), "advcl"),
            ("Soto", Some("Ana"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "try"), vec!["Lima Prime Minister Ana Soto".to_string()]);
    assert_eq!(subjects_of(&doc, "block"), vec!["Lima Prime Minister Ana Soto".to_string()]);
}

#[test]
fn a_verb_hung_on_the_noun_plans_has_the_planner_as_subject() {
    // "visit" read as a clause of the noun "plans", itself the subject of
    // "said".
    let text = "Boric plans to visit Lima to meet the mayor, an aide said.";
    let doc = slipped(
        text,
        &[
            ("Boric", Some("plans"), "compound"),
            ("plans", Some("said"), "nsubj"),
            ("visit", Some("plans"), "acl"),
            ("said", None, "root"),
        ],
    );
    assert_eq!(subjects_of(&doc, "visit"), vec!["Boric".to_string()]);
    let visit = clauses(&doc).into_iter().find(|c| c.lemma == "visit").expect("visit");
    assert_eq!(visit.modality, dateline_syntax::Modality::Planned);
}

#[test]
fn an_apposition_inside_a_list_of_subjects_is_a_subject() {
    let text = "Quiet Peru, the proud Chile, and brave Bolivia welcomed the deal.";
    let doc = slipped(
        text,
        &[
            ("Peru", Some("welcomed"), "nsubj"),
            ("Chile", Some("Peru"), "appos"),
            ("Bolivia", Some("welcomed"), "nsubj"),
        ],
    );
    assert_eq!(
        subjects_of(&doc, "welcome"),
        vec!["Quiet Peru".to_string(), "the proud Chile".to_string(), "brave Bolivia".to_string()]
    );
}

#[test]
fn an_object_right_before_a_subjectless_complement_is_its_subject() {
    // "it" read as the object of "indicated".
    let text = "Chile indicated it should have acted against Peru.";
    let doc = slipped(text, &[("it", Some("indicated"), "obj"), ("acted", Some("indicated"), "ccomp")]);
    assert_eq!(subjects_of(&doc, "act"), vec!["it".to_string()]);
    // Also with the complement hung on a later verb.
    let text = "Chile indicated it would act now, an aide said.";
    let doc = slipped(
        text,
        &[
            ("it", Some("indicated"), "obj"),
            ("act", Some("said"), "advcl"),
            ("said", Some("indicated"), "ccomp"),
            ("aide", Some("said"), "nsubj"),
        ],
    );
    assert_eq!(subjects_of(&doc, "act"), vec!["it".to_string()]);
}

#[test]
fn a_listed_verb_read_as_a_parenthetical_shares_the_subject() {
    // "stopped" read as a parenthetical of "met".
    let text = "Peru has met Chile, stopped aid to Bolivia and paused trade talks.";
    let doc = slipped(text, &[("stopped", Some("met"), "parataxis"), ("paused", Some("stopped"), "conj")]);
    assert_eq!(subjects_of(&doc, "stop"), vec!["Peru".to_string()]);
    assert_eq!(subjects_of(&doc, "pause"), vec!["Peru".to_string()]);
}

#[test]
fn a_time_before_the_comma_is_no_name_with_an_apposition() {
    // No slip: "month" is a bare oblique of time, and "the senator" the
    // subject, not an apposition of it.
    let doc = slipped("Last month, the senator asked whether the fund was legal.", &[]);
    assert_eq!(subjects_of(&doc, "ask"), vec!["the senator".to_string()]);
}

#[test]
fn a_subject_not_closed_by_a_comma_is_no_apposition() {
    // "Doral" hung on the verb as a bare oblique (its "At" read as an
    // adverb): "the candidate" runs straight into the verb, so it is the
    // subject and no apposition of "Doral".
    let text = "At Doral, the candidate boasted of his skills.";
    let doc = slipped(text, &[("At", Some("boasted"), "advmod"), ("Doral", Some("boasted"), "obl")]);
    assert_eq!(subjects_of(&doc, "boast"), vec!["the candidate".to_string()]);
}
