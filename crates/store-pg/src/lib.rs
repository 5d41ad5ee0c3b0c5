//! # dateline-store-pg
//!
//! The PostgreSQL backend of dateline's store interface
//! ([`dateline_store::StoreBackend`]): the same tables as the embedded
//! store, in a PostgreSQL schema of their own, with their own migrations
//! ([`schema`]). `dateline --store postgres://user@host:5432/db?schema=NAME`
//! selects it (`schema` defaults to `public`; it is created when missing).
//!
//! Any number of processes write to one store at once:
//!
//! - `insert_batch` writes a batch in one transaction with one multi-row
//!   statement per table (arrays through `unnest`), `ON CONFLICT DO NOTHING`
//!   on the article's content hash, so a redelivered article is counted as a
//!   duplicate and never stored twice, even when two workers race on it.
//!   Locks are taken in one global order (articles by id, then canonical
//!   entities by key), and a deadlock or serialization failure retries the
//!   whole batch.
//! - Derived indexes (a tantivy index per node) follow the store through
//!   `articles.seq`, a mark assigned as the last step of each batch under a
//!   transaction-level advisory lock, so marks become visible in increasing
//!   order: a reader that has seen mark `n` never later finds a new row
//!   below `n` (a plain sequence would not promise that with concurrent
//!   writers committing out of order).
//!
//! Tests run against a server when `DATELINE_TEST_POSTGRES` is set (see
//! `crates/store/tests/store.rs`).
#![warn(missing_docs)]

pub mod schema;

use chrono::Utc;
use dateline_core::{
    Amount, AmountKind, Article, Document, Entity, EntityKind, Event, EventMode, Mention, MentionKind, PubDate, Quote,
    QuoteKind, Sentence, Span, TimeExpr, TimexType,
};
use dateline_store::query::{
    bound, bucket_dyads, code_keys, code_prefix_pattern, dyad_plan, event_day, like_pattern, merge_keys,
    merge_timeline, page_offset, Bucket, EntityCount, EventRow, QuoteRow, RelationBucket, RowKey, TimelineItem,
    MAX_KEYS, MAX_LIMIT,
};
use dateline_store::{
    default_entity_key, BatchOutcome, EntityKeyFn, IngestErrorRow, Stats, StoreBackend, StoreError, StoreItem,
    WorkerRow,
};
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement};
use schema::{MIGRATIONS, SCHEMA_VERSION};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// True when `url` names a PostgreSQL store.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A parsed store URL: what the client connects with, the schema, and the
/// URL without its password (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgUrl {
    /// The connection URL without dateline's own `schema` parameter.
    pub connect: String,
    /// The PostgreSQL schema holding dateline's tables.
    pub schema: String,
    /// The URL without credentials.
    pub location: String,
}

/// Parses `postgres://[user[:password]@]host[:port]/db[?schema=NAME&...]`.
/// Schema names are lowercase letters, digits and `_` (at most 63 bytes,
/// not starting with a digit).
pub fn parse_url(url: &str) -> Result<PgUrl, StoreError> {
    let bad = |message: String| StoreError::Remote { location: redact(url), source: message.into() };
    if !is_postgres_url(url) {
        return Err(bad("not a postgres:// URL".into()));
    }
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, q),
        None => (url, ""),
    };
    let mut schema = String::from("public");
    let mut rest = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("schema", v)) => schema = v.to_string(),
            _ => rest.push(pair),
        }
    }
    let valid = !schema.is_empty()
        && schema.len() <= 63
        && !schema.starts_with(|c: char| c.is_ascii_digit())
        && schema.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !valid {
        return Err(bad(format!("schema {schema:?}: use lowercase letters, digits and _ (at most 63)")));
    }
    let connect = if rest.is_empty() { base.to_string() } else { format!("{base}?{}", rest.join("&")) };
    Ok(PgUrl { connect, location: format!("{}?schema={schema}", redact(base)), schema })
}

/// The URL with any password removed.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let (auth, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match auth.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or("");
            format!("{scheme}://{user}@{host}{path}")
        }
        None => url.to_string(),
    }
}

struct Inner {
    client: Client,
    stmts: HashMap<String, Statement>,
}

impl Inner {
    fn prep(&mut self, sql: &str) -> Result<Statement, postgres::Error> {
        if let Some(st) = self.stmts.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client.prepare(sql)?;
        self.stmts.insert(sql.to_string(), st.clone());
        Ok(st)
    }

    fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>, postgres::Error> {
        let st = self.prep(sql)?;
        self.client.query(&st, params)
    }
}

/// The PostgreSQL store.
pub struct PgStore {
    inner: RefCell<Inner>,
    url: PgUrl,
    location: PathBuf,
    entity_key: EntityKeyFn,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").field("location", &self.url.location).finish()
    }
}

/// Attempts of a batch that hits a deadlock or serialization failure.
const RETRIES: usize = 8;

fn is_retryable(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    matches!(e.code(), Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE)
}

impl PgStore {
    /// Connects to the store at `url` (see [`parse_url`]), creates its schema
    /// when missing and migrates it to the current version.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        PgStore::open_at_version(url, SCHEMA_VERSION)
    }

    /// Connects and migrates only up to `version` (tests).
    #[doc(hidden)]
    pub fn open_at_version(url: &str, version: u32) -> Result<PgStore, StoreError> {
        let url = parse_url(url)?;
        let remote = |e: postgres::Error| StoreError::Remote { location: url.location.clone(), source: Box::new(e) };
        let client = Client::connect(&url.connect, NoTls).map_err(remote)?;
        let location = PathBuf::from(&url.location);
        let mut store = PgStore {
            inner: RefCell::new(Inner { client, stmts: HashMap::new() }),
            url,
            location,
            entity_key: default_entity_key,
        };
        store.migrate_to(version)?;
        Ok(store)
    }

    fn remote(&self, e: postgres::Error) -> StoreError {
        StoreError::Remote { location: self.url.location.clone(), source: Box::new(e) }
    }

    fn corrupt(&self, table: &'static str, message: String) -> StoreError {
        StoreError::Remote {
            location: self.url.location.clone(),
            source: format!("corrupt row in {table}: {message}").into(),
        }
    }

    /// The schema holding the tables.
    pub fn schema(&self) -> &str {
        &self.url.schema
    }

    fn migrate_to(&mut self, target: u32) -> Result<(), StoreError> {
        let schema = self.url.schema.clone();
        let location = self.url.location.clone();
        let remote = |e: postgres::Error| StoreError::Remote { location: location.clone(), source: Box::new(e) };
        let inner = self.inner.get_mut();
        inner.client.batch_execute(&format!("SET search_path TO \"{schema}\"")).map_err(remote)?;
        let mut tx = inner.client.transaction().map_err(remote)?;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1)::bigint)", &[&format!("dateline-migrate:{schema}")])
            .map_err(remote)?;
        tx.batch_execute(&format!(
            "CREATE SCHEMA IF NOT EXISTS \"{schema}\";
             CREATE TABLE IF NOT EXISTS dateline_schema (version INTEGER NOT NULL);"
        ))
        .map_err(remote)?;
        let current: Option<i32> =
            tx.query_opt("SELECT version FROM dateline_schema", &[]).map_err(remote)?.map(|r| r.get(0));
        let mut version = match current {
            Some(v) => v.max(0) as u32,
            None => {
                tx.execute("INSERT INTO dateline_schema(version) VALUES (0)", &[]).map_err(remote)?;
                0
            }
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::RemoteTooNew { location, found: version, supported: SCHEMA_VERSION });
        }
        while version < target.min(SCHEMA_VERSION) {
            tx.batch_execute(MIGRATIONS[version as usize]).map_err(remote)?;
            version += 1;
            tx.execute("UPDATE dateline_schema SET version = $1", &[&(version as i32)]).map_err(remote)?;
        }
        tx.commit().map_err(remote)
    }

    /// Drops the store's schema with everything in it (tests clean up
    /// their per-run schemas with it).
    #[doc(hidden)]
    pub fn drop_schema(self) -> Result<(), StoreError> {
        let sql = format!("DROP SCHEMA IF EXISTS \"{}\" CASCADE", self.url.schema);
        let mut inner = self.inner.borrow_mut();
        inner
            .client
            .batch_execute(&sql)
            .map_err(|e| StoreError::Remote { location: self.url.location.clone(), source: Box::new(e) })
    }

    fn try_insert(&self, items: &[StoreItem], worker: Option<&str>) -> Result<BatchOutcome, postgres::Error> {
        let key = self.entity_key;
        // One global lock order: articles by id (then canonical keys, sorted).
        let mut sorted: Vec<&StoreItem> = items.iter().collect();
        sorted.sort_by(|a, b| a.0.article.id.cmp(&b.0.article.id));
        let before = sorted.len();
        sorted.dedup_by(|a, b| a.0.article.id == b.0.article.id);
        let mut out = BatchOutcome { added: 0, duplicates: before - sorted.len() };
        let now = Utc::now().to_rfc3339();

        let mut inner = self.inner.borrow_mut();
        let st_articles = inner.prep(SQL_INSERT_ARTICLES)?;
        let st_canon = inner.prep(SQL_UPSERT_CANONICAL)?;
        let st_entities = inner.prep(SQL_INSERT_ENTITIES)?;
        let st_mentions = inner.prep(SQL_INSERT_MENTIONS)?;
        let st_times = inner.prep(SQL_INSERT_TIMES)?;
        let st_amounts = inner.prep(SQL_INSERT_AMOUNTS)?;
        let st_quotes = inner.prep(SQL_INSERT_QUOTES)?;
        let st_events = inner.prep(SQL_INSERT_EVENTS)?;
        let st_publish = inner.prep(SQL_PUBLISH)?;
        let lock_key = format!("dateline-seq:{}", self.url.schema);
        let mut tx = inner.client.transaction()?;

        let mut a = ArticleCols::default();
        for (doc, origin, external_id) in &sorted {
            let art = &doc.article;
            let sentences: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
            a.id.push(art.id.as_str());
            a.date.push(art.date.to_string());
            a.day.push(art.date.date().to_string());
            a.title.push(art.title.as_deref());
            a.source.push(art.source.as_deref());
            a.url.push(art.url.as_deref());
            a.external_id.push(external_id.as_deref());
            a.origin.push(origin.as_deref());
            a.text.push(art.text.as_str());
            a.sentences.push(serde_json::to_string(&sentences).unwrap_or_else(|_| "[]".into()));
        }
        let added: HashSet<String> = tx
            .query(
                &st_articles,
                &[
                    &a.id,
                    &a.date,
                    &a.day,
                    &a.title,
                    &a.source,
                    &a.url,
                    &a.external_id,
                    &a.origin,
                    &a.text,
                    &a.sentences,
                    &now,
                ],
            )?
            .iter()
            .map(|r| r.get::<_, String>(0))
            .collect();
        out.added = added.len();
        out.duplicates += sorted.len() - added.len();
        let n_added = added.len() as i64;
        if let Some(worker) = worker {
            tx.execute(SQL_WORKER_BATCH, &[&worker, &now, &n_added])?;
        }
        if added.is_empty() {
            tx.commit()?;
            return Ok(out);
        }
        let docs: Vec<&Document> = sorted.iter().map(|(d, _, _)| d).filter(|d| added.contains(&d.article.id)).collect();

        let mut ent = EntityCols::default();
        let mut men = MentionCols::default();
        let mut tim = TimeCols::default();
        let mut amt = AmountCols::default();
        let mut quo = QuoteCols::default();
        let mut evt = EventCols::default();
        for d in &docs {
            let id = d.article.id.as_str();
            for e in &d.entities {
                ent.article_id.push(id);
                ent.local_id.push(e.id as i64);
                ent.kind.push(e.kind.as_str());
                ent.name.push(e.name.as_str());
                ent.country.push(e.country.as_deref());
                ent.roles.push(serde_json::to_string(&e.roles).unwrap_or_else(|_| "[]".into()));
                ent.code.push(e.code.as_deref());
                ent.keys.push(key(e));
                for m in &e.mentions {
                    men.article_id.push(id);
                    men.entity_id.push(e.id as i64);
                    men.start.push(m.span.start as i64);
                    men.end.push(m.span.end as i64);
                    men.kind.push(m.kind.as_str());
                }
            }
            for (i, t) in d.times.iter().enumerate() {
                tim.article_id.push(id);
                tim.idx.push(i as i64);
                tim.start.push(t.span.start as i64);
                tim.end.push(t.span.end as i64);
                tim.kind.push(t.kind.as_str());
                tim.value.push(t.value.as_str());
                tim.modifier.push(t.modifier.as_deref());
                tim.anchor.push(t.anchor.as_deref());
            }
            for (i, x) in d.amounts.iter().enumerate() {
                amt.article_id.push(id);
                amt.idx.push(i as i64);
                amt.start.push(x.span.start as i64);
                amt.end.push(x.span.end as i64);
                amt.kind.push(x.kind.as_str());
                amt.value.push(x.value);
                amt.value_max.push(x.value_max);
                amt.unit.push(x.unit.as_deref());
                amt.object_start.push(x.object.map(|o| o.start as i64));
                amt.object_end.push(x.object.map(|o| o.end as i64));
                amt.modifier.push(x.modifier.as_deref());
            }
            for (i, q) in d.quotes.iter().enumerate() {
                quo.article_id.push(id);
                quo.idx.push(i as i64);
                quo.start.push(q.span.start as i64);
                quo.end.push(q.span.end as i64);
                quo.kind.push(q.kind.as_str());
                quo.speaker.push(q.speaker.map(i64::from));
                quo.speaker_start.push(q.speaker_span.map(|s| s.start as i64));
                quo.speaker_end.push(q.speaker_span.map(|s| s.end as i64));
                quo.cue.push(q.cue.as_deref());
                quo.cue_start.push(q.cue_span.map(|s| s.start as i64));
                quo.cue_end.push(q.cue_span.map(|s| s.end as i64));
                quo.date.push(q.date.as_deref());
                quo.day.push(q.date.clone().unwrap_or_else(|| d.article.date.date().to_string()));
            }
            for (i, e) in d.events.iter().enumerate() {
                evt.article_id.push(id);
                evt.idx.push(i as i64);
                evt.start.push(e.span.start as i64);
                evt.end.push(e.span.end as i64);
                evt.trigger_start.push(e.trigger.start as i64);
                evt.trigger_end.push(e.trigger.end as i64);
                evt.code.push(e.code.as_str());
                evt.root.push(i64::from(e.root));
                evt.quad.push(i64::from(e.quad));
                evt.goldstein.push(f64::from(e.goldstein));
                evt.plover.push(e.plover.as_deref());
                evt.plover_mode.push(e.plover_mode.as_deref());
                evt.source.push(e.source.as_deref());
                evt.target.push(e.target.as_deref());
                evt.source_entity.push(e.source_entity.map(i64::from));
                evt.target_entity.push(e.target_entity.map(i64::from));
                evt.date.push(e.date.as_deref());
                evt.location.push(e.location.as_deref());
                evt.mode.push(e.mode.as_str());
                evt.negated.push(e.negated);
                evt.day.push(event_day(e.date.as_deref(), &d.article.date.date().to_string()).to_string());
            }
        }
        if !men.article_id.is_empty() {
            tx.execute(&st_mentions, &[&men.article_id, &men.entity_id, &men.start, &men.end, &men.kind])?;
        }
        if !tim.article_id.is_empty() {
            let t = &tim;
            tx.execute(
                &st_times,
                &[&t.article_id, &t.idx, &t.start, &t.end, &t.kind, &t.value, &t.modifier, &t.anchor],
            )?;
        }
        if !amt.article_id.is_empty() {
            let x = &amt;
            tx.execute(
                &st_amounts,
                &[
                    &x.article_id,
                    &x.idx,
                    &x.start,
                    &x.end,
                    &x.kind,
                    &x.value,
                    &x.value_max,
                    &x.unit,
                    &x.object_start,
                    &x.object_end,
                    &x.modifier,
                ],
            )?;
        }
        // Canonical entities and the entities that point to them come last:
        // a hot canonical row ("USA") stays locked only from here to the
        // commit, not while the bulk of the batch is written.
        let mut canon: BTreeMap<String, CanonSlot> = BTreeMap::new();
        for d in &docs {
            for e in &d.entities {
                let slot =
                    canon.entry(key(e)).or_insert_with(|| (e.kind.as_str().to_string(), e.name.clone(), None, None, 0));
                if e.name.chars().count() > slot.1.chars().count() {
                    slot.1 = e.name.clone();
                }
                if slot.2.is_none() {
                    slot.2 = e.country.clone();
                }
                if slot.3.is_none() {
                    slot.3 = e.code.clone();
                }
                slot.4 += 1;
            }
        }
        let mut canon_ids: HashMap<String, i64> = HashMap::new();
        if !canon.is_empty() {
            let (mut k, mut kind, mut name, mut country, mut code, mut n) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for (key, (kd, nm, c, cd, count)) in &canon {
                k.push(key.as_str());
                kind.push(kd.as_str());
                name.push(nm.as_str());
                country.push(c.as_deref());
                code.push(cd.as_deref());
                n.push(*count);
            }
            for r in tx.query(&st_canon, &[&k, &kind, &name, &country, &code, &n])? {
                canon_ids.insert(r.get(0), r.get(1));
            }
        }

        ent.canonical_id = ent.keys.iter().map(|k| canon_ids.get(k).copied()).collect();
        let local_canon: HashMap<(String, i64), i64> = ent
            .article_id
            .iter()
            .zip(&ent.local_id)
            .zip(&ent.canonical_id)
            .filter_map(|((a, l), c)| c.map(|c| ((a.to_string(), *l), c)))
            .collect();
        if !ent.article_id.is_empty() {
            let e = &ent;
            tx.execute(
                &st_entities,
                &[&e.article_id, &e.local_id, &e.kind, &e.name, &e.country, &e.roles, &e.code, &e.canonical_id],
            )?;
        }
        // Events and quotes point to canonical entities; then the actor
        // codes and the per-day dyad sums (hot rows such as USA->USA,
        // upserted in key order, so concurrent writers never deadlock).
        let canon_of = |article: &str, local: Option<i64>| -> Option<i64> {
            let local = local?;
            local_canon.get(&(article.to_string(), local)).copied()
        };
        quo.speaker_canon = quo.article_id.iter().zip(&quo.speaker).map(|(a, l)| canon_of(a, *l)).collect();
        evt.source_canon = evt.article_id.iter().zip(&evt.source_entity).map(|(a, l)| canon_of(a, *l)).collect();
        evt.target_canon = evt.article_id.iter().zip(&evt.target_entity).map(|(a, l)| canon_of(a, *l)).collect();
        if !quo.article_id.is_empty() {
            let q = &quo;
            tx.execute(
                &st_quotes,
                &[
                    &q.article_id,
                    &q.idx,
                    &q.start,
                    &q.end,
                    &q.kind,
                    &q.speaker,
                    &q.speaker_start,
                    &q.speaker_end,
                    &q.cue,
                    &q.cue_start,
                    &q.cue_end,
                    &q.date,
                    &q.day,
                    &q.speaker_canon,
                ],
            )?;
        }
        if !evt.article_id.is_empty() {
            let e = &evt;
            tx.execute(
                &st_events,
                &[
                    &e.article_id,
                    &e.idx,
                    &e.start,
                    &e.end,
                    &e.trigger_start,
                    &e.trigger_end,
                    &e.code,
                    &e.root,
                    &e.quad,
                    &e.goldstein,
                    &e.plover,
                    &e.plover_mode,
                    &e.source,
                    &e.target,
                    &e.source_entity,
                    &e.target_entity,
                    &e.date,
                    &e.location,
                    &e.mode,
                    &e.negated,
                    &e.day,
                    &e.source_canon,
                    &e.target_canon,
                ],
            )?;
        }
        let mut codes: Vec<&str> =
            evt.source.iter().chain(&evt.target).flatten().copied().filter(|c| !c.is_empty()).collect();
        codes.sort_unstable();
        codes.dedup();
        if !codes.is_empty() {
            tx.execute(SQL_INSERT_CODES, &[&codes])?;
        }
        let mut dyads: BTreeMap<(&str, &str, &str), DyadSums> = BTreeMap::new();
        for i in 0..evt.article_id.len() {
            let (Some(s), Some(t)) = (evt.source[i], evt.target[i]) else { continue };
            if s.is_empty() || t.is_empty() {
                continue;
            }
            for ks in code_keys(s) {
                for kt in code_keys(t) {
                    let slot = dyads.entry((ks, kt, evt.day[i].as_str())).or_insert(([0; 4], 0.0, 0));
                    if let Some(q) = usize::try_from(evt.quad[i]).ok().filter(|q| (1..=4).contains(q)) {
                        slot.0[q - 1] += 1;
                    }
                    slot.1 += evt.goldstein[i];
                    slot.2 += 1;
                }
            }
        }
        if !dyads.is_empty() {
            let (mut a, mut b, mut day) = (Vec::new(), Vec::new(), Vec::new());
            let (mut q1, mut q2, mut q3, mut q4, mut g, mut n) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for ((ka, kb, d), (q, gs, count)) in &dyads {
                a.push(*ka);
                b.push(*kb);
                day.push(*d);
                q1.push(q[0]);
                q2.push(q[1]);
                q3.push(q[2]);
                q4.push(q[3]);
                g.push(*gs);
                n.push(*count);
            }
            tx.execute(SQL_UPSERT_DYADS, &[&a, &b, &day, &q1, &q2, &q3, &q4, &g, &n])?;
        }
        // Last step: marks in commit order (see the crate docs).
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1)::bigint)", &[&lock_key])?;
        let ids: Vec<&str> = docs.iter().map(|d| d.article.id.as_str()).collect();
        tx.execute(&st_publish, &[&ids])?;
        tx.commit()?;
        Ok(out)
    }

    fn load_article_doc(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query("SELECT id, date, title, source, url, text, sentences FROM articles WHERE id = $1", &[&id])
            .map_err(|e| self.remote(e))?;
        let Some(r) = rows.first() else { return Ok(None) };
        let date: String = r.get(1);
        let date = PubDate::parse(&date).ok_or_else(|| self.corrupt("articles", format!("bad date {date:?}")))?;
        let article = Article { id: r.get(0), date, title: r.get(2), source: r.get(3), url: r.get(4), text: r.get(5) };
        let sentences: String = r.get(6);
        let mut doc = Document::new(article);
        let sents: Vec<(usize, usize)> =
            serde_json::from_str(&sentences).map_err(|e| self.corrupt("articles", e.to_string()))?;
        doc.sentences = sents.into_iter().map(|(s, e)| Sentence { span: Span::new(s, e), tokens: 0..0 }).collect();
        Ok(Some(doc))
    }

    fn load_doc(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let Some(mut doc) = self.load_article_doc(id)? else { return Ok(None) };
        let mut inner = self.inner.borrow_mut();
        let mentions = inner
            .query(
                "SELECT entity_id, start, \"end\", kind FROM mentions WHERE article_id = $1 ORDER BY entity_id, start",
                &[&id],
            )
            .map_err(|e| self.remote(e))?;
        for r in inner
            .query(
                "SELECT local_id, kind, name, country, roles, code FROM entities WHERE article_id = $1 ORDER BY local_id",
                &[&id],
            )
            .map_err(|e| self.remote(e))?
        {
            let local_id: i64 = r.get(0);
            let kind: String = r.get(1);
            let kind = EntityKind::parse(&kind).ok_or_else(|| self.corrupt("entities", format!("kind {kind:?}")))?;
            let roles: String = r.get(4);
            let roles: Vec<String> = serde_json::from_str(&roles).map_err(|e| self.corrupt("entities", e.to_string()))?;
            let ms = mentions
                .iter()
                .filter(|m| m.get::<_, i64>(0) == local_id)
                .map(|m| Mention {
                    span: Span::new(m.get::<_, i64>(1) as usize, m.get::<_, i64>(2) as usize),
                    kind: MentionKind::parse(m.get(3)),
                })
                .collect();
            doc.entities.push(Entity {
                id: local_id as u32,
                kind,
                name: r.get(2),
                country: r.get(3),
                roles,
                code: r.get(5),
                mentions: ms,
            });
        }
        for r in inner
            .query(
                "SELECT start, \"end\", kind, value, modifier, anchor FROM times WHERE article_id = $1 ORDER BY idx",
                &[&id],
            )
            .map_err(|e| self.remote(e))?
        {
            let kind: String = r.get(2);
            let kind = TimexType::parse(&kind).ok_or_else(|| self.corrupt("times", format!("type {kind:?}")))?;
            doc.times.push(TimeExpr {
                span: span(r.get(0), r.get(1)),
                kind,
                value: r.get(3),
                modifier: r.get(4),
                anchor: r.get(5),
            });
        }
        for r in inner
            .query(
                "SELECT start, \"end\", kind, value, value_max, unit, object_start, object_end, modifier FROM amounts WHERE article_id = $1 ORDER BY idx",
                &[&id],
            )
            .map_err(|e| self.remote(e))?
        {
            let kind: String = r.get(2);
            let kind = AmountKind::parse(&kind).ok_or_else(|| self.corrupt("amounts", format!("kind {kind:?}")))?;
            let os: Option<i64> = r.get(6);
            let oe: Option<i64> = r.get(7);
            doc.amounts.push(Amount {
                span: span(r.get(0), r.get(1)),
                kind,
                value: r.get(3),
                value_max: r.get(4),
                unit: r.get(5),
                object: os.zip(oe).map(|(a, b)| span(a, b)),
                modifier: r.get(8),
            });
        }
        for r in inner
            .query(
                "SELECT start, \"end\", kind, speaker, speaker_start, speaker_end, cue, cue_start, cue_end, date FROM quotes WHERE article_id = $1 ORDER BY idx",
                &[&id],
            )
            .map_err(|e| self.remote(e))?
        {
            let kind: String = r.get(2);
            let kind = match kind.as_str() {
                "direct" => QuoteKind::Direct,
                "indirect" => QuoteKind::Indirect,
                "mixed" => QuoteKind::Mixed,
                other => return Err(self.corrupt("quotes", format!("kind {other:?}"))),
            };
            let speaker: Option<i64> = r.get(3);
            let (ss, se): (Option<i64>, Option<i64>) = (r.get(4), r.get(5));
            let (cs, ce): (Option<i64>, Option<i64>) = (r.get(7), r.get(8));
            doc.quotes.push(Quote {
                span: span(r.get(0), r.get(1)),
                kind,
                speaker: speaker.map(|s| s as u32),
                speaker_span: ss.zip(se).map(|(a, b)| span(a, b)),
                cue: r.get(6),
                cue_span: cs.zip(ce).map(|(a, b)| span(a, b)),
                date: r.get(9),
            });
        }
        for r in inner
            .query(
                "SELECT start, \"end\", trigger_start, trigger_end, code, root, quad, goldstein, plover, plover_mode, source, target, source_entity, target_entity, date, location, mode, negated FROM events WHERE article_id = $1 ORDER BY idx",
                &[&id],
            )
            .map_err(|e| self.remote(e))?
        {
            let mode: String = r.get(16);
            let mode = match mode.as_str() {
                "asserted" => EventMode::Asserted,
                "planned" => EventMode::Planned,
                "negated" => EventMode::Negated,
                "hypothetical" => EventMode::Hypothetical,
                "reported" => EventMode::Reported,
                other => return Err(self.corrupt("events", format!("mode {other:?}"))),
            };
            let se: Option<i64> = r.get(12);
            let te: Option<i64> = r.get(13);
            doc.events.push(Event {
                span: span(r.get(0), r.get(1)),
                trigger: span(r.get(2), r.get(3)),
                code: r.get(4),
                root: r.get::<_, i64>(5) as u8,
                quad: r.get::<_, i64>(6) as u8,
                goldstein: r.get::<_, f64>(7) as f32,
                plover: r.get(8),
                plover_mode: r.get(9),
                source: r.get(10),
                target: r.get(11),
                source_entity: se.map(|x| x as u32),
                target_entity: te.map(|x| x as u32),
                date: r.get(14),
                location: r.get(15),
                mode,
                negated: r.get(17),
            });
        }
        Ok(Some(doc))
    }

    fn strings(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<String>, StoreError> {
        let rows = self.inner.borrow_mut().query(sql, params).map_err(|e| self.remote(e))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn count(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64, StoreError> {
        let rows = self.inner.borrow_mut().query(sql, params).map_err(|e| self.remote(e))?;
        Ok(rows.first().map(|r| r.get::<_, i64>(0)).unwrap_or(0).max(0) as u64)
    }

    /// Canonical entities whose name contains `name` (any case), the most
    /// mentioned first, at most [`MAX_KEYS`].
    fn canonical_ids(&self, name: &str) -> Result<Vec<i64>, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query(
                "SELECT id FROM canonical_entities WHERE name ILIKE $1 ESCAPE '\\' ORDER BY articles DESC LIMIT $2",
                &[&like_pattern(name), &(MAX_KEYS as i64)],
            )
            .map_err(|e| self.remote(e))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Actor codes starting with `code` (any case), at most [`MAX_KEYS`].
    fn actor_codes(&self, code: &str) -> Result<Vec<String>, StoreError> {
        self.strings(
            "SELECT code FROM actor_codes WHERE code LIKE $1 ORDER BY code LIMIT $2",
            &[&code_prefix_pattern(code), &(MAX_KEYS as i64)],
        )
    }

    /// Row keys from one index lookup (`sql` takes the key, the day range
    /// and a limit).
    fn row_keys(
        &self,
        sql: &str,
        key: &(dyn ToSql + Sync),
        from: &str,
        to: &str,
        limit: i64,
    ) -> Result<Vec<RowKey>, StoreError> {
        let rows = self.inner.borrow_mut().query(sql, &[key, &from, &to, &limit]).map_err(|e| self.remote(e))?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
    }

    /// The quotes at these keys, in their order.
    fn quotes_at(&self, keys: &[RowKey]) -> Result<Vec<QuoteRow>, StoreError> {
        let mut out = Vec::with_capacity(keys.len());
        for (_, article, idx) in keys {
            out.extend(self.quote_rows(
                "SELECT q.article_id, a.day, q.day, q.kind, byte_slice(a.text, q.start, q.\"end\"),
                        en.name, CASE WHEN q.speaker_start IS NULL THEN NULL ELSE byte_slice(a.text, q.speaker_start, q.speaker_end) END, q.cue
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker
                 WHERE q.article_id = $1 AND q.idx = $2",
                &[article, idx],
            )?);
        }
        Ok(out)
    }

    /// The events at these keys, in their order.
    fn events_at(&self, keys: &[RowKey]) -> Result<Vec<EventRow>, StoreError> {
        let mut out = Vec::with_capacity(keys.len());
        for (_, article, idx) in keys {
            out.extend(self.event_rows(SQL_EVENT_AT, &[article, idx])?);
        }
        Ok(out)
    }

    fn quote_rows(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<QuoteRow>, StoreError> {
        let rows = self.inner.borrow_mut().query(sql, params).map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| QuoteRow {
                article_id: r.get(0),
                article_day: r.get(1),
                date: r.get(2),
                kind: r.get(3),
                text: r.get(4),
                speaker: r.get(5),
                speaker_text: r.get(6),
                cue: r.get(7),
            })
            .collect())
    }

    fn event_rows(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<EventRow>, StoreError> {
        let rows = self.inner.borrow_mut().query(sql, params).map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| EventRow {
                article_id: r.get(0),
                date: r.get(1),
                code: r.get(2),
                root: r.get::<_, i64>(3) as u8,
                quad: r.get::<_, i64>(4) as u8,
                goldstein: r.get(5),
                source: r.get(6),
                target: r.get(7),
                source_name: r.get(8),
                target_name: r.get(9),
                location: r.get(10),
                mode: r.get(11),
                trigger: r.get(12),
            })
            .collect())
    }
}

fn span(s: i64, e: i64) -> Span {
    Span::new(s.max(0) as usize, e.max(0) as usize)
}

/// A dyad-day's batch sums: events per quad class, Goldstein, events.
type DyadSums = ([i64; 4], f64, i64);

/// A canonical entity's batch totals: kind, longest name, first country,
/// first code, entity count.
type CanonSlot = (String, String, Option<String>, Option<String>, i64);

#[derive(Default)]
struct ArticleCols<'a> {
    id: Vec<&'a str>,
    date: Vec<String>,
    day: Vec<String>,
    title: Vec<Option<&'a str>>,
    source: Vec<Option<&'a str>>,
    url: Vec<Option<&'a str>>,
    external_id: Vec<Option<&'a str>>,
    origin: Vec<Option<&'a str>>,
    text: Vec<&'a str>,
    sentences: Vec<String>,
}

#[derive(Default)]
struct EntityCols<'a> {
    article_id: Vec<&'a str>,
    local_id: Vec<i64>,
    kind: Vec<&'a str>,
    name: Vec<&'a str>,
    country: Vec<Option<&'a str>>,
    roles: Vec<String>,
    code: Vec<Option<&'a str>>,
    canonical_id: Vec<Option<i64>>,
    keys: Vec<String>,
}

#[derive(Default)]
struct MentionCols<'a> {
    article_id: Vec<&'a str>,
    entity_id: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<&'a str>,
}

#[derive(Default)]
struct TimeCols<'a> {
    article_id: Vec<&'a str>,
    idx: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<&'a str>,
    value: Vec<&'a str>,
    modifier: Vec<Option<&'a str>>,
    anchor: Vec<Option<&'a str>>,
}

#[derive(Default)]
struct AmountCols<'a> {
    article_id: Vec<&'a str>,
    idx: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<&'a str>,
    value: Vec<Option<f64>>,
    value_max: Vec<Option<f64>>,
    unit: Vec<Option<&'a str>>,
    object_start: Vec<Option<i64>>,
    object_end: Vec<Option<i64>>,
    modifier: Vec<Option<&'a str>>,
}

#[derive(Default)]
struct QuoteCols<'a> {
    article_id: Vec<&'a str>,
    idx: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    kind: Vec<&'a str>,
    speaker: Vec<Option<i64>>,
    speaker_start: Vec<Option<i64>>,
    speaker_end: Vec<Option<i64>>,
    cue: Vec<Option<&'a str>>,
    cue_start: Vec<Option<i64>>,
    cue_end: Vec<Option<i64>>,
    date: Vec<Option<&'a str>>,
    day: Vec<String>,
    speaker_canon: Vec<Option<i64>>,
}

#[derive(Default)]
struct EventCols<'a> {
    article_id: Vec<&'a str>,
    idx: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    trigger_start: Vec<i64>,
    trigger_end: Vec<i64>,
    code: Vec<&'a str>,
    root: Vec<i64>,
    quad: Vec<i64>,
    goldstein: Vec<f64>,
    plover: Vec<Option<&'a str>>,
    plover_mode: Vec<Option<&'a str>>,
    source: Vec<Option<&'a str>>,
    target: Vec<Option<&'a str>>,
    source_entity: Vec<Option<i64>>,
    target_entity: Vec<Option<i64>>,
    date: Vec<Option<&'a str>>,
    location: Vec<Option<&'a str>>,
    mode: Vec<&'a str>,
    negated: Vec<bool>,
    day: Vec<String>,
    source_canon: Vec<Option<i64>>,
    target_canon: Vec<Option<i64>>,
}

/// Adds one batch of `$3` new articles to worker `$1`'s row, seen at `$2`
/// (inside the batch's transaction: see [`Store::insert_batch_by`]).
///
/// [`Store::insert_batch_by`]: dateline_store::Store::insert_batch_by
const SQL_WORKER_BATCH: &str =
    "INSERT INTO workers AS w (name, started_at, last_seen, articles, batches) VALUES ($1, $2, $2, $3, 1)
     ON CONFLICT (name) DO UPDATE SET last_seen = excluded.last_seen,
       articles = w.articles + excluded.articles, batches = w.batches + 1";

const SQL_INSERT_ARTICLES: &str = "INSERT INTO articles(id, date, day, title, source, url, external_id, origin, text, sentences, ingested_at)
     SELECT u.*, $11::text FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) AS u
     ON CONFLICT (id) DO NOTHING RETURNING id";
const SQL_UPSERT_CANONICAL: &str = "INSERT INTO canonical_entities AS c (key, kind, name, country, code, articles)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
     ON CONFLICT (key) DO UPDATE SET articles = c.articles + excluded.articles,
       name = CASE WHEN length(excluded.name) > length(c.name) THEN excluded.name ELSE c.name END,
       country = COALESCE(c.country, excluded.country), code = COALESCE(c.code, excluded.code)
     RETURNING key, id";
const SQL_INSERT_ENTITIES: &str = "INSERT INTO entities(article_id, local_id, kind, name, country, roles, code, canonical_id)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])";
const SQL_INSERT_MENTIONS: &str = "INSERT INTO mentions(article_id, entity_id, start, \"end\", kind)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[])";
const SQL_INSERT_TIMES: &str = "INSERT INTO times(article_id, idx, start, \"end\", kind, value, modifier, anchor)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])";
const SQL_INSERT_AMOUNTS: &str = "INSERT INTO amounts(article_id, idx, start, \"end\", kind, value, value_max, unit, object_start, object_end, modifier)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::bigint[], $10::bigint[], $11::text[])";
const SQL_INSERT_QUOTES: &str = "INSERT INTO quotes(article_id, idx, start, \"end\", kind, speaker, speaker_start, speaker_end, cue, cue_start, cue_end, date, day, speaker_canon)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::text[], $10::bigint[], $11::bigint[], $12::text[], $13::text[], $14::bigint[])";
const SQL_INSERT_EVENTS: &str = "INSERT INTO events(article_id, idx, start, \"end\", trigger_start, trigger_end, code, root, quad, goldstein, plover, plover_mode, source, target, source_entity, target_entity, date, location, mode, negated, day, source_canon, target_canon)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::text[], $8::bigint[], $9::bigint[], $10::float8[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bigint[], $16::bigint[], $17::text[], $18::text[], $19::text[], $20::bool[], $21::text[], $22::bigint[], $23::bigint[])";
const SQL_INSERT_CODES: &str =
    "INSERT INTO actor_codes(code) SELECT * FROM unnest($1::text[]) ON CONFLICT (code) DO NOTHING";
const SQL_UPSERT_DYADS: &str = "INSERT INTO dyad_days AS d (a, b, day, q1, q2, q3, q4, goldstein, events)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::float8[], $9::bigint[])
     ON CONFLICT (a, b, day) DO UPDATE SET q1 = d.q1 + excluded.q1, q2 = d.q2 + excluded.q2, q3 = d.q3 + excluded.q3,
       q4 = d.q4 + excluded.q4, goldstein = d.goldstein + excluded.goldstein, events = d.events + excluded.events";
const SQL_PUBLISH: &str = "UPDATE articles SET seq = nextval('articles_seq') WHERE id = ANY($1::text[])";

/// One event with its actors' names and trigger words, by article and index.
const SQL_EVENT_AT: &str =
    "SELECT e.article_id, e.day, e.code, e.root, e.quad, e.goldstein, e.source, e.target, s.name, t.name,
        e.location, e.mode, byte_slice(a.text, e.trigger_start, e.trigger_end)
 FROM events e JOIN articles a ON a.id = e.article_id
 LEFT JOIN entities s ON s.article_id = e.article_id AND s.local_id = e.source_entity
 LEFT JOIN entities t ON t.article_id = e.article_id AND t.local_id = e.target_entity
 WHERE e.article_id = $1 AND e.idx = $2";

/// The PostgreSQL expression of the period of day `d` (as the embedded
/// store's: `%Y-W%W` weeks start on Monday, week 00 before the first one).
fn period_sql(by: Bucket) -> &'static str {
    match by {
        Bucket::Day => "x.d",
        Bucket::Week => "to_char(x.d::date, 'YYYY') || '-W' || lpad(((extract(doy FROM x.d::date)::int + 7 - extract(isodow FROM x.d::date)::int) / 7)::text, 2, '0')",
        Bucket::Month => "substr(x.d, 1, 7)",
    }
}

impl StoreBackend for PgStore {
    fn path(&self) -> &Path {
        &self.location
    }

    fn schema_version(&self) -> Result<u32, StoreError> {
        let rows =
            self.inner.borrow_mut().query("SELECT version FROM dateline_schema", &[]).map_err(|e| self.remote(e))?;
        Ok(rows.first().map(|r| r.get::<_, i32>(0)).unwrap_or(0).max(0) as u32)
    }

    fn set_entity_key(&mut self, f: EntityKeyFn) {
        self.entity_key = f;
    }

    fn contains(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.count("SELECT COUNT(*) FROM articles WHERE id = $1", &[&id])? > 0)
    }

    fn insert_batch(&mut self, items: &[StoreItem], worker: Option<&str>) -> Result<BatchOutcome, StoreError> {
        let mut attempt = 0;
        loop {
            match self.try_insert(items, worker) {
                Ok(out) => return Ok(out),
                Err(e) if is_retryable(&e) && attempt + 1 < RETRIES => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 << attempt.min(5)));
                }
                Err(e) => return Err(self.remote(e)),
            }
        }
    }

    fn record_error(&mut self, origin: &str, line: Option<usize>, kind: &str, message: &str) -> Result<(), StoreError> {
        let line = line.map(|l| l as i64);
        let now = Utc::now().to_rfc3339();
        self.inner
            .borrow_mut()
            .query(
                "INSERT INTO ingest_errors(origin, line, kind, message, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                &[&origin, &line, &kind, &message, &now],
            )
            .map(|_| ())
            .map_err(|e| self.remote(e))
    }

    fn errors(&self, limit: usize) -> Result<Vec<IngestErrorRow>, StoreError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let rows = self
            .inner
            .borrow_mut()
            .query("SELECT origin, line, kind, message FROM ingest_errors ORDER BY id LIMIT $1", &[&limit])
            .map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| IngestErrorRow {
                origin: r.get(0),
                line: r.get::<_, Option<i64>>(1).map(|l| l.max(0) as u64),
                kind: r.get(2),
                message: r.get(3),
            })
            .collect())
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query(
                "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM canonical_entities),
                        (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM times), (SELECT COUNT(*) FROM amounts),
                        (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM ingest_errors),
                        (SELECT MIN(day) FROM articles), (SELECT MAX(day) FROM articles)",
                &[],
            )
            .map_err(|e| self.remote(e))?;
        let Some(r) = rows.first() else { return Err(self.corrupt("articles", "no stats row".into())) };
        let n = |i: usize| r.get::<_, i64>(i).max(0) as u64;
        Ok(Stats {
            schema_version: self.schema_version()?,
            articles: n(0),
            entities: n(1),
            canonical_entities: n(2),
            mentions: n(3),
            times: n(4),
            amounts: n(5),
            quotes: n(6),
            events: n(7),
            ingest_errors: n(8),
            first_day: r.get(9),
            last_day: r.get(10),
        })
    }

    fn article_ids(&self, after: Option<&str>, limit: usize) -> Result<Vec<String>, StoreError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        self.strings("SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2", &[&after.unwrap_or(""), &limit])
    }

    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Document)>, StoreError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let rows = self
            .inner
            .borrow_mut()
            .query("SELECT seq, id FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2", &[&after, &limit])
            .map_err(|e| self.remote(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: String = r.get(1);
            if let Some(doc) = self.load_doc(&id)? {
                out.push((r.get(0), doc));
            }
        }
        Ok(out)
    }

    fn last_rowid(&self) -> Result<i64, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query("SELECT COALESCE(MAX(seq), 0) FROM articles", &[])
            .map_err(|e| self.remote(e))?;
        Ok(rows.first().map(|r| r.get(0)).unwrap_or(0))
    }

    fn all_ids(&self) -> Result<Vec<String>, StoreError> {
        self.strings("SELECT id FROM articles", &[])
    }

    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError> {
        let limit = limit.min(i64::MAX as usize) as i64;
        self.strings("SELECT id FROM articles WHERE left(id, length($1)) = $1 ORDER BY id LIMIT $2", &[&prefix, &limit])
    }

    fn load(&self, id: &str) -> Result<Option<Document>, StoreError> {
        self.load_doc(id)
    }

    fn load_article(&self, id: &str) -> Result<Option<Document>, StoreError> {
        self.load_article_doc(id)
    }

    fn quote_at(&self, article_id: &str, idx: usize) -> Result<Option<QuoteRow>, StoreError> {
        Ok(self.quotes_at(&[(String::new(), article_id.to_string(), idx as i64)])?.pop())
    }

    fn heartbeat(&mut self, worker: &str, articles: u64) -> Result<(), StoreError> {
        let now = Utc::now().to_rfc3339();
        let n = articles.min(i64::MAX as u64) as i64;
        self.inner.borrow_mut().query(SQL_WORKER_BATCH, &[&worker, &now, &n]).map(|_| ()).map_err(|e| self.remote(e))
    }

    fn workers(&self) -> Result<Vec<WorkerRow>, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query(
                "SELECT name, started_at, last_seen, articles, batches FROM workers ORDER BY last_seen DESC LIMIT 1000",
                &[],
            )
            .map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| WorkerRow {
                name: r.get(0),
                started_at: r.get(1),
                last_seen: r.get(2),
                articles: r.get::<_, i64>(3).max(0) as u64,
                batches: r.get::<_, i64>(4).max(0) as u64,
            })
            .collect())
    }

    fn stored_since(&self, since: &str) -> Result<u64, StoreError> {
        self.count("SELECT COUNT(*) FROM articles WHERE ingested_at >= $1", &[&since])
    }

    fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let want = bound(limit) as usize;
        let offset = page_offset(offset);
        let mut keys = Vec::new();
        for id in self.canonical_ids(speaker)? {
            keys.extend(self.row_keys(
                "SELECT day, article_id, idx FROM quotes WHERE speaker_canon = $1 AND day BETWEEN $2 AND $3
                 ORDER BY day DESC, article_id, idx LIMIT $4",
                &id,
                "0000-00-00",
                "9999-99-99",
                (want + offset) as i64,
            )?);
        }
        self.quotes_at(&merge_keys(keys, true, offset, want))
    }

    fn timeline(
        &self,
        who: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<TimelineItem>, StoreError> {
        let from = from.unwrap_or("0000-00-00");
        let to = to.unwrap_or("9999-99-99");
        let want = bound(limit);
        let mut keys = Vec::new();
        for code in self.actor_codes(who)? {
            for col in ["source", "target"] {
                let sql = format!(
                    "SELECT day, article_id, idx FROM events WHERE {col} = $1 AND day BETWEEN $2 AND $3
                     ORDER BY day, article_id, idx LIMIT $4"
                );
                keys.extend(self.row_keys(&sql, &code, from, to, want)?);
            }
        }
        let ids = self.canonical_ids(who)?;
        for id in &ids {
            for col in ["source_canon", "target_canon"] {
                let sql = format!(
                    "SELECT day, article_id, idx FROM events WHERE {col} = $1 AND day BETWEEN $2 AND $3
                     ORDER BY day, article_id, idx LIMIT $4"
                );
                keys.extend(self.row_keys(&sql, id, from, to, want)?);
            }
        }
        let events = self.events_at(&merge_keys(keys, false, 0, want as usize))?;
        let mut qkeys = Vec::new();
        for id in &ids {
            qkeys.extend(self.row_keys(
                "SELECT day, article_id, idx FROM quotes WHERE speaker_canon = $1 AND day BETWEEN $2 AND $3
                 ORDER BY day, article_id, idx LIMIT $4",
                id,
                from,
                to,
                want,
            )?);
        }
        let quotes = self.quotes_at(&merge_keys(qkeys, false, 0, want as usize))?;
        Ok(merge_timeline(events, quotes, from, to, limit))
    }

    fn relations(
        &self,
        a: &str,
        b: &str,
        by: Bucket,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<RelationBucket>, StoreError> {
        let (from, to) = (from.unwrap_or("0000-00-00"), to.unwrap_or("9999-99-99"));
        let n = |r: &Row, i: usize| r.get::<_, i64>(i).max(0) as u64;
        if let Some(plan) = dyad_plan(a, b) {
            let mut rows = Vec::new();
            for (x, y, dir, sign) in plan {
                let found = self
                    .inner
                    .borrow_mut()
                    .query(
                        "SELECT day, q1, q2, q3, q4, goldstein, events FROM dyad_days WHERE a = $1 AND b = $2 AND day BETWEEN $3 AND $4",
                        &[&x, &y, &from, &to],
                    )
                    .map_err(|e| self.remote(e))?;
                let v = |r: &Row, i: usize| sign * r.get::<_, i64>(i);
                rows.extend(found.iter().map(|r| {
                    (
                        r.get::<_, String>(0),
                        dir,
                        [v(r, 1), v(r, 2), v(r, 3), v(r, 4)],
                        sign as f64 * r.get::<_, f64>(5),
                        v(r, 6),
                    )
                }));
            }
            return Ok(bucket_dyads(rows, by));
        }
        // Prefixes off the segment grid: scan the events.
        let pa = code_prefix_pattern(a);
        let pb = code_prefix_pattern(b);
        let sql = format!(
            "SELECT p, dir, COUNT(*) FILTER (WHERE quad = 1), COUNT(*) FILTER (WHERE quad = 2),
                    COUNT(*) FILTER (WHERE quad = 3), COUNT(*) FILTER (WHERE quad = 4), SUM(goldstein), COUNT(*)
             FROM (SELECT {period} AS p, CASE WHEN x.source LIKE $1 THEN 'a->b' ELSE 'b->a' END AS dir, x.quad, x.goldstein
                   FROM (SELECT e.source, e.target, e.quad, e.goldstein, e.day AS d FROM events e) x
                   WHERE ((x.source LIKE $1 AND x.target LIKE $2) OR (x.source LIKE $2 AND x.target LIKE $1))
                     AND x.d BETWEEN $3 AND $4) y
             GROUP BY p, dir ORDER BY p, dir LIMIT {MAX_LIMIT}",
            period = period_sql(by)
        );
        let rows = self.inner.borrow_mut().query(&sql, &[&pa, &pb, &from, &to]).map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| RelationBucket {
                period: r.get(0),
                direction: r.get(1),
                quad: [n(r, 2), n(r, 3), n(r, 4), n(r, 5)],
                goldstein: r.get::<_, Option<f64>>(6).unwrap_or(0.0),
                events: n(r, 7),
            })
            .collect())
    }

    fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError> {
        let offset = page_offset(offset) as i64;
        let rows = self
            .inner
            .borrow_mut()
            .query(
                "SELECT day, article_id, idx FROM events ORDER BY day DESC, article_id DESC, idx DESC LIMIT $1 OFFSET $2",
                &[&bound(limit), &offset],
            )
            .map_err(|e| self.remote(e))?;
        let keys: Vec<RowKey> = rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect();
        self.events_at(&keys)
    }

    fn top_entities(&self, limit: usize) -> Result<Vec<EntityCount>, StoreError> {
        let rows = self
            .inner
            .borrow_mut()
            .query(
                "SELECT name, kind, code, articles FROM canonical_entities ORDER BY articles DESC, name LIMIT $1",
                &[&bound(limit)],
            )
            .map_err(|e| self.remote(e))?;
        Ok(rows
            .iter()
            .map(|r| EntityCount {
                name: r.get(0),
                kind: r.get(1),
                code: r.get(2),
                articles: r.get::<_, i64>(3).max(0) as u64,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_their_schema_and_lose_their_password() {
        let u = parse_url("postgres://me:secret@db.example:5432/news?schema=run_7&sslmode=disable").unwrap();
        assert_eq!(u.schema, "run_7");
        assert_eq!(u.connect, "postgres://me:secret@db.example:5432/news?sslmode=disable");
        assert_eq!(u.location, "postgres://me@db.example:5432/news?schema=run_7");
        assert!(!u.location.contains("secret"));
        let u = parse_url("postgresql://localhost/test").unwrap();
        assert_eq!((u.schema.as_str(), u.connect.as_str()), ("public", "postgresql://localhost/test"));
    }

    #[test]
    fn bad_schemas_and_urls_are_refused() {
        for bad in
            ["postgres://h/db?schema=a\"b", "postgres://h/db?schema=", "postgres://h/db?schema=1a", "mysql://h/db"]
        {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
        assert!(!is_postgres_url("/var/data"));
    }
}
