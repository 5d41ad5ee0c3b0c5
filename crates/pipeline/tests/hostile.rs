//! Hostile text through every layer: each document comes out with valid
//! annotations (spans in bounds, on character boundaries, sorted) and in
//! bounded time, however the text is built.

use dateline_core::{Article, Document, Pipeline, PubDate};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| dateline_pipeline::default_pipeline().expect("models load"))
}

/// Runs the whole pipeline and checks the invariants; returns the document.
fn run(name: &str, text: &str, budget: Duration) -> Document {
    let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), text));
    let start = Instant::now();
    let errors = pipeline().run(&mut doc);
    let took = start.elapsed();
    let problems = dateline_testkit::check_invariants(&doc);
    assert!(problems.is_empty(), "{name}: {problems:?}");
    assert!(took < budget, "{name}: {} bytes took {took:?} (budget {budget:?}): superlinear?", text.len());
    let _ = errors;
    doc
}

#[test]
fn ten_thousand_unbalanced_quote_marks() {
    let budget = Duration::from_secs(30);
    for mark in ["\"", "\u{201c}", "\u{201d}", "'", "\u{ab}", "\u{2018}"] {
        let text = format!("The minister said {} and left.", mark.repeat(10_000));
        run(&format!("{mark} x 10000"), &text, budget);
        // Alternating with words, so each mark could open a quote.
        let words: String = (0..10_000).map(|i| format!("{mark}word{i} ")).collect();
        run(&format!("{mark}word x 10000"), &words, budget);
    }
    // Many short balanced quotes in one paragraph.
    let many: String = (0..5_000).map(|i| format!("\"Quote {i},\" he said. ")).collect();
    run("5000 balanced quotes", &many, budget);
}

#[test]
fn unicode_edge_cases() {
    let budget = Duration::from_secs(30);
    let cases = [
        ("rtl", "\u{5d4}\u{5e9}\u{5e8} met \u{627}\u{644}\u{633}\u{644}\u{627}\u{645} in \u{202b}Jerusalem\u{202c} on Monday, said \u{5d4}\u{5e9}\u{5e8}."),
        ("combining", "Pre\u{301}sident Macro\u{301}n said e\u{301}\u{301}\u{301}\u{301}\u{301} \"o\u{336}\u{336}k\" on 11\u{301} March 2025."),
        ("emoji", "\u{1F1FA}\u{1F1F8} and \u{1F1FA}\u{1F1E6} officials \u{1F91D} met in Jeddah \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} for $5\u{FE0F}\u{20E3} billion."),
        ("nul", "Rubio\u{0} said\u{0} \"we\u{0} agree\" on\u{0}Monday\u{0}."),
        ("controls", "\u{1}\u{2}\u{7}\u{1b}[31mRed\u{1b}[0m said Putin \u{feff}\u{200b}\u{2028}\u{2029} on Tuesday."),
        ("only-punct", &"?!.,;:\"'()[]{}-\u{2014}".repeat(2000)),
        ("digits", &"1234567890".repeat(10_000)),
        ("one-word", &"Zelenskiy".repeat(20_000)),
        ("spaces", &" \n\t ".repeat(50_000)),
        ("surrogate-like", "\u{FFFD}\u{FFFD} replacement chars \u{10FFFF} and \u{E000} private use"),
    ];
    for (name, text) in cases {
        run(name, text, budget);
    }
}

#[test]
fn long_sentences_and_deep_numbers() {
    let budget = Duration::from_secs(60);
    // One 200,000-byte sentence with no full stop.
    let long: String = (0..20_000).map(|i| if i % 7 == 0 { "Moscow " } else { "and " }).collect();
    run("one long sentence", &long, budget);
    // Numbers and dates that overflow any integer type.
    let big = format!(
        "The fund holds ${} billion, up {}%, on March {}, {}.",
        "9".repeat(400),
        "9".repeat(300),
        "9".repeat(50),
        "9".repeat(40)
    );
    run("huge numbers", &big, budget);
    let years: String = (0..2000).map(|i| format!("in {} ", 1000 + i)).collect();
    run("many years", &years, budget);
}

#[test]
fn a_two_megabyte_article_of_ordinary_news() {
    // 20,000 ordinary sentences in one article: places, dates, speech and
    // events in every clause. Each layer must stay near-linear in the
    // article's length (the event context once scanned every token per
    // clause: about 100 s for this text, 9 s after).
    let sentences = [
        "The minister said on Monday that talks in Geneva would resume, and officials added that they hoped for a deal.",
        "Farmers, who had opposed the plan, were joined by unions at a protest in Paris that police said drew 2,000 people.",
        "Rebels attacked a convoy near Kabul on Tuesday, the army said.",
        "\"We will not give up,\" the mayor told reporters in Lagos.",
    ];
    let text: String = (0..20_000).map(|i| sentences[i % sentences.len()]).collect::<Vec<_>>().join(" ");
    let doc = run("20,000 news sentences", &text, Duration::from_secs(50));
    assert!(doc.events.len() > 5_000, "only {} events", doc.events.len());
}
