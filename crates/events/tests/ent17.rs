//! Actor faults found with the entity layer's session 17: a city's name
//! inside a company's name ("Morgan Stanley": Stanley, the Falklands'
//! capital) is no place.
#[path = "common/layers.rs"]
mod layers;

#[test]
fn a_city_inside_a_companys_name_is_no_place() {
    let doc = layers::annotated(
        "WASHINGTON, March 3 - Executives from Morgan Stanley and Citigroup were asked to testify.",
        "2026-03-03",
    );
    for e in &doc.events {
        for a in [&e.source, &e.target].into_iter().flatten() {
            assert!(!a.starts_with("FLK"), "{:?}", doc.events);
        }
    }
    // A city after "of" in a name still places it.
    let doc = layers::annotated("Protesters in Tokyo attacked the offices of Air Tokyo on Monday.", "2026-03-03");
    assert!(doc.events.iter().any(|e| e.source.as_deref().is_some_and(|s| s.starts_with("JPN"))), "{:?}", doc.events);
}
