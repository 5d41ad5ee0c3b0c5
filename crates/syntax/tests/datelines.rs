//! Wire datelines are parsed apart from the sentence they head (the team's
//! own sentences): the place is no subject, and the dateline hangs on the
//! sentence's root.
mod common;

use common::{parse, subjects_of, tok};
use dateline_core::{Article, PubDate};
use dateline_syntax::dateline_prefix;

#[test]
fn the_dateline_place_is_no_subject() {
    let text = "QUITO, June 3 (Reuters) - The Andean Development Bank cut its forecast for Ecuador on Tuesday.";
    let doc = parse(Article::new(PubDate::parse("2001-06-04").expect("date"), text));
    assert_eq!(subjects_of(&doc, "cut"), vec!["The Andean Development Bank".to_string()]);
    let quito = tok(&doc, "QUITO");
    let cut = tok(&doc, "cut");
    assert_eq!(doc.tokens[quito].head, Some(cut as u32));
    assert_eq!(doc.tokens[quito].deprel.as_deref(), Some("dep"));
    // One root in the sentence.
    assert_eq!(doc.tokens.iter().filter(|t| t.head.is_none()).count(), 1);
}

#[test]
fn only_a_dateline_is_split_off() {
    let words = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
    assert_eq!(dateline_prefix(&words("LIMA , Nov 3 - Peru 's bank held its rate .")), Some(4));
    assert_eq!(dateline_prefix(&words("LONDON , March 10 ( Reuters ) - Oil rose .")), Some(7));
    assert_eq!(dateline_prefix(&words("PORTLAND , Maine , Feb. 2 - Snow fell .")), Some(6));
    // No date or agency before the dash, a lower-case opening, nothing after.
    assert_eq!(dateline_prefix(&words("WASHINGTON , the capital - is quiet .")), None);
    assert_eq!(dateline_prefix(&words("Lima , Nov 3 - Peru 's bank held its rate .")), None);
    assert_eq!(dateline_prefix(&words("LIMA , Nov 3 -")), None);
    // A clause set off by dashes after an acronym is no dateline.
    assert_eq!(dateline_prefix(&words("NATO , which last met on May 6 - its first summit - agreed .")), None);
    assert_eq!(dateline_prefix(&words("NEW YORK , June 2 , 2025 - Stocks fell .")), Some(7));
    // No comma: the place, the agency, the dash (old AP copy: "_").
    assert_eq!(dateline_prefix(&words("BRUSSELS ( Reuters ) - The EU fined BYD .")), Some(4));
    assert_eq!(dateline_prefix(&words("SAN JUAN ( AP ) _ Rain fell .")), Some(5));
    assert_eq!(dateline_prefix(&words("NATO ( the alliance ) - met .")), None);
    assert_eq!(dateline_prefix(&words("The EU ( Reuters ) - met .")), None);
    assert_eq!(dateline_prefix(&words("BRUSSELS ( Reuters ) -")), None);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]
    /// Any words, dateline-like ones over-represented: no panic, and a
    /// found dateline ends at a dash with words after it.
    #[test]
    fn any_words_give_a_dash_or_nothing(words in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::prelude::Just("LIMA"), proptest::prelude::Just("NEW"), proptest::prelude::Just(","),
            proptest::prelude::Just("May"), proptest::prelude::Just("3"), proptest::prelude::Just("2025"),
            proptest::prelude::Just("("), proptest::prelude::Just(")"), proptest::prelude::Just("Reuters"),
            proptest::prelude::Just("-"), proptest::prelude::Just("\u{2014}"), proptest::prelude::Just("the"),
            proptest::prelude::Just(""), proptest::prelude::Just("É"),
        ],
        0..30,
    )) {
        if let Some(d) = dateline_prefix(&words) {
            let dash = matches!(words[d], "-" | "--" | "_" | "\u{2013}" | "\u{2014}");
            proptest::prop_assert!(dash, "{:?} at {}", words, d);
            proptest::prop_assert!(d + 1 < words.len());
        }
    }
}
