//! The plain-text article format:
//!
//! ```text
//! date 2025-03-11 First words of the article ...
//! ```
//!
//! Optional leading whitespace, then `date YYYY-MM-DD` (or an RFC 3339
//! instant), then the article on the same line or the next. Before the
//! article, optional header lines `title: ...`, `source: ...`, `url: ...`
//! may appear (in any order, each on its own line). Paragraphs are separated
//! by blank lines.

use crate::error::ReadError;
use dateline_core::{normalize_newlines, Article, PubDate};

/// Options for reading plain text.
#[derive(Debug, Clone, Default)]
pub struct PlainOptions {
    /// Date used when the file has no `date` line.
    pub default_date: Option<PubDate>,
}

fn header(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once(':')?;
    let k = k.trim();
    matches!(k.to_ascii_lowercase().as_str(), "title" | "source" | "url").then_some((k, v.trim()))
}

/// Parses one plain-text article. `origin` names the file in errors.
pub fn parse_plain(origin: &str, input: &str, opts: &PlainOptions) -> Result<Article, ReadError> {
    let input = normalize_newlines(input.to_string());
    let mut rest: &str = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if rest.trim().is_empty() {
        return Err(ReadError::Empty { origin: origin.to_string() });
    }
    let mut date = None;
    let mut title = None;
    let mut source = None;
    let mut url = None;
    // Header lines, in any order: date, title, source, url.
    loop {
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let line = &rest[..line_end];
        if date.is_none() && (line.starts_with("date ") || line.starts_with("date:") || line.starts_with("date\t")) {
            let after = line[4..].trim_start_matches(':').trim_start();
            let tok_end = after.find(char::is_whitespace).unwrap_or(after.len());
            let tok = &after[..tok_end];
            let d = PubDate::parse(tok).ok_or_else(|| ReadError::BadDate {
                origin: origin.to_string(),
                line: None,
                value: tok.to_string(),
            })?;
            date = Some(d);
            let same_line = after[tok_end..].trim();
            if !same_line.is_empty() {
                // The article starts on the date line.

                let pos = line.rfind(same_line).unwrap_or(0);
                rest = &rest[pos..];
                break;
            }
            rest = rest[line_end..].trim_start_matches('\n');
            continue;
        }
        if let Some((k, v)) = header(line) {
            match k.to_ascii_lowercase().as_str() {
                "title" => title = Some(v.to_string()),
                "source" => source = Some(v.to_string()),
                _ => url = Some(v.to_string()),
            }
            rest = rest[line_end..].trim_start_matches('\n');
            continue;
        }
        break;
    }
    let date = match (date, &opts.default_date) {
        (Some(d), _) => d,
        (None, Some(d)) => *d,
        (None, None) => return Err(ReadError::MissingDate { origin: origin.to_string(), line: None }),
    };
    let body = rest.trim_end();
    let body = body.trim_start_matches(['\n', ' ', '\t']);
    if body.is_empty() {
        return Err(ReadError::NoText { origin: origin.to_string(), line: None });
    }
    Ok(Article::new(date, body).with_source(source).with_title(title).with_url(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_then_text_on_same_line() {
        let a =
            parse_plain("x.txt", " date 2025-03-11 U.S. officials met.\n\nMore.", &PlainOptions::default()).unwrap();
        assert_eq!(a.date.to_string(), "2025-03-11");
        assert_eq!(a.text, "U.S. officials met.\n\nMore.");
    }

    #[test]
    fn headers_and_next_line() {
        let a = parse_plain(
            "x.txt",
            "title: Talks\nsource: Example Wire\ndate 2025-03-11\nurl: https://example.org/a\nBody here.\r\n",
            &PlainOptions::default(),
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Talks"));
        assert_eq!(a.source.as_deref(), Some("Example Wire"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.text, "Body here.");
    }

    #[test]
    fn errors_name_the_problem() {
        let o = PlainOptions::default();
        assert!(matches!(parse_plain("a", "   \n", &o), Err(ReadError::Empty { .. })));
        assert!(matches!(parse_plain("a", "no date here", &o), Err(ReadError::MissingDate { .. })));
        assert!(matches!(parse_plain("a", "date 2025-02-30 text", &o), Err(ReadError::BadDate { .. })));
        assert!(matches!(parse_plain("a", "date 2025-02-03\n\n", &o), Err(ReadError::NoText { .. })));
        let with_default = PlainOptions { default_date: PubDate::parse("2020-01-01") };
        assert_eq!(parse_plain("a", "no date here", &with_default).unwrap().date.to_string(), "2020-01-01");
    }
}
