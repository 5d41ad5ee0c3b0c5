//! Faults found in session 17, each on the team's own sentences run
//! through the real layers (article day 2025-03-11, a Tuesday).
#[path = "common/layers.rs"]
mod layers;

/// Each event: trigger text, code, source, target, date.
fn events(text: &str) -> Vec<(String, String, String, String, String)> {
    layers::quints(&layers::annotated(text, "2025-03-11"))
}

fn codes(text: &str) -> Vec<String> {
    events(text).into_iter().map(|e| e.1).collect()
}

/// "went on strike at the plant on Monday": the parse hangs "on Monday"
/// under "plant" under "strike", the noun the rule's `obl=` names; the
/// strike is Monday's, not the article day's.
#[test]
fn a_day_hung_under_the_strike_noun_dates_going_on_strike() {
    let got = events("Dock workers went on strike at the plant on Monday.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].1.as_str(), got[0].4.as_str()), ("143", "2025-03-10"), "{got:?}");
    let got = events("Hundreds of nurses went on strike at two hospitals on Friday, the union said.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.4.as_str())).collect::<Vec<_>>(), [("143", "2025-03-07")]);
    // A day of the verb's own still wins.
    let got = events("On Thursday, bus drivers went on strike at the depot.");
    assert_eq!(got.iter().map(|e| e.4.as_str()).collect::<Vec<_>>(), ["2025-03-06"]);
}

/// Blocking or vetoing a sanctions package is a veto (129), not the
/// sanctions it names (163); the package's owner is the target.
#[test]
fn blocking_a_sanctions_package_is_a_veto_not_sanctions() {
    let got = events("Hungary blocked the sanctions package on Monday.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect::<Vec<_>>(), [("129", "HUN")], "{got:?}");
    let got = events("Slovakia vetoed the EU sanctions package.");
    assert_eq!(
        got.iter().map(|e| (e.1.as_str(), e.2.as_str(), e.3.as_str())).collect::<Vec<_>>(),
        [("129", "SVK", "IGOEU")],
        "{got:?}"
    );
    assert!(!codes("Austria rejected the sanctions package.").contains(&"163".to_string()));
    // Sanctions imposed are still sanctions.
    assert_eq!(codes("The European Union imposed sanctions on Belarus."), ["163"]);
    // Blocking roads is still an obstruction.
    assert_eq!(codes("Farmers blocked roads near Lyon on Monday."), ["144"]);
}

/// "tear" of "tear gas" was tagged a wh-adverb, and "fired" had no
/// object: no event. Tear gas fired is violent repression (175).
#[test]
fn tear_gas_fired_or_used_is_violent_repression() {
    let got = events("Police fired tear gas at protesters.");
    assert_eq!(
        got.iter().map(|e| (e.0.as_str(), e.1.as_str(), e.2.as_str())).collect::<Vec<_>>(),
        [("fired tear gas", "175", "---COP")],
        "{got:?}"
    );
    let got = events("Soldiers fired tear gas at the crowd in Nairobi on Friday.");
    assert_eq!(
        got.iter().map(|e| (e.1.as_str(), e.4.as_str())).collect::<Vec<_>>(),
        [("175", "2025-03-07")],
        "{got:?}"
    );
}

/// "during Ramadan last year" is last year's Ramadan, as a period.
#[test]
fn a_holiday_last_year_dates_its_event_in_last_years_period() {
    let got = events("Protesters rallied in Cairo during Ramadan last year.");
    assert_eq!(
        got.iter().map(|e| (e.1.as_str(), e.4.as_str())).collect::<Vec<_>>(),
        [("141", "2024-03-11/2024-04-09")],
        "{got:?}"
    );
}

/// Drivers and dock trades strike as workers do: LAB, like "workers"
/// (the strike of "bus drivers" had no actor, so no event at all).
#[test]
fn drivers_who_strike_are_labor() {
    let got = events("Bus drivers went on strike at the depot on Thursday.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect::<Vec<_>>(), [("143", "---LAB")], "{got:?}");
    let got = events("Truck drivers walked out on Monday.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect::<Vec<_>>(), [("143", "---LAB")], "{got:?}");
}

/// "blocked roads leading to the port on Thursday morning": the day the
/// parse hung on the participle modifying the object dates the blocking.
#[test]
fn a_day_on_the_objects_participle_dates_the_verb() {
    let got = events("Truck drivers blocked roads leading to the port on Thursday morning.");
    assert_eq!(
        got.iter().map(|e| (e.1.as_str(), e.4.as_str())).collect::<Vec<_>>(),
        [("144", "2025-03-06")],
        "{got:?}"
    );
    // The verb's own day still wins.
    let got = events("On Monday, protesters blocked roads leading to the capital.");
    assert_eq!(got.iter().map(|e| e.4.as_str()).collect::<Vec<_>>(), ["2025-03-10"], "{got:?}");
}

/// Employers are business (BUS), as companies are ("Employers rejected"
/// had no source).
#[test]
fn employers_are_business() {
    let got = events("Employers rejected the union's pay demand on Monday.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect::<Vec<_>>(), [("120", "---BUS")], "{got:?}");
}

/// "vowed to retaliate" is a threat (130), one event: it had been an
/// intent to cooperate (030) and, beside it, a planned attack (138).
#[test]
fn vowing_to_retaliate_is_a_threat() {
    let got = events("Iran's foreign ministry condemned the decision and vowed to retaliate.");
    let got: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(got, ["111", "130"]);
    assert_eq!(codes("The rebels vowed to fight on."), ["138"]);
}

/// "..., and police arrested at least 50 people": the arrest had been
/// read as a participle modifying the noun before (no event), and its
/// target as the fire's.
#[test]
fn an_arrest_after_and_is_an_event_of_its_own() {
    let got =
        events("Protesters set fire to a section of the parliament building, and police arrested at least 50 people.");
    let arrests: Vec<_> = got.iter().filter(|e| e.1 == "173").map(|e| e.2.as_str()).collect();
    assert_eq!(arrests, ["---COP"], "{got:?}");
    let fire = got.iter().find(|e| e.1 == "1712").expect("the fire");
    assert_ne!(fire.3, "---COP", "{got:?}");
}

/// "voiced support for Estonia": an endorsement (051) of the one
/// supported; it had coded nothing.
#[test]
fn voicing_support_is_an_endorsement() {
    let got = events("The European Union condemned the expulsions and voiced support for Estonia.");
    assert!(got.iter().any(|e| (e.1.as_str(), e.2.as_str(), e.3.as_str()) == ("051", "IGOEU", "EST")), "{got:?}");
    let got = events("Poland expressed solidarity with Ukraine on Monday.");
    assert_eq!(got.iter().map(|e| (e.1.as_str(), e.3.as_str())).collect::<Vec<_>>(), [("051", "UKR")], "{got:?}");
}
