//! Prints the entities of the seed article (or of a text file given as argument):
//! `cargo run -p dateline-entities --example entities_show [-- FILE]`.
use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_entities::EntityExtractor;

fn main() {
    let article = match std::env::args().nth(1) {
        Some(p) => {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            Article::new(PubDate::parse("2025-01-01").expect("valid date"), text)
        }
        None => dateline_testkit::seed_article(),
    };
    let ex = match EntityExtractor::load() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::new(article);
    let errors = Pipeline::segment_only().with(ex).run(&mut doc);
    for e in errors {
        eprintln!("error: {e}");
    }
    for e in &doc.entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .map(|m| {
                format!("{:?}{}", doc.slice(m.span), if m.kind == dateline_core::MentionKind::Name { "" } else { "*" })
            })
            .collect();
        println!(
            "{:>3} {:<7} {:<28} country={:<4} code={:<7} roles={:?} mentions=[{}]",
            e.id,
            e.kind.as_str(),
            e.name,
            e.country.as_deref().unwrap_or("-"),
            e.code.as_deref().unwrap_or("-"),
            e.roles,
            ms.join(", ")
        );
    }
}
