//! The golden checks of the events layer (`testdata/golden/events_*.toml`),
//! shared by the `golden` test (shipped syntax models) and `events_eval
//! --golden` (any model dir).
use dateline_core::{Document, Extractor, Pipeline, Span};
use dateline_events::EventExtractor;
use dateline_testkit::{load_case, workspace_root, GoldenCase};

/// The golden cases (those naming a shared file need ../shared: a clear
/// failure without it).
pub fn cases() -> Vec<GoldenCase> {
    let dir = workspace_root().join("testdata/golden");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("events_")))
        .collect();
    paths.sort();
    dateline_testkit::shared_path("seed");
    paths.iter().map(|p| load_case(p)).collect()
}

fn get<'a>(t: &'a dateline_testkit::toml::Table, k: &str) -> Option<&'a str> {
    t.get(k).and_then(|v| v.as_str())
}

fn trigger_span(case: &GoldenCase, exp: &dateline_testkit::toml::Table) -> Span {
    let trigger = get(exp, "trigger").expect("every expectation names its trigger");
    if let Some(within) = get(exp, "within") {
        let outer = case.find(within, 0);
        let i = case.article.text[outer.start..outer.end]
            .find(trigger)
            .unwrap_or_else(|| panic!("{}: {trigger:?} not in {within:?}", case.name));
        return Span::new(outer.start + i, outer.start + i + trigger.len());
    }
    let nth = exp.get("nth").and_then(|v| v.as_integer()).unwrap_or(0) as usize;
    case.find(trigger, nth)
}

/// What one case's expectations gave.
pub struct CaseResult {
    /// The case's name.
    pub name: String,
    /// Expectations checked.
    pub checked: usize,
    /// Expectations that failed.
    pub failed: usize,
    /// What failed (one or more messages per failed expectation).
    pub failures: Vec<String>,
}

/// Runs every golden case through `pipeline` and the lexicon coder.
pub fn check(pipeline: &Pipeline) -> Vec<CaseResult> {
    let ex = EventExtractor::new();
    let mut out = Vec::new();
    for case in cases() {
        let mut failures = Vec::new();
        let mut checked = 0;
        let mut failed = 0;
        let mut seen = 0;
        let mut doc = Document::new(case.article.clone());
        let _ = pipeline.run(&mut doc);
        ex.extract(&mut doc).expect("events extract");
        assert!(dateline_testkit::check_invariants(&doc).is_empty(), "{}: invariants", case.name);
        let text = doc.text();
        for exp in case.layer("events") {
            if failures.len() > seen {
                failed += 1;
                seen = failures.len();
            }
            checked += 1;
            let span = trigger_span(&case, &exp);
            let want = get(&exp, "trigger").unwrap_or("");
            let absent = exp.get("absent").and_then(|v| v.as_bool()).unwrap_or(false);
            let on_trigger: Vec<_> = doc.events.iter().filter(|e| e.trigger == span).collect();
            if absent {
                if !on_trigger.is_empty() {
                    failures.push(format!("{}: {want:?} must not be an event, got {:?}", case.name, on_trigger));
                }
                continue;
            }
            let found = on_trigger.iter().find(|e| {
                get(&exp, "source").is_none_or(|s| e.source.as_deref() == Some(s))
                    && get(&exp, "target").is_none_or(|t| e.target.as_deref() == Some(t))
            });
            let Some(e) = found else {
                let near: Vec<String> = doc
                    .events
                    .iter()
                    .filter(|e| e.span.start <= span.start && span.end <= e.span.end)
                    .map(|e| {
                        format!("{:?} {} {:?}->{:?}", &text[e.trigger.start..e.trigger.end], e.code, e.source, e.target)
                    })
                    .collect();
                failures.push(format!("{}: no event on {want:?} with {exp:?}; around it: {near:?}", case.name));
                continue;
            };
            assert_eq!(&text[e.trigger.start..e.trigger.end], want);
            let mut check = |what: &str, got: Option<&str>| {
                if let Some(w) = get(&exp, what) {
                    if got != Some(w) {
                        failures.push(format!("{}: {want:?} {what}: expected {w:?}, got {got:?}", case.name));
                    }
                }
            };
            check("code", Some(e.code.as_str()));
            check("date", e.date.as_deref());
            check("location", e.location.as_deref());
            check("mode", Some(e.mode.as_str()));
            let info = dateline_events::cameo::lookup(&e.code).expect("a CAMEO code");
            assert_eq!((e.root, e.quad, e.goldstein), (info.root, info.quad, info.goldstein));
        }
        if failures.len() > seen {
            failed += 1;
        }
        out.push(CaseResult { name: case.name.clone(), checked, failed, failures });
    }
    out
}
