//! Sentence-level rules: what is an amount, with which value, unit,
//! modifier and object, and what is not (years, dates, times, durations,
//! phone, model and section numbers).

use dateline_amounts::AmountExtractor;
use dateline_core::AmountKind;

/// (span text, kind, value, value_max, unit, modifier, object text)
type Row = (String, AmountKind, Option<f64>, Option<f64>, Option<String>, Option<String>, Option<String>);

fn one(text: &str) -> Row {
    let found = AmountExtractor::new().extract_text(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let a = &found[0];
    (
        text[a.span.start..a.span.end].to_string(),
        a.kind,
        a.value,
        a.value_max,
        a.unit.clone(),
        a.modifier.clone(),
        a.object.map(|o| text[o.start..o.end].to_string()),
    )
}

fn none(text: &str) {
    let found = AmountExtractor::new().extract_text(text);
    assert!(
        found.is_empty(),
        "{text:?} has no amount, got {:?}",
        found.iter().map(|a| &text[a.span.start..a.span.end]).collect::<Vec<_>>()
    );
}

#[test]
fn money_forms() {
    let s = |x: &str| x.to_string();
    assert_eq!(
        one("It raised US$4.7 billion."),
        (s("US$4.7 billion"), AmountKind::Money, Some(4.7e9), None, Some(s("USD")), None, None)
    );
    assert_eq!(
        one("The fine was £5m."),
        (s("£5m"), AmountKind::Money, Some(5e6), None, Some(s("GBP")), None, Some(s("fine")))
    );
    assert_eq!(one("a bill of Rs 20 lakh").4, Some(s("INR")));
    assert_eq!(one("a bill of Rs 20 lakh").2, Some(2e6));
    assert_eq!(one("He paid 300 Hong Kong dollars.").4, Some(s("HKD")));
    assert_eq!(one("It cost A$12.").4, Some(s("AUD")));
    assert_eq!(one("They spent millions of dollars.").1, AmountKind::Money);
    let r = one("The plant will cost $5-6 billion.");
    assert_eq!((r.1, r.2, r.3), (AmountKind::Range, Some(5e9), Some(6e9)));
    let r = one("Costs run between 5 and 6 million euros.");
    assert_eq!((r.1, r.2, r.3, r.4), (AmountKind::Range, Some(5e6), Some(6e6), Some(s("EUR"))));
}

#[test]
fn a_change_is_not_a_range() {
    let found = AmountExtractor::new().extract_text("Revenue rose from 5 mln dlrs to 6 mln dlrs.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|a| a.kind == AmountKind::Money));
    let found = AmountExtractor::new().extract_text("Brent gained $1.40 to $78.20.");
    assert_eq!(found.len(), 2);
}

#[test]
fn percents_and_points() {
    let r = one("Inflation eased to 2.5 per cent.");
    assert_eq!((r.1, r.2, r.4.as_deref()), (AmountKind::Percent, Some(2.5), Some("%")));
    assert_eq!(one("Yields fell 12 basis points.").4.as_deref(), Some("bp"));
    assert_eq!(one("Support fell 3 percentage points.").4.as_deref(), Some("pp"));
    let r = one("He won more than 50% of the vote.");
    assert_eq!((r.5.as_deref(), r.6.as_deref()), (Some("more_than"), Some("vote")));
}

#[test]
fn counts_fractions_quantities() {
    let r = one("Officials said 2,000 troops had left.");
    assert_eq!((r.1, r.2, r.6.as_deref()), (AmountKind::Count, Some(2000.0), Some("troops")));
    let r = one("One in four voters stayed home.");
    assert_eq!((r.1, r.2, r.6.as_deref()), (AmountKind::Fraction, Some(0.25), Some("voters")));
    let r = one("Output reached 1.2 mln barrels per day.");
    assert_eq!((r.1, r.2, r.4.as_deref()), (AmountKind::Quantity, Some(1.2e6), Some("bbl/d")));
    let r = one("The farm covers 500 acres.");
    assert_eq!((r.4.as_deref(), r.2.map(|v| (v * 1e6).round() / 1e6)), (Some("km2"), Some(2.023428)));
    let r = one("The road runs 30 miles.");
    assert_eq!((r.4.as_deref(), r.2.map(|v| (v * 1e6).round() / 1e6)), (Some("km"), Some(48.28032)));
    let r = one("A plant of 600 MW opened.");
    assert_eq!(r.4.as_deref(), Some("MW"));
    let r = one("Tens of thousands of people marched.");
    assert_eq!((r.2, r.5.as_deref(), r.6.as_deref()), (Some(20000.0), Some("at_least"), Some("people")));
    let r = one("It was the third attempt.");
    assert_eq!((r.1, r.2, r.6.as_deref()), (AmountKind::Ordinal, Some(3.0), Some("attempt")));
}

#[test]
fn not_amounts() {
    none("The war began in 2022.");
    none("They met on June 14.");
    none("The meeting starts at 10:30 a.m.");
    none("Talks lasted three years.");
    none("A 45-year-old man was held.");
    none("The F-16 and the Su-35 flew.");
    none("He flew a Boeing 737.");
    none("NATO invoked Article 5.");
    none("Call 555-1234 now.");
    none("Call +44 20 7946 0958 now.");
    none("It happened in the first quarter.");
    none("First Boston Corp said so.");
    none("The 1980s were different.");
    none("The striker shone in the 2024-25 season.");
    none("Tax receipts fell in fiscal 1999-00.");
    none("Rates were cut on 9/11.");
    none("He toured Three Mile Island.");
    none("The Group of 20 met.");
}

#[test]
fn times_win_over_amounts() {
    use dateline_core::{Article, Document, Pipeline, PubDate, TimeExpr, TimexType};
    let text = "Exports rose 12 pct in 1987.";
    let mut doc = Document::new(Article::new(PubDate::parse("1987-03-01").unwrap(), text));
    Pipeline::segment_only().run(&mut doc);
    let start = text.find("12 pct").unwrap();
    doc.times.push(TimeExpr {
        span: dateline_core::Span::new(start, start + 2),
        kind: TimexType::Duration,
        value: "P12D".into(),
        modifier: None,
        anchor: None,
    });
    assert!(AmountExtractor::new().find(&doc).is_empty());
}

#[test]
fn a_time_on_the_rate_trims_the_quantity() {
    use dateline_core::{Article, Document, Pipeline, PubDate, Span, TimeExpr, TimexType};
    let text = "Output rose to 1.2 mln barrels per day.";
    let mut doc = Document::new(Article::new(PubDate::parse("1987-03-01").unwrap(), text));
    Pipeline::segment_only().run(&mut doc);
    let start = text.find("per day").unwrap();
    doc.times.push(TimeExpr {
        span: Span::new(start, start + 7),
        kind: TimexType::Set,
        value: "P1D".into(),
        modifier: None,
        anchor: None,
    });
    let found = AmountExtractor::new().find(&doc);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.start..found[0].span.end], "1.2 mln barrels");
    assert_eq!(found[0].unit.as_deref(), Some("bbl/d"));
}

#[test]
fn currencies_of_africa_and_asia() {
    let s = |x: &str| x.to_string();
    let r = one("The government released 20 million taka in cash aid.");
    assert_eq!((r.0.as_str(), r.1, r.2, r.4), ("20 million taka", AmountKind::Money, Some(2e7), Some(s("BDT"))));
    assert_eq!(r.6, Some(s("cash aid")));
    assert_eq!(one("Fuel rose to 180 Kenyan shillings a litre.").4, Some(s("KES")));
    assert_eq!(one("The loan is worth 9 billion Zambian kwacha.").4, Some(s("ZMW")));
    assert_eq!(one("Bread now costs 12 cedis.").4, Some(s("GHS")));
    assert_eq!(one("Teachers earn 6,000 birr a month.").4, Some(s("ETB")));
    assert_eq!(one("The fee is 50,000 dong.").4, Some(s("VND")));
    assert_eq!(one("Savers lost 3 million Romanian lei.").4, Some(s("RON")));
}

#[test]
fn a_market_session_is_no_object_without_a_parse() {
    let r = one("The stock fell $1.20 in heavy trading.");
    assert_ne!(r.6.as_deref(), Some("heavy trading"));
    let r = one("Exporters earned $2 million in trade fees.");
    assert_eq!(r.6.as_deref(), Some("trade fees"));
}

#[test]
fn an_age_after_a_name_is_no_count() {
    none("\"We lost everything,\" said Marta Ribeiro, 57, who slept in a school.");
    none("Carlos Mendes, 9, was rescued on Monday.");
    // A count after a comma stays one.
    assert_eq!(one("The storm destroyed homes, 40 of them in the capital.").1, AmountKind::Count);
}

/// (span text, kind, unit) of every amount of `text`.
fn amounts(text: &str) -> Vec<(String, &'static str, Option<String>)> {
    AmountExtractor::new()
        .extract_text(text)
        .into_iter()
        .map(|a| (text[a.span.start..a.span.end].to_string(), a.kind.as_str(), a.unit))
        .collect()
}

#[test]
fn currency_words_of_exchange_markets_and_exchange_rates_are_money() {
    // "marks" had been a count's object ("1.8620" a bare number) and the
    // rate "16.20 to the dollar" a count.
    let got = amounts("The dollar closed at 153.70 yen and 1.8620 marks in late trading.");
    assert!(got.iter().any(|a| a.0 == "1.8620 marks" && a.1 == "money" && a.2.as_deref() == Some("DEM")), "{got:?}");
    let got = amounts("The Kenya shilling was set at 16.20 to the dollar on Monday.");
    assert!(got.iter().any(|a| a.0 == "16.20" && a.1 == "money" && a.2.as_deref() == Some("KES")), "{got:?}");
    let got = amounts("The Saudi riyal is pegged at 3.75 per U.S. dollar.");
    assert!(got.iter().any(|a| a.0 == "3.75" && a.2.as_deref() == Some("SAR")), "{got:?}");
    // Marks with no currency market near them stay marks; a rate with no
    // currency before it stays a number.
    let got = amounts("The Saudi riyal is pegged to the dollar. She scored 12 marks out of 20.");
    assert!(got.iter().any(|a| a.0 == "12" && a.1 == "count"), "{got:?}");
    let got = amounts("Oil rose 2.5 to the highest level since June.");
    assert!(got.iter().all(|a| a.1 != "money"), "{got:?}");
}
