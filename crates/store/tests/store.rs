//! Store tests: round trip of every layer, duplicates, migrations from the
//! previous schema version, and errors. The behaviour tests run against
//! every backend: the embedded SQLite store always, and PostgreSQL when
//! `DATELINE_TEST_POSTGRES` is set (a fresh schema per test, dropped after).

use dateline_core::*;
use dateline_store::{Store, StoreError};
use dateline_store_pg::PgStore;
use std::path::PathBuf;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// The PostgreSQL server of the tests, if any.
fn pg_server() -> Option<String> {
    match std::env::var("DATELINE_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!("skipping the PostgreSQL backend: DATELINE_TEST_POSTGRES is not set");
            None
        }
    }
}

/// Drops its schema when the test ends.
struct PgSchema(String);

impl PgSchema {
    fn new(server: &str, name: &str) -> PgSchema {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let schema = format!("t{}_{nanos}_{name}", std::process::id());
        let sep = if server.contains('?') { '&' } else { '?' };
        PgSchema(format!("{server}{sep}schema={schema}"))
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        if let Ok(s) = PgStore::open(&self.0) {
            let _ = s.drop_schema();
        }
    }
}

/// One store per backend: (backend name, store, cleanup guard).
fn backends(name: &str) -> Vec<(&'static str, Store, Option<PgSchema>)> {
    let mut out = vec![("sqlite", Store::open(&tmp(name)).unwrap(), None)];
    if let Some(server) = pg_server() {
        let guard = PgSchema::new(&server, name);
        let store = Store::from_backend(Box::new(PgStore::open(&guard.0).unwrap()));
        out.push(("postgres", store, Some(guard)));
    }
    out
}

fn sample() -> Document {
    dateline_testkit::annotated_document("2025-03-11", 0)
}

#[test]
fn round_trip_every_layer() {
    for (backend, store, _guard) in backends("rt") {
        eprintln!("backend {backend}");
        round_trip(store);
    }
}

fn round_trip(mut store: Store) {
    let doc = sample();
    let out = store.insert_batch(&[(doc.clone(), Some("x.txt".into()), Some("ext-1".into()))]).unwrap();
    assert_eq!(out.added, 1);
    let back = store.load(&doc.article.id).unwrap().unwrap();
    assert_eq!(back.article, doc.article);
    assert_eq!(back.entities, doc.entities);
    assert_eq!(back.times, doc.times);
    assert_eq!(back.amounts, doc.amounts);
    assert_eq!(back.quotes, doc.quotes);
    assert_eq!(back.events, doc.events);
    assert_eq!(
        back.sentences.iter().map(|s| s.span).collect::<Vec<_>>(),
        doc.sentences.iter().map(|s| s.span).collect::<Vec<_>>()
    );
    let s = store.stats().unwrap();
    assert_eq!(
        (s.articles, s.entities, s.mentions, s.times, s.amounts, s.quotes, s.events, s.canonical_entities),
        (1, 2, 2, 1, 1, 1, 1, 2)
    );
}

#[test]
fn duplicates_are_counted_not_stored() {
    for (_, mut store, _guard) in backends("dup") {
        duplicates(&mut store);
    }
}

fn duplicates(store: &mut Store) {
    let doc = sample();
    let out = store.insert_batch(&[(doc.clone(), None, None), (doc.clone(), None, None)]).unwrap();
    assert_eq!((out.added, out.duplicates), (1, 1));
    let out = store.insert_batch(&[(doc, None, None)]).unwrap();
    assert_eq!((out.added, out.duplicates), (0, 1));
    assert_eq!(store.stats().unwrap().articles, 1);
    assert_eq!(store.stats().unwrap().entities, 2);
}

#[test]
fn canonical_entities_merge_across_articles() {
    for (_, mut store, _guard) in backends("canon") {
        canonical(&mut store);
    }
}

fn canonical(store: &mut Store) {
    let a = sample();
    let mut b = sample();
    b.article =
        Article::new(PubDate::parse("2025-03-12").unwrap(), b.article.text.clone()).with_source(Some("Other".into()));
    store.insert_batch(&[(a, None, None), (b, None, None)]).unwrap();
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.entities, s.canonical_entities), (2, 4, 2));
}

#[test]
fn opens_a_store_of_the_previous_schema_version() {
    let dir = tmp("v1");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dateline.db");
    {
        // A store as the previous version wrote it: schema 1, with an
        // article and an error recorded twice (allowed in v1).
        let store = Store::open_at_version(&path, 1).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        drop(store);
        let conn = rusqlite_conn(&path);
        conn.execute_batch(
            "INSERT INTO articles(id, date, day, text, ingested_at) VALUES ('abc', '2020-01-01', '2020-01-01', 'Old text.', 'then');
             INSERT INTO entities(article_id, local_id, kind, name) VALUES ('abc', 0, 'GPE', 'France');
             INSERT INTO ingest_errors(origin, line, kind, message, at) VALUES ('f', 1, 'bad_json', 'm', 'then');
             INSERT INTO ingest_errors(origin, line, kind, message, at) VALUES ('f', 1, 'bad_json', 'm', 'then');",
        )
        .unwrap();
    }
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(store.schema_version().unwrap(), dateline_store::schema::SCHEMA_VERSION);
    let doc = store.load("abc").unwrap().unwrap();
    assert_eq!(doc.article.text, "Old text.");
    assert_eq!(doc.entities[0].name, "France");
    assert_eq!(store.stats().unwrap().ingest_errors, 1, "v2 de-duplicates error rows");
    store.record_error("f", Some(1), "bad_json", "m").unwrap();
    assert_eq!(store.stats().unwrap().ingest_errors, 1);
}

fn rusqlite_conn(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

#[test]
fn refuses_a_newer_store() {
    let dir = tmp("new");
    std::fs::create_dir_all(&dir).unwrap();
    let conn = rusqlite_conn(&dir.join("dateline.db"));
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    assert!(matches!(Store::open(&dir), Err(StoreError::TooNew { found: 999, .. })));
}

#[test]
fn bad_data_dir_is_a_clear_error() {
    let file = tmp("file");
    std::fs::write(&file, b"x").unwrap();
    let err = Store::open(&file.join("sub")).unwrap_err().to_string();
    assert!(err.contains("data directory"), "{err}");
}

#[test]
fn structured_queries() {
    for (backend, mut store, _guard) in backends("query") {
        eprintln!("backend {backend}");
        queries(&mut store);
    }
}

fn queries(store: &mut Store) {
    use dateline_store::query::Bucket;
    let doc = sample();
    store.insert_batch(&[(doc, None, None)]).unwrap();
    let q = store.quotes_by_speaker("rubio", 10, 0).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "Talks, then more talks,", "byte offsets sliced right after non-ASCII quotes");
    assert_eq!(q[0].speaker.as_deref(), Some("Marco Rubio"));
    assert_eq!(q[0].date, "2025-03-10");
    assert!(store.quotes_by_speaker("100%_'; DROP TABLE quotes; --", 10, 0).unwrap().is_empty());
    assert!(store.quotes_by_speaker("rubio", 10, usize::MAX).unwrap().is_empty(), "deep pages are bounded");
    assert!(store.events(10, usize::MAX).unwrap().is_empty());
    let t = store.timeline("RUS", None, None, 10).unwrap();
    assert_eq!(t.len(), 1);
    let t = store.timeline("Rubio", None, None, 10).unwrap();
    assert_eq!(t.len(), 2, "the event that targets him and his quote");
    let r = store.relations("RUS", "USA", Bucket::Month, None, None).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].period.as_str(), r[0].direction.as_str(), r[0].quad, r[0].goldstein),
        ("2025-03", "a->b", [0, 0, 0, 1], -10.0)
    );
    assert!(store.relations("RUS", "UKR", Bucket::Month, None, None).unwrap().is_empty());
    let top = store.top_entities(5).unwrap();
    assert_eq!(top.len(), 2);
    assert_eq!(store.stats().unwrap().quotes, 1, "injection string did nothing");
}

#[test]
fn concurrent_opens_migrate_once() {
    let dir = tmp("concurrent");
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let d = dir.clone();
            std::thread::spawn(move || Store::open(&d).map(|s| s.schema_version().unwrap()))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().unwrap(), dateline_store::schema::SCHEMA_VERSION);
    }
}

/// Every query answers the same on every backend (ids, offsets, weeks).
#[test]
fn backends_answer_alike() {
    use dateline_store::query::Bucket;
    let docs: Vec<Document> = ["2025-01-01", "2025-01-06", "2025-03-11", "2024-12-30"]
        .iter()
        .enumerate()
        .map(|(i, d)| dateline_testkit::annotated_document(d, i))
        .collect();
    let mut answers = Vec::new();
    for (backend, mut store, _guard) in backends("alike") {
        let items: Vec<_> = docs.iter().map(|d| (d.clone(), Some("t".to_string()), None)).collect();
        // A worker's batch and its tally commit together; a re-delivered
        // batch counts as a batch with nothing added.
        let out = store.insert_batch_by(&items[..3], "w0").unwrap();
        assert_eq!((out.added, out.duplicates), (3, 0), "{backend}");
        let out = store.insert_batch_by(&items[..2], "w0").unwrap();
        assert_eq!((out.added, out.duplicates), (0, 2), "{backend}");
        store.insert_batch(&items).unwrap();
        let w = store.workers().unwrap();
        assert_eq!(
            w.iter().map(|w| (w.name.as_str(), w.articles, w.batches)).collect::<Vec<_>>(),
            [("w0", 3, 2)],
            "{backend}"
        );
        let mut a = Vec::new();
        let s = store.stats().unwrap();
        a.push(format!("{:?}", (s.articles, s.entities, s.mentions, s.times, s.amounts, s.quotes, s.events)));
        a.push(format!("{:?}", (s.canonical_entities, s.first_day, s.last_day)));
        for by in [Bucket::Day, Bucket::Week, Bucket::Month] {
            a.push(format!("{:?}", store.relations("RUS", "USA", by, None, None).unwrap()));
        }
        a.push(format!("{:?}", store.timeline("Rubio", Some("2025-01-01"), None, 50).unwrap()));
        a.push(format!("{:?}", store.quotes_by_speaker("rubio", 50, 0).unwrap()));
        a.push(format!("{:?}", store.events(50, 0).unwrap()));
        a.push(format!("{:?}", store.top_entities(50).unwrap().len()));
        a.push(format!("{:?}", store.article_ids(None, 50).unwrap()));
        let first = store.article_ids(None, 1).unwrap();
        a.push(format!("{:?}", store.ids_with_prefix(&first[0][..3], 5).unwrap()));
        let mut loaded = Vec::new();
        store
            .for_each_document(|d| {
                loaded.push(format!("{:?}", (d.article, d.entities, d.times, d.amounts, d.quotes, d.events)));
                Ok(())
            })
            .unwrap();
        a.push(loaded.join("\n"));
        let marks: Vec<i64> = store.articles_after(0, 100).unwrap().iter().map(|(m, _)| *m).collect();
        assert_eq!(marks.len(), docs.len(), "{backend}");
        assert!(marks.windows(2).all(|w| w[0] < w[1]), "{backend}: {marks:?}");
        assert_eq!(store.last_rowid().unwrap(), *marks.last().unwrap());
        store.record_error("f.jsonl", Some(3), "bad_json", "expected value").unwrap();
        store.record_error("f.jsonl", Some(3), "bad_json", "expected value").unwrap();
        a.push(format!("{:?}", store.errors(10).unwrap()));
        store.heartbeat("w1", 3).unwrap();
        store.heartbeat("w1", 2).unwrap();
        let w = store.workers().unwrap();
        let w1 = w.iter().find(|w| w.name == "w1").unwrap();
        a.push(format!("{:?}", (w.len(), w1.articles, w1.batches)));
        a.push(format!("{}", store.stored_since("2000-01-01T00:00:00+00:00").unwrap()));
        answers.push((backend, a));
    }
    for (backend, a) in &answers[1..] {
        for (x, y) in answers[0].1.iter().zip(a) {
            assert_eq!(x, y, "sqlite and {backend} differ");
        }
    }
}

/// PostgreSQL: workers opening a new store at once migrate it once.
#[test]
fn pg_concurrent_opens_migrate_once() {
    let Some(server) = pg_server() else { return };
    let guard = PgSchema::new(&server, "conc");
    let handles: Vec<_> = (0..6)
        .map(|_| {
            let url = guard.0.clone();
            std::thread::spawn(move || PgStore::open(&url).map(|s| Store::from_backend(Box::new(s)).schema_version()))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().unwrap().unwrap(), dateline_store_pg::schema::SCHEMA_VERSION);
    }
}

/// PostgreSQL: a schema written by a newer dateline is refused.
#[test]
fn pg_refuses_a_newer_store() {
    let Some(server) = pg_server() else { return };
    let guard = PgSchema::new(&server, "newer");
    drop(PgStore::open(&guard.0).unwrap());
    let parsed = dateline_store_pg::parse_url(&guard.0).unwrap();
    let mut c = postgres::Client::connect(&parsed.connect, postgres::NoTls).unwrap();
    c.batch_execute(&format!("UPDATE \"{}\".dateline_schema SET version = 999", parsed.schema)).unwrap();
    let err = PgStore::open(&guard.0).unwrap_err();
    assert!(matches!(err, StoreError::RemoteTooNew { found: 999, .. }), "{err}");
    assert!(!err.to_string().contains("secret"));
}

/// PostgreSQL: writers racing on the same and on different articles store
/// each once, and a reader following the marks meanwhile sees every article
/// exactly once (marks become visible in order).
#[test]
fn pg_concurrent_writers_and_a_following_reader() {
    let Some(server) = pg_server() else { return };
    let guard = PgSchema::new(&server, "race");
    let doc = |i: usize| {
        let mut d = sample();
        d.article = Article::new(PubDate::parse("2025-03-11").unwrap(), format!("{} Copy {i}.", d.article.text));
        d
    };
    let done = std::sync::atomic::AtomicBool::new(false);
    let (added, seen) = std::thread::scope(|s| {
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let url = guard.0.clone();
                s.spawn(move || {
                    let mut store = Store::from_backend(Box::new(PgStore::open(&url).unwrap()));
                    let mut added = 0;
                    // Writers 0 and 1 write the same 40 articles (in opposite
                    // orders); 2 and 3 write 20 of their own each.
                    let ids: Vec<usize> = match w {
                        0 => (0..40).collect(),
                        1 => (0..40).rev().collect(),
                        _ => (100 * w..100 * w + 20).collect(),
                    };
                    for chunk in ids.chunks(5) {
                        let items: Vec<_> = chunk.iter().map(|&i| (doc(i), None, None)).collect();
                        added += store.insert_batch(&items).unwrap().added;
                    }
                    added
                })
            })
            .collect();
        let reader = s.spawn(|| {
            let store = Store::from_backend(Box::new(PgStore::open(&guard.0).unwrap()));
            let (mut mark, mut seen) = (0i64, Vec::new());
            loop {
                let finished = done.load(std::sync::atomic::Ordering::SeqCst);
                for (m, d) in store.articles_after(mark, 7).unwrap() {
                    assert!(m > mark);
                    mark = m;
                    seen.push(d.article.id);
                }
                if finished && store.articles_after(mark, 1).unwrap().is_empty() {
                    return seen;
                }
            }
        });
        let added: usize = writers.into_iter().map(|h| h.join().unwrap()).sum();
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        (added, reader.join().unwrap())
    });
    assert_eq!(added, 80);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!((seen.len(), unique.len()), (80, 80));
    let store = Store::from_backend(Box::new(PgStore::open(&guard.0).unwrap()));
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.entities, s.canonical_entities), (80, 160, 2));
    assert_eq!(store.top_entities(5).unwrap().iter().map(|e| e.articles).sum::<u64>(), 160);
}

/// Rows as a version-3 store (the previous release) wrote them: an article,
/// its entities with canonical identities, an event with its own date and a
/// quote; no day, canonical or dyad columns yet.
const V3_ROWS: &str = "
INSERT INTO articles(id, date, day, text, ingested_at) VALUES ('v3', '2020-01-05', '2020-01-05', 'Russia criticized Marco Rubio on Friday. \"No,\" Rubio said.', 'then');
INSERT INTO canonical_entities(id, key, kind, name, country, code, articles) VALUES (1, 'person:marco rubio', 'PERSON', 'Marco Rubio', 'USA', 'USAGOV', 1);
INSERT INTO canonical_entities(id, key, kind, name, country, code, articles) VALUES (2, 'gpe:russia', 'GPE', 'Russia', 'RUS', 'RUS', 1);
INSERT INTO entities(article_id, local_id, kind, name, country, code, canonical_id) VALUES ('v3', 0, 'PERSON', 'Marco Rubio', 'USA', 'USAGOV', 1);
INSERT INTO entities(article_id, local_id, kind, name, country, code, canonical_id) VALUES ('v3', 1, 'GPE', 'Russia', 'RUS', 'RUS', 2);
INSERT INTO events(article_id, idx, start, \"end\", trigger_start, trigger_end, code, root, quad, goldstein, source, target, source_entity, target_entity, date, mode, negated)
  VALUES ('v3', 0, 0, 40, 7, 17, '111', 11, 3, -2.0, 'RUS', 'USAGOV', 1, 0, '2020-01-03', 'asserted', 0);
INSERT INTO quotes(article_id, idx, start, \"end\", kind, speaker, speaker_start, speaker_end, cue)
  VALUES ('v3', 0, 42, 45, 'direct', 0, 47, 52, 'said');
";

#[test]
fn a_version_3_store_answers_timelines_and_relations_after_upgrading() {
    let dir = tmp("v3");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dateline.db");
    drop(Store::open_at_version(&path, 3).unwrap());
    rusqlite_conn(&path).execute_batch(V3_ROWS).unwrap();
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(store.schema_version().unwrap(), dateline_store::schema::SCHEMA_VERSION);
    upgraded_answers(&store);
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.entities, s.quotes, s.events), (1, 2, 1, 1), "row counts backfilled");
    store.insert_batch(&[(sample(), None, None)]).unwrap();
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.entities, s.mentions, s.quotes, s.events), (2, 4, 2, 2, 2), "and kept");
}

/// What the v3 rows answer once upgraded (any backend).
fn upgraded_answers(store: &Store) {
    use dateline_store::query::{Bucket, TimelineItem};
    let t = store.timeline("rubio", None, None, 10).unwrap();
    assert_eq!(t.len(), 2, "{t:?}");
    match &t[0] {
        TimelineItem::Event(e) => assert_eq!((e.date.as_str(), e.trigger.as_str()), ("2020-01-03", "criticized")),
        other => panic!("{other:?}"),
    }
    match &t[1] {
        TimelineItem::Quote(q) => assert_eq!((q.date.as_str(), q.text.as_str()), ("2020-01-05", "No,")),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.timeline("RUS", None, None, 10).unwrap().len(), 1);
    assert_eq!(store.timeline("USA", Some("2020-01-04"), None, 10).unwrap().len(), 0, "the event's own day");
    let r = store.relations("USA", "RUS", Bucket::Day, None, None).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].period.as_str(), r[0].direction.as_str(), r[0].quad), ("2020-01-03", "b->a", [0, 0, 1, 0]));
    assert_eq!(store.quotes_by_speaker("Marco", 10, 0).unwrap().len(), 1);
}

#[test]
fn a_version_1_postgres_store_answers_timelines_and_relations_after_upgrading() {
    let Some(server) = pg_server() else { return };
    let guard = PgSchema::new(&server, "pgv1");
    let old = PgStore::open_at_version(&guard.0, 1).unwrap();
    let schema = old.schema().to_string();
    drop(old);
    let mut client = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    client.batch_execute(&format!("SET search_path TO \"{schema}\"")).unwrap();
    client.batch_execute(&V3_ROWS.replace("'asserted', 0)", "'asserted', false)")).unwrap();
    let store = Store::from_backend(Box::new(PgStore::open(&guard.0).unwrap()));
    assert_eq!(store.schema_version().unwrap(), dateline_store_pg::schema::SCHEMA_VERSION);
    upgraded_answers(&store);
}

/// The indexed relations (whole 3-letter code segments) count exactly what
/// the scan over events counts (prefixes off the segment grid).
#[test]
fn indexed_relations_agree_with_the_scan() {
    use dateline_store::query::Bucket;
    let docs: Vec<Document> = ["2025-01-01", "2025-01-06", "2025-03-11", "2024-12-30", "2025-03-12"]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // Both directions, own dates and article days, several quads.
            let mut doc = dateline_testkit::annotated_document(d, i);
            let e = &mut doc.events[0];
            if i % 2 == 1 {
                std::mem::swap(&mut e.source, &mut e.target);
                std::mem::swap(&mut e.source_entity, &mut e.target_entity);
                e.quad = 1;
                e.goldstein = 3.5;
            }
            if i % 3 == 0 {
                e.date = None;
            }
            // Nested codes: USA -> USAGOV and USAGOV -> USAGOV.
            if i == 2 {
                e.source = Some("USA".into());
            }
            if i == 4 {
                e.source = Some("USAGOV".into());
            }
            doc
        })
        .collect();
    for (backend, mut store, _guard) in backends("dyads") {
        let items: Vec<_> = docs.iter().map(|d| (d.clone(), None, None)).collect();
        store.insert_batch(&items).unwrap();
        for by in [Bucket::Day, Bucket::Week, Bucket::Month] {
            let fast = store.relations("RUS", "USA", by, None, None).unwrap();
            assert!(!fast.is_empty(), "{backend}");
            // "RU" and "US" are off the grid: the scan answers.
            let scan = store.relations("RU", "US", by, None, None).unwrap();
            assert_eq!(format!("{fast:?}"), format!("{scan:?}"), "{backend} {by:?}");
            // Nested prefixes are read from the sums with the overlap
            // subtracted; "US" scans.
            for (fast, scan) in [
                (("USA", "USAGOV"), ("US", "USAGOV")),
                (("USAGOV", "USA"), ("USAGOV", "US")),
                (("USA", "USA"), ("US", "US")),
                (("USA", "RUS"), ("US", "RU")),
            ] {
                let f = store.relations(fast.0, fast.1, by, None, None).unwrap();
                let s = store.relations(scan.0, scan.1, by, None, None).unwrap();
                assert!(!f.is_empty(), "{backend} {fast:?}");
                assert_eq!(format!("{f:?}"), format!("{s:?}"), "{backend} {by:?} {fast:?}");
            }
            let window = store.relations("RUS", "USA", by, Some("2025-01-02"), Some("2025-03-11")).unwrap();
            let scan = store.relations("RU", "US", by, Some("2025-01-02"), Some("2025-03-11")).unwrap();
            assert_eq!(format!("{window:?}"), format!("{scan:?}"), "{backend} {by:?} window");
        }
    }
}
