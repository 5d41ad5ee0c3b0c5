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

/// "Union leaders", "church leaders": the word before "leaders" names
/// their sector; leaders alone are the government's.
#[test]
fn a_sector_word_before_leaders_names_their_sector() {
    let source = |text: &str| {
        let doc = layers::annotated(text, "2025-03-11");
        doc.events.first().and_then(|e| e.source.clone()).unwrap_or_else(|| panic!("{:?}", layers::quads(&doc)))
    };
    assert_eq!(source("Union leaders criticized the cut in pensions on Monday."), "---LAB");
    assert_eq!(source("Church leaders condemned the attack on Monday."), "---REL");
    assert_eq!(source("Business leaders praised the cut in taxes on Monday."), "---BUS");
    assert_eq!(source("Government leaders praised the deal on Monday."), "---GOV");
    // Members too, and the workers of a sector by their own noun.
    assert_eq!(source("Union members went on strike on Monday."), "---LAB");
    assert_eq!(source("Party members criticized the leader on Monday."), "---PTY");
    assert_eq!(source("Nurses protested outside parliament on Monday."), "---HLH");
    assert_eq!(source("Thousands of teachers went on strike on Monday."), "---EDU");
}

/// A swap line arranged with a partner is economic cooperation; beating
/// a rival at the polls or a forecast is no assault, beating protesters
/// is.
#[test]
fn swap_lines_and_beaten_rivals() {
    let doc = layers::annotated(
        "Argentina's central bank arranged a swap line with China's central bank last year.",
        "2025-03-11",
    );
    let ev = layers::quads(&doc);
    assert!(ev.iter().any(|e| e.1 == "061" && e.2 == "ARGGOV" && e.3 == "CHNGOV"), "{ev:?}");
    let doc = layers::annotated(
        "In the October vote, Peronist governors had beaten Milei's candidates in three provinces.",
        "2025-03-11",
    );
    assert!(doc.events.iter().all(|e| e.code != "182"), "{:?}", layers::quads(&doc));
    let doc = layers::annotated("Police beat protesters in the capital on Monday.", "2025-03-11");
    assert!(doc.events.iter().any(|e| e.code == "182"), "{:?}", layers::quads(&doc));
}

/// "called a strike for Friday" (said on a Tuesday): the strike is the
/// coming Friday's, and it has not happened yet.
#[test]
fn a_strike_called_for_a_coming_day_is_planned_for_it() {
    let doc = layers::annotated("The nurses' union called a strike for Friday.", "2025-03-11");
    let e = doc.events.iter().find(|e| e.code == "143").unwrap_or_else(|| panic!("{:?}", layers::quads(&doc)));
    assert_eq!(e.date.as_deref(), Some("2025-03-14"));
    assert_eq!(e.mode, dateline_core::EventMode::Planned);
}

/// Workers who strike (no object) stage a labor strike, and one who
/// strikes a deal agrees; "went on strike" is a strike too.
#[test]
fn strikes_of_workers_and_deals_struck() {
    let codes = |text: &str| -> Vec<String> {
        layers::annotated(text, "2025-03-11").events.iter().map(|e| e.code.clone()).collect()
    };
    // A strike announced for a coming day is a threat of one (13x).
    let c = codes("The nurses' union will strike on Friday.");
    assert!(c.iter().any(|c| c.starts_with("13") || c.starts_with("14")), "{c:?}");
    let c = codes("Workers struck a deal with the company on Monday.");
    assert!(c.contains(&"057".to_string()) && !c.contains(&"143".to_string()), "{c:?}");
    let c = codes("Dock workers went on strike in Antwerp on Monday.");
    assert!(c.contains(&"143".to_string()), "{c:?}");
}
