//! # dateline-entities
//!
//! The entity layer of dateline: who and what an article names.
//!
//! * A fast statistical tagger ([`model::Model`]): a greedy averaged
//!   perceptron over BILOU labels with hashed features (word forms, shapes,
//!   affixes, neighbours, headline/sentence-start context, document-level
//!   capitalization, gazetteer hits, and word clusters learned from the
//!   unlabeled Reuters corpus), trained on CoNLL-2003 by [`train()`].
//! * Gazetteers ([`gazetteer::Gazetteer`]) that turn the tagger's `LOC` into
//!   GPE or LOC and its `MISC` into NORP, link countries (ISO 3166 alpha-3),
//!   and code actors CAMEO-style (`USAGOV`, `IGONAT`).
//! * Titles and roles, within-article coreference, metonyms ("Washington",
//!   "the Kremlin") and a cross-article identity key ([`canonical_key`]).
//! * The article's own country (dateline place, else the clearly dominant
//!   country): unqualified domestic institutions ("the Senate") and national
//!   office holders named without a country take it, never the U.S. by
//!   default (see [`extract`] for the rule).
//!
//! For the command line:
//!
//! * `dateline train ner` → [`train()`] with
//!   [`TrainOptions::from_shared`]`(shared).out_dir("crates/entities/data")`:
//!   writes `ner.model` (about 1.3 MB), which the next build embeds
//!   (`build.rs` copies it; [`EntityExtractor::load`] reads the embedded bytes).
//! * `dateline eval ner` → [`evaluate_conll`] (tagger on the file's words,
//!   conlleval-exact) and [`evaluate_conll_runtime`] (the whole layer on the
//!   reconstructed text); [`EvalReport::table`] prints them.
//! * The store → [`canonical_key`] and [`surname_key`] (see [`identity`] for
//!   how and where they can go wrong).
//!
//! ```
//! use dateline_core::{Article, Document, Extractor, Pipeline, PubDate};
//! use dateline_entities::EntityExtractor;
//!
//! let article = Article::new(PubDate::parse("2025-03-11").unwrap(),
//!     "U.S. Secretary of State Marco Rubio met Ukrainian officials in Jeddah. Rubio said talks went well.");
//! let mut doc = Document::new(article);
//! let pipeline = Pipeline::segment_only().with(EntityExtractor::load().unwrap());
//! assert!(pipeline.run(&mut doc).is_empty());
//! let rubio = doc.entities.iter().find(|e| e.name == "Marco Rubio").unwrap();
//! assert_eq!(rubio.country.as_deref(), Some("USA"));
//! assert_eq!(rubio.mentions.len(), 2);
//! ```
#![warn(missing_docs)]

pub mod clusters;
pub mod conll;
pub mod error;
pub mod extract;
pub mod features;
pub mod gazetteer;
pub mod identity;
pub mod model;
pub mod train;
pub mod words;

pub use conll::{thread_cpu_seconds, EvalReport, Prf};
pub use error::EntityError;
pub use extract::{article_country, EntityExtractor, EntityOptions};
pub use identity::{canonical_key, surname_key};
pub use train::{conll_type, evaluate_conll, evaluate_conll_runtime, train, TrainOptions, TrainReport};
