//! The dashboard in headless Chromium, driven over WebDriver (chromedriver)
//! by a small client in this file (plain HTTP/1.1 over `std::net`, so the
//! tests add no dependency).
//!
//! - `dashboard_over_the_examples`: ingests `examples/` into a temporary
//!   store, serves it, runs a search, opens every article and checks that
//!   each highlighted span reads exactly the text its JSON annotation gives
//!   by code-point offsets, toggles a layer, follows an entity link, opens
//!   an actor page with its relations chart and the network view, and checks
//!   the pages at phone width. Screenshots go to
//!   `$CARGO_TARGET_DIR/dashboard-screenshots/` (or `target/...`).
//! - `time_to_interactive_over_reuters`: ingests the Reuters-21578 corpus
//!   from `../shared` once (kept in `$CARGO_TARGET_DIR/dashboard-reuters/`;
//!   re-runs skip stored articles), loads a search and an article page five
//!   times each and reports the time from navigation start until the page
//!   has rendered its data (`performance.now()` when the view marks itself
//!   ready). It is a measurement: the median is held to a budget only when
//!   `DATELINE_TTI_BUDGET_MS` is set (300 on a quiet machine), never in the
//!   plain test run, where other work on the machine would make it flaky.
//!
//! Both skip with a message when `chromium` or `chromedriver` is missing
//! (Debian: `apt-get install chromium chromium-driver`; or point
//! `DATELINE_CHROMIUM` and `DATELINE_CHROMEDRIVER` at them).

use dateline_readers::expand_inputs;
use dateline_server::{router, AppState, ServerConfig};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One browser at a time: the machine is small and timings must not mix.
static SERIAL: Mutex<()> = Mutex::new(());

// ---- tiny HTTP/1.1 client --------------------------------------------------

fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&Value>) -> Result<(u16, Vec<u8>), String> {
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    let mut s =
        TcpStream::connect_timeout(&addr, Duration::from_secs(10)).map_err(|e| format!("connect {addr}: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(120))).map_err(|e| e.to_string())?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: application/json\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        payload.len()
    );
    s.write_all(head.as_bytes()).and_then(|_| s.write_all(payload.as_bytes())).map_err(|e| e.to_string())?;
    // chromedriver keeps the connection open despite `Connection: close`:
    // read the header, then exactly Content-Length bytes (or to the end).
    let mut raw = Vec::new();
    let mut buf = [0u8; 65536];
    let split = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = s.read(&mut buf).map_err(|e| format!("{method} {path}: {e}"))?;
        if n == 0 {
            return Err(format!("{method} {path}: connection closed before the header ended"));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let header = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut body = raw[split + 4..].to_vec();
    let status: u16 = header.split_whitespace().nth(1).and_then(|c| c.parse().ok()).ok_or("no status")?;
    let length =
        header.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(len) => {
            while body.len() < len {
                let n = s.read(&mut buf).map_err(|e| format!("{method} {path}: {e}"))?;
                if n == 0 {
                    return Err(format!("{method} {path}: body shorter than Content-Length"));
                }
                body.extend_from_slice(&buf[..n]);
            }
            body.truncate(len);
        }
        None => {
            s.read_to_end(&mut body).map_err(|e| format!("{method} {path}: {e}"))?;
            if header.lines().any(|l| l.starts_with("transfer-encoding:") && l.contains("chunked")) {
                body = unchunk(&body)?;
            }
        }
    }
    Ok((status, body))
}

fn unchunk(mut b: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").ok_or("bad chunk")?;
        let size_s = String::from_utf8_lossy(&b[..eol]).to_string();
        let size =
            usize::from_str_radix(size_s.split(';').next().unwrap_or("").trim(), 16).map_err(|e| e.to_string())?;
        b = &b[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(b.get(..size).ok_or("short chunk")?);
        b = b.get(size + 2..).ok_or("short chunk")?;
    }
}

fn get_json(addr: SocketAddr, path: &str) -> Value {
    let (st, body) = http(addr, "GET", path, None).unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(st, 200, "GET {path}: {}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).expect("JSON")
}

fn b64decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

// ---- WebDriver -----------------------------------------------------------

struct Driver {
    child: Child,
    addr: SocketAddr,
    session: String,
}

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for n in names {
        let p = Path::new(n);
        if p.is_absolute() {
            if p.is_file() {
                return Some(p.to_path_buf());
            }
            continue;
        }
        for dir in std::env::split_paths(&path) {
            let c = dir.join(n);
            if c.is_file() {
                return Some(c);
            }
        }
    }
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

impl Driver {
    /// Starts chromedriver and a headless Chromium session, or explains why not.
    fn start() -> Result<Driver, String> {
        let chromium = match std::env::var("DATELINE_CHROMIUM") {
            Ok(p) => Some(PathBuf::from(p)),
            Err(_) => which(&["chromium", "chromium-browser", "google-chrome", "/usr/lib/chromium/chromium"]),
        }
        .ok_or("chromium not found (apt-get install chromium chromium-driver)")?;
        let driver = match std::env::var("DATELINE_CHROMEDRIVER") {
            Ok(p) => Some(PathBuf::from(p)),
            Err(_) => which(&["chromedriver", "/usr/lib/chromium/chromedriver"]),
        }
        .ok_or("chromedriver not found (apt-get install chromium-driver)")?;
        let port = free_port();
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", driver.display()))?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut d = Driver { child, addr, session: String::new() };
        let t0 = Instant::now();
        loop {
            if let Ok((200, body)) = http(addr, "GET", "/status", None) {
                let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                if v["value"]["ready"] == true {
                    break;
                }
            }
            if t0.elapsed() > Duration::from_secs(20) {
                return Err("chromedriver did not become ready in 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "goog:chromeOptions": {
                "binary": chromium.display().to_string(),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1280,1000", "--no-first-run", "--disable-extensions",
                         "--disable-background-networking", "--lang=en-US"]
            }
        }}});
        let v = d.cmd("POST", "/session", Some(&caps))?;
        d.session = v["sessionId"].as_str().ok_or_else(|| format!("no session: {v}"))?.to_string();
        Ok(d)
    }

    fn cmd(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let (st, raw) = http(self.addr, method, path, body)?;
        let v: Value = serde_json::from_slice(&raw).map_err(|e| format!("{path}: {e}"))?;
        if st != 200 {
            return Err(format!("WebDriver {method} {path}: {st} {}", v["value"]));
        }
        Ok(v["value"].clone())
    }

    fn s(&self, method: &str, rest: &str, body: Option<&Value>) -> Value {
        let path = format!("/session/{}{rest}", self.session);
        self.cmd(method, &path, body.or(Some(&json!({}))).filter(|_| method == "POST"))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn goto(&self, url: &str) {
        self.s("POST", "/url", Some(&json!({ "url": url })));
    }

    fn js(&self, script: &str, args: Value) -> Value {
        self.s("POST", "/execute/sync", Some(&json!({"script": script, "args": args})))
    }

    /// Waits until the page marks `view` as rendered; returns
    /// `performance.now()` at that moment.
    fn wait_ready(&self, view: &str) -> f64 {
        let t0 = Instant::now();
        loop {
            let v = self.js(
                "return document.body && document.body.dataset.ready ? [document.body.dataset.ready, window.__dateline.renderedAt, document.getElementById('main').innerText.slice(0, 300)] : null;",
                json!([]),
            );
            if let Some(a) = v.as_array() {
                let got = a[0].as_str().unwrap_or("");
                assert_ne!(got, "error", "the page shows an error: {}", a[2]);
                if got == view {
                    return a[1].as_f64().unwrap_or(f64::NAN);
                }
            }
            assert!(t0.elapsed() < Duration::from_secs(30), "view {view} never became ready (last: {v})");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn find(&self, css: &str) -> String {
        let v = self.s("POST", "/element", Some(&json!({"using": "css selector", "value": css})));
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(|x| x.as_str())
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let id = self.find(css);
        self.s("POST", &format!("/element/{id}/click"), None);
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.s("POST", &format!("/element/{id}/clear"), None);
        self.s("POST", &format!("/element/{id}/value"), Some(&json!({ "text": text })));
    }

    fn window(&self, w: u32, h: u32) {
        self.s("POST", "/window/rect", Some(&json!({"width": w, "height": h})));
    }

    fn screenshot(&self, name: &str) -> PathBuf {
        let v = self.s("GET", "/screenshot", None);
        let png = b64decode(v.as_str().unwrap_or(""));
        assert!(png.starts_with(b"\x89PNG"), "screenshot is a PNG");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let p = dir.join(name);
        std::fs::write(&p, png).expect("write screenshot");
        p
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(self.addr, "DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| dateline_testkit::workspace_root().join("target"))
}

fn screenshot_dir() -> PathBuf {
    target_dir().join("dashboard-screenshots")
}

// ---- the server under test -----------------------------------------------

fn ingest_into(data: &Path, input: &Path) {
    let mut store = dateline_store::Store::open(data).expect("store");
    store.set_entity_key(dateline_pipeline::entity_key);
    // Without the quotes layer's neural tagger (`--fast-quotes`): the
    // dashboard is tested, and all of Reuters through the tagger would take
    // most of an hour on two cores.
    let layer_opts = dateline_pipeline::LayerOptions::default().fast_quotes(true);
    let pipeline = dateline_pipeline::pipeline_with_options(dateline_pipeline::LAYERS, &layer_opts).expect("pipeline");
    let opts = dateline_pipeline::IngestOptions { jobs: 2, ..Default::default() };
    let bar = indicatif::ProgressBar::hidden();
    let sum = dateline_pipeline::ingest(
        &mut store,
        &pipeline,
        &expand_inputs(&[input.to_path_buf()]).expect("inputs"),
        &opts,
        &bar,
        &mut |_| {},
    )
    .expect("ingest");
    eprintln!("ingested {}: read {}, added {}, duplicates {}", input.display(), sum.read, sum.added, sum.duplicates);
}

/// Hand-annotated articles (the testkit's fixture: a quote, an event RUS ->
/// USAGOV) spread over four months with different quad classes, so the
/// relations chart and the network have data whatever the event layer
/// finds in the examples.
fn add_relation_fixtures(data: &Path) {
    let mut store = dateline_store::Store::open(data).expect("store");
    store.set_entity_key(dateline_pipeline::entity_key);
    let plan = [
        ("2025-01-14", 1, 4, "040", 1, 1.0),
        ("2025-01-20", 2, 19, "190", 4, -10.0),
        ("2025-02-11", 3, 5, "057", 1, 8.0),
        ("2025-03-11", 4, 19, "190", 4, -10.0),
        ("2025-03-12", 5, 7, "070", 2, 7.0),
        ("2025-04-02", 6, 13, "130", 3, -4.4),
    ];
    let items: Vec<dateline_store::StoreItem> = plan
        .iter()
        .map(|&(date, k, root, code, quad, goldstein)| {
            let mut doc = dateline_testkit::annotated_document(date, k);
            if let Some(ev) = doc.events.first_mut() {
                ev.root = root;
                ev.code = code.to_string();
                ev.quad = quad;
                ev.goldstein = goldstein;
                ev.date = Some(date.to_string());
            }
            (doc, Some("fixture".to_string()), None)
        })
        .collect();
    let out = store.insert_batch(&items).expect("insert fixtures");
    assert_eq!(out.added, plan.len());
    // Characters outside the Basic Multilingual Plane before the annotations:
    // one code point each, but two UTF-16 units in JavaScript and four bytes.
    let pipeline = dateline_pipeline::default_pipeline().expect("pipeline");
    let date = dateline_core::PubDate::parse("2025-03-04").expect("date");
    let article = dateline_core::Article::new(date, ASTRAL_TEXT.to_string()).with_title(Some(ASTRAL_TITLE.into()));
    let doc = dateline_pipeline::extract_article(&pipeline, article);
    let out = store.insert_batch(&[(doc, Some("fixture".to_string()), None)]).expect("insert");
    assert_eq!(out.added, 1);
}

const ASTRAL_TITLE: &str = "Emoji wire test";
const ASTRAL_TEXT: &str = "🌍🚢 Ukraine's foreign minister said on Monday that grain exports rose 5% to $2 billion in February. \
     “We are ready to ship more 🌾,” the minister 👍 said in Kyiv on 3 March 2025, adding that 𝐭𝐰𝐨 ports reopened last week.";

/// Serves `data` on a free local port from a runtime on its own thread.
fn serve(data: &Path) -> SocketAddr {
    let state = AppState::open(data, None).expect("state");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    listener.set_nonblocking(true).expect("nonblocking");
    let app = router(state, &ServerConfig::default());
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(listener).expect("listener");
            let _ = axum::serve(l, app).await;
        });
    });
    addr
}

/// The browser, or `None` (with a message) when chromium or chromedriver is
/// not installed. Installed but broken is a failure, not a skip.
fn start_browser() -> Option<Driver> {
    match Driver::start() {
        Ok(d) => Some(d),
        Err(e) if e.contains("not found") => {
            eprintln!("SKIPPED browser test: {e}");
            None
        }
        Err(e) => panic!("the browser would not start: {e}"),
    }
}

/// What each annotation of the article JSON reads, by code points, keyed as
/// the page keys its highlights.
fn expected_spans(doc: &Value) -> BTreeMap<String, String> {
    let chars: Vec<char> = doc["article"]["text"].as_str().unwrap_or("").chars().collect();
    let mut out = BTreeMap::new();
    let mut put = |key: String, s: &Value, e: &Value| {
        if let (Some(s), Some(e)) = (s.as_u64(), e.as_u64()) {
            let (s, e) = (s as usize, e as usize);
            if s < e && e <= chars.len() {
                out.insert(key, chars[s..e].iter().collect::<String>());
            }
        }
    };
    let arr = |k: &str| doc[k].as_array().cloned().unwrap_or_default();
    for (i, e) in arr("entities").iter().enumerate() {
        for (j, m) in e["mentions"].as_array().cloned().unwrap_or_default().iter().enumerate() {
            put(format!("e{i}.{j}"), &m["start"], &m["end"]);
        }
    }
    for (i, t) in arr("times").iter().enumerate() {
        put(format!("t{i}"), &t["start"], &t["end"]);
    }
    for (i, a) in arr("amounts").iter().enumerate() {
        put(format!("a{i}"), &a["start"], &a["end"]);
    }
    for (i, q) in arr("quotes").iter().enumerate() {
        put(format!("q{i}"), &q["start"], &q["end"]);
    }
    for (i, v) in arr("events").iter().enumerate() {
        if v["trigger_start"].is_u64() {
            put(format!("v{i}"), &v["trigger_start"], &v["trigger_end"]);
        } else {
            put(format!("v{i}"), &v["start"], &v["end"]);
        }
    }
    out
}

const HIGHLIGHTS_JS: &str = "const out = {}; for (const el of document.querySelectorAll('#doc [data-ann]')) { \
     out[el.dataset.ann] = (out[el.dataset.ann] || '') + el.textContent; } \
     for (const k in out) { out[k] = out[k].toWellFormed(); } return out;";

#[test]
fn dashboard_over_the_examples() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let Some(d) = start_browser() else { return };
    let data = std::env::temp_dir().join(format!("dateline-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    ingest_into(&data, &dateline_testkit::workspace_root().join("examples"));
    add_relation_fixtures(&data);
    let addr = serve(&data);
    let base = format!("http://{addr}");
    let mut shots = Vec::new();

    // Search page: newest articles and facets, then a typed search.
    d.goto(&format!("{base}/"));
    d.wait_ready("search");
    let n: u64 = d.js("return document.querySelectorAll('.hit').length", json!([])).as_u64().unwrap_or(0);
    let stats = get_json(addr, "/api/stats");
    assert_eq!(n, stats["articles"].as_u64().unwrap_or(0).min(20), "the start page lists the newest articles");
    let unlabeled = d.js(
        "return [...document.querySelectorAll('input, select')].filter(c => c.type !== 'hidden' && c.labels.length === 0).map(c => c.name || c.id)",
        json!([]),
    );
    assert_eq!(unlabeled, json!([]), "every form control has a label");
    assert_contrast(&d, "search");
    // A query the index cannot parse keeps the form and says why.
    d.type_into("#f-q", "title:(unclosed");
    d.click("form.filters button[type=submit]");
    d.wait_ready("search");
    let err = d.js("const e = document.getElementById('search-error'); return e && e.textContent", json!([]));
    assert!(err.as_str().is_some_and(|e| e.contains("failed")), "{err}");
    d.type_into("#f-q", "strike");
    d.click("form.filters button[type=submit]");
    d.wait_ready("search");
    let hash = d.js("return location.hash", json!([]));
    assert!(hash.as_str().unwrap_or("").contains("q=strike"), "{hash}");
    let api_hits = get_json(addr, "/api/search?q=strike");
    let page_hits =
        d.js("return [...document.querySelectorAll('.hit h3 a')].map(a => a.getAttribute('href'))", json!([]));
    let want: Vec<String> = api_hits["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| format!("#/article/{}", h["article_id"].as_str().unwrap_or("")))
        .collect();
    assert!(!want.is_empty(), "the examples mention a strike");
    assert_eq!(page_hits, json!(want), "the page lists the API's hits in order");
    let heading = d.js("return document.getElementById('results-h').textContent", json!([]));
    assert!(heading.as_str().unwrap_or("").contains(&format!("of {} article", api_hits["total"])), "{heading}");
    let facet_entities = d.js("return document.querySelectorAll('#facet-entities li').length", json!([]));
    assert!(facet_entities.as_u64().unwrap_or(0) > 0, "facets list entities");
    shots.push(d.screenshot("search.png"));

    // Article view from the first hit.
    d.click(".hit h3 a");
    d.wait_ready("article");
    shots.push(d.screenshot("article.png"));

    // Every article: highlighted spans read exactly what the JSON says.
    let mut ids = Vec::new();
    let mut offset = 0;
    loop {
        let page = get_json(addr, &format!("/api/search?limit=200&offset={offset}"));
        let hits = page["hits"].as_array().cloned().unwrap_or_default();
        ids.extend(hits.iter().filter_map(|h| h["article_id"].as_str().map(str::to_string)));
        offset += 200;
        if hits.is_empty() || offset >= page["total"].as_u64().unwrap_or(0) as usize {
            break;
        }
    }
    assert_eq!(ids.len() as u64, stats["articles"].as_u64().unwrap_or(0));
    let mut checked = BTreeMap::<&str, usize>::new();
    let mut richest = (0usize, String::new());
    for id in &ids {
        d.goto(&format!("{base}/#/article/{id}"));
        d.wait_ready("article");
        let doc = get_json(addr, &format!("/api/articles/{id}"));
        let want = expected_spans(&doc);
        let got: BTreeMap<String, String> =
            serde_json::from_value(d.js(HIGHLIGHTS_JS, json!([]))).expect("a map of highlights");
        assert_eq!(got, want, "article {id}: highlighted spans differ from the JSON annotations");
        for k in want.keys() {
            let layer = match &k[..1] {
                "e" => "entities",
                "t" => "times",
                "a" => "amounts",
                "q" => "quotes",
                _ => "events",
            };
            *checked.entry(layer).or_default() += 1;
        }
        let n_events = doc["events"].as_array().map_or(0, Vec::len);
        let n_quotes = doc["quotes"].as_array().map_or(0, Vec::len);
        let n_times = doc["times"].as_array().map_or(0, Vec::len);
        let n_amounts = doc["amounts"].as_array().map_or(0, Vec::len);
        let side = d.js(
            "return ['events', 'quotes', 'times', 'amounts'].map(l => document.querySelectorAll(`#side-${l} li`).length)",
            json!([]),
        );
        assert_eq!(
            side,
            json!([n_events, n_quotes, n_times, n_amounts]),
            "article {id}: side lists of events, quotes, times, amounts"
        );
        if want.len() > richest.0 {
            richest = (want.len(), id.clone());
        }
    }
    eprintln!("highlight spans checked against the JSON over {} articles: {checked:?}", ids.len());
    // The article with astral characters has annotations after them.
    let hit = get_json(addr, "/api/search?q=%22Emoji%20wire%20test%22");
    let astral_id = hit["hits"][0]["article_id"].as_str().expect("the emoji article is stored");
    let astral = get_json(addr, &format!("/api/articles/{astral_id}"));
    let spans = expected_spans(&astral);
    assert!(spans.len() >= 4, "the emoji article is annotated: {spans:?}");
    assert!(spans.values().any(|t| t == "Kyiv" || t == "Monday"), "{spans:?}");
    assert!(checked.get("entities").copied().unwrap_or(0) > 0 && checked.get("times").copied().unwrap_or(0) > 0);

    // Layers toggle; the richest article's entity opens the entity page.
    let id = richest.1.clone();
    d.goto(&format!("{base}/#/article/{id}"));
    d.wait_ready("article");
    assert_contrast(&d, "article");
    shots.push(d.screenshot("article-annotated.png"));
    let bg = "return getComputedStyle(document.querySelector('#doc .L-entity')).backgroundColor";
    let on = d.js(bg, json!([]));
    d.click("#layer-entity");
    let off = d.js(bg, json!([]));
    assert_ne!(on, off, "unticking Entities removes their colour");
    assert_eq!(off, json!("rgba(0, 0, 0, 0)"));
    d.click("#layer-entity");
    assert_eq!(d.js(bg, json!([])), on);
    let href = d.js("return document.querySelector('#doc a.L-entity').getAttribute('href')", json!([]));
    d.click("#doc a.L-entity");
    d.wait_ready("entity");
    assert_eq!(d.js("return location.hash", json!([])), href, "clicking an entity opens its page");
    let who = d.js("return new URLSearchParams(location.hash.split('?')[1]).get('who')", json!([]));
    let h1 = d.js("return document.querySelector('main h1').firstChild.textContent", json!([]));
    assert_eq!(h1, who);

    // An actor page with its relations chart: the busiest link of the network.
    let net = get_json(addr, "/api/network?sample=200");
    let edges = net["edges"].as_array().cloned().unwrap_or_default();
    assert!(!edges.is_empty(), "the examples have events between two actors: {net}");
    let (a, b) = (edges[0]["source"].as_str().unwrap_or(""), edges[0]["target"].as_str().unwrap_or(""));
    d.goto(&format!("{base}/#/entity?who={a}&code={a}"));
    d.wait_ready("entity");
    d.js(
        "const s = document.getElementById('rel-other'); s.value = arguments[0]; \
         document.querySelector('.chart-controls button').click();",
        json!([b]),
    );
    let t0 = Instant::now();
    let chart = loop {
        let v = d.js(
            "const c = document.querySelector('#relations-chart'); return c && c.querySelector('title').textContent.includes(arguments[0]) \
             ? [c.querySelectorAll('.bar rect').length, c.querySelectorAll('polyline.goldstein').length, c.getBoundingClientRect().height] : null",
            json!([b]),
        );
        if !v.is_null() || t0.elapsed() > Duration::from_secs(10) {
            break v;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let rel = get_json(addr, &format!("/api/relations?a={a}&b={b}&by=month"));
    let nonzero: usize = rel["buckets"]
        .as_array()
        .map(|bs| {
            let mut per: BTreeMap<String, [u64; 4]> = BTreeMap::new();
            for k in bs {
                let e = per.entry(k["period"].as_str().unwrap_or("").to_string()).or_default();
                for (i, n) in k["quad"].as_array().cloned().unwrap_or_default().iter().enumerate().take(4) {
                    e[i] += n.as_u64().unwrap_or(0);
                }
            }
            per.values().map(|q| q.iter().filter(|&&n| n > 0).count()).sum()
        })
        .unwrap_or(0);
    assert!(nonzero > 0, "{a} and {b} have events: {rel}");
    assert_eq!(chart[0].as_u64(), Some(nonzero as u64), "one bar segment per period and quad class: {chart}");
    assert_eq!(chart[1], json!(1), "the Goldstein line is drawn");
    assert!(chart[2].as_f64().unwrap_or(0.0) > 100.0, "the chart is visible: {chart}");
    assert_contrast(&d, "entity");
    let timeline = d.js("return document.querySelectorAll('#timeline li').length", json!([]));
    assert!(timeline.as_u64().unwrap_or(0) > 0);
    shots.push(d.screenshot("actor.png"));

    // Network view: one circle per actor of the API's network.
    d.goto(&format!("{base}/#/network"));
    d.wait_ready("network");
    let net = get_json(addr, "/api/network?nodes=40");
    let circles = d.js("return document.querySelectorAll('#network-svg a.node circle').length", json!([]));
    assert_eq!(circles.as_u64(), Some(net["nodes"].as_array().map_or(0, Vec::len) as u64));
    let paths = d.js("return document.querySelectorAll('#network-svg path.edge').length", json!([]));
    assert_eq!(paths.as_u64(), Some(net["edges"].as_array().map_or(0, Vec::len) as u64));
    shots.push(d.screenshot("network.png"));

    // Phone width: no horizontal scrolling on any view.
    d.window(390, 844);
    for (url, view, shot) in [
        (format!("{base}/#/search?q=strike"), "search", "search-phone.png"),
        (format!("{base}/#/article/{id}"), "article", "article-phone.png"),
        (format!("{base}/#/entity?who={a}&code={a}"), "entity", "actor-phone.png"),
    ] {
        d.goto("about:blank");
        d.goto(&url);
        d.wait_ready(view);
        let w = d.js("return [document.documentElement.scrollWidth, window.innerWidth]", json!([]));
        assert!(w[0].as_u64() <= w[1].as_u64(), "{view} scrolls sideways at phone width: {w}");
        shots.push(d.screenshot(shot));
    }

    // Keyboard: the first Tab reaches the skip link, and it leads to main.
    d.goto("about:blank");
    d.goto(&format!("{base}/#/search"));
    d.wait_ready("search");
    d.s(
        "POST",
        "/actions",
        Some(&json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": "\u{E004}"}, {"type": "keyUp", "value": "\u{E004}"}]}]})),
    );
    let focused = d.js("return document.activeElement.className", json!([]));
    assert_eq!(focused, json!("skip"), "Tab first reaches the skip link");
    eprintln!("screenshots: {}", shots.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    let _ = std::fs::remove_dir_all(&data);
}

/// WCAG contrast of every piece of HTML text in the page against the first
/// opaque background behind it: at least 4.5:1 (3:1 for large text).
const CONTRAST_JS: &str = r#"
const lum = (c) => { const m = c.match(/[\d.]+/g).map(Number);
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return [0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]), m.length > 3 ? m[3] : 1]; };
const bg = (el) => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
  if (lum(c)[1] > 0.5) return c; } return 'rgb(255, 255, 255)'; };
const bad = []; let checked = 0;
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const el = n.parentElement;
  if (!n.textContent.trim() || !el || el.closest('svg, noscript, .visually-hidden, .skip, option')) continue;
  const st = getComputedStyle(el);
  if (st.visibility === 'hidden' || st.display === 'none' || el.getClientRects().length === 0) continue;
  checked += 1;
  const a = lum(st.color)[0], b = lum(bg(el))[0];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const large = parseFloat(st.fontSize) >= 24 || (parseFloat(st.fontSize) >= 18.66 && Number(st.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) bad.push(`${ratio.toFixed(2)} ${st.color} on ${bg(el)}: ${n.textContent.trim().slice(0, 40)}`);
}
return [checked, bad];"#;

fn assert_contrast(d: &Driver, view: &str) {
    let v = d.js(CONTRAST_JS, json!([]));
    assert!(v[0].as_u64().unwrap_or(0) > 20, "{view}: contrast checked on too few texts: {v}");
    assert_eq!(v[1], json!([]), "{view}: text below WCAG AA contrast");
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[test]
fn time_to_interactive_over_reuters() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let corpus = dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl");
    if !corpus.is_file() {
        eprintln!("SKIPPED: {} not found", corpus.display());
        return;
    }
    let Some(d) = start_browser() else { return };
    let data = target_dir().join("dashboard-reuters");
    let t0 = Instant::now();
    ingest_into(&data, &corpus);
    eprintln!("Reuters store ready in {:.1} s ({})", t0.elapsed().as_secs_f64(), data.display());
    let addr = serve(&data);
    let base = format!("http://{addr}");
    let stats = get_json(addr, "/api/stats");
    assert!(stats["articles"].as_u64().unwrap_or(0) > 18_000, "{stats}");
    let hits = get_json(addr, "/api/search?q=oil%20prices&limit=1");
    let id = hits["hits"][0]["article_id"].as_str().expect("a hit for oil prices").to_string();
    // A measurement, not a timed test: the budget is enforced only when
    // asked for (`DATELINE_TTI_BUDGET_MS=300`, on a quiet machine); the
    // figures are always printed and written beside the screenshots.
    let budget: Option<f64> = std::env::var("DATELINE_TTI_BUDGET_MS").ok().and_then(|v| v.parse().ok());
    let mut report = Vec::new();
    for (name, url, view) in [
        ("search 'oil prices'", format!("{base}/#/search?q=oil%20prices"), "search"),
        ("search, no query (newest first)", format!("{base}/#/search"), "search"),
        ("article view", format!("{base}/#/article/{id}"), "article"),
    ] {
        // One warm-up load, then five measured loads from a blank page.
        let mut times = Vec::new();
        let mut dom = Vec::new();
        for i in 0..6 {
            d.goto("about:blank");
            d.goto(&url);
            let t = d.wait_ready(view);
            let di = d.js("return performance.getEntriesByType('navigation')[0].domInteractive", json!([]));
            if i > 0 {
                times.push(t);
                dom.push(di.as_f64().unwrap_or(f64::NAN));
            }
        }
        let max = times.iter().cloned().fold(0.0, f64::max);
        let med = median(&mut times);
        let line = format!(
            "{name}: time to interactive (data rendered) median {med:.0} ms, max {max:.0} ms; DOM interactive median {:.0} ms",
            median(&mut dom)
        );
        eprintln!("{line}");
        report.push((line, med));
    }
    d.goto(&format!("{base}/#/search?q=oil%20prices"));
    d.wait_ready("search");
    d.screenshot("reuters-search.png");
    d.goto(&format!("{base}/#/article/{id}"));
    d.wait_ready("article");
    d.screenshot("reuters-article.png");
    let dir = screenshot_dir();
    let _ = std::fs::create_dir_all(&dir);
    let text: String = report.iter().map(|(l, _)| format!("{l}\n")).collect();
    let _ = std::fs::write(dir.join("time-to-interactive.txt"), &text);
    if let Some(budget) = budget {
        for (line, med) in &report {
            assert!(*med < budget, "over the {budget} ms budget: {line}");
        }
    }
}

#[test]
fn static_assets_are_safe() {
    // No browser needed: content types, cache headers and path traversal.
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let data = std::env::temp_dir().join(format!("dateline-assets-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let addr = serve(&data);
    let head = |path: &str| -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes()).expect("write");
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("read");
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(raw.len());
        let header = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
        let status = header.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        (status, header, raw[(split + 4).min(raw.len())..].to_vec())
    };
    let (st, h, body) = head("/");
    assert_eq!(st, 200);
    assert!(h.contains("content-type: text/html; charset=utf-8"), "{h}");
    assert!(h.contains("cache-control: no-cache"), "{h}");
    assert!(h.contains("content-security-policy: default-src 'self'"), "{h}");
    let page = String::from_utf8_lossy(&body).to_string();
    let v =
        page.split("app.js?v=").nth(1).and_then(|r| r.split('"').next()).expect("versioned script link").to_string();
    assert_eq!(v.len(), 16);
    let (st, h, _) = head(&format!("/assets/app.js?v={v}"));
    assert_eq!(st, 200);
    assert!(h.contains("content-type: text/javascript; charset=utf-8"), "{h}");
    assert!(h.contains("cache-control: public, max-age=31536000, immutable"), "{h}");
    assert!(h.contains("x-content-type-options: nosniff"), "{h}");
    assert!(h.contains(&format!("etag: \"{v}\"")), "{h}");
    let (st, h, _) = head("/assets/app.css");
    assert_eq!(st, 200);
    assert!(h.contains("content-type: text/css; charset=utf-8") && h.contains("cache-control: no-cache"), "{h}");
    let weight: usize =
        ["/", "/assets/app.js", "/assets/app.css", "/assets/icon.svg"].iter().map(|p| head(p).2.len()).sum();
    eprintln!("dashboard page weight: {weight} bytes uncompressed (HTML, JS, CSS, icon)");
    assert!(weight < 100_000, "the page stays small: {weight} bytes");
    let (st, h, _) = head("/assets/icon.svg");
    assert!(st == 200 && h.contains("content-type: image/svg+xml"), "{h}");
    // Revalidation.
    let mut s = TcpStream::connect(addr).expect("connect");
    s.write_all(
        format!("GET /assets/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"{v}\"\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
    .expect("write");
    let mut raw = String::new();
    s.read_to_string(&mut raw).expect("read");
    assert!(raw.starts_with("HTTP/1.1 304"), "{raw}");
    // Nothing outside the embedded table is reachable.
    let secret = std::fs::read_to_string(dateline_testkit::workspace_root().join("Cargo.toml")).expect("Cargo.toml");
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2f..%2f..%2fCargo.toml",
        "/assets/%2e%2e/%2e%2e/%2e%2e/Cargo.toml",
        "/assets/..\\..\\Cargo.toml",
        "/assets/app.js/../../../../Cargo.toml",
        "/assets//etc/passwd",
        "/assets/%2fetc%2fpasswd",
        "/assets/",
        "/assets/index.html",
        "/assets/../src/lib.rs",
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
    ] {
        let (st, _, body) = head(path);
        let text = String::from_utf8_lossy(&body);
        assert!(st == 404 || st == 400, "{path}: {st}");
        assert!(
            !text.contains("[workspace]") && !text.contains("root:x:0") && !secret.is_empty(),
            "{path} leaked a file"
        );
    }
    let _ = std::fs::remove_dir_all(&data);
}
