//! The `[[amounts]]` sections of the golden corpus (`testdata/golden/*.toml`).

use dateline_amounts::AmountExtractor;
use dateline_core::{AmountKind, Document, Pipeline};
use dateline_testkit::{assert_invariants, golden_cases, toml};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn golden_amounts() {
    dateline_testkit::shared_path("seed");
    let mut checked = 0;
    let (mut extra, mut listed_found) = (Vec::new(), 0usize);
    for case in golden_cases() {
        let expected = case.layer("amounts");
        if expected.is_empty() {
            continue;
        }
        let mut doc = Document::new(case.article.clone());
        let errors = Pipeline::segment_only().with(AmountExtractor::new()).run(&mut doc);
        assert!(errors.is_empty(), "{}: {errors:?}", case.name);
        assert_invariants!(doc);
        let got: Vec<String> = doc
            .amounts
            .iter()
            .map(|a| {
                format!(
                    "{:?} {} {:?} {:?} obj={:?}",
                    doc.slice(a.span),
                    a.kind.as_str(),
                    a.value,
                    a.unit,
                    a.object.map(|o| doc.slice(o))
                )
            })
            .collect();
        let exhaustive = case.expect.get("amounts_exhaustive").and_then(toml::Value::as_bool).unwrap_or(false);
        let mut matched = Vec::new();
        for e in expected {
            let text = e.get("text").and_then(toml::Value::as_str).expect("amount needs text");
            let nth = e.get("nth").and_then(toml::Value::as_integer).unwrap_or(0) as usize;
            let span = case.find(text, nth);
            let absent = e.get("absent").and_then(toml::Value::as_bool).unwrap_or(false);
            if absent {
                assert!(
                    !doc.amounts.iter().any(|a| a.span.overlaps(span)),
                    "{}: {text:?} must not be (part of) an amount; got {got:#?}",
                    case.name
                );
                checked += 1;
                continue;
            }
            let a = doc
                .amounts
                .iter()
                .find(|a| a.span == span)
                .unwrap_or_else(|| panic!("{}: no amount {text:?}; got {got:#?}", case.name));
            matched.push(a.span);
            listed_found += 1;
            if let Some(k) = e.get("kind").and_then(toml::Value::as_str) {
                assert_eq!(Some(a.kind), AmountKind::parse(k), "{}: kind of {text:?}", case.name);
            }
            if let Some(v) = e.get("value").and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64))) {
                assert!(a.value.is_some_and(|x| close(x, v)), "{}: value of {text:?}: {:?} != {v}", case.name, a.value);
            }
            if let Some(v) = e.get("value_max").and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
            {
                assert!(
                    a.value_max.is_some_and(|x| close(x, v)),
                    "{}: value_max of {text:?}: {:?} != {v}",
                    case.name,
                    a.value_max
                );
            }
            if let Some(u) = e.get("unit").and_then(toml::Value::as_str) {
                assert_eq!(a.unit.as_deref(), Some(u), "{}: unit of {text:?}", case.name);
            }
            if let Some(m) = e.get("modifier").and_then(toml::Value::as_str) {
                assert_eq!(a.modifier.as_deref(), Some(m), "{}: modifier of {text:?}", case.name);
            }
            if let Some(o) = e.get("object").and_then(toml::Value::as_str) {
                assert_eq!(a.object.map(|s| doc.slice(s)), Some(o), "{}: object of {text:?}", case.name);
            }
            checked += 1;
        }
        if exhaustive {
            for a in &doc.amounts {
                if !matched.contains(&a.span) {
                    extra.push(format!("{}: {:?}", case.name, doc.slice(a.span)));
                }
            }
        }
    }
    eprintln!(
        "golden amounts: {listed_found} listed amounts found; {} unlisted amounts in exhaustive files",
        extra.len()
    );
    assert!(extra.is_empty(), "amounts not in the exhaustive golden lists: {extra:#?}");
    assert!(checked >= 10, "only {checked} golden amounts checked");
}
