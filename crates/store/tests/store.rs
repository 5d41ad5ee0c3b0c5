//! Store tests: round trip of every layer, duplicates, migrations from the
//! previous schema version, and errors.

use dateline_core::*;
use dateline_store::{Store, StoreError};
use std::path::PathBuf;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn sample() -> Document {
    dateline_testkit::annotated_document("2025-03-11", 0)
}

#[test]
fn round_trip_every_layer() {
    let dir = tmp("rt");
    let mut store = Store::open(&dir).unwrap();
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
    let dir = tmp("dup");
    let mut store = Store::open(&dir).unwrap();
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
    let dir = tmp("canon");
    let mut store = Store::open(&dir).unwrap();
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
    use dateline_store::query::Bucket;
    let dir = tmp("query");
    let mut store = Store::open(&dir).unwrap();
    let doc = sample();
    store.insert_batch(&[(doc, None, None)]).unwrap();
    let q = store.quotes_by_speaker("rubio", 10, 0).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "Talks, then more talks,", "byte offsets sliced right after non-ASCII quotes");
    assert_eq!(q[0].speaker.as_deref(), Some("Marco Rubio"));
    assert_eq!(q[0].date, "2025-03-10");
    assert!(store.quotes_by_speaker("100%_'; DROP TABLE quotes; --", 10, 0).unwrap().is_empty());
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
