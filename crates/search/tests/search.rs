//! Search tests: full text, filters, quotes, paging bounds, and catching up
//! with articles the store committed while the index was behind.

use dateline_core::*;
use dateline_search::{SearchIndex, SearchQuery, MAX_PAGE};
use dateline_store::Store;
use std::path::PathBuf;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-search-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn doc(
    date: &str,
    source: &str,
    text: &str,
    speaker: Option<(&str, &str)>,
    event: Option<(&str, &str, &str)>,
) -> Document {
    let mut d = Document::new(
        Article::new(PubDate::parse(date).unwrap(), text)
            .with_source(Some(source.into()))
            .with_title(Some(format!("Title {date}"))),
    );
    Pipeline::segment_only().run(&mut d);
    let find = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    if let Some((name, quote)) = speaker {
        d.entities.push(Entity {
            id: 0,
            kind: EntityKind::Person,
            name: name.into(),
            country: Some("USA".into()),
            roles: vec![],
            code: Some("USAGOV".into()),
            mentions: vec![Mention { span: find(name.split(' ').next_back().unwrap()), kind: MentionKind::Name }],
        });
        d.quotes.push(Quote {
            span: find(quote),
            kind: QuoteKind::Direct,
            speaker: Some(0),
            speaker_span: None,
            cue: Some("say".into()),
            cue_span: None,
            date: None,
        });
    }
    if let Some((code, src, tgt)) = event {
        d.events.push(Event {
            span: Span::new(0, 5),
            trigger: Span::new(0, 5),
            code: code.into(),
            root: code[..2].parse().unwrap(),
            quad: 1,
            goldstein: 1.0,
            plover: None,
            plover_mode: None,
            source: Some(src.into()),
            target: Some(tgt.into()),
            source_entity: None,
            target_entity: None,
            date: None,
            location: None,
            mode: EventMode::Asserted,
            negated: false,
        });
    }
    d
}

fn setup(name: &str) -> (Store, SearchIndex, PathBuf) {
    let dir = tmp(name);
    let mut store = Store::open(&dir).unwrap();
    store
        .insert_batch(&[
            (
                doc(
                    "2025-01-10",
                    "Wire A",
                    "The minerals deal was discussed. Rubio said \"territory is not for sale\" today.",
                    Some(("Marco Rubio", "territory is not for sale")),
                    Some(("036", "USAGOV", "UKRGOV")),
                ),
                None,
                None,
            ),
            (
                doc(
                    "2025-02-03",
                    "Wire B",
                    "A minerals accord stalled in February. Talks resumed later.",
                    None,
                    Some(("190", "RUSMIL", "UKR")),
                ),
                None,
                None,
            ),
            (
                doc("2024-12-01", "Wire A", "Farmers protested about grain prices in the capital.", None, None),
                None,
                None,
            ),
        ])
        .unwrap();
    let index = SearchIndex::open(&dir.join("index")).unwrap();
    assert_eq!(index.sync(&store).unwrap(), 3);
    (store, index, dir)
}

#[test]
fn full_text_phrase_boolean_and_filters() {
    let (store, index, _) = setup("ft");
    let r = index.search(&store, &SearchQuery::text("minerals")).unwrap();
    assert_eq!(r.total, 2);
    let r = index.search(&store, &SearchQuery::text("\"minerals deal\"")).unwrap();
    assert_eq!(r.total, 1);
    assert!(r.hits[0].snippet.contains("minerals deal"));
    assert_eq!(index.search(&store, &SearchQuery::text("minerals -accord")).unwrap().total, 1);
    assert_eq!(index.search(&store, &SearchQuery::text("minerals NOT accord")).unwrap().total, 1);
    let r = index.search(&store, &SearchQuery::text("minerals OR grain")).unwrap();
    assert_eq!(r.total, 3);
    // stemming: "protest" finds "protested"
    assert_eq!(index.search(&store, &SearchQuery::text("protest")).unwrap().total, 1);
    let since_jan = SearchQuery {
        text: Some("minerals".into()),
        from: NaiveDate::from_ymd_opt(2025, 1, 15),
        limit: 10,
        ..Default::default()
    };
    assert_eq!(index.search(&store, &since_jan).unwrap().total, 1);
    let by_actor = SearchQuery { actor: Some("USA".into()), limit: 10, ..Default::default() };
    assert_eq!(index.search(&store, &by_actor).unwrap().total, 1);
    let by_actor = SearchQuery { actor: Some("ukrgov".into()), limit: 10, ..Default::default() };
    assert_eq!(index.search(&store, &by_actor).unwrap().total, 1);
    let by_root = SearchQuery { event: Some("19".into()), limit: 10, ..Default::default() };
    assert_eq!(index.search(&store, &by_root).unwrap().total, 1);
    let by_country = SearchQuery { country: Some("usa".into()), limit: 10, ..Default::default() };
    assert_eq!(index.search(&store, &by_country).unwrap().total, 1);
    let by_source = SearchQuery { source: Some("wire a".into()), limit: 10, ..Default::default() };
    let r = index.search(&store, &by_source).unwrap();
    assert_eq!(r.total, 2);
    assert_eq!(r.hits[0].day, "2025-01-10", "newest first without text");
    let by_entity = SearchQuery { entity: Some("marco rubio".into()), limit: 10, ..Default::default() };
    assert_eq!(index.search(&store, &by_entity).unwrap().total, 1);
}

#[test]
fn quotes_by_speaker_and_text() {
    let (store, index, _) = setup("quotes");
    let q = SearchQuery {
        text: Some("territory".into()),
        speaker: Some("Marco Rubio".into()),
        quotes: true,
        limit: 10,
        ..Default::default()
    };
    let r = index.search(&store, &q).unwrap();
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].snippet, "territory is not for sale");
    assert_eq!(r.hits[0].speaker.as_deref(), Some("Marco Rubio"));
}

#[test]
fn bad_queries_and_bounds() {
    let (store, index, _) = setup("bad");
    assert!(index.search(&store, &SearchQuery::text("title:(unclosed")).is_err());
    let huge = SearchQuery { limit: 1_000_000, offset: usize::MAX, ..Default::default() };
    let r = index.search(&store, &huge).unwrap();
    assert!(r.hits.len() <= MAX_PAGE);
    for inj in ["'; DROP TABLE articles; --", "\0", "((((((((((", "\"", "*"] {
        let _ = index.search(&store, &SearchQuery::text(inj));
    }
    assert_eq!(store.stats().unwrap().articles, 3);
}

#[test]
fn index_catches_up_after_a_crash_and_rebuilds() {
    let (mut store, index, dir) = setup("catchup");
    let wm = index.watermark().unwrap();
    // The store commits while the index does not (as if the process died
    // between the two commits).
    store
        .insert_batch(&[(doc("2025-03-01", "Wire C", "Ceasefire talks opened in Jeddah.", None, None), None, None)])
        .unwrap();
    drop(index);
    let index = SearchIndex::open(&dir.join("index")).unwrap();
    assert_eq!(index.watermark().unwrap(), wm);
    assert_eq!(index.search(&store, &SearchQuery::text("Jeddah")).unwrap().total, 0);
    assert_eq!(index.sync(&store).unwrap(), 1);
    assert_eq!(index.search(&store, &SearchQuery::text("Jeddah")).unwrap().total, 1);
    assert_eq!(index.sync(&store).unwrap(), 0, "nothing twice");
    assert_eq!(index.rebuild(&store).unwrap(), 4);
    assert_eq!(index.search(&store, &SearchQuery::text("minerals")).unwrap().total, 2, "no duplicates after rebuild");
}

use chrono::NaiveDate;

#[test]
fn facets_of_a_query_count_entities_actors_and_roots() {
    let (store, index, _) = setup("facets");
    let f = index.facets(&store, &SearchQuery::text("minerals"), 200, 10).unwrap();
    assert_eq!((f.total, f.sampled), (2, 2));
    assert_eq!(f.entities.len(), 1);
    assert_eq!((f.entities[0].name.as_str(), f.entities[0].articles), ("Marco Rubio", 1));
    let codes: Vec<(&str, u64, u64)> = f.actors.iter().map(|a| (a.code.as_str(), a.articles, a.events)).collect();
    // USAGOV: the entity and the event's source (one article, one event).
    assert!(codes.contains(&("USAGOV", 1, 1)), "{codes:?}");
    assert!(codes.contains(&("RUSMIL", 1, 1)) && codes.contains(&("UKR", 1, 1)), "{codes:?}");
    let roots: Vec<(u8, u64)> = f.event_roots.iter().map(|r| (r.root, r.events)).collect();
    assert_eq!(roots.len(), 2);
    assert!(roots.contains(&(3, 1)) && roots.contains(&(19, 1)), "{roots:?}");
    // A filter narrows the sample; `top` bounds each list.
    let q = SearchQuery { event: Some("19".into()), ..Default::default() };
    let f = index.facets(&store, &q, 200, 1).unwrap();
    assert_eq!((f.total, f.actors.len(), f.event_roots[0].root), (1, 1, 19));
}
