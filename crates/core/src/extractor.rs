//! The one trait every annotation layer implements, and the pipeline that
//! runs layers in order.

use crate::doc::{Document, Sentence, Token};
use crate::sentences::split_sentences;
use crate::tokenize::tokenize;
use std::fmt;

/// Why an extractor failed on one document.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The extractor needs a layer that was not filled before it.
    #[error(
        "extractor `{extractor}` needs the `{layer}` layer; add the extractor that fills it earlier in the pipeline"
    )]
    MissingLayer {
        /// The extractor that failed.
        extractor: &'static str,
        /// The layer it needs.
        layer: &'static str,
    },
    /// Anything else, with the extractor's own message.
    #[error("extractor `{extractor}` failed: {message}")]
    Failed {
        /// The extractor that failed.
        extractor: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// An annotation layer: reads the layers before it and fills its own.
///
/// Extractors are built once (loading models and dictionaries) and then run
/// on many documents, from several threads: `extract` takes `&self`.
pub trait Extractor: Send + Sync {
    /// A short stable name (`segment`, `syntax`, `entities`, `times`...).
    fn name(&self) -> &'static str;

    /// Adds this layer's annotations to `doc`. Must not panic on any input;
    /// every span it adds lies on character boundaries inside the text.
    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError>;
}

/// Fills `tokens` and `sentences` with the rule-based tokenizer and splitter.
#[derive(Debug, Default, Clone, Copy)]
pub struct Segmenter;

impl Extractor for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        let text = &doc.article.text;
        let spans = tokenize(text);
        doc.sentences =
            split_sentences(text, &spans).into_iter().map(|(span, tokens)| Sentence { span, tokens }).collect();
        doc.tokens = spans.into_iter().map(Token::new).collect();
        Ok(())
    }
}

/// Extractors run in order over each document.
#[derive(Default)]
pub struct Pipeline {
    extractors: Vec<Box<dyn Extractor>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.extractors.iter().map(|e| e.name())).finish()
    }
}

impl Pipeline {
    /// An empty pipeline.
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// A pipeline with only the [`Segmenter`].
    pub fn segment_only() -> Pipeline {
        Pipeline::new().with(Segmenter)
    }

    /// Appends an extractor (builder style).
    pub fn with(mut self, e: impl Extractor + 'static) -> Pipeline {
        self.extractors.push(Box::new(e));
        self
    }

    /// Appends a boxed extractor.
    pub fn push(&mut self, e: Box<dyn Extractor>) {
        self.extractors.push(e);
    }

    /// Names of the extractors, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.extractors.iter().map(|e| e.name()).collect()
    }

    /// Runs every extractor on `doc`. A failing extractor leaves its layer
    /// as it was; the others still run. Returns the failures.
    pub fn run(&self, doc: &mut Document) -> Vec<ExtractError> {
        let mut errors = Vec::new();
        for e in &self.extractors {
            if let Err(err) = e.extract(doc) {
                errors.push(err);
            }
        }
        errors
    }
}
