//! What an amount counts, read off the shipped parser's trees (the team's
//! own sentences): the object a verb of setting keeps, the noun an amount
//! sits inside, times and other amounts that are never objects, and words
//! glued to a number.

use dateline_amounts::AmountExtractor;
use dateline_core::{Article, Document, Pipeline, PubDate, Segmenter};

fn objects(text: &str) -> Vec<(String, Option<String>)> {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    let p = P.get_or_init(|| {
        Pipeline::new()
            .with(Segmenter)
            .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
            .with(AmountExtractor::new())
    });
    let mut doc = Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), text));
    let errors = p.run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc.amounts.iter().map(|a| (doc.slice(a.span).to_string(), a.object.map(|o| doc.slice(o).to_string()))).collect()
}

fn object_of(text: &str, amount: &str) -> Option<String> {
    let all = objects(text);
    all.iter().find(|(a, _)| a == amount).unwrap_or_else(|| panic!("no amount {amount:?} in {all:?}")).1.clone()
}

#[test]
fn a_verb_of_setting_measures_its_object() {
    let text = "LIMA, Nov 3 - Peru's central bank held its policy rate at 4.25% on Thursday.";
    assert_eq!(object_of(text, "4.25%").as_deref(), Some("its policy rate"));
}

#[test]
fn an_amount_inside_a_noun_phrase_counts_its_head() {
    let text = "Prices are still above the bank's 2% target.";
    assert_eq!(object_of(text, "2%").as_deref(), Some("target"));
}

#[test]
fn a_time_is_never_the_object() {
    let text = "Annual inflation eased to 3.9% in September from 4.6% a year earlier.";
    assert_ne!(object_of(text, "3.9%").as_deref(), Some("September"));
    assert_eq!(object_of(text, "3.9%").as_deref(), Some("Annual inflation"));
}

#[test]
fn a_change_and_a_level_are_two_amounts() {
    let text = "The rand weakened 1.2% to 18.40 per dollar after the vote.";
    let all = objects(text);
    let texts: Vec<&str> = all.iter().map(|(a, _)| a.as_str()).collect();
    assert!(texts.contains(&"1.2%"), "{all:?}");
    assert!(!texts.iter().any(|t| t.contains("to 18")), "{all:?}");
}

#[test]
fn a_word_glued_to_the_number_is_not_counted() {
    let text = "The airline ordered six 787-9 aircraft for its long routes.";
    let got = objects(text);
    assert!(got.iter().all(|(_, o)| o.as_deref().is_none_or(|o| !o.starts_with('-'))), "{got:?}");
}

#[test]
fn only_a_verb_that_sets_a_level_gives_its_object() {
    let text = "Tesla shares ended the session at $250.";
    assert_ne!(object_of(text, "$250").as_deref(), Some("session"));
    let text = "Organisers put the march at 50,000 people.";
    assert_ne!(object_of(text, "50,000").as_deref(), Some("Organisers"));
}

#[test]
fn a_time_or_cause_after_the_counted_noun_is_no_part_of_it() {
    let text = "Police said they detained 43 protesters after clashes near the palace.";
    assert_eq!(object_of(text, "43").as_deref(), Some("protesters"));
    let text = "Rescuers found 12 survivors during the night.";
    assert_eq!(object_of(text, "12").as_deref(), Some("survivors"));
}

#[test]
fn an_adjective_after_the_counted_noun_is_no_part_of_it() {
    let text = "The bill fell three votes short of a majority.";
    assert_eq!(object_of(text, "three").as_deref(), Some("votes"));
}

#[test]
fn a_number_of_its_own_starts_no_object() {
    let text = "Eleven of 27 economists polled had expected a hold.";
    assert_eq!(object_of(text, "Eleven").as_deref(), Some("economists"));
}

#[test]
fn fixed_postnominal_words_and_accounting_terms_stay_in_the_object() {
    let text = "Acme reported a $3 billion profit before tax for the year.";
    assert_eq!(object_of(text, "$3 billion").as_deref(), Some("profit before tax"));
}

#[test]
fn a_sum_given_or_taken_does_not_measure_the_giver() {
    // "fined X N", "paid N": the subject is who pays or fines, not what
    // the sum measures.
    let text = "The regulator on Tuesday fined the airline 12 million euros.";
    assert_eq!(object_of(text, "12 million euros"), None);
    let text = "The city paid $4 million to settle the lawsuit.";
    assert_ne!(object_of(text, "$4 million").as_deref(), Some("The city"));
    // A verb of change still measures its subject.
    let text = "Exports rose 12% in October.";
    assert_eq!(object_of(text, "12%").as_deref(), Some("Exports"));
}

#[test]
fn an_earthquake_magnitude_is_a_quantity_of_the_quake() {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    let p = P.get_or_init(|| {
        Pipeline::new()
            .with(Segmenter)
            .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
            .with(AmountExtractor::new())
    });
    for (text, amount) in [
        ("A magnitude 6.1 earthquake shook the coast on Monday.", "magnitude 6.1"),
        ("A 5.4-magnitude quake hit the region.", "5.4-magnitude"),
        ("The quake measured 7.2 on the Richter scale.", "7.2 on the Richter scale"),
    ] {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), text));
        assert!(p.run(&mut doc).is_empty());
        let a = doc.amounts.iter().find(|a| doc.slice(a.span) == amount);
        let a = a.unwrap_or_else(|| {
            panic!("{text}: {:?}", doc.amounts.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>())
        });
        assert_eq!(a.unit.as_deref(), Some("magnitude"), "{text}");
        assert_eq!(a.kind, dateline_core::AmountKind::Quantity, "{text}");
    }
}
