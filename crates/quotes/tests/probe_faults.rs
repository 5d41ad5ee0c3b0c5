//! Faults found by reading the layer's output on articles written for
//! these tests: a title before a name the parse cut off, "according to"
//! in parentheses, chants with no parsed subject, and participles of
//! being asked.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2026-03-04").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// Content, cue, speaker words and speaker entity name of a quote.
type Listed = (String, Option<String>, Option<String>, Option<String>);

fn listed(doc: &Document) -> Vec<Listed> {
    doc.quotes
        .iter()
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.cue.clone(),
                q.speaker_span.map(|s| doc.slice(s).to_string()),
                q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.clone()),
            )
        })
        .collect()
}

#[test]
fn a_titled_speaker_after_a_quote_keeps_its_title() {
    let doc = annotate(
        "Rescue teams searched collapsed buildings in the south on Wednesday.\n\n\"We will rebuild,\" the country's disaster agency AFAD said in a statement.",
    );
    let q = listed(&doc);
    let x = q.iter().find(|x| x.0 == "We will rebuild").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(x.2.as_deref(), Some("the country's disaster agency AFAD"), "{q:#?}");
    assert_eq!(x.3.as_deref(), Some("AFAD"), "{q:#?}");
}

#[test]
fn a_noun_phrase_before_a_name_is_its_title_only_at_a_closing_attribution() {
    let doc = annotate(
        "Voters remember the slogan, a phrase Smith used to mock his rival during the campaign.\n\nThe party rejected the plan, a proposal Governor Lee has defended as the only way to balance the budget.",
    );
    let q = listed(&doc);
    assert!(
        !q.iter().any(|x| x.2.as_deref().is_some_and(|s| s.contains("phrase") || s.contains("proposal"))),
        "{q:#?}"
    );
}

#[test]
fn according_to_in_parentheses_ends_at_the_closing_mark() {
    let doc = annotate(
        "Prices rose 4% last month (according to the statistics office). Food costs climbed the most.\n\nThe mayor (according to two aides) will resign on Friday.",
    );
    let q = listed(&doc);
    let acc: Vec<_> = q.iter().filter(|x| x.1.as_deref() == Some("according to")).collect();
    assert!(acc.iter().any(|x| x.0 == "Prices rose 4% last month"), "{q:#?}");
    assert!(acc.iter().any(|x| x.2.as_deref() == Some("the statistics office")), "{q:#?}");
    assert!(acc.iter().any(|x| x.2.as_deref() == Some("two aides")), "{q:#?}");
    for x in &acc {
        assert!(!x.0.contains(['(', ')']) && !x.2.as_deref().unwrap_or("").contains(['(', ')']), "{q:#?}");
    }
}

#[test]
fn a_chant_belongs_to_the_crowd_not_to_a_name_inside_it() {
    let doc = annotate(
        "Prime Minister John Smith spoke in parliament on Tuesday. Supporters of opposition leader Ali Hassan chanted \"Down with the regime\" outside the building.\n\n\"Go home!\" the crowd shouted.\n\nThousands of people marched through the capital chanting \"Smith out\".",
    );
    let q = listed(&doc);
    let down = q.iter().find(|x| x.0.contains("Down with the regime")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(down.2.as_deref(), Some("Supporters of opposition leader Ali Hassan"), "{q:#?}");
    assert_eq!(down.3, None, "{q:#?}");
    let home = q.iter().find(|x| x.0 == "Go home!").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(home.2.as_deref(), Some("the crowd"), "{q:#?}");
    assert_eq!(home.3, None, "{q:#?}");
    let out = q.iter().find(|x| x.0 == "Smith out").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(out.2.as_deref(), Some("Thousands of people"), "{q:#?}");
    assert_eq!(out.3, None, "{q:#?}");
}

#[test]
fn one_who_was_asked_is_not_the_asker() {
    let doc = annotate(
        "Asked about the tariffs, Finance Minister Jane Doe said the government would wait.\n\nAsked about the protests, Doe told reporters the police had acted lawfully.\n\nDoe, asked about the budget, said the figures were sound.",
    );
    let q = listed(&doc);
    let wait = q.iter().find(|x| x.0 == "the government would wait").unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(wait.2.as_deref(), Some("Finance Minister Jane Doe"), "{q:#?}");
    assert!(q.iter().any(|x| x.1.as_deref() == Some("tell") && x.2.as_deref() == Some("Doe")), "{q:#?}");
    assert!(q.iter().any(|x| x.1.as_deref() == Some("say") && x.0 == "the figures were sound"), "{q:#?}");
    for x in q.iter().filter(|x| x.1.as_deref() == Some("ask")) {
        assert_eq!(x.2, None, "{q:#?}");
        assert!(!x.0.contains("Doe") && !x.0.contains("said"), "{q:#?}");
    }
}

#[test]
fn a_participle_of_being_asked_is_no_statement() {
    let doc = annotate("Asked about his plans for the central bank, Finance Minister Jane Doe declined to comment.");
    let q = listed(&doc);
    for x in q.iter().filter(|x| x.1.as_deref() != Some("ask")) {
        assert!(!x.0.contains("Asked"), "{q:#?}");
    }
}

#[test]
fn a_participle_the_parse_made_the_root_is_no_statement() {
    let doc = annotate("Asked about the merger, the chief executive declined to answer.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.1.as_deref() == Some("decline")), "{q:#?}");
    for x in q.iter().filter(|x| x.1.as_deref() != Some("ask")) {
        assert!(!x.0.contains("Asked"), "{q:#?}");
    }
}
