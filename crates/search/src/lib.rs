//! # dateline-search
//!
//! The full-text and structured index over the store, and the one query
//! layer the CLI and the HTTP API share.
//!
//! The index is a tantivy index in `<data>/index`, derived from the store:
//! every article is one index document (title, body, day, source, entity
//! names, actor codes, countries, event codes, quote speakers) and every quote
//! another (its text and speaker). Each index commit records, as its payload,
//! the store row number up to which it has indexed; [`SearchIndex::sync`]
//! indexes whatever the store committed after that. A crash between a store
//! commit and an index commit therefore never loses an article from search:
//! the next sync (run at every open by the CLI and the server) catches up.
//! `dateline reindex` rebuilds the index from scratch.
//!
//! ```
//! use dateline_core::{Article, Document, Pipeline, PubDate};
//! use dateline_search::{SearchIndex, SearchQuery};
//! use dateline_store::Store;
//!
//! let dir = std::env::temp_dir().join(format!("dateline-search-doc-{}", std::process::id()));
//! let mut store = Store::open(&dir).unwrap();
//! let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), "The minerals deal was signed."));
//! Pipeline::segment_only().run(&mut doc);
//! store.insert_batch(&[(doc, None, None)]).unwrap();
//! let index = SearchIndex::open(&dir.join("index")).unwrap();
//! index.sync(&store).unwrap();
//! let res = index.search(&store, &SearchQuery::text("minerals deal")).unwrap();
//! assert_eq!(res.total, 1);
//! # drop(store); std::fs::remove_dir_all(&dir).ok();
//! ```
#![warn(missing_docs)]

pub mod facets;

use chrono::NaiveDate;
use dateline_core::{Document, QuoteKind};
use dateline_store::{Store, StoreError};
use serde::Serialize;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::{doc, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

/// Largest page a search returns.
pub const MAX_PAGE: usize = 200;
/// Deepest result a search can page to.
pub const MAX_OFFSET: usize = 10_000;

/// Errors of the search layer.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index failed.
    #[error("search index {path}: {source}")]
    Index {
        /// The index directory.
        path: PathBuf,
        /// tantivy's error.
        #[source]
        source: tantivy::TantivyError,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The query text does not parse.
    #[error("bad query {query:?}: {message}")]
    BadQuery {
        /// The query.
        query: String,
        /// Why.
        message: String,
    },
}

#[derive(Clone, Copy)]
struct Fields {
    doc_type: Field,
    article_id: Field,
    quote_idx: Field,
    title: Field,
    body: Field,
    day: Field,
    source: Field,
    entity: Field,
    actor: Field,
    country: Field,
    event: Field,
    speaker: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let f = Fields {
        doc_type: b.add_text_field("doc_type", STRING),
        article_id: b.add_text_field("article_id", STRING | STORED),
        quote_idx: b.add_u64_field("quote_idx", STORED),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
        day: b.add_u64_field("day", INDEXED | FAST | STORED),
        source: b.add_text_field("source", STRING),
        entity: b.add_text_field("entity", STRING),
        actor: b.add_text_field("actor", STRING),
        country: b.add_text_field("country", STRING),
        event: b.add_text_field("event", STRING),
        speaker: b.add_text_field("speaker", STRING),
    };
    (b.build(), f)
}

/// `2025-03-11` -> 20250311.
fn day_number(d: NaiveDate) -> u64 {
    use chrono::Datelike;
    (d.year().max(0) as u64) * 10_000 + d.month() as u64 * 100 + d.day() as u64
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// What a search looks for. All filters must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, Serialize)]
#[serde(default)]
pub struct SearchQuery {
    /// Full-text query (tantivy syntax: words, "phrases", AND/OR/NOT, +/-,
    /// `title:` and `body:` fields).
    pub text: Option<String>,
    /// First day (inclusive).
    pub from: Option<NaiveDate>,
    /// Last day (inclusive).
    pub to: Option<NaiveDate>,
    /// Entity name, exact but case-insensitive ("Marco Rubio").
    pub entity: Option<String>,
    /// Actor code or its prefix as CAMEO writes it ("USA", "USAGOV").
    pub actor: Option<String>,
    /// ISO 3166 alpha-3 country of an entity in the article.
    pub country: Option<String>,
    /// CAMEO event code or root ("036", "19").
    pub event: Option<String>,
    /// Quote speaker name, case-insensitive.
    pub speaker: Option<String>,
    /// Source / outlet, case-insensitive.
    pub source: Option<String>,
    /// Search quotes instead of articles.
    pub quotes: bool,
    /// Page size (at most [`MAX_PAGE`]).
    pub limit: usize,
    /// Results to skip (at most [`MAX_OFFSET`]).
    pub offset: usize,
}

impl SearchQuery {
    /// A full-text query with default paging.
    pub fn text(q: &str) -> SearchQuery {
        SearchQuery { text: Some(q.to_string()), limit: 20, ..SearchQuery::default() }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The article.
    pub article_id: String,
    /// Its day.
    pub day: String,
    /// Its title.
    pub title: Option<String>,
    /// Its source.
    pub source: Option<String>,
    /// Relevance (0 when sorted by date).
    pub score: f32,
    /// A passage: the quote, or the first sentence matching the query.
    pub snippet: String,
    /// For quote results: the speaker.
    pub speaker: Option<String>,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// All matches.
    pub total: usize,
    /// This page.
    pub hits: Vec<Hit>,
}

/// The search index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
    path: PathBuf,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").field("path", &self.path).finish()
    }
}

impl SearchIndex {
    /// Opens or creates the index in `dir`.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        let err = |e| SearchError::Index { path: dir.to_path_buf(), source: e };
        std::fs::create_dir_all(dir).map_err(|e| {
            err(tantivy::TantivyError::from(tantivy::directory::error::OpenDirectoryError::wrap_io_error(
                e,
                dir.to_path_buf(),
            )))
        })?;
        let (schema, fields) = schema();
        let mmap = tantivy::directory::MmapDirectory::open(dir).map_err(|e| err(e.into()))?;
        let index = Index::open_or_create(mmap, schema).map_err(err)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(err)?;
        Ok(SearchIndex { index, reader, writer: Mutex::new(None), fields, path: dir.to_path_buf() })
    }

    fn err(&self, e: tantivy::TantivyError) -> SearchError {
        SearchError::Index { path: self.path.clone(), source: e }
    }

    /// The store row up to which the index is complete.
    pub fn watermark(&self) -> Result<i64, SearchError> {
        let metas = self.index.load_metas().map_err(|e| self.err(e))?;
        Ok(metas.payload.and_then(|p| p.parse().ok()).unwrap_or(0))
    }

    /// Indexes every article the store committed after the watermark, in
    /// chunks, committing the index with the new watermark after each.
    /// Returns the number of articles indexed.
    pub fn sync(&self, store: &Store) -> Result<usize, SearchError> {
        let mut guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, 64_000_000).map_err(|e| self.err(e))?);
        }
        let writer = guard.as_mut().expect("writer just set");
        let mut mark = self.watermark()?;
        let mut total = 0usize;
        loop {
            let batch = store.articles_after(mark, 2000)?;
            let Some(&(last, _)) = batch.last() else { break };
            for (_, doc) in &batch {
                // Re-indexing the same article (after a crash between the
                // tantivy commit and... nothing: the payload is written with
                // the commit) never happens; delete anyway for `reindex`.
                writer.delete_term(Term::from_field_text(self.fields.article_id, &doc.article.id));
                self.add(writer, doc).map_err(|e| self.err(e))?;
            }
            let mut prepared = writer.prepare_commit().map_err(|e| self.err(e))?;
            prepared.set_payload(&last.to_string());
            prepared.commit().map_err(|e| self.err(e))?;
            total += batch.len();
            mark = last;
        }
        self.reader.reload().map_err(|e| self.err(e))?;
        Ok(total)
    }

    /// Drops everything and indexes the whole store again.
    pub fn rebuild(&self, store: &Store) -> Result<usize, SearchError> {
        {
            let mut guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            if guard.is_none() {
                *guard = Some(self.index.writer_with_num_threads(1, 64_000_000).map_err(|e| self.err(e))?);
            }
            let writer = guard.as_mut().expect("writer just set");
            writer.delete_all_documents().map_err(|e| self.err(e))?;
            let mut prepared = writer.prepare_commit().map_err(|e| self.err(e))?;
            prepared.set_payload("0");
            prepared.commit().map_err(|e| self.err(e))?;
        }
        self.sync(store)
    }

    fn add(&self, writer: &mut IndexWriter, d: &Document) -> tantivy::Result<()> {
        let f = &self.fields;
        let a = &d.article;
        let day = day_number(a.date.date());
        let mut article = doc!(
            f.doc_type => "article",
            f.article_id => a.id.as_str(),
            f.title => a.title.clone().unwrap_or_default(),
            f.body => a.text.as_str(),
            f.day => day,
        );
        if let Some(s) = &a.source {
            article.add_text(f.source, norm(s));
        }
        let mut seen = std::collections::HashSet::new();
        let mut add_once = |doc: &mut TantivyDocument, field: Field, v: String| {
            if !v.is_empty() && seen.insert((field, v.clone())) {
                doc.add_text(field, v);
            }
        };
        for e in &d.entities {
            add_once(&mut article, f.entity, norm(&e.name));
            if let Some(c) = &e.country {
                add_once(&mut article, f.country, c.to_uppercase());
            }
            if let Some(code) = &e.code {
                add_actor_prefixes(&mut article, f.actor, code, &mut add_once);
            }
        }
        for ev in &d.events {
            add_once(&mut article, f.event, ev.code.clone());
            add_once(&mut article, f.event, format!("{:02}", ev.root));
            for code in [&ev.source, &ev.target].into_iter().flatten() {
                add_actor_prefixes(&mut article, f.actor, code, &mut add_once);
            }
        }
        let speaker_name = |q: &dateline_core::Quote| -> Option<String> {
            q.speaker
                .and_then(|id| d.entity(id))
                .map(|e| e.name.clone())
                .or_else(|| q.speaker_span.and_then(|s| s.get(&a.text)).map(str::to_string))
        };
        for q in &d.quotes {
            if let Some(s) = speaker_name(q) {
                add_once(&mut article, f.speaker, norm(&s));
            }
        }
        writer.add_document(article)?;
        for (i, q) in d.quotes.iter().enumerate() {
            let mut qd = doc!(
                f.doc_type => "quote",
                f.article_id => a.id.as_str(),
                f.quote_idx => i as u64,
                f.body => q.span.get(&a.text).unwrap_or(""),
                f.day => day,
            );
            if q.kind == QuoteKind::Direct {
                qd.add_text(f.doc_type, "direct");
            }
            if let Some(s) = speaker_name(q) {
                qd.add_text(f.speaker, norm(&s));
            }
            if let Some(s) = &a.source {
                qd.add_text(f.source, norm(s));
            }
            writer.add_document(qd)?;
        }
        Ok(())
    }

    fn build_query(&self, q: &SearchQuery) -> Result<Box<dyn Query>, SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term = |field: Field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic))
        };
        clauses.push((Occur::Must, term(f.doc_type, if q.quotes { "quote" } else { "article" })));
        if let Some(text) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
            let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body]);
            parser.set_conjunction_by_default();
            let parsed = parser
                .parse_query(text)
                .map_err(|e| SearchError::BadQuery { query: text.to_string(), message: e.to_string() })?;
            clauses.push((Occur::Must, parsed));
        }
        if q.from.is_some() || q.to.is_some() {
            let lo =
                q.from.map(|d| Bound::Included(Term::from_field_u64(f.day, day_number(d)))).unwrap_or(Bound::Unbounded);
            let hi =
                q.to.map(|d| Bound::Included(Term::from_field_u64(f.day, day_number(d)))).unwrap_or(Bound::Unbounded);
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        if let Some(v) = &q.entity {
            clauses.push((Occur::Must, term(f.entity, &norm(v))));
        }
        if let Some(v) = &q.actor {
            clauses.push((Occur::Must, term(f.actor, &v.trim().to_uppercase())));
        }
        if let Some(v) = &q.country {
            clauses.push((Occur::Must, term(f.country, &v.trim().to_uppercase())));
        }
        if let Some(v) = &q.event {
            let v = v.trim();
            let v = if v.len() == 1 { format!("0{v}") } else { v.to_string() };
            clauses.push((Occur::Must, term(f.event, &v)));
        }
        if let Some(v) = &q.speaker {
            clauses.push((Occur::Must, term(f.speaker, &norm(v))));
        }
        if let Some(v) = &q.source {
            clauses.push((Occur::Must, term(f.source, &norm(v))));
        }
        if clauses.is_empty() {
            return Ok(Box::new(AllQuery));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// The top `sample` matches of `q` (quotes excluded, from the first),
    /// loaded whole, with the number of all matches: what facets and the
    /// actor network are computed over.
    pub fn sample(&self, store: &Store, q: &SearchQuery, sample: usize) -> Result<(usize, Vec<Document>), SearchError> {
        let mut query = q.clone();
        query.quotes = false;
        query.offset = 0;
        query.limit = sample.clamp(1, MAX_PAGE);
        let res = self.search(store, &query)?;
        let mut docs = Vec::with_capacity(res.hits.len());
        for h in &res.hits {
            if let Some(d) = store.load(&h.article_id)? {
                docs.push(d);
            }
        }
        Ok((res.total, docs))
    }

    /// Facets of the top `sample` matches of `q`: the `top` entities, actors
    /// and event roots.
    pub fn facets(
        &self,
        store: &Store,
        q: &SearchQuery,
        sample: usize,
        top: usize,
    ) -> Result<facets::Facets, SearchError> {
        let (total, docs) = self.sample(store, q, sample)?;
        Ok(facets::compute_facets(&docs, total, top))
    }

    /// Runs a query: ranked by relevance when it has text, newest first
    /// otherwise. Pages are bounded by [`MAX_PAGE`] and [`MAX_OFFSET`].
    pub fn search(&self, store: &Store, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let query = self.build_query(q)?;
        let searcher = self.reader.searcher();
        let limit = if q.limit == 0 { 20 } else { q.limit.min(MAX_PAGE) };
        let offset = q.offset.min(MAX_OFFSET);
        let ranked = q.text.as_deref().is_some_and(|t| !t.trim().is_empty());
        let (addrs, total): (Vec<(f32, tantivy::DocAddress)>, usize) = if ranked {
            let (top, n) = searcher
                .search(&query, &(TopDocs::with_limit(limit).and_offset(offset).order_by_score(), Count))
                .map_err(|e| self.err(e))?;
            (top, n)
        } else {
            let (top, n) = searcher
                .search(
                    &query,
                    &(
                        TopDocs::with_limit(limit).and_offset(offset).order_by_fast_field::<u64>("day", Order::Desc),
                        Count,
                    ),
                )
                .map_err(|e| self.err(e))?;
            (top.into_iter().map(|(_, a)| (0.0, a)).collect(), n)
        };
        let words: Vec<String> = q
            .text
            .as_deref()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2 && !matches!(*w, "AND" | "OR" | "NOT" | "title" | "body"))
            .map(str::to_lowercase)
            .collect();
        let mut hits = Vec::with_capacity(addrs.len());
        for (score, addr) in addrs {
            let stored: TantivyDocument = searcher.doc(addr).map_err(|e| self.err(e))?;
            let Some(id) = stored.get_first(self.fields.article_id).and_then(|v| v.as_str()).map(str::to_string) else {
                continue;
            };
            let quote_idx = stored.get_first(self.fields.quote_idx).and_then(|v| v.as_u64());
            // One row for the article (no layers), one for a quote hit.
            let Some(doc) = store.load_article(&id)? else { continue };
            let quote = match quote_idx {
                Some(i) => store.quote_at(&id, i as usize)?,
                None => None,
            };
            let (snippet, speaker) = match quote {
                Some(q) => (q.text, q.speaker.or(q.speaker_text)),
                None => (snippet(&doc, &words), None),
            };
            hits.push(Hit {
                article_id: id,
                day: doc.article.date.date().to_string(),
                title: doc.article.title.clone(),
                source: doc.article.source.clone(),
                score,
                snippet,
                speaker,
            });
        }
        Ok(SearchResults { total, hits })
    }
}

fn add_actor_prefixes(
    doc: &mut TantivyDocument,
    field: Field,
    code: &str,
    add: &mut impl FnMut(&mut TantivyDocument, Field, String),
) {
    let code = code.trim().to_uppercase();
    if code.is_empty() {
        return;
    }
    // CAMEO codes are built of 3-letter parts: USAGOV -> USA, USAGOV.
    let mut end = 3;
    while end < code.len() {
        if code.is_char_boundary(end) {
            add(doc, field, code[..end].to_string());
        }
        end += 3;
    }
    add(doc, field, code);
}

/// The first sentence that contains a query word, else the first one;
/// at most 300 characters.
fn snippet(doc: &Document, words: &[String]) -> String {
    let pick = doc
        .sentences
        .iter()
        .find(|s| {
            let t = doc.slice(s.span).to_lowercase();
            words.iter().any(|w| t.contains(w.as_str()))
        })
        .or(doc.sentences.first())
        .map(|s| doc.slice(s.span))
        .unwrap_or(&doc.article.text);
    let one: String = pick.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 300 {
        let mut s: String = one.chars().take(299).collect();
        s.push('…');
        s
    } else {
        one
    }
}
