//! Hand-checked amounts in Reuters-21578 articles (`../shared/corpora/
//! reuters21578/reuters21578.jsonl`), referred to by newid and phrase, plus
//! a sweep over the first articles for invariants and volume.

use dateline_amounts::AmountExtractor;
use dateline_core::{AmountKind, Article, Document, Pipeline, PubDate};
use dateline_testkit::assert_invariants;
use std::collections::HashMap;

/// (newid, phrase = the amount's span with whitespace collapsed, kind, value, value_max, unit, modifier)
type Case = (u64, &'static str, &'static str, f64, Option<f64>, Option<&'static str>, Option<&'static str>);

const CASES: &[Case] = &[
    (1, "155,221", "count", 155221.0, None, None, None),
    (2, "55 pct", "percent", 55.0, None, Some("%"), None),
    (4, "15-20 mln dlrs", "range", 15e6, Some(20e6), Some("USD"), None),
    (4, "about 2.70 billion dlrs", "money", 2.7e9, None, Some("USD"), Some("approx")),
    (11, "34 cts", "money", 0.34, None, Some("USD"), None),
    (11, "1.19 dlrs", "money", 1.19, None, Some("USD"), None),
    (12, "15 cts", "money", 0.15, None, Some("USD"), None),
    (12, "82 pct", "percent", 82.0, None, Some("%"), None),
    (12, "67.1 mln dlrs", "money", 67.1e6, None, Some("USD"), None),
    (13, "seven cts", "money", 0.07, None, Some("USD"), None),
    (19, "37,000 long tons", "quantity", 37_593.735_3, None, Some("t"), None),
    (19, "119.05 dlrs", "money", 119.05, None, Some("USD"), None),
    (69, "117,866 tonnes", "quantity", 117_866.0, None, Some("t"), None),
    (70, "one-half", "fraction", 0.5, None, None, None),
    (79, "446 mln Canadian dlrs", "money", 446e6, None, Some("CAD"), None),
    (79, "about 100,000 metric tons", "quantity", 1e5, None, Some("t"), Some("approx")),
    (79, "400-500 mln dlrs", "range", 4e8, Some(5e8), Some("USD"), None),
    (88, "one-third", "fraction", 1.0 / 3.0, None, None, None),
    (161, "8-5/8 pct", "percent", 8.625, None, Some("%"), None),
    (161, "100 basis points", "percent", 100.0, None, Some("bp"), None),
    (179, "1.71 Swiss francs", "money", 1.71, None, Some("CHF"), None),
    (179, "an estimated two pct", "percent", 2.0, None, Some("%"), Some("approx")),
    (191, "22.26 Canadian dlrs", "money", 22.26, None, Some("CAD"), None),
    (191, "64 Canadian cts", "money", 0.64, None, Some("CAD"), None),
    (209, "two billion francs", "money", 2e9, None, Some("franc"), None),
    (217, "475 billion yen", "money", 475e9, None, Some("JPY"), None),
    (236, "less than 180,000 bpd", "quantity", 180_000.0, None, Some("bbl/d"), Some("less_than")),
    (236, "up to 4.0 mln bpd", "quantity", 4e6, None, Some("bbl/d"), Some("up_to")),
    (236, "almost three dollars", "money", 3.0, None, Some("USD"), Some("approx")),
    (248, "15.8 mln barrels per day", "quantity", 15.8e6, None, Some("bbl/d"), None),
    (260, "about five billion yen", "money", 5e9, None, Some("JPY"), Some("approx")),
    (260, "1,100", "count", 1100.0, None, None, None),
    (273, "3.8 mln bpd", "quantity", 3.8e6, None, Some("bbl/d"), None),
    (307, "around 800 mln stg", "money", 8e8, None, Some("GBP"), Some("approx")),
    (307, "some 1.61 billion stg", "money", 1.61e9, None, Some("GBP"), Some("approx")),
    (448, "42,000 ounces", "quantity", 42_000.0, None, Some("oz"), None),
    (448, "29.4 pct", "percent", 29.4, None, Some("%"), None),
    (505, "some 32 mln marks", "money", 32e6, None, Some("DEM"), Some("approx")),
];

/// (newid, phrase that must not be part of any amount)
const ABSENT: &[(u64, &str)] = &[(1, "February 22"), (12, "1986"), (11, "4th qtr"), (161, "First Boston")];

/// Objects checked: (newid, amount phrase, object text).
const OBJECTS: &[(u64, &str, &str)] = &[
    (2, "55 pct", "interest"),
    (12, "15 cts", "share"),
    (260, "1,100", "workers"),
    (448, "42,000 ounces", "gold"),
    (79, "about 100,000 metric tons", "newsprint"),
];

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn load(ids: &[u64]) -> HashMap<u64, Document> {
    let path = dateline_testkit::shared_path("corpora/reuters21578/reuters21578.jsonl");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let pipeline = Pipeline::segment_only().with(AmountExtractor::new());
    let mut out = HashMap::new();
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let id = v["newid"].as_u64().unwrap_or(0);
        if !ids.contains(&id) {
            continue;
        }
        let (Some(date), Some(body)) = (v["date"].as_str().and_then(PubDate::parse), v["body"].as_str()) else {
            continue;
        };
        let mut doc = Document::new(Article::new(date, body));
        assert!(pipeline.run(&mut doc).is_empty());
        assert_invariants!(doc);
        out.insert(id, doc);
    }
    out
}

#[test]
fn reuters_hand_checked() {
    let mut ids: Vec<u64> =
        CASES.iter().map(|c| c.0).chain(ABSENT.iter().map(|c| c.0)).chain(OBJECTS.iter().map(|c| c.0)).collect();
    ids.sort();
    ids.dedup();
    let docs = load(&ids);
    let mut failures = Vec::new();
    for &(id, phrase, kind, value, value_max, unit, modifier) in CASES {
        let doc = &docs[&id];
        let Some(a) = doc.amounts.iter().find(|a| collapse(doc.slice(a.span)) == phrase) else {
            let got: Vec<String> = doc.amounts.iter().map(|a| collapse(doc.slice(a.span))).collect();
            failures.push(format!("{id} {phrase:?}: not found in {got:?}"));
            continue;
        };
        let ok = Some(a.kind) == AmountKind::parse(kind)
            && a.value.is_some_and(|v| close(v, value))
            && a.value_max.map(|v| (v * 1e6).round()) == value_max.map(|v| (v * 1e6).round())
            && a.unit.as_deref() == unit
            && a.modifier.as_deref() == modifier;
        if !ok {
            failures.push(format!(
                "{id} {phrase:?}: got {:?} {:?}..{:?} {:?} {:?}",
                a.kind, a.value, a.value_max, a.unit, a.modifier
            ));
        }
    }
    for &(id, phrase) in ABSENT {
        let doc = &docs[&id];
        let Some(pos) = doc.text().find(phrase) else {
            failures.push(format!("{id}: phrase {phrase:?} not in article"));
            continue;
        };
        let span = dateline_core::Span::new(pos, pos + phrase.len());
        if let Some(a) = doc.amounts.iter().find(|a| a.span.overlaps(span)) {
            failures.push(format!("{id} {phrase:?} must not be an amount, got {:?}", doc.slice(a.span)));
        }
    }
    for &(id, phrase, object) in OBJECTS {
        let doc = &docs[&id];
        let got = doc
            .amounts
            .iter()
            .find(|a| collapse(doc.slice(a.span)) == phrase)
            .and_then(|a| a.object)
            .map(|o| collapse(doc.slice(o)));
        if got.as_deref() != Some(object) {
            failures.push(format!("{id} {phrase:?}: object {got:?} != {object:?}"));
        }
    }
    let total = CASES.len() + ABSENT.len() + OBJECTS.len();
    let passed = total - failures.len();
    eprintln!("reuters hand-checked: {passed}/{total}");
    assert!(failures.is_empty(), "{} of {total} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn reuters_sweep_volume_and_invariants() {
    let articles = dateline_testkit::reuters(300);
    let pipeline = Pipeline::segment_only().with(AmountExtractor::new());
    let mut by_kind: HashMap<&'static str, usize> = HashMap::new();
    let mut with_object = 0;
    let mut total = 0;
    for art in articles {
        let mut doc = Document::new(art);
        assert!(pipeline.run(&mut doc).is_empty());
        assert_invariants!(doc);
        for a in &doc.amounts {
            *by_kind.entry(a.kind.as_str()).or_default() += 1;
            total += 1;
            with_object += usize::from(a.object.is_some());
            assert!(a.value.is_some_and(f64::is_finite), "amount without value: {:?}", doc.slice(a.span));
            if let Some(o) = a.object {
                assert!(!o.overlaps(a.span), "object overlaps its amount");
            }
        }
    }
    eprintln!("300 Reuters articles: {total} amounts, {with_object} with object, {by_kind:?}");
    assert!(total > 2000, "{total}");
    assert!(by_kind.get("money").copied().unwrap_or(0) > 500);
    assert!(by_kind.get("percent").copied().unwrap_or(0) > 200);
}
