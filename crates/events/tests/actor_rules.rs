//! Actor rules on the team's own sentences, run through the real segment,
//! syntax, entities and times layers: well-known people by surname alone,
//! a border that places a phrase without owning it, event nouns with a
//! common adjective, violence by a weapon with no named user, a court of
//! no stated country, an organization named after its country, and a
//! group of no stated country acting in a named place, and natural causes
//! that kill or destroy, and central banks, a court named with a city,
//! and the head of an armed group owned by "its" or "the group's".
#[path = "common/layers.rs"]
mod layers;

fn events(text: &str) -> Vec<(String, String, String)> {
    let doc = layers::annotated(text, "2001-06-04");
    doc.events
        .iter()
        .map(|e| (e.code.clone(), e.source.clone().unwrap_or_default(), e.target.clone().unwrap_or_default()))
        .collect()
}

fn has(events: &[(String, String, String)], source: &str, target: &str) -> bool {
    events.iter().any(|(_, s, t)| s == source && t == target)
}

#[test]
fn surname_alone_names_a_known_leader() {
    let ev = events("Putin threatened Ukraine on Monday.");
    assert!(has(&ev, "RUSGOV", "UKR"), "{ev:?}");
    let ev = events("The Reagan administration condemned Libya on Tuesday.");
    assert!(has(&ev, "USAGOV", "LBY"), "{ev:?}");
}

#[test]
fn a_border_does_not_own_its_phrase() {
    let ev = events("Burmese troops attacked Karen villages near the Thai border.");
    assert!(!ev.is_empty(), "{ev:?}");
    assert!(ev.iter().all(|(_, _, t)| !t.starts_with("THA")), "{ev:?}");
}

#[test]
fn a_general_strike_is_against_its_own_country() {
    let ev = events("Opposition parties in Nepal organized a general strike on Monday.");
    assert!(ev.iter().any(|(_, s, t)| s.starts_with("NPL") && t == "NPL"), "{ev:?}");
}

#[test]
fn a_bomb_is_by_the_country_where_it_went_off() {
    let ev = events("A roadside bomb near Kirkuk killed two American soldiers on Sunday.");
    assert!(has(&ev, "IRQ", "USAMIL"), "{ev:?}");
}

#[test]
fn a_supreme_court_belongs_to_its_country() {
    let ev = events("Pakistan's Supreme Court rejected the appeal of the government.");
    assert!(ev.iter().any(|(_, s, _)| s == "PAKJUD"), "{ev:?}");
}

#[test]
fn an_organization_named_after_its_country_is_that_country() {
    let ev = events("The Kenya Anti-Corruption Commission accused the minister of fraud.");
    assert!(ev.iter().any(|(_, s, _)| s.starts_with("KEN")), "{ev:?}");
}

#[test]
fn a_group_of_no_country_takes_the_place_it_acts_in() {
    let ev = events("Students rioted at a university in Nairobi on Monday after Ugandan police arrested a lecturer.");
    // (Students are EDU, as the PETRARCH agents code them.)
    assert!(ev.iter().any(|(_, s, _)| s == "KENEDU"), "{ev:?}");
}

/// The review's counter-examples: a common surname alone names nobody in
/// particular; foreign soldiers keep no country from the place.
#[test]
fn rules_stay_within_their_cases() {
    let ev = events("Johnson criticized Russia on Monday.");
    assert!(ev.iter().all(|(_, s, _)| !s.starts_with("GBR")), "{ev:?}");
    let ev = events("Castro accused the mayor of Houston of lying.");
    assert!(ev.iter().all(|(_, s, _)| !s.starts_with("CUB")), "{ev:?}");
    let ev = events("A bomb aimed at a Turkish convoy killed four soldiers in northern Syria.");
    assert!(ev.iter().all(|(_, _, t)| t != "SYRMIL"), "{ev:?}");
}

#[test]
fn a_natural_cause_is_no_attacker() {
    let ev = events("Floods have killed dozens of people in northern Peru since January.");
    assert!(ev.iter().all(|(code, _, _)| !code.starts_with("19") && !code.starts_with("18")), "{ev:?}");
    let ev = events("The storm destroyed two bridges in Chile on Monday.");
    assert!(ev.iter().all(|(code, _, _)| !code.starts_with("2") && !code.starts_with("19")), "{ev:?}");
    // A named attacker still is one.
    let ev = events("Peruvian troops killed two rebels in Ayacucho on Monday.");
    assert!(ev.iter().any(|(code, s, _)| code.starts_with("19") && s == "PERMIL"), "{ev:?}");
}

#[test]
fn a_place_named_with_in_is_no_target() {
    // The first actor after the verb is a place "in Spain": where, not whom.
    let ev = events("Mexico has rallied churches in Spain to aid the children of Cuban exiles.");
    assert!(!ev.iter().any(|(_, _, t)| t == "ESP"), "{ev:?}");
}

/// A central bank is its government's monetary authority (GOV), however
/// it is named, not a business.
#[test]
fn a_central_bank_is_government() {
    let ev = events("Bank Indonesia criticized the finance ministry on Wednesday.");
    assert!(ev.iter().any(|(_, s, _)| s == "IDNGOV"), "{ev:?}");
    let ev = events("ACCRA, May 2 - Prices rose in March. The central bank blamed the treasury on Friday.");
    assert!(ev.iter().any(|(_, s, _)| s == "GHAGOV"), "{ev:?}");
    let ev = events("The Reserve Bank of Australia criticized the banks on Tuesday.");
    assert!(ev.iter().any(|(_, s, _)| s == "AUSGOV"), "{ev:?}");
}

/// Lower-case state forces of no stated country are of the article's own
/// country as the entity layer decides it: here the dateline's, though a
/// third of the country mentions are of another country.
#[test]
fn police_of_no_stated_country_are_the_articles_country() {
    let ev = events(
        "KAMPALA, June 3 (Reuters) - Police detained 25 students outside a university on Monday after a march \
         against fees. A Kenyan lawyer was among those held, organizers said, and the army sent troops to Kampala.",
    );
    assert!(ev.iter().any(|(_, s, _)| s == "UGACOP"), "{ev:?}");
}

/// An actor of no stated country takes a country its sentence names as
/// its place ("Police in Kenya", "Kenyan police") or the event's, not a
/// partner's ("a treaty with Colombia"), a force's ("Russian forces") or a
/// counterpart's of its own kind ("met Turkish officials").
#[test]
fn an_actor_takes_its_place_not_a_counterparts_country() {
    let ev = events("Police in Kenya arrested five men on Monday.");
    assert!(ev.iter().any(|(_, s, _)| s == "KENCOP"), "{ev:?}");
    let ev = events("Defence Minister Ali Said met Turkish officials on Monday.");
    assert!(ev.iter().any(|(_, s, t)| s == "---GOV" && t == "TURGOV"), "{ev:?}");
    let ev = events("The Senate ratified a treaty with Colombia on Monday.");
    assert!(ev.iter().any(|(_, s, _)| s == "---LEG"), "{ev:?}");
    let ev = events("Police detained a journalist who had praised Russian forces.");
    assert!(ev.iter().any(|(_, s, t)| s == "---COP" && t == "---MED"), "{ev:?}");
}

/// Only real central banks are government: banks named "Bank" and a
/// country, or a business called "Central Bank of India", are not, and a
/// bank of several states is of no one country.
#[test]
fn a_bank_named_after_a_country_is_not_its_central_bank() {
    let ev = events("Bank Austria criticized the finance ministry on Wednesday.");
    assert!(ev.iter().all(|(_, s, _)| s != "AUTGOV"), "{ev:?}");
    let ev = events("Bank Negara Indonesia criticized the finance ministry on Wednesday.");
    assert!(ev.iter().all(|(_, s, _)| s != "IDNGOV"), "{ev:?}");
    let ev = events("The Central Bank of India criticized the finance ministry on Wednesday.");
    assert!(ev.iter().all(|(_, s, _)| s != "INDGOV"), "{ev:?}");
    let ev =
        events("DAKAR, May 2 - The Central Bank of West African States criticized the finance ministry on Wednesday.");
    assert!(ev.iter().all(|(_, s, _)| s != "SENGOV"), "{ev:?}");
    let ev = events("The Bank of Ghana criticized the finance ministry on Wednesday.");
    assert!(ev.iter().any(|(_, s, _)| s == "GHAGOV"), "{ev:?}");
}

/// "A Lagos court": a court named with a city (or a state named after
/// it) is the judiciary of the city's country, whatever kind the entity
/// layer gave the city's name; so is a court whose name opens with a
/// city ("Lagos High Court").
#[test]
fn a_court_named_with_a_city_is_its_countrys_judiciary() {
    for text in
        ["A Lagos court jailed the editor for two years.", "A Lagos State court jailed the editor for two years."]
    {
        let ev = events(text);
        assert!(ev.iter().any(|(_, s, _)| s == "NGAJUD"), "{text}: {ev:?}");
    }
    // A court's own name opening with a city, its words read as two
    // subjects ("The Lagos" + "High Court"): one source, the judiciary.
    let ev = events("The Lagos High Court on Monday jailed the editor for two years.");
    assert!(!ev.is_empty() && ev.iter().all(|(_, s, _)| s == "NGAJUD"), "{ev:?}");
}

/// "Soldiers killed its spokesman", "the group's leader" after an armed
/// group of no code, or "the leader of" it: the owner is that group, not a guessed government
/// (nor the plural soldiers), so no target code; a coded group gives its
/// own code; a country's leader stays its government.
#[test]
fn the_head_of_an_armed_group_is_no_government() {
    for text in [
        "The Silver Ridge Brigade is an armed group in Mali. Soldiers killed its spokesman on Friday.",
        "The Silver Ridge Brigade is an armed group in Mali. Soldiers killed the group's leader on Friday.",
        "Soldiers killed the leader of the Silver Ridge Brigade on Friday.",
    ] {
        let ev = events(text);
        assert!(!ev.is_empty() && ev.iter().all(|(_, _, t)| !t.ends_with("GOV")), "{text}: {ev:?}");
    }
    let ev = events("Hamas is an armed group. Israeli troops killed its leader.");
    assert!(ev.iter().any(|(_, s, t)| s == "ISRMIL" && t.starts_with("PSE")), "{ev:?}");
    let ev = events("Iran rejected the plan. Gunmen attacked its leader.");
    assert!(ev.iter().any(|(_, _, t)| t == "IRNGOV"), "{ev:?}");
}
