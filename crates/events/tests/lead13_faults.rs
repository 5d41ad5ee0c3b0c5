//! Faults the lead found in session 13 on articles the team wrote, each on
//! the team's own sentences run through the real layers.
#[path = "common/layers.rs"]
mod layers;

use layers::quads as events;

/// "The agency" in a story about a regulator is that government body, not
/// the news media; a news agency still is.
#[test]
fn an_agency_is_a_government_body_unless_a_news_one() {
    let doc = layers::annotated(
        "WASHINGTON, May 4 (Reuters) - The Federal Trade Commission opposed the merger of two grocers. \
         The agency sued Kroger to block the deal in February.",
        "2026-05-04",
    );
    let ev = events(&doc);
    let sued = ev.iter().find(|e| e.0.starts_with("sued")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(sued.1, "115", "{ev:?}");
    assert!(sued.2.ends_with("GOV"), "{ev:?}");
    let doc = layers::annotated(
        "MOSCOW, May 4 - The state news agency accused Estonia of harassing its reporters.",
        "2026-05-04",
    );
    let ev = events(&doc);
    let acc = ev.iter().find(|e| e.0.starts_with("accused")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(acc.2.ends_with("MED"), "{ev:?}");
}

/// Seizing power is a coup, no confiscation of property (1711); seizing
/// weapons is.
#[test]
fn seizing_power_is_no_confiscation() {
    let doc = layers::annotated(
        "BAMAKO, Feb 9 - Since seizing power in 2020, the junta has postponed elections twice.",
        "2026-02-09",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.1 == "1711"), "{ev:?}");
    let doc = layers::annotated("BAMAKO, Feb 9 - Malian soldiers seized weapons from the rebels.", "2026-02-09");
    let ev = events(&doc);
    assert!(ev.iter().any(|e| e.1 == "1711"), "{ev:?}");
}
