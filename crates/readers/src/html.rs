//! HTML article pages: the main text without boilerplate, the title, the
//! source and the publication date.
//!
//! The page is parsed with [html5ever](https://crates.io/crates/html5ever)
//! (through `scraper`), copied into a compact arena, and then:
//!
//! * **Metadata** comes from JSON-LD (`datePublished`, `headline`,
//!   `publisher`, including `@graph` forms with `@id` references), `<meta>`
//!   (`article:published_time`, `og:*`, `dc.*`, `itemprop`), `<link
//!   rel=canonical>` and `<time datetime>` elements, in a fixed order of
//!   trust (see [`DateSource`]).
//! * **The main text** is found with readability-style scoring: paragraphs
//!   score their containers by length and commas, containers are weighted
//!   by their class/id names and damped by their link density, the best
//!   container and its related siblings are kept, and inside them share
//!   bars, ads, captions, bylines, related links and link lists are cut.
//!   Paragraphs, headings and list items come out as paragraphs separated
//!   by one blank line (`\n\n`), with entities decoded and whitespace
//!   collapsed.
//!
//! Hostile input is bounded: the page size is capped
//! ([`HtmlOptions::max_bytes`]), nesting deeper than
//! [`HtmlOptions::max_depth`] is flattened before parsing (so the HTML
//! parser's tree stays shallow and its work linear), and every walk over the
//! tree is iterative.
//!
//! ```
//! use dateline_readers::html::{parse_html, HtmlOptions};
//!
//! let page = r#"<html><head>
//!   <meta property="og:site_name" content="Example Wire">
//!   <meta property="article:published_time" content="2025-03-11T08:00:00Z">
//!   <title>Talks resume | Example Wire</title></head>
//!   <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article><h1>Talks resume</h1>
//!   <p>Negotiators met in Geneva on Tuesday, officials said, after a pause of two weeks.</p>
//!   <p>They will meet again on Friday, a spokesman said.</p></article>
//!   <footer>All rights reserved.</footer></body></html>"#;
//! let a = parse_html("page.html", page, &HtmlOptions::default()).unwrap();
//! assert_eq!(a.title.as_deref(), Some("Talks resume"));
//! assert_eq!(a.source.as_deref(), Some("Example Wire"));
//! assert_eq!(a.date.to_string(), "2025-03-11T08:00:00+00:00");
//! assert_eq!(
//!     a.text,
//!     "Negotiators met in Geneva on Tuesday, officials said, after a pause of two weeks.\n\n\
//!      They will meet again on Friday, a spokesman said."
//! );
//! ```

use crate::error::ReadError;
use dateline_core::{Article, PubDate};
use std::collections::HashMap;
use std::fmt;

/// Default cap on the page size in bytes (32 MiB).
pub const DEFAULT_MAX_BYTES: usize = 32 << 20;
/// Default cap on element nesting: deeper start tags are dropped before
/// parsing (their text is kept).
pub const DEFAULT_MAX_DEPTH: usize = 256;
/// Formatting start tags (`<b>`, `<font>`...) left open beyond this many are
/// dropped before parsing (the parser reopens open formatting elements in
/// every new block, so many of them multiply the tree).
const MAX_OPEN_FORMATTING: usize = 24;

/// Options for reading HTML. Build with [`HtmlOptions::default`] and the
/// `with_*` methods.
///
/// ```
/// use dateline_readers::html::HtmlOptions;
/// use dateline_core::PubDate;
///
/// let o = HtmlOptions::default()
///     .with_default_date(PubDate::parse("2025-01-02"))
///     .with_url(Some("https://example.org/a".into()));
/// assert_eq!(o.url.as_deref(), Some("https://example.org/a"));
/// ```
#[derive(Debug, Clone)]
pub struct HtmlOptions {
    /// Date used when the page has none.
    pub default_date: Option<PubDate>,
    /// The page's URL, when known (e.g. from a crawl record). When `None`,
    /// the canonical link or `og:url` of the page is used.
    pub url: Option<String>,
    /// Pages larger than this many bytes are refused with
    /// [`ReadError::TooLarge`].
    pub max_bytes: usize,
    /// Element nesting deeper than this is flattened before parsing.
    pub max_depth: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions { default_date: None, url: None, max_bytes: DEFAULT_MAX_BYTES, max_depth: DEFAULT_MAX_DEPTH }
    }
}

impl HtmlOptions {
    /// Sets the date used when the page has none.
    pub fn with_default_date(mut self, date: Option<PubDate>) -> Self {
        self.default_date = date;
        self
    }

    /// Sets the page's URL.
    pub fn with_url(mut self, url: Option<String>) -> Self {
        self.url = url;
        self
    }

    /// Sets the size limit in bytes.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    /// Sets the nesting limit (at least 16 is used).
    pub fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth;
        self
    }
}

/// Where the publication date of a page came from, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateSource {
    /// JSON-LD `datePublished` (or `dateCreated`) of an article object.
    JsonLd,
    /// `<meta property="article:published_time">`.
    ArticleMeta,
    /// Open Graph: `og:published_time`, `og:article:published_time`,
    /// `og:pubdate`.
    OpenGraph,
    /// Microdata: an element with `itemprop="datePublished"`.
    Itemprop,
    /// Dublin Core: `dc.date`, `dc.date.issued`, `dcterms.issued`...
    DublinCore,
    /// Other common meta names (`pubdate`, `publish-date`, `date`,
    /// `parsely-pub-date`, `sailthru.date`...).
    OtherMeta,
    /// A `<time datetime>` element (marked as the publication time, or the
    /// first in or just before the article).
    TimeElement,
    /// [`HtmlOptions::default_date`].
    Default,
}

impl DateSource {
    /// A short name (`json-ld`, `article-meta`...).
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::JsonLd => "json-ld",
            DateSource::ArticleMeta => "article-meta",
            DateSource::OpenGraph => "open-graph",
            DateSource::Itemprop => "itemprop",
            DateSource::DublinCore => "dublin-core",
            DateSource::OtherMeta => "other-meta",
            DateSource::TimeElement => "time-element",
            DateSource::Default => "default",
        }
    }
}

impl fmt::Display for DateSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What [`read_html`] found: the article and how it was found.
#[derive(Debug, Clone)]
pub struct HtmlPage {
    /// The article (text, title, source, URL, date).
    pub article: Article,
    /// Where the date came from.
    pub date_source: DateSource,
    /// The date as written in the page (empty for [`DateSource::Default`]).
    pub date_raw: String,
    /// How many paragraphs (blocks separated by a blank line) the text has.
    pub paragraphs: usize,
    /// Start tags dropped because the page nested deeper than
    /// [`HtmlOptions::max_depth`].
    pub dropped_tags: usize,
}

/// Parses one HTML page into an article: main text without boilerplate,
/// title, publication date. `origin` names the file in errors.
pub fn parse_html(origin: &str, html: &str, opts: &HtmlOptions) -> Result<Article, ReadError> {
    read_html(origin, html, opts).map(|p| p.article)
}

/// Like [`parse_html`], and also tells where the date came from.
pub fn read_html(origin: &str, html: &str, opts: &HtmlOptions) -> Result<HtmlPage, ReadError> {
    let err_origin = || origin.to_string();
    if html.len() > opts.max_bytes {
        return Err(ReadError::TooLarge {
            origin: err_origin(),
            line: None,
            size: html.len() as u64,
            limit: opts.max_bytes as u64,
        });
    }
    let trimmed = html.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if trimmed.trim_end().is_empty() {
        return Err(ReadError::Empty { origin: err_origin() });
    }
    if let Some(reason) = binary_reason(html) {
        return Err(ReadError::Binary { origin: err_origin(), reason });
    }
    let (clean, dropped_tags) = limit_nesting(html, opts.max_depth.max(16), MAX_OPEN_FORMATTING);
    let dom = Dom::parse(&clean);
    drop(clean);
    let meta = Meta::collect(&dom);
    let body = dom.find_tag("body").unwrap_or(0);
    let title = meta.title(&dom);
    let extracted = extract_text(&dom, body, title.as_deref());
    let text = extracted.text;
    if text.trim().is_empty() {
        return Err(ReadError::NoHtmlArticle { origin: err_origin() });
    }
    let (date, date_source, date_raw) = match meta.date(&dom, &extracted.roots) {
        DateFound::Found(d, src, raw) => (d, src, raw),
        DateFound::Bad(raw) => match opts.default_date {
            Some(d) => (d, DateSource::Default, String::new()),
            None => return Err(ReadError::BadDate { origin: err_origin(), line: None, value: raw }),
        },
        DateFound::None => match opts.default_date {
            Some(d) => (d, DateSource::Default, String::new()),
            None => return Err(ReadError::MissingDate { origin: err_origin(), line: None }),
        },
    };
    let url = opts.url.clone().filter(|u| !u.trim().is_empty()).or_else(|| meta.url());
    let paragraphs = text.split("\n\n").count();
    let article = Article::new(date, text).with_title(title).with_source(meta.source()).with_url(url);
    Ok(HtmlPage { article, date_source, date_raw, paragraphs, dropped_tags })
}

/// Why the input looks like binary data rather than HTML, if it does.
fn binary_reason(html: &str) -> Option<String> {
    let head = html.as_bytes();
    let head = head.get(..head.len().min(8192)).unwrap_or(head);
    if head.contains(&0) {
        return Some("NUL bytes".to_string());
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if head.len() >= 32 && controls * 10 > head.len() {
        return Some(format!("{controls} control bytes in the first {} bytes", head.len()));
    }
    None
}

// ---------------------------------------------------------------------------
// Bounding the nesting before parsing
// ---------------------------------------------------------------------------

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "basefont", "bgsound", "frame", "image",
];
const RAW_TEXT: &[&str] = &["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"];
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

fn find_bytes(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let h = hay.get(from..)?;
    if needle.is_empty() || h.len() < needle.len() {
        return None;
    }
    h.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn find_byte(hay: &[u8], from: usize, b: u8) -> Option<usize> {
    hay.get(from..)?.iter().position(|&c| c == b).map(|p| p + from)
}

/// Reads a tag name at `start`: ASCII letters, digits, `-`, `_`, `:`.
/// Returns the lowercased name and the index after it.
fn tag_name(b: &[u8], start: usize) -> Option<(String, usize)> {
    let first = *b.get(start)?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let mut end = start;
    while let Some(&c) = b.get(end) {
        if c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c == b':' {
            end += 1;
        } else {
            break;
        }
    }
    let name: String = b.get(start..end)?.iter().map(|c| c.to_ascii_lowercase() as char).collect();
    Some((name, end))
}

/// Finds the `>` that ends a start tag whose name ends at `from`, skipping
/// quoted attribute values the way the HTML tokenizer does. Returns the
/// index just after `>` and whether the tag was self-closing.
fn tag_end(b: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut i = from;
    let mut after_eq = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'>' => return Some((i + 1, i > 0 && b.get(i - 1) == Some(&b'/'))),
            b'=' => {
                after_eq = true;
                i += 1;
                continue;
            }
            b'"' | b'\'' if after_eq => {
                i = find_byte(b, i + 1, c)? + 1;
            }
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            _ => i += 1,
        }
        after_eq = false;
    }
    None
}

/// Finds `</name` (ASCII case-insensitive) followed by whitespace, `/` or
/// `>`, from `from`; returns its start.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut i = from;
    loop {
        let lt = find_bytes(b, i, b"</")?;
        let after = lt + 2;
        let matches =
            b.get(after..after + n.len()).is_some_and(|w| w.iter().zip(n).all(|(x, y)| x.to_ascii_lowercase() == *y));
        let next = b.get(after + n.len()).copied();
        if matches && matches!(next, None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | 0x0c)) {
            return Some(lt);
        }
        i = after;
    }
}

/// Drops start tags that would nest deeper than `max_depth` elements, and
/// formatting start tags (`<b>`, `<font>`...) beyond `max_fmt` unclosed
/// ones, with their end tags; text is kept. This keeps the HTML parser's
/// stack of open elements (and its list of active formatting elements)
/// short, so its work stays linear in the input size. Linear itself.
/// Returns the cleaned page and how many tags were dropped.
pub(crate) fn limit_nesting(html: &str, max_depth: usize, max_fmt: usize) -> (String, usize) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0usize; // html[..copied] is in `out` (or dropped)
    let mut stack: Vec<String> = Vec::new();
    let mut fmt_open = 0usize;
    let mut dropped = 0usize;
    let mut i = 0usize;
    // Drops html[from..to] (a tag): copies what comes before it.
    let drop_range = |out: &mut String, copied: &mut usize, from: usize, to: usize| {
        if let Some(s) = html.get(*copied..from) {
            out.push_str(s);
        }
        out.push(' ');
        *copied = to;
    };
    while let Some(lt) = find_byte(b, i, b'<') {
        let next = b.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                i = if b.get(lt..lt + 4) == Some(b"<!--") {
                    find_bytes(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3)
                } else {
                    find_byte(b, lt + 2, b'>').map_or(b.len(), |e| e + 1)
                };
            }
            Some(b'?') => i = find_byte(b, lt + 2, b'>').map_or(b.len(), |e| e + 1),
            Some(b'/') => {
                let Some((name, name_end)) = tag_name(b, lt + 2) else {
                    i = lt + 2;
                    continue;
                };
                let end = find_byte(b, name_end, b'>').map_or(b.len(), |e| e + 1);
                if let Some(pos) = stack.iter().rposition(|n| *n == name) {
                    // Formatting elements closed implicitly here stay in the
                    // parser's list of active formatting elements (it
                    // reopens them), so only an explicit end tag counts.
                    stack.truncate(pos);
                    if FORMATTING.contains(&name.as_str()) {
                        fmt_open = fmt_open.saturating_sub(1);
                    }
                } else if FORMATTING.contains(&name.as_str()) && fmt_open > 0 {
                    // A formatting end tag closing a formatting element
                    // that an earlier end tag already took off our stack.
                    fmt_open -= 1;
                } else if !matches!(name.as_str(), "html" | "body" | "head" | "br" | "p") {
                    drop_range(&mut out, &mut copied, lt, end);
                    dropped += 1;
                }
                i = end;
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let Some((name, name_end)) = tag_name(b, lt + 1) else {
                    i = lt + 1;
                    continue;
                };
                let Some((end, self_closing)) = tag_end(b, name_end) else {
                    break; // an unterminated tag: the parser drops it
                };
                i = end;
                if RAW_TEXT.contains(&name.as_str()) {
                    // Skip the element's text up to its end tag, kept as is.
                    i = match find_end_tag(b, end, &name) {
                        Some(close) => find_byte(b, close, b'>').map_or(b.len(), |e| e + 1),
                        None => b.len(),
                    };
                    continue;
                }
                if name == "plaintext" {
                    break;
                }
                if VOID.contains(&name.as_str()) || (self_closing && stack.iter().any(|n| n == "svg" || n == "math")) {
                    continue;
                }
                // Implied end tags of the common cases.
                match name.as_str() {
                    "li" | "dt" | "dd" | "option" | "td" | "th" | "tr" | "rt" | "rp" => {
                        let same: &[&str] = match name.as_str() {
                            "li" => &["li", "p"],
                            "dt" | "dd" => &["dt", "dd", "p"],
                            "td" | "th" => &["td", "th", "p"],
                            "tr" => &["td", "th", "tr", "p"],
                            _ => &[],
                        };
                        while stack.last().is_some_and(|t| same.contains(&t.as_str()) || *t == name) {
                            stack.pop();
                        }
                    }
                    n if CLOSES_P.contains(&n) && stack.last().is_some_and(|t| t == "p") => {
                        stack.pop();
                    }
                    _ => {}
                }
                let is_fmt = FORMATTING.contains(&name.as_str());
                if stack.len() >= max_depth || (is_fmt && fmt_open >= max_fmt) {
                    drop_range(&mut out, &mut copied, lt, end);
                    dropped += 1;
                    continue;
                }
                if is_fmt {
                    fmt_open += 1;
                }
                stack.push(name);
            }
            _ => i = lt + 1,
        }
    }
    if let Some(rest) = html.get(copied..) {
        out.push_str(rest);
    }
    (out, dropped)
}

// ---------------------------------------------------------------------------
// A compact arena copy of the parsed page
// ---------------------------------------------------------------------------

const NONE: usize = usize::MAX;

/// Attributes the reader looks at; others are not copied.
const KEPT_ATTRS: &[&str] = &[
    "class",
    "id",
    "style",
    "hidden",
    "aria-hidden",
    "role",
    "itemprop",
    "datetime",
    "pubdate",
    "content",
    "property",
    "name",
    "rel",
    "href",
    "type",
    "http-equiv",
];

#[derive(Debug)]
enum Kind {
    Element { tag: String, attrs: Vec<(String, String)> },
    Text(String),
    Other,
}

#[derive(Debug)]
struct DNode {
    parent: usize,
    first_child: usize,
    last_child: usize,
    next_sibling: usize,
    /// One past the last node of this node's subtree (nodes are numbered in
    /// document order, so a subtree is a range).
    end: usize,
    /// `F_*` bits, computed once.
    flags: u8,
    kind: Kind,
}

/// Never read (code, media, forms, navigation, hidden).
const F_SKIP: u8 = 1;
/// Boilerplate inside an article (aside, footer, figure...).
const F_CLEAN_TAG: u8 = 2;
/// A block-level element.
const F_BLOCK: u8 = 4;
/// Class, id or role say navigation, comments, ads... (and nothing says
/// content).
const F_UNLIKELY: u8 = 8;
/// Class or id say boilerplate.
const F_NEGATIVE: u8 = 16;
/// body, html, article, main: never dropped for their class names.
const F_STRUCTURAL: u8 = 32;
/// A link.
const F_LINK: u8 = 64;

const SKIP_ROLES: &[&str] =
    &["navigation", "contentinfo", "complementary", "banner", "menu", "menubar", "search", "alert", "dialog"];

fn element_flags(tag: &str, attrs: &[(String, String)]) -> u8 {
    let get = |name: &str| attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let mut f = 0;
    if SKIP_TAGS.contains(&tag) {
        f |= F_SKIP;
    }
    if get("hidden").is_some() || get("aria-hidden").is_some_and(|v| v.trim() == "true") {
        f |= F_SKIP;
    }
    if let Some(style) = get("style") {
        let st: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if st.contains("display:none") || st.contains("visibility:hidden") {
            f |= F_SKIP;
        }
    }
    if CLEAN_TAGS.contains(&tag) {
        f |= F_CLEAN_TAG;
    }
    if BLOCK_TAGS.contains(&tag) {
        f |= F_BLOCK;
    }
    if matches!(tag, "body" | "html" | "article" | "main") {
        f |= F_STRUCTURAL;
    }
    if tag == "a" {
        f |= F_LINK;
    }
    let mut ci = String::new();
    for k in ["class", "id"] {
        if let Some(v) = get(k) {
            ci.push_str(&v.to_lowercase());
            ci.push(' ');
        }
    }
    if !ci.is_empty() {
        if is_unlikely(&ci) {
            f |= F_UNLIKELY;
        }
        if is_negative(&ci) {
            f |= F_NEGATIVE;
        }
    }
    if get("role").is_some_and(|r| SKIP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str())) {
        f |= F_UNLIKELY;
    }
    f
}

struct Dom {
    nodes: Vec<DNode>,
}

impl Dom {
    fn parse(html: &str) -> Dom {
        let doc = scraper::Html::parse_document(html);
        let mut nodes: Vec<DNode> = Vec::new();
        let mut stack = vec![(doc.tree.root(), NONE)];
        while let Some((node, parent)) = stack.pop() {
            let mut flags = 0;
            let kind = match node.value() {
                scraper::Node::Element(e) => {
                    let tag = e.name().to_ascii_lowercase();
                    let attrs: Vec<(String, String)> = e
                        .attrs()
                        .filter(|(k, _)| KEPT_ATTRS.contains(k))
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    flags = element_flags(&tag, &attrs);
                    Kind::Element { tag, attrs }
                }
                scraper::Node::Text(t) => Kind::Text(t.to_string()),
                _ => Kind::Other,
            };
            let idx = nodes.len();
            nodes.push(DNode {
                parent,
                first_child: NONE,
                last_child: NONE,
                next_sibling: NONE,
                end: idx + 1,
                flags,
                kind,
            });
            if let Some(p) = nodes.get(parent).map(|p| p.last_child) {
                if let Some(prev) = nodes.get_mut(p) {
                    prev.next_sibling = idx;
                }
                if let Some(pn) = nodes.get_mut(parent) {
                    if pn.first_child == NONE {
                        pn.first_child = idx;
                    }
                    pn.last_child = idx;
                }
            }
            let children: Vec<_> = node.children().collect();
            for c in children.into_iter().rev() {
                stack.push((c, idx));
            }
        }
        // Subtree ends, children before parents.
        for i in (0..nodes.len()).rev() {
            let lc = nodes[i].last_child;
            if let Some(e) = nodes.get(lc).map(|c| c.end) {
                nodes[i].end = e;
            }
        }
        Dom { nodes }
    }

    fn flags(&self, i: usize) -> u8 {
        self.nodes.get(i).map_or(0, |n| n.flags)
    }

    fn tag(&self, i: usize) -> Option<&str> {
        match &self.nodes.get(i)?.kind {
            Kind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    fn attr(&self, i: usize, name: &str) -> Option<&str> {
        match &self.nodes.get(i)?.kind {
            Kind::Element { attrs, .. } => attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    fn parent(&self, i: usize) -> Option<usize> {
        self.nodes.get(i).map(|n| n.parent).filter(|&p| p != NONE)
    }

    fn children(&self, i: usize) -> Children<'_> {
        Children { dom: self, next: self.nodes.get(i).map_or(NONE, |n| n.first_child) }
    }

    fn end(&self, i: usize) -> usize {
        self.nodes.get(i).map_or(i, |n| n.end)
    }

    fn find_tag(&self, tag: &str) -> Option<usize> {
        (0..self.nodes.len()).find(|&i| self.tag(i) == Some(tag))
    }

    /// The text of a subtree, whitespace collapsed (no skipping).
    fn text_of(&self, i: usize) -> String {
        let mut b = TextBuf::default();
        for n in i..self.end(i).min(self.nodes.len()) {
            if let Kind::Text(t) = &self.nodes[n].kind {
                b.push(t, false);
            }
        }
        b.text
    }

    /// Lowercased `class` and `id`, space-joined.
    fn class_id(&self, i: usize) -> String {
        let mut s = String::new();
        for k in ["class", "id"] {
            if let Some(v) = self.attr(i, k) {
                s.push_str(&v.to_lowercase());
                s.push(' ');
            }
        }
        s
    }
}

struct Children<'d> {
    dom: &'d Dom,
    next: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let cur = self.next;
        let n = self.dom.nodes.get(cur)?;
        self.next = n.next_sibling;
        Some(cur)
    }
}

/// Appends text with whitespace runs collapsed to one space; drops
/// zero-width characters, soft hyphens and control characters.
#[derive(Default)]
struct TextBuf {
    text: String,
    pending_space: bool,
    chars: usize,
    link_chars: usize,
}

impl TextBuf {
    fn push(&mut self, s: &str, in_link: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}') || c.is_control() {
                continue;
            }
            if self.pending_space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.pending_space = false;
            self.text.push(c);
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }
}

// ---------------------------------------------------------------------------
// Metadata: meta tags, JSON-LD, time elements
// ---------------------------------------------------------------------------

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "reportagenews",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "socialmediaposting",
];

#[derive(Debug, Default)]
struct JsonLd {
    date: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
}

#[derive(Debug, Default)]
struct TimeEl {
    node: usize,
    value: String,
    marked: bool,
}

#[derive(Debug, Default)]
struct Meta {
    /// (key lowercased, value) of `<meta>` in document order; the key is
    /// `property`, `name` or `itemprop`.
    metas: Vec<(String, String)>,
    title_tag: Option<String>,
    canonical: Option<String>,
    h1: Vec<String>,
    jsonld: JsonLd,
    itemprop_dates: Vec<String>,
    times: Vec<TimeEl>,
}

enum DateFound {
    Found(PubDate, DateSource, String),
    Bad(String),
    None,
}

fn collapse(s: &str) -> String {
    let mut b = TextBuf::default();
    b.push(s, false);
    b.text
}

fn is_http_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && !l.contains(char::is_whitespace)
}

impl Meta {
    fn collect(dom: &Dom) -> Meta {
        let mut m = Meta::default();
        let mut jsonld_docs = Vec::new();
        for i in 0..dom.nodes.len() {
            let Some(tag) = dom.tag(i) else { continue };
            match tag {
                "meta" => {
                    let content = dom.attr(i, "content").unwrap_or("");
                    for k in ["property", "name", "itemprop"] {
                        if let Some(key) = dom.attr(i, k) {
                            m.metas.push((key.trim().to_ascii_lowercase(), content.trim().to_string()));
                        }
                    }
                }
                "title" if m.title_tag.is_none() => {
                    let t = dom.text_of(i);
                    if !t.is_empty() {
                        m.title_tag = Some(t);
                    }
                }
                "link" if m.canonical.is_none() => {
                    let rel = dom.attr(i, "rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "canonical") {
                        if let Some(h) = dom.attr(i, "href").filter(|h| is_http_url(h)) {
                            m.canonical = Some(h.trim().to_string());
                        }
                    }
                }
                "h1" if m.h1.len() < 8 => {
                    let t = dom.text_of(i);
                    if !t.is_empty() {
                        m.h1.push(t);
                    }
                }
                "script" => {
                    let ty = dom.attr(i, "type").unwrap_or("").trim().to_ascii_lowercase();
                    if ty == "application/ld+json" && jsonld_docs.len() < 32 {
                        let mut raw = String::new();
                        for c in dom.children(i) {
                            if let Some(DNode { kind: Kind::Text(t), .. }) = dom.nodes.get(c) {
                                raw.push_str(t);
                            }
                        }
                        jsonld_docs.push(raw);
                    }
                }
                "time" if m.times.len() < 256 => {
                    let value = dom.attr(i, "datetime").map(str::to_string).unwrap_or_default();
                    if !value.trim().is_empty() {
                        let class = dom.class_id(i);
                        let marked = dom.attr(i, "pubdate").is_some()
                            || dom.attr(i, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                            || class.contains("publish")
                            || class.contains("posted");
                        m.times.push(TimeEl { node: i, value: value.trim().to_string(), marked });
                    }
                }
                _ => {}
            }
            if tag != "meta" && dom.attr(i, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished")) {
                let v = dom
                    .attr(i, "content")
                    .or_else(|| dom.attr(i, "datetime"))
                    .map(str::to_string)
                    .unwrap_or_else(|| dom.text_of(i));
                if !v.trim().is_empty() && m.itemprop_dates.len() < 8 {
                    m.itemprop_dates.push(v.trim().to_string());
                }
            }
        }
        m.jsonld = parse_jsonld(&jsonld_docs);
        m
    }

    fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter()
            .find_map(|k| self.metas.iter().find(|(mk, v)| mk == k && !v.trim().is_empty()).map(|(_, v)| v.as_str()))
    }

    fn title(&self, dom: &Dom) -> Option<String> {
        let _ = dom;
        let meta_title = self
            .get(&["og:title", "twitter:title", "dc.title", "dcterms.title"])
            .map(str::to_string)
            .or_else(|| self.jsonld.headline.clone())
            .map(|t| collapse(&t))
            .filter(|t| !t.is_empty());
        if meta_title.is_some() {
            return meta_title;
        }
        if let Some(tt) = &self.title_tag {
            let lt = tt.to_lowercase();
            if let Some(h) = self.h1.iter().find(|h| h.chars().count() >= 8 && lt.contains(&h.to_lowercase())) {
                return Some(h.clone());
            }
            // Strip a site-name suffix or prefix: keep the longest part.
            for sep in [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / "] {
                if tt.contains(sep) {
                    let best = tt.split(sep).map(str::trim).max_by_key(|p| p.chars().count()).unwrap_or(tt);
                    return Some(best.to_string());
                }
            }
            return Some(tt.clone());
        }
        self.h1.first().cloned()
    }

    fn source(&self) -> Option<String> {
        self.get(&["og:site_name"])
            .map(str::to_string)
            .or_else(|| self.jsonld.publisher.clone())
            .or_else(|| self.get(&["dc.publisher", "dcterms.publisher"]).map(str::to_string))
            .map(|s| collapse(&s))
            .filter(|s| !s.is_empty())
    }

    fn url(&self) -> Option<String> {
        self.canonical
            .clone()
            .or_else(|| self.get(&["og:url"]).filter(|u| is_http_url(u)).map(|u| u.trim().to_string()))
    }

    /// The publication date, from the most trusted source that has one.
    fn date(&self, dom: &Dom, roots: &[usize]) -> DateFound {
        let mut bad: Option<String> = None;
        let mut candidates: Vec<(DateSource, String)> = Vec::new();
        if let Some(d) = &self.jsonld.date {
            candidates.push((DateSource::JsonLd, d.clone()));
        }
        let groups: [(DateSource, &[&str]); 4] = [
            (DateSource::ArticleMeta, &["article:published_time", "article:published"]),
            (
                DateSource::OpenGraph,
                &["og:published_time", "og:article:published_time", "og:pubdate", "og:article:published"],
            ),
            (DateSource::Itemprop, &["datepublished"]),
            (
                DateSource::DublinCore,
                &[
                    "dc.date.issued",
                    "dcterms.issued",
                    "dc.date",
                    "dcterms.date",
                    "dc.date.created",
                    "dcterms.created",
                    "dc:date",
                ],
            ),
        ];
        for (src, keys) in groups {
            for k in keys {
                for (mk, v) in &self.metas {
                    if mk == k && !v.trim().is_empty() {
                        candidates.push((src, v.clone()));
                    }
                }
            }
            if src == DateSource::Itemprop {
                for v in &self.itemprop_dates {
                    candidates.push((DateSource::Itemprop, v.clone()));
                }
            }
        }
        for k in [
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "published_time",
            "published-date",
            "parsely-pub-date",
            "sailthru.date",
            "article.published",
            "article_date_original",
            "original-publish-date",
            "date",
            "datecreated",
        ] {
            if let Some(v) = self.get(&[k]) {
                candidates.push((DateSource::OtherMeta, v.to_string()));
            }
        }
        // Time elements: one marked as the publication time; else the first
        // inside the article or in the page before it.
        let first_root = roots.iter().copied().min().unwrap_or(NONE);
        let in_roots = |n: usize| roots.iter().any(|&r| n >= r && n < dom.end(r));
        let time = self
            .times
            .iter()
            .find(|t| t.marked)
            .or_else(|| self.times.iter().find(|t| in_roots(t.node)))
            .or_else(|| self.times.iter().find(|t| t.node < first_root && !in_boilerplate(dom, t.node)));
        if let Some(t) = time {
            candidates.push((DateSource::TimeElement, t.value.clone()));
        }
        for (src, raw) in candidates {
            match parse_date_lenient(&raw) {
                Some(d) => return DateFound::Found(d, src, raw),
                None => {
                    if bad.is_none() {
                        bad = Some(raw);
                    }
                }
            }
        }
        match bad {
            Some(b) => DateFound::Bad(b),
            None => DateFound::None,
        }
    }
}

/// Whether an ancestor of `n` is navigation, comments or the like.
fn in_boilerplate(dom: &Dom, n: usize) -> bool {
    let mut cur = dom.parent(n);
    let mut steps = 0;
    while let Some(p) = cur {
        if steps > 64 {
            break;
        }
        if matches!(dom.tag(p), Some("nav" | "aside" | "footer")) || dom.flags(p) & (F_NEGATIVE | F_UNLIKELY) != 0 {
            return true;
        }
        cur = dom.parent(p);
        steps += 1;
    }
    false
}

/// Parses a date as pages write it: RFC 3339 and its relatives (through
/// [`PubDate::parse`]), RFC 2822, `YYYY/MM/DD`, `YYYYMMDD`.
pub fn parse_date_lenient(raw: &str) -> Option<PubDate> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Some(d) = PubDate::parse(s) {
        return Some(d);
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(PubDate::DateTime(t));
    }
    if s.len() >= 10 && s.is_char_boundary(10) {
        let slashed = s.replacen('/', "-", 2);
        if slashed != s {
            if let Some(d) = PubDate::parse(&slashed) {
                return Some(d);
            }
        }
    }
    if s.len() == 8 && s.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y%m%d") {
            return Some(PubDate::Date(d));
        }
    }
    None
}

fn json_str(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        serde_json::Value::Array(a) => a.iter().find_map(json_str),
        _ => None,
    }
}

fn json_types(v: &serde_json::Value) -> Vec<String> {
    match v.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(serde_json::Value::Array(a)) => {
            a.iter().filter_map(|x| x.as_str()).map(|s| s.to_ascii_lowercase()).collect()
        }
        _ => Vec::new(),
    }
}

/// Reads the article's date, headline and publisher from JSON-LD blocks.
fn parse_jsonld(docs: &[String]) -> JsonLd {
    let mut objects: Vec<serde_json::Value> = Vec::new();
    for raw in docs {
        let mut s = raw.trim();
        for wrap in ["<!--", "//<![CDATA[", "<![CDATA["] {
            s = s.strip_prefix(wrap).unwrap_or(s).trim();
        }
        for wrap in ["-->", "//]]>", "]]>"] {
            s = s.strip_suffix(wrap).unwrap_or(s).trim();
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(s) else {
            continue;
        };
        // Flatten: top-level arrays and @graph arrays, one level deep each.
        let mut queue = vec![v];
        let mut steps = 0;
        while let Some(v) = queue.pop() {
            steps += 1;
            if steps > 4096 {
                break;
            }
            match v {
                serde_json::Value::Array(items) => queue.extend(items.into_iter().rev()),
                serde_json::Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        queue.push(g);
                    }
                    objects.push(serde_json::Value::Object(o));
                }
                _ => {}
            }
        }
    }
    let by_id: HashMap<&str, &serde_json::Value> =
        objects.iter().filter_map(|o| o.get("@id").and_then(|i| i.as_str()).map(|i| (i, o))).collect();
    let name_of = |v: &serde_json::Value| -> Option<String> {
        let v = match v {
            serde_json::Value::Array(a) => a.first()?,
            v => v,
        };
        if let Some(n) = v.get("name").and_then(json_str) {
            return Some(n);
        }
        let id = v.get("@id")?.as_str()?;
        by_id.get(id)?.get("name").and_then(json_str)
    };
    let is_article = |o: &serde_json::Value| json_types(o).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()));
    let article = objects
        .iter()
        .find(|o| is_article(o) && o.get("datePublished").is_some())
        .or_else(|| objects.iter().find(|o| is_article(o)));
    let mut out = JsonLd::default();
    if let Some(a) = article {
        out.date = a.get("datePublished").and_then(json_str).or_else(|| a.get("dateCreated").and_then(json_str));
        out.headline = a.get("headline").and_then(json_str).or_else(|| a.get("name").and_then(json_str));
        out.publisher = a.get("publisher").and_then(name_of);
    }
    if out.date.is_none() {
        out.date = objects.iter().find_map(|o| o.get("datePublished").and_then(json_str));
    }
    if out.publisher.is_none() {
        out.publisher = objects
            .iter()
            .filter(|o| json_types(o).iter().any(|t| t == "website" || t == "webpage"))
            .find_map(|o| o.get("publisher").and_then(name_of));
    }
    out
}

// ---------------------------------------------------------------------------
// Main text
// ---------------------------------------------------------------------------

/// Elements never read: code, media, forms, navigation.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas", "video",
    "audio", "map", "button", "select", "textarea", "input", "option", "datalist", "dialog", "nav", "title", "meta",
    "link",
];

/// Elements that are skipped inside the chosen article (not when they are
/// the article itself).
const CLEAN_TAGS: &[&str] = &["aside", "footer", "figure", "figcaption", "form", "header", "address", "menu"];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "header",
    "footer",
    "aside",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "fieldset",
    "legend",
    "form",
    "hgroup",
    "body",
    "html",
    "nav",
    "menu",
    "dir",
    "listing",
    "plaintext",
];

const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "cookie",
    "newsletter",
    "subscribe",
    "signup",
    "promo",
    "share",
    "sharing",
    "widget",
    "masthead",
    "topbar",
    "navbar",
    "most-read",
    "mostread",
    "trending",
    "recirc",
    "outbrain",
    "taboola",
    "copyright",
];
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "text"];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "taboola",
    "promo",
    "related",
    "scroll",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tag-",
    "widget",
    "byline",
    "author",
    "caption",
    "credit",
    "newsletter",
    "subscribe",
    "signup",
    "social",
    "toolbar",
    "print",
    "breadcrumb",
    "kicker",
    "advert",
    "recirc",
    "more-from",
    "read-more",
    "readmore",
    "see-also",
    "teaser",
    "timestamp",
    "dateline-meta",
    "cookie",
    "popup",
    "modal",
    "tweet",
    "instagram",
    "tiktok",
    "embed",
    "gallery",
    "pullquote",
    "pull-quote",
    "skip",
];
const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];
/// Class/id words (whole tokens) for ads.
const AD_TOKENS: &[&str] = &["ad", "ads", "adv", "advert", "advertisement", "dfp", "gpt", "adslot", "ad-slot"];

fn tokens(class_id: &str) -> impl Iterator<Item = &str> {
    class_id.split(|c: char| c.is_whitespace() || c == '_' || c == '-').filter(|t| !t.is_empty())
}

fn is_negative(class_id: &str) -> bool {
    NEGATIVE.iter().any(|n| class_id.contains(n)) || tokens(class_id).any(|t| AD_TOKENS.contains(&t))
}

fn is_unlikely(class_id: &str) -> bool {
    (UNLIKELY.iter().any(|n| class_id.contains(n)) || tokens(class_id).any(|t| AD_TOKENS.contains(&t)))
        && !MAYBE.iter().any(|m| tokens(class_id).any(|t| t == *m))
}

fn class_weight(class_id: &str) -> f64 {
    let mut w = 0.0;
    if is_negative(class_id) {
        w -= 25.0;
    }
    if POSITIVE.iter().any(|p| class_id.contains(p)) {
        w += 25.0;
    }
    w
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Paragraph,
    Heading(u8),
    Item,
    Cell,
    Other,
}

#[derive(Debug)]
struct Block {
    text: String,
    /// The innermost block element around the text.
    owner: usize,
    /// The first text node of the block (document order).
    pos: usize,
    kind: BlockKind,
    chars: usize,
    link_chars: usize,
}

fn block_kind(tag: &str) -> BlockKind {
    match tag {
        "p" | "blockquote" | "pre" | "dd" | "dt" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" => BlockKind::Item,
        "td" | "th" => BlockKind::Cell,
        _ => BlockKind::Other,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// For scoring: skip code, hidden and unlikely elements.
    Score,
    /// For output: also skip boilerplate inside the article.
    Clean,
}

/// Splits the text under `root` into blocks, walking the tree iteratively.
fn collect_blocks(dom: &Dom, root: usize, mode: Mode) -> Vec<Block> {
    struct Frame {
        node: usize,
        block: bool,
        link: bool,
    }
    let mut blocks = Vec::new();
    let mut buf = TextBuf::default();
    let mut buf_pos = NONE;
    let mut owners: Vec<usize> = vec![root];
    let mut links = 0usize;
    let mut brs = 0usize;
    let flush = |buf: &mut TextBuf, buf_pos: &mut usize, owners: &[usize], blocks: &mut Vec<Block>| {
        if !buf.text.is_empty() {
            let owner = owners.last().copied().unwrap_or(root);
            let kind = dom.tag(owner).map_or(BlockKind::Other, block_kind);
            let b = std::mem::take(buf);
            blocks.push(Block { text: b.text, owner, pos: *buf_pos, kind, chars: b.chars, link_chars: b.link_chars });
        }
        *buf = TextBuf::default();
        *buf_pos = NONE;
    };
    // (node, frame to close when popped second time)
    let mut stack: Vec<(usize, Option<Frame>)> = vec![(root, None)];
    while let Some((node, close)) = stack.pop() {
        if let Some(f) = close {
            if f.block {
                flush(&mut buf, &mut buf_pos, &owners, &mut blocks);
                owners.pop();
            }
            if f.link {
                links = links.saturating_sub(1);
            }
            let _ = f.node;
            continue;
        }
        let Some(n) = dom.nodes.get(node) else {
            continue;
        };
        match &n.kind {
            Kind::Text(t) => {
                if !t.trim().is_empty() {
                    brs = 0;
                    if buf_pos == NONE {
                        buf_pos = node;
                    }
                }
                buf.push(t, links > 0);
            }
            Kind::Other => {
                // The document node: walk its children.
                if node == root {
                    for c in dom.children(node).collect::<Vec<_>>().into_iter().rev() {
                        stack.push((c, None));
                    }
                }
            }
            Kind::Element { tag, .. } => {
                let tag = tag.as_str();
                let f = n.flags;
                if f & F_SKIP != 0 {
                    continue;
                }
                if node != root {
                    let structural = f & F_STRUCTURAL != 0;
                    if !structural && f & F_UNLIKELY != 0 {
                        continue;
                    }
                    if mode == Mode::Clean
                        && (f & F_CLEAN_TAG != 0
                            || (!structural && f & F_NEGATIVE != 0)
                            || (matches!(tag, "div" | "article" | "li" | "section") && is_teaser(dom, node)))
                    {
                        continue;
                    }
                }
                if tag == "br" {
                    brs += 1;
                    if brs >= 2 {
                        flush(&mut buf, &mut buf_pos, &owners, &mut blocks);
                    } else {
                        buf.space();
                    }
                    continue;
                }
                if tag == "img" || tag == "hr" || tag == "wbr" {
                    if tag == "hr" {
                        flush(&mut buf, &mut buf_pos, &owners, &mut blocks);
                    }
                    continue;
                }
                let block = f & F_BLOCK != 0;
                let link = f & F_LINK != 0;
                if block {
                    flush(&mut buf, &mut buf_pos, &owners, &mut blocks);
                    owners.push(node);
                    brs = 0;
                } else {
                    buf.space_if_cell(tag);
                }
                if link {
                    links += 1;
                }
                stack.push((node, Some(Frame { node, block, link })));
                let kids: Vec<usize> = dom.children(node).collect();
                for c in kids.into_iter().rev() {
                    stack.push((c, None));
                }
            }
        }
    }
    flush(&mut buf, &mut buf_pos, &owners, &mut blocks);
    blocks
}

impl TextBuf {
    /// Inline elements that separate words even without spaces.
    fn space_if_cell(&mut self, tag: &str) {
        if matches!(tag, "td" | "th" | "label" | "option") {
            self.space();
        }
    }
}

/// Per-subtree sums over blocks, by the document position of each block.
struct BlockIndex {
    pos: Vec<usize>,
    /// prefix sums: chars, link chars, commas
    chars: Vec<usize>,
    links: Vec<usize>,
}

impl BlockIndex {
    fn new(blocks: &[Block]) -> BlockIndex {
        let mut order: Vec<&Block> = blocks.iter().collect();
        order.sort_by_key(|b| b.pos);
        let mut pos = Vec::with_capacity(order.len());
        let mut chars = vec![0];
        let mut links = vec![0];
        for b in order {
            pos.push(b.pos);
            chars.push(chars.last().copied().unwrap_or(0) + b.chars);
            links.push(links.last().copied().unwrap_or(0) + b.link_chars);
        }
        BlockIndex { pos, chars, links }
    }

    /// (chars, link chars) of the blocks inside `node`'s subtree.
    fn stats(&self, dom: &Dom, node: usize) -> (usize, usize) {
        let lo = self.pos.partition_point(|&p| p < node);
        let hi = self.pos.partition_point(|&p| p < dom.end(node));
        let get = |v: &Vec<usize>, i: usize| v.get(i).copied().unwrap_or(0);
        (
            get(&self.chars, hi).saturating_sub(get(&self.chars, lo)),
            get(&self.links, hi).saturating_sub(get(&self.links, lo)),
        )
    }

    fn link_density(&self, dom: &Dom, node: usize) -> f64 {
        let (c, l) = self.stats(dom, node);
        if c == 0 {
            0.0
        } else {
            l as f64 / c as f64
        }
    }
}

fn tag_init(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn sentence_like(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}', ')', ':', ';', '\u{2026}', '\''])
}

/// Short lines that are boilerplate wherever they appear.
fn is_boilerplate_line(text: &str) -> bool {
    if text.chars().count() > 80 {
        return false;
    }
    let l = text.trim().trim_end_matches(['.', ':', '!']).to_lowercase();
    const EXACT: &[&str] = &[
        "advertisement",
        "advertisements",
        "ad",
        "sponsored",
        "story continues below advertisement",
        "story continues below",
        "article continues below",
        "continue reading",
        "read more",
        "read the full story",
        "share",
        "share this",
        "share this article",
        "share this story",
        "print",
        "email",
        "comments",
        "related",
        "related articles",
        "related stories",
        "recommended",
        "more on this story",
        "skip advertisement",
        "photo",
        "video",
    ];
    const PREFIX: &[&str] = &[
        "read more:",
        "related:",
        "see also:",
        "also read:",
        "watch:",
        "sign up",
        "subscribe",
        "follow us",
        "click here",
        "©",
        "copyright",
    ];
    EXACT.contains(&l.as_str()) || PREFIX.iter().any(|p| l.starts_with(p))
}

/// The extracted text and the elements it came from.
struct Extracted {
    text: String,
    roots: Vec<usize>,
}

fn norm_key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// When the headline (an `h1`/`h2` whose text is the title) sits inside the
/// chosen container `top` next to paragraphs of its own, and those hold a
/// good share of the container's paragraph text, the article is that
/// smaller element: the rest of `top` is teasers and other stories.
fn anchor_on_headline(
    dom: &Dom,
    top: usize,
    title_key: &str,
    direct: &HashMap<usize, (usize, usize)>,
) -> Option<usize> {
    if title_key.is_empty() {
        return None;
    }
    let end = dom.end(top);
    let h = (top..end.min(dom.nodes.len()))
        .find(|&i| matches!(dom.tag(i), Some("h1" | "h2")) && norm_key(&dom.text_of(i)) == title_key)?;
    let mut cur = dom.parent(h);
    let mut steps = 0;
    while let Some(a) = cur {
        if a == top || steps > 32 {
            return None;
        }
        if let Some(&(n, chars)) = direct.get(&a) {
            let total: usize = direct.iter().filter(|(&k, _)| k >= top && k < end).map(|(_, v)| v.1).sum();
            return (n >= 2 && chars * 3 >= total).then_some(a);
        }
        cur = dom.parent(a);
        steps += 1;
    }
    None
}

/// A teaser card: a container whose first heading is a link (to another
/// story).
fn is_teaser(dom: &Dom, node: usize) -> bool {
    let end = dom.end(node).min(dom.nodes.len()).min(node + 40);
    let Some(h) = (node + 1..end).find(|&i| matches!(dom.tag(i), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6"))) else {
        return false;
    };
    // The heading inside a link, or a link holding all the heading's text.
    let mut cur = dom.parent(h);
    while let Some(a) = cur {
        if a == node {
            break;
        }
        if dom.tag(a) == Some("a") {
            return true;
        }
        cur = dom.parent(a);
    }
    let text = norm_key(&dom.text_of(h));
    !text.is_empty()
        && (h + 1..dom.end(h).min(dom.nodes.len()))
            .any(|i| dom.tag(i) == Some("a") && norm_key(&dom.text_of(i)) == text)
}

/// Finds the article's container(s) under `body` and returns their text.
fn extract_text(dom: &Dom, body: usize, title: Option<&str>) -> Extracted {
    let blocks = collect_blocks(dom, body, Mode::Score);
    let index = BlockIndex::new(&blocks);
    let mut scores: HashMap<usize, f64> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    // Direct parents of scored paragraphs: (paragraphs, chars).
    let mut direct: HashMap<usize, (usize, usize)> = HashMap::new();
    for b in &blocks {
        if b.chars < 25 || matches!(b.kind, BlockKind::Heading(_)) {
            continue;
        }
        let commas = b.text.chars().filter(|c| matches!(c, ',' | '\u{FF0C}' | '\u{3001}')).count();
        let score = 1.0 + commas as f64 + (b.chars as f64 / 100.0).floor().min(3.0);
        let owner_tag = dom.tag(b.owner).unwrap_or("");
        let base = if matches!(b.kind, BlockKind::Paragraph | BlockKind::Item | BlockKind::Cell) && owner_tag != "td" {
            dom.parent(b.owner)
        } else {
            Some(b.owner)
        };
        if let Some(d) = base {
            let e = direct.entry(d).or_insert((0, 0));
            e.0 += 1;
            e.1 += b.chars;
        }
        let mut cur = base;
        let mut level = 0;
        while let Some(c) = cur {
            if level > 4 {
                break;
            }
            let entry = scores.entry(c).or_insert_with(|| {
                order.push(c);
                tag_init(dom.tag(c).unwrap_or("")) + class_weight(&dom.class_id(c))
            });
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *entry += score / div;
            cur = dom.parent(c);
            level += 1;
        }
    }
    let final_score = |n: usize| scores.get(&n).map_or(0.0, |s| s * (1.0 - index.link_density(dom, n)));
    let top = order
        .iter()
        .copied()
        .filter(|&n| !matches!(dom.tag(n), Some("html")))
        .map(|n| (n, final_score(n)))
        .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal).then(b.0.cmp(&a.0)));
    let title_key = title.map(norm_key).unwrap_or_default();
    let top = top.map(|(t, sc)| match anchor_on_headline(dom, t, &title_key, &direct) {
        Some(a) => (a, final_score(a)),
        None => (t, sc),
    });
    let mut roots = Vec::new();
    match top {
        Some((top, top_score)) if top_score > 0.0 => {
            let parent = dom.parent(top).filter(|_| !matches!(dom.tag(top), Some("body")));
            match parent {
                Some(p) => {
                    let threshold = (top_score * 0.2).max(10.0);
                    let top_class = dom.attr(top, "class").unwrap_or("");
                    for s in dom.children(p) {
                        if s == top {
                            roots.push(s);
                            continue;
                        }
                        let Some(tag) = dom.tag(s) else { continue };
                        if dom.flags(s) & (F_SKIP | F_CLEAN_TAG | F_UNLIKELY) != 0 {
                            continue;
                        }
                        let bonus = if !top_class.is_empty() && dom.attr(s, "class") == Some(top_class) {
                            top_score * 0.2
                        } else {
                            0.0
                        };
                        if final_score(s) + bonus >= threshold {
                            roots.push(s);
                        } else if tag == "p" {
                            let (chars, _) = index.stats(dom, s);
                            let ld = index.link_density(dom, s);
                            let text = dom.text_of(s);
                            if (chars > 80 && ld < 0.25) || (chars > 0 && ld == 0.0 && sentence_like(&text)) {
                                roots.push(s);
                            }
                        }
                    }
                }
                None => roots.push(top),
            }
        }
        _ => {}
    }
    let mut out_blocks: Vec<Block> = Vec::new();
    if roots.is_empty() {
        // No container stands out: keep the sentence-like, link-poor blocks.
        for b in collect_blocks(dom, body, Mode::Clean) {
            if b.chars >= 40 && (b.link_chars as f64) < 0.3 * b.chars as f64 && sentence_like(&b.text) {
                out_blocks.push(b);
            }
        }
    } else {
        for &r in &roots {
            out_blocks.extend(collect_blocks(dom, r, Mode::Clean));
        }
    }
    let mut paras: Vec<String> = Vec::new();
    let mut headings: Vec<bool> = Vec::new();
    let mut title_at: Option<usize> = None;
    for b in out_blocks {
        let heading = matches!(b.kind, BlockKind::Heading(_));
        if heading && title_at.is_none() && !title_key.is_empty() && norm_key(&b.text) == title_key {
            title_at = Some(paras.len());
            continue;
        }
        if b.link_chars * 2 > b.chars {
            continue;
        }
        if is_boilerplate_line(&b.text) {
            continue;
        }
        // Short lines that are not sentences: bylines, labels, credits.
        // Paragraphs (`<p>`) and list items are kept unless they are bylines.
        let short_line = b.chars < 50 && !sentence_like(&b.text);
        let byline = b.text.starts_with("By ") || b.text.starts_with("by ");
        if short_line && !heading && (byline || !matches!(b.kind, BlockKind::Item | BlockKind::Paragraph)) {
            continue;
        }
        if paras.last() == Some(&b.text) {
            continue;
        }
        paras.push(b.text);
        headings.push(heading);
    }
    // The article starts at its headline: drop what comes before it in the
    // container, unless that is most of the text.
    if let Some(k) = title_at.filter(|&k| k > 0 && k <= paras.len()) {
        let before: usize = paras[..k].iter().map(|p| p.len()).sum();
        let all: usize = paras.iter().map(|p| p.len()).sum();
        if before * 2 < all {
            paras.drain(..k);
            headings.drain(..k);
        }
    }
    // Drop headings left without a paragraph after them.
    while headings.last() == Some(&true) {
        headings.pop();
        paras.pop();
    }
    let mut i = 0;
    while i + 1 < paras.len() {
        if headings[i] && headings[i + 1] {
            paras.remove(i);
            headings.remove(i);
        } else {
            i += 1;
        }
    }
    Extracted { text: paras.join("\n\n"), roots }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> HtmlOptions {
        HtmlOptions::default()
    }

    #[test]
    fn nesting_is_limited() {
        let deep = "<div>".repeat(1000) + "text" + &"</div>".repeat(1000);
        let (clean, dropped) = limit_nesting(&deep, 100, 64);
        assert!(dropped >= 1800, "{dropped}");
        assert!(clean.contains("text"));
        let shallow = "<p>a<p>b<ul><li>x<li>y</ul><table><tr><td>1<td>2<tr><td>3</table>";
        let (clean, dropped) = limit_nesting(shallow, 4, 64);
        assert_eq!(dropped, 0, "{clean}");
        assert_eq!(clean, shallow);
    }

    #[test]
    fn raw_text_and_comments_are_not_tags() {
        let s = "<script>if (a < b) { x = '<div>'; }</script><!-- <div><div> --><p>ok</p>";
        let (clean, dropped) = limit_nesting(s, 16, 64);
        assert_eq!(dropped, 0);
        assert_eq!(clean, s);
    }

    #[test]
    fn lenient_dates() {
        assert_eq!(parse_date_lenient("2025-03-11").unwrap().to_string(), "2025-03-11");
        assert_eq!(parse_date_lenient("Tue, 11 Mar 2025 14:32:00 +0000").unwrap().date().to_string(), "2025-03-11");
        assert_eq!(parse_date_lenient("2025/03/11").unwrap().to_string(), "2025-03-11");
        assert_eq!(parse_date_lenient("20250311").unwrap().to_string(), "2025-03-11");
        assert!(parse_date_lenient("soon").is_none());
        assert!(parse_date_lenient("2025-02-30").is_none());
    }

    #[test]
    fn jsonld_graph_resolves_publisher() {
        let doc = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"Example Post"},
            {"@type":["Article","NewsArticle"],"headline":"H","datePublished":"2024-01-02","publisher":{"@id":"#org"}}]}"##;
        let j = parse_jsonld(&[doc.to_string()]);
        assert_eq!(j.date.as_deref(), Some("2024-01-02"));
        assert_eq!(j.publisher.as_deref(), Some("Example Post"));
        assert_eq!(j.headline.as_deref(), Some("H"));
    }

    #[test]
    fn errors() {
        assert!(matches!(parse_html("a.html", "  \n ", &opts()), Err(ReadError::Empty { .. })));
        assert!(matches!(parse_html("a.html", "<p>x\0y</p>", &opts()), Err(ReadError::Binary { .. })));
        let small = opts().with_max_bytes(10);
        assert!(matches!(parse_html("a.html", "<p>0123456789</p>", &small), Err(ReadError::TooLarge { .. })));
        let e = parse_html("a.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>", &opts()).unwrap_err();
        assert!(matches!(e, ReadError::NoHtmlArticle { .. }), "{e}");
        assert!(e.to_string().starts_with("a.html:"));
    }

    #[test]
    fn br_paragraphs_and_entities() {
        let page = "<html><head><meta name='dc.date' content='2020-05-06'></head><body><div class='text'>\
            First paragraph, with a comma, and caf&eacute; &amp; more text here.<br><br>\
            Second&nbsp;paragraph, also long enough to count as text, ends here.</div></body></html>";
        let a = parse_html("x.html", page, &opts()).unwrap();
        assert_eq!(
            a.text,
            "First paragraph, with a comma, and café & more text here.\n\nSecond paragraph, also long enough to count as text, ends here."
        );
        assert_eq!(a.date.to_string(), "2020-05-06");
    }
}
