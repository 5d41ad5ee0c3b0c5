//! An event's date, place and mode read from its clause, on the team's own
//! sentences run through the real segment, syntax, entities and times
//! layers: a planned meeting at a dated summit in a named city, and the
//! place of the actors when the verb names none.
#[path = "common/layers.rs"]
mod layers;

use dateline_core::{Event, EventMode};

/// Each event with its trigger's words.
fn events(text: &str) -> Vec<(String, Event)> {
    let doc = layers::annotated(text, "2026-02-17");
    doc.events.iter().map(|e| (doc.slice(e.trigger).to_string(), e.clone())).collect()
}

#[test]
fn a_planned_meeting_takes_the_date_and_place_of_its_summit() {
    let ev =
        events("Chilean President Gabriel Boric is expected to meet Peruvian leaders at a summit in Lima in March.");
    let (_, meet) = ev.iter().find(|(t, _)| t.starts_with("meet")).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(meet.source.as_deref(), Some("CHLGOV"), "{meet:#?}");
    assert_eq!(meet.mode, EventMode::Planned, "{meet:#?}");
    assert_eq!(meet.date.as_deref(), Some("2026-03"), "{meet:#?}");
    assert_eq!(meet.location.as_deref(), Some("Lima"), "{meet:#?}");
}

#[test]
fn the_place_of_the_actors_is_the_place_of_the_event() {
    let ev = events("Police in Cusco arrested twelve protesters on Monday.");
    let (_, arrest) = ev.iter().find(|(t, _)| t.starts_with("arrested")).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(arrest.location.as_deref(), Some("Cusco"), "{arrest:#?}");
    assert_eq!(arrest.date.as_deref(), Some("2026-02-16"), "{arrest:#?}");
}

#[test]
fn a_request_of_a_country_is_no_place() {
    let ev = events("Peruvian envoys met Chilean officials at the request of Bolivia on Monday.");
    assert!(ev.iter().all(|(_, e)| e.location.as_deref() != Some("Bolivia")), "{ev:#?}");
}

#[test]
fn a_dateline_without_a_comma_gives_its_city_as_the_scene() {
    let ev = events("LIMA (AP) - Peruvian police arrested twelve protesters on Monday.");
    let (_, arrest) = ev.iter().find(|(t, _)| t.starts_with("arrested")).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(arrest.location.as_deref(), Some("Lima"), "{arrest:#?}");
}

#[test]
fn a_length_later_dates_its_event_by_the_day_it_reaches() {
    // The time layer reads "Two days later" as TimeBank does, a DURATION
    // (P2D), anchored at the day it reaches from the last date: the event's
    // date.
    let ev = events("Peruvian police arrested twelve protesters on Feb. 3. Two days later, police in Cusco arrested a union leader.");
    let (_, arrest) = ev.iter().rfind(|(t, _)| t.starts_with("arrested")).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(arrest.date.as_deref(), Some("2026-02-05"), "{arrest:#?}");
}
