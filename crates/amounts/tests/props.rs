//! Property tests: no input panics, spans stay on character boundaries,
//! amounts are sorted and never overlap each other or `doc.times`.

use dateline_amounts::{parse_duration, parse_number, parse_ordinal, AmountExtractor};
use dateline_core::{AmountKind, Article, Document, Pipeline, PubDate, Span, TimeExpr, TimexType};
use dateline_testkit::check_invariants;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("$".to_string()),
        Just("US$".to_string()),
        Just("€".to_string()),
        Just("£".to_string()),
        Just("¥".to_string()),
        Just("Rs.".to_string()),
        Just("%".to_string()),
        Just(" pct".to_string()),
        Just(" mln".to_string()),
        Just(" billion".to_string()),
        Just(" dlrs".to_string()),
        Just(" Canadian".to_string()),
        Just(" tonnes of".to_string()),
        Just(" barrels per day".to_string()),
        Just("a fifth of".to_string()),
        Just("two-thirds".to_string()),
        Just(" one in four".to_string()),
        Just("hundreds of".to_string()),
        Just(" between".to_string()),
        Just(" and ".to_string()),
        Just("-".to_string()),
        Just("—".to_string()),
        Just("/".to_string()),
        Just(" to ".to_string()),
        Just("about ".to_string()),
        Just("more than ".to_string()),
        Just(" twenty-five".to_string()),
        Just(" hundred".to_string()),
        Just(" point".to_string()),
        Just(" 3rd".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’s".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        "[0-9]{1,4}",
        "[0-9]{1,3},[0-9]{3}",
        "[0-9]{1,2}\\.[0-9]{1,2}",
        "[a-zA-Z]{1,8}",
        "\\PC{1,3}",
        " ",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_keeps_invariants(s in text()) {
        let date = PubDate::parse("2025-03-11").unwrap();
        let mut doc = Document::new(Article::new(date, s.clone()));
        let errors = Pipeline::segment_only().with(AmountExtractor::new()).run(&mut doc);
        prop_assert!(errors.is_empty());
        let bad = check_invariants(&doc);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        for w in doc.amounts.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start, "overlapping amounts");
        }
        for a in &doc.amounts {
            prop_assert!(!a.span.is_empty());
            prop_assert!(a.value.is_some_and(f64::is_finite));
            if a.kind == AmountKind::Range {
                prop_assert!(a.value_max.is_some());
            }
        }
        // and with every token claimed by the time layer, nothing is left
        let mut doc2 = Document::new(Article::new(date, s.clone()));
        Pipeline::segment_only().run(&mut doc2);
        doc2.times = doc2.tokens.iter().map(|t| TimeExpr { span: t.span, kind: TimexType::Date, value: "XXXX".into(), modifier: None, anchor: None }).collect();
        let found = AmountExtractor::new().find(&doc2);
        prop_assert!(found.is_empty(), "amount overlapping a time: {:?}", found);
        // whole-string parsers
        let _ = parse_number(&s);
        let _ = parse_ordinal(&s);
        let _ = parse_duration(&s);
        let _ = AmountExtractor::new().parse(&s);
        let _ = AmountExtractor::new().extract_text(&s);
    }

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC{0,60}") {
        let amounts = AmountExtractor::new().extract_text(&s);
        for a in amounts {
            prop_assert!(s.is_char_boundary(a.span.start) && s.is_char_boundary(a.span.end));
            if let Some(o) = a.object {
                prop_assert!(o.get(&s).is_some());
            }
        }
        let _ = parse_number(&s);
        let _ = AmountExtractor::new().parse(&s);
    }
}

#[test]
fn span_type_is_byte_offsets() {
    let s = "Le prix: €20 et “12%”.";
    let a = AmountExtractor::new().extract_text(s);
    let texts: Vec<&str> = a.iter().map(|a| Span::slice(&a.span, s)).collect();
    assert_eq!(texts, ["€20", "12%"]);
}
