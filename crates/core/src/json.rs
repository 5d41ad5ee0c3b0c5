//! The JSON contract of `dateline extract --format json`.
//!
//! All `start`/`end` values are **Unicode code-point offsets** into
//! `article.text`, end exclusive, so Python's `text[start:end]` gives the
//! annotated words. Internally dateline works on byte offsets; this module is
//! the only place they are converted.

use crate::doc::Document;
use crate::span::{OffsetMap, Span};
use serde_json::{json, Map, Value};

fn sp(map: &OffsetMap, text: &str, span: Span, obj: &mut Map<String, Value>) {
    let (s, e) = map.char_span(span);
    obj.insert("start".into(), json!(s));
    obj.insert("end".into(), json!(e));
    obj.insert("text".into(), json!(span.get(text).unwrap_or("")));
}

fn opt_span(map: &OffsetMap, span: Option<Span>) -> (Value, Value) {
    match span {
        Some(s) => {
            let (a, b) = map.char_span(s);
            (json!(a), json!(b))
        }
        None => (Value::Null, Value::Null),
    }
}

/// Options for [`to_json`].
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonOptions {
    /// Include the `tokens` array (can be large).
    pub tokens: bool,
}

/// Renders a document in the public JSON contract.
pub fn to_json(doc: &Document, opts: JsonOptions) -> Value {
    let text = doc.text();
    let map = OffsetMap::new(text);
    let a = &doc.article;
    let mut root = Map::new();
    root.insert(
        "article".into(),
        json!({"id": a.id, "date": a.date.to_string(), "title": a.title, "source": a.source, "url": a.url, "text": a.text}),
    );
    root.insert(
        "sentences".into(),
        Value::Array(
            doc.sentences
                .iter()
                .map(|s| {
                    let (st, en) = map.char_span(s.span);
                    json!({"start": st, "end": en})
                })
                .collect(),
        ),
    );
    if opts.tokens {
        root.insert(
            "tokens".into(),
            Value::Array(
                doc.tokens
                    .iter()
                    .map(|t| {
                        let mut o = Map::new();
                        sp(&map, text, t.span, &mut o);
                        o.insert("upos".into(), json!(t.upos.map(|u| u.as_str())));
                        o.insert("xpos".into(), json!(t.xpos));
                        o.insert("lemma".into(), json!(t.lemma));
                        o.insert("feats".into(), json!(t.feats));
                        o.insert("head".into(), json!(t.head));
                        o.insert("deprel".into(), json!(t.deprel));
                        Value::Object(o)
                    })
                    .collect(),
            ),
        );
    }
    root.insert(
        "entities".into(),
        Value::Array(
            doc.entities
                .iter()
                .map(|e| {
                    let mentions: Vec<Value> = e
                        .mentions
                        .iter()
                        .map(|m| {
                            let mut o = Map::new();
                            sp(&map, text, m.span, &mut o);
                            o.insert("kind".into(), json!(m.kind));
                            Value::Object(o)
                        })
                        .collect();
                    json!({"id": e.id, "type": e.kind.as_str(), "name": e.name, "country": e.country,
                           "roles": e.roles, "code": e.code, "mentions": mentions})
                })
                .collect(),
        ),
    );
    root.insert(
        "times".into(),
        Value::Array(
            doc.times
                .iter()
                .map(|t| {
                    let mut o = Map::new();
                    sp(&map, text, t.span, &mut o);
                    o.insert("type".into(), json!(t.kind.as_str()));
                    o.insert("value".into(), json!(t.value));
                    o.insert("mod".into(), json!(t.modifier));
                    o.insert("anchor".into(), json!(t.anchor));
                    Value::Object(o)
                })
                .collect(),
        ),
    );
    root.insert(
        "amounts".into(),
        Value::Array(
            doc.amounts
                .iter()
                .map(|x| {
                    let mut o = Map::new();
                    sp(&map, text, x.span, &mut o);
                    o.insert("kind".into(), json!(x.kind.as_str()));
                    o.insert("value".into(), json!(x.value));
                    o.insert("value_max".into(), json!(x.value_max));
                    o.insert("unit".into(), json!(x.unit));
                    o.insert("object".into(), json!(x.object.and_then(|s| s.get(text))));
                    let (os, oe) = opt_span(&map, x.object);
                    o.insert("object_start".into(), os);
                    o.insert("object_end".into(), oe);
                    o.insert("mod".into(), json!(x.modifier));
                    Value::Object(o)
                })
                .collect(),
        ),
    );
    root.insert(
        "quotes".into(),
        Value::Array(
            doc.quotes
                .iter()
                .map(|q| {
                    let mut o = Map::new();
                    sp(&map, text, q.span, &mut o);
                    o.insert("kind".into(), json!(q.kind.as_str()));
                    o.insert("speaker".into(), json!(q.speaker));
                    o.insert("speaker_text".into(), json!(q.speaker_span.and_then(|s| s.get(text))));
                    let (ss, se) = opt_span(&map, q.speaker_span);
                    o.insert("speaker_start".into(), ss);
                    o.insert("speaker_end".into(), se);
                    o.insert("cue".into(), json!(q.cue));
                    let (cs, ce) = opt_span(&map, q.cue_span);
                    o.insert("cue_start".into(), cs);
                    o.insert("cue_end".into(), ce);
                    o.insert("date".into(), json!(q.date));
                    Value::Object(o)
                })
                .collect(),
        ),
    );
    root.insert(
        "events".into(),
        Value::Array(
            doc.events
                .iter()
                .map(|ev| {
                    let mut o = Map::new();
                    sp(&map, text, ev.span, &mut o);
                    let (ts, te) = map.char_span(ev.trigger);
                    o.insert("trigger".into(), json!(ev.trigger.get(text)));
                    o.insert("trigger_start".into(), json!(ts));
                    o.insert("trigger_end".into(), json!(te));
                    for (k, v) in [
                        ("code", json!(ev.code)),
                        ("root", json!(ev.root)),
                        ("quad", json!(ev.quad)),
                        ("goldstein", json!(ev.goldstein)),
                        ("plover", json!(ev.plover)),
                        ("plover_mode", json!(ev.plover_mode)),
                        ("source", json!(ev.source)),
                        ("target", json!(ev.target)),
                        ("source_entity", json!(ev.source_entity)),
                        ("target_entity", json!(ev.target_entity)),
                        ("date", json!(ev.date)),
                        ("location", json!(ev.location)),
                        ("mode", json!(ev.mode.as_str())),
                        ("negated", json!(ev.negated)),
                    ] {
                        o.insert(k.into(), v);
                    }
                    Value::Object(o)
                })
                .collect(),
        ),
    );
    Value::Object(root)
}
