//! Prints the amounts of a text given as arguments or on stdin.
//!
//! `cargo run -p dateline-amounts --example amounts_show -- "Exports rose 12 pct to 1.5 bln dlrs."`
use dateline_amounts::AmountExtractor;
use dateline_core::{Article, Document, Pipeline, PubDate};
use std::io::Read;

fn main() {
    let mut text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        let _ = std::io::stdin().read_to_string(&mut text);
    }
    let Some(date) = PubDate::parse("2025-01-01") else {
        return;
    };
    let mut doc = Document::new(Article::new(date, text));
    let errors = Pipeline::segment_only().with(AmountExtractor::new()).run(&mut doc);
    for e in errors {
        eprintln!("{e}");
    }
    for a in &doc.amounts {
        let obj = a.object.map(|o| doc.slice(o).to_string()).unwrap_or_default();
        println!(
            "{:<32} {:<9} {:>14} {:<10} {:<8} {:<10} obj={obj:?}",
            format!("{:?}", doc.slice(a.span)),
            a.kind.as_str(),
            a.value.map_or(String::new(), |v| format!("{v}")),
            a.value_max.map_or(String::new(), |v| format!("..{v}")),
            a.unit.clone().unwrap_or_default(),
            a.modifier.clone().unwrap_or_default()
        );
    }
}
