//! # dateline-core
//!
//! The document model every dateline layer shares: [`Article`]s, byte
//! [`Span`]s into their text, the annotation types each extractor fills
//! ([`Token`], [`Entity`], [`TimeExpr`], [`Amount`], [`Quote`], [`Event`]),
//! the rule-based tokenizer and sentence splitter, and the [`Extractor`]
//! trait with the [`Pipeline`] that runs extractors in order.
//!
//! Offsets are UTF-8 byte offsets inside the process, so `&text[span]`
//! always works; [`json::to_json`] converts them to Unicode code-point
//! offsets for the outside world.
//!
//! ```
//! use dateline_core::{Article, Document, Pipeline, PubDate};
//!
//! let date = PubDate::parse("2025-03-11").unwrap();
//! let article = Article::new(date, "U.S. officials met on Tuesday. Talks ended.");
//! let mut doc = Document::new(article);
//! let errors = Pipeline::segment_only().run(&mut doc);
//! assert!(errors.is_empty());
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
//! assert_eq!(sentences, ["U.S. officials met on Tuesday.", "Talks ended."]);
//! assert_eq!(doc.slice(doc.tokens[0].span), "U.S.");
//! ```
#![warn(missing_docs)]

pub mod article;
pub mod calendar;
pub mod doc;
pub mod extractor;
pub mod json;
pub mod metrics;
pub mod sentences;
pub mod span;
pub mod tokenize;

pub use article::{normalize_newlines, Article, PubDate};
pub use doc::{
    Amount, AmountKind, Document, Entity, EntityKind, Event, EventMode, Mention, MentionKind, Quote, QuoteKind,
    Sentence, TimeExpr, TimexType, Token, Upos,
};
pub use extractor::{ExtractError, Extractor, Pipeline, Segmenter};
pub use metrics::Prf;
pub use span::{OffsetMap, Span};
