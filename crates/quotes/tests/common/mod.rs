//! The pipeline the quote tests run: every layer before quotes.

use dateline_core::{Document, Pipeline, Segmenter};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::QuoteExtractor;
use std::sync::OnceLock;

/// Segmentation, syntax, entities, times and quotes (models loaded once).
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::new()
            .with(Segmenter)
            .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
            .with(dateline_entities::EntityExtractor::load().expect("entity model"))
            .with(dateline_time::TimeExtractor::new())
            .with(QuoteExtractor::new())
    })
}

/// The layers before quotes (segmentation, syntax, entities, times), for
/// a test that adds its own quote extractor.
#[allow(dead_code)]
pub fn layers() -> Pipeline {
    Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new())
}

/// Runs the pipeline over an article.
#[allow(dead_code)]
pub fn annotate(article: dateline_core::Article) -> Document {
    let mut doc = Document::new(article);
    let errors = pipeline().run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    doc
}

/// The (content, cue lemma, speaker, rule) of the hand rules' reported
/// speech in `text` ([`Ctx::reported_by_rule`]); the speaker is empty
/// when there is none.
#[allow(dead_code)]
pub fn reported(text: &str) -> Vec<(String, String, String, &'static str)> {
    let doc = annotate(dateline_core::Article::new(dateline_core::PubDate::Date(Default::default()), text.to_string()));
    let ctx = Ctx::new(&doc);
    ctx.reported_by_rule()
        .into_iter()
        .map(|(x, c, r)| {
            (doc.slice(x).to_string(), c.lemma, c.speaker.map_or(String::new(), |s| doc.slice(s).to_string()), r)
        })
        .collect()
}
