//! Actors, places and noun events of reported speech, control and
//! possession, on the team's own sentences run through the real segment,
//! syntax, entities and times layers.
#[path = "common/layers.rs"]
mod layers;

use dateline_core::{Event, EventMode};

/// Each event with its trigger's words.
fn events(text: &str) -> Vec<(String, Event)> {
    let doc = layers::annotated(text, "2026-03-04");
    doc.events.iter().map(|e| (doc.slice(e.trigger).to_string(), e.clone())).collect()
}

fn find<'a>(ev: &'a [(String, Event)], trigger: &str) -> &'a Event {
    ev.iter().find(|(t, _)| t.starts_with(trigger)).map(|(_, e)| e).unwrap_or_else(|| panic!("{trigger}: {ev:#?}"))
}

#[test]
fn they_in_a_police_statement_are_the_police() {
    let ev = events("Farmers marched in Cusco on Monday, and Peruvian police said they arrested 30 students.");
    assert_eq!(find(&ev, "arrested").source.as_deref(), Some("PERCOP"), "{ev:#?}");
}

#[test]
fn it_in_an_army_statement_is_the_army() {
    let ev = events("Farmers blocked roads on Monday, and the Peruvian army said it had detained 12 of them.");
    assert_eq!(find(&ev, "detained").source.as_deref(), Some("PERMIL"), "{ev:#?}");
}

#[test]
fn the_subject_of_is_due_to_meet_is_the_one_who_meets() {
    let ev = events("Peruvian Foreign Minister Elmer Schialer is due to meet Bolivian officials in La Paz next week.");
    let meet = find(&ev, "meet");
    assert_eq!(meet.source.as_deref(), Some("PERGOV"), "{ev:#?}");
    assert_eq!(meet.mode, EventMode::Planned, "{ev:#?}");
    assert_eq!(meet.location.as_deref(), Some("La Paz"), "{ev:#?}");
}

#[test]
fn the_destination_of_a_journey_is_its_place() {
    let ev = events("Chilean President Gabriel Boric will travel to Quito on Friday to meet Ecuadorean leaders.");
    assert_eq!(find(&ev, "travel").location.as_deref(), Some("Quito"), "{ev:#?}");
}

#[test]
fn an_event_without_a_place_takes_the_dateline_city() {
    let ev = events("LIMA, March 4 (Reuters) - Peruvian police arrested 30 students on Tuesday.");
    assert_eq!(find(&ev, "arrested").location.as_deref(), Some("Lima"), "{ev:#?}");
}

#[test]
fn a_foreign_event_takes_no_dateline_city() {
    let ev = events("LIMA, March 4 (Reuters) - The United Nations urged Chile to free the detained students.");
    find(&ev, "urged");
    assert!(ev.iter().all(|(_, e)| e.location.is_none()), "{ev:#?}");
}

#[test]
fn a_noun_in_the_object_of_an_event_is_no_second_event() {
    let ev = events("Norway and Qatar, which have hosted earlier rounds of talks, did not comment.");
    assert!(ev.iter().all(|(t, _)| t != "talks"), "{ev:#?}");
}

#[test]
fn soldiers_killed_by_a_force_are_not_its_own() {
    let ev = events("Azerbaijani forces shelled Armenian positions overnight, killing four soldiers.");
    let kill = find(&ev, "killing");
    assert_ne!(kill.target, kill.source, "{ev:#?}");
    assert_eq!(kill.target.as_deref(), Some("ARMMIL"), "{ev:#?}");
}

#[test]
fn a_paramilitary_force_is_no_army() {
    let ev = events("Sudan's army said it had recaptured the town from the paramilitary Rapid Support Forces.");
    let r = find(&ev, "recaptured");
    assert_ne!(r.target, r.source, "{ev:#?}");
    assert!(r.target.as_deref().is_some_and(|t| t.ends_with("REB")), "{ev:#?}");
}

#[test]
fn a_name_after_the_city_of_is_a_place() {
    let ev = events("Sudan's army said it had recaptured the airport in the city of El Obeid on Sunday.");
    assert_eq!(find(&ev, "recaptured").location.as_deref(), Some("El Obeid"), "{ev:#?}");
}

#[test]
fn the_fighters_of_an_organization_are_that_organization() {
    let ev = events("NATO said its forces had destroyed two rebel positions near Kandahar.");
    assert_eq!(find(&ev, "destroyed").source.as_deref(), Some("IGONAT"), "{ev:#?}");
}

#[test]
fn a_sea_named_after_a_country_is_no_actor() {
    let ev = events("Peru and Chile pledged to settle their claims in the South China Sea through talks.");
    find(&ev, "pledged");
    assert!(ev.iter().all(|(_, e)| e.target.as_deref() != Some("CHN")), "{ev:#?}");
}

#[test]
fn the_subject_of_a_tough_adjective_is_no_doer() {
    let ev = events("Chile's proposal was difficult to accept for Bolivia.");
    assert!(ev.iter().all(|(_, e)| e.source.as_deref() != Some("CHL")), "{ev:#?}");
}

#[test]
fn a_foreign_story_keeps_no_dateline_city_for_police_of_no_country() {
    let ev = events(
        "LONDON, March 4 (Reuters) - Gunmen killed 12 villagers in northern Nigeria on Tuesday.\n\n\
         Police said they arrested five men on Wednesday.",
    );
    assert_ne!(find(&ev, "arrested").location.as_deref(), Some("London"), "{ev:#?}");
}

#[test]
fn the_place_of_the_criticised_is_not_the_criticism() {
    let ev = events("China criticised lawmakers in Washington on Tuesday.");
    assert_ne!(find(&ev, "criticised").location.as_deref(), Some("Washington"), "{ev:#?}");
}

#[test]
fn a_state_s_paramilitary_troops_are_its_army() {
    let ev = events("Pakistan's paramilitary troops arrested 12 suspects in Karachi on Friday.");
    assert_eq!(find(&ev, "arrested").source.as_deref(), Some("PAKMIL"), "{ev:#?}");
}
