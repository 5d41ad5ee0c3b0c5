//! Structured queries over the store: quotes by speaker, timelines of an
//! entity or actor, relations between two actors over time, top entities.
//! Every query is parameterized (no SQL is built from user input) and
//! bounded by a limit.

use crate::sqlite::SqliteStore;
use crate::StoreError;
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

/// The SQLite date of an event: its own full date, else the article day.
const EVENT_DAY: &str = "CASE WHEN length(e.date) = 10 AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN e.date ELSE a.day END";

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

/// A page size clamped to `1..=MAX_LIMIT`.
pub fn bound(limit: usize) -> i64 {
    limit.clamp(1, MAX_LIMIT) as i64
}

/// A `LIKE` pattern matching actor codes that start with `code` (any
/// case; `%`, `_` and `\\` dropped).
pub fn code_prefix_pattern(code: &str) -> String {
    format!("{}%", code.to_uppercase().replace(['%', '_', '\\'], ""))
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
    /// Quotes whose speaker's name (or the words naming the speaker)
    /// contain `speaker` (case-insensitive), newest first.
    pub fn quotes_by_speaker(&self, speaker: &str, limit: usize, offset: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let sql = "SELECT q.article_id, a.day, COALESCE(q.date, a.day), q.kind, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.\"end\" - q.start) AS TEXT),
                          en.name, CASE WHEN q.speaker_start IS NULL THEN NULL ELSE CAST(substr(CAST(a.text AS BLOB), q.speaker_start + 1, q.speaker_end - q.speaker_start) AS TEXT) END, q.cue
                   FROM quotes q JOIN articles a ON a.id = q.article_id
                   LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker
                   WHERE en.name LIKE ?1 ESCAPE '\\'
                      OR (q.speaker_start IS NOT NULL AND CAST(substr(CAST(a.text AS BLOB), q.speaker_start + 1, q.speaker_end - q.speaker_start) AS TEXT) LIKE ?1 ESCAPE '\\')
                   ORDER BY 3 DESC, q.article_id, q.idx LIMIT ?2 OFFSET ?3";
        self.quote_rows(sql, params![like_pattern(speaker), bound(limit), offset as i64])
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
    /// `USA`/`USAGOV`, or part of an entity name), and quotes by `who`,
    /// in date order between `from` and `to` (inclusive, `YYYY-MM-DD`).
    pub fn timeline(
        &self,
        who: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
    ) -> Result<Vec<TimelineItem>, StoreError> {
        let from = from.unwrap_or("0000-00-00");
        let to = to.unwrap_or("9999-99-99");
        let code = code_prefix_pattern(who);
        let sql = format!(
            "SELECT e.article_id, {EVENT_DAY} AS d, e.code, e.root, e.quad, e.goldstein, e.source, e.target, s.name, t.name, e.location, e.mode,
                    CAST(substr(CAST(a.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start) AS TEXT)
             FROM events e JOIN articles a ON a.id = e.article_id
             LEFT JOIN entities s ON s.article_id = e.article_id AND s.local_id = e.source_entity
             LEFT JOIN entities t ON t.article_id = e.article_id AND t.local_id = e.target_entity
             WHERE (e.source LIKE ?1 OR e.target LIKE ?1 OR s.name LIKE ?2 ESCAPE '\\' OR t.name LIKE ?2 ESCAPE '\\')
               AND d BETWEEN ?3 AND ?4
             ORDER BY d, e.article_id, e.idx LIMIT ?5"
        );
        let events = self.event_rows(&sql, params![code, like_pattern(who), from, to, bound(limit)])?;
        let quotes = self.quotes_by_speaker(who, limit, 0)?;
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
        let pa = code_prefix_pattern(a);
        let pb = code_prefix_pattern(b);
        let sql = format!(
            "SELECT {period} AS p, CASE WHEN e.source LIKE ?1 THEN 'a->b' ELSE 'b->a' END AS dir,
                    SUM(e.quad = 1), SUM(e.quad = 2), SUM(e.quad = 3), SUM(e.quad = 4), SUM(e.goldstein), COUNT(*)
             FROM (SELECT e.*, {EVENT_DAY} AS d FROM events e JOIN articles a ON a.id = e.article_id) e
             WHERE ((e.source LIKE ?1 AND e.target LIKE ?2) OR (e.source LIKE ?2 AND e.target LIKE ?1))
               AND e.d BETWEEN ?3 AND ?4
             GROUP BY p, dir ORDER BY p, dir LIMIT {MAX_LIMIT}",
            period = by.sql()
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![pa, pb, from.unwrap_or("0000-00-00"), to.unwrap_or("9999-99-99")], |r| {
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

    /// Events in articles whose id is in `ids` (or all), newest first.
    pub fn events(&self, limit: usize, offset: usize) -> Result<Vec<EventRow>, StoreError> {
        let sql = format!(
            "SELECT e.article_id, {EVENT_DAY} AS d, e.code, e.root, e.quad, e.goldstein, e.source, e.target, s.name, t.name, e.location, e.mode,
                    CAST(substr(CAST(a.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start) AS TEXT)
             FROM events e JOIN articles a ON a.id = e.article_id
             LEFT JOIN entities s ON s.article_id = e.article_id AND s.local_id = e.source_entity
             LEFT JOIN entities t ON t.article_id = e.article_id AND t.local_id = e.target_entity
             ORDER BY d DESC, e.article_id, e.idx LIMIT ?1 OFFSET ?2"
        );
        self.event_rows(&sql, params![bound(limit), offset as i64])
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
