//! Shared helpers of the integration tests.
#![allow(dead_code)]
use dateline_core::{Article, Document, Pipeline};
use dateline_syntax::SyntaxAnnotator;
use std::sync::OnceLock;

/// The embedded annotator, loaded once per test binary.
pub fn annotator() -> &'static SyntaxAnnotator {
    static A: OnceLock<SyntaxAnnotator> = OnceLock::new();
    A.get_or_init(|| SyntaxAnnotator::load().expect("embedded syntax model loads"))
}

/// Segments and parses an article.
pub fn parse(article: Article) -> Document {
    let mut doc = Document::new(article);
    let errs = Pipeline::segment_only().run(&mut doc);
    assert!(errs.is_empty());
    annotator().annotate(&mut doc);
    doc
}
