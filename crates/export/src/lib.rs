//! # dateline-export
//!
//! Every table of the store, in the formats analysts' tools read:
//!
//! * **JSON Lines**: one document per article, the `extract --format json`
//!   contract (code-point offsets);
//! * **CSV** (RFC 4180) per table: `articles`, `entities`, `times`,
//!   `amounts`, `quotes`, `events`;
//! * **GDELT 2.0 events**: the 61 tab-separated columns of GDELT's event
//!   table in GDELT's order, filled with dateline's values, so existing
//!   GDELT scripts run on dateline's data;
//! * **Parquet**: one file per table with typed columns (dates as `Date32`,
//!   numbers as integers and doubles), for pandas, polars, DuckDB and Spark.
//!
//! Offsets in CSV and Parquet are code-point offsets too.
//!
//! ```
//! use dateline_export::{Table, columns};
//! assert_eq!(columns(Table::Events)[0].0, "article_id");
//! assert_eq!(dateline_export::GDELT_COLUMNS.len(), 61);
//! ```
#![warn(missing_docs)]

mod parquet_out;

use chrono::NaiveDate;
use dateline_core::json::{to_json, JsonOptions};
use dateline_core::{Document, OffsetMap, Span};
use dateline_store::{Store, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use parquet_out::write_parquet;

/// Export errors.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing failed.
    #[error("writing {path}: {source}")]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Parquet encoding failed.
    #[error("writing {path}: {message}")]
    Parquet {
        /// Where.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

/// The tables of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per article.
    Articles,
    /// One row per entity per article.
    Entities,
    /// One row per time expression.
    Times,
    /// One row per amount.
    Amounts,
    /// One row per quote.
    Quotes,
    /// One row per event.
    Events,
}

impl Table {
    /// All tables.
    pub const ALL: [Table; 6] =
        [Table::Articles, Table::Entities, Table::Times, Table::Amounts, Table::Quotes, Table::Events];

    /// The table's name.
    pub fn name(self) -> &'static str {
        match self {
            Table::Articles => "articles",
            Table::Entities => "entities",
            Table::Times => "times",
            Table::Amounts => "amounts",
            Table::Quotes => "quotes",
            Table::Events => "events",
        }
    }

    /// Parses a table name.
    pub fn parse(s: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// Column types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Str,
    /// 64-bit integer.
    Int,
    /// Double.
    Float,
    /// Boolean.
    Bool,
    /// Calendar day.
    Date,
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text or null.
    Str(Option<String>),
    /// Integer or null.
    Int(Option<i64>),
    /// Double or null.
    Float(Option<f64>),
    /// Boolean.
    Bool(bool),
    /// Day or null.
    Date(Option<NaiveDate>),
}

fn s(v: impl Into<String>) -> Cell {
    Cell::Str(Some(v.into()))
}
fn os(v: Option<impl Into<String>>) -> Cell {
    Cell::Str(v.map(Into::into))
}
fn i(v: impl TryInto<i64>) -> Cell {
    Cell::Int(v.try_into().ok())
}

/// The columns of a table: name and type.
pub fn columns(t: Table) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match t {
        Table::Articles => &[
            ("article_id", Str),
            ("day", Date),
            ("date", Str),
            ("title", Str),
            ("source", Str),
            ("url", Str),
            ("chars", Int),
            ("sentences", Int),
            ("entities", Int),
            ("quotes", Int),
            ("events", Int),
        ],
        Table::Entities => &[
            ("article_id", Str),
            ("entity_id", Int),
            ("type", Str),
            ("name", Str),
            ("country", Str),
            ("roles", Str),
            ("code", Str),
            ("mentions", Int),
            ("first_start", Int),
            ("first_end", Int),
        ],
        Table::Times => &[
            ("article_id", Str),
            ("start", Int),
            ("end", Int),
            ("text", Str),
            ("type", Str),
            ("value", Str),
            ("mod", Str),
            ("anchor", Str),
        ],
        Table::Amounts => &[
            ("article_id", Str),
            ("start", Int),
            ("end", Int),
            ("text", Str),
            ("kind", Str),
            ("value", Float),
            ("value_max", Float),
            ("unit", Str),
            ("object", Str),
            ("mod", Str),
        ],
        Table::Quotes => &[
            ("article_id", Str),
            ("day", Date),
            ("start", Int),
            ("end", Int),
            ("text", Str),
            ("kind", Str),
            ("speaker_id", Int),
            ("speaker", Str),
            ("speaker_text", Str),
            ("cue", Str),
            ("date", Str),
        ],
        Table::Events => &[
            ("article_id", Str),
            ("day", Date),
            ("start", Int),
            ("end", Int),
            ("text", Str),
            ("trigger", Str),
            ("code", Str),
            ("root", Int),
            ("quad", Int),
            ("goldstein", Float),
            ("plover", Str),
            ("plover_mode", Str),
            ("source", Str),
            ("target", Str),
            ("source_name", Str),
            ("target_name", Str),
            ("date", Str),
            ("location", Str),
            ("mode", Str),
            ("negated", Bool),
        ],
    }
}

/// The rows of one document for a table.
pub fn rows(t: Table, doc: &Document) -> Vec<Vec<Cell>> {
    let text = doc.text();
    let map = OffsetMap::new(text);
    let id = &doc.article.id;
    let day = doc.article.date.date();
    let span = |sp: Span| -> (Cell, Cell, Cell) {
        let (a, b) = map.char_span(sp);
        (i(a), i(b), os(sp.get(text)))
    };
    let name_of = |e: Option<u32>| e.and_then(|id| doc.entity(id)).map(|e| e.name.clone());
    match t {
        Table::Articles => vec![vec![
            s(id.as_str()),
            Cell::Date(Some(day)),
            s(doc.article.date.to_string()),
            os(doc.article.title.clone()),
            os(doc.article.source.clone()),
            os(doc.article.url.clone()),
            i(text.chars().count()),
            i(doc.sentences.len()),
            i(doc.entities.len()),
            i(doc.quotes.len()),
            i(doc.events.len()),
        ]],
        Table::Entities => doc
            .entities
            .iter()
            .map(|e| {
                let first = e.mentions.first().map(|m| map.char_span(m.span));
                vec![
                    s(id.as_str()),
                    i(e.id),
                    s(e.kind.as_str()),
                    s(e.name.as_str()),
                    os(e.country.clone()),
                    s(e.roles.join("; ")),
                    os(e.code.clone()),
                    i(e.mentions.len()),
                    Cell::Int(first.map(|f| f.0 as i64)),
                    Cell::Int(first.map(|f| f.1 as i64)),
                ]
            })
            .collect(),
        Table::Times => doc
            .times
            .iter()
            .map(|t| {
                let (a, b, x) = span(t.span);
                vec![
                    s(id.as_str()),
                    a,
                    b,
                    x,
                    s(t.kind.as_str()),
                    s(t.value.as_str()),
                    os(t.modifier.clone()),
                    os(t.anchor.clone()),
                ]
            })
            .collect(),
        Table::Amounts => doc
            .amounts
            .iter()
            .map(|m| {
                let (a, b, x) = span(m.span);
                vec![
                    s(id.as_str()),
                    a,
                    b,
                    x,
                    s(m.kind.as_str()),
                    Cell::Float(m.value),
                    Cell::Float(m.value_max),
                    os(m.unit.clone()),
                    os(m.object.and_then(|o| o.get(text))),
                    os(m.modifier.clone()),
                ]
            })
            .collect(),
        Table::Quotes => doc
            .quotes
            .iter()
            .map(|q| {
                let (a, b, x) = span(q.span);
                vec![
                    s(id.as_str()),
                    Cell::Date(Some(day)),
                    a,
                    b,
                    x,
                    s(q.kind.as_str()),
                    Cell::Int(q.speaker.map(i64::from)),
                    os(name_of(q.speaker)),
                    os(q.speaker_span.and_then(|s| s.get(text))),
                    os(q.cue.clone()),
                    os(q.date.clone()),
                ]
            })
            .collect(),
        Table::Events => doc
            .events
            .iter()
            .map(|e| {
                let (a, b, x) = span(e.span);
                vec![
                    s(id.as_str()),
                    Cell::Date(Some(day)),
                    a,
                    b,
                    x,
                    os(e.trigger.get(text)),
                    s(e.code.as_str()),
                    i(e.root),
                    i(e.quad),
                    Cell::Float(Some(e.goldstein as f64)),
                    os(e.plover.clone()),
                    os(e.plover_mode.clone()),
                    os(e.source.clone()),
                    os(e.target.clone()),
                    os(name_of(e.source_entity)),
                    os(name_of(e.target_entity)),
                    os(e.date.clone()),
                    os(e.location.clone()),
                    s(e.mode.as_str()),
                    Cell::Bool(e.negated),
                ]
            })
            .collect(),
    }
}

fn csv_field(out: &mut String, v: &str) {
    if v.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&v.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(v);
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Str(v) => v.clone().unwrap_or_default(),
        Cell::Int(v) => v.map(|x| x.to_string()).unwrap_or_default(),
        Cell::Float(v) => v.map(|x| x.to_string()).unwrap_or_default(),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(d) => d.map(|d| d.to_string()).unwrap_or_default(),
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> ExportError + '_ {
    move |e| ExportError::Io { path: path.to_path_buf(), source: e }
}

/// Writes the lines `lines` makes of each stored document, in id order;
/// returns how many lines were written. The first write error stops the
/// output and is returned once the walk is over.
fn write_lines(
    store: &Store,
    out: &mut dyn Write,
    path: &Path,
    progress: &dyn Fn(),
    mut lines: impl FnMut(&Document, &mut Vec<String>),
) -> Result<u64, ExportError> {
    let mut n = 0u64;
    let mut err = None;
    let mut buf = Vec::new();
    store.for_each_document(|doc| {
        buf.clear();
        lines(&doc, &mut buf);
        for line in &buf {
            if err.is_none() {
                if let Err(e) = writeln!(out, "{line}") {
                    err = Some(e);
                }
            }
            n += 1;
        }
        progress();
        Ok(())
    })?;
    match err {
        Some(e) => Err(io(path)(e)),
        None => Ok(n),
    }
}

/// Writes every stored article as one JSON line.
pub fn write_jsonl(store: &Store, out: &mut dyn Write, path: &Path, progress: &dyn Fn()) -> Result<u64, ExportError> {
    write_lines(store, out, path, progress, |doc, lines| {
        lines.push(serde_json::to_string(&to_json(doc, JsonOptions::default())).unwrap_or_default())
    })
}

/// Writes one table as CSV with a header row; returns the row count.
pub fn write_csv(
    store: &Store,
    table: Table,
    out: &mut dyn Write,
    path: &Path,
    progress: &dyn Fn(),
) -> Result<u64, ExportError> {
    let mut line = String::new();
    for (k, (name, _)) in columns(table).iter().enumerate() {
        if k > 0 {
            line.push(',');
        }
        line.push_str(name);
    }
    writeln!(out, "{line}").map_err(io(path))?;
    write_lines(store, out, path, progress, |doc, lines| {
        for row in rows(table, doc) {
            let mut line = String::new();
            for (k, c) in row.iter().enumerate() {
                if k > 0 {
                    line.push(',');
                }
                csv_field(&mut line, &cell_text(c));
            }
            lines.push(line);
        }
    })
}

/// GDELT 2.0 event table columns, in GDELT's order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The event's day: its own full date when the text gives one, else the
/// article's day (GDELT's `Day` is the event day).
fn event_day(ev_date: Option<&str>, article_day: NaiveDate) -> NaiveDate {
    ev_date.and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(""), "%Y-%m-%d").ok()).unwrap_or(article_day)
}

/// Splits a CAMEO actor code into (country, known group, type codes):
/// `USAGOV` -> (`USA`, ``, [`GOV`]); `IGONAT` -> (``, `NAT`... treated as
/// known group), `---REB` -> (``, ``, [`REB`]).
fn split_actor(code: &str) -> (String, String, Vec<String>) {
    let parts: Vec<String> = code.as_bytes().chunks(3).map(|c| String::from_utf8_lossy(c).to_string()).collect();
    let mut country = String::new();
    let mut group = String::new();
    let mut types = Vec::new();
    for (k, p) in parts.iter().enumerate() {
        if k == 0
            && p.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(
                p.as_str(),
                "IGO"
                    | "NGO"
                    | "MNC"
                    | "GOV"
                    | "MIL"
                    | "REB"
                    | "OPP"
                    | "COP"
                    | "BUS"
                    | "CVL"
                    | "MED"
                    | "EDU"
                    | "JUD"
                    | "LEG"
                    | "SPY"
                    | "UAF"
                    | "HLH"
                    | "AGR"
                    | "ELI"
                    | "LAB"
                    | "REF"
                    | "CRM"
                    | "IMG"
                    | "ENV"
                    | "INS"
                    | "SEP"
                    | "REL"
                    | "PTY"
                    | "RAD"
                    | "MOD"
            )
        {
            country = p.clone();
        } else if k == 0 && matches!(p.as_str(), "---" | "IGO" | "NGO" | "MNC") {
            continue;
        } else if k == 1 && parts[0] == "IGO" {
            group = p.clone();
        } else {
            types.push(p.clone());
        }
    }
    if parts.first().is_some_and(|p| matches!(p.as_str(), "IGO" | "NGO" | "MNC")) {
        types.insert(0, parts[0].clone());
    }
    (country, group, types)
}

/// Writes every event as a row of GDELT 2.0's event table (tab-separated, no
/// header, as GDELT ships it). Fields dateline does not know (tone,
/// coordinates, mention counts per source) stay empty or hold what dateline
/// can say (NumArticles 1, NumMentions the events in the article).
pub fn write_gdelt(store: &Store, out: &mut dyn Write, path: &Path, progress: &dyn Fn()) -> Result<u64, ExportError> {
    use chrono::Datelike;
    write_lines(store, out, path, progress, |doc, lines| {
        let aday = doc.article.date.date();
        let added = aday.format("%Y%m%d000000").to_string();
        let url = doc.article.url.clone().unwrap_or_default();
        let mentions = doc.events.len();
        for (k, e) in doc.events.iter().enumerate() {
            let d = event_day(e.date.as_deref(), aday);
            let frac = d.year() as f64 + (d.ordinal0() as f64) / 365.0;
            let actor = |code: &Option<String>, ent: Option<u32>| -> Vec<String> {
                let code = code.clone().unwrap_or_default();
                let (country, group, types) = split_actor(&code);
                let name = ent.and_then(|id| doc.entity(id)).map(|x| x.name.to_uppercase()).unwrap_or_default();
                let mut v = vec![code, name, country, group, String::new(), String::new(), String::new()];
                for t in 0..3 {
                    v.push(types.get(t).cloned().unwrap_or_default());
                }
                v
            };
            let mut cols: Vec<String> = Vec::with_capacity(61);
            // A stable numeric id: article id hash prefix plus the event index.
            let gid = u64::from_str_radix(doc.article.id.get(..12).unwrap_or("0"), 16).unwrap_or(0) * 1000 + k as u64;
            cols.push(gid.to_string());
            cols.push(d.format("%Y%m%d").to_string());
            cols.push(d.format("%Y%m").to_string());
            cols.push(d.year().to_string());
            cols.push(format!("{frac:.4}"));
            cols.extend(actor(&e.source, e.source_entity));
            cols.extend(actor(&e.target, e.target_entity));
            cols.push(if k == 0 { "1" } else { "0" }.into());
            cols.push(e.code.clone());
            cols.push(e.code.get(..3).unwrap_or(&e.code).to_string());
            cols.push(format!("{:02}", e.root));
            cols.push(e.quad.to_string());
            cols.push(format!("{:.1}", e.goldstein));
            cols.push(mentions.to_string());
            cols.push("1".into());
            cols.push("1".into());
            cols.push(String::new()); // AvgTone: not computed
            for _ in 0..2 {
                cols.extend(std::iter::repeat_n(String::new(), 8));
            }
            let loc = e.location.clone().unwrap_or_default();
            cols.push(if loc.is_empty() { "0".into() } else { "4".into() });
            cols.push(loc);
            cols.extend(std::iter::repeat_n(String::new(), 6));
            cols.push(added.clone());
            cols.push(url.clone());
            debug_assert_eq!(cols.len(), 61);
            lines.push(cols.iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect::<Vec<_>>().join("\t"));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_like_gdelt() {
        assert_eq!(split_actor("USAGOV"), ("USA".into(), "".into(), vec!["GOV".into()]));
        assert_eq!(split_actor("---REB"), ("".into(), "".into(), vec!["REB".into()]));
        assert_eq!(split_actor("RUSMILREB").2, vec!["MIL".to_string(), "REB".to_string()]);
        assert_eq!(split_actor("IGONAT"), ("".into(), "NAT".into(), vec!["IGO".into()]));
    }

    #[test]
    fn csv_quoting() {
        let mut s = String::new();
        csv_field(&mut s, "a \"b\", c");
        assert_eq!(s, "\"a \"\"b\"\", c\"");
    }
}
