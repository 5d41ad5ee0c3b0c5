//! # dateline-store
//!
//! The store interface ([`StoreBackend`], used through [`Store`]) and its
//! embedded backend ([`SqliteStore`]): one SQLite database (`dateline.db`,
//! WAL mode) in a data directory, with a table for articles and one for
//! every annotation layer. The PostgreSQL backend is `dateline-store-pg`. Articles are keyed by their content hash, so storing the same
//! article twice adds nothing. Writes go in batches, one transaction each:
//! a crash or `kill -9` loses at most the batch in flight, never a committed
//! one, and a re-run completes it without duplicates.
//!
//! ```
//! use dateline_core::{Article, Document, Pipeline, PubDate};
//! use dateline_store::Store;
//!
//! let dir = std::env::temp_dir().join(format!("dateline-doc-{}", std::process::id()));
//! let mut store = Store::open(&dir).unwrap();
//! let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), "Officials met."));
//! Pipeline::segment_only().run(&mut doc);
//! let first = store.insert_batch(&[(doc.clone(), None, None)]).unwrap();
//! let again = store.insert_batch(&[(doc, None, None)]).unwrap();
//! assert_eq!((first.added, again.added, again.duplicates), (1, 0, 1));
//! assert_eq!(store.stats().unwrap().articles, 1);
//! # drop(store); std::fs::remove_dir_all(&dir).ok();
//! ```
#![warn(missing_docs)]

pub mod query;
pub mod schema;
pub mod sqlite;

use dateline_core::{Document, Entity, EntityKind};
use query::{Bucket, EntityCount, EventRow, QuoteRow, RelationBucket, TimelineItem};
pub use sqlite::SqliteStore;
use std::path::{Path, PathBuf};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory could not be created or used.
    #[error("data directory {path}: {source}")]
    Dir {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// SQLite failed.
    #[error("store {path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer dateline.
    #[error("store {path} has schema version {found}, newer than this dateline's {supported}; upgrade dateline")]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// Ours.
        supported: u32,
    },
    /// A row could not be turned back into an annotation.
    #[error("store {path}: corrupt row in {table}: {message}")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// The table.
        table: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A server-backed store (PostgreSQL) failed.
    #[error("store {location}: {source}")]
    Remote {
        /// Where the store is (credentials removed).
        location: String,
        /// The client's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A server-backed store was written by a newer dateline.
    #[error("store {location} has schema version {found}, newer than this dateline's {supported}; upgrade dateline")]
    RemoteTooNew {
        /// Where the store is.
        location: String,
        /// Its version.
        found: u32,
        /// Ours.
        supported: u32,
    },
}

/// How a batch went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Articles stored.
    pub added: usize,
    /// Articles already in the store.
    pub duplicates: usize,
}

/// Row counts of the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Schema version.
    pub schema_version: u32,
    /// Articles.
    pub articles: u64,
    /// Entities (per article).
    pub entities: u64,
    /// Canonical entities across articles.
    pub canonical_entities: u64,
    /// Entity mentions.
    pub mentions: u64,
    /// Time expressions.
    pub times: u64,
    /// Amounts.
    pub amounts: u64,
    /// Quotes.
    pub quotes: u64,
    /// Events.
    pub events: u64,
    /// Recorded ingest errors.
    pub ingest_errors: u64,
    /// Earliest article day.
    pub first_day: Option<String>,
    /// Latest article day.
    pub last_day: Option<String>,
}

/// A recorded ingest error.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IngestErrorRow {
    /// The input.
    pub origin: String,
    /// The line, for line-based inputs.
    pub line: Option<u64>,
    /// Machine-readable kind.
    pub kind: String,
    /// The message.
    pub message: String,
}

/// A worker of distributed ingest as the store last saw it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkerRow {
    /// The worker's name (host and process id unless given).
    pub name: String,
    /// First heartbeat (RFC 3339).
    pub started_at: String,
    /// Latest heartbeat (RFC 3339).
    pub last_seen: String,
    /// Articles it stored.
    pub articles: u64,
    /// Batches it committed.
    pub batches: u64,
}

/// Computes the cross-article identity key of an entity; entities with the
/// same key share one canonical entity.
pub type EntityKeyFn = fn(&Entity) -> String;

/// The default key: kind plus the name lowercased with punctuation removed
/// and whitespace collapsed ("U.S." and "US" meet; "Trump" and "Donald
/// Trump" do not). Layers that know better plug in their own
/// ([`Store::set_entity_key`]).
pub fn default_entity_key(e: &Entity) -> String {
    if let Some(c) = &e.country {
        if matches!(e.kind, EntityKind::Gpe) && e.name.len() <= 40 {
            return format!("GPE:{c}");
        }
    }
    let mut key = String::with_capacity(e.name.len() + 8);
    key.push_str(e.kind.as_str());
    key.push(':');
    let mut space = false;
    for ch in e.name.chars() {
        if ch.is_alphanumeric() {
            if space && !key.ends_with(':') {
                key.push(' ');
            }
            space = false;
            key.extend(ch.to_lowercase());
        } else if ch.is_whitespace() || ch == '-' {
            space = true;
        }
    }
    key
}

/// An article to store: the document, its input origin and its external id.
pub type StoreItem = (Document, Option<String>, Option<String>);

/// What every store backend does: the one store interface. [`SqliteStore`]
/// (embedded) implements it here; `dateline-store-pg` implements it on
/// PostgreSQL. Consumers use it through [`Store`].
///
/// Contract, shared by every backend and checked by the store tests on each:
/// `insert_batch` is atomic and idempotent by article id (a stored id is
/// counted as a duplicate and left as it is); `articles_after` returns
/// articles in the order their batches became visible, and a mark once
/// returned is never followed later by a row with a smaller mark.
pub trait StoreBackend: Send {
    /// Where the store is: the database file, or the server URL without
    /// credentials.
    fn path(&self) -> &Path;
    /// The schema version of the open database.
    fn schema_version(&self) -> Result<u32, StoreError>;
    /// Sets the function that maps entities to canonical identities.
    fn set_entity_key(&mut self, f: EntityKeyFn);
    /// True when an article with this id is stored.
    fn contains(&self, id: &str) -> Result<bool, StoreError>;
    /// Stores a batch of documents in one transaction; with `worker`, the
    /// same transaction adds the batch to that worker's row (so a kill
    /// between the two can never leave the articles uncounted).
    fn insert_batch(&mut self, items: &[StoreItem], worker: Option<&str>) -> Result<BatchOutcome, StoreError>;
    /// Records an ingest error (once per origin, line and kind).
    fn record_error(&mut self, origin: &str, line: Option<usize>, kind: &str, message: &str) -> Result<(), StoreError>;
    /// The recorded ingest errors, oldest first (at most `limit`).
    fn errors(&self, limit: usize) -> Result<Vec<IngestErrorRow>, StoreError>;
    /// Row counts.
    fn stats(&self) -> Result<Stats, StoreError>;
    /// Article ids in id order, after `after`, at most `limit`.
    fn article_ids(&self, after: Option<&str>, limit: usize) -> Result<Vec<String>, StoreError>;
    /// Articles that became visible after mark `after`, with their marks, at
    /// most `limit`: the feed that keeps derived indexes in step.
    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Document)>, StoreError>;
    /// The highest mark (0 for an empty store).
    fn last_rowid(&self) -> Result<i64, StoreError>;
    /// Every stored article id.
    fn all_ids(&self) -> Result<Vec<String>, StoreError>;
    /// Ids of articles whose id starts with `prefix` (at most `limit`).
    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError>;
    /// Loads a stored document with all its layers (tokens are not stored).
    fn load(&self, id: &str) -> Result<Option<Document>, StoreError>;
    /// Loads a stored article with its sentences and no annotation layers.
    fn load_article(&self, id: &str) -> Result<Option<Document>, StoreError>;
    /// One quote by article and index, with its speaker.
    fn quote_at(&self, article_id: &str, idx: usize) -> Result<Option<QuoteRow>, StoreError>;
    /// Records that `worker` committed a batch of `articles` new articles.
    fn heartbeat(&mut self, worker: &str, articles: u64) -> Result<(), StoreError>;
    /// The workers seen, most recent first.
    fn workers(&self) -> Result<Vec<WorkerRow>, StoreError>;
    /// Articles stored at or after `since` (RFC 3339, UTC).
    fn stored_since(&self, since: &str) -> Result<u64, StoreError>;
    /// See [`Store::quotes_by_speaker`].
    fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError>;
    /// See [`Store::timeline`].
    fn timeline(
        &self,
        who: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<TimelineItem>, StoreError>;
    /// See [`Store::relations`].
    fn relations(
        &self,
        a: &str,
        b: &str,
        by: Bucket,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<RelationBucket>, StoreError>;
    /// See [`Store::events`].
    fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError>;
    /// See [`Store::top_entities`].
    fn top_entities(&self, limit: usize) -> Result<Vec<EntityCount>, StoreError>;
}

impl StoreBackend for SqliteStore {
    fn path(&self) -> &Path {
        SqliteStore::path(self)
    }
    fn schema_version(&self) -> Result<u32, StoreError> {
        SqliteStore::schema_version(self)
    }
    fn set_entity_key(&mut self, f: EntityKeyFn) {
        SqliteStore::set_entity_key(self, f)
    }
    fn contains(&self, id: &str) -> Result<bool, StoreError> {
        SqliteStore::contains(self, id)
    }
    fn insert_batch(&mut self, items: &[StoreItem], worker: Option<&str>) -> Result<BatchOutcome, StoreError> {
        SqliteStore::insert_batch_by(self, items, worker)
    }
    fn record_error(&mut self, origin: &str, line: Option<usize>, kind: &str, message: &str) -> Result<(), StoreError> {
        SqliteStore::record_error(self, origin, line, kind, message)
    }
    fn errors(&self, limit: usize) -> Result<Vec<IngestErrorRow>, StoreError> {
        SqliteStore::errors(self, limit)
    }
    fn stats(&self) -> Result<Stats, StoreError> {
        SqliteStore::stats(self)
    }
    fn article_ids(&self, after: Option<&str>, limit: usize) -> Result<Vec<String>, StoreError> {
        SqliteStore::article_ids(self, after, limit)
    }
    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Document)>, StoreError> {
        SqliteStore::articles_after(self, after, limit)
    }
    fn last_rowid(&self) -> Result<i64, StoreError> {
        SqliteStore::last_rowid(self)
    }
    fn all_ids(&self) -> Result<Vec<String>, StoreError> {
        SqliteStore::all_ids(self)
    }
    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError> {
        SqliteStore::ids_with_prefix(self, prefix, limit)
    }
    fn load(&self, id: &str) -> Result<Option<Document>, StoreError> {
        SqliteStore::load(self, id)
    }
    fn load_article(&self, id: &str) -> Result<Option<Document>, StoreError> {
        SqliteStore::load_article(self, id)
    }
    fn quote_at(&self, article_id: &str, idx: usize) -> Result<Option<QuoteRow>, StoreError> {
        SqliteStore::quote_at(self, article_id, idx)
    }
    fn heartbeat(&mut self, worker: &str, articles: u64) -> Result<(), StoreError> {
        SqliteStore::heartbeat(self, worker, articles)
    }
    fn workers(&self) -> Result<Vec<WorkerRow>, StoreError> {
        SqliteStore::workers(self)
    }
    fn stored_since(&self, since: &str) -> Result<u64, StoreError> {
        SqliteStore::stored_since(self, since)
    }
    fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError> {
        SqliteStore::quotes_by_speaker(self, speaker, limit, offset)
    }
    fn timeline(
        &self,
        who: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<TimelineItem>, StoreError> {
        SqliteStore::timeline(self, who, from, to, limit)
    }
    fn relations(
        &self,
        a: &str,
        b: &str,
        by: Bucket,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<RelationBucket>, StoreError> {
        SqliteStore::relations(self, a, b, by, from, to)
    }
    fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError> {
        SqliteStore::events(self, limit, offset)
    }
    fn top_entities(&self, limit: usize) -> Result<Vec<EntityCount>, StoreError> {
        SqliteStore::top_entities(self, limit)
    }
}

/// The store every consumer uses (pipeline, search, export, server, CLI):
/// one backend behind [`StoreBackend`]. [`Store::open`] opens the embedded
/// SQLite store of a data directory; [`Store::from_backend`] wraps any other
/// backend (PostgreSQL: `dateline_store_pg::PgStore`).
pub struct Store {
    inner: Box<dyn StoreBackend>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.inner.path()).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the embedded store in data directory
    /// `dir`, and migrates it to the current schema.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Ok(Store::from_backend(Box::new(SqliteStore::open(dir)?)))
    }

    /// Opens an embedded store at an explicit database file path.
    pub fn open_file(path: &Path) -> Result<Store, StoreError> {
        Ok(Store::from_backend(Box::new(SqliteStore::open_file(path)?)))
    }

    /// Opens an embedded store at `path` and migrates it only up to `version`.
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store, StoreError> {
        Ok(Store::from_backend(Box::new(SqliteStore::open_at_version(path, version)?)))
    }

    /// Wraps a backend.
    pub fn from_backend(inner: Box<dyn StoreBackend>) -> Store {
        Store { inner }
    }

    /// Where the store is: the database file, or the server URL without
    /// credentials.
    pub fn path(&self) -> &Path {
        self.inner.path()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.inner.schema_version()
    }

    /// Sets the function that maps entities to canonical identities.
    pub fn set_entity_key(&mut self, f: EntityKeyFn) {
        self.inner.set_entity_key(f)
    }

    /// True when an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        self.inner.contains(id)
    }

    /// Stores a batch of documents in one transaction. Documents whose
    /// article id is already stored are counted as duplicates and left as
    /// they are.
    pub fn insert_batch(&mut self, items: &[StoreItem]) -> Result<BatchOutcome, StoreError> {
        self.inner.insert_batch(items, None)
    }

    /// [`Store::insert_batch`] for a distributed-ingest worker: the batch
    /// and the worker's tally (`dateline status`) commit in one
    /// transaction, so every stored article is counted for exactly one
    /// worker even when a worker is killed right after its commit.
    pub fn insert_batch_by(&mut self, items: &[StoreItem], worker: &str) -> Result<BatchOutcome, StoreError> {
        self.inner.insert_batch(items, Some(worker))
    }

    /// Records an ingest error (once per origin, line and kind).
    pub fn record_error(
        &mut self,
        origin: &str,
        line: Option<usize>,
        kind: &str,
        message: &str,
    ) -> Result<(), StoreError> {
        self.inner.record_error(origin, line, kind, message)
    }

    /// The recorded ingest errors, oldest first (at most `limit`).
    pub fn errors(&self, limit: usize) -> Result<Vec<IngestErrorRow>, StoreError> {
        self.inner.errors(limit)
    }

    /// Row counts.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        self.inner.stats()
    }

    /// Article ids in id order, after `after` (for paging), at most `limit`.
    pub fn article_ids(&self, after: Option<&str>, limit: usize) -> Result<Vec<String>, StoreError> {
        self.inner.article_ids(after, limit)
    }

    /// Articles stored after mark `after` (in the order they became
    /// visible), with their marks, at most `limit`: the feed that keeps
    /// derived indexes in step with the store.
    pub fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Document)>, StoreError> {
        self.inner.articles_after(after, limit)
    }

    /// The highest mark (0 for an empty store).
    pub fn last_rowid(&self) -> Result<i64, StoreError> {
        self.inner.last_rowid()
    }

    /// Every stored article id.
    pub fn all_ids(&self) -> Result<Vec<String>, StoreError> {
        self.inner.all_ids()
    }

    /// Ids of articles whose id starts with `prefix` (at most `limit`).
    pub fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError> {
        self.inner.ids_with_prefix(prefix, limit)
    }

    /// Calls `f` with every stored document in id order.
    pub fn for_each_document(&self, mut f: impl FnMut(Document) -> Result<(), StoreError>) -> Result<(), StoreError> {
        let mut after: Option<String> = None;
        loop {
            let ids = self.article_ids(after.as_deref(), 500)?;
            if ids.is_empty() {
                return Ok(());
            }
            for id in &ids {
                if let Some(doc) = self.load(id)? {
                    f(doc)?;
                }
            }
            after = ids.last().cloned();
        }
    }

    /// Loads a stored document with all its layers (tokens are not stored).
    pub fn load(&self, id: &str) -> Result<Option<Document>, StoreError> {
        self.inner.load(id)
    }

    /// Loads a stored article with its sentences and none of its annotation
    /// layers (what a search hit shows: one row instead of one per layer).
    pub fn load_article(&self, id: &str) -> Result<Option<Document>, StoreError> {
        self.inner.load_article(id)
    }

    /// One quote by article id and index, with its speaker's name.
    pub fn quote_at(&self, article_id: &str, idx: usize) -> Result<Option<QuoteRow>, StoreError> {
        self.inner.quote_at(article_id, idx)
    }

    /// Records that `worker` committed a batch of `articles` new articles
    /// (distributed ingest; `dateline status` lists the workers).
    pub fn heartbeat(&mut self, worker: &str, articles: u64) -> Result<(), StoreError> {
        self.inner.heartbeat(worker, articles)
    }

    /// The workers seen, most recent first.
    pub fn workers(&self) -> Result<Vec<WorkerRow>, StoreError> {
        self.inner.workers()
    }

    /// Articles stored at or after `since` (RFC 3339, UTC): throughput.
    pub fn stored_since(&self, since: &str) -> Result<u64, StoreError> {
        self.inner.stored_since(since)
    }

    /// Quotes whose speaker's name (or the words naming the speaker)
    /// contain `speaker` (case-insensitive), newest first.
    pub fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError> {
        self.inner.quotes_by_speaker(speaker, limit, offset)
    }

    /// Events where `who` is source or target (an actor code prefix such as
    /// `USA`/`USAGOV`, or part of an entity name), and quotes by `who`,
    /// in date order between `from` and `to` (inclusive, `YYYY-MM-DD`).
    pub fn timeline(
        &self,
        who: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<TimelineItem>, StoreError> {
        self.inner.timeline(who, from, to, limit)
    }

    /// Events between actors `a` and `b` (actor code prefixes) in both
    /// directions, counted per period and quad class with summed Goldstein.
    pub fn relations(
        &self,
        a: &str,
        b: &str,
        by: Bucket,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<RelationBucket>, StoreError> {
        self.inner.relations(a, b, by, from, to)
    }

    /// Events, newest first.
    pub fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError> {
        self.inner.events(limit, offset)
    }

    /// The entities mentioned in the most articles (canonical identities).
    pub fn top_entities(&self, limit: usize) -> Result<Vec<EntityCount>, StoreError> {
        self.inner.top_entities(limit)
    }
}
