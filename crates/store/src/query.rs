//! Structured queries over the store: quotes by speaker, timelines of an
//! entity or actor, relations between two actors over time, top entities.
//! Every query is parameterized (no SQL is built from user input) and
//! bounded by a limit.

use crate::sqlite::SqliteStore;
use crate::StoreError;
use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

/// Largest page any query returns.
pub const MAX_LIMIT: usize = 1000;

/// A quote with its article and speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    /// Article id.
    pub article_id: String,
    /// Article day.
    pub article_day: String,
    /// When it was said (TIMEX3 value), else the article day.
    pub date: String,
    /// direct, indirect or mixed.
    pub kind: String,
    /// The quote's text.
    pub text: String,
    /// The speaker entity's name, when resolved.
    pub speaker: Option<String>,
    /// The words naming the speaker.
    pub speaker_text: Option<String>,
    /// The speech verb.
    pub cue: Option<String>,
}

/// An event with its article and actors' names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// Article id.
    pub article_id: String,
    /// The event's own date when the text gives one, else the article day.
    pub date: String,
    /// CAMEO code.
    pub code: String,
    /// CAMEO root.
    pub root: u8,
    /// Quad class.
    pub quad: u8,
    /// Goldstein weight.
    pub goldstein: f64,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
    /// Source entity name.
    pub source_name: Option<String>,
    /// Target entity name.
    pub target_name: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// asserted, planned...
    pub mode: String,
    /// The trigger words.
    pub trigger: String,
}

/// One item of a timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum TimelineItem {
    /// An event the entity or actor took part in.
    Event(EventRow),
    /// A quote by the entity.
    Quote(QuoteRow),
}

impl TimelineItem {
    /// The item's date.
    pub fn date(&self) -> &str {
        match self {
            TimelineItem::Event(e) => &e.date,
            TimelineItem::Quote(q) => &q.date,
        }
    }
}

/// Time buckets for relations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// Per day.
    Day,
    /// Per ISO-like week (`YYYY-Www`, weeks start on Monday).
    Week,
    /// Per month.
    Month,
}

impl Bucket {
    /// Parses `day`, `week` or `month`.
    pub fn parse(s: &str) -> Option<Bucket> {
        Some(match s {
            "day" => Bucket::Day,
            "week" => Bucket::Week,
            "month" => Bucket::Month,
            _ => return None,
        })
    }

    /// The SQLite expression of the period of day `d`.
    fn sql(self) -> &'static str {
        match self {
            Bucket::Day => "d",
            Bucket::Week => "strftime('%Y-W%W', d)",
            Bucket::Month => "substr(d, 1, 7)",
        }
    }
}

/// Event counts per quad class and summed Goldstein in one period and
/// direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationBucket {
    /// The period (`2025-03-10`, `2025-W10`, `2025-03`).
    pub period: String,
    /// `a->b` or `b->a`.
    pub direction: String,
    /// Events of quad classes 1..=4 (verbal coop, material coop, verbal
    /// conflict, material conflict).
    pub quad: [u64; 4],
    /// Sum of Goldstein weights.
    pub goldstein: f64,
    /// All events.
    pub events: u64,
}

/// An entity and how many articles mention it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityCount {
    /// Canonical name.
    pub name: String,
    /// Type.
    pub kind: String,
    /// Actor code, when known.
    pub code: Option<String>,
    /// Articles mentioning it.
    pub articles: u64,
}

/// One event with its actors' names and trigger words, by article and index.
const EVENT_AT: &str = "SELECT e.article_id, e.day, e.code, e.root, e.quad, e.goldstein, e.source, e.target, s.name, t.name, e.location, e.mode,
        CAST(substr(CAST(a.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start) AS TEXT)
 FROM events e JOIN articles a ON a.id = e.article_id
 LEFT JOIN entities s ON s.article_id = e.article_id AND s.local_id = e.source_entity
 LEFT JOIN entities t ON t.article_id = e.article_id AND t.local_id = e.target_entity
 WHERE e.article_id = ?1 AND e.idx = ?2";

/// A `LIKE` pattern matching `s` anywhere, with `%`, `_` and `\\` escaped
/// (escape character `\\`).
pub fn like_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// The deepest page any query reaches: rows skipped at most.
pub const MAX_OFFSET: usize = 10_000;

/// An offset clamped to [`MAX_OFFSET`].
pub fn page_offset(offset: usize) -> usize {
    offset.min(MAX_OFFSET)
}

/// A page size clamped to `1..=MAX_LIMIT`.
pub fn bound(limit: usize) -> i64 {
    limit.clamp(1, MAX_LIMIT) as i64
}

/// A `LIKE` pattern matching actor codes that start with `code` (any
/// case; `%`, `_` and `\\` dropped).
pub fn code_prefix_pattern(code: &str) -> String {
    format!("{}%", code.to_uppercase().replace(['%', '_', '\\'], ""))
}

/// How many actor codes or canonical entities one timeline or quote query
/// looks up at most (the most frequent entities first).
pub const MAX_KEYS: usize = 64;

/// The day an event is filed under: its own full date (`YYYY-MM-DD`) when
/// the text gives one, else the article day.
pub fn event_day<'a>(date: Option<&'a str>, article_day: &'a str) -> &'a str {
    match date {
        // The shape the migrations test in SQL (GLOB / regex), so stored
        // and migrated rows agree.
        Some(d)
            if d.len() == 10
                && d.bytes()
                    .enumerate()
                    .all(|(i, c)| if i == 4 || i == 7 { c == b'-' } else { c.is_ascii_digit() }) =>
        {
            d
        }
        _ => article_day,
    }
}

/// The keys an actor code is counted under in `dyad_days`: its prefixes at
/// CAMEO's 3-letter segment boundaries and the whole code (`USAGOV` ->
/// `USA`, `USAGOV`).
pub fn code_keys(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    if code.is_ascii() {
        out.extend((3..code.len().min(31)).step_by(3).map(|n| &code[..n]));
    }
    out.push(code);
    out
}

/// One term of a relations query over `dyad_days`: the per-day sums of
/// (source prefix, target prefix), counted in a direction with a sign.
pub type DyadTerm = (String, String, &'static str, i64);

/// How a relations query reads `dyad_days`, when both sides are whole
/// 3-letter segments (otherwise it scans the events). An event is counted
/// once, `a->b` when its source matches `a`, as the scan counts it; when one
/// side's events contain the other's (`USA` and `USAGOV`) the overlap is
/// subtracted: with `b` inside `a`, `a->b` = (a,b) + (b,a) - (b,b); with `a`
/// inside `b`, `a->b` = (a,b) and `b->a` = (b,a) - (a,a).
pub fn dyad_plan(a: &str, b: &str) -> Option<Vec<DyadTerm>> {
    let norm = |s: &str| s.trim().to_uppercase();
    let (a, b) = (norm(a), norm(b));
    let whole = |s: &str| !s.is_empty() && s.len().is_multiple_of(3) && s.bytes().all(|c| c.is_ascii_alphanumeric());
    if !whole(&a) || !whole(&b) {
        return None;
    }
    let t = |x: &String, y: &String, dir, sign| (x.clone(), y.clone(), dir, sign);
    Some(if b.starts_with(&a) {
        vec![t(&a, &b, "a->b", 1), t(&b, &a, "a->b", 1), t(&b, &b, "a->b", -1)]
    } else if a.starts_with(&b) {
        vec![t(&a, &b, "a->b", 1), t(&b, &a, "b->a", 1), t(&a, &a, "b->a", -1)]
    } else {
        vec![t(&a, &b, "a->b", 1), t(&b, &a, "b->a", 1)]
    })
}

/// The period (`YYYY-MM-DD`, `YYYY-Www` with weeks starting on Monday as
/// SQLite's `%W`, or `YYYY-MM`) of a day.
pub fn period_of(day: &str, by: Bucket) -> String {
    match by {
        Bucket::Day => day.to_string(),
        Bucket::Month => day.get(..7).unwrap_or(day).to_string(),
        Bucket::Week => match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
            Ok(d) => d.format("%Y-W%W").to_string(),
            Err(_) => day.to_string(),
        },
    }
}

/// Sums signed per-day dyad rows `(day, direction, quad counts, goldstein,
/// events)` into periods, in period then direction order; periods left
/// with no events are dropped.
pub fn bucket_dyads(rows: Vec<(String, &'static str, [i64; 4], f64, i64)>, by: Bucket) -> Vec<RelationBucket> {
    let mut acc: std::collections::BTreeMap<(String, &'static str), ([i64; 4], f64, i64)> = Default::default();
    for (day, dir, quad, goldstein, events) in rows {
        let b = acc.entry((period_of(&day, by), dir)).or_insert(([0; 4], 0.0, 0));
        for (x, y) in b.0.iter_mut().zip(quad) {
            *x += y;
        }
        b.1 += goldstein;
        b.2 += events;
    }
    acc.into_iter()
        .filter(|(_, (_, _, events))| *events > 0)
        .take(MAX_LIMIT)
        .map(|((period, dir), (quad, goldstein, events))| RelationBucket {
            period,
            direction: dir.to_string(),
            quad: quad.map(|q| q.max(0) as u64),
            goldstein,
            events: events as u64,
        })
        .collect()
}

/// A row key of an event or quote: its day, article and index.
pub type RowKey = (String, String, i64);

/// Merges row keys found by several index lookups: distinct, in day order
/// (newest first when `newest_first`), then `offset` skipped and at most
/// `limit` kept.
pub fn merge_keys(keys: Vec<RowKey>, newest_first: bool, offset: usize, limit: usize) -> Vec<RowKey> {
    let mut keys = keys;
    keys.sort_by(|x, y| {
        let by_day = if newest_first { y.0.cmp(&x.0) } else { x.0.cmp(&y.0) };
        by_day.then_with(|| (&x.1, x.2).cmp(&(&y.1, y.2)))
    });
    keys.dedup();
    keys.into_iter().skip(offset).take(limit).collect()
}

/// A timeline from its events and a speaker's quotes: the quotes dated
/// between `from` and `to` join the events, all in date order, at most
/// `limit` (every backend builds its timeline with this).
pub fn merge_timeline(
    events: Vec<EventRow>,
    quotes: Vec<QuoteRow>,
    from: &str,
    to: &str,
    limit: usize,
) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = events.into_iter().map(TimelineItem::Event).collect();
    items.extend(
        quotes.into_iter().filter(|q| q.date.as_str() >= from && q.date.as_str() <= to).map(TimelineItem::Quote),
    );
    items.sort_by(|a, b| a.date().cmp(b.date()));
    items.truncate(bound(limit) as usize);
    items
}

impl SqliteStore {
    /// Canonical entities whose name contains `name` (case-insensitive),
    /// the most mentioned first, at most [`MAX_KEYS`]. One pass over the
    /// table (`NOT INDEXED`: walking the `articles` index would fetch every
    /// row in random order, several times slower).
    fn canonical_ids(&self, name: &str) -> Result<Vec<i64>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id FROM canonical_entities NOT INDEXED WHERE name LIKE ?1 ESCAPE '\\' ORDER BY articles DESC LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let rows = st.query_map(params![like_pattern(name), MAX_KEYS as i64], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Actor codes starting with `code` (any case), at most [`MAX_KEYS`].
    fn actor_codes(&self, code: &str) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT code FROM actor_codes WHERE code LIKE ?1 ORDER BY code LIMIT ?2")
            .map_err(|e| self.err(e))?;
        let rows =
            st.query_map(params![code_prefix_pattern(code), MAX_KEYS as i64], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Row keys from one index lookup (`sql` takes the key, the day range
    /// and a limit).
    fn row_keys(
        &self,
        sql: &str,
        key: &dyn rusqlite::ToSql,
        from: &str,
        to: &str,
        limit: i64,
    ) -> Result<Vec<RowKey>, StoreError> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![key, from, to, limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Quotes spoken by the canonical entities whose name contains
    /// `speaker` (case-insensitive), newest first: one index lookup per
    /// entity, merged.
    pub fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let want = bound(limit) as usize;
        let offset = page_offset(offset);
        let mut keys = Vec::new();
        for id in self.canonical_ids(speaker)? {
            keys.extend(self.row_keys(
                "SELECT day, article_id, idx FROM quotes WHERE speaker_canon = ?1 AND day BETWEEN ?2 AND ?3
                 ORDER BY day DESC, article_id, idx LIMIT ?4",
                &id,
                "0000-00-00",
                "9999-99-99",
                (want + offset) as i64,
            )?);
        }
        self.quotes_at(&merge_keys(keys, true, offset, want))
    }

    /// One quote by article and index, with its speaker.
    pub fn quote_at(&self, article_id: &str, idx: usize) -> Result<Option<QuoteRow>, StoreError> {
        Ok(self.quotes_at(&[(String::new(), article_id.to_string(), idx as i64)])?.pop())
    }

    /// The quotes at these keys, in their order.
    fn quotes_at(&self, keys: &[RowKey]) -> Result<Vec<QuoteRow>, StoreError> {
        let mut out = Vec::with_capacity(keys.len());
        for (_, article, idx) in keys {
            out.extend(self.quote_rows(
                "SELECT q.article_id, a.day, q.day, q.kind, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.\"end\" - q.start) AS TEXT),
                        en.name, CASE WHEN q.speaker_start IS NULL THEN NULL ELSE CAST(substr(CAST(a.text AS BLOB), q.speaker_start + 1, q.speaker_end - q.speaker_start) AS TEXT) END, q.cue
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker
                 WHERE q.article_id = ?1 AND q.idx = ?2",
                params![article, idx],
            )?);
        }
        Ok(out)
    }

    /// The events at these keys, in their order.
    fn events_at(&self, keys: &[RowKey]) -> Result<Vec<EventRow>, StoreError> {
        let mut out = Vec::with_capacity(keys.len());
        for (_, article, idx) in keys {
            out.extend(self.event_rows(EVENT_AT, params![article, idx])?);
        }
        Ok(out)
    }

    fn quote_rows(&self, sql: &str, p: impl rusqlite::Params) -> Result<Vec<QuoteRow>, StoreError> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(p, |r| {
                Ok(QuoteRow {
                    article_id: r.get(0)?,
                    article_day: r.get(1)?,
                    date: r.get(2)?,
                    kind: r.get(3)?,
                    text: r.get(4)?,
                    speaker: r.get(5)?,
                    speaker_text: r.get(6)?,
                    cue: r.get(7)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    fn event_rows(&self, sql: &str, p: impl rusqlite::Params) -> Result<Vec<EventRow>, StoreError> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(p, |r| {
                Ok(EventRow {
                    article_id: r.get(0)?,
                    date: r.get(1)?,
                    code: r.get(2)?,
                    root: r.get(3)?,
                    quad: r.get(4)?,
                    goldstein: r.get(5)?,
                    source: r.get(6)?,
                    target: r.get(7)?,
                    source_name: r.get(8)?,
                    target_name: r.get(9)?,
                    location: r.get(10)?,
                    mode: r.get(11)?,
                    trigger: r.get(12)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Events where `who` is source or target (an actor code prefix such as
    /// `USA`/`USAGOV`, or part of a canonical entity name), and quotes by
    /// `who`, in date order between `from` and `to` (inclusive,
    /// `YYYY-MM-DD`). Each matching code and entity is one index lookup of
    /// at most `limit` rows; the lookups are merged.
    pub fn timeline(
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
                    "SELECT day, article_id, idx FROM events WHERE {col} = ?1 AND day BETWEEN ?2 AND ?3
                     ORDER BY day, article_id, idx LIMIT ?4"
                );
                keys.extend(self.row_keys(&sql, &code, from, to, want)?);
            }
        }
        let ids = self.canonical_ids(who)?;
        for id in &ids {
            for col in ["source_canon", "target_canon"] {
                let sql = format!(
                    "SELECT day, article_id, idx FROM events WHERE {col} = ?1 AND day BETWEEN ?2 AND ?3
                     ORDER BY day, article_id, idx LIMIT ?4"
                );
                keys.extend(self.row_keys(&sql, id, from, to, want)?);
            }
        }
        let events = self.events_at(&merge_keys(keys, false, 0, want as usize))?;
        let mut qkeys = Vec::new();
        for id in &ids {
            qkeys.extend(self.row_keys(
                "SELECT day, article_id, idx FROM quotes WHERE speaker_canon = ?1 AND day BETWEEN ?2 AND ?3
                 ORDER BY day, article_id, idx LIMIT ?4",
                id,
                from,
                to,
                want,
            )?);
        }
        let quotes = self.quotes_at(&merge_keys(qkeys, false, 0, want as usize))?;
        Ok(merge_timeline(events, quotes, from, to, limit))
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
        let from = from.unwrap_or("0000-00-00");
        let to = to.unwrap_or("9999-99-99");
        if let Some(plan) = dyad_plan(a, b) {
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT day, q1, q2, q3, q4, goldstein, events FROM dyad_days WHERE a = ?1 AND b = ?2 AND day BETWEEN ?3 AND ?4",
                )
                .map_err(|e| self.err(e))?;
            let mut rows = Vec::new();
            for (x, y, dir, sign) in plan {
                let found = st
                    .query_map(params![x, y, from, to], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            dir,
                            [
                                sign * r.get::<_, i64>(1)?,
                                sign * r.get::<_, i64>(2)?,
                                sign * r.get::<_, i64>(3)?,
                                sign * r.get::<_, i64>(4)?,
                            ],
                            sign as f64 * r.get::<_, f64>(5)?,
                            sign * r.get::<_, i64>(6)?,
                        ))
                    })
                    .map_err(|e| self.err(e))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| self.err(e))?;
                rows.extend(found);
            }
            return Ok(bucket_dyads(rows, by));
        }
        // Prefixes off the segment grid ("US"): scan the events in range.
        let pa = code_prefix_pattern(a);
        let pb = code_prefix_pattern(b);
        let sql = format!(
            "SELECT {period} AS p, CASE WHEN e.source LIKE ?1 THEN 'a->b' ELSE 'b->a' END AS dir,
                    SUM(e.quad = 1), SUM(e.quad = 2), SUM(e.quad = 3), SUM(e.quad = 4), SUM(e.goldstein), COUNT(*)
             FROM (SELECT e.*, e.day AS d FROM events e) e
             WHERE ((e.source LIKE ?1 AND e.target LIKE ?2) OR (e.source LIKE ?2 AND e.target LIKE ?1))
               AND e.d BETWEEN ?3 AND ?4
             GROUP BY p, dir ORDER BY p, dir LIMIT {MAX_LIMIT}",
            period = by.sql()
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![pa, pb, from, to], |r| {
                Ok(RelationBucket {
                    period: r.get(0)?,
                    direction: r.get(1)?,
                    quad: [
                        r.get::<_, i64>(2)? as u64,
                        r.get::<_, i64>(3)? as u64,
                        r.get::<_, i64>(4)? as u64,
                        r.get::<_, i64>(5)? as u64,
                    ],
                    goldstein: r.get(6)?,
                    events: r.get::<_, i64>(7)? as u64,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// All events, newest first (index-ordered pages).
    pub fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT day, article_id, idx FROM events ORDER BY day DESC, article_id DESC, idx DESC LIMIT ?1 OFFSET ?2",
            )
            .map_err(|e| self.err(e))?;
        let keys: Vec<RowKey> = st
            .query_map(params![bound(limit), page_offset(offset) as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(|e| self.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))?;
        self.events_at(&keys)
    }

    /// The entities mentioned in the most articles (canonical identities).
    pub fn top_entities(&self, limit: usize) -> Result<Vec<EntityCount>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT name, kind, code, articles FROM canonical_entities ORDER BY articles DESC, name LIMIT ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([bound(limit)], |r| {
                Ok(EntityCount {
                    name: r.get(0)?,
                    kind: r.get(1)?,
                    code: r.get(2)?,
                    articles: r.get::<_, i64>(3)? as u64,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }
}
