//! The neural tagger's decoding and merging, on a scripted tagger.

mod common;

use dateline_core::{Article, Document, PubDate, Span};
use dateline_quotes::neural::{decode, PieceTagger, Role, TaggedPiece, LABELS};
use dateline_quotes::QuoteExtractor;
use std::sync::Arc;

/// A tagger that labels the words of given phrases (by their text) and
/// splits words into pieces of at most four bytes, as WordPiece splits
/// long words.
#[derive(Debug)]
struct Scripted(Vec<(&'static str, Role)>);

fn onehot(label: usize) -> Vec<f32> {
    (0..LABELS.len()).map(|i| if i == label { 5.0 } else { 0.0 }).collect()
}

impl PieceTagger for Scripted {
    fn tag(&self, text: &str) -> Vec<TaggedPiece> {
        let mut spans: Vec<(Span, Role)> = Vec::new();
        for &(phrase, role) in &self.0 {
            let at = text.find(phrase).expect("phrase in text");
            spans.push((Span::new(at, at + phrase.len()), role));
        }
        let mut out = Vec::new();
        let mut prev: Option<usize> = None;
        let mut i = 0;
        let b = text.as_bytes();
        while i < b.len() {
            if b[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let word = b[i].is_ascii_alphanumeric();
            let mut j = i + 1;
            while j < b.len() && word && b[j].is_ascii_alphanumeric() {
                j += 1;
            }
            // pieces of at most four bytes
            let mut s = i;
            while s < j {
                let e = (s + 4).min(j);
                let hit = spans.iter().enumerate().find(|(_, (sp, _))| sp.start <= s && e <= sp.end);
                let label = match hit {
                    None => 0,
                    Some((k, (_, role))) => {
                        let base = match role {
                            Role::Source => 1,
                            Role::Cue => 3,
                            Role::Content => 5,
                        };
                        // The first piece of a span begins it; later ones
                        // continue it (the decoder keeps a word whole, so
                        // mislabel a word's second piece on purpose).
                        let first = prev != Some(k);
                        if first {
                            base
                        } else if s > i {
                            0
                        } else {
                            base + 1
                        }
                    }
                };
                prev = hit.map(|(k, _)| k);
                out.push(TaggedPiece { start: s, end: e, logits: onehot(label) });
                s = e;
            }
            i = j;
        }
        out
    }
}

const TEXT: &str = "The harbour master spoke on Monday.\n\nHarbour officials in Rotterdam had little patience for the plan to widen the old canal.";

fn doc() -> Document {
    let mut d = Document::new(Article::new(PubDate::parse("2024-05-06").unwrap(), TEXT.to_string()));
    assert!(common::layers().run(&mut d).is_empty());
    d
}

fn tagger() -> Scripted {
    Scripted(vec![
        ("Harbour officials in Rotterdam", Role::Source),
        ("had little patience for", Role::Cue),
        ("the plan to widen the old canal", Role::Content),
    ])
}

#[test]
fn decode_joins_pieces_into_spans_and_ties_content_cue_source() {
    let d = doc();
    let attrs = decode(&d, &tagger().tag(TEXT));
    assert_eq!(attrs.len(), 1, "{attrs:?}");
    let a = &attrs[0];
    assert_eq!(a.content.len(), 1);
    assert_eq!(&TEXT[a.content[0].start..a.content[0].end], "the plan to widen the old canal");
    let cue = a.cue.expect("cue");
    assert_eq!(&TEXT[cue.start..cue.end], "had little patience for");
    let src = a.source.expect("source");
    assert_eq!(&TEXT[src.start..src.end], "Harbour officials in Rotterdam");
    assert!(a.confidence > 0.9);
}

#[test]
fn merge_adds_what_the_rules_missed_and_keeps_what_they_found() {
    let mut d = doc();
    let without = dateline_quotes::find_quotes(&d);
    let q = QuoteExtractor::new().with_tagger(Arc::new(tagger()));
    use dateline_core::Extractor;
    q.extract(&mut d).unwrap();
    let content = "the plan to widen the old canal";
    assert!(
        !without.iter().any(|q| q.span.overlaps(Span::new(TEXT.find(content).unwrap(), TEXT.len()))),
        "{without:?}"
    );
    let hits: Vec<_> = d.quotes.iter().filter(|q| d.slice(q.span) == content).collect();
    assert_eq!(hits.len(), 1, "{:?}", d.quotes);
    // Whatever the rules found is still there.
    for w in &without {
        assert!(d.quotes.iter().any(|q| q.span == w.span), "lost {w:?}");
    }
    let h = hits[0];
    assert_eq!(h.speaker_span.map(|s| d.slice(s)), Some("Harbour officials in Rotterdam"));
    assert_eq!(h.cue.as_deref(), Some("have"));
}

#[test]
fn no_cue_no_source_no_addition() {
    let mut d = doc();
    let t = Scripted(vec![("the plan to widen the old canal", Role::Content)]);
    let before = dateline_quotes::find_quotes(&d);
    let q = QuoteExtractor::new().with_tagger(Arc::new(t));
    use dateline_core::Extractor;
    q.extract(&mut d).unwrap();
    assert_eq!(d.quotes, before);
}

#[test]
fn the_tagger_reads_a_bounded_prefix() {
    use dateline_quotes::neural::{tagged_prefix, MAX_TAGGED_BYTES};
    assert_eq!(tagged_prefix(TEXT), TEXT);
    let long = "Harbour officials said é ".repeat(5_000);
    let p = tagged_prefix(&long);
    assert!(p.len() <= MAX_TAGGED_BYTES && p.len() > MAX_TAGGED_BYTES / 2);
    assert!(long.starts_with(p));
    let no_space = "é".repeat(30_000);
    let q = tagged_prefix(&no_space);
    assert!(q.len() <= MAX_TAGGED_BYTES && q.len() >= MAX_TAGGED_BYTES - 1);
}

#[test]
fn a_malformed_replay_file_is_an_error_naming_file_and_line() {
    use dateline_quotes::neural::ReplayTagger;
    let dir = std::env::temp_dir().join(format!("dateline-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tagged.tsv");
    std::fs::write(&path, "a\t0\t3\t1,0,0,0,0,0,0\na\t4\tx\t1,0,0,0,0,0,0\n").unwrap();
    let err = ReplayTagger::read(&path, |_| Some(TEXT.to_string())).unwrap_err().to_string();
    assert!(err.contains("tagged.tsv:2"), "{err}");
    std::fs::write(&path, "a\t0\t3\t1,0,0\n").unwrap();
    assert!(ReplayTagger::read(&path, |_| Some(TEXT.to_string())).is_err());
    std::fs::write(&path, "a\t0\t3\t1,0,0,0,0,0,0\n").unwrap();
    let err = ReplayTagger::read(&path, |_| None).unwrap_err().to_string();
    assert!(err.contains("no text for article a"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Pieces from any tagger, out of bounds or off character boundaries
    /// included, decode without a panic into spans inside the text.
    #[test]
    fn decode_never_panics_and_keeps_spans_in_the_text(
        raw in proptest::collection::vec((0usize..200, 0usize..40, 0usize..7, 0usize..9), 0..60)
    ) {
        let d = doc();
        let text = d.text();
        let mut pieces: Vec<TaggedPiece> = raw
            .iter()
            .map(|&(s, len, label, n)| TaggedPiece { start: s, end: s + len, logits: if n == 8 { vec![1.0] } else { onehot(label) } })
            .collect();
        pieces.sort_by_key(|p| p.start);
        for a in decode(&d, &pieces) {
            for s in a.content.iter().chain(a.cue.iter()).chain(a.source.iter()) {
                proptest::prop_assert!(s.start <= s.end && s.end <= text.len());
                proptest::prop_assert!(text.get(s.start..s.end).is_some());
            }
        }
    }
}
