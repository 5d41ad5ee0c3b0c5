//! The layers the events layer reads (segments, syntax, entities, times),
//! loaded once per test binary, then the events layer itself.
use dateline_core::{Article, Document, Extractor, Pipeline, PubDate, Segmenter};
use dateline_events::EventExtractor;

/// `text` dated `date` (YYYY-MM-DD) through every layer up to events.
#[allow(dead_code)]
pub fn annotated(text: &str, date: &str) -> Document {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    let pipeline = P.get_or_init(|| {
        Pipeline::new()
            .with(Segmenter)
            .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
            .with(dateline_entities::EntityExtractor::load().expect("entity model"))
            .with(dateline_time::TimeExtractor::new())
    });
    let mut doc = Document::new(Article::new(PubDate::parse(date).expect("date"), text));
    let errors = pipeline.run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    EventExtractor::new().extract(&mut doc).expect("events");
    doc
}

/// Each event of `doc`: trigger text, code, source, target.
#[allow(dead_code)]
pub fn quads(doc: &Document) -> Vec<(String, String, String, String)> {
    doc.events
        .iter()
        .map(|e| {
            (
                doc.slice(e.trigger).to_string(),
                e.code.clone(),
                e.source.clone().unwrap_or_default(),
                e.target.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// Each event of `doc`: trigger text, code, source, target, date.
#[allow(dead_code)]
pub fn quints(doc: &Document) -> Vec<(String, String, String, String, String)> {
    quads(doc)
        .into_iter()
        .zip(&doc.events)
        .map(|((t, c, s, g), e)| (t, c, s, g, e.date.clone().unwrap_or_default()))
        .collect()
}
