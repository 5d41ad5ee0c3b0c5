//! Golden corpus: the `[[entities]]` sections of testdata/golden/*.toml.
use dateline_core::{Document, Pipeline};
use dateline_entities::EntityExtractor;
use dateline_testkit::{assert_invariants, golden_cases};

fn s(t: &dateline_testkit::toml::Table, k: &str) -> Option<String> {
    t.get(k).and_then(|v| v.as_str()).map(str::to_string)
}

fn list(t: &dateline_testkit::toml::Table, k: &str) -> Vec<String> {
    t.get(k)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

#[test]
fn golden_entities() {
    dateline_testkit::shared_path("seed/000_4f592e13d0db0899.txt");
    let ex = EntityExtractor::load().expect("model loads");
    let pipeline = Pipeline::segment_only().with(ex);
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in golden_cases() {
        let expect = case.layer("entities");
        if expect.is_empty() {
            continue;
        }
        let mut doc = Document::new(case.article.clone());
        assert!(pipeline.run(&mut doc).is_empty());
        assert_invariants!(doc);
        for t in &expect {
            checked += 1;
            if let (Some(kind), Some(n)) = (s(t, "count_kind"), t.get("count").and_then(|v| v.as_integer())) {
                let got = doc.entities.iter().filter(|e| e.kind.as_str() == kind).count();
                if got as i64 != n {
                    let names: Vec<&str> =
                        doc.entities.iter().filter(|e| e.kind.as_str() == kind).map(|e| e.name.as_str()).collect();
                    failures.push(format!("{}: {n} {kind} entities expected, got {got}: {names:?}", case.name));
                }
                continue;
            }
            let name = s(t, "name").unwrap_or_default();
            let kind = s(t, "kind").unwrap_or_default();
            let Some(e) = doc.entities.iter().find(|e| e.name == name && e.kind.as_str() == kind) else {
                let all: Vec<String> = doc.entities.iter().map(|e| format!("{} {}", e.kind.as_str(), e.name)).collect();
                failures.push(format!("{}: no {kind} entity named {name:?}; have {all:?}", case.name));
                continue;
            };
            if let Some(c) = s(t, "country") {
                if e.country.as_deref() != Some(c.as_str()) {
                    failures.push(format!("{}: {name}: country {:?}, expected {c}", case.name, e.country));
                }
            }
            if let Some(c) = s(t, "code") {
                if e.code.as_deref() != Some(c.as_str()) {
                    failures.push(format!("{}: {name}: code {:?}, expected {c}", case.name, e.code));
                }
            }
            for r in list(t, "roles") {
                if !e.roles.contains(&r) {
                    failures.push(format!("{}: {name}: role {r:?} missing from {:?}", case.name, e.roles));
                }
            }
            let texts: Vec<&str> = e.mentions.iter().map(|m| doc.slice(m.span)).collect();
            for m in list(t, "mentions") {
                if !texts.contains(&m.as_str()) {
                    failures.push(format!("{}: {name}: mention {m:?} missing from {texts:?}", case.name));
                }
            }
            if let Some(n) = t.get("min_mentions").and_then(|v| v.as_integer()) {
                if (texts.len() as i64) < n {
                    failures.push(format!("{}: {name}: {} mentions, expected at least {n}", case.name, texts.len()));
                }
            }
        }
    }
    assert!(checked > 0, "no [[entities]] expectations found");
    assert!(failures.is_empty(), "golden entity failures:\n{}", failures.join("\n"));
}

/// Every span of every mention reads as the text it claims, mentions are
/// sorted, ids are 0..n in order of first mention.
#[test]
fn seed_structure() {
    dateline_testkit::shared_path("seed/000_4f592e13d0db0899.txt");
    let mut doc = Document::new(dateline_testkit::seed_article());
    let pipeline = Pipeline::segment_only().with(EntityExtractor::load().expect("model loads"));
    assert!(pipeline.run(&mut doc).is_empty());
    assert_invariants!(doc);
    for (i, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id as usize, i);
        assert!(!e.mentions.is_empty());
        assert!(e.mentions.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        if i > 0 {
            assert!(doc.entities[i - 1].mentions[0].span.start <= e.mentions[0].span.start);
        }
    }
    let countries: Vec<&str> = doc.entities.iter().filter_map(|e| e.country.as_deref()).collect();
    for c in ["USA", "UKR", "RUS", "SAU"] {
        assert!(countries.contains(&c), "{c} not linked");
    }
}
