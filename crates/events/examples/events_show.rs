//! Prints the events (and the clause view) of a plain-text article or of a
//! sentence given on the command line.
//!
//! ```sh
//! cargo run --release -p dateline-events --example events_show -- FILE|"sentence" [--clauses] [--tokens] [--entities] [--times]
//! ```
use dateline_core::{Article, Document, Extractor, Pipeline, PubDate, Segmenter};
use dateline_events::EventExtractor;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "Russia invaded Ukraine in 2022.".into());
    let clauses = std::env::args().any(|a| a == "--clauses");
    let article = match std::fs::read_to_string(&arg) {
        Ok(text) => dateline_readers_free_parse(&text),
        Err(_) => Article::new(PubDate::parse("2025-03-11").expect("date"), &arg),
    };
    let pipeline = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new());
    let mut doc = Document::new(article);
    let _ = pipeline.run(&mut doc);
    let coder = if std::env::args().any(|a| a == "--petr") {
        let stem = dateline_testkit::shared_dir().join("eval/events-petrarch/PETR.Validate");
        EventExtractor::with_dictionaries(dateline_events::petrarch::Dictionaries::load(&stem).expect("dictionaries"))
    } else {
        EventExtractor::new()
    };
    let _ = coder.extract(&mut doc);
    if std::env::args().any(|a| a == "--tokens") {
        for (i, t) in doc.tokens.iter().enumerate() {
            println!(
                "  {i:>3} {:<16} {:<6} {:<5} {:<12} head {:?}",
                doc.slice(t.span),
                format!("{:?}", t.upos),
                t.xpos.as_deref().unwrap_or("-"),
                t.deprel.as_deref().unwrap_or("-"),
                t.head
            );
        }
    }
    if std::env::args().any(|a| a == "--entities") {
        for e in &doc.entities {
            println!(
                "  entity {:?} {:?} country {:?} code {:?} roles {:?}",
                e.kind, e.name, e.country, e.code, e.roles
            );
        }
    }
    if std::env::args().any(|a| a == "--times") {
        for t in &doc.times {
            println!("  time {:?} {:?} {} {:?} {:?}", doc.slice(t.span), t.kind, t.value, t.modifier, t.anchor);
        }
    }
    if clauses {
        for c in dateline_syntax::clauses(&doc) {
            let w = |i: usize| doc.slice(doc.tokens[i].span).to_string();
            println!(
                "  [{} {}] subj {:?} obj {:?} agents {:?} obl {:?} gov {:?} mod {:?} neg {}",
                c.lemma,
                doc.tokens[c.predicate].xpos.as_deref().unwrap_or("-"),
                c.subjects.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>(),
                c.objects.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>(),
                c.agents.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>(),
                c.obliques.iter().map(|o| doc.slice(o.span)).collect::<Vec<_>>(),
                c.governor.as_ref().map(|g| (w(g.0), g.1.clone())),
                c.modality,
                c.negated()
            );
        }
    }
    for e in &doc.events {
        println!(
            "{:<28} {:<5} {:>5} {:<10} -> {:<10} date {:<10} loc {:<14} {:?} | {}",
            doc.slice(e.trigger),
            e.code,
            e.goldstein,
            e.source.as_deref().unwrap_or("-"),
            e.target.as_deref().unwrap_or("-"),
            e.date.as_deref().unwrap_or("-"),
            e.location.as_deref().unwrap_or("-"),
            e.mode,
            doc.slice(e.span).chars().take(70).collect::<String>()
        );
    }
}

/// Reads dateline's plain format minimally: `date YYYY-MM-DD` then the text.
fn dateline_readers_free_parse(text: &str) -> Article {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix("date ") {
        let (d, body) = rest.split_at(rest.find(char::is_whitespace).unwrap_or(rest.len()));
        if let Some(date) = PubDate::parse(d) {
            return Article::new(date, body.trim_start());
        }
    }
    Article::new(PubDate::parse("2025-03-11").expect("date"), text)
}
