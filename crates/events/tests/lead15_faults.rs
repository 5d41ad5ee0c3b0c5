//! Faults the lead found in session 15, each on the team's own sentences
//! run through the real layers.
#[path = "common/layers.rs"]
mod layers;

/// "X, the bloc, imposed sanctions on Y on Sunday": the verb read as a
/// participle left the sanctions without a source (the syntax layer's
/// repair), and the day, hung on the object noun, dates the verb's event.
#[test]
fn sanctions_imposed_after_an_apposition_have_their_source_and_day() {
    let doc = layers::annotated("ECOWAS, the West African bloc, imposed sanctions on Mali on Sunday.", "2025-03-11");
    let e = doc.events.iter().find(|e| e.code == "163").unwrap_or_else(|| panic!("{:?}", layers::quads(&doc)));
    assert_eq!(e.source.as_deref(), Some("IGOWAF"), "{:?}", layers::quads(&doc));
    assert_eq!(e.target.as_deref(), Some("MLI"));
    assert_eq!(e.date.as_deref(), Some("2025-03-09"));
}
