//! Evaluators: PETRARCH's unit-test records (coded with the PETR.Validate
//! dictionaries) and PLOVER's gold records (CAMEO manual examples). Both run
//! each sentence through the caller's pipeline of earlier layers (segment,
//! syntax, entities, times) and then the event coder.

use crate::{cameo, EventError, EventExtractor};
use dateline_core::{Article, Document, Event, Extractor, Pipeline, PubDate};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// One expected coding: (source, target, event code).
pub type Coding = (String, String, String);

/// A PETRARCH unit-test record.
#[derive(Debug, Clone)]
pub struct PetrarchRecord {
    /// Record id.
    pub id: String,
    /// Category (DEMO, COMPOUND, AGENT...).
    pub category: String,
    /// Date YYYY-MM-DD.
    pub date: String,
    /// The sentence.
    pub text: String,
    /// Expected codings (empty when the record expects no event).
    pub expected: Vec<Coding>,
}

fn read(path: &Path) -> Result<String, EventError> {
    std::fs::read_to_string(path).map_err(|e| EventError::Io { path: path.display().to_string(), source: e })
}

/// Reads `petr_unittest_records.jsonl`.
pub fn petrarch_records(path: &Path) -> Result<Vec<PetrarchRecord>, EventError> {
    let bad = |m: String| EventError::Data { path: path.display().to_string(), message: m };
    let mut out = Vec::new();
    for (n, line) in read(path)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", n + 1)))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let d = s("date");
        let date = match (d.get(..4), d.get(4..6), d.get(6..)) {
            (Some(y), Some(m), Some(day)) if d.len() == 8 => format!("{y}-{m}-{day}"),
            _ => d,
        };
        let mut expected = Vec::new();
        for e in v.get("events").and_then(Value::as_array).into_iter().flatten() {
            let g = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
            // Codings with a missing side (5 of them) stay expected with an
            // empty code; the coder, which needs both actors, never produces them.
            if let Some(c) = g("eventcode") {
                expected.push((g("sourcecode").unwrap_or_default(), g("targetcode").unwrap_or_default(), c));
            }
        }
        out.push(PetrarchRecord { id: s("id"), category: s("category"), date, text: s("text"), expected });
    }
    Ok(out)
}

/// PETRARCH unit-test figures.
#[derive(Debug, Clone, Default)]
pub struct PetrarchReport {
    /// Records.
    pub records: usize,
    /// Expected codings.
    pub expected: usize,
    /// Expected codings produced exactly (source, target, code).
    pub exact: usize,
    /// Codings produced.
    pub produced: usize,
    /// Records with no false coding.
    pub clean_records: usize,
    /// Per category: (expected, exact).
    pub by_category: BTreeMap<String, (usize, usize)>,
    /// Per record: (id, expected, produced) for the records with a miss or a false coding.
    pub misses: Vec<(String, Vec<Coding>, Vec<Coding>)>,
}

impl PetrarchReport {
    /// Share of expected codings produced exactly.
    pub fn exact_share(&self) -> f64 {
        self.exact as f64 / self.expected.max(1) as f64
    }
    /// Share of records without a false coding.
    pub fn clean_share(&self) -> f64 {
        self.clean_records as f64 / self.records.max(1) as f64
    }
}

fn annotate(pipeline: &Pipeline, coder: &EventExtractor, date: &str, text: &str) -> Document {
    let date = PubDate::parse(date).or_else(|| PubDate::parse("2000-01-01"));
    let mut doc = match date {
        Some(d) => Document::new(Article::new(d, text)),
        None => return Document::new(Article::new(PubDate::Date(Default::default()), text)),
    };
    let _ = pipeline.run(&mut doc);
    let _ = coder.extract(&mut doc);
    doc
}

/// Runs the PETRARCH records through `pipeline` (segment, syntax, entities,
/// times) and `coder` (normally [`EventExtractor::with_dictionaries`]).
pub fn eval_petrarch(pipeline: &Pipeline, coder: &EventExtractor, records: &[PetrarchRecord]) -> PetrarchReport {
    let mut r = PetrarchReport { records: records.len(), ..PetrarchReport::default() };
    for rec in records {
        let doc = annotate(pipeline, coder, &rec.date, &rec.text);
        let produced: Vec<Coding> =
            doc.events.iter().filter_map(|e| Some((e.source.clone()?, e.target.clone()?, e.code.clone()))).collect();
        let mut left = produced.clone();
        let mut hit = 0;
        for exp in &rec.expected {
            if let Some(i) = left.iter().position(|p| p == exp) {
                left.remove(i);
                hit += 1;
            }
        }
        r.expected += rec.expected.len();
        r.exact += hit;
        r.produced += produced.len();
        let e = r.by_category.entry(rec.category.clone()).or_default();
        e.0 += rec.expected.len();
        e.1 += hit;
        if left.is_empty() {
            r.clean_records += 1;
        }
        if !left.is_empty() || hit < rec.expected.len() {
            r.misses.push((rec.id.clone(), rec.expected.clone(), produced));
        }
    }
    r
}

/// A PLOVER gold record.
#[derive(Debug, Clone)]
pub struct PloverRecord {
    /// Record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// PLOVER 0.5b1 category.
    pub event: String,
    /// Source country/IGO codes.
    pub sources: Vec<String>,
    /// Target codes (empty when the record has none).
    pub targets: Vec<String>,
    /// The record names its source actor (one record codes none).
    pub has_source: bool,
    /// The words of each `(EVT: ...)` span of the gold markup, lower case,
    /// in text order: where the gold says its event is.
    pub triggers: Vec<Vec<String>>,
}

/// The `(EVT: ...)` spans of a PLOVER markup string, as lower-case words.
pub fn markup_triggers(markup: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = markup;
    while let Some(i) = rest.find("EVT:") {
        let after = &rest[i + 4..];
        // The span ends at the parenthesis that closes it (spans may nest
        // another markup, "(SRC: (EVT: car bomb))").
        let mut depth = 0usize;
        let mut end = after.len();
        for (k, ch) in after.char_indices() {
            match ch {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    end = k;
                    break;
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        let words: Vec<String> = after[..end]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty() && !matches!(*w, "SRC" | "TAR" | "LOC"))
            .map(str::to_lowercase)
            .collect();
        if !words.is_empty() {
            out.push(words);
        }
        rest = after;
    }
    out
}

/// Reads `PLOVER_GSR_CAMEO.json` (skipping its DOCUMENT record).
pub fn plover_records(path: &Path) -> Result<Vec<PloverRecord>, EventError> {
    let v: Value = serde_json::from_str(&read(path)?)
        .map_err(|e| EventError::Data { path: path.display().to_string(), message: e.to_string() })?;
    let mut out = Vec::new();
    for r in v.as_array().into_iter().flatten() {
        let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        if s("event") == "DOCUMENT" || s("text").is_empty() {
            continue;
        }
        let codes = |k: &str| -> Vec<String> {
            r.get(k)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|a| a.get("code").and_then(Value::as_str).map(normalize_country))
                .collect()
        };
        let markup = r.get("textInfo").and_then(|t| t.get("markup")).and_then(Value::as_str).unwrap_or("");
        out.push(PloverRecord {
            id: s("id"),
            text: s("text"),
            event: s("event"),
            sources: codes("source"),
            targets: codes("target"),
            has_source: r.get("source").and_then(Value::as_array).is_some_and(|a| !a.is_empty()),
            triggers: markup_triggers(markup),
        });
    }
    Ok(out)
}

/// The gold records' few non-ISO country codes, as ISO 3166 alpha-3.
fn normalize_country(c: &str) -> String {
    match c {
        "JAP" => "JPN",
        "ITL" => "ITA",
        "VTN" => "VNM",
        other => other,
    }
    .to_string()
}

/// PLOVER gold figures.
#[derive(Debug, Clone, Default)]
pub struct PloverReport {
    /// Records.
    pub records: usize,
    /// Records with at least one event coded.
    pub coded: usize,
    /// Records whose main event has the gold category.
    pub category: usize,
    /// Records whose main event's source matches a gold source.
    pub source: usize,
    /// Records with a gold target.
    pub with_target: usize,
    /// Of those, records whose main event's target matches a gold target.
    pub target: usize,
    /// Records whose source and (if any) target both match.
    pub actors: usize,
    /// Confusion: (gold, predicted) -> count.
    pub confusion: BTreeMap<(String, String), usize>,
    /// Records with a wrong category or actor.
    pub misses: Vec<PloverMiss>,
}

/// A PLOVER record the coder got wrong.
#[derive(Debug, Clone)]
pub struct PloverMiss {
    /// Record id.
    pub id: String,
    /// Gold category.
    pub gold: String,
    /// Gold sources.
    pub gold_sources: Vec<String>,
    /// Gold targets.
    pub gold_targets: Vec<String>,
    /// Predicted category (`-` for none).
    pub predicted: String,
    /// Predicted source root.
    pub source: String,
    /// Predicted target root.
    pub target: String,
}

impl PloverReport {
    /// Category accuracy.
    pub fn category_share(&self) -> f64 {
        self.category as f64 / self.records.max(1) as f64
    }
    /// Actor accuracy (source and target).
    pub fn actor_share(&self) -> f64 {
        self.actors as f64 / self.records.max(1) as f64
    }
}

/// True when a predicted actor root matches one of the gold codes. The gold
/// (PLOVER 0.5b1) codes named international non-governmental bodies
/// (Red Cross, Red Crescent, Amnesty International) `IGO`, where CAMEO,
/// and so the coder, codes them `NGO` (`NGOIRC`, `NGOAMN`): a predicted
/// `NGO` matches a gold `IGO`. Gold `NGO` is kept for unnamed local
/// groups, which a predicted `IGO` does not match.
pub fn actor_matches(predicted_root: &str, gold: &[String]) -> bool {
    gold.iter().any(|g| g == predicted_root || g == "IGO" && predicted_root == "NGO")
}

fn actor_root(code: &str) -> String {
    code.get(..3).unwrap_or(code).to_string()
}

/// The main event of a sentence: the first with a source and a PLOVER
/// category, else the first with a category.
pub fn main_event(events: &[Event]) -> Option<&Event> {
    let has_cat = |e: &&Event| cameo::plover_v05(&e.code).is_some();
    events.iter().filter(has_cat).find(|e| e.source.is_some()).or_else(|| events.iter().find(has_cat))
}

/// The predicted event that stands for the gold record's event: the first
/// gold `(EVT: ...)` span that a predicted trigger (with a PLOVER category)
/// shares a word with picks it, one with a source first; when no trigger
/// meets a gold span, [`main_event`]. This aligns events by trigger, as
/// event-extraction scores do, and never looks at the gold actors.
pub fn aligned_event<'a>(events: &'a [Event], text: &str, triggers: &[Vec<String>]) -> Option<&'a Event> {
    let has_cat = |e: &&Event| cameo::plover_v05(&e.code).is_some();
    let words = |e: &Event| -> Vec<String> {
        text.get(e.trigger.start..e.trigger.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.len() >= 3)
            .map(str::to_lowercase)
            .collect()
    };
    for gold in triggers {
        let meets = |e: &&Event| words(e).iter().any(|w| gold.contains(w));
        let mut hits = events.iter().filter(has_cat).filter(meets);
        if let Some(e) = hits.clone().find(|e| e.source.is_some()).or_else(|| hits.next()) {
            return Some(e);
        }
    }
    main_event(events)
}

/// Runs the PLOVER records through `pipeline` and `coder` (the built-in
/// lexicon, [`EventExtractor::new`]).
pub fn eval_plover(pipeline: &Pipeline, coder: &EventExtractor, records: &[PloverRecord]) -> PloverReport {
    let mut r = PloverReport { records: records.len(), ..PloverReport::default() };
    for rec in records {
        let doc = annotate(pipeline, coder, "2000-01-01", &rec.text);
        let main = aligned_event(&doc.events, doc.text(), &rec.triggers);
        let predicted = main.and_then(|e| cameo::plover_v05(&e.code)).unwrap_or_else(|| "-".into());
        if main.is_some() {
            r.coded += 1;
        }
        *r.confusion.entry((rec.event.clone(), predicted.clone())).or_default() += 1;
        if predicted == rec.event {
            r.category += 1;
        }
        let src = main.and_then(|e| e.source.as_deref()).map(actor_root);
        let tgt = main.and_then(|e| e.target.as_deref()).map(actor_root);
        // A record that codes no source (a bombing by no one named) is
        // matched by an event without one.
        let src_ok = match &src {
            Some(s) => actor_matches(s, &rec.sources),
            None => !rec.has_source && main.is_some(),
        };
        let tgt_ok = tgt.as_ref().is_some_and(|t| actor_matches(t, &rec.targets));
        if src_ok {
            r.source += 1;
        }
        if !rec.targets.is_empty() {
            r.with_target += 1;
            if tgt_ok {
                r.target += 1;
            }
        }
        let actors_ok = src_ok && (rec.targets.is_empty() || tgt_ok);
        if actors_ok {
            r.actors += 1;
        }
        if !actors_ok || predicted != rec.event {
            r.misses.push(PloverMiss {
                id: rec.id.clone(),
                gold: rec.event.clone(),
                gold_sources: rec.sources.clone(),
                gold_targets: rec.targets.clone(),
                predicted,
                source: src.unwrap_or_default(),
                target: tgt.unwrap_or_default(),
            });
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::{actor_matches, markup_triggers};

    #[test]
    fn markup_trigger_spans() {
        let m = "(SRC: Israel) (EVT: reimposed blockades) in the (TAR: West Bank), a (SRC: (EVT: car bomb)) hit";
        let t = markup_triggers(m);
        assert_eq!(t, vec![vec!["reimposed".to_string(), "blockades".into()], vec!["car".into(), "bomb".into()]]);
        assert!(markup_triggers("no markup").is_empty());
    }

    #[test]
    fn ngo_matches_gold_igo_only() {
        let gold = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(actor_matches("USA", &gold(&["USA"])));
        assert!(!actor_matches("USA", &gold(&["RUS"])));
        assert!(actor_matches("NGO", &gold(&["IGO"])));
        assert!(!actor_matches("IGO", &gold(&["NGO"])));
        assert!(!actor_matches("NGO", &gold(&[])));
    }
}
