//! The whole extraction pipeline (every layer) on any text, checking the
//! invariants every layer must keep (spans in bounds and on character
//! boundaries, sorted, references valid).
#![no_main]
use dateline_core::{Article, Document, PubDate};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPELINE: OnceLock<dateline_core::Pipeline> = OnceLock::new();

fuzz_target!(|text: &str| {
    let pipeline = PIPELINE.get_or_init(|| dateline_pipeline::default_pipeline().expect("models load"));
    let date = PubDate::parse("2025-03-11").expect("valid date");
    let mut doc = Document::new(Article::new(date, text));
    let _ = pipeline.run(&mut doc);
    let problems = dateline_testkit::check_invariants(&doc);
    assert!(problems.is_empty(), "{problems:?}");
});
