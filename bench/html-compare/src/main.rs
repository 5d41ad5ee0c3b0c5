//! Compares dateline's HTML reader with dom_smoothie on the example pages:
//! share of the article's paragraphs recovered, boilerplate lines leaked,
//! speed (pages/s) and robustness (deep nesting, a 10 MB page), each
//! robustness case in a child process with a time limit.

use dateline_readers::html::HtmlOptions;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The example pages (examples/html); pages that are test-only (no date)
/// live beside the expectations in crates/readers/tests/pages.
fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/html")
}

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../crates/readers/tests/pages")
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn opts() -> HtmlOptions {
    HtmlOptions::default().with_default_date(dateline_core::PubDate::parse("2000-01-01"))
}

/// Text, title and date (as `PubDate` displays it) of a page.
type Out = (String, String, String);

fn dateline(html: &str) -> Result<Out, String> {
    let page = dateline_readers::html::read_html("page.html", html, &opts()).map_err(|e| e.to_string())?;
    let date = match page.date_source {
        dateline_readers::html::DateSource::Default => String::new(),
        _ => page.article.date.to_string(),
    };
    Ok((page.article.text, page.article.title.unwrap_or_default(), date))
}

fn smoothie(html: &str) -> Result<Out, String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| e.to_string())?;
    let a = r.parse().map_err(|e| e.to_string())?;
    let date = a
        .published_time
        .as_deref()
        .and_then(dateline_readers::html::parse_date_lenient)
        .map(|d| d.to_string())
        .unwrap_or_default();
    Ok((a.text_content.to_string(), a.title.clone(), date))
}

type Extract = fn(&str) -> Result<Out, String>;

fn candidate(name: &str) -> Extract {
    match name {
        "smoothie" => smoothie,
        _ => dateline,
    }
}

fn deep(n: usize) -> String {
    let para = "<p>Officials said on Tuesday that the bridge, closed since the flood, would reopen next month.</p>";
    format!("<html><body>{}{para}{}</body></html>", "<div>".repeat(n), "</div>".repeat(n))
}

fn big(size: usize) -> String {
    let mut html = String::from("<html><body><nav>");
    html.push_str(&"<a href=\"/x\">Menu item</a> ".repeat(200));
    html.push_str("</nav><article><h1>Big</h1>");
    let mut i = 0;
    while html.len() < size {
        i += 1;
        html.push_str(&format!(
            "<p>The committee said on Monday, after meeting {i}, that the plan would go ahead in spring, as agreed.</p>\n"
        ));
    }
    html.push_str("</article></body></html>");
    html
}

fn robust_case(case: &str) -> String {
    match case {
        "deep2000" => deep(2000),
        "deep100000" => deep(100_000),
        "big10mb" => big(10 << 20),
        _ => String::new(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("robust") {
        // Child process: one candidate, one case.
        let f = candidate(args.get(2).map_or("", |s| s));
        let html = robust_case(args.get(3).map_or("", |s| s));
        let t = Instant::now();
        let r = f(&html);
        println!(
            "{:.3}s {}",
            t.elapsed().as_secs_f64(),
            match r {
                Ok(t) => format!("ok, {} bytes of text", t.0.len()),
                Err(e) => format!("error: {e}"),
            }
        );
        return;
    }
    // The expectations file: crates/readers/tests/pages/expected.json, or
    // one given as the first argument (pages are read from its folder, then
    // from examples/html).
    let expected = args.get(1).map(PathBuf::from).unwrap_or_else(|| tests_dir().join("expected.json"));
    let base = expected.parent().map(PathBuf::from).unwrap_or_else(dir);
    let raw = std::fs::read_to_string(&expected).expect("expectations file");
    let v: serde_json::Value = serde_json::from_str(&raw).expect("json");
    let pages = v.get("pages").unwrap_or(&v).as_array().cloned().unwrap_or_default();
    let loaded: Vec<(String, String, serde_json::Value)> = pages
        .into_iter()
        .map(|p| {
            let f = p["file"].as_str().unwrap_or("").to_string();
            let path = if base.join(&f).exists() { base.join(&f) } else { dir().join(&f) };
            let html = std::fs::read_to_string(path).expect("page");
            (f, html, p)
        })
        .collect();
    for name in ["dateline", "smoothie"] {
        let f = candidate(name);
        let (mut found, mut total, mut leaked, mut boiler, mut first_last, mut pages_n) = (0, 0, 0, 0, 0, 0);
        let (mut titles, mut dates, mut blocks_exact) = (0, 0, 0);
        let mut per_page = Vec::new();
        for (file, html, p) in &loaded {
            let (text, title, date) = f(html).unwrap_or_default();
            let t = norm(&text);
            if norm(&title) == norm(p["title"].as_str().unwrap_or("")) {
                titles += 1;
            }
            if date == p["date"].as_str().unwrap_or("") {
                dates += 1;
            }
            let paras: Vec<String> =
                p["paragraphs"].as_array().unwrap().iter().map(|x| norm(x.as_str().unwrap())).collect();
            let got = paras.iter().filter(|x| t.contains(x.as_str())).count();
            let bl: Vec<&str> = p["boilerplate"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
            let leak: Vec<&str> = bl.iter().copied().filter(|b| text.contains(b)).collect();
            pages_n += 1;
            if paras.first().is_some_and(|x| t.contains(x.as_str())) && paras.last().is_some_and(|x| t.contains(x.as_str())) {
                first_last += 1;
            }
            let blocks: Vec<String> = text.split("\n\n").map(norm).filter(|b| !b.is_empty()).collect();
            if blocks == paras {
                blocks_exact += 1;
            }
            found += got;
            total += paras.len();
            leaked += leak.len();
            boiler += bl.len();
            per_page.push(format!("  {file}: {got}/{} paragraphs, leaked {:?}", paras.len(), leak));
        }
        // Speed: all pages, repeated.
        let t = Instant::now();
        let mut n = 0;
        while t.elapsed() < Duration::from_secs(3) {
            for (_, html, _) in &loaded {
                let _ = f(html);
                n += 1;
            }
        }
        let pps = n as f64 / t.elapsed().as_secs_f64();
        println!(
            "{name}: paragraphs recovered {found}/{total} = {:.3}; pages with first+last paragraph {first_last}/{pages_n}; boilerplate lines leaked {leaked}/{boiler}; paragraph blocks exactly as in the article {blocks_exact}/{pages_n}; titles {titles}/{pages_n}; dates {dates}/{pages_n}; {pps:.0} pages/s",
            found as f64 / total as f64
        );
        for l in per_page {
            println!("{l}");
        }
        let exe = std::env::current_exe().expect("exe");
        for case in ["deep2000", "deep100000", "big10mb"] {
            let mut child = Command::new(&exe)
                .args(["robust", name, case])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn");
            let start = Instant::now();
            let status = loop {
                if let Some(s) = child.try_wait().expect("wait") {
                    break Some(s);
                }
                if start.elapsed() > Duration::from_secs(120) {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                std::thread::sleep(Duration::from_millis(20));
            };
            let out = child.wait_with_output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
            match status {
                None => println!("  robust {case}: killed after 120 s"),
                Some(s) if s.success() => println!("  robust {case}: {out}"),
                Some(s) => println!("  robust {case}: crashed ({s})"),
            }
        }
    }
}

