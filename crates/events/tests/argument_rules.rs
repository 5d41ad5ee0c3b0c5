//! Who is source and who is target, on the team's own sentences run
//! through the real segment, syntax, entities and times layers: the agent
//! of a participle of mediation modifying a noun, the owner of a
//! possessive in a second speaker's statement, the object of "fight".
#[path = "common/layers.rs"]
mod layers;

use dateline_core::Event;

/// Each event with its trigger's words.
fn events(text: &str) -> Vec<(String, Event)> {
    let doc = layers::annotated(text, "2026-03-04");
    doc.events.iter().map(|e| (doc.slice(e.trigger).to_string(), e.clone())).collect()
}

/// "a truce brokered by Cairo": Cairo mediates that truce; it is no target
/// of the sentence's main event, and the source of the mediation.
#[test]
fn the_agent_of_a_brokered_truce_is_its_mediator() {
    let ev = events("The two militias agreed to respect a truce brokered by Egypt.");
    assert!(ev.iter().all(|(_, e)| e.target.as_deref() != Some("EGY")), "{ev:#?}");
    assert!(
        ev.iter().filter(|(_, e)| e.code.starts_with("04")).all(|(_, e)| e.source.as_deref() == Some("EGY")),
        "{ev:#?}"
    );
}
