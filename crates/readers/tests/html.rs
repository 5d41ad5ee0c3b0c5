//! Tests of the HTML reader over the example pages in `examples/html/`
//! (pages written by the team, with their expectations in
//! `examples/html/expected.json`), every date source, errors, and hostile
//! input (deep nesting, large pages, binary junk, random strings).
//!
//! Run: `CARGO_TARGET_DIR=/work/target-html cargo test -p dateline-readers --test html`

use dateline_core::PubDate;
use dateline_readers::html::{parse_html, read_html, DateSource, HtmlOptions};
use dateline_readers::ReadError;
use proptest::prelude::*;
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/html")
}

struct Page {
    file: String,
    html: String,
    expect: Value,
}

fn pages() -> Vec<Page> {
    let dir = examples_dir();
    let tests = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let raw = std::fs::read_to_string(tests.join("expected.json")).expect("crates/readers/tests/pages/expected.json");
    let v: Value = serde_json::from_str(&raw).expect("expected.json parses");
    let list = v["pages"].as_array().expect("pages array").clone();
    assert!(list.len() >= 9, "all example pages listed");
    list.into_iter()
        .map(|expect| {
            let file = expect["file"].as_str().expect("file").to_string();
            let path = if dir.join(&file).exists() { dir.join(&file) } else { tests.join(&file) };
            let html = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
            Page { file, html, expect }
        })
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn with_default() -> HtmlOptions {
    HtmlOptions::default().with_default_date(PubDate::parse("2000-01-01"))
}

#[test]
fn example_pages_metadata() {
    for p in pages() {
        let page = read_html(&p.file, &p.html, &with_default()).unwrap_or_else(|e| panic!("{e}"));
        let a = &page.article;
        assert_eq!(a.title.as_deref(), p.expect["title"].as_str(), "{}: title", p.file);
        let date = p.expect["date"].as_str().unwrap_or("");
        if date.is_empty() {
            assert_eq!(page.date_source, DateSource::Default, "{}", p.file);
        } else {
            assert_eq!(a.date.to_string(), date, "{}: date", p.file);
            assert_eq!(
                page.date_source.as_str(),
                p.expect["date_source"].as_str().unwrap_or(""),
                "{}: date source",
                p.file
            );
        }
        let source = p.expect["source"].as_str().filter(|s| !s.is_empty());
        assert_eq!(a.source.as_deref(), source, "{}: source", p.file);
        let url = p.expect["url"].as_str().filter(|s| !s.is_empty());
        assert_eq!(a.url.as_deref(), url, "{}: url", p.file);
    }
}

#[test]
fn example_pages_text() {
    for p in pages() {
        let a = parse_html(&p.file, &p.html, &with_default()).unwrap_or_else(|e| panic!("{e}"));
        let text = norm(&a.text);
        let paras = strs(&p.expect["paragraphs"]);
        let first = paras.first().expect("paragraphs");
        let last = paras.last().expect("paragraphs");
        assert!(text.starts_with(&norm(first)), "{}: text must start with the first paragraph:\n{}", p.file, a.text);
        assert!(text.ends_with(&norm(last)), "{}: text must end with the last paragraph:\n{}", p.file, a.text);
        for para in &paras {
            assert!(text.contains(&norm(para)), "{}: missing paragraph {para:?}\n---\n{}", p.file, a.text);
        }
        for b in strs(&p.expect["boilerplate"]) {
            assert!(!a.text.contains(&b), "{}: boilerplate {b:?} leaked into\n{}", p.file, a.text);
        }
        // Paragraph structure: every paragraph and heading is its own block.
        let blocks: Vec<String> = a.text.split("\n\n").map(norm).collect();
        assert_eq!(blocks, paras.iter().map(|s| norm(s)).collect::<Vec<_>>(), "{}: paragraph blocks", p.file);
        assert!(!a.text.contains("\n\n\n"), "{}", p.file);
        assert_eq!(a.text, a.text.trim(), "{}", p.file);
    }
}

#[test]
fn no_date_is_an_error_naming_the_file_unless_a_default_is_given() {
    let html =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages/08_no_date.html")).unwrap();
    let e = parse_html("pages/08_no_date.html", &html, &HtmlOptions::default()).unwrap_err();
    assert!(matches!(e, ReadError::MissingDate { .. }), "{e}");
    assert!(e.to_string().contains("pages/08_no_date.html"), "{e}");
    let d = PubDate::parse("2024-02-29");
    let page = read_html("x", &html, &HtmlOptions::default().with_default_date(d)).unwrap();
    assert_eq!(page.article.date.to_string(), "2024-02-29");
    assert_eq!(page.date_source, DateSource::Default);
}

const BODY: &str = "<body><article><h1>A headline for the test</h1>\
    <p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month after repairs.</p>\
    <p>The repairs cost about 2 million dollars, the city said in a statement.</p></article></body>";

fn page_with_head(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head><title>A headline for the test</title>{head}</head>{body}</html>")
}

#[test]
fn every_date_source() {
    let cases: &[(&str, &str, &str, DateSource)] = &[
        ("<meta property=\"article:published_time\" content=\"2025-01-02T03:04:05Z\">", BODY, "2025-01-02T03:04:05+00:00", DateSource::ArticleMeta),
        ("<meta property=\"og:published_time\" content=\"2025-01-03\">", BODY, "2025-01-03", DateSource::OpenGraph),
        ("<meta property=\"og:article:published_time\" content=\"2025-01-03\">", BODY, "2025-01-03", DateSource::OpenGraph),
        ("<meta name=\"dc.date\" content=\"2025-01-04\">", BODY, "2025-01-04", DateSource::DublinCore),
        ("<meta name=\"DC.date.issued\" content=\"2025-01-05\">", BODY, "2025-01-05", DateSource::DublinCore),
        ("<meta name=\"dcterms.issued\" content=\"2025/01/06\">", BODY, "2025-01-06", DateSource::DublinCore),
        ("<meta itemprop=\"datePublished\" content=\"2025-01-07\">", BODY, "2025-01-07", DateSource::Itemprop),
        ("<meta name=\"pubdate\" content=\"20250108\">", BODY, "2025-01-08", DateSource::OtherMeta),
        ("<meta name=\"parsely-pub-date\" content=\"Thu, 09 Jan 2025 10:00:00 +0000\">", BODY, "2025-01-09T10:00:00+00:00", DateSource::OtherMeta),
        (
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-10T08:00:00+01:00\"}</script>",
            BODY,
            "2025-01-10T08:00:00+01:00",
            DateSource::JsonLd,
        ),
        (
            "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\"},{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2025-01-11\"}]</script>",
            BODY,
            "2025-01-11",
            DateSource::JsonLd,
        ),
        (
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"@id\":\"#p\"},{\"@type\":\"Article\",\"datePublished\":\"2025-01-12\"}]}</script>",
            BODY,
            "2025-01-12",
            DateSource::JsonLd,
        ),
        (
            "",
            "<body><article><h1>A headline for the test</h1><p class=\"byline\">By A. Writer, <time datetime=\"2025-01-13T09:00:00Z\">Jan 13</time></p>\
             <p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month after repairs.</p></article>\
             <section class=\"comments\"><time datetime=\"2025-02-01\">later</time><p>A comment that is long enough, with commas, to be scored.</p></section></body>",
            "2025-01-13T09:00:00+00:00",
            DateSource::TimeElement,
        ),
        (
            "",
            "<body><aside><time datetime=\"2025-03-01\">x</time></aside><article><h1>A headline for the test</h1>\
             <p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month after repairs.</p>\
             <footer><time pubdate datetime=\"2025-01-14\">Jan 14</time></footer></article></body>",
            "2025-01-14",
            DateSource::TimeElement,
        ),
    ];
    for (head, body, want, src) in cases {
        let html = page_with_head(head, body);
        let page = read_html("case.html", &html, &HtmlOptions::default()).unwrap_or_else(|e| panic!("{head}: {e}"));
        assert_eq!(page.article.date.to_string(), *want, "{head}");
        assert_eq!(page.date_source, *src, "{head}");
        assert!(page.article.text.starts_with("Officials said on Tuesday"), "{head}: {}", page.article.text);
    }
}

#[test]
fn sources_are_ranked() {
    // JSON-LD beats meta, meta beats <time>.
    let head = "<meta property=\"article:published_time\" content=\"2025-05-02\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-05-01\"}</script>";
    let body = "<body><article><time datetime=\"2025-05-03\">x</time><p>Officials said on Tuesday that the bridge, closed since the flood, would reopen.</p></article></body>";
    let page = read_html("r.html", &page_with_head(head, body), &HtmlOptions::default()).unwrap();
    assert_eq!(page.article.date.to_string(), "2025-05-01");
    let head = "<meta property=\"article:published_time\" content=\"2025-05-02\">";
    let page = read_html("r.html", &page_with_head(head, body), &HtmlOptions::default()).unwrap();
    assert_eq!(page.article.date.to_string(), "2025-05-02");
}

#[test]
fn bad_dates_fall_back_then_fail_clearly() {
    // A bad date in a better source falls back to a good one in a lesser one.
    let head = "<meta property=\"article:published_time\" content=\"2025-02-30\"><meta name=\"dc.date\" content=\"2025-02-03\">";
    let a = parse_html("b.html", &page_with_head(head, BODY), &HtmlOptions::default()).unwrap();
    assert_eq!(a.date.to_string(), "2025-02-03");
    // Only a bad date: a BadDate error naming the file and the value.
    let head = "<meta property=\"article:published_time\" content=\"2025-02-30\">";
    let e = parse_html("b.html", &page_with_head(head, BODY), &HtmlOptions::default()).unwrap_err();
    assert!(matches!(e, ReadError::BadDate { .. }), "{e}");
    assert!(e.to_string().contains("b.html") && e.to_string().contains("2025-02-30"), "{e}");
    // With a default date, it is used.
    let a = parse_html("b.html", &page_with_head(head, BODY), &with_default()).unwrap();
    assert_eq!(a.date.to_string(), "2000-01-01");
}

#[test]
fn url_option_beats_canonical_and_og_url_is_a_fallback() {
    let head = "<meta property=\"og:url\" content=\"https://example.org/og\"><link rel=\"canonical\" href=\"https://example.org/canon\">";
    let html = page_with_head(head, BODY);
    let a = parse_html("u.html", &html, &with_default()).unwrap();
    assert_eq!(a.url.as_deref(), Some("https://example.org/canon"));
    let a = parse_html("u.html", &html, &with_default().with_url(Some("https://crawl.example/x".into()))).unwrap();
    assert_eq!(a.url.as_deref(), Some("https://crawl.example/x"));
    let html = page_with_head(
        "<meta property=\"og:url\" content=\"https://example.org/og\"><link rel=canonical href=\"/relative\">",
        BODY,
    );
    let a = parse_html("u.html", &html, &with_default()).unwrap();
    assert_eq!(a.url.as_deref(), Some("https://example.org/og"));
}

#[test]
fn errors_name_the_file() {
    let o = with_default();
    for (input, kind) in [
        ("", "empty"),
        ("   \n\t", "empty"),
        ("\u{0}\u{1}\u{2}binary\u{0}junk", "binary"),
        ("<html><head><title>Only a title</title></head><body></body></html>", "no_html_article"),
        (
            "<html><body><script>var a = 'lots of text, lots of text, lots of text';</script></body></html>",
            "no_html_article",
        ),
    ] {
        let e = parse_html("dir/page.html", input, &o).unwrap_err();
        assert_eq!(e.kind(), kind, "{input:?}: {e}");
        assert_eq!(e.origin(), "dir/page.html");
        assert!(e.to_string().starts_with("dir/page.html"), "{e}");
    }
    let e = parse_html("big.html", &"a".repeat(2000), &o.clone().with_max_bytes(1000)).unwrap_err();
    assert_eq!(e.kind(), "too_large");
}

fn assert_fast(what: &str, start: Instant, limit: Duration) {
    let took = start.elapsed();
    println!("{what}: {took:?}");
    assert!(took < limit, "{what} took {took:?}");
}

/// Debug builds are ~10x slower than release; the limits leave room for a
/// loaded machine while still catching quadratic blow-ups.
const DEEP_LIMIT: Duration = Duration::from_secs(30);

#[test]
fn deep_nesting_is_bounded() {
    let para = "<p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month.</p>";
    let shapes: Vec<(&str, String)> = vec![
        ("div", format!("{}{para}{}", "<div>".repeat(2000), "</div>".repeat(2000))),
        ("div-unclosed", format!("{}{para}", "<div class=x>".repeat(2000))),
        ("b", format!("<div>{}{para}</div>", "<b>".repeat(2000))),
        ("b-attrs", format!("<div>{}{para}</div>", (0..2000).map(|i| format!("<b id=b{i}>")).collect::<String>())),
        ("p-b", format!("{}{para}", (0..2000).map(|i| format!("<p><b class=c{i}>x</p>")).collect::<String>())),
        ("table", format!("{}{para}", "<table><tr><td>".repeat(700))),
        ("a", format!("{para}{}", "<a href=#>x".repeat(2000))),
        ("mixed", format!("{}{para}", "<div><span><section><font><ul><li>".repeat(400))),
        ("svg", format!("{para}<svg>{}</svg>", "<g>".repeat(2000))),
    ];
    for (name, html) in shapes {
        let start = Instant::now();
        let r = read_html(name, &html, &with_default());
        assert_fast(name, start, DEEP_LIMIT);
        let page = r.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(page.article.text.contains("Officials said on Tuesday"), "{name}: {:?}", page.article.text);
    }
}

/// A news page of about `size` bytes: a menu, then an article of distinct
/// paragraphs.
fn big_page(size: usize) -> String {
    let mut html = String::from("<html><head><meta name=\"dc.date\" content=\"2025-01-01\"></head><body><nav>");
    html.push_str(&"<a href=\"/x\">Menu item</a> ".repeat(200));
    html.push_str("</nav><article><h1>Big</h1>");
    let mut i = 0;
    while html.len() < size {
        i += 1;
        html.push_str(&format!(
            "<p>The committee said on Monday, after meeting {i}, that the plan would go ahead in spring, as agreed.</p>\n"
        ));
    }
    html.push_str("</article><footer>All rights reserved</footer></body></html>");
    html
}

fn tag_soup(size: usize) -> String {
    "<div><p><b><i><table><td>".repeat(size / 25)
}

fn junk(size: usize) -> String {
    let mut junk = String::new();
    let mut x: u32 = 12345;
    while junk.len() < size {
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        junk.push(char::from_u32(32 + (x >> 16) % 200).unwrap_or('?'));
        if x & 7 == 0 {
            junk.push('<');
        }
    }
    junk
}

fn check_big(size: usize, limit: Duration) {
    let html = big_page(size);
    let start = Instant::now();
    let a = parse_html("big.html", &html, &HtmlOptions::default()).unwrap();
    assert_fast(&format!("{} MB page", size >> 20), start, limit);
    assert!(a.text.len() * 10 > html.len() * 8, "{} of {}", a.text.len(), html.len());
    assert!(!a.text.contains("Menu item") && !a.text.contains("rights reserved"));
    let soup = tag_soup(size);
    let start = Instant::now();
    assert!(parse_html("tags.html", &soup, &with_default()).is_err());
    assert_fast(&format!("{} MB of tags", size >> 20), start, limit);
    let junk = junk(size);
    let start = Instant::now();
    let _ = parse_html("junk.html", &junk, &with_default());
    assert_fast(&format!("{} MB of junk", size >> 20), start, limit);
}

/// 2 MB pages in the normal (debug) suite.
#[test]
fn large_pages_are_bounded() {
    check_big(2 << 20, Duration::from_secs(40));
}

/// 10 MB pages: run with
/// `cargo test --release -p dateline-readers --test html -- --ignored --nocapture`.
#[test]
#[ignore]
fn ten_megabyte_pages_are_bounded() {
    check_big(10 << 20, Duration::from_secs(30));
}

#[test]
fn scripts_styles_and_hidden_text_never_leak() {
    let html = page_with_head(
        "<style>p { color: red }</style><script>var secret = 'SCRIPT';</script>",
        "<body><article><p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month.</p>\
         <script>document.write('SCRIPT2')</script><noscript>NOSCRIPT</noscript><p hidden>HIDDEN</p>\
         <div style=\"display: none\">HIDDEN2</div><template>TEMPLATE</template>\
         <p>The repairs cost about 2 million dollars, the city said in a statement on Monday.</p></article></body>",
    );
    let a = parse_html("s.html", &html, &with_default()).unwrap();
    for bad in ["SCRIPT", "color", "NOSCRIPT", "HIDDEN", "TEMPLATE"] {
        assert!(!a.text.contains(bad), "{bad}: {}", a.text);
    }
    assert_eq!(a.text.split("\n\n").count(), 2, "{}", a.text);
}

/// Quality over all example pages: share of gold paragraphs recovered and
/// boilerplate lines leaked. Prints the numbers; asserts floors.
#[test]
fn quality_on_example_pages() {
    let (mut found, mut total, mut leaked, mut boiler) = (0, 0, 0, 0);
    for p in pages() {
        let a = parse_html(&p.file, &p.html, &with_default()).unwrap();
        let text = norm(&a.text);
        for para in strs(&p.expect["paragraphs"]) {
            total += 1;
            if text.contains(&norm(&para)) {
                found += 1;
            }
        }
        for b in strs(&p.expect["boilerplate"]) {
            boiler += 1;
            if a.text.contains(&b) {
                leaked += 1;
            }
        }
    }
    let recall = found as f64 / total as f64;
    println!("paragraphs recovered {found}/{total} = {recall:.3}; boilerplate leaked {leaked}/{boiler}");
    assert!(recall >= 0.98, "recall {recall}");
    assert_eq!(leaked, 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,400}") {
        if let Ok(a) = parse_html("p.html", &s, &with_default()) {
            prop_assert!(!a.text.trim().is_empty());
            prop_assert!(!a.text.contains("\n\n\n"));
        }
    }

    #[test]
    fn arbitrary_markup_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()), Just("</p>".to_string()),
        Just("<br>".to_string()), Just("<a href='x'>".to_string()), Just("</a>".to_string()), Just("<b>".to_string()),
        Just("<script>".to_string()), Just("</script>".to_string()), Just("<!--".to_string()), Just("-->".to_string()),
        Just("<table><tr><td>".to_string()), Just("<li>".to_string()), Just("\"'<>&amp;&#x1F600;&bogus;".to_string()),
        Just("<meta property='article:published_time' content='2025-01-01'>".to_string()),
        Just("<time datetime='2025-13-45'>".to_string()), Just("<h2>Héading «x»</h2>".to_string()),
        Just("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"datePublished\":[1]}]}</script>".to_string()),
        "[a-zA-Z0-9 ,.;:\"'“”«»é€¥\\n]{0,60}",
        "\\PC{0,20}",
    ], 0..60)) {
        let html = parts.concat();
        match read_html("m.html", &html, &with_default()) {
            Ok(p) => {
                prop_assert!(!p.article.text.is_empty());
                prop_assert!(!p.article.text.starts_with(char::is_whitespace));
                prop_assert!(!p.article.text.contains("\n\n\n"));
            }
            Err(e) => prop_assert_eq!(e.origin(), "m.html"),
        }
    }
}

fn shared_dir() -> PathBuf {
    std::env::var("DATELINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The seed article, wrapped at test time in a news page with navigation,
/// share bar, related links, comments and footer (the text is not copied
/// into the repo): every paragraph comes back, in order, as its own block;
/// the "Read More: ..." link line of the wire copy is dropped as
/// boilerplate.
#[test]
fn seed_article_round_trips_through_a_news_page() {
    let path = shared_dir().join("seed/000_4f592e13d0db0899.txt");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let seed = dateline_readers::plain::parse_plain("seed", &raw, &Default::default()).expect("seed parses");
    let paras: Vec<&str> = seed.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let body: String = paras
        .iter()
        .map(|p| {
            if p.starts_with("Read More:") {
                format!(
                    "<p><strong>Read More:</strong> <a href=\"/x\">{}</a></p>\n",
                    escape(p.trim_start_matches("Read More:").trim())
                )
            } else {
                format!("<p>{}</p>\n", escape(p))
            }
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html><head><title>Officials meet in Saudi Arabia | Example Wire</title>\
         <meta property=\"og:site_name\" content=\"Example Wire\">\
         <meta property=\"article:published_time\" content=\"{}\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>Officials meet in Saudi Arabia</h1><div class=\"share\"><a href=\"#\">Share on Facebook</a></div>\
         <div class=\"article-body\">{body}</div></article>\
         <aside class=\"related\"><h3>Related stories</h3><a href=\"/r\">Another story about talks</a></aside>\
         <section id=\"comments\"><p>A reader comment that is long enough, with commas, to look like text.</p></section>\
         <footer>All rights reserved.</footer></body></html>",
        seed.date
    );
    let page = read_html("seed.html", &html, &HtmlOptions::default()).unwrap();
    let a = page.article;
    assert_eq!(a.date.to_string(), "2025-03-11");
    assert_eq!(a.source.as_deref(), Some("Example Wire"));
    assert_eq!(a.title.as_deref(), Some("Officials meet in Saudi Arabia"));
    let want: Vec<&str> = paras.iter().copied().filter(|p| !p.starts_with("Read More:")).collect();
    let got: Vec<&str> = a.text.split("\n\n").collect();
    assert_eq!(got, want);
}
