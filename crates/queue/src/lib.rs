//! # dateline-queue
//!
//! Distributed ingest on NATS JetStream: [`enqueue`] reads inputs with the
//! ordinary readers and publishes one message per article to a work-queue
//! stream, with the article's content hash as `Nats-Msg-Id` so the stream
//! drops repeats; [`run_worker`] pulls batches from one durable consumer
//! shared by any number of workers, extracts, stores the batch in one
//! transaction and acknowledges the messages only after that commit.
//!
//! A worker killed at any point loses nothing: the messages it had not
//! acknowledged are delivered again after the consumer's `ack_wait`, to it
//! or to any other worker, and the store's idempotent `insert_batch`
//! (content-hash key) makes a second delivery of a stored article a counted
//! duplicate. A message that is not a valid article is recorded in the
//! store's `ingest_errors` and terminated (`+TERM`), so it never blocks the
//! queue; one that keeps crashing workers is given up after `max_deliver`.
//!
//! The client is this crate's own small implementation of the NATS text
//! protocol ([`nats`]) and of the JetStream JSON API ([`jetstream`]); see
//! ARCHITECTURE.md for why (build cost of `async-nats`).
#![warn(missing_docs)]

pub mod jetstream;
pub mod nats;

use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_readers::{read_all, Input, ReadError, ReadOptions};
use dateline_store::{Store, StoreError, StoreItem};
use indicatif::ProgressBar;
use jetstream::{Delivery, JetStream, PubOutcome};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Errors of distributed ingest.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// A bad server URL.
    #[error("{url}: {message}")]
    Url {
        /// The URL.
        url: String,
        /// What is wrong.
        message: String,
    },
    /// The connection failed.
    #[error("NATS {url}: {source}")]
    Io {
        /// The server.
        url: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The server said something the client does not understand.
    #[error("NATS {url}: protocol error: {message}")]
    Protocol {
        /// The server.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The server sent `-ERR`.
    #[error("NATS {url}: server error: {message}")]
    Server {
        /// The server.
        url: String,
        /// Its message.
        message: String,
    },
    /// A JetStream API error.
    #[error("JetStream {subject}: error {code}: {description}")]
    Api {
        /// The API subject.
        subject: String,
        /// JetStream's `err_code`.
        code: u64,
        /// Its description.
        description: String,
    },
    /// Nobody answered a request.
    #[error("no responders on {subject}")]
    NoResponders {
        /// The subject.
        subject: String,
    },
    /// A reply did not come in time.
    #[error("timed out waiting for {what}")]
    Timeout {
        /// What was awaited.
        what: String,
    },
    /// A message is larger than the server accepts.
    #[error("message of {bytes} bytes is larger than the server's max_payload of {max} bytes")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The server's limit.
        max: usize,
    },
    /// Bad settings or server setup.
    #[error("{0}")]
    Config(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A decoded message: the article, its origin and its external id.
pub type Decoded = (Article, String, Option<String>);

/// The wire format of one article on the stream (JSON, version 1).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ArticleMessage {
    /// Format version (1).
    pub v: u32,
    /// The article's content hash (also the message's `Nats-Msg-Id`).
    pub id: String,
    /// Publication date (RFC 3339 or `YYYY-MM-DD`).
    pub date: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Body text (newlines already normalized).
    pub text: String,
    /// Where it was read (`file:line`).
    pub origin: String,
    /// The record's own id.
    pub external_id: Option<String>,
}

impl ArticleMessage {
    /// The message for a read article.
    pub fn new(article: &Article, origin: &str, external_id: Option<&str>) -> ArticleMessage {
        ArticleMessage {
            v: 1,
            id: article.id.clone(),
            date: article.date.to_string(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            text: article.text.clone(),
            origin: origin.to_string(),
            external_id: external_id.map(str::to_string),
        }
    }

    /// Decodes and checks a message: JSON of version 1, a valid date, and an
    /// id that is the content hash of its source and text.
    pub fn decode(payload: &[u8]) -> Result<Decoded, String> {
        let m: ArticleMessage = serde_json::from_slice(payload).map_err(|e| format!("not an article message: {e}"))?;
        if m.v != 1 {
            return Err(format!("unknown message version {}", m.v));
        }
        let date = PubDate::parse(&m.date).ok_or_else(|| format!("bad date {:?}", m.date))?;
        let id = Article::compute_id(m.source.as_deref(), &m.text);
        if id != m.id {
            return Err(format!("id {:?} is not the content hash of the article ({id})", m.id));
        }
        let article = Article { id, date, title: m.title, source: m.source, url: m.url, text: m.text };
        Ok((article, m.origin, m.external_id))
    }
}

/// What an enqueue run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EnqueueSummary {
    /// Articles read.
    pub read: usize,
    /// Messages the stream stored.
    pub published: usize,
    /// Messages the stream dropped as repeats of an earlier `Nats-Msg-Id`.
    pub duplicates: usize,
    /// Inputs, records or articles rejected (unreadable, too large).
    pub rejected: usize,
}

/// Something to report while enqueueing.
#[derive(Debug)]
pub enum EnqueueEvent<'a> {
    /// An input or record the readers rejected.
    Rejected(&'a ReadError),
    /// An article the stream refused (origin, reason).
    Refused(&'a str, &'a QueueError),
}

/// Messages published per round of acknowledgements.
const PUBLISH_WINDOW: usize = 256;

/// Reads `inputs` and publishes every article to the stream (created when
/// missing, with the workers' consumer). `progress` advances per article.
pub fn enqueue(
    js: &mut JetStream,
    inputs: &[Input],
    read: &ReadOptions,
    progress: &ProgressBar,
    report: &mut dyn FnMut(EnqueueEvent<'_>),
) -> Result<EnqueueSummary, QueueError> {
    js.ensure_stream()?;
    js.ensure_consumer()?;
    let mut summary = EnqueueSummary::default();
    let mut pending: Vec<(String, Vec<u8>, String)> = Vec::with_capacity(PUBLISH_WINDOW);
    let mut fatal: Option<QueueError> = None;
    let send = |js: &mut JetStream,
                pending: &mut Vec<(String, Vec<u8>, String)>,
                summary: &mut EnqueueSummary,
                report: &mut dyn FnMut(EnqueueEvent<'_>)|
     -> Result<(), QueueError> {
        if pending.is_empty() {
            return Ok(());
        }
        let msgs: Vec<(String, Vec<u8>)> = pending.iter().map(|(id, p, _)| (id.clone(), p.clone())).collect();
        let outcomes = js.publish_all(&msgs, PUBLISH_WINDOW)?;
        for (outcome, (_, _, origin)) in outcomes.iter().zip(pending.iter()) {
            match outcome {
                Ok(PubOutcome::Stored(_)) => summary.published += 1,
                Ok(PubOutcome::Duplicate) => summary.duplicates += 1,
                Err(e) => {
                    summary.rejected += 1;
                    report(EnqueueEvent::Refused(origin, e));
                }
            }
            progress.inc(1);
        }
        pending.clear();
        Ok(())
    };
    let mut rejected_reads = Vec::new();
    read_all(inputs, read, &mut |item| {
        if fatal.is_some() {
            return;
        }
        match item {
            Err(e) => rejected_reads.push(e),
            Ok(item) => {
                summary.read += 1;
                let msg = ArticleMessage::new(&item.article, &item.origin, item.external_id.as_deref());
                let payload = serde_json::to_vec(&msg).unwrap_or_default();
                pending.push((item.article.id.clone(), payload, item.origin));
                if pending.len() >= PUBLISH_WINDOW {
                    for e in rejected_reads.drain(..) {
                        summary.rejected += 1;
                        report(EnqueueEvent::Rejected(&e));
                    }
                    if let Err(e) = send(js, &mut pending, &mut summary, report) {
                        fatal = Some(e);
                    }
                }
            }
        }
    });
    if let Some(e) = fatal {
        return Err(e);
    }
    for e in rejected_reads.drain(..) {
        summary.rejected += 1;
        report(EnqueueEvent::Rejected(&e));
    }
    send(js, &mut pending, &mut summary, report)?;
    Ok(summary)
}

/// Settings of a worker.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// The worker's name in the store's `workers` table.
    pub name: String,
    /// Messages per fetch, extracted and stored in one transaction.
    pub batch: usize,
    /// Extraction threads.
    pub jobs: usize,
    /// How long one fetch waits for messages.
    pub fetch_wait: Duration,
    /// Stop once the queue has given nothing for this long and the stream
    /// is empty, unacknowledged messages included (None: run until stopped).
    pub exit_when_idle: Option<Duration>,
}

impl Default for WorkerOptions {
    fn default() -> WorkerOptions {
        WorkerOptions {
            name: default_worker_name(),
            batch: 64,
            jobs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            fetch_wait: Duration::from_secs(2),
            exit_when_idle: None,
        }
    }
}

/// `host:pid`.
pub fn default_worker_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "worker".into());
    format!("{host}:{}", std::process::id())
}

/// What a worker did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WorkerSummary {
    /// Messages received.
    pub received: usize,
    /// Articles stored.
    pub added: usize,
    /// Articles that were already stored (redeliveries, repeats).
    pub duplicates: usize,
    /// Messages that were not valid articles (recorded and terminated).
    pub rejected: usize,
    /// Messages that had been delivered before (to this or another worker).
    pub redelivered: usize,
    /// Batches committed.
    pub batches: usize,
}

/// Something to report while working.
#[derive(Debug)]
pub enum WorkerEvent<'a> {
    /// A message that is not a valid article (stream sequence, reason).
    Rejected(u64, &'a str),
    /// A batch was committed and acknowledged.
    Committed(&'a WorkerSummary),
}

/// Pulls, extracts, stores and acknowledges until `stop` is set, the queue
/// stays empty for `exit_when_idle`, or an error (the store or the server
/// failing) ends it; unacknowledged messages are then delivered again.
pub fn run_worker(
    js: &mut JetStream,
    store: &mut Store,
    pipeline: &Pipeline,
    opts: &WorkerOptions,
    stop: &AtomicBool,
    report: &mut dyn FnMut(WorkerEvent<'_>),
) -> Result<WorkerSummary, QueueError> {
    js.ensure_stream()?;
    js.ensure_consumer()?;
    let stream = js.config().stream.clone();
    let mut summary = WorkerSummary::default();
    let mut idle_since = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        let batch = js.fetch(opts.batch, opts.fetch_wait)?;
        if batch.is_empty() {
            // Idle long enough, and nothing left in the stream: no message
            // awaits delivery, nor an ack from a worker that may have died
            // (its messages come back after `ack_wait`).
            if opts.exit_when_idle.is_some_and(|d| idle_since.elapsed() >= d) && js.state()?.messages == 0 {
                break;
            }
            continue;
        }
        summary.received += batch.len();
        summary.redelivered += batch.iter().filter(|d| d.delivered > 1).count();
        let mut good: Vec<(&Delivery, Decoded)> = Vec::with_capacity(batch.len());
        for d in &batch {
            match ArticleMessage::decode(&d.message.payload) {
                Ok(a) => good.push((d, a)),
                Err(reason) => {
                    summary.rejected += 1;
                    report(WorkerEvent::Rejected(d.stream_seq, &reason));
                    store.record_error(&format!("nats:{stream}#{}", d.stream_seq), None, "bad_message", &reason)?;
                    js.reply(d, b"+TERM")?;
                }
            }
        }
        // Articles already stored are not extracted again.
        let mut todo = Vec::with_capacity(good.len());
        for (d, (article, origin, ext)) in good {
            let known = store.contains(&article.id)?;
            todo.push((d, known, article, origin, ext));
        }
        let items = extract_parallel(pipeline, &todo, opts.jobs);
        let fresh: Vec<StoreItem> = items.into_iter().zip(&todo).filter(|(_, t)| !t.1).map(|(item, _)| item).collect();
        summary.duplicates += todo.iter().filter(|t| t.1).count();
        // The batch and this worker's tally commit together.
        let out = store.insert_batch_by(&fresh, &opts.name)?;
        summary.added += out.added;
        summary.duplicates += out.duplicates;
        summary.batches += 1;
        // Only now, after the commit, acknowledge.
        for (d, ..) in &todo {
            js.reply(d, b"+ACK")?;
        }
        js.flush()?;
        report(WorkerEvent::Committed(&summary));
        idle_since = Instant::now();
    }
    Ok(summary)
}

type Todo<'a> = (&'a Delivery, bool, Article, String, Option<String>);

/// Runs the pipeline over the articles not yet stored on `jobs` threads;
/// returns one store item per entry of `todo`, in order (known articles get
/// an empty document; they are not written).
fn extract_parallel(pipeline: &Pipeline, todo: &[Todo<'_>], jobs: usize) -> Vec<StoreItem> {
    let slots: Vec<Mutex<Option<StoreItem>>> = todo.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, todo.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((_, known, article, origin, ext)) = todo.get(i) else { break };
                let mut doc = Document::new(article.clone());
                if !known {
                    let _ = pipeline.run(&mut doc);
                }
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some((doc, Some(origin.clone()), ext.clone()));
                }
            });
        }
    });
    slots
        .into_iter()
        .zip(todo)
        .map(|(slot, (_, _, article, origin, ext))| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| (Document::new(article.clone()), Some(origin.clone()), ext.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_bad_ones_are_refused() {
        let a = Article::new(PubDate::parse("1987-03-02").unwrap(), "Talks began in Geneva.")
            .with_source(Some("Wire".into()))
            .with_title(Some("Talks".into()));
        let m = ArticleMessage::new(&a, "f.jsonl:3", Some("r-1"));
        let bytes = serde_json::to_vec(&m).unwrap();
        let (back, origin, ext) = ArticleMessage::decode(&bytes).unwrap();
        assert_eq!((back, origin.as_str(), ext.as_deref()), (a.clone(), "f.jsonl:3", Some("r-1")));

        let mut tampered = m.clone();
        tampered.text.push_str(" Extra.");
        let err = ArticleMessage::decode(&serde_json::to_vec(&tampered).unwrap()).unwrap_err();
        assert!(err.contains("content hash"), "{err}");
        let mut bad_date = m.clone();
        bad_date.date = "yesterday".into();
        assert!(ArticleMessage::decode(&serde_json::to_vec(&bad_date).unwrap()).unwrap_err().contains("bad date"));
        assert!(ArticleMessage::decode(b"\xff\x00 not json").unwrap_err().contains("not an article message"));
        let mut v2 = m;
        v2.v = 2;
        assert!(ArticleMessage::decode(&serde_json::to_vec(&v2).unwrap()).unwrap_err().contains("version"));
    }
}
