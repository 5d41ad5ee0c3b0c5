//! Faults found by reading the layer's output (session 17): office holders
//! of a dateline's country in an article naming another country more
//! often, definite short forms of organizations, businesses named after a
//! descriptive noun, a union's spokespeople, and two companies read as one.
use dateline_core::{Document, EntityKind, MentionKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2026-03-03", text)
}

/// The texts of an entity's mentions, in text order.
fn mention_texts<'a>(doc: &'a Document, name: &str) -> Vec<&'a str> {
    ent(doc, name).mentions.iter().map(|m| &doc.text()[m.span.start..m.span.end]).collect()
}

#[test]
fn an_office_holder_with_no_country_is_of_the_datelines_country() {
    // The U.S. is named four times, Japan twice (dateline and "Japanese").
    let doc = run("TOKYO, March 3 - Japanese Finance Minister Kenji Arakawa warned on Tuesday against rapid \
                   moves in the yen. The U.S. dollar fell after U.S. officials said the U.S. economy was \
                   slowing. Talks with the U.S. will go on. Deputy Finance Minister Nakamura said exporters \
                   were worried.");
    let p = ent(&doc, "Nakamura");
    assert_eq!(p.country.as_deref(), Some("JPN"), "{:?}", doc.entities);
    assert_eq!(p.code.as_deref(), Some("JPNGOV"), "{:?}", doc.entities);
    // A title naming the other country keeps it.
    let doc = run("TOKYO, March 3 - Japanese Finance Minister Kenji Arakawa warned on Tuesday against rapid \
                   moves in the yen. The U.S. dollar fell after U.S. officials said the U.S. economy was \
                   slowing. U.S. Treasury Secretary Dana Whitfield said the U.S. wanted a strong dollar.");
    assert_eq!(ent(&doc, "Dana Whitfield").country.as_deref(), Some("USA"), "{:?}", doc.entities);
    // Not when his own sentence names the other country.
    let doc = run("WASHINGTON, March 3 - U.S. envoy Mark Feld met Iranian officials in Oman on Tuesday. Iran \
                   said the talks were useful, and Iran would send a delegation to Geneva. Iranian state media \
                   said Iran wanted sanctions lifted. Foreign Minister Reza Karimi said Tehran was ready.");
    assert_eq!(ent(&doc, "Reza Karimi").code.as_deref(), Some("IRNGOV"), "{:?}", doc.entities);
    // So in a Washington story about China.
    let doc = run("WASHINGTON, March 3 - U.S. trade officials met Chinese negotiators on Tuesday. China \
                   said it would buy more soybeans, and China wants lower tariffs, Chinese state media said. \
                   Talks will resume in China next month. Commerce Secretary Ellen Marsh said the talks were \
                   useful.");
    assert_eq!(ent(&doc, "Ellen Marsh").code.as_deref(), Some("USAGOV"), "{:?}", doc.entities);
}

#[test]
fn a_definite_short_form_is_the_organization_named_before() {
    let doc = run("OSLO, March 3 - The Bank of Norway raised its main interest rate on Thursday. The Bank \
                   said inflation had stayed above target, and the Bank expects to raise rates again in June.");
    let b = ent(&doc, "Bank of Norway");
    assert_eq!(b.kind, EntityKind::Org);
    assert_eq!(mention_texts(&doc, "Bank of Norway"), vec!["Bank of Norway", "Bank", "Bank"], "{:?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.name != "Bank"), "{:?}", doc.entities);
    // The head of a name without "of"; the last one named of two.
    let doc = run("The Baltic Trade Commission fined Arvika Shipping on Monday. The Nordic Fisheries Commission \
                   agreed, and the Commission said the fine was fair.");
    assert_eq!(mention_texts(&doc, "Baltic Trade Commission"), vec!["Baltic Trade Commission"], "{:?}", doc.entities);
    assert_eq!(
        mention_texts(&doc, "Nordic Fisheries Commission"),
        vec!["Nordic Fisheries Commission", "Commission"],
        "{:?}",
        doc.entities
    );
    // Before a title, without "the": the spokesman speaks for the body.
    let doc = run("BRUSSELS, March 3 - The European Commission will present a new tax plan in June, \
                   Commission spokesman Marco Ricci said on Tuesday.");
    assert_eq!(mention_texts(&doc, "European Commission"), vec!["European Commission", "Commission"]);
    assert_eq!(ent(&doc, "Marco Ricci").code.as_deref(), Some("IGOEU"), "{:?}", doc.entities);
    // A chamber: "House" only of "House of ...", not the White House.
    let doc = run("WASHINGTON, March 3 - The U.S. House of Representatives passed the bill on Tuesday. House \
                   Speaker Ellen Marsh said the House would act again in May.");
    assert_eq!(
        mention_texts(&doc, "U.S. House of Representatives"),
        vec!["U.S. House of Representatives", "House", "House"],
        "{:?}",
        doc.entities
    );
    assert_eq!(ent(&doc, "Ellen Marsh").code.as_deref(), Some("USALEG"), "{:?}", doc.entities);
    let doc = run("The White House said on Monday that the House would vote soon.");
    assert_eq!(mention_texts(&doc, "White House"), vec!["White House"], "{:?}", doc.entities);
    // Not a longer name, nor a form named before the organization.
    let doc = run("The Bank said on Monday it would cut jobs. Later the Bank of Norway raised rates, and the \
                   Bank of England held them.");
    assert_eq!(mention_texts(&doc, "Bank of Norway"), vec!["Bank of Norway"], "{:?}", doc.entities);
}

#[test]
fn a_name_after_a_business_noun_is_a_company() {
    let doc = run("Shipping rates rose 4 percent in March, according to the consultancy Nordic Freight. \
                   The Swedish insurer Coastal Mutual warned of delays.");
    for name in ["Nordic Freight", "Coastal Mutual"] {
        assert_eq!(ent(&doc, name).kind, EntityKind::Org, "{name}: {:?}", doc.entities);
    }
    // A listed place or a person named with a given name stays.
    let doc = run("The firm Paris Partners hired the company founder John Halvorsen, who moved from the company \
                   in Berlin.");
    assert_eq!(ent(&doc, "John Halvorsen").kind, EntityKind::Person, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Berlin").kind, EntityKind::Gpe, "{:?}", doc.entities);
}

#[test]
fn a_unions_spokespeople_speak_for_the_union() {
    let doc = run("ROTTERDAM, March 3 - Dock workers walked out on Monday. \"We will not back down,\" said \
                   Anna de Vries, a spokeswoman for the FNV union. FNV spokesman Pieter Bakker said talks would \
                   resume.");
    assert_eq!(ent(&doc, "FNV").code.as_deref(), Some("NLDLAB"), "{:?}", doc.entities);
    for name in ["Anna de Vries", "Pieter Bakker"] {
        let p = ent(&doc, name);
        assert_eq!(p.code.as_deref(), Some("NLDLAB"), "{name}: {:?}", doc.entities);
    }
    // A ministry's spokesman stays the government's.
    let doc = run("ROTTERDAM, March 3 - Dock workers walked out on Monday. Jan Smit, a spokesman for the \
                   Dutch Transport Ministry, said talks would resume.");
    assert_eq!(ent(&doc, "Jan Smit").code.as_deref(), Some("NLDGOV"), "{:?}", doc.entities);
}

#[test]
fn two_companies_joined_by_and_are_two() {
    let doc = run("WASHINGTON, March 3 - Executives from Morgan Stanley and Citigroup were asked to testify.");
    assert_eq!(ent(&doc, "Morgan Stanley").kind, EntityKind::Org, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Citigroup").kind, EntityKind::Org, "{:?}", doc.entities);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Org).count(), 2, "{:?}", doc.entities);
    // One body or one firm's name stays one.
    for name in ["Securities and Exchange Commission", "Food and Drug Administration", "Smith and Wesson Holding Corp"]
    {
        let doc = run(&format!("The {name} said on Monday it would review the rules."));
        assert!(doc.entities.iter().any(|e| e.name == name), "{name}: {:?}", doc.entities);
    }
    // A chamber's committee before its chairman's title is one body, the
    // legislature's, and the chairman is its.
    let doc = run("WASHINGTON, March 3 - Senate Finance Committee Chairman Ron Halvorsen said on Tuesday the \
                   panel would review bank fees.");
    assert_eq!(ent(&doc, "Senate Finance Committee").code.as_deref(), Some("USALEG"), "{:?}", doc.entities);
    let p = ent(&doc, "Ron Halvorsen");
    assert_eq!((p.roles.as_slice(), p.code.as_deref()), (&["Chairman".to_string()][..], Some("USALEG")));
    assert!(doc.entities.iter().all(|e| e.name != "Senate"), "{:?}", doc.entities);
    // The Senate committee is one body.
    let doc = run("WASHINGTON, March 3 - The Senate Finance Committee will hold a hearing on bank fees next week.");
    let c = ent(&doc, "Senate Finance Committee");
    assert_eq!(c.kind, EntityKind::Org);
    assert_eq!(c.mentions.len(), 1);
    assert_eq!(c.mentions[0].kind, MentionKind::Name);
}

#[test]
fn a_banks_short_name_is_the_bank_and_shares_its_code() {
    let doc = run("LONDON, March 3 - British lender Harwick Bank said on Tuesday it would buy a rival for 1.2 \
                   billion pounds. Harwick Chief Executive Sarah Moore said the deal would save money. Shares in \
                   Harwick rose 4 percent, and the Prudential Regulation Authority must approve the takeover.");
    let b = ent(&doc, "Harwick Bank");
    assert_eq!(b.code.as_deref(), Some("GBRBUS"), "{:?}", doc.entities);
    assert_eq!(mention_texts(&doc, "Harwick Bank"), vec!["Harwick Bank", "Harwick", "Harwick"], "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Sarah Moore").code.as_deref(), Some("GBRBUS"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Prudential Regulation Authority").kind, EntityKind::Org, "{:?}", doc.entities);
}
