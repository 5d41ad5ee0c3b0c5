//! # dateline-testkit
//!
//! Test support shared by every layer:
//!
//! * **The golden corpus**: whole articles in `testdata/golden/*.toml`, one
//!   file per article, with the expected annotations of every layer. A file
//!   holds either its own `text` (articles this team wrote) or a `file` path
//!   relative to `../shared` (the seed article, which is not copied into the
//!   repo). Each layer's tests read the section it owns (`[[times]]`,
//!   `[[amounts]]`, `[[entities]]`...) and ignore the others.
//! * **Invariants**: [`check_invariants`] and the [`assert_invariants!`]
//!   macro check that every span of every layer lies inside the text on
//!   character boundaries and that layers are sorted.
//!
//! Golden file format:
//!
//! ```toml
//! date = "2025-03-11"          # with `text`; ignored with `file`
//! text = """U.S. officials met on Tuesday."""
//! # or: file = "seed/000_4f592e13d0db0899.txt"
//!
//! [[sentences]]
//! text = "U.S. officials met on Tuesday."
//!
//! [[times]]
//! text = "on Tuesday"
//! value = "2025-03-11"
//! ```
#![warn(missing_docs)]

use dateline_core::{
    Amount, AmountKind, Article, Document, Entity, EntityKind, Event, EventMode, Mention, MentionKind, Pipeline,
    PubDate, Quote, QuoteKind, Span, TimeExpr, TimexType,
};
use dateline_readers::plain::{parse_plain, PlainOptions};
use std::path::{Path, PathBuf};

pub use toml;

/// The workspace root (where `testdata/` is).
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(Path::parent).unwrap_or(here).to_path_buf()
}

/// The shared data folder `../shared` beside the workspace, or
/// `DATELINE_SHARED` when set.
pub fn shared_dir() -> PathBuf {
    if let Ok(p) = std::env::var("DATELINE_SHARED") {
        return PathBuf::from(p);
    }
    workspace_root().join("..").join("shared")
}

/// A path inside the shared data folder that a test cannot do without:
/// panics, naming the path, when it is missing (a floor that skipped
/// without its data could never fail).
#[track_caller]
pub fn shared_path(rel: &str) -> PathBuf {
    let p = shared_dir().join(rel);
    assert!(
        p.exists(),
        "{} is missing: the tests need the shared data folder beside the workspace (or DATELINE_SHARED)",
        p.display()
    );
    p
}

/// The seed article from `../shared/seed/`.
pub fn seed_article() -> Article {
    let path = shared_dir().join("seed/000_4f592e13d0db0899.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_plain(&path.display().to_string(), &text, &PlainOptions::default()).expect("seed article parses")
}

/// One golden article and its expectations.
#[derive(Debug, Clone)]
pub struct GoldenCase {
    /// File stem of the golden file.
    pub name: String,
    /// The article.
    pub article: Article,
    /// The whole parsed file; each layer reads its own array of tables.
    pub expect: toml::Table,
}

impl GoldenCase {
    /// The expectations of one layer (`"times"`, `"amounts"`...): an empty
    /// list when the file has none.
    pub fn layer(&self, name: &str) -> Vec<toml::Table> {
        match self.expect.get(name) {
            Some(toml::Value::Array(items)) => items.iter().filter_map(|v| v.as_table().cloned()).collect(),
            _ => Vec::new(),
        }
    }

    /// The first occurrence of `needle` in the article text, as a span; with
    /// `nth`, the nth (0-based) occurrence. Panics with the case name when
    /// absent, so a typo in a golden file fails loudly.
    pub fn find(&self, needle: &str, nth: usize) -> Span {
        let text = &self.article.text;
        let mut from = 0;
        for _ in 0..nth {
            let i = text[from..]
                .find(needle)
                .unwrap_or_else(|| panic!("{}: {needle:?} occurs fewer than {} times", self.name, nth + 1));
            from += i + needle.len();
        }
        let i = text[from..].find(needle).unwrap_or_else(|| panic!("{}: {needle:?} not in text", self.name));
        Span::new(from + i, from + i + needle.len())
    }
}

/// Loads every golden case in `testdata/golden/`, sorted by name.
pub fn golden_cases() -> Vec<GoldenCase> {
    let dir = workspace_root().join("testdata/golden");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_case(p)).collect()
}

/// Loads one golden case.
pub fn load_case(path: &Path) -> GoldenCase {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let expect: toml::Table = raw.parse().unwrap_or_else(|e| panic!("{}: bad TOML: {e}", path.display()));
    let name = path.file_stem().unwrap().to_string_lossy().to_string();
    let article = if let Some(file) = expect.get("file").and_then(|v| v.as_str()) {
        let p = shared_dir().join(file);
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: cannot read {}: {e}", p.display()));
        parse_plain(&p.display().to_string(), &text, &PlainOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
    } else {
        let date = expect.get("date").and_then(|v| v.as_str()).and_then(PubDate::parse);
        let date = date.unwrap_or_else(|| panic!("{name}: needs `date` with `text`"));
        let text =
            expect.get("text").and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{name}: needs `text` or `file`"));
        Article::new(date, text)
    };
    GoldenCase { name, article, expect }
}

/// Checks the invariants every layer must keep; returns the violations.
pub fn check_invariants(doc: &Document) -> Vec<String> {
    let text = doc.text();
    let mut bad = Vec::new();
    let check = |bad: &mut Vec<String>, what: &str, s: Span| {
        if s.start > s.end || s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            bad.push(format!(
                "{what}: span {}..{} not on char boundaries in text of {} bytes",
                s.start,
                s.end,
                text.len()
            ));
        }
    };
    for (i, t) in doc.tokens.iter().enumerate() {
        check(&mut bad, "token", t.span);
        if let Some(h) = t.head {
            if h as usize >= doc.tokens.len() {
                bad.push(format!("token {i}: head {h} out of range"));
            }
        }
    }
    for s in &doc.sentences {
        check(&mut bad, "sentence", s.span);
        if s.tokens.end > doc.tokens.len() {
            bad.push("sentence token range out of bounds".into());
        }
    }
    for e in &doc.entities {
        for m in &e.mentions {
            check(&mut bad, "entity mention", m.span);
        }
    }
    for t in &doc.times {
        check(&mut bad, "time", t.span);
    }
    for a in &doc.amounts {
        check(&mut bad, "amount", a.span);
        if let Some(o) = a.object {
            check(&mut bad, "amount object", o);
        }
    }
    for q in &doc.quotes {
        check(&mut bad, "quote", q.span);
        for s in [q.speaker_span, q.cue_span].into_iter().flatten() {
            check(&mut bad, "quote speaker/cue", s);
        }
        if let Some(id) = q.speaker {
            if doc.entity(id).is_none() {
                bad.push(format!("quote speaker {id} is not an entity"));
            }
        }
    }
    for e in &doc.events {
        check(&mut bad, "event", e.span);
        check(&mut bad, "event trigger", e.trigger);
    }
    let sorted = |v: Vec<Span>| v.windows(2).all(|w| w[0].start <= w[1].start);
    if !sorted(doc.tokens.iter().map(|t| t.span).collect()) {
        bad.push("tokens not sorted".into());
    }
    if !sorted(doc.sentences.iter().map(|t| t.span).collect()) {
        bad.push("sentences not sorted".into());
    }
    if !sorted(doc.times.iter().map(|t| t.span).collect()) {
        bad.push("times not sorted".into());
    }
    if !sorted(doc.amounts.iter().map(|t| t.span).collect()) {
        bad.push("amounts not sorted".into());
    }
    if !sorted(doc.quotes.iter().map(|t| t.span).collect()) {
        bad.push("quotes not sorted".into());
    }
    bad
}

/// Asserts [`check_invariants`] finds nothing, printing the violations.
#[macro_export]
macro_rules! assert_invariants {
    ($doc:expr) => {{
        let bad = $crate::check_invariants(&$doc);
        assert!(bad.is_empty(), "invariants violated:\n{}", bad.join("\n"));
    }};
}

/// Asserts that a span of `text` reads `expected`.
#[macro_export]
macro_rules! assert_span_text {
    ($text:expr, $span:expr, $expected:expr) => {{
        let span: $crate::__Span = $span;
        assert_eq!(&$text[span.start..span.end], $expected);
    }};
}

#[doc(hidden)]
pub use dateline_core::Span as __Span;

/// Reuters-21578 articles from `../shared/corpora/reuters21578/`, for
/// benchmarks and spot checks: `(date, title, body)` of up to `limit`
/// articles that have a body and a date.
pub fn reuters(limit: usize) -> Vec<Article> {
    let path = shared_dir().join("corpora/reuters21578/reuters21578.jsonl");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = Vec::new();
    for line in raw.lines() {
        if out.len() >= limit {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let (Some(date), Some(body)) = (v["date"].as_str().and_then(PubDate::parse), v["body"].as_str()) else {
            continue;
        };
        if body.trim().is_empty() {
            continue;
        }
        out.push(
            Article::new(date, body)
                .with_title(v["title"].as_str().map(str::to_string))
                .with_source(Some("Reuters".into())),
        );
    }
    out
}

/// An article with every layer filled by hand (two entities, a time, an
/// amount, a direct quote after a curly quotation mark, an event RUS ->
/// USAGOV in Jeddah), for store, search and export tests. `k` varies the
/// text (and so the id) and the URL.
pub fn annotated_document(date: &str, k: usize) -> Document {
    let text = format!(
        "“Talks, then more talks,” Rubio said in Jeddah. The U.S. gave $65 billion {k}. Russia attacked on Monday."
    );
    let mut doc = Document::new(
        Article::new(PubDate::parse(date).expect("valid date"), text.clone())
            .with_url(Some(format!("https://example.org/{k}"))),
    );
    Pipeline::segment_only().run(&mut doc);
    let f = |s: &str| {
        let i = text.find(s).expect("fixture phrase");
        Span::new(i, i + s.len())
    };
    doc.entities.push(Entity {
        id: 0,
        kind: EntityKind::Person,
        name: "Marco Rubio".into(),
        country: Some("USA".into()),
        roles: vec!["Secretary of State".into()],
        code: Some("USAGOV".into()),
        mentions: vec![Mention { span: f("Rubio"), kind: MentionKind::Name }],
    });
    doc.entities.push(Entity {
        id: 1,
        kind: EntityKind::Gpe,
        name: "Russia".into(),
        country: Some("RUS".into()),
        roles: vec![],
        code: Some("RUS".into()),
        mentions: vec![Mention { span: f("Russia"), kind: MentionKind::Name }],
    });
    doc.times.push(TimeExpr {
        span: f("on Monday"),
        kind: TimexType::Date,
        value: "2025-03-10".into(),
        modifier: None,
        anchor: Some("DCT".into()),
    });
    doc.amounts.push(Amount {
        span: f("$65 billion"),
        kind: AmountKind::Money,
        value: Some(65e9),
        value_max: None,
        unit: Some("USD".into()),
        object: None,
        modifier: None,
    });
    doc.quotes.push(Quote {
        span: f("Talks, then more talks,"),
        kind: QuoteKind::Direct,
        speaker: Some(0),
        speaker_span: Some(f("Rubio")),
        cue: Some("say".into()),
        cue_span: Some(f("said")),
        date: Some("2025-03-10".into()),
    });
    doc.events.push(Event {
        span: f("Russia attacked on Monday"),
        trigger: f("attacked"),
        code: "190".into(),
        root: 19,
        quad: 4,
        goldstein: -10.0,
        plover: Some("ASSAULT".into()),
        plover_mode: None,
        source: Some("RUS".into()),
        target: Some("USAGOV".into()),
        source_entity: Some(1),
        target_entity: Some(0),
        date: Some("2025-03-10".into()),
        location: Some("Jeddah".into()),
        mode: EventMode::Asserted,
        negated: false,
    });
    doc
}
