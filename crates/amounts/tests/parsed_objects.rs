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
    let text = "Indonesian police arrested 41 people on Tuesday after protests turned violent.";
    assert_eq!(object_of(text, "41").as_deref(), Some("people"));
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

#[test]
fn an_amount_of_a_noun_measures_that_noun() {
    let text = "Talks with management stalled over a pay offer of 4 percent a year.";
    assert_eq!(object_of(text, "4 percent").as_deref(), Some("pay offer"));
    let text = "The country ran a deficit of $5 billion last year.";
    assert_eq!(object_of(text, "$5 billion").as_deref(), Some("deficit"));
    let text = "The court imposed a fine of 1 million euros on the firm.";
    assert_eq!(object_of(text, "1 million euros").as_deref(), Some("fine"));
    // Not when the amount has its own noun.
    let text = "The company will announce the sale of 18 to 20 jets to two airlines.";
    assert_eq!(object_of(text, "18 to 20").as_deref(), Some("jets"));
    let text = "The notes convert at a rate of 19.25 dollars worth of notes for each share.";
    assert_eq!(object_of(text, "19.25 dollars").as_deref(), Some("notes"));
    // A change measures what changed, not the change.
    let text = "Exports showed a rise of 5% in May.";
    assert_eq!(object_of(text, "5%").as_deref(), Some("Exports"));
}

#[test]
fn a_market_session_is_never_the_object() {
    let text = "Shares in the company rose 1.2 percent in early trading.";
    assert_eq!(object_of(text, "1.2 percent").as_deref(), Some("Shares in the company"));
    let text = "Shares in the bank fell 3 percent in the session.";
    assert_eq!(object_of(text, "3 percent").as_deref(), Some("Shares in the bank"));
}

#[test]
fn a_sum_borrowed_bought_or_wanted_does_not_measure_the_subject() {
    let text = "The authority will borrow about $900 million through municipal bonds.";
    assert_eq!(object_of(text, "about $900 million"), None);
    let text = "The union wants 7 percent.";
    assert_eq!(object_of(text, "7 percent"), None);
    let text = "A group of retired teachers bought it for a symbolic one euro.";
    assert_ne!(object_of(text, "one euro").as_deref(), Some("group of retired teachers"));
    // A level set by a verb of setting, and what is sold, keep their object.
    let text = "Prices were raised by 5%.";
    assert_eq!(object_of(text, "5%").as_deref(), Some("Prices"));
    let text = "The house sold for $2 million.";
    assert_eq!(object_of(text, "$2 million").as_deref(), Some("house"));
}

#[test]
fn a_clause_after_where_something_was_said_does_not_modify_it() {
    let text = "Nordline said in a statement it would commit $250 million over five years.";
    assert_ne!(object_of(text, "$250 million").as_deref(), Some("statement"));
    let text = "Nordline said in a statement it grew 12 percent last year.";
    assert_ne!(object_of(text, "12 percent").as_deref(), Some("statement"));
}

#[test]
fn a_person_is_never_what_an_amount_measures() {
    let text = "Tomas Varga, who farms 400 hectares near the town, said the harvest was poor.";
    assert_ne!(object_of(text, "400 hectares").as_deref(), Some("Tomas Varga"));
    // With the entity layer's people known, a person subject gives no object.
    let text = "Ana Ribeiro earns 9,000 dollars a month.";
    assert_eq!(object_of(text, "9,000 dollars").as_deref(), Some("Ana Ribeiro"));
    let p = Pipeline::new().with(Segmenter).with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"));
    let mut doc = Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), text));
    assert!(p.run(&mut doc).is_empty());
    doc.entities.push(dateline_core::Entity {
        id: 0,
        kind: dateline_core::EntityKind::Person,
        name: "Ana Ribeiro".into(),
        country: None,
        roles: Vec::new(),
        code: None,
        mentions: vec![dateline_core::Mention {
            span: dateline_core::Span::new(0, 11),
            kind: dateline_core::MentionKind::Name,
        }],
    });
    let found = AmountExtractor::new().find(&doc);
    let a = found.iter().find(|a| doc.slice(a.span) == "9,000 dollars").expect("amount");
    assert_eq!(a.object, None);
}

#[test]
fn another_amount_is_never_the_object() {
    let text = "The bank sold 2 billion euros of 3.5 percent bonds.";
    assert_eq!(object_of(text, "2 billion euros").as_deref(), Some("bonds"));
}

#[test]
fn an_object_never_runs_across_a_comma() {
    let text = "The plant is working at about a third of their usual level, with priority given to hospitals.";
    assert_eq!(object_of(text, "about a third").as_deref(), Some("their usual level"));
}

#[test]
fn a_conversion_in_brackets_measures_what_the_first_amount_does() {
    let text = "The budget sets aside at least 200 billion shillings ($1.55 billion) for roads, the government said.";
    let first = object_of(text, "at least 200 billion shillings");
    assert_eq!(first.as_deref(), Some("roads"));
    assert_eq!(object_of(text, "$1.55 billion"), first);
}

#[test]
fn a_currency_joined_by_a_hyphen_makes_money() {
    let p = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(AmountExtractor::new());
    for (text, amount, value, unit, object) in [
        ("The town won a 380,000-euro grant to repair the bridge.", "380,000-euro", 380_000.0, "EUR", "grant"),
        ("The firm took out a $5-million loan.", "$5-million", 5e6, "USD", "loan"),
    ] {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), text));
        assert!(p.run(&mut doc).is_empty());
        let a = doc.amounts.iter().find(|a| doc.slice(a.span) == amount);
        let a = a.unwrap_or_else(|| {
            panic!("{text}: {:?}", doc.amounts.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>())
        });
        assert_eq!((a.kind, a.value, a.unit.as_deref()), (dateline_core::AmountKind::Money, Some(value), Some(unit)));
        assert_eq!(a.object.map(|o| doc.slice(o)), Some(object), "{text}");
    }
}

#[test]
fn a_fraction_of_a_percentage_point_is_a_percent() {
    let p = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(AmountExtractor::new());
    for (text, amount, value, object) in [
        (
            "The central bank raised its key interest rate by a quarter of a percentage point on Thursday.",
            "a quarter of a percentage point",
            0.25,
            "its key interest rate",
        ),
        (
            "The bank cut its main rate by three quarters of a percentage point.",
            "three quarters of a percentage point",
            0.75,
            "its main rate",
        ),
        ("The bank cut rates by half a percentage point.", "half a percentage point", 0.5, "rates"),
    ] {
        let mut doc = Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), text));
        assert!(p.run(&mut doc).is_empty());
        let a = doc.amounts.iter().find(|a| doc.slice(a.span) == amount);
        let a = a.unwrap_or_else(|| {
            panic!("{text}: {:?}", doc.amounts.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>())
        });
        assert_eq!((a.kind, a.value, a.unit.as_deref()), (dateline_core::AmountKind::Percent, Some(value), Some("pp")));
        assert_eq!(a.object.map(|o| doc.slice(o)), Some(object), "{text}");
    }
}

#[test]
fn a_level_reached_measures_what_reached_it() {
    assert_ne!(
        object_of("The dollar touched a low of 151.20 yen in early trading.", "151.20 yen").as_deref(),
        Some("low")
    );
    assert_ne!(object_of("Workers want a raise of 5 percent.", "5 percent").as_deref(), Some("raise"));
}

#[test]
fn a_pound_joined_to_a_noun_is_a_weight() {
    let all = objects("The jet dropped a 2,000-pound bomb on the depot.");
    let bomb = all.iter().find(|(a, _)| a == "2,000-pound").unwrap_or_else(|| panic!("{all:?}"));
    assert!(bomb.1.as_deref().is_some_and(|o| o.starts_with("bomb")), "{all:?}");
    let mut doc =
        Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), "The jet dropped a 2,000-pound bomb."));
    Pipeline::segment_only().run(&mut doc);
    let a = AmountExtractor::new().find(&doc);
    assert_eq!(a[0].kind, dateline_core::AmountKind::Quantity, "{a:?}");
    assert_eq!(a[0].unit.as_deref(), Some("t"));
}

#[test]
fn a_magnitude_needs_an_article_or_a_quake() {
    let mut doc = Document::new(Article::new(
        PubDate::parse("2025-11-03").expect("date"),
        "A disaster of this magnitude 10 years ago would have killed thousands.",
    ));
    Pipeline::segment_only().run(&mut doc);
    let a = AmountExtractor::new().find(&doc);
    assert!(a.iter().all(|x| x.unit.as_deref() != Some("magnitude")), "{a:?}");
    let mut doc =
        Document::new(Article::new(PubDate::parse("2025-11-03").expect("date"), "A strong magnitude 6.1 quake hit."));
    Pipeline::segment_only().run(&mut doc);
    let a = AmountExtractor::new().find(&doc);
    assert!(a.iter().any(|x| x.unit.as_deref() == Some("magnitude")), "{a:?}");
}

#[test]
fn a_place_after_in_is_where_not_what() {
    let text = "Steelmakers' shares rose 3.2% in Toronto after the announcement.";
    let got = object_of(text, "3.2%");
    assert!(got.as_deref().is_some_and(|o| o.ends_with("shares")), "{got:?}");
    let text = "The fund put $40 million in Nairobi startups last year.";
    assert_ne!(object_of(text, "$40 million").as_deref(), Some("Nairobi"));
}

#[test]
fn the_speaker_of_a_statement_is_never_measured() {
    let text = "The opposition coalition took around 31%, the electoral authority said.";
    assert_ne!(object_of(text, "around 31%").as_deref(), Some("electoral authority"));
    let text = "The rand firmed 2% against the dollar and local bonds rose as much as 40 cents, traders said.";
    assert_ne!(object_of(text, "as much as 40 cents").as_deref(), Some("traders"));
}

#[test]
fn a_level_after_a_change_measures_the_object_set() {
    let text = "LIMA, Nov 3 - Peru's central bank lowered its policy rate by 25 basis points to 3.75% on Thursday.";
    assert_eq!(object_of(text, "3.75%").as_deref(), Some("its policy rate"));
    assert_eq!(object_of(text, "25 basis points").as_deref(), Some("its policy rate"));
}

#[test]
fn a_sum_after_worth_is_the_value_of_the_noun() {
    let text = "Seoul will give Hanoi three coast guard cutters worth 15 billion yen under the deal.";
    assert_eq!(object_of(text, "15 billion yen").as_deref(), Some("coast guard cutters"));
    // Read as an unmarked oblique of "worth", in a list after "with".
    let text = "Seoul said it would supply Hanoi with four new coast guard cutters worth 15 billion yen under a \
                loan agreement signed in 2023.";
    assert!(object_of(text, "15 billion yen").is_some_and(|o| o.ends_with("coast guard cutters")));
}
