//! The embedded backend: SQLite through `rusqlite` (bundled), WAL mode.

use crate::query::{code_keys, event_day};
use crate::schema::{MIGRATIONS, SCHEMA_VERSION};
use crate::{default_entity_key, BatchOutcome, EntityKeyFn, IngestErrorRow, Stats, StoreError, StoreItem, WorkerRow};
use chrono::Utc;
use dateline_core::{
    Amount, AmountKind, Article, Document, Entity, EntityKind, Event, EventMode, Mention, MentionKind, PubDate, Quote,
    QuoteKind, Sentence, Span, TimeExpr, TimexType,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};

/// The embedded SQLite store.
pub struct SqliteStore {
    pub(crate) conn: Connection,
    path: PathBuf,
    entity_key: EntityKeyFn,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.path).finish()
    }
}

/// The tables whose row counts `row_counts` keeps, in `insert_batch`'s
/// order.
const COUNTED: [&str; 7] = ["articles", "entities", "mentions", "times", "amounts", "quotes", "events"];

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

impl SqliteStore {
    /// Opens (creating if needed) the store in data directory `dir`, and
    /// migrates it to the current schema.
    pub fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Dir { path: dir.to_path_buf(), source: e })?;
        let path = dir.join("dateline.db");
        SqliteStore::open_file(&path)
    }

    /// Opens a store at an explicit database file path.
    pub fn open_file(path: &Path) -> Result<SqliteStore, StoreError> {
        // SQLite answers SQLITE_BUSY without calling the busy handler in a
        // few cases (WAL recovery after a writer was killed, a journal-mode
        // change racing another opener), so opening retries on its own.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            match SqliteStore::try_open_file(path) {
                Err(StoreError::Sqlite { source, .. }) if is_busy(&source) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                other => return other,
            }
        }
    }

    fn try_open_file(path: &Path) -> Result<SqliteStore, StoreError> {
        let err = |e| StoreError::Sqlite { path: path.to_path_buf(), source: e };
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(err)?;
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).map_err(err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        let mut store = SqliteStore { conn, path: path.to_path_buf(), entity_key: default_entity_key };
        store.migrate_to(SCHEMA_VERSION)?;
        Ok(store)
    }

    /// Migrates up to `target` (tests use this to build older stores).
    #[doc(hidden)]
    pub fn migrate_to(&mut self, target: u32) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::Sqlite { path: path.clone(), source: e };
        // Readers of an up-to-date store never take the write lock.
        let current: u32 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        if current > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: self.path.clone(), found: current, supported: SCHEMA_VERSION });
        }
        if current >= target.min(SCHEMA_VERSION) {
            return Ok(());
        }
        loop {
            // Each step runs in an IMMEDIATE transaction that re-reads the
            // version, so processes opening the same store at once never
            // apply a migration twice.
            let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(err)?;
            let version: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
            if version > SCHEMA_VERSION {
                return Err(StoreError::TooNew { path: self.path.clone(), found: version, supported: SCHEMA_VERSION });
            }
            if version >= target.min(SCHEMA_VERSION) {
                tx.commit().map_err(err)?;
                return Ok(());
            }
            tx.execute_batch(MIGRATIONS[version as usize]).map_err(err)?;
            tx.pragma_update(None, "user_version", version + 1).map_err(err)?;
            tx.commit().map_err(err)?;
        }
    }

    /// Opens a store at `path` and migrates it only up to `version`.
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: u32) -> Result<SqliteStore, StoreError> {
        let err = |e| StoreError::Sqlite { path: path.to_path_buf(), source: e };
        let conn = Connection::open(path).map_err(err)?;
        let mut store = SqliteStore { conn, path: path.to_path_buf(), entity_key: default_entity_key };
        store.migrate_to(version)?;
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|e| self.err(e))
    }

    /// Sets the function that maps entities to canonical identities.
    pub fn set_entity_key(&mut self, f: EntityKeyFn) {
        self.entity_key = f;
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.clone(), source: e }
    }

    /// True when an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }

    /// Stores a batch of documents in one transaction. Documents whose
    /// article id is already stored are counted as duplicates and left as
    /// they are.
    pub fn insert_batch(&mut self, items: &[StoreItem]) -> Result<BatchOutcome, StoreError> {
        self.insert_batch_by(items, None)
    }

    /// [`SqliteStore::insert_batch`]; with `worker`, the same transaction
    /// adds the batch to that worker's row.
    pub fn insert_batch_by(&mut self, items: &[StoreItem], worker: Option<&str>) -> Result<BatchOutcome, StoreError> {
        let key = self.entity_key;
        let path = self.path.clone();
        let err = |e| StoreError::Sqlite { path: path.clone(), source: e };
        let tx = self.conn.transaction().map_err(err)?;
        let mut out = BatchOutcome::default();
        let now = Utc::now().to_rfc3339();
        // Rows added per table: articles, entities, mentions, times,
        // amounts, quotes, events.
        let mut added = [0i64; 7];
        for (doc, origin, external_id) in items {
            if insert_doc(&tx, doc, origin.as_deref(), external_id.as_deref(), &now, key).map_err(err)? {
                out.added += 1;
                let mentions: usize = doc.entities.iter().map(|e| e.mentions.len()).sum();
                let rows = [1, doc.entities.len(), mentions, doc.times.len(), doc.amounts.len(), doc.quotes.len()];
                for (slot, n) in added.iter_mut().zip(rows.into_iter().chain([doc.events.len()])) {
                    *slot += n as i64;
                }
            } else {
                out.duplicates += 1;
            }
        }
        if out.added > 0 {
            let mut st = tx.prepare_cached("UPDATE row_counts SET n = n + ?2 WHERE name = ?1").map_err(err)?;
            for (table, n) in COUNTED.iter().zip(added) {
                st.execute(params![table, n]).map_err(err)?;
            }
        }
        if let Some(worker) = worker {
            tx.execute(SQL_WORKER_BATCH, params![worker, now, out.added as i64]).map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(out)
    }

    /// Records an ingest error (once per origin, line and kind).
    pub fn record_error(
        &mut self,
        origin: &str,
        line: Option<usize>,
        kind: &str,
        message: &str,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR IGNORE INTO ingest_errors(origin, line, kind, message, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![origin, line.map(|l| l as i64), kind, message, Utc::now().to_rfc3339()],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The recorded ingest errors, oldest first (at most `limit`).
    pub fn errors(&self, limit: usize) -> Result<Vec<IngestErrorRow>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT origin, line, kind, message FROM ingest_errors ORDER BY id LIMIT ?1")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([limit as i64], |r| {
                Ok(IngestErrorRow {
                    origin: r.get(0)?,
                    line: r.get::<_, Option<i64>>(1)?.map(|l| l as u64),
                    kind: r.get(2)?,
                    message: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Records that `worker` committed a batch of `articles` new articles.
    pub fn heartbeat(&mut self, worker: &str, articles: u64) -> Result<(), StoreError> {
        let now = Utc::now().to_rfc3339();
        self.conn.execute(SQL_WORKER_BATCH, params![worker, now, articles as i64]).map(|_| ()).map_err(|e| self.err(e))
    }

    /// The workers seen, most recent first.
    pub fn workers(&self) -> Result<Vec<WorkerRow>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT name, started_at, last_seen, articles, batches FROM workers ORDER BY last_seen DESC LIMIT 1000",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(WorkerRow {
                    name: r.get(0)?,
                    started_at: r.get(1)?,
                    last_seen: r.get(2)?,
                    articles: r.get::<_, i64>(3)? as u64,
                    batches: r.get::<_, i64>(4)? as u64,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Articles stored at or after `since` (RFC 3339, UTC).
    pub fn stored_since(&self, since: &str) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM articles WHERE ingested_at >= ?1", [since], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// Row counts: the large tables' from `row_counts` (kept per batch),
    /// the small ones counted.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let sql = if COUNTED.contains(&table) {
                format!("SELECT n FROM row_counts WHERE name = '{table}'")
            } else {
                format!("SELECT COUNT(*) FROM {table}")
            };
            self.conn
                .query_row(&sql, [], |r| r.get::<_, i64>(0))
                .optional()
                .map(|n| n.unwrap_or(0).max(0) as u64)
                .map_err(|e| self.err(e))
        };
        let (first_day, last_day) = self
            .conn
            .query_row(
                // Two subqueries: SQLite reads MIN and MAX off the index only
                // when each is alone in its query (else it scans).
                "SELECT (SELECT MIN(day) FROM articles), (SELECT MAX(day) FROM articles)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        Ok(Stats {
            schema_version: self.schema_version()?,
            articles: count("articles")?,
            entities: count("entities")?,
            canonical_entities: count("canonical_entities")?,
            mentions: count("mentions")?,
            times: count("times")?,
            amounts: count("amounts")?,
            quotes: count("quotes")?,
            events: count("events")?,
            ingest_errors: count("ingest_errors")?,
            first_day,
            last_day,
        })
    }

    /// Article ids in id order, after `after` (for paging), at most `limit`.
    pub fn article_ids(&self, after: Option<&str>, limit: usize) -> Result<Vec<String>, StoreError> {
        let mut st =
            self.conn.prepare("SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2").map_err(|e| self.err(e))?;
        let rows = st.query_map(params![after.unwrap_or(""), limit as i64], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Articles stored after row `after` (in storage order), with their
    /// storage row number, at most `limit`: the feed that keeps derived
    /// indexes in step with the store.
    pub fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Document)>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT rowid, id FROM articles WHERE rowid > ?1 ORDER BY rowid LIMIT ?2")
            .map_err(|e| self.err(e))?;
        let ids: Vec<(i64, String)> = st
            .query_map(params![after, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(ids.len());
        for (rowid, id) in ids {
            if let Some(doc) = self.load(&id)? {
                out.push((rowid, doc));
            }
        }
        Ok(out)
    }

    /// The highest storage row number (0 for an empty store).
    pub fn last_rowid(&self) -> Result<i64, StoreError> {
        self.conn.query_row("SELECT IFNULL(MAX(rowid), 0) FROM articles", [], |r| r.get(0)).map_err(|e| self.err(e))
    }

    /// Every stored article id.
    pub fn all_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare("SELECT id FROM articles").map_err(|e| self.err(e))?;
        let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Ids of articles whose id starts with `prefix` (at most `limit`).
    pub fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError> {
        let hi = format!("{prefix}\u{10FFFF}");
        let mut st = self
            .conn
            .prepare("SELECT id FROM articles WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT ?3")
            .map_err(|e| self.err(e))?;
        let rows = st.query_map(params![prefix, hi, limit as i64], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Loads a stored article with its sentences and no annotation layers
    /// (what a search hit shows).
    pub fn load_article(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let corrupt =
            |table: &'static str, message: String| StoreError::Corrupt { path: self.path.clone(), table, message };
        let row = self
            .conn
            .prepare_cached("SELECT id, date, title, source, url, text, sentences FROM articles WHERE id = ?1")
            .map_err(|e| self.err(e))?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((id, date, title, source, url, text, sentences)) = row else { return Ok(None) };
        let date = PubDate::parse(&date).ok_or_else(|| corrupt("articles", format!("bad date {date:?}")))?;
        let article = Article { id, date, title, source, url, text };
        let mut doc = Document::new(article);
        let sents: Vec<(usize, usize)> =
            serde_json::from_str(&sentences).map_err(|e| corrupt("articles", e.to_string()))?;
        doc.sentences = sents.into_iter().map(|(s, e)| Sentence { span: Span::new(s, e), tokens: 0..0 }).collect();
        Ok(Some(doc))
    }

    /// Loads a stored document with all its layers (tokens are not stored).
    pub fn load(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let corrupt =
            |table: &'static str, message: String| StoreError::Corrupt { path: self.path.clone(), table, message };
        let Some(mut doc) = self.load_article(id)? else { return Ok(None) };
        let id = doc.article.id.clone();
        let q = |sql: &str| self.conn.prepare_cached(sql).map_err(|e| self.err(e));

        let mut st = q(
            "SELECT local_id, kind, name, country, roles, code FROM entities WHERE article_id = ?1 ORDER BY local_id",
        )?;
        let ents = st
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, u32>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut st =
            q("SELECT entity_id, start, \"end\", kind FROM mentions WHERE article_id = ?1 ORDER BY entity_id, start")?;
        let mentions = st
            .query_map([&id], |r| {
                Ok((r.get::<_, u32>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?))
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        for (local_id, kind, name, country, roles, code) in ents {
            let kind = EntityKind::parse(&kind).ok_or_else(|| corrupt("entities", format!("kind {kind:?}")))?;
            let roles: Vec<String> = serde_json::from_str(&roles).map_err(|e| corrupt("entities", e.to_string()))?;
            let ms = mentions
                .iter()
                .filter(|m| m.0 == local_id)
                .map(|m| Mention { span: Span::new(m.1 as usize, m.2 as usize), kind: MentionKind::parse(&m.3) })
                .collect();
            doc.entities.push(Entity { id: local_id, kind, name, country, roles, code, mentions: ms });
        }

        let mut st =
            q("SELECT start, \"end\", kind, value, modifier, anchor FROM times WHERE article_id = ?1 ORDER BY idx")?;
        doc.times = st
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .map(|row| {
                let (s, e, kind, value, modifier, anchor) = row.map_err(|e| self.err(e))?;
                let kind = TimexType::parse(&kind).ok_or_else(|| corrupt("times", format!("type {kind:?}")))?;
                Ok(TimeExpr { span: Span::new(s as usize, e as usize), kind, value, modifier, anchor })
            })
            .collect::<Result<_, StoreError>>()?;

        let mut st = q("SELECT start, \"end\", kind, value, value_max, unit, object_start, object_end, modifier FROM amounts WHERE article_id = ?1 ORDER BY idx")?;
        doc.amounts = st
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<f64>>(3)?,
                    r.get::<_, Option<f64>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<i64>>(6)?,
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .map(|row| {
                let (s, e, kind, value, value_max, unit, os, oe, modifier) = row.map_err(|e| self.err(e))?;
                let kind = AmountKind::parse(&kind).ok_or_else(|| corrupt("amounts", format!("kind {kind:?}")))?;
                let object = os.zip(oe).map(|(a, b)| Span::new(a as usize, b as usize));
                Ok(Amount { span: Span::new(s as usize, e as usize), kind, value, value_max, unit, object, modifier })
            })
            .collect::<Result<_, StoreError>>()?;

        let mut st = q("SELECT start, \"end\", kind, speaker, speaker_start, speaker_end, cue, cue_start, cue_end, date FROM quotes WHERE article_id = ?1 ORDER BY idx")?;
        doc.quotes = st
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<u32>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, Option<i64>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, Option<i64>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .map(|row| {
                let (s, e, kind, speaker, ss, se, cue, cs, ce, date) = row.map_err(|e| self.err(e))?;
                let kind = match kind.as_str() {
                    "direct" => QuoteKind::Direct,
                    "indirect" => QuoteKind::Indirect,
                    "mixed" => QuoteKind::Mixed,
                    other => return Err(corrupt("quotes", format!("kind {other:?}"))),
                };
                Ok(Quote {
                    span: Span::new(s as usize, e as usize),
                    kind,
                    speaker,
                    speaker_span: ss.zip(se).map(|(a, b)| Span::new(a as usize, b as usize)),
                    cue,
                    cue_span: cs.zip(ce).map(|(a, b)| Span::new(a as usize, b as usize)),
                    date,
                })
            })
            .collect::<Result<_, StoreError>>()?;

        let mut st = q("SELECT start, \"end\", trigger_start, trigger_end, code, root, quad, goldstein, plover, plover_mode, source, target, source_entity, target_entity, date, location, mode, negated FROM events WHERE article_id = ?1 ORDER BY idx")?;
        let mut rows = st.query([&id]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let g = |e| StoreError::Sqlite { path: self.path.clone(), source: e };
            let mode: String = r.get(16).map_err(g)?;
            let mode = match mode.as_str() {
                "asserted" => EventMode::Asserted,
                "planned" => EventMode::Planned,
                "negated" => EventMode::Negated,
                "hypothetical" => EventMode::Hypothetical,
                "reported" => EventMode::Reported,
                other => return Err(corrupt("events", format!("mode {other:?}"))),
            };
            doc.events.push(Event {
                span: Span::new(r.get::<_, i64>(0).map_err(g)? as usize, r.get::<_, i64>(1).map_err(g)? as usize),
                trigger: Span::new(r.get::<_, i64>(2).map_err(g)? as usize, r.get::<_, i64>(3).map_err(g)? as usize),
                code: r.get(4).map_err(g)?,
                root: r.get(5).map_err(g)?,
                quad: r.get(6).map_err(g)?,
                goldstein: r.get::<_, f64>(7).map_err(g)? as f32,
                plover: r.get(8).map_err(g)?,
                plover_mode: r.get(9).map_err(g)?,
                source: r.get(10).map_err(g)?,
                target: r.get(11).map_err(g)?,
                source_entity: r.get(12).map_err(g)?,
                target_entity: r.get(13).map_err(g)?,
                date: r.get(14).map_err(g)?,
                location: r.get(15).map_err(g)?,
                mode,
                negated: r.get::<_, i64>(17).map_err(g)? != 0,
            });
        }
        Ok(Some(doc))
    }
}

/// Inserts one document; false when its article was already stored.
fn insert_doc(
    tx: &Transaction<'_>,
    doc: &Document,
    origin: Option<&str>,
    external_id: Option<&str>,
    now: &str,
    key: EntityKeyFn,
) -> rusqlite::Result<bool> {
    let a = &doc.article;
    let sentences: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
    let sentences = serde_json::to_string(&sentences).unwrap_or_else(|_| "[]".into());
    let n = tx.prepare_cached(
        "INSERT OR IGNORE INTO articles(id, date, day, title, source, url, external_id, origin, text, sentences, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![a.id, a.date.to_string(), a.date.date().to_string(), a.title, a.source, a.url, external_id, origin, a.text, sentences, now])?;
    if n == 0 {
        return Ok(false);
    }
    let id = &a.id;
    let article_day = a.date.date().to_string();
    // Local entity id -> canonical entity id, for events and quotes.
    let mut canonical: std::collections::HashMap<u32, i64> = std::collections::HashMap::new();
    {
        let mut ent = tx.prepare_cached("INSERT INTO entities(article_id, local_id, kind, name, country, roles, code, canonical_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        let mut men = tx.prepare_cached(
            "INSERT INTO mentions(article_id, entity_id, start, \"end\", kind) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut canon = tx.prepare_cached(
            "INSERT INTO canonical_entities(key, kind, name, country, code, articles) VALUES (?1, ?2, ?3, ?4, ?5, 1)
             ON CONFLICT(key) DO UPDATE SET articles = articles + 1,
               name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END,
               country = COALESCE(country, excluded.country), code = COALESCE(code, excluded.code)
             RETURNING id",
        )?;
        for e in &doc.entities {
            let cid: i64 =
                canon.query_row(params![key(e), e.kind.as_str(), e.name, e.country, e.code], |r| r.get(0))?;
            canonical.insert(e.id, cid);
            let roles = serde_json::to_string(&e.roles).unwrap_or_else(|_| "[]".into());
            ent.execute(params![id, e.id, e.kind.as_str(), e.name, e.country, roles, e.code, cid])?;
            for m in &e.mentions {
                men.execute(params![id, e.id, m.span.start as i64, m.span.end as i64, m.kind.as_str()])?;
            }
        }
    }
    {
        let mut st = tx.prepare_cached("INSERT INTO times(article_id, idx, start, \"end\", kind, value, modifier, anchor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        for (i, t) in doc.times.iter().enumerate() {
            st.execute(params![
                id,
                i as i64,
                t.span.start as i64,
                t.span.end as i64,
                t.kind.as_str(),
                t.value,
                t.modifier,
                t.anchor
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO amounts(article_id, idx, start, \"end\", kind, value, value_max, unit, object_start, object_end, modifier) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, x) in doc.amounts.iter().enumerate() {
            st.execute(params![
                id,
                i as i64,
                x.span.start as i64,
                x.span.end as i64,
                x.kind.as_str(),
                x.value,
                x.value_max,
                x.unit,
                x.object.map(|o| o.start as i64),
                x.object.map(|o| o.end as i64),
                x.modifier
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes(article_id, idx, start, \"end\", kind, speaker, speaker_start, speaker_end, cue, cue_start, cue_end, date, day, speaker_canon) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for (i, q) in doc.quotes.iter().enumerate() {
            st.execute(params![
                id,
                i as i64,
                q.span.start as i64,
                q.span.end as i64,
                q.kind.as_str(),
                q.speaker,
                q.speaker_span.map(|s| s.start as i64),
                q.speaker_span.map(|s| s.end as i64),
                q.cue,
                q.cue_span.map(|s| s.start as i64),
                q.cue_span.map(|s| s.end as i64),
                q.date,
                q.date.as_deref().unwrap_or(&article_day),
                q.speaker.and_then(|l| canonical.get(&l))
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO events(article_id, idx, start, \"end\", trigger_start, trigger_end, code, root, quad, goldstein, plover, plover_mode, source, target, source_entity, target_entity, date, location, mode, negated, day, source_canon, target_canon)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
        )?;
        let mut code = tx.prepare_cached("INSERT OR IGNORE INTO actor_codes(code) VALUES (?1)")?;
        let mut dyad = tx.prepare_cached(
            "INSERT INTO dyad_days(a, b, day, q1, q2, q3, q4, goldstein, events) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)
             ON CONFLICT(a, b, day) DO UPDATE SET q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3,
               q4 = q4 + excluded.q4, goldstein = goldstein + excluded.goldstein, events = events + 1",
        )?;
        for (i, e) in doc.events.iter().enumerate() {
            let day = event_day(e.date.as_deref(), &article_day);
            st.execute(params![
                id,
                i as i64,
                e.span.start as i64,
                e.span.end as i64,
                e.trigger.start as i64,
                e.trigger.end as i64,
                e.code,
                e.root,
                e.quad,
                e.goldstein as f64,
                e.plover,
                e.plover_mode,
                e.source,
                e.target,
                e.source_entity,
                e.target_entity,
                e.date,
                e.location,
                e.mode.as_str(),
                e.negated as i64,
                day,
                e.source_entity.and_then(|l| canonical.get(&l)),
                e.target_entity.and_then(|l| canonical.get(&l))
            ])?;
            let source = e.source.as_deref().filter(|c| !c.is_empty());
            let target = e.target.as_deref().filter(|c| !c.is_empty());
            for c in source.iter().chain(target.iter()) {
                code.execute([c])?;
            }
            if let (Some(s), Some(t)) = (source, target) {
                let q = |n: u8| (e.quad == n) as i64;
                for ks in code_keys(s) {
                    for kt in code_keys(t) {
                        dyad.execute(params![ks, kt, day, q(1), q(2), q(3), q(4), e.goldstein as f64])?;
                    }
                }
            }
        }
    }
    Ok(true)
}

/// Adds one batch of `?3` new articles to worker `?1`'s row, seen at `?2`.
const SQL_WORKER_BATCH: &str =
    "INSERT INTO workers(name, started_at, last_seen, articles, batches) VALUES (?1, ?2, ?2, ?3, 1)
     ON CONFLICT(name) DO UPDATE SET last_seen = excluded.last_seen,
       articles = articles + excluded.articles, batches = batches + 1";
