//! Query latency benchmark: p50/p95/p99 of a fixed mix of queries (full
//! text, phrase, filtered, date-sorted browse, actor and event filters,
//! timeline, relations, quotes by speaker) over a store built from the Reuters corpus annotated
//! by every layer, optionally replicated to N articles with shifted dates.
//!
//! ```text
//! cargo run --release -p dateline-search --example latency -- [--articles N] [--queries Q] [--dir DIR] [--kinds text,browse,...]
//! ```
//! Without `--articles`, the corpus is used once (~18,800 distinct
//! articles). The store is built only when DIR has none.

use chrono::{Duration, NaiveDate};
use dateline_core::{Article, Document, PubDate};
use dateline_search::{SearchIndex, SearchQuery};
use dateline_store::query::Bucket;
use dateline_store::Store;
use std::path::PathBuf;
use std::time::Instant;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn dir_size(p: &std::path::Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.metadata().map(|m| if m.is_dir() { dir_size(&e.path()) } else { m.len() }).unwrap_or(0))
                .sum()
        })
        .unwrap_or(0)
}

/// The kinds of query the store answers without the full-text index.
const STORE_KINDS: [&str; 3] = ["timeline", "relations", "quotes"];

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return 0.0;
    }
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let want: usize = arg("--articles").and_then(|s| s.parse().ok()).unwrap_or(0);
    let nq: usize = arg("--queries").and_then(|s| s.parse().ok()).unwrap_or(1000);
    let dir =
        PathBuf::from(arg("--dir").unwrap_or_else(|| {
            format!("target/latency-{}", if want == 0 { "reuters".into() } else { want.to_string() })
        }));
    let mut store = Store::open(&dir).expect("store");
    if store.stats().expect("stats").articles == 0 {
        // Every layer runs once on the corpus; replicas copy the annotated
        // documents (same text plus a round marker, dates shifted by whole
        // years), so entity, actor, event and quote queries have real rows.
        let base = annotate(dateline_testkit_reuters());
        let target = if want == 0 { base.len() } else { want };
        let t = Instant::now();
        let bar = indicatif::ProgressBar::new(target as u64);
        let mut batch = Vec::with_capacity(2000);
        let mut made = 0usize;
        let mut round = 0i64;
        while made < target {
            for d in &base {
                if made >= target {
                    break;
                }
                let mut doc = d.clone();
                if round > 0 {
                    let a = &d.article;
                    let date = PubDate::Date(a.date.date() + Duration::days(365 * round));
                    let text = format!("{} [r{round}]", a.text);
                    doc.article = Article::new(date, text).with_title(a.title.clone()).with_source(a.source.clone());
                }
                batch.push((doc, None, None));
                made += 1;
                if batch.len() == 2000 {
                    store.insert_batch(&batch).expect("insert");
                    bar.inc(batch.len() as u64);
                    batch.clear();
                }
            }
            round += 1;
        }
        bar.finish_and_clear();
        store.insert_batch(&batch).expect("insert");
        eprintln!("built store of {} articles in {:.1}s", store.stats().unwrap().articles, t.elapsed().as_secs_f64());
    }
    let articles = store.stats().unwrap().articles;
    let words = [
        "oil",
        "wheat",
        "dollar",
        "interest rates",
        "\"trade deficit\"",
        "coffee AND brazil",
        "opec -saudi",
        "bank",
        "merger",
        "strike",
        "tariffs",
        "yen",
        "shares",
        "\"crude oil\"",
        "sugar OR cocoa",
        "title:profit",
    ];
    let actors = ["USA", "JPN", "GBR", "BRA", "USAGOV"];
    // `--kinds a,b,...` runs only some kinds of query.
    let all_kinds = ["text", "phrase+date", "filter", "browse", "timeline", "relations", "quotes", "actor", "event"];
    let speakers = ["Baker", "Reagan", "Volcker", "Yeutter", "Nakasone"];
    let picked = arg("--kinds");
    let kinds: Vec<&str> = match &picked {
        Some(list) => all_kinds.iter().copied().filter(|k| list.split(',').any(|x| x == *k)).collect(),
        None => all_kinds.to_vec(),
    };
    assert!(!kinds.is_empty(), "--kinds: choose from {all_kinds:?}");
    // The full-text index is opened (and brought up to date) only when a
    // chosen kind needs it; timelines, relations and quotes are the store's.
    let index = kinds.iter().any(|k| !STORE_KINDS.contains(k)).then(|| {
        let index = SearchIndex::open(&dir.join("index")).expect("index");
        let t = Instant::now();
        let n = index.sync(&store).expect("sync");
        if n > 0 {
            eprintln!("indexed {n} articles in {:.1}s", t.elapsed().as_secs_f64());
        }
        index
    });
    let index = || index.as_ref().expect("index opened for index kinds");
    let mut lat: std::collections::BTreeMap<&str, Vec<f64>> = Default::default();
    let day0 = NaiveDate::from_ymd_opt(1987, 3, 1).unwrap();
    for i in 0..nq {
        let kind = kinds[i % kinds.len()];
        let w = words[i % words.len()];
        let t = Instant::now();
        match kind {
            "text" => {
                index().search(&store, &SearchQuery::text(w)).expect("q");
            }
            "phrase+date" => {
                let from = day0 + Duration::days((i % 200) as i64);
                let q = SearchQuery {
                    text: Some(w.into()),
                    from: Some(from),
                    to: Some(from + Duration::days(30)),
                    limit: 20,
                    ..Default::default()
                };
                index().search(&store, &q).expect("q");
            }
            "filter" => {
                let q = SearchQuery {
                    source: Some("reuters".into()),
                    text: Some(w.into()),
                    limit: 20,
                    offset: (i % 5) * 20,
                    ..Default::default()
                };
                index().search(&store, &q).expect("q");
            }
            "browse" => {
                let from = day0 + Duration::days((i % 200) as i64);
                let q = SearchQuery {
                    from: Some(from),
                    to: Some(from + Duration::days(7)),
                    limit: 20,
                    ..Default::default()
                };
                index().search(&store, &q).expect("q");
            }
            "actor" => {
                let q = SearchQuery {
                    text: Some(w.into()),
                    actor: Some(actors[i % actors.len()].into()),
                    limit: 20,
                    ..Default::default()
                };
                index().search(&store, &q).expect("q");
            }
            "event" => {
                let q = SearchQuery {
                    event: Some(["01", "04", "05", "19"][i % 4].into()),
                    country: Some(["USA", "JPN", "GBR"][i % 3].into()),
                    limit: 20,
                    ..Default::default()
                };
                index().search(&store, &q).expect("q");
            }
            "quotes" => {
                store.quotes_by_speaker(speakers[i % speakers.len()], 20, (i % 3) * 20).expect("q");
            }
            "timeline" => {
                store.timeline(actors[i % actors.len()], None, None, 100).expect("q");
            }
            _ => {
                store
                    .relations(actors[i % actors.len()], actors[(i + 1) % actors.len()], Bucket::Week, None, None)
                    .expect("q");
            }
        }
        lat.entry(kind).or_default().push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "articles {articles}; store {:.1} MB; index {:.1} MB; {nq} queries",
        dir_size(&dir) as f64 / 1e6 - dir_size(&dir.join("index")) as f64 / 1e6,
        dir_size(&dir.join("index")) as f64 / 1e6
    );
    let mut all = Vec::new();
    for (k, v) in lat.iter_mut() {
        all.extend(v.iter().copied());
        println!(
            "  {k:<12} n={:<4} p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms",
            v.len(),
            pct(v, 0.5),
            pct(v, 0.95),
            pct(v, 0.99)
        );
    }
    println!(
        "  {:<12} n={:<4} p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms",
        "all",
        all.len(),
        pct(&mut all.clone(), 0.5),
        pct(&mut all.clone(), 0.95),
        pct(&mut all, 0.99)
    );
}

/// Runs all layers over the articles on every core (the quotes layer
/// without its neural tagger: the index is measured, not the tagger).
fn annotate(articles: Vec<Article>) -> Vec<Document> {
    let opts = dateline_pipeline::LayerOptions::default().fast_quotes(true);
    let pipeline = dateline_pipeline::pipeline_with_options(dateline_pipeline::LAYERS, &opts).expect("models");
    let t = Instant::now();
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = articles.len().div_ceil(jobs).max(1);
    let docs: Vec<Document> = std::thread::scope(|s| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                let pipeline = &pipeline;
                s.spawn(move || {
                    part.iter()
                        .map(|a| {
                            let mut doc = Document::new(a.clone());
                            let _ = pipeline.run(&mut doc);
                            doc
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("annotation thread")).collect()
    });
    eprintln!("annotated {} articles (all layers) in {:.1}s", docs.len(), t.elapsed().as_secs_f64());
    docs
}

fn dateline_testkit_reuters() -> Vec<Article> {
    dateline_testkit::reuters(usize::MAX)
}
