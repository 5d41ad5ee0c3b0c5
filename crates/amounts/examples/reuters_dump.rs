//! Prints the amounts the extractor finds in Reuters-21578 articles, by
//! newid, for hand-checking: `cargo run -p dateline-amounts --example
//! reuters_dump -- 2 12 248`.
use dateline_amounts::AmountExtractor;
use dateline_core::{Article, Document, Pipeline, PubDate};

fn main() {
    let ids: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let path = dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {}", path.display());
        return;
    };
    let pipeline = Pipeline::segment_only().with(AmountExtractor::new());
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let id = v["newid"].as_u64().unwrap_or(0);
        if !ids.contains(&id) {
            continue;
        }
        let (Some(date), Some(body)) = (v["date"].as_str().and_then(PubDate::parse), v["body"].as_str()) else {
            continue;
        };
        let mut doc = Document::new(Article::new(date, body));
        pipeline.run(&mut doc);
        for a in &doc.amounts {
            let obj = a.object.map(|o| doc.slice(o).replace('\n', " ")).unwrap_or_default();
            println!(
                "{id}\t{:?}\t{}\t{:?}\t{:?}\t{:?}\t{:?}\tobj={obj:?}",
                doc.slice(a.span).replace('\n', " "),
                a.kind.as_str(),
                a.value,
                a.value_max,
                a.unit,
                a.modifier
            );
        }
    }
}
