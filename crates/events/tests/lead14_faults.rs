//! Faults the lead found in session 14 on articles the team wrote, each on
//! the team's own sentences run through the real layers.
#[path = "common/layers.rs"]
mod layers;

use layers::quads as events;

fn find<'a>(ev: &'a [(String, String, String, String)], trigger: &str) -> &'a (String, String, String, String) {
    ev.iter().find(|e| e.0.starts_with(trigger)).unwrap_or_else(|| panic!("no {trigger}: {ev:?}"))
}

/// "X ordered the ambassador to leave, accusing Paris of ...": the one
/// who accuses is the one who ordered, not nobody (the participle hangs
/// on the infinitive inside the object in the parse).
#[test]
fn a_participle_after_an_order_is_the_orderer_s() {
    let doc = layers::annotated(
        "BAMAKO, Feb 3 - Mali's military government on Monday ordered the French ambassador to leave the \
         country within 72 hours, accusing Paris of interfering in its internal affairs.",
        "2025-02-04",
    );
    let ev = events(&doc);
    let acc = find(&ev, "accusing");
    assert_eq!(acc.1, "112", "{ev:?}");
    assert_eq!(acc.2, "MLIGOV", "{ev:?}");
    assert!(acc.3.starts_with("FRA"), "{ev:?}");
}

/// "Western governments" are no one country's, least of all the
/// dateline's.
#[test]
fn regional_governments_are_no_countrys() {
    let doc = layers::annotated(
        "BAMAKO, Feb 3 - Mali expelled the envoy on Monday. Western governments condemned the expulsion of \
         the envoy from Mali.",
        "2025-02-04",
    );
    let ev = events(&doc);
    let c = find(&ev, "condemned");
    assert!(!c.2.starts_with("MLI"), "{ev:?}");
}

/// An attorney general is a law officer (JUD), not a soldier: "general"
/// is a rank only alone.
#[test]
fn an_attorney_general_is_no_soldier() {
    let doc = layers::annotated("The attorney general sued the grocery company on Monday.", "2025-02-04");
    let ev = events(&doc);
    assert_eq!(find(&ev, "sued").2, "---JUD", "{ev:?}");
    let doc = layers::annotated(
        "Washington's attorney general, Bob Ferguson, sued the grocery company on Monday.",
        "2025-02-04",
    );
    let ev = events(&doc);
    assert!(find(&ev, "sued").2.ends_with("JUD"), "{ev:?}");
    // A general alone is still one.
    let doc = layers::annotated("The general attacked the town on Monday.", "2025-02-04");
    assert_eq!(find(&events(&doc), "attacked").2, "---MIL");
}

/// Congratulating is praise (051); issuing arrest warrants for people is
/// an arrest (173) of them.
#[test]
fn congratulations_and_arrest_warrants_are_coded() {
    let doc = layers::annotated("Ukraine's president congratulated Poland's new leader on Monday.", "2025-02-04");
    let ev = events(&doc);
    let c = find(&ev, "congratulated");
    assert_eq!((c.1.as_str(), c.2.as_str(), c.3.as_str()), ("051", "UKRGOV", "POLGOV"), "{ev:?}");
    let doc = layers::annotated(
        "BAMAKO, Feb 3 - A court in Bamako issued arrest warrants for two French nationals on Friday.",
        "2025-02-04",
    );
    let ev = events(&doc);
    let w = find(&ev, "issued");
    assert_eq!(w.1, "173", "{ev:?}");
}
