//! Golden tests: the `[[syntax]]` (token analyses) and `[[clauses]]`
//! sections of `testdata/golden/*.toml`, the seed article first.
mod common;

use dateline_core::Document;
use dateline_syntax::{clauses, Clause};
use dateline_testkit::{assert_invariants, golden_cases, GoldenCase};

fn tok_text(doc: &Document, i: usize) -> &str {
    doc.slice(doc.tokens[i].span)
}

fn find_clause<'a>(
    case: &GoldenCase,
    doc: &Document,
    view: &'a [Clause],
    t: &toml::Table,
) -> Result<&'a Clause, String> {
    let context = t.get("context").and_then(|v| v.as_str()).expect("clause needs `context`");
    let pred = t.get("predicate").and_then(|v| v.as_str()).expect("clause needs `predicate`");
    let span = case.find(context, 0);
    let idx = doc
        .tokens_in(span)
        .find(|&i| tok_text(doc, i) == pred)
        .ok_or_else(|| format!("{}: no token {pred:?} in {context:?}", case.name))?;
    view.iter().find(|c| c.predicate == idx).ok_or_else(|| {
        let t = &doc.tokens[idx];
        format!("{}: {pred:?} in {context:?} is not a predicate (upos {:?}, deprel {:?})", case.name, t.upos, t.deprel)
    })
}

fn strs(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn check_case(case: &GoldenCase) -> Vec<String> {
    let doc = common::parse(case.article.clone());
    assert_invariants!(doc);
    let mut fails = Vec::new();
    for t in case.layer("syntax") {
        let text = t.get("text").and_then(|v| v.as_str()).expect("syntax entry needs `text`");
        let nth = t.get("nth").and_then(|v| v.as_integer()).unwrap_or(0) as usize;
        let span = case.find(text, nth);
        let Some(i) = doc.tokens_in(span).next() else {
            fails.push(format!("{text}: no token"));
            continue;
        };
        let tok = &doc.tokens[i];
        if let Some(l) = t.get("lemma").and_then(|v| v.as_str()) {
            if tok.lemma.as_deref() != Some(l) {
                fails.push(format!("{text}: lemma {:?}, expected {l:?}", tok.lemma));
            }
        }
        if let Some(u) = t.get("upos").and_then(|v| v.as_str()) {
            if tok.upos.map(|x| x.as_str()) != Some(u) {
                fails.push(format!("{text}: upos {:?}, expected {u:?}", tok.upos));
            }
        }
        if let Some(f) = t.get("feats_contain").and_then(|v| v.as_str()) {
            if !tok.feats.as_deref().unwrap_or("").contains(f) {
                fails.push(format!("{text}: feats {:?} lack {f:?}", tok.feats));
            }
        }
    }
    let view = clauses(&doc);
    for t in case.layer("clauses") {
        // `xfail = true`: a known miss of the current model, printed but not
        // failing the suite (listed in the syntax layer's report).
        let xfail = t.get("xfail").and_then(|v| v.as_bool()).unwrap_or(false);
        let before = fails.len();
        let c = match find_clause(case, &doc, &view, &t) {
            Ok(c) => c,
            Err(e) if xfail => {
                println!("known miss (xfail): {e}");
                continue;
            }
            Err(e) => {
                fails.push(e);
                continue;
            }
        };
        let ctx = t.get("context").and_then(|v| v.as_str()).unwrap_or("");
        let mut bad = |m: String| fails.push(format!("{}: clause {ctx:?}: {m}", case.name));
        if let Some(m) = t.get("modality").and_then(|v| v.as_str()) {
            if c.modality.as_str() != m {
                bad(format!("modality {:?}, expected {m}", c.modality));
            }
        }
        if let Some(m) = t.get("voice").and_then(|v| v.as_str()) {
            if format!("{:?}", c.voice).to_lowercase() != m {
                bad(format!("voice {:?}, expected {m}", c.voice));
            }
        }
        if let Some(m) = t.get("tense").and_then(|v| v.as_str()) {
            if format!("{:?}", c.tense).to_lowercase() != m {
                bad(format!("tense {:?}, expected {m}", c.tense));
            }
        }
        if let Some(p) = t.get("perfect").and_then(|v| v.as_bool()) {
            if c.perfect != p {
                bad(format!("perfect {}, expected {p}", c.perfect));
            }
        }
        if let Some(p) = t.get("negated").and_then(|v| v.as_bool()) {
            if c.negated() != p {
                bad(format!("negated {}, expected {p}", c.negated()));
            }
        }
        let heads =
            |args: &[dateline_syntax::Arg]| args.iter().map(|a| tok_text(&doc, a.head).to_string()).collect::<Vec<_>>();
        for (key, args) in [("subjects", &c.subjects), ("objects", &c.objects), ("agents", &c.agents)] {
            let got = heads(args);
            for want in strs(&t, key) {
                if !got.contains(&want) {
                    bad(format!("{key} {got:?} lack {want:?}"));
                }
            }
            let contain_key = format!("{key}_contain");
            for want in strs(&t, &contain_key) {
                if !args.iter().any(|a| doc.slice(a.span).contains(&want)) {
                    bad(format!(
                        "no {key} phrase contains {want:?} (have {:?})",
                        args.iter().map(|a| doc.slice(a.span)).collect::<Vec<_>>()
                    ));
                }
            }
        }
        let quals: Vec<String> =
            c.subjects.iter().filter_map(|a| a.qualifier).map(|q| tok_text(&doc, q).to_string()).collect();
        for want in strs(&t, "qualifiers") {
            if !quals.contains(&want) {
                bad(format!("subject qualifiers {quals:?} lack {want:?}"));
            }
        }
        if let Some(n) = t.get("n_subjects").and_then(|v| v.as_integer()) {
            if c.subjects.len() != n as usize {
                bad(format!("{} subjects, expected {n}", c.subjects.len()));
            }
        }
        if xfail {
            for f in fails.drain(before..) {
                println!("known miss (xfail): {f}");
            }
        }
    }
    fails
}

#[test]
fn golden_syntax_and_clauses() {
    dateline_testkit::shared_path("seed");
    let mut all = Vec::new();
    let mut checked = 0;
    for case in golden_cases() {
        if case.layer("syntax").is_empty() && case.layer("clauses").is_empty() {
            continue;
        }
        checked += 1;
        all.extend(check_case(&case));
    }
    assert!(checked >= 1, "no golden case has syntax expectations");
    assert!(all.is_empty(), "golden failures:\n{}", all.join("\n"));
}

/// Names that are also modals or verbs, next to another capitalized word in
/// an ordinary sentence, are proper nouns; title-case headlines keep the
/// tagger's verbs.
#[test]
fn names_that_look_like_verbs() {
    let upos = |text: &str, word: &str| {
        let date = dateline_core::PubDate::parse("2025-03-11").unwrap();
        let doc = common::parse(dateline_core::Article::new(date, text));
        let t = doc.tokens.iter().find(|t| doc.slice(t.span) == word).expect("token");
        t.upos.map(|u| u.as_str().to_string()).unwrap_or_default()
    };
    assert_eq!(upos("\"We will win,\" said Will Doyle, a spokesman for the group.", "Will"), "PROPN");
    assert_eq!(upos("\"We will win,\" said Will Doyle, a spokesman for the group.", "Doyle"), "PROPN");
    assert_eq!(upos("\"We will win,\" said Will Doyle, a spokesman for the group.", "will"), "AUX");
    assert_eq!(upos("Officials Say Talks Will Resume", "Will"), "AUX");
    assert_eq!(upos("Officials Say Talks Will Resume", "Resume"), "VERB");
}
