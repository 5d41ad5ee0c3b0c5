//! Property tests: no input panics, every quote span (content, speaker,
//! cue) is inside the text on character boundaries, and speakers point at
//! existing entities.

mod common;

use dateline_core::{Article, Document, PubDate};
use dateline_testkit::check_invariants;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(" said ".to_string()),
        Just(" he said".to_string()),
        Just("she told reporters on Monday".to_string()),
        Just("according to ".to_string()),
        Just("Rubio".to_string()),
        Just("Marco Rubio".to_string()),
        Just(" the minister ".to_string()),
        Just(" that ".to_string()),
        Just("We have to".to_string()),
        Just(" who ".to_string()),
        Just("Poll: ".to_string()),
        Just("—".to_string()),
        "[a-zA-Z]{1,8}",
        " [A-Z][a-z]{1,8}",
        "\\PC{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn check(doc: &Document) {
    let bad = check_invariants(doc);
    assert!(bad.is_empty(), "{bad:?}");
    let t = doc.text();
    for q in &doc.quotes {
        for s in [Some(q.span), q.speaker_span, q.cue_span].into_iter().flatten() {
            assert!(s.start <= s.end && s.end <= t.len(), "{s:?} out of bounds");
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end), "{s:?} not on char boundaries");
        }
        assert!(!q.span.is_empty(), "empty quote span");
        if let Some(id) = q.speaker {
            assert!(doc.entity(id).is_some(), "speaker {id} is no entity");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics_and_spans_hold(t in text()) {
        let Some(date) = PubDate::parse("2025-03-11") else { return Ok(()) };
        let doc = common::annotate(Article::new(date, t));
        check(&doc);
    }

    #[test]
    fn quote_marks_alone_never_panic(t in "[\"“”‘’'«» a-z\n,.:]{0,60}") {
        let spans = dateline_quotes::marks::scan(&t);
        for r in spans {
            prop_assert!(t.get(r.inner.range()).is_some());
            prop_assert!(t.get(r.outer().range()).is_some());
        }
    }
}

#[test]
fn tricky_fixed_inputs() {
    let date = PubDate::parse("2025-03-11").expect("date");
    for t in [
        "",
        "\"",
        "“",
        "”",
        "“”",
        "“ ”",
        "\"\n\n\"",
        "He said “",
        "“We,” he said, “",
        "‘x’ said ‘",
        "according to",
        "according to X,",
        "Poll:",
        ": “a”",
        "“A.\n\n“B.\n\n“C,” she said.",
    ] {
        let doc = common::annotate(Article::new(date, t));
        check(&doc);
    }
}
