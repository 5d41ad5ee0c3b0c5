//! Articles: the unit dateline reads, stores and annotates.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

/// When an article was published: a calendar day, or an instant with its UTC
/// offset when the source gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PubDate {
    /// An instant with its offset, e.g. `2025-03-11T08:00:00+00:00`.
    DateTime(DateTime<FixedOffset>),
    /// A calendar day, e.g. `2025-03-11`.
    Date(NaiveDate),
}

impl PubDate {
    /// The calendar day (local to the offset when there is one).
    pub fn date(&self) -> NaiveDate {
        match self {
            PubDate::Date(d) => *d,
            PubDate::DateTime(t) => t.date_naive(),
        }
    }

    /// Parses `YYYY-MM-DD`, RFC 3339 (`2025-03-11T08:00:00Z`,
    /// `2025-03-11T08:00:00+01:00`), a naive `YYYY-MM-DDTHH:MM[:SS[.f]]`
    /// (taken as UTC) or `YYYY-MM-DD HH:MM:SS`.
    pub fn parse(s: &str) -> Option<PubDate> {
        let s = s.trim();
        if s.len() == 10 {
            return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(PubDate::Date);
        }
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Some(PubDate::DateTime(t));
        }
        for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%d %H:%M:%S%.f%z"] {
            if let Ok(t) = DateTime::parse_from_str(s, fmt) {
                return Some(PubDate::DateTime(t));
            }
        }
        for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M"] {
            if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
                return Some(PubDate::DateTime(t.and_utc().fixed_offset()));
            }
        }
        // A date followed by anything else we do not understand: keep the day.
        if s.len() > 10 && s.is_char_boundary(10) {
            if let Ok(d) = NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d") {
                return Some(PubDate::Date(d));
            }
        }
        None
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PubDate::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PubDate::DateTime(t) => write!(f, "{}", t.to_rfc3339()),
        }
    }
}

/// A news article as read: metadata and the body text every annotation
/// points into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: see [`Article::compute_id`].
    pub id: String,
    /// Publication date.
    pub date: PubDate,
    /// Headline, when the source has one.
    pub title: Option<String>,
    /// Outlet or source name.
    pub source: Option<String>,
    /// Where the article was found.
    pub url: Option<String>,
    /// The body text as read, with newlines normalized to `\n` and nothing
    /// else changed. All offsets point into this string.
    pub text: String,
}

impl Article {
    /// A new article; normalizes newlines and computes its id.
    pub fn new(date: PubDate, text: impl Into<String>) -> Article {
        let text = normalize_newlines(text.into());
        let id = Article::compute_id(None, &text);
        Article { id, date, title: None, source: None, url: None, text }
    }

    /// Sets the title (builder style).
    pub fn with_title(mut self, title: Option<String>) -> Article {
        self.title = title.filter(|t| !t.trim().is_empty());
        self
    }

    /// Sets the source and recomputes the id (builder style).
    pub fn with_source(mut self, source: Option<String>) -> Article {
        self.source = source.filter(|t| !t.trim().is_empty());
        self.id = Article::compute_id(self.source.as_deref(), &self.text);
        self
    }

    /// Sets the URL (builder style).
    pub fn with_url(mut self, url: Option<String>) -> Article {
        self.url = url.filter(|t| !t.trim().is_empty());
        self
    }

    /// The content hash that identifies an article: the first 16 hex digits
    /// of SHA-256 over the source (lowercased, trimmed) and the text with
    /// all whitespace runs collapsed to one space. Re-reading the same
    /// article from another file or format gives the same id.
    pub fn compute_id(source: Option<&str>, text: &str) -> String {
        let mut h = Sha256::new();
        if let Some(s) = source {
            h.update(s.trim().to_lowercase().as_bytes());
        }
        h.update([0u8]);
        let mut first = true;
        for w in text.split_whitespace() {
            if !first {
                h.update(b" ");
            }
            h.update(w.as_bytes());
            first = false;
        }
        let digest = h.finalize();
        let mut out = String::with_capacity(16);
        for b in &digest[..8] {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }
}

/// Replaces `\r\n` and lone `\r` with `\n`; returns the input untouched when
/// it has no `\r`.
pub fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_ignores_whitespace_layout() {
        let a = Article::compute_id(Some("Reuters"), "A  b\nc");
        let b = Article::compute_id(Some(" reuters "), "A b c");
        assert_eq!(a, b);
        assert_ne!(a, Article::compute_id(None, "A b c"));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn dates_parse() {
        assert_eq!(PubDate::parse("2025-03-11").unwrap().to_string(), "2025-03-11");
        assert_eq!(PubDate::parse("1987-02-26T15:01:01").unwrap().date().to_string(), "1987-02-26");
        assert_eq!(PubDate::parse("2025-03-11T08:00:00+01:00").unwrap().to_string(), "2025-03-11T08:00:00+01:00");
        assert!(PubDate::parse("2025-02-30").is_none());
        assert!(PubDate::parse("yesterday").is_none());
    }

    #[test]
    fn newlines_normalized() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n".into()), "a\nb\nc\n");
    }
}
