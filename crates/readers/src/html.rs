//! HTML article pages. (Being written: see the HTML reader task.)

use crate::error::ReadError;
use dateline_core::{Article, PubDate};

/// Options for reading HTML.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// Date used when the page has none.
    pub default_date: Option<PubDate>,
    /// The page's URL, when known (e.g. from a crawl record).
    pub url: Option<String>,
}

/// Parses one HTML page into an article: main text without boilerplate,
/// title, publication date.
pub fn parse_html(origin: &str, html: &str, opts: &HtmlOptions) -> Result<Article, ReadError> {
    let _ = (html, opts);
    Err(ReadError::NoHtmlArticle { origin: origin.to_string() })
}
