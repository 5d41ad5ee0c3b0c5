//! Property tests: no input makes the events layer panic, and every span it
//! writes lies inside the text (dateline_testkit::check_invariants).
use dateline_core::{Article, Document, Extractor, Pipeline, PubDate, Segmenter};
use dateline_events::EventExtractor;
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::new()
            .with(Segmenter)
            .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
            .with(dateline_entities::EntityExtractor::load().expect("entity model"))
            .with(dateline_time::TimeExtractor::new())
    })
}

const WORDS: &[&str] = &[
    "Russia",
    "Ukraine",
    "U.S.",
    "officials",
    "troops",
    "met",
    "invaded",
    "was",
    "by",
    "and",
    "not",
    "will",
    "could",
    "sign",
    "agreement",
    "with",
    "in",
    "Kyiv",
    "on",
    "Monday",
    "which",
    "who",
    "it",
    "talks",
    "invasion",
    "of",
    "'s",
    "stopped",
    "military",
    "aid",
    "to",
    "plans",
    "visit",
    "said",
    ",",
    ".",
    "rebels",
    "police",
    "“",
    "”",
    "2014",
    "imposed",
    "sanctions",
    "Ä",
    "💥",
    "\n\n",
    "the",
    "that",
    "did",
    "n't",
    "attack",
];

fn check(text: &str) {
    let date = PubDate::parse("2025-03-11").expect("date");
    let mut doc = Document::new(Article::new(date, text));
    let _ = pipeline().run(&mut doc);
    let _ = EventExtractor::new().extract(&mut doc);
    let bad = dateline_testkit::check_invariants(&doc);
    assert!(bad.is_empty(), "{bad:?} on {text:?}");
    for e in &doc.events {
        assert!(e.span.end <= text.len() && e.trigger.end <= text.len());
        assert!((1..=20).contains(&e.root) || e.root > 20, "root {}", e.root);
        assert!((1..=4).contains(&e.quad));
        assert!(e.source.is_some() || e.target.is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_safe(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn news_like_word_salad_is_safe(words in proptest::collection::vec(0..WORDS.len(), 0..60)) {
        let text = words.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        check(&text);
    }
}

#[test]
fn without_syntax_reports_the_missing_layer() {
    let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").expect("date"), "Russia invaded Ukraine."));
    let _ = Segmenter.extract(&mut doc);
    assert!(EventExtractor::new().extract(&mut doc).is_err());
    assert!(doc.events.is_empty());
    let mut empty = Document::new(Article::new(PubDate::parse("2025-03-11").expect("date"), ""));
    assert!(EventExtractor::new().extract(&mut empty).is_ok());
}

#[test]
fn petrarch_mode_is_safe_on_odd_text() {
    let dicts = dateline_events::petrarch::Dictionaries {
        actors: dateline_events::petrarch::ActorDict::parse("GONDOR [GON]\nARNOR_ [ARN]\n"),
        agents: dateline_events::petrarch::AgentDict::parse("POLICE {} [~COP]\n"),
        verbs: dateline_events::petrarch::VerbDict::parse(
            "--- MEET [040] ---\nMEET {MET}\n- * $ WITH + [042]\n- % _ * [043]\n",
        ),
        discards: dateline_events::petrarch::Discards::parse("+GOLF\nMONTHS LATER\n"),
    };
    let coder = EventExtractor::with_dictionaries(dicts);
    for text in
        ["Gondor police met Arnor.", "met met met", "Arnor", "", "with + $ %", "Gondor met with Arnor on Monday."]
    {
        let mut doc = Document::new(Article::new(PubDate::parse("1995-01-01").expect("date"), text));
        let _ = pipeline().run(&mut doc);
        coder.extract(&mut doc).expect("extracts");
        assert!(dateline_testkit::check_invariants(&doc).is_empty());
    }
}
