//! Golden tests of the events layer: the seed article's main events and the
//! team's own articles (`testdata/golden/events_*.toml`), run through the
//! real segment, syntax, entities and times layers.
mod common;

use dateline_core::{Pipeline, Segmenter};

fn pipeline() -> Pipeline {
    Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new())
}

#[test]
fn golden_events() {
    let results = common::golden::check(&pipeline());
    for r in &results {
        println!("{}: {}/{} expectations pass", r.name, r.checked - r.failed, r.checked);
    }
    let checked: usize = results.iter().map(|r| r.checked).sum();
    let failures: Vec<String> = results.into_iter().flat_map(|r| r.failures).collect();
    assert!(checked > 0, "no golden event expectations found");
    assert!(failures.is_empty(), "{} golden event failures:\n{}", failures.len(), failures.join("\n"));
}
