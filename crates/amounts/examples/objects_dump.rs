//! Prints every amount and the object it measures, read with the shipped
//! parser, for the first N articles of a JSON Lines file (`text` or
//! `body`, `date`), one tab-separated line each (article, start, amount,
//! object), for comparing object rules before and after a change:
//! `cargo run --release -p dateline-amounts --example objects_dump -- FILE.jsonl [N]`
use dateline_amounts::AmountExtractor;
use dateline_core::{Article, Document, Pipeline, PubDate, Segmenter};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: objects_dump FILE.jsonl [N]");
        std::process::exit(2);
    };
    let n: usize = args.get(1).and_then(|x| x.parse().ok()).unwrap_or(400);
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let p = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax models load"))
        .with(AmountExtractor::new());
    for (k, line) in std::io::BufReader::new(file).lines().take(n).enumerate() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = v["text"].as_str().or(v["body"].as_str()).unwrap_or("").to_string();
        let date = v["date"].as_str().and_then(|d| PubDate::parse(d.get(..10).unwrap_or(d)));
        let Some(date) = date.or_else(|| PubDate::parse("2000-01-01")) else { continue };
        let mut doc = Document::new(Article::new(date, text));
        let _ = p.run(&mut doc);
        for a in &doc.amounts {
            let obj = a.object.map(|o| doc.slice(o).replace('\n', " ")).unwrap_or_default();
            println!("{k}\t{}\t{}\t{obj}", a.span.start, doc.slice(a.span).replace('\n', " "));
        }
    }
}
