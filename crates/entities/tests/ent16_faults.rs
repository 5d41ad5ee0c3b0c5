//! Faults found by reading the layer's output (session 16): a wire's
//! sign-off read as a person, a company's short name split from the
//! company (and typed a person), a rank glued onto a person's title, and
//! title-case headline leftovers.
use dateline_core::{Document, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("1987-03-03", text)
}

/// The texts of an entity's mentions, in text order.
fn mention_texts<'a>(doc: &'a Document, name: &str) -> Vec<&'a str> {
    ent(doc, name).mentions.iter().map(|m| &doc.text()[m.span.start..m.span.end]).collect()
}

#[test]
fn a_wire_sign_off_is_no_name() {
    for tail in ["\n REUTER", "\nREUTER\n", "\n Reuter"] {
        let doc = run(&format!("The company said sales rose 12 pct to 40 mln dlrs.{tail}"));
        assert!(doc.entities.is_empty(), "{tail:?}: {:?}", doc.entities);
    }
    // Also after an abbreviation that does not end the sentence.
    let doc = run("Halvorsen Motor Corp said the fee was 1/2 pct.\n REUTER");
    assert!(doc.entities.iter().all(|e| e.name != "REUTER"), "{:?}", doc.entities);
    // Named inside the text, the agency stays.
    let doc = run("The minister told Reuters on Monday that talks would resume.");
    assert_eq!(ent(&doc, "Reuters").kind, EntityKind::Org, "{:?}", doc.entities);
}

#[test]
fn a_company_s_short_name_is_the_company() {
    let doc = run("DETROIT, March 3 - Halvorsen Motor Corp said it would close two plants in Ohio. \
                   Halvorsen said the plants employed 2,000 workers. Analysts said Halvorsen had lost money.");
    let e = ent(&doc, "Halvorsen Motor Corp");
    assert_eq!(e.kind, EntityKind::Org);
    assert_eq!(mention_texts(&doc, "Halvorsen Motor Corp"), vec!["Halvorsen Motor Corp", "Halvorsen", "Halvorsen"]);
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", doc.entities);
    // The name without its suffix, and other suffixes of the same name.
    let doc = run("Quillfeather Holdings Ltd said profit rose. Quillfeather Holdings will pay a dividend, \
                   and Quillfeather Holdings Ltd. shares rose.");
    assert_eq!(ent(&doc, "Quillfeather Holdings Ltd").mentions.len(), 3, "{:?}", doc.entities);
    assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
    // A people's word, a given name or a person's surname is not the
    // company's short name.
    let doc = run("Ford Motor Co said sales rose. Gerald Ford said Ford was his favourite car. \
                   American Express Co reported a profit, American officials said.");
    assert_eq!(ent(&doc, "Ford Motor Co").mentions.len(), 1, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Gerald Ford").mentions.len(), 2, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "American").kind, EntityKind::Norp, "{:?}", doc.entities);
    // Two companies opening with the same word: the word alone is neither.
    let doc = run("Jardvik Fleming Ltd and Jardvik Strategic Ltd said they would merge. Jardvik said nothing.");
    assert_eq!(ent(&doc, "Jardvik Fleming Ltd").mentions.len(), 1, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Jardvik Strategic Ltd").mentions.len(), 1, "{:?}", doc.entities);
}

#[test]
fn a_rank_after_an_office_is_a_role_of_its_own() {
    let doc = run("Rebels attacked the town on Sunday, army spokesman Colonel Souleymane Dembele said.");
    let e = ent(&doc, "Souleymane Dembele");
    assert_eq!(e.roles, vec!["army spokesman".to_string(), "Colonel".to_string()], "{e:?}");
    assert!(e.code.as_deref().is_some_and(|c| c.ends_with("MIL")), "{e:?}");
    // A rank of two words; a police office keeps its sector.
    let doc = run("Police chief Major General Amos Kiprono said officers were deployed.");
    let e = ent(&doc, "Amos Kiprono");
    assert_eq!(e.roles, vec!["Police chief".to_string(), "Major General".to_string()], "{e:?}");
    assert!(e.code.as_deref().is_some_and(|c| c.ends_with("COP")), "{e:?}");
    // "Secretary General" is one office; a rank alone stays the title.
    let doc = run("NATO Secretary General Jens Halvorsen met Colonel Ahmed Khalil in Brussels.");
    assert_eq!(ent(&doc, "Jens Halvorsen").roles, vec!["Secretary General".to_string()], "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Ahmed Khalil").roles, vec!["Colonel".to_string()], "{:?}", doc.entities);
}

#[test]
fn a_headline_name_the_clusters_know_as_a_name_stays_a_name() {
    let doc = run("Apple Wins Patent Case Against Samsung\n\n\
                   A federal jury in California ruled on Friday that the South Korean company had copied \
                   features of the iPhone. Apple said it was pleased with the verdict.");
    let head = doc.text().find('\n').unwrap();
    let e = ent(&doc, "Samsung");
    assert_eq!(e.kind, EntityKind::Org, "{:?}", doc.entities);
    assert!(e.mentions[0].span.end <= head);
    // The headline's common words stay words.
    assert!(doc.entities.iter().all(|e| !e.name.contains("Patent") && !e.name.contains("Case")), "{:?}", doc.entities);
}

#[test]
fn headline_leftovers_join_the_body_s_people() {
    // A surname opening with a particle is the person named in full.
    let doc = run("Le Maire Warns Of Slower Growth In France\n\n\
                   French Finance Minister Bruno Le Maire said on Tuesday that the economy would grow less \
                   than expected this year. He spoke to reporters in Paris.");
    let e = ent(&doc, "Bruno Le Maire");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(mention_texts(&doc, "Bruno Le Maire"), vec!["Le Maire", "Bruno Le Maire"]);
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Org), "{:?}", doc.entities);
    // A lone title is the one person holding it; "on Sunday" is no name.
    let doc = run("Pope Calls For Peace In Gaza\n\n\
                   Pope Francis on Sunday urged an immediate ceasefire. The Pope spoke to pilgrims at the Vatican.");
    let people: Vec<&str> =
        doc.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, vec!["Francis"], "{:?}", doc.entities);
    assert_eq!(mention_texts(&doc, "Francis"), vec!["Francis", "Pope"]);
    // Lower-case name particles stay in names.
    let doc = run("President Daniel arap Moi met Crown Prince Mohammed bin Salman on Sunday in Nairobi.");
    ent(&doc, "Daniel arap Moi");
    ent(&doc, "Mohammed bin Salman");
    // A given name after a title in the headline is a name.
    let doc = run("Pope Francis Calls For Peace In Gaza\n\n\
                   The pontiff on Sunday urged an immediate ceasefire, speaking to pilgrims at the Vatican.");
    assert_eq!(ent(&doc, "Francis").kind, EntityKind::Person, "{:?}", doc.entities);
    // A verb before a name splits the headline: no "U.S. Court ..." name.
    let doc = run("U.S. Court Blocks Biden Student Loan Plan\n\n\
                   A federal appeals court on Monday temporarily halted the program, which would forgive \
                   billions of dollars in debt. The White House said it would fight the ruling.");
    assert_eq!(ent(&doc, "U.S.").kind, EntityKind::Gpe, "{:?}", doc.entities);
    assert!(doc.entities.iter().all(|e| !e.name.contains("Court")), "{:?}", doc.entities);
}

#[test]
fn a_bracketed_ticker_is_the_company_before_it() {
    let doc = run("FRANKFURT, April 9 - Hoechst AG <HFAG.F> said its losses would not exceed \
                   the provision. Quillfeather Corp (QFC.N) also reported.");
    assert_eq!(mention_texts(&doc, "Hoechst AG"), vec!["Hoechst AG", "HFAG.F"]);
    assert_eq!(ent(&doc, "Quillfeather Corp").mentions.len(), 2, "{:?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Gpe || e.name == "FRANKFURT"), "{:?}", doc.entities);
}

#[test]
fn a_company_s_officer_is_in_business() {
    let doc = run("Laidlaw Transportation Ltd said profit rose. Laidlaw president Michael de Groote told \
                   analysts the company would grow.");
    let e = ent(&doc, "Michael de Groote");
    assert_eq!(e.code.as_deref(), Some("---BUS"), "{e:?}");
    // A government's president keeps his office.
    let doc = run("President Gabriel Boric said the government would act.");
    assert!(ent(&doc, "Gabriel Boric").code.as_deref().is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
}

#[test]
fn a_listed_person_named_by_surname_and_title_keeps_his_country() {
    // The article is placed in Japan (dateline, Japan named most), yet
    // "President Reagan" is the listed American president.
    let doc = run("TOKYO, March 20 - Japan said it would open its markets. Japan and Japanese officials \
                   said President Reagan had urged Japan to act, and Prime Minister Nakasone agreed.");
    let e = ent(&doc, "Reagan");
    assert_eq!((e.country.as_deref(), e.code.as_deref()), (Some("USA"), Some("USAGOV")), "{e:?}");
    assert_eq!(ent(&doc, "Nakasone").code.as_deref(), Some("JPNGOV"), "{:?}", doc.entities);
}

#[test]
fn national_bodies_and_their_chairmen() {
    let doc = run("WASHINGTON, March 3 - Federal Reserve Board Chairman Paul Volcker said inflation was under \
                   control. The Fed will meet next week. The Reagan Administration said it would act.");
    let fed = ent(&doc, "Federal Reserve Board");
    assert_eq!(fed.code.as_deref(), Some("USAGOV"), "{fed:?}");
    assert_eq!(fed.mentions.len(), 2, "{fed:?}");
    assert_eq!(ent(&doc, "Paul Volcker").code.as_deref(), Some("USAGOV"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Reagan Administration").code.as_deref(), Some("USAGOV"), "{:?}", doc.entities);
    // A company's chairman stays in business.
    let doc = run("Halvorsen Motor Corp Chairman Paul Kessler said sales rose.");
    assert_eq!(ent(&doc, "Paul Kessler").code.as_deref(), Some("---BUS"), "{:?}", doc.entities);
}

#[test]
fn a_direction_before_a_state_is_a_place_of_its_country() {
    let doc = run("Rain fell in Western Kansas and Eastern North Dakota on Monday, forecasters said.");
    for name in ["Western Kansas", "Eastern North Dakota"] {
        let e = ent(&doc, name);
        assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Gpe, Some("USA")), "{e:?}");
    }
}

#[test]
fn headline_words_at_a_name_s_edge_are_words() {
    // A body sentence opening with the word ("Shares of ...") does not
    // make it a name, and a common word lower-cased for the tagger ends
    // no name.
    let doc = run("Nvidia Shares Jump After Earnings Beat\n\n\
                   Nvidia Corp reported quarterly revenue above estimates on Wednesday. \
                   Shares of Nvidia rose 8% in extended trading.");
    assert!(doc.entities.iter().all(|e| !e.name.contains("Shares")), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Nvidia Corp").mentions.len(), 3, "{:?}", doc.entities);
    // One number in a headline; an -s verb before it is a verb.
    let doc = run("Tesla Recalls 2 Million Vehicles Over Autopilot Concerns\n\n\
                   Tesla Inc is recalling more than 2 million vehicles in the United States, regulators said \
                   on Wednesday.");
    assert!(
        doc.entities.iter().all(|e| !e.name.contains("Recalls") && !e.name.contains("Million")),
        "{:?}",
        doc.entities
    );
    assert_eq!(ent(&doc, "Tesla Inc").mentions.len(), 2, "{:?}", doc.entities);
}

#[test]
fn a_country_s_ministry_spokesman_speaks_for_the_country() {
    // The sentence before opens with another actor: the possessive decides.
    let doc = run("Hamas said it had freed 12 hostages. Qatar's foreign ministry spokesman Majed al-Ansari said \
                   talks were continuing in Doha.");
    let e = ent(&doc, "Majed al-Ansari");
    assert_eq!(e.code.as_deref(), Some("QATGOV"), "{e:?}");
    assert_eq!(e.roles, vec!["foreign ministry spokesman".to_string()], "{e:?}");
}

#[test]
fn company_officers_and_short_names_around_titles() {
    // "Microsoft Chief" was an organization and "Executive" the role.
    let doc = run("Microsoft Corp. agreed to buy a game maker. Microsoft Chief Executive Satya Nadella said \
                   gaming was growing.");
    let e = ent(&doc, "Satya Nadella");
    assert_eq!((e.roles.clone(), e.code.as_deref()), (vec!["Chief Executive".to_string()], Some("---BUS")), "{e:?}");
    assert_eq!(mention_texts(&doc, "Microsoft Corp."), vec!["Microsoft Corp.", "Microsoft"]);
    // An organization's possessive in an appositive gives the role.
    let doc = run("Activision Blizzard Inc. shares jumped. Bobby Kotick, Activision's chief executive, will stay.");
    assert_eq!(ent(&doc, "Bobby Kotick").roles, vec!["chief executive".to_string()], "{:?}", doc.entities);
    // A lower-case word ends no company name.
    let doc = run("Goldman Sachs Group Inc said profit rose. Goldman shares rose 2%.");
    assert_eq!(mention_texts(&doc, "Goldman Sachs Group Inc"), vec!["Goldman Sachs Group Inc", "Goldman"]);
}

#[test]
fn a_two_word_surname_is_the_person_named_in_full() {
    let doc = run("QUITO, March 3 - Deputy Energy Minister Fernando Santos Alvite said exports would resume. \
                   Santos Alvite told reporters the pipeline was repaired.");
    assert_eq!(mention_texts(&doc, "Fernando Santos Alvite"), vec!["Fernando Santos Alvite", "Santos Alvite"]);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:?}", doc.entities);
    // Two people sharing the surname: neither.
    let doc = run("Maria Santos Alvite and Jorge Santos Alvite met. Santos Alvite said nothing.");
    assert_eq!(ent(&doc, "Maria Santos Alvite").mentions.len(), 1, "{:?}", doc.entities);
    // "Reagan Administration" typed a person is the government.
    let doc = run("Officials of the Reagan Administration said on Monday they would help.");
    let e = ent(&doc, "Reagan Administration");
    assert_eq!((e.kind, e.code.as_deref()), (EntityKind::Org, Some("USAGOV")), "{e:?}");
}

#[test]
fn a_headline_s_short_name_is_the_person_the_body_names_in_full() {
    let doc = run("Brazil's Lula Meets Xi In Beijing\n\n\
                   BEIJING - Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping on \
                   Friday. Lula said the two countries would deepen trade ties. Xi called Brazil a partner.");
    assert_eq!(mention_texts(&doc, "Luiz Inacio Lula da Silva"), vec!["Lula", "Luiz Inacio Lula da Silva", "Lula"]);
    assert_eq!(mention_texts(&doc, "Xi Jinping"), vec!["Xi", "Xi Jinping", "Xi"]);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 2, "{:?}", doc.entities);
}

#[test]
fn a_dot_com_company_s_short_name_is_the_company() {
    let doc = run("SEATTLE - Amazon.com Inc said on Tuesday it would cut 14,000 jobs. Beth Galetti, Amazon's \
                   senior vice president, said the company was reducing layers. Amazon shares were flat.");
    assert_eq!(mention_texts(&doc, "Amazon.com Inc"), vec!["Amazon.com Inc", "Amazon", "Amazon"]);
    assert_eq!(ent(&doc, "Beth Galetti").code.as_deref(), Some("---BUS"), "{:?}", doc.entities);
}

#[test]
fn a_company_s_chief_financial_officer() {
    let doc = run("Sony Group Corp said profit rose. Sony Chief Financial Officer Lin Tao said game sales were \
                   strong.");
    let e = ent(&doc, "Lin Tao");
    assert_eq!(e.kind, EntityKind::Person, "{:?}", doc.entities);
    assert_eq!((e.roles.clone(), e.code.as_deref()), (vec!["Chief Financial Officer".to_string()], Some("---BUS")));
    assert_eq!(mention_texts(&doc, "Sony Group Corp"), vec!["Sony Group Corp", "Sony"]);
}
