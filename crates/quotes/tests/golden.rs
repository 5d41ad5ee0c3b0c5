//! The `[[quotes]]` sections of the golden corpus (`testdata/golden/*.toml`).
//!
//! Each expectation names the quote by `text` (its exact content span) or
//! `contains` (words its content span must hold, for reported clauses),
//! with optional `nth`, `kind`, `speaker` (the entity's name; `""` means
//! no speaker entity), `speaker_text`, `cue` and `date`. `absent = true`
//! says no quote may overlap `text` (scare quotes).

mod common;

use dateline_core::{Document, Quote};
use dateline_testkit::{assert_invariants, golden_cases, toml, GoldenCase};

fn describe(doc: &Document, q: &Quote) -> String {
    format!(
        "{:?} {} speaker={:?} ({:?}) cue={:?} date={:?}",
        doc.slice(q.span),
        q.kind.as_str(),
        q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str()),
        q.speaker_span.map(|s| doc.slice(s)),
        q.cue,
        q.date
    )
}

fn check_case(case: &GoldenCase, expected: &[toml::Table]) -> usize {
    let doc = common::annotate(case.article.clone());
    assert_invariants!(doc);
    let got: Vec<String> = doc.quotes.iter().map(|q| describe(&doc, q)).collect();
    let mut checked = 0;
    for e in expected {
        let s = |k: &str| e.get(k).and_then(toml::Value::as_str);
        let nth = e.get("nth").and_then(toml::Value::as_integer).unwrap_or(0) as usize;
        if e.get("absent").and_then(toml::Value::as_bool).unwrap_or(false) {
            let text = s("text").expect("absent needs text");
            let span = case.find(text, nth);
            assert!(
                !doc.quotes.iter().any(|q| q.span.overlaps(span) && q.kind == dateline_core::QuoteKind::Direct),
                "{}: {text:?} must not be a direct quote; got {got:#?}",
                case.name
            );
            checked += 1;
            continue;
        }
        let q = if let Some(text) = s("text") {
            let span = case.find(text, nth);
            doc.quotes.iter().find(|q| q.span == span).map(|q| (q, text))
        } else {
            let text = s("contains").expect("quote needs text or contains");
            let span = case.find(text, nth);
            doc.quotes.iter().filter(|q| q.span.contains(span)).min_by_key(|q| q.span.len()).map(|q| (q, text))
        };
        let Some((q, text)) = q else {
            panic!("{}: no quote {:?}; got {got:#?}", case.name, s("text").or(s("contains")));
        };
        assert_eq!(&doc.text()[q.span.range()], doc.slice(q.span));
        let here = describe(&doc, q);
        if let Some(k) = s("kind") {
            assert_eq!(q.kind.as_str(), k, "{}: kind of {text:?}: {here}", case.name);
        }
        if let Some(name) = s("speaker") {
            let got_name = q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str()).unwrap_or("");
            assert_eq!(got_name, name, "{}: speaker of {text:?}: {here}", case.name);
        }
        if let Some(st) = s("speaker_text") {
            assert_eq!(
                q.speaker_span.map(|sp| doc.slice(sp)),
                Some(st),
                "{}: speaker text of {text:?}: {here}",
                case.name
            );
        }
        // `cue = "a|b"`: either reading is right.
        if let Some(c) = s("cue") {
            assert!(
                c.split('|').any(|c| q.cue.as_deref() == Some(c)),
                "{}: cue of {text:?}: want {c:?}, got {:?}: {here}",
                case.name,
                q.cue
            );
        }
        if let Some(d) = s("date") {
            assert_eq!(q.date.as_deref(), Some(d), "{}: date of {text:?}: {here}", case.name);
        }
        checked += 1;
    }
    checked
}

#[test]
fn golden_quotes() {
    dateline_testkit::shared_path("seed");
    let mut checked = 0;
    let mut files = 0;
    for case in golden_cases() {
        let expected = case.layer("quotes");
        if expected.is_empty() {
            continue;
        }
        files += 1;
        checked += check_case(&case, &expected);
    }
    eprintln!("golden quotes: {checked} expectations in {files} files");
    assert!(files >= 3 && checked >= 20, "only {checked} golden quote expectations in {files} files");
}
