//! JSON Lines: one article per line.
//!
//! Recognized fields: `id`, `date`, `title`, `source`, `url`, and `text` or
//! `body`. [`FieldMap`] renames them for other layouts (e.g. `--field
//! text=body` for the Reuters corpus, which is also the default fallback).

use crate::error::ReadError;
use dateline_core::{Article, PubDate};
use serde_json::Value;

/// Which JSON field holds which article attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    /// Field of the caller's id (kept as `external_id`).
    pub id: String,
    /// Field of the publication date.
    pub date: String,
    /// Field of the title.
    pub title: String,
    /// Field of the source.
    pub source: String,
    /// Field of the URL.
    pub url: String,
    /// Fields tried in order for the body text.
    pub text: Vec<String>,
}

impl Default for FieldMap {
    fn default() -> FieldMap {
        FieldMap {
            id: "id".into(),
            date: "date".into(),
            title: "title".into(),
            source: "source".into(),
            url: "url".into(),
            text: vec!["text".into(), "body".into()],
        }
    }
}

impl FieldMap {
    /// Applies one `name=field` override (`text=content`, `date=published`).
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let (k, v) = spec.split_once('=').ok_or_else(|| format!("--field {spec:?}: expected NAME=FIELD"))?;
        let v = v.trim().to_string();
        if v.is_empty() {
            return Err(format!("--field {spec:?}: empty field name"));
        }
        match k.trim() {
            "id" => self.id = v,
            "date" => self.date = v,
            "title" => self.title = v,
            "source" => self.source = v,
            "url" => self.url = v,
            "text" | "body" => self.text = vec![v],
            other => {
                return Err(format!("--field {spec:?}: unknown name {other:?} (id, date, title, source, url, text)"))
            }
        }
        Ok(())
    }
}

fn opt_str(
    obj: &serde_json::Map<String, Value>,
    field: &str,
    origin: &str,
    line: usize,
) -> Result<Option<String>, ReadError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(ReadError::BadField {
            origin: origin.into(),
            line: Some(line),
            field: field.into(),
            expected: "a string",
        }),
    }
}

/// Parses one JSON Lines record. Returns the article and the record's own
/// id, if any.
pub fn parse_jsonl_line(
    origin: &str,
    line_no: usize,
    line: &str,
    fields: &FieldMap,
    default_date: Option<PubDate>,
) -> Result<(Article, Option<String>), ReadError> {
    let v: Value = serde_json::from_str(line).map_err(|e| ReadError::BadJson {
        origin: origin.into(),
        line: line_no,
        message: e.to_string(),
    })?;
    let Value::Object(obj) = v else {
        return Err(ReadError::BadJson {
            origin: origin.into(),
            line: line_no,
            message: "the line is JSON but not an object".into(),
        });
    };
    let mut text = None;
    for f in &fields.text {
        if let Some(t) = opt_str(&obj, f, origin, line_no)? {
            if !t.trim().is_empty() {
                text = Some(t);
                break;
            }
        }
    }
    let Some(text) = text else {
        return Err(ReadError::NoText { origin: origin.into(), line: Some(line_no) });
    };
    let date = match opt_str(&obj, &fields.date, origin, line_no)? {
        Some(d) => {
            PubDate::parse(&d).ok_or(ReadError::BadDate { origin: origin.into(), line: Some(line_no), value: d })?
        }
        None => default_date.ok_or(ReadError::MissingDate { origin: origin.into(), line: Some(line_no) })?,
    };
    let id = opt_str(&obj, &fields.id, origin, line_no)?;
    let article = Article::new(date, text)
        .with_source(opt_str(&obj, &fields.source, origin, line_no)?)
        .with_title(opt_str(&obj, &fields.title, origin, line_no)?)
        .with_url(opt_str(&obj, &fields.url, origin, line_no)?);
    Ok((article, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records() {
        let f = FieldMap::default();
        let (a, id) =
            parse_jsonl_line("f", 1, r#"{"id":"x1","date":"2025-03-11","title":"T","body":"Hello."}"#, &f, None)
                .unwrap();
        assert_eq!((a.text.as_str(), id.as_deref(), a.title.as_deref()), ("Hello.", Some("x1"), Some("T")));
        assert!(matches!(parse_jsonl_line("f", 2, "{not json", &f, None), Err(ReadError::BadJson { line: 2, .. })));
        assert!(matches!(parse_jsonl_line("f", 3, "[1,2]", &f, None), Err(ReadError::BadJson { .. })));
        assert!(matches!(
            parse_jsonl_line("f", 4, r#"{"date":"2025-03-11"}"#, &f, None),
            Err(ReadError::NoText { .. })
        ));
        assert!(matches!(parse_jsonl_line("f", 5, r#"{"text":"x"}"#, &f, None), Err(ReadError::MissingDate { .. })));
        assert!(matches!(
            parse_jsonl_line("f", 6, r#"{"text":"x","date":"1987-13-45"}"#, &f, None),
            Err(ReadError::BadDate { .. })
        ));
        assert!(matches!(
            parse_jsonl_line("f", 7, r#"{"text":{"a":1},"date":"2020-01-01"}"#, &f, None),
            Err(ReadError::BadField { .. })
        ));
        let mut g = FieldMap::default();
        g.set("text=content").unwrap();
        g.set("date=published").unwrap();
        assert!(g.set("bogus=x").is_err());
        let (a, _) =
            parse_jsonl_line("f", 8, r#"{"content":"Hi.","published":"2020-01-01T10:00:00Z"}"#, &g, None).unwrap();
        assert_eq!(a.date.date().to_string(), "2020-01-01");
    }
}
