//! Faults found by reading the layer's output on articles the team wrote
//! (session 14): a company the tagger typed a place and a person, a title
//! of two words whose first is no title alone ("attorney general"), and a
//! short title ("Chair") glued to an acronym and a name.
use dateline_core::{Document, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2024-12-11", text)
}

#[test]
fn a_company_based_somewhere_or_merged_is_a_company() {
    let doc = run("A federal judge on Tuesday blocked the proposed merger of Kroger and Albertsons. \
                   Kroger, based in Cincinnati, said it was disappointed. Kroger attacked the ruling as unfair.");
    let kroger: Vec<_> = doc.entities.iter().filter(|e| e.name == "Kroger").collect();
    assert_eq!(kroger.len(), 1, "{:?}", doc.entities);
    assert_eq!(kroger[0].kind, EntityKind::Org, "{:?}", doc.entities);
    assert_eq!(kroger[0].mentions.len(), 3, "{:?}", kroger[0]);
    assert_eq!(ent(&doc, "Albertsons").kind, EntityKind::Org, "{:?}", doc.entities);
    for m in &kroger[0].mentions {
        assert_eq!(&doc.text()[m.span.start..m.span.end], "Kroger");
    }
    // A person stays a person: "X, based in Y" of a listed first name.
    let doc = run("John Smith, based in Denver, said the firm would appeal.");
    assert_eq!(ent(&doc, "John Smith").kind, EntityKind::Person, "{:?}", doc.entities);
}

#[test]
fn a_two_word_title_keeps_both_words() {
    let doc = run("Washington's attorney general, Bob Ferguson, said the ruling protected consumers.");
    let e = ent(&doc, "Bob Ferguson");
    assert_eq!(e.roles, vec!["attorney general".to_string()], "{e:?}");
    assert!(!e.code.as_deref().unwrap_or("").ends_with("MIL"), "{e:?}");
}

#[test]
fn a_chair_after_an_acronym_is_a_person_s_title() {
    let doc = run("The U.S. Federal Trade Commission sued. \"This is a victory,\" FTC Chair Lina Khan said.");
    let e = ent(&doc, "Lina Khan");
    assert_eq!(e.kind, EntityKind::Person, "{:?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name.contains("Chair")), "{:?}", doc.entities);
    // The acronym is the commission's, and so is its chair.
    assert_eq!(e.code.as_deref(), Some("USAGOV"), "{e:?}");
}
