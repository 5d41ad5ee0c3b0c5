//! Article-country and context rules of the entity layer, on sentences
//! written for these tests: domestic institutions and office holders take
//! the article's own country (never the U.S. by default), places are typed
//! from the words around them, organizations split by the tagger are
//! joined, name particles stay in names, organizations before a title are
//! the person's, and paramilitary groups are rebels.
use dateline_core::{Document, Entity, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2025-03-11", text)
}

#[test]
fn domestic_institutions_take_the_articles_country() {
    let text = "LIMA, May 2 - Peru's Congress voted on Tuesday to remove the central bank governor. \
                The Senate will debate the measure next week, Peruvian officials said in Lima.";
    let doc = run(text);
    assert_eq!(ent(&doc, "Congress").code.as_deref(), Some("PERLEG"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("PERLEG"), "{:?}", doc.entities);
    // Named with its country.
    let doc = run("The Bolivian Senate and the Argentine Congress met in Lima and La Paz on Monday.");
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("BOLLEG"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Congress").code.as_deref(), Some("ARGLEG"), "{:?}", doc.entities);
    // No country clear: none, not the U.S.
    let doc = run("The Senate rejected the bill on Monday.");
    assert_eq!(ent(&doc, "Senate").country, None, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("---LEG"), "{:?}", doc.entities);
    // An article about the U.S., or said so.
    let doc = run("WASHINGTON, June 2 - The Senate passed the bill, and Congress will vote on it in Washington.");
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("USALEG"), "{:?}", doc.entities);
    let doc = run("The U.S. Congress rejected the bill on Monday.");
    assert_eq!(ent(&doc, "U.S. Congress").code.as_deref(), Some("USALEG"), "{:?}", doc.entities);
}

#[test]
fn national_office_holders_take_the_articles_country() {
    let text = "QUITO, April 9 - President Rosa Almeida said on Monday that Ecuador would raise fuel prices. \
                Energy Minister Tomas Varela said Ecuador had no choice, while Colombian Foreign Minister \
                Lina Prado called for talks with Ecuador.";
    let doc = run(text);
    assert_eq!(ent(&doc, "Rosa Almeida").code.as_deref(), Some("ECUGOV"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Tomas Varela").code.as_deref(), Some("ECUGOV"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Lina Prado").code.as_deref(), Some("COLGOV"), "{:?}", doc.entities);
    // Two countries equally: no guess.
    let doc = run("Ecuador and Colombia signed a deal. President Rosa Almeida said Ecuador and Colombia would gain.");
    assert_eq!(ent(&doc, "Rosa Almeida").country, None, "{:?}", doc.entities);
}

#[test]
fn places_from_their_words() {
    let doc = run("DAKAR, Jan 5 - Troops reached the city of Bamako Nord and fled toward Kedougou, \
                   officials said in a statement on Telegram. Senegal's army moved to Port Senegal.");
    let k = ent(&doc, "Kedougou");
    assert_eq!((k.kind, k.country.as_deref()), (EntityKind::Gpe, Some("SEN")), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Bamako Nord").kind, EntityKind::Gpe, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Telegram").kind, EntityKind::Org, "{:?}", doc.entities);
    let doc = run("Aid reached Port Sudan on Monday, and more flights to Kuwait City are planned.");
    assert_eq!(ent(&doc, "Port Sudan").country.as_deref(), Some("SDN"), "{:?}", doc.entities);
}

#[test]
fn other_mentions_of_a_found_place_and_institutions_typed_as_places() {
    let doc = run("Troops entered the city of Bamako Nord on Monday. Thousands fled Bamako Nord overnight.");
    assert!(doc.entities.iter().all(|e| e.name != "Bamako Nord" || e.kind == EntityKind::Gpe), "{:?}", doc.entities);
    let doc =
        run("NAIROBI, May 1 - Kenya's opposition said it would go to the High Court in Nairobi over the Kenya vote.");
    let e = ent(&doc, "High Court");
    assert_eq!((e.kind, e.code.as_deref()), (EntityKind::Org, Some("KENJUD")), "{:?}", doc.entities);
}

#[test]
fn a_given_name_before_particles_starts_a_person() {
    let doc = run(
        "Italian President Marco Bellini and European Commission President Ursula von der Leyen urged Rome to act.",
    );
    assert!(
        doc.entities.iter().any(|e| e.name == "Ursula von der Leyen" && e.kind == EntityKind::Person),
        "{:?}",
        doc.entities
    );
}

#[test]
fn an_organization_split_at_for_is_one() {
    let doc = run("The International Organization for Migration said 5,000 people had fled. IOM staff left.");
    let e = ent(&doc, "International Organization for Migration");
    assert_eq!(e.code.as_deref(), Some("IGOIOM"));
    assert_eq!(e.mentions.len(), 2, "{:?}", doc.entities);
}

#[test]
fn hyphenated_particles_belong_to_the_name() {
    let doc = run("Troops loyal to General Abdel Rahim al-Mansour shelled the town on Monday.");
    assert!(doc.entities.iter().any(|e| e.name == "Abdel Rahim al-Mansour"), "{:?}", doc.entities);
}

#[test]
fn an_organization_before_a_title_is_the_persons() {
    let doc = run("African Union Commission chairman Kwame Mensah will travel to Addis Ababa on Monday.");
    assert_eq!(ent(&doc, "Kwame Mensah").code.as_deref(), Some("IGOAFU"), "{:?}", doc.entities);
}

#[test]
fn paramilitary_groups_are_rebels() {
    let text = "BAMAKO, March 3 - Mali's army said it fought the paramilitary Northern Defense Front near \
                Mopti. The NDF denied it, and Mali's government said the talks would go on in Mali.";
    let doc = run(text);
    let e = ent(&doc, "Northern Defense Front");
    assert_eq!(e.code.as_deref(), Some("MLIREB"), "{:?}", doc.entities);
}

#[test]
fn a_dateline_place_is_named_as_written_in_the_text() {
    let doc = run("Rally in capital\n\nLIMA, May 2 - Thousands marched in Lima on Monday, Peruvian police said.");
    let lima: Vec<&Entity> = doc.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("lima")).collect();
    assert_eq!(lima.len(), 1, "{:?}", doc.entities);
    assert_eq!(lima[0].name, "Lima", "{:?}", doc.entities);
    assert_eq!(lima[0].code, None, "a dateline is no government: {:?}", doc.entities);
}

#[test]
fn an_institutions_seat_is_a_place() {
    let text =
        "BERLIN, Sept 1 - The Constitutional Court in Karlsruhe ruled on Germany's budget, German officials said.";
    let doc = run(text);
    let e = doc.entities.iter().find(|e| e.name == "Karlsruhe").expect("Karlsruhe found");
    assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Gpe, Some("DEU")), "{:?}", doc.entities);
}

/// `article_country` reads back from the annotated document the country
/// the extractor linked the unqualified institutions to.
#[test]
fn article_country_is_the_one_institutions_were_linked_to() {
    let doc = run("QUITO, May 2 - The Senate voted on Tuesday, and a Colombian envoy watched the debate in Quito.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("ECU"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("ECULEG"), "{:?}", doc.entities);
    let doc = run("The Senate voted on Tuesday, and a Colombian envoy met a Peruvian envoy.");
    assert_eq!(dateline_entities::article_country(&doc), None, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("---LEG"), "{:?}", doc.entities);
}

/// A story filed from a bureau about another country named as often as
/// the dateline's is of neither: its institutions stay of no country.
#[test]
fn a_dateline_tied_with_another_country_is_no_home() {
    let doc = run("NAIROBI, May 2 - Floods killed 30 people in Somalia on Sunday, and the Senate called for aid.");
    assert_eq!(dateline_entities::article_country(&doc), None, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("---LEG"), "{:?}", doc.entities);
    // A dateline named again in the text keeps a tie.
    let doc = run("QUITO, May 2 - The Senate met in Quito as Peru and Peruvian envoys watched.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("ECU"), "{:?}", doc.entities);
}

/// Only a country named as the place of the story ties with a dateline
/// named nowhere else: a recipient or a nationality does not.
#[test]
fn a_recipient_or_a_nationality_does_not_tie_with_the_dateline() {
    let doc = run("WASHINGTON, May 2 - The Senate voted to send aid to Israel.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("USA"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("USALEG"), "{:?}", doc.entities);
    let doc = run("KYIV, May 2 - Russian drones hit a fuel depot overnight, police said.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("UKR"), "{:?}", doc.entities);
    // The place of the story still ties: "in northern Somalia".
    let doc = run("NAIROBI, May 2 - Gunmen killed 9 people in northern Somalia, and the Senate called for aid.");
    assert_eq!(dateline_entities::article_country(&doc), None, "{:?}", doc.entities);
}

/// A dateline with its agency and no comma ("QUITO (AP) -") sets the
/// scene like "QUITO, May 2 -".
#[test]
fn a_dateline_without_a_comma_is_the_articles_place() {
    let doc = run("QUITO (AP) - The Senate voted on Tuesday to send 40 deportees to Panama, officials said.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("ECU"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Senate").code.as_deref(), Some("ECULEG"), "{:?}", doc.entities);
}

/// Without a dateline, the one country named as where the story happens is
/// the article's when no other is named more often: a coup leader named
/// with a rank only is of its forces.
#[test]
fn the_one_place_of_the_story_is_the_articles_country() {
    let doc = run("Army officers seized power in Mali on Tuesday. The junta's leader, Colonel Oumar Traore, said \
                   on state radio that elections would be held. Canada condemned the takeover.");
    assert_eq!(dateline_entities::article_country(&doc).as_deref(), Some("MLI"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Oumar Traore").code.as_deref(), Some("MLIMIL"), "{:?}", doc.entities);
    // Two places of the story: none.
    let doc = run("Army officers seized power in Mali on Tuesday, and protests spread in Niger. Colonel Oumar Traore \
                   spoke on radio.");
    assert_eq!(dateline_entities::article_country(&doc), None, "{:?}", doc.entities);
}
