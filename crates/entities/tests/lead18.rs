//! Faults found by reading the layer's output (session 18): a place the
//! tagger read as an organization, coordinated with another place; a
//! business noun opening the sentence before a company's name.
use dateline_core::{Document, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2026-03-03", text)
}

#[test]
fn a_one_word_organization_coordinated_with_a_place_after_in_is_a_place() {
    // "Swindon" had been an organization.
    let doc = run("LONDON, March 3 - Carmaker Stellan Auto said it would cut 2,000 jobs. Workers in Bristol and \
                   Swindon will be affected, the company said.");
    // "Carmaker" had been part of the company's name.
    assert_eq!(ent(&doc, "Stellan Auto").kind, EntityKind::Org, "{:?}", doc.entities);
    let s = ent(&doc, "Swindon");
    assert_eq!(s.kind, EntityKind::Gpe, "{:?}", doc.entities);
    // A company beside a place stays a company, and so does a pair with
    // no preposition of place before it.
    let doc = run("LONDON, March 3 - Shares of Harwick Group and Dalmore rose in London and Frankfurt.");
    assert_eq!(ent(&doc, "Harwick Group").kind, EntityKind::Org, "{:?}", doc.entities);
}

#[test]
fn a_company_named_before_its_plant_is_the_company_named_elsewhere() {
    // "the Hyundai plant" had made "Hyundai" a place, apart from the
    // company of the next sentence.
    let doc =
        run("Workers at the Hyundai plant in Ulsan went on strike on Monday. Toyota and Hyundai both raised prices.");
    let h: Vec<_> = doc.entities.iter().filter(|e| e.name == "Hyundai").collect();
    assert_eq!(h.len(), 1, "{:?}", doc.entities);
    assert_eq!(h[0].kind, EntityKind::Org);
    assert_eq!(h[0].mentions.len(), 2);
    // A place before its plant stays a place.
    let doc = run("Workers at the Ulsan plant went on strike. Toyota raised prices.");
    assert_eq!(ent(&doc, "Ulsan").kind, EntityKind::Gpe, "{:?}", doc.entities);
}

#[test]
fn an_office_before_the_name_set_off_by_a_comma_is_the_persons() {
    // "Ahmed Saleh" had no role, country or code.
    let doc = run("CAIRO, March 3 - A spokesman for the Interior Ministry, Ahmed Saleh, said on Tuesday that 12 \
                   people were arrested.");
    let p = ent(&doc, "Ahmed Saleh");
    assert_eq!(p.country.as_deref(), Some("EGY"), "{:?}", doc.entities);
    assert_eq!(p.code.as_deref(), Some("EGYGOV"), "{:?}", doc.entities);
    assert!(p.roles.iter().any(|r| r == "spokesman"), "{:?}", doc.entities);
    // A list after a body's name is no office ("members of the council,
    // Ana Ruiz and ...": "members" is no role word).
    let doc = run("CAIRO, March 3 - Three members of the Interior Ministry, Ahmed Saleh, Omar Nabil and Sara Adel, \
                   resigned.");
    assert!(ent(&doc, "Ahmed Saleh").roles.is_empty(), "{:?}", doc.entities);
}
