//! Speaker phrases, "according to" contents, claim verbs and relative
//! clauses, on sentences written for these tests.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2026-03-04").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// The hand rules alone (no learned attributions, no redrawn contents).
fn annotate_rules(text: &str) -> Document {
    static P: std::sync::OnceLock<dateline_core::Pipeline> = std::sync::OnceLock::new();
    let p = P.get_or_init(|| common::layers().with(dateline_quotes::QuoteExtractor::new().with_learned(false)));
    let mut doc = Document::new(Article::new(PubDate::parse("2026-03-04").expect("date"), text.to_string()));
    let errors = p.run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc
}

fn listed(doc: &Document) -> Vec<(String, Option<String>, Option<String>)> {
    doc.quotes
        .iter()
        .map(|q| (doc.slice(q.span).to_string(), q.cue.clone(), q.speaker_span.map(|s| doc.slice(s).to_string())))
        .collect()
}

#[test]
fn hyphenated_title_keeps_the_name_it_leads_to() {
    let doc = annotate(
        "U.N. Secretary-General Antonio Guterres called for a truce and said he was alarmed by reports of shelling.",
    );
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.2.as_deref(), Some("U.N. Secretary-General Antonio Guterres"), "{q:#?}");
    let called = q.iter().find(|x| x.1.as_deref() == Some("call")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(called.2.as_deref(), Some("U.N. Secretary-General Antonio Guterres"), "{q:#?}");
}

#[test]
fn speaker_phrase_ends_before_a_time() {
    let doc = annotate("The city council on Monday said it would close the bridge.");
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.2.as_deref(), Some("The city council"), "{q:#?}");
}

#[test]
fn according_to_leaves_out_the_dateline() {
    let doc = annotate("ACCRA, June 2 - Cocoa prices rose 4% this week, according to traders.");
    let q = listed(&doc);
    let acc = q.iter().find(|x| x.1.as_deref() == Some("according to")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(acc.0, "Cocoa prices rose 4% this week", "{q:#?}");
    assert_eq!(acc.2.as_deref(), Some("traders"));
}

#[test]
fn according_to_after_another_speakers_report() {
    let doc = annotate(
        "LAGOS, March 4 - Nigeria's navy said on Friday it had sunk two pirate boats after a clash that left 12 sailors dead, according to a port official.",
    );
    let q = listed(&doc);
    let acc = q.iter().find(|x| x.1.as_deref() == Some("according to")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(!acc.0.contains("LAGOS") && !acc.0.contains("said"), "{q:#?}");
    assert!(acc.0.ends_with("a clash that left 12 sailors dead"), "{q:#?}");
    // The navy's statement does not run into the source's phrase.
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(!said.0.contains("according"), "{q:#?}");
}

#[test]
fn a_vote_rejecting_a_bill_is_no_speech() {
    for text in [
        "The parliament on Wednesday rejected a budget backed by the prime minister.",
        "Lawmakers reject budget as strikes spread",
        "Parliament on Thursday rejected a bill that would have raised the tax on fuel.",
    ] {
        let doc = annotate(text);
        let q = listed(&doc);
        assert!(!q.iter().any(|x| x.1.as_deref() == Some("reject")), "{text}: {q:#?}");
    }
}

#[test]
fn rejecting_or_denying_a_claim_is_speech() {
    let doc = annotate("The ministry rejected the accusations.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.0 == "the accusations" && x.1.as_deref() == Some("reject")), "{q:#?}");
    let doc = annotate("The company denied that it had paid the officials.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.0 == "that it had paid the officials" && x.1.as_deref() == Some("deny")), "{q:#?}");
}

#[test]
fn a_denial_leaves_out_its_medium() {
    let doc = annotate_rules("The company denied the report in a statement on Friday, saying its books were in order.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.0 == "the report" && x.1.as_deref() == Some("deny")), "{q:#?}");
}

#[test]
fn a_cue_in_a_relative_clause_reports_nothing_outside_it() {
    let doc = annotate("The mayor said the council, which he accused of wasting money, had delayed the repairs.");
    let q = listed(&doc);
    for x in &q {
        if x.1.as_deref() == Some("accuse") {
            assert!(!x.0.contains("mayor") && !x.0.contains("repairs"), "{q:#?}");
        }
    }
    assert!(q.iter().any(|x| x.1.as_deref() == Some("say") && x.2.as_deref() == Some("The mayor")), "{q:#?}");
}

#[test]
fn according_to_after_a_plain_statement_vouches_for_all_of_it() {
    let doc = annotate_rules("The governor said he was considering a pardon for the officer, according to two aides.");
    let q = listed(&doc);
    let acc = q.iter().find(|x| x.1.as_deref() == Some("according to")).unwrap_or_else(|| panic!("{q:#?}"));
    assert!(acc.0.contains("considering"), "{q:#?}");
}

#[test]
fn a_speaker_keeps_the_words_of_its_phrase_that_look_like_time() {
    let doc = annotate("The authors of this study said the drug halves the risk.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.2.as_deref() == Some("The authors of this study")), "{q:#?}");
}

#[test]
fn a_time_before_the_speaker_is_no_part_of_it() {
    let doc = annotate(
        "Finance Minister Ana Ruiz will present a budget by mid-April, her spokesman said on Wednesday, two days after President Luis Vega ordered ministries to cut spending by a combined 50 trillion pesos.",
    );
    let q = listed(&doc);
    let order = q.iter().find(|x| x.1.as_deref() == Some("order")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(order.2.as_deref(), Some("President Luis Vega"), "{q:#?}");
}

#[test]
fn denying_an_act_in_a_gerund_is_speech() {
    let doc = annotate("The minister denied having met the contractor.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.1.as_deref() == Some("deny") && x.0.contains("met the contractor")), "{q:#?}");
}

#[test]
fn a_participle_phrase_after_a_closing_attribution_is_the_narrators() {
    let text = "SANTIAGO, March 4 (Reuters) - Chile will impose a 20% levy on copper exports to countries without a \
                trade pact starting next month, Mining Minister Aurora Williams said on Thursday, escalating a dispute \
                that began when Beijing doubled its own duties last week.";
    for doc in [annotate(text), annotate_rules(text)] {
        let q = listed(&doc);
        assert!(q.iter().any(|x| x.0.ends_with("trade pact starting next month")), "{q:#?}");
        assert!(!q.iter().any(|x| x.0.contains("escalating")), "{q:#?}");
    }
}

#[test]
fn an_acronym_before_a_title_is_no_speaker_of_its_own() {
    let doc = annotate(
        "WHO Director-General Tedros Adhanom Ghebreyesus told reporters that the agency had shipped vaccines.",
    );
    let q = listed(&doc);
    let told = q.iter().find(|x| x.1.as_deref() == Some("tell")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(told.2.as_deref(), Some("WHO Director-General Tedros Adhanom Ghebreyesus"), "{q:#?}");
}

#[test]
fn said_in_a_statement_that_is_one_attribution_of_the_verb() {
    let doc = annotate(
        "Peruvian Trade Minister Ana Ruiz said in a statement that Chile's decision was \"unfortunate\" and warned \
         that Lima could respond.",
    );
    let q = listed(&doc);
    assert!(!q.iter().any(|x| x.1.as_deref() == Some("statement")), "{q:#?}");
    assert!(q.iter().any(|x| x.1.as_deref() == Some("say")), "{q:#?}");
}

#[test]
fn a_gerund_subject_after_a_split_attribution_is_more_of_the_statement() {
    let doc = annotate("In the long run, the governor said, raising rates too fast would choke the recovery.");
    let q = listed(&doc);
    assert!(q.iter().any(|x| x.0.contains("raising rates")), "{q:#?}");
}

#[test]
fn said_in_a_joint_statement_is_one_attribution_too() {
    let doc = annotate(
        "The two ministries said in a joint statement that Chile's decision was \"unfortunate\" and warned that \
         Lima could respond.",
    );
    let q = listed(&doc);
    assert!(!q.iter().any(|x| x.1.as_deref() == Some("statement")), "{q:#?}");
}

#[test]
fn a_subject_the_parse_cut_at_its_preposition_keeps_its_head() {
    // The parse takes "the matter" for the subject and hangs "A person
    // familiar" elsewhere.
    let doc = annotate_rules("A person familiar with the matter said the talks had stalled.");
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.2.as_deref(), Some("A person familiar with the matter"), "{q:#?}");
    // A statement before it keeps none of the speaker's words.
    let doc = annotate_rules(
        "The company was fined last year. It had agreed to pay $40 million to settle the case, a person familiar with the matter said.",
    );
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.0, "It had agreed to pay $40 million to settle the case", "{q:#?}");
    assert_eq!(said.2.as_deref(), Some("a person familiar with the matter"), "{q:#?}");
}

#[test]
fn a_conjunct_before_and_belongs_to_the_subject() {
    let doc =
        annotate_rules("It follows weeks of tension since France and its partners said they would back the plan.");
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.2.as_deref(), Some("France and its partners"), "{q:#?}");
}

#[test]
fn a_relative_clause_on_an_apposition_names_its_own_subject() {
    let doc = annotate_rules("The rebels seized the port, a move Western governments have condemned.");
    let q = listed(&doc);
    let c = q.iter().find(|x| x.1.as_deref() == Some("condemn")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(c.2.as_deref(), Some("Western governments"), "{q:#?}");
}

#[test]
fn a_verb_of_stance_read_as_a_noun_still_attributes() {
    // "estimates" tagged a plural noun, "Ortiz" an adjective.
    let doc = annotate_rules(
        "Jane Ortiz, the mayor, visited the bridge on Monday.\n\nOrtiz estimates that the repairs will cost $3 million.",
    );
    let q = listed(&doc);
    let e = q.iter().find(|x| x.1.as_deref() == Some("estimate")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(e.0, "that the repairs will cost $3 million", "{q:#?}");
    assert!(e.2.as_deref().is_some_and(|s| s.contains("Ortiz")), "{q:#?}");
    // Nouns with a determiner are no verbs.
    let doc = annotate_rules("Company plans were shelved. The shows sold out.");
    assert!(doc.quotes.is_empty(), "{:#?}", listed(&doc));
}

#[test]
fn a_verb_after_a_connective_takes_the_phrase_before_it() {
    // The parse conjoins "said" to "comes" and gives it "It".
    let doc = annotate_rules("It comes days after Britain and Canada said they would impose new sanctions.");
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.2.as_deref(), Some("Britain and Canada"), "{q:#?}");
}

#[test]
fn added_after_a_said_the_parse_left_without_a_clause_is_its_own_statement() {
    // The parse makes "said" a modifier of "profits" and "added" a
    // conjunct of "fell".
    let doc = annotate_rules(
        "Jane Smith, the company's chief executive, said profits fell in the quarter and added that the outlook was weak.",
    );
    let q = listed(&doc);
    let said = q.iter().find(|x| x.1.as_deref() == Some("say")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(said.0, "profits fell in the quarter", "{q:#?}");
    let added = q.iter().find(|x| x.1.as_deref() == Some("add")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(added.0, "that the outlook was weak", "{q:#?}");
    assert_eq!(added.2, said.2, "{q:#?}");
}

#[test]
fn it_after_a_subject_taken_for_a_person_names_no_other_organization() {
    // "Kroger" is the subject "It" refers to; the entity layer may type it
    // a person, and "It" must then not fall to the commission named
    // earlier.
    let doc = annotate(
        "Grocery merger blocked\n\nA federal judge blocked the proposed merger of Kroger and Albertsons on Tuesday, siding with the Federal Trade Commission.\n\nKroger said it was disappointed. It had agreed to pay $24.6 billion for Albertsons in 2022.",
    );
    let q =
        doc.quotes.iter().find(|q| q.cue.as_deref() == Some("agree")).unwrap_or_else(|| panic!("{:#?}", listed(&doc)));
    let named = q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.clone());
    assert!(!named.as_deref().is_some_and(|n| n.contains("Trade Commission")), "{named:?}");
}
