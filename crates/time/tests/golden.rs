//! Golden corpus: every `[[times]]` expectation of testdata/golden/*.toml.
//! A file that lists times must list all of them: extra times fail too.

use dateline_core::{Document, Pipeline};
use dateline_testkit::{assert_invariants, golden_cases};
use dateline_time::TimeExtractor;

#[test]
fn golden_times() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for case in golden_cases() {
        let expect = case.layer("times");
        if expect.is_empty() {
            continue;
        }
        let mut doc = Document::new(case.article.clone());
        let errs = Pipeline::segment_only().with(TimeExtractor::new()).run(&mut doc);
        assert!(errs.is_empty(), "{}: {errs:?}", case.name);
        assert_invariants!(doc);
        let mut matched = vec![false; doc.times.len()];
        for e in &expect {
            let text = e.get("text").and_then(|v| v.as_str()).expect("times entry needs text");
            let nth = e.get("nth").and_then(|v| v.as_integer()).unwrap_or(0) as usize;
            let value = e.get("value").and_then(|v| v.as_str()).expect("times entry needs value");
            let span = case.find(text, nth);
            checked += 1;
            match doc.times.iter().position(|t| t.span == span) {
                None => failures.push(format!(
                    "{}: {text:?}#{nth} not found (have: {:?})",
                    case.name,
                    doc.times.iter().map(|t| (doc.slice(t.span), t.value.as_str())).collect::<Vec<_>>()
                )),
                Some(k) => {
                    matched[k] = true;
                    let t = &doc.times[k];
                    if t.value != value {
                        failures.push(format!("{}: {text:?}#{nth} value {} != {value}", case.name, t.value));
                    }
                    if let Some(ty) = e.get("type").and_then(|v| v.as_str()) {
                        if t.kind.as_str() != ty {
                            failures.push(format!("{}: {text:?}#{nth} type {} != {ty}", case.name, t.kind.as_str()));
                        }
                    }
                    if let Some(m) = e.get("mod").and_then(|v| v.as_str()) {
                        if t.modifier.as_deref() != Some(m) {
                            failures.push(format!("{}: {text:?}#{nth} mod {:?} != {m}", case.name, t.modifier));
                        }
                    }
                    if let Some(a) = e.get("anchor").and_then(|v| v.as_str()) {
                        if t.anchor.as_deref() != Some(a) {
                            failures.push(format!("{}: {text:?}#{nth} anchor {:?} != {a}", case.name, t.anchor));
                        }
                    }
                }
            }
        }
        for (k, t) in doc.times.iter().enumerate() {
            if !matched[k] {
                failures.push(format!("{}: unexpected time {:?} = {}", case.name, doc.slice(t.span), t.value));
            }
        }
    }
    assert!(failures.is_empty(), "{} golden failures:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 30, "only {checked} golden times checked");
}
