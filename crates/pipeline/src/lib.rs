//! # dateline-pipeline
//!
//! Puts the layers together: [`default_pipeline`] builds the extractor
//! pipeline in its fixed order, and [`ingest`] reads inputs, runs the
//! pipeline on a pool of threads and writes the documents to the store in
//! batches, one transaction each. Articles already stored are recognized by
//! their content hash before extraction, so a re-run after a crash only does
//! the work that was lost.
//!
//! ```
//! use dateline_pipeline::{default_pipeline, extract_article};
//! use dateline_core::{Article, PubDate};
//!
//! let pipeline = default_pipeline().unwrap();
//! let doc = extract_article(&pipeline, Article::new(PubDate::parse("2025-03-11").unwrap(), "Talks began. They ended."));
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![warn(missing_docs)]

use dateline_core::{Article, Document, ExtractError, Pipeline, Segmenter};
use dateline_readers::{read_all, Input, ReadError, ReadItem, ReadNote, ReadOptions};
use dateline_store::{Store, StoreError, StoreItem};
use indicatif::ProgressBar;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Errors that stop an ingest run (bad inputs never do: they are reported
/// and recorded).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An extractor could not be built (a model failed to load).
    #[error("cannot build the `{layer}` layer: {message}")]
    Build {
        /// The layer.
        layer: &'static str,
        /// Why.
        message: String,
    },
}

/// The annotation layers, in pipeline order (segmentation always runs
/// first).
pub const LAYERS: &[&str] = &["syntax", "entities", "times", "amounts", "quotes", "events"];

/// Builds the full extractor pipeline in its fixed order: segmentation,
/// then each annotation layer.
pub fn default_pipeline() -> Result<Pipeline, PipelineError> {
    pipeline_with(LAYERS)
}

/// Builds a pipeline with segmentation and only the named layers (in the
/// fixed order, whatever the order of `layers`). Unknown names are an error.
pub fn pipeline_with(layers: &[&str]) -> Result<Pipeline, PipelineError> {
    pipeline_with_options(layers, &LayerOptions::default())
}

/// Options of the layers, set with builder-style methods.
#[derive(Debug, Clone, Default)]
pub struct LayerOptions {
    /// PETRARCH-format dictionaries for the events layer, by stem:
    /// `dir/PETR.Validate` loads `dir/PETR.Validate.{actors,agents,verbs,discards}.txt`.
    pub event_dictionaries: Option<std::path::PathBuf>,
    /// Runs the quotes layer without its neural tagger: the hand rules
    /// and the learned layer alone, about 200 times faster but with less
    /// reported speech found (PolNeAR dev F1 0.805 -> 0.777; see
    /// `dateline_quotes::neural`).
    pub fast_quotes: bool,
}

impl LayerOptions {
    /// Leaves out the quotes layer's neural tagger (see the field).
    pub fn fast_quotes(mut self, on: bool) -> Self {
        self.fast_quotes = on;
        self
    }

    /// Codes events with PETRARCH-format dictionaries (see the field).
    pub fn event_dictionaries(mut self, stem: Option<std::path::PathBuf>) -> Self {
        self.event_dictionaries = stem;
        self
    }
}

/// [`pipeline_with`], with layer options.
pub fn pipeline_with_options(layers: &[&str], opts: &LayerOptions) -> Result<Pipeline, PipelineError> {
    if let Some(bad) = layers.iter().find(|l| !LAYERS.contains(l) && **l != "segment") {
        return Err(PipelineError::Build {
            layer: "pipeline",
            message: format!("unknown layer {bad:?}; layers are segment, {}", LAYERS.join(", ")),
        });
    }
    let mut p = Pipeline::new().with(Segmenter);
    for layer in LAYERS {
        if !layers.contains(layer) {
            continue;
        }
        match *layer {
            "syntax" => p.push(Box::new(
                dateline_syntax::SyntaxAnnotator::load()
                    .map_err(|e| PipelineError::Build { layer: "syntax", message: e.to_string() })?,
            )),
            "entities" => p.push(Box::new(
                dateline_entities::EntityExtractor::load()
                    .map_err(|e| PipelineError::Build { layer: "entities", message: e.to_string() })?,
            )),
            "times" => p.push(Box::new(dateline_time::TimeExtractor::new())),
            "amounts" => p.push(Box::new(dateline_amounts::AmountExtractor::new())),
            "quotes" => p.push(Box::new(if opts.fast_quotes {
                dateline_quotes::QuoteExtractor::new().without_tagger()
            } else {
                dateline_quotes::QuoteExtractor::new()
            })),
            "events" => p.push(Box::new(match &opts.event_dictionaries {
                None => dateline_events::EventExtractor::new(),
                Some(stem) => dateline_events::EventExtractor::with_dictionaries(
                    dateline_events::petrarch::Dictionaries::load(stem)
                        .map_err(|e| PipelineError::Build { layer: "events", message: e.to_string() })?,
                ),
            })),
            _ => {}
        }
    }
    Ok(p)
}

/// The cross-article identity key of entities used by the store: the
/// entity layer's, which folds spelling variants conservatively.
pub fn entity_key(e: &dateline_core::Entity) -> String {
    dateline_entities::canonical_key(e)
}

/// Runs `pipeline` on one article and returns the document. Extractor
/// failures leave their layer empty (see [`Pipeline::run`]).
pub fn extract_article(pipeline: &Pipeline, article: Article) -> Document {
    let mut doc = Document::new(article);
    let _ = pipeline.run(&mut doc);
    doc
}

/// Options of an ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Reader options.
    pub read: ReadOptions,
    /// Documents per transaction.
    pub batch_size: usize,
    /// Longest time a document waits before its batch is committed.
    pub batch_interval: Duration,
    /// Extraction threads.
    pub jobs: usize,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            read: ReadOptions::default(),
            batch_size: 256,
            batch_interval: Duration::from_millis(500),
            jobs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        }
    }
}

/// What an ingest run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Articles read from the inputs.
    pub read: usize,
    /// Articles newly stored.
    pub added: usize,
    /// Articles that were already stored (or repeated in the input).
    pub duplicates: usize,
    /// Inputs or records rejected with an error.
    pub rejected: usize,
    /// Extractor failures (the article is stored with that layer empty).
    pub extract_errors: usize,
}

/// Something to report while ingesting.
#[derive(Debug)]
pub enum IngestEvent<'a> {
    /// A rejected input or record.
    Rejected(&'a ReadError),
    /// A note about an input that was still read (e.g. transcoding).
    Note(&'a str),
    /// An extractor failed on an article.
    ExtractFailed(&'a str, &'a ExtractError),
}

/// What an extraction thread hands the writer: the document to store, the
/// extractor failures and the reader notes, or the reader's error.
type Extracted = Result<(StoreItem, Vec<ExtractError>, Vec<ReadNote>), ReadError>;

enum Work {
    Known(ReadItem),
    New(ReadItem),
}

/// Reads `inputs`, extracts and stores. `report` is called for every
/// rejected record, note and extractor failure, in the calling thread;
/// `progress` is advanced per article.
pub fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    inputs: &[Input],
    opts: &IngestOptions,
    progress: &ProgressBar,
    report: &mut dyn FnMut(IngestEvent<'_>),
) -> Result<IngestSummary, PipelineError> {
    let mut summary = IngestSummary::default();
    let jobs = opts.jobs.max(1);
    std::thread::scope(|scope| -> Result<IngestSummary, PipelineError> {
        // Reader -> extractors -> writer (this thread).
        // Items carry their input position so the writer sees them in input
        // order whatever the number of extraction threads: with duplicates
        // in the input, the first one wins, as with one thread.
        let (read_tx, read_rx) = sync_channel::<(u64, Result<ReadItem, ReadError>)>(1024);
        let (doc_tx, doc_rx) = sync_channel::<(u64, Extracted)>(1024);
        let read_opts = opts.read.clone();
        scope.spawn(move || {
            let mut seq = 0u64;
            read_all(inputs, &read_opts, &mut |item| {
                let _ = read_tx.send((seq, item));
                seq += 1;
            });
        });
        // Extractors skip articles the store already has: the writer thread
        // answers through a snapshot check done here on a shared set.
        let read_rx = Arc::new(Mutex::new(read_rx));
        let known = Arc::new(Mutex::new(KnownIds { ids: store.all_ids()?.into_iter().collect() }));
        for _ in 0..jobs {
            let read_rx = Arc::clone(&read_rx);
            let doc_tx = doc_tx.clone();
            let known = Arc::clone(&known);
            scope.spawn(move || loop {
                let next = { read_rx.lock().map(|r| r.recv()) };
                let Ok(Ok((seq, item))) = next else { break };
                let out = match item {
                    Err(e) => Err(e),
                    Ok(item) => {
                        let work = if known.lock().map(|k| k.contains(&item.article.id)).unwrap_or(false) {
                            Work::Known(item)
                        } else {
                            Work::New(item)
                        };
                        match work {
                            Work::Known(item) => Ok((
                                (Document::new(item.article), Some(item.origin), item.external_id),
                                Vec::new(),
                                item.notes,
                            )),
                            Work::New(item) => {
                                let mut doc = Document::new(item.article);
                                let errors = pipeline.run(&mut doc);
                                Ok(((doc, Some(item.origin), item.external_id), errors, item.notes))
                            }
                        }
                    }
                };
                if doc_tx.send((seq, out)).is_err() {
                    break;
                }
            });
        }
        drop(doc_tx);
        let (ord_tx, ord_rx) = sync_channel::<Extracted>(1024);
        scope.spawn(move || {
            let mut next = 0u64;
            let mut pending = std::collections::BTreeMap::new();
            for (seq, out) in doc_rx {
                pending.insert(seq, out);
                while let Some(out) = pending.remove(&next) {
                    if ord_tx.send(out).is_err() {
                        return;
                    }
                    next += 1;
                }
            }
        });
        write_loop(store, ord_rx, &known, opts, progress, report, &mut summary)?;
        Ok(summary)
    })
}

/// Ids known to be stored: filled lazily from the store by the writer.
#[derive(Default)]
struct KnownIds {
    ids: std::collections::HashSet<String>,
}

impl KnownIds {
    fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }
}

fn write_loop(
    store: &mut Store,
    rx: Receiver<Extracted>,
    known: &Arc<Mutex<KnownIds>>,
    opts: &IngestOptions,
    progress: &ProgressBar,
    report: &mut dyn FnMut(IngestEvent<'_>),
    summary: &mut IngestSummary,
) -> Result<(), PipelineError> {
    let mut batch: Vec<StoreItem> = Vec::with_capacity(opts.batch_size);
    let mut oldest = Instant::now();
    let flush =
        |store: &mut Store, batch: &mut Vec<StoreItem>, summary: &mut IngestSummary| -> Result<(), PipelineError> {
            if batch.is_empty() {
                return Ok(());
            }
            // Articles already stored are not written again (their document here
            // carries no annotation when the extractor skipped them).
            let mut fresh = Vec::with_capacity(batch.len());
            for item in batch.drain(..) {
                if store.contains(&item.0.article.id)? {
                    summary.duplicates += 1;
                } else {
                    fresh.push(item);
                }
            }
            let out = store.insert_batch(&fresh)?;
            summary.added += out.added;
            summary.duplicates += out.duplicates;
            if let Ok(mut k) = known.lock() {
                for (doc, _, _) in &fresh {
                    k.ids.insert(doc.article.id.clone());
                }
            }
            Ok(())
        };
    for msg in rx {
        match msg {
            Err(e) => {
                summary.rejected += 1;
                report(IngestEvent::Rejected(&e));
                store.record_error(e.origin(), e.line(), e.kind(), &e.to_string())?;
            }
            Ok((item, errors, notes)) => {
                summary.read += 1;
                for n in &notes {
                    report(IngestEvent::Note(&n.to_string()));
                }
                progress.inc(1);
                for e in &errors {
                    summary.extract_errors += 1;
                    report(IngestEvent::ExtractFailed(item.1.as_deref().unwrap_or(""), e));
                }
                if batch.is_empty() {
                    oldest = Instant::now();
                }
                batch.push(item);
                if batch.len() >= opts.batch_size || oldest.elapsed() >= opts.batch_interval {
                    flush(store, &mut batch, summary)?;
                }
            }
        }
    }
    flush(store, &mut batch, summary)?;
    Ok(())
}
