//! Which code a trigger gets from its object and obliques, on the team's
//! own sentences run through the real segment, syntax, entities and times
//! layers: released goods and money are aid, a legal appeal is no appeal.
#[path = "common/layers.rs"]
mod layers;

/// Each event's trigger words and code.
fn codes(text: &str) -> Vec<(String, String)> {
    let doc = layers::annotated(text, "2026-02-10");
    doc.events.iter().map(|e| (doc.slice(e.trigger).to_string(), e.code.clone())).collect()
}

fn code_of(ev: &[(String, String)], trigger: &str) -> Option<String> {
    ev.iter().find(|(t, _)| t.starts_with(trigger)).map(|(_, c)| c.clone())
}

/// Food and money released are humanitarian or economic aid (073, 071);
/// released prisoners stay a release of persons (0841).
#[test]
fn releasing_food_or_money_is_aid() {
    let ev = codes("The ministry had released 3,000 tonnes of wheat and 40 million rupees in cash aid.");
    assert_eq!(code_of(&ev, "released").as_deref(), Some("073"), "{ev:?}");
    let ev = codes("The finance ministry released 12 million dollars in emergency funds for the flooded districts.");
    assert_eq!(code_of(&ev, "released").as_deref(), Some("071"), "{ev:?}");
    let ev = codes("The rebels released 14 prisoners on Sunday.");
    assert_eq!(code_of(&ev, "released").as_deref(), Some("0841"), "{ev:?}");
}

/// A legal appeal (bare, of a verdict, to a court) codes nothing; an
/// appeal for calm or to people to do something is a CAMEO appeal.
#[test]
fn a_legal_appeal_is_no_cameo_appeal() {
    for text in [
        "A Kano court convicted former Nigerian minister Chidi Okafor of fraud. Okafor's lawyers said they would appeal.",
        "Nigeria's government said it would appeal the ruling.",
        "The Nigerian opposition appealed to the Supreme Court against the election result.",
    ] {
        let ev = codes(text);
        assert!(ev.iter().all(|(t, c)| !t.starts_with("appeal") || !c.starts_with("02")), "{text}: {ev:?}");
    }
    let ev = codes("The Nigerian president appealed for calm after the riots.");
    assert!(code_of(&ev, "appealed").is_some_and(|c| c.starts_with("02")), "{ev:?}");
    let ev = codes("The Nigerian president appealed to the rebels to lay down their arms.");
    assert!(code_of(&ev, "appealed").is_some_and(|c| c.starts_with("02")), "{ev:?}");
}

/// Releasing a statement is a statement (010); releasing data or a video
/// is no release of persons.
#[test]
fn releasing_a_statement_or_data_is_no_release_of_persons() {
    let ev = codes("The Kenyan army released a statement on Monday denying the raid.");
    assert_eq!(code_of(&ev, "released").as_deref(), Some("010"), "{ev:?}");
    let ev = codes("Kenya's statistics office released inflation data on Monday.");
    assert_eq!(code_of(&ev, "released"), None, "{ev:?}");
    let ev = codes("Police released a video of the arrest.");
    assert_eq!(code_of(&ev, "released"), None, "{ev:?}");
}

/// The object conditions match compounds too: an aid worker released is a
/// person released; military supplies delivered are military aid; a
/// budget or oil released is no event.
#[test]
fn released_aid_workers_and_military_supplies() {
    let ev = codes("Kidnappers released a French aid worker in northern Mali on Sunday.");
    assert_eq!(code_of(&ev, "released").as_deref(), Some("0841"), "{ev:?}");
    let ev = codes("Iran delivered a fresh supply of missiles to Hezbollah.");
    assert_eq!(code_of(&ev, "delivered").as_deref(), Some("072"), "{ev:?}");
    let ev = codes("The United States delivered military supplies to Ukraine.");
    assert_eq!(code_of(&ev, "delivered").as_deref(), Some("072"), "{ev:?}");
    let ev = codes("The Kenyan Treasury released its 2026 budget on Thursday.");
    assert_eq!(code_of(&ev, "released"), None, "{ev:?}");
    let ev = codes("Washington released oil supplies from the strategic reserve.");
    assert_eq!(code_of(&ev, "released"), None, "{ev:?}");
}

/// The evidence clause of an event in a sentence that opens with a wire
/// dateline leaves the dateline out.
#[test]
fn the_evidence_of_a_first_sentence_leaves_the_dateline_out() {
    let text = "QUITO, Feb 10 (Reuters) - Ecuador's top court ordered the arrest of a former minister on Tuesday.";
    let doc = layers::annotated(text, "2026-02-10");
    let e = doc.events.iter().find(|e| doc.slice(e.trigger) == "ordered").expect("an event of 'ordered'");
    let evidence = doc.slice(e.span);
    assert!(evidence.starts_with("Ecuador"), "{evidence:?}");
    assert!(evidence.contains("ordered"), "{evidence:?}");
}
