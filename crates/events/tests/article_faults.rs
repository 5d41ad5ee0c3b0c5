//! Faults the lead found on articles the team wrote, each on the team's own
//! sentences run through the real segment, syntax, entities and times
//! layers.
#[path = "common/layers.rs"]
mod layers;

use dateline_core::{Document, EventMode};

/// Each event: trigger, code, source, target, date, mode.
fn events(doc: &Document) -> Vec<(String, String, String, String, String, EventMode)> {
    doc.events
        .iter()
        .map(|e| {
            (
                doc.slice(e.trigger).to_string(),
                e.code.clone(),
                e.source.clone().unwrap_or_default(),
                e.target.clone().unwrap_or_default(),
                e.date.clone().unwrap_or_default(),
                e.mode,
            )
        })
        .collect()
}

/// A coast guard firing water cannon at another country's boats is force
/// short of arms (175) by that state's maritime force (MIL, as a border
/// guard), reported by the speaker who said it, though the parse read
/// "fired" as an adjective of "water cannon".
#[test]
fn coast_guard_firing_water_cannon_is_coded() {
    let doc = layers::annotated(
        "BATAAN, May 20 (Reuters) - Chinese coast guard vessels fired water cannon at three Philippine fishing boats \
         near a disputed reef on Monday, injuring two fishermen, the Philippine coast guard said.",
        "2026-05-20",
    );
    let ev = events(&doc);
    let fired = ev.iter().find(|e| e.0.starts_with("fired")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(fired.1, "175", "{ev:?}");
    assert_eq!(fired.2, "CHNMIL", "{ev:?}");
    assert!(fired.3.starts_with("PHL"), "{ev:?}");
    assert_eq!(fired.5, EventMode::Reported, "{ev:?}");
}

/// Where the deported are sent is no target of the deportation, nor their
/// country of residence.
#[test]
fn a_deportation_destination_is_no_target() {
    let doc = layers::annotated(
        "WASHINGTON, April 2 (Reuters) - The administration has deported about 150 people to Honduras since January.",
        "2026-04-02",
    );
    let ev = events(&doc);
    let d = ev.iter().find(|e| e.0.starts_with("deported")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(d.2, "USAGOV", "{ev:?}");
    assert!(!d.3.starts_with("HND"), "{ev:?}");
    let doc = layers::annotated(
        "WASHINGTON, April 2 (Reuters) - The administration has deported 150 Guatemalans to Honduras since January.",
        "2026-04-02",
    );
    let ev = events(&doc);
    let d = ev.iter().find(|e| e.0.starts_with("deported")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(d.3.starts_with("GTM"), "{ev:?}");
}

/// A participle of blaming after a comma that closes a reported "would"
/// clause is the speaker's: it has the saying verb's time and mode, not
/// the plan's.
#[test]
fn a_blaming_participle_is_the_speakers() {
    let doc = layers::annotated(
        "BERGEN, March 4 (Reuters) - Norway's biggest ferry operator said on Wednesday it would scrap four routes \
         by the end of next year, blaming rising fuel costs.",
        "2026-03-04",
    );
    let ev = events(&doc);
    let b = ev.iter().find(|e| e.0.starts_with("blaming")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(b.2.starts_with("NOR"), "{ev:?}");
    assert!(matches!(b.5, EventMode::Asserted | EventMode::Reported), "{ev:?}");
    assert_eq!(b.4, "2026-03-04", "{ev:?}");
}

/// Troops a country withdraws are the thing done: no guessed country's
/// military is the target of the withdrawal.
#[test]
fn withdrawn_troops_are_no_target() {
    let doc = layers::annotated(
        "KAMPALA, July 9 (Reuters) - Ugandan President Yoweri Museveni received Rwandan President Paul Kagame on \
         Tuesday. Kagame said Rwanda would pull back some soldiers from the hills by the end of March.",
        "2026-07-09",
    );
    let ev = events(&doc);
    assert!(ev.iter().all(|e| !e.3.starts_with("UGAMIL")), "{ev:?}");
}

/// The source of a report ("according to X") is never the target of the
/// event it reports.
#[test]
fn an_according_to_source_is_no_target() {
    let doc = layers::annotated(
        "KAMPALA, July 9 (Reuters) - At least 17 people were shot dead during the riots last week, according to the \
         Uganda Human Rights Commission.",
        "2026-07-09",
    );
    let ev = events(&doc);
    let commission = doc.entities.iter().find(|e| e.name.contains("Commission")).and_then(|e| e.code.clone());
    assert!(
        ev.iter().all(|e| !(e.0.starts_with("shot") || e.0.starts_with("killed")) || Some(&e.3) != commission.as_ref()),
        "{ev:?} {commission:?}"
    );
    assert!(ev.iter().all(|e| e.3 != "UGAGOV"), "{ev:?}");
}

/// A meeting counted as one of a series ("for the fourth meeting in a
/// row") measures time; it is no meeting event.
#[test]
fn a_counted_meeting_is_no_event() {
    for text in [
        "OTTAWA, July 9 (Reuters) - The central bank held its policy rate at 2.75 percent on Wednesday for the third \
         meeting in a row.",
        "OTTAWA, July 9 (Reuters) - The central bank kept its benchmark interest rate at 2.75 percent on Wednesday \
         for the fifth meeting in a row.",
        "LONDON, June 4 (Reuters) - The central bank kept its main interest rate at 4.25 percent on Wednesday for \
         the fourth meeting in a row.",
    ] {
        let doc = layers::annotated(text, "2026-07-09");
        let ev = events(&doc);
        assert!(ev.iter().all(|e| e.0 != "meeting"), "{ev:?}");
    }
}

/// A person the entity layer gave the role "leader" but no code is no
/// government official: the events layer does not guess GOV from the role.
#[test]
fn a_bare_leader_is_no_government() {
    let doc = layers::annotated(
        "GULU, July 9 (Reuters) - Village leader Okello Komakech criticised the police on Tuesday.",
        "2026-07-09",
    );
    let ev = events(&doc);
    let c = ev.iter().find(|e| e.0.starts_with("criticised")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!c.2.ends_with("GOV"), "{ev:?}");
}

/// "The two leaders" after a sentence naming two leaders are those two:
/// each the source and the other the target of a mutual act, never the
/// article's country as its own target.
#[test]
fn the_two_leaders_are_the_two_persons_named() {
    let doc = layers::annotated(
        "KAMPALA, July 9 (Reuters) - Ugandan President Yoweri Museveni received Rwandan President Paul Kagame at \
         State House on Tuesday. The two leaders signed a deal to reopen a border crossing.",
        "2026-07-09",
    );
    let ev = events(&doc);
    let signed: Vec<_> = ev.iter().filter(|e| e.0.starts_with("signed")).collect();
    assert!(signed.iter().any(|e| e.2 == "UGAGOV" && e.3 == "RWAGOV"), "{ev:?}");
    assert!(signed.iter().any(|e| e.2 == "RWAGOV" && e.3 == "UGAGOV"), "{ev:?}");
    assert!(ev.iter().all(|e| e.3 != "UGA"), "{ev:?}");
}

/// A nationality parsed as the head of a visitor's name ("Rwandan" over
/// "President Paul Kagame in Kampala") is no group residing in the city
/// named after it: the person is the target.
#[test]
fn a_named_visitor_is_no_resident_group() {
    let doc = layers::annotated(
        "KAMPALA, July 9 (Reuters) - Ugandan President Yoweri Museveni hosted Rwandan President Paul Kagame in \
         Kampala on Tuesday after clashes near the border killed at least nine people.",
        "2026-07-09",
    );
    let ev = events(&doc);
    let hosted: Vec<_> = ev.iter().filter(|e| e.0.starts_with("hosted")).collect();
    assert!(!hosted.is_empty() && hosted.iter().all(|e| e.3 == "RWAGOV"), "{ev:?}");
}

/// "after clashes near the border killed nine people" read as a second
/// verb of the main clause: the clashes killed, not the main clause's
/// subject.
#[test]
fn clashes_not_the_host_killed() {
    for text in [
        "KAMPALA, July 9 (Reuters) - Ugandan President Yoweri Museveni hosted Rwandan President Paul Kagame in \
         Kampala on Tuesday after clashes near the border killed at least nine people.",
        "NAIROBI, June 4 (Reuters) - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in \
         Nairobi on Wednesday after clashes near the frontier killed at least 12 people.",
    ] {
        let doc = layers::annotated(text, "2025-06-04");
        let ev = events(&doc);
        assert!(ev.iter().all(|e| !e.0.starts_with("killed") || e.2.is_empty()), "{ev:?}");
    }
}

/// Attacks named as what a treaty covers are no attacks that happened.
#[test]
fn attacks_a_treaty_covers_are_no_event() {
    let doc = layers::annotated(
        "TOKYO, July 9 (Reuters) - The minister said Washington's security treaty with Tokyo covers attacks on \
         Japanese navy ships anywhere in the region.",
        "2026-07-09",
    );
    let ev = events(&doc);
    assert!(ev.iter().all(|e| e.0 != "attacks"), "{ev:?}");
}

/// An earthquake is no actor: its killing is no event (and the media a
/// report is according to are never its target).
#[test]
fn an_earthquake_killing_is_no_event() {
    let doc = layers::annotated(
        "VAN, Turkey, Aug 2 (Reuters) - A magnitude 6.1 earthquake struck eastern Turkey early on Sunday, killing at \
         least 17 people, according to state media.",
        "2026-08-02",
    );
    let ev = events(&doc);
    assert!(ev.iter().all(|e| !e.0.starts_with("killing")), "{ev:?}");
    let doc = layers::annotated(
        "ISTANBUL, Aug 2 (Reuters) - A magnitude 6.8 earthquake struck eastern Turkey early on Saturday, killing at \
         least 41 people, according to state media.",
        "2026-08-02",
    );
    let ev = events(&doc);
    assert!(ev.iter().all(|e| !e.0.starts_with("killing") && !e.3.ends_with("MED")), "{ev:?}");
}

/// Media a report is according to are no target of the shooting it reports.
#[test]
fn media_according_to_are_no_target() {
    let doc = layers::annotated(
        "ISTANBUL, Aug 2 (Reuters) - Police opened fire on the crowd, killing at least 9 people, according to state \
         media.",
        "2026-08-02",
    );
    let ev = events(&doc);
    assert!(ev.iter().all(|e| !e.3.ends_with("MED")), "{ev:?}");
}

/// "The administration" of a Washington story that names Honduras most,
/// there only as where people are sent, is the dateline's government.
#[test]
fn the_administration_is_the_datelines_government() {
    let doc = layers::annotated(
        "WASHINGTON, April 2 (Reuters) - The administration has deported about 150 people to Honduras since January. \
         Honduras has agreed to take them, and Honduras will house them near Tegucigalpa.",
        "2026-04-02",
    );
    let ev = events(&doc);
    let d = ev.iter().find(|e| e.0.starts_with("deported")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(d.2, "USAGOV", "{ev:?}");
}

/// A noun event that is the subject of "are scheduled to resume" is
/// planned, dated by the time of that clause and placed by its "in X".
#[test]
fn scheduled_talks_are_planned_dated_and_placed() {
    let doc = layers::annotated(
        "GENEVA (Reuters) - Talks between Japanese officials and the EU on fishing quotas are scheduled to resume \
         in Seoul on Jan. 14.",
        "2026-01-05",
    );
    let talks: Vec<_> = doc.events.iter().filter(|e| doc.slice(e.trigger).starts_with("Talks")).collect();
    assert!(!talks.is_empty(), "{:?}", events(&doc));
    for e in talks {
        assert_eq!(e.mode, EventMode::Planned, "{:?}", events(&doc));
        assert_eq!(e.date.as_deref(), Some("2026-01-14"), "{:?}", events(&doc));
        assert_eq!(e.location.as_deref(), Some("Seoul"), "{:?}", events(&doc));
    }
}

/// A government's diplomatic protest is not against its own country: its
/// target is the country whose envoy it summoned, else none.
#[test]
fn a_diplomatic_protest_is_not_against_the_protesters_country() {
    let doc = layers::annotated(
        "HANOI (Reuters) - The Vietnamese foreign ministry summoned China's ambassador in Hanoi to protest what \
         it called \"unlawful\" patrols, and said it would file a diplomatic protest, its fifth this year.",
        "2026-03-04",
    );
    let ev = events(&doc);
    let protests: Vec<_> = ev.iter().filter(|e| e.1.starts_with("14") || e.0.contains("protest")).collect();
    assert!(!protests.is_empty(), "{ev:?}");
    for e in protests {
        assert_eq!(e.3, "CHNGOV", "{ev:?}");
    }
}

/// "Chinese companies" of a purpose clause in a later conjunct is no
/// target of "opposed".
#[test]
fn a_purpose_clause_of_a_later_conjunct_is_no_target_of_opposing() {
    let doc = layers::annotated(
        "BEIJING (Reuters) - China's Ministry of Commerce said it strongly opposed the ruling and would take \
         \"all necessary steps\" to defend Chinese firms.",
        "2026-02-10",
    );
    let ev = events(&doc);
    for e in ev.iter().filter(|e| e.0.starts_with("opposed")) {
        assert!(!e.3.starts_with("CHN"), "{ev:?}");
    }
}

/// Calling one's counterpart is a phone consultation (041) with his
/// government.
#[test]
fn calling_a_counterpart_is_a_phone_consultation() {
    let doc = layers::annotated(
        "WASHINGTON (Reuters) - U.S. Secretary of State Marco Rubio called his Japanese counterpart, \
         Takeshi Iwaya, on Tuesday and pledged support for Tokyo.",
        "2026-01-06",
    );
    let ev = events(&doc);
    let c = ev.iter().find(|e| e.0.starts_with("called")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(c.1, "041", "{ev:?}");
    assert_eq!(c.2, "USAGOV", "{ev:?}");
    assert_eq!(c.3, "JPNGOV", "{ev:?}");
}

/// An authority fining a company imposes an administrative sanction (172).
#[test]
fn fining_a_company_is_an_administrative_sanction() {
    let doc = layers::annotated(
        "BRUSSELS (Reuters) - The European Union on Tuesday fined Chinese carmaker BYD 300 million euros for \
         breaking competition rules.",
        "2026-02-10",
    );
    let ev = events(&doc);
    let f = ev.iter().find(|e| e.0.starts_with("fined")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(f.1, "172", "{ev:?}");
    assert_eq!(f.2, "IGOEU", "{ev:?}");
    assert_eq!(f.3, "CHNBUS", "{ev:?}");
}

/// Naming someone ("called the president a liar") is no phone call.
#[test]
fn calling_someone_names_is_no_phone_call() {
    let doc = layers::annotated(
        "NAIROBI (Reuters) - Kenyan opposition leader Raila Odinga called the president a liar on Monday.",
        "2026-01-06",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.1 == "041"), "{ev:?}");
}

/// An event noun naming the kind of a rule ("state-aid rules") is no event.
#[test]
fn an_event_noun_naming_a_rule_is_no_event() {
    let doc = layers::annotated(
        "BRUSSELS (Reuters) - The European Commission on Monday warned Hungary over breaching state-aid rules.",
        "2026-02-10",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.0 == "aid"), "{ev:?}");
}

/// "opposed the decision" right after a sentence whose event another
/// country's actor did is against that actor.
#[test]
fn opposing_the_decision_targets_the_decision_maker() {
    let doc = layers::annotated(
        "BRUSSELS (Reuters) - The European Union on Tuesday fined Chinese carmaker BYD 300 million euros for \
         breaking competition rules. China's commerce ministry said it strongly opposed the decision.",
        "2026-02-10",
    );
    let ev = events(&doc);
    let o = ev.iter().find(|e| e.0.starts_with("opposed")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(o.2, "CHNGOV", "{ev:?}");
    assert_eq!(o.3, "IGOEU", "{ev:?}");
}

/// A formal protest filed, sent or lodged with or to a country is a
/// complaint (111) against that country.
#[test]
fn a_protest_filed_with_a_country_targets_it() {
    for text in [
        "HANOI, May 3 (Reuters) - Vietnam will file a diplomatic protest with China over the collision.",
        "HANOI, May 3 (Reuters) - The Vietnamese government will send a diplomatic protest to China over the \
         collision.",
    ] {
        let doc = layers::annotated(text, "2026-05-03");
        let ev = events(&doc);
        let p = ev.iter().find(|e| e.0.contains("protest")).unwrap_or_else(|| panic!("{ev:?}"));
        assert_eq!(p.1, "111", "{ev:?}");
        assert!(p.3.starts_with("CHN"), "{ev:?}");
    }
}

/// An attribution after the statement ("..., the navy said in a
/// statement", read as a parataxis of the statement's verb) or an
/// "according to" phrase makes the event reported, as "..., the navy said"
/// does.
#[test]
fn a_trailing_attribution_reports_the_event() {
    for text in [
        "HANOI, May 3 (Reuters) - Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on \
         Saturday, the Vietnamese navy said in a statement.",
        "HANOI, May 3 (Reuters) - Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on \
         Saturday, according to the Vietnamese navy.",
    ] {
        let doc = layers::annotated(text, "2026-05-03");
        let ev = events(&doc);
        let f = ev.iter().find(|e| e.0.starts_with("fired")).unwrap_or_else(|| panic!("{ev:?}"));
        assert_eq!(f.5, EventMode::Reported, "{ev:?}");
    }
}

/// Calling a person named by surname after the article introduced him is
/// a phone consultation with his government.
#[test]
fn calling_a_named_person_is_a_phone_consultation() {
    let doc = layers::annotated(
        "HANOI, May 3 (Reuters) - Vietnamese Foreign Minister Bui Thanh Son said on Monday that Hanoi wanted \
         calm at sea. Japanese Foreign Minister Takeshi Iwaya called Son on Tuesday.",
        "2026-05-03",
    );
    let ev = events(&doc);
    let c = ev.iter().find(|e| e.0.starts_with("called")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(c.1, "041", "{ev:?}");
    assert_eq!(c.2, "JPNGOV", "{ev:?}");
    assert_eq!(c.3, "VNMGOV", "{ev:?}");
}

/// "condemned the decision" two sentences after the decision, with a
/// reaction of the critic's own country between, is against the decider.
#[test]
fn the_decision_is_the_latest_act_of_another_country() {
    let doc = layers::annotated(
        "OTTAWA, March 4 (Reuters) - Canada on Tuesday expelled two Chinese diplomats over an alleged spying \
         plot. A Chinese business group in Toronto urged calm, and shares of Chinese firms fell. China's foreign \
         ministry condemned the decision.",
        "2026-03-04",
    );
    let ev = events(&doc);
    let c = ev.iter().find(|e| e.0.starts_with("condemned")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(c.2.starts_with("CHN"), "{ev:?}");
    assert!(c.3.starts_with("CAN"), "{ev:?}");
}

/// The coast guard a report is according to, hung by the parse on the
/// boat fired at, is no part of the target's phrase.
#[test]
fn an_according_to_source_on_the_target_noun_is_no_target() {
    let doc = layers::annotated(
        "HANOI, May 3 (Reuters) - Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on \
         Saturday, according to the Vietnamese navy.",
        "2026-05-03",
    );
    let ev = events(&doc);
    let f = ev.iter().find(|e| e.0.starts_with("fired")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(f.3, "VNM", "{ev:?}");
}

/// Those arrested are the target, not a group named in an "after ..."
/// circumstance the parse hung on them.
#[test]
fn a_circumstance_after_the_predicate_names_no_target() {
    let doc = layers::annotated(
        "MANILA, Sept 2 (Reuters) - Thai police detained 25 people on Monday after rallies against senators' \
         pay rises turned violent.",
        "2026-09-02",
    );
    let ev = events(&doc);
    let d = ev.iter().find(|e| e.0.starts_with("detained")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(d.2, "THACOP", "{ev:?}");
    assert!(!d.3.ends_with("LEG"), "{ev:?}");
}

/// A place named in an earlier sentence is not the scene of another
/// doer's event.
#[test]
fn a_place_does_not_carry_over_to_another_doer() {
    let doc = layers::annotated(
        "MANILA, Sept 2 (Reuters) - Philippine police arrested 30 people in Cebu on Friday. President Ferdinand \
         Marcos, who returned from a trip to Japan on Sunday, ordered the army to restore order.",
        "2026-09-02",
    );
    let a = doc.events.iter().find(|e| doc.slice(e.trigger).starts_with("arrested")).expect("arrested");
    assert_eq!(a.location.as_deref(), Some("Cebu"));
    let o = doc.events.iter().find(|e| doc.slice(e.trigger).starts_with("ordered")).expect("ordered");
    assert_ne!(o.location.as_deref(), Some("Cebu"), "{:?}", events(&doc));
    // Police acting on the crowd named before keep its place.
    let doc = layers::annotated(
        "Thousands of Georgian protesters rallied in Tbilisi on Sunday. Georgian police arrested dozens \
         of the protesters.",
        "2026-09-02",
    );
    let f = doc.events.iter().find(|e| doc.slice(e.trigger).starts_with("arrested")).expect("arrested");
    assert_eq!(f.location.as_deref(), Some("Tbilisi"), "{:?}", events(&doc));
}

/// "protested before parliament": a "before" after the predicate can be
/// the target's place in the clause, not a time.
#[test]
fn before_a_body_is_no_circumstance() {
    let doc = layers::annotated(
        "KYIV, Sept 2 (Reuters) - Thousands of farmers protested before parliament in Kyiv on Tuesday.",
        "2026-09-02",
    );
    let ev = events(&doc);
    assert!(ev.iter().any(|e| e.0.starts_with("protested") && e.3.starts_with("UKR")), "{ev:?}");
}

/// An outbreak of disease that kills is no actor.
#[test]
fn an_outbreak_is_no_actor() {
    let doc = layers::annotated(
        "DHAKA, Sept 2 (Reuters) - A dengue outbreak in Bangladesh has killed more than 500 people this year.",
        "2026-09-02",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.0.starts_with("killed") && !e.2.is_empty()), "{ev:?}");
}

/// Blocking aid is no aid given; what an accusation charges is reported.
#[test]
fn blocked_aid_and_an_accused_attack() {
    let doc = layers::annotated(
        "KHARTOUM, Sept 2 (Reuters) - The militia, which has surrounded the town for months, denied blocking aid \
         convoys and accused the air force of shelling a school.",
        "2026-09-02",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.1.starts_with("07")), "{ev:?}");
    let s = ev.iter().find(|e| e.0.starts_with("shelling")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(s.5, EventMode::Reported, "{ev:?}");
    let doc = layers::annotated(
        "KHARTOUM, Sept 2 (Reuters) - The rebels accused government troops of shelling a camp for displaced people.",
        "2026-09-02",
    );
    let ev = events(&doc);
    let s = ev.iter().find(|e| e.0.starts_with("shelling")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(s.5, EventMode::Reported, "{ev:?}");
}

/// A provincial premier named after the province in one flat name is the
/// person's government, not the bare country of the province.
#[test]
fn a_premier_named_after_the_province_is_the_government() {
    let doc = layers::annotated(
        "TORONTO, Sept 2 (Reuters) - Alberta Premier Danielle Smith criticised the decision on Tuesday.",
        "2026-09-02",
    );
    let ev = events(&doc);
    let c = ev.iter().find(|e| e.0.starts_with("criticised")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(c.2, "CANGOV", "{ev:?}");
}

/// A country named only as where a leader of no known country was to
/// travel is not that leader's, nor the country of the police he orders.
#[test]
fn a_travel_destination_is_not_the_leaders_country() {
    let doc = layers::annotated(
        "President Tomas Arvelo, who cancelled a planned trip to France on Sunday, ordered the police to act \
         firmly against looters.",
        "2026-09-02",
    );
    let ev = events(&doc);
    let o = ev.iter().find(|e| e.0.starts_with("ordered")).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(!o.2.starts_with("FRA"), "{ev:?}");
    assert!(!o.3.starts_with("FRA"), "{ev:?}");
}

/// A fire no one is named as setting is no actor's killing; an army's
/// fire is.
#[test]
fn a_factory_fire_is_no_actor() {
    let doc = layers::annotated(
        "DHAKA, Sept 2 (Reuters) - A fire at a garment warehouse in Chittagong killed 11 workers on Tuesday.",
        "2026-09-02",
    );
    let ev = events(&doc);
    assert!(!ev.iter().any(|e| e.0.starts_with("killed") && !e.2.is_empty()), "{ev:?}");
    let doc = layers::annotated("GAZA, Sept 2 (Reuters) - Israeli fire killed four people on Tuesday.", "2026-09-02");
    let ev = events(&doc);
    assert!(ev.iter().any(|e| e.0.starts_with("killed") && !e.2.is_empty()), "{ev:?}");
    // A weapon's fire is no accident.
    let doc = layers::annotated(
        "KYIV, Sept 2 (Reuters) - Artillery fire killed five civilians in Kherson on Tuesday.",
        "2026-09-02",
    );
    let ev = events(&doc);
    assert!(ev.iter().any(|e| e.0.starts_with("killed")), "{ev:?}");
}

/// A time of day dates its event by its day ("on Tuesday morning" is the
/// Tuesday), also when the parse read a noun after the trigger as a verb
/// and hung the time on it.
#[test]
fn a_time_of_day_dates_the_event_by_its_day() {
    let doc = layers::annotated(
        "HANOI, Oct 8 - A Chinese coast guard ship fired a water cannon at a Vietnamese fisheries vessel near \
         Bach Long Island on Tuesday morning, injuring three crew members, the Vietnamese navy said.",
        "2026-10-08",
    );
    let ev = events(&doc);
    let fired = ev.iter().find(|e| e.0.starts_with("fired")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(fired.4, "2026-10-06", "{ev:?}");
}

/// Parts of one place name the parse read as a second subject ("Residents
/// of Eldorado" and "Sul") give one event, by the residents.
#[test]
fn a_split_place_name_is_no_second_subject() {
    let doc = layers::annotated(
        "PORTO ALEGRE, Brazil, June 15 (AP) - Residents of Eldorado do Sul blamed the city government for the \
         slow rescue.",
        "2026-06-15",
    );
    let ev = events(&doc);
    let blamed: Vec<_> = ev.iter().filter(|e| e.0.starts_with("blamed")).collect();
    assert_eq!(blamed.len(), 1, "{ev:?}");
    assert_eq!(blamed[0].2, "BRACVL", "{ev:?}");
}

/// A meeting "scheduled for" a date is planned on that date, and "the bank"
/// after a central bank is that bank (its government's), not a business.
#[test]
fn a_meeting_scheduled_for_a_date_is_planned_then() {
    let doc = layers::annotated(
        "LIMA, Nov 24 (Reuters) - Peru's central bank held its policy rate at 4.5% on Thursday. The bank's next \
         board meeting is scheduled for Feb. 12.",
        "2026-11-24",
    );
    let ev = events(&doc);
    let m = ev.iter().find(|e| e.0.starts_with("meeting")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(m.5, EventMode::Planned, "{ev:?}");
    assert_eq!(m.4, "2027-02-12", "{ev:?}");
    assert_eq!(m.2, "PERGOV", "{ev:?}");
}

/// "its navy" in a ministry's statement is the ministry's country's, not
/// the article's by default.
#[test]
fn its_force_in_a_ministrys_statement_is_the_ministrys_country() {
    let doc = layers::annotated(
        "MANILA, Oct 3 - The Philippine navy said a Philippine supply boat was blocked near a reef on Friday. \
         Vietnam's foreign ministry said the Philippine boat had entered Vietnamese waters and that its navy had \
         taken \"firm measures\" to expel it.",
        "2026-10-03",
    );
    let ev = events(&doc);
    let expel = ev.iter().find(|e| e.0.starts_with("expel")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(expel.2, "VNMMIL", "{ev:?}");
}
