//! Attributions from a neural token tagger.
//!
//! A tagger (a fine-tuned MiniLM, see `scripts/nn/`) labels each WordPiece
//! of an article `O` or `B-`/`I-` of `SRC` (source), `CUE` or `CON`
//! (content), as PolNeAR annotates attributions. [`decode`] turns its
//! labels into attributions: spans of one role are runs of pieces (a `B-`
//! starts a new one; the pieces of one word share the first piece's role),
//! each content is tied to the nearest cue of its paragraph and each cue to
//! the nearest source of its sentence. The merge adds the attributions the
//! hand rules and the learned layer did not find.
//!
//! The tagger is a [`PieceTagger`], so the evaluation can replay a
//! tagger's output from a file (`quotes_eval --tagged FILE`) and the
//! pipeline can run one in process.

use crate::attribution::Ctx;
use crate::speaker::Resolver;
use dateline_core::{Document, Quote, QuoteKind, Span};
use std::collections::HashMap;

/// The tagger's labels, in the order of its scores.
pub const LABELS: [&str; 7] = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

/// One WordPiece of a text with the tagger's scores ([`LABELS`] order).
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedPiece {
    /// Byte start in the text.
    pub start: usize,
    /// Byte end in the text.
    pub end: usize,
    /// One score (logit) per label.
    pub logits: Vec<f32>,
}

/// A token tagger of attributions.
pub trait PieceTagger: Send + Sync + std::fmt::Debug {
    /// The pieces of `text` with their scores, in order.
    fn tag(&self, text: &str) -> Vec<TaggedPiece>;
}

impl PieceTagger for dateline_nn::Tagger {
    fn tag(&self, text: &str) -> Vec<TaggedPiece> {
        dateline_nn::Tagger::tag(self, text)
            .into_iter()
            .map(|p| TaggedPiece { start: p.start, end: p.end, logits: p.logits })
            .collect()
    }
}

/// The embedded tagger (`model/tagger.dlnn`, MiniLM-L6 fine-tuned on
/// PolNeAR train by `scripts/nn/train.py`, exported int8 by
/// `scripts/nn/export.py`), loaded on first use; None when the file holds
/// no model of [`LABELS`].
pub fn embedded() -> Option<std::sync::Arc<dyn PieceTagger>> {
    static MODEL: std::sync::OnceLock<Option<std::sync::Arc<dateline_nn::Tagger>>> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| {
            let t = dateline_nn::Tagger::from_bytes(MODEL_BYTES).ok()?;
            (t.labels().iter().map(String::as_str).eq(LABELS)).then(|| std::sync::Arc::new(t))
        })
        .clone()
        .map(|t| t as std::sync::Arc<dyn PieceTagger>)
}

static MODEL_BYTES: &[u8] = include_bytes!("../model/tagger.dlnn");

/// A tagger replayed from a file of its output, one piece a line: key
/// (article name), byte start, byte end, comma-separated logits, tab
/// separated; texts are matched by their content.
#[derive(Debug, Default)]
pub struct ReplayTagger {
    by_text: HashMap<String, Vec<TaggedPiece>>,
}

impl ReplayTagger {
    /// Reads `path`; `text_of` gives the text of an article key. A line
    /// that does not parse, or a key with no text, is an error naming the
    /// file and line.
    pub fn read(
        path: &std::path::Path,
        text_of: impl Fn(&str) -> Option<String>,
    ) -> Result<ReplayTagger, crate::QuoteError> {
        let shown = path.display().to_string();
        let raw =
            std::fs::read_to_string(path).map_err(|source| crate::QuoteError::Io { path: shown.clone(), source })?;
        let mut by_key: HashMap<String, Vec<TaggedPiece>> = HashMap::new();
        for (n, line) in raw.lines().enumerate() {
            let bad = || crate::QuoteError::BadTaggerLine {
                path: format!("{shown}:{}", n + 1),
                line: line.chars().take(200).collect(),
            };
            let mut f = line.split('\t');
            let key = f.next().ok_or_else(bad)?;
            let start = f.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
            let end = f.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
            let logits: Vec<f32> =
                f.next().ok_or_else(bad)?.split(',').map(|v| v.parse().map_err(|_| bad())).collect::<Result<_, _>>()?;
            if logits.len() != LABELS.len() {
                return Err(bad());
            }
            by_key.entry(key.to_string()).or_default().push(TaggedPiece { start, end, logits });
        }
        let mut by_text = HashMap::new();
        for (k, pieces) in by_key {
            let text = text_of(&k).ok_or_else(|| crate::QuoteError::BadTaggerLine {
                path: shown.clone(),
                line: format!("no text for article {k}"),
            })?;
            by_text.insert(text, pieces);
        }
        Ok(ReplayTagger { by_text })
    }
}

impl PieceTagger for ReplayTagger {
    fn tag(&self, text: &str) -> Vec<TaggedPiece> {
        self.by_text.get(text).cloned().unwrap_or_default()
    }
}

/// The most bytes of an article the tagger reads: 40,000, longer than any
/// PolNeAR article (34 KB) or Reuters-21578 body (13 KB), so about six
/// seconds on one core at worst; the rules still read the rest.
pub const MAX_TAGGED_BYTES: usize = 40_000;

/// The part of `text` the tagger reads: its first [`MAX_TAGGED_BYTES`]
/// bytes, cut back to a whitespace (or else a character boundary).
pub fn tagged_prefix(text: &str) -> &str {
    if text.len() <= MAX_TAGGED_BYTES {
        return text;
    }
    let mut end = MAX_TAGGED_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).filter(|&w| w > end / 2).unwrap_or(end);
    &text[..cut]
}

/// The role of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The source (who speaks).
    Source,
    /// The cue (the speech verb or phrase).
    Cue,
    /// The content (what is said).
    Content,
}

/// One attribution as the tagger reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The content spans, in order (one or more).
    pub content: Vec<Span>,
    /// The cue span.
    pub cue: Option<Span>,
    /// The source span.
    pub source: Option<Span>,
    /// The mean probability of the content pieces' labels.
    pub confidence: f32,
}

fn softmax_max(logits: &[f32]) -> (usize, f32) {
    let (best, &m) = logits.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).unwrap_or((0, &0.0));
    let z: f32 = logits.iter().map(|v| (v - m).exp()).sum();
    (best, 1.0 / z.max(1.0))
}

/// Spans of one role: (role, span, mean probability).
fn spans(text: &str, pieces: &[&TaggedPiece]) -> Vec<(Role, Span, f32)> {
    let mut out: Vec<(Role, Span, f32, usize)> = Vec::new();
    let mut prev: Option<(usize, bool)> = None; // (label, open)
    for (i, p) in pieces.iter().enumerate() {
        let (mut label, prob) = softmax_max(&p.logits);
        // A piece inside a word takes the role of the word's first piece.
        let inside = i > 0
            && pieces[i - 1].end == p.start
            && text[..p.start].chars().next_back().is_some_and(char::is_alphanumeric)
            && text[p.start..].chars().next().is_some_and(char::is_alphanumeric);
        if inside {
            if let Some((pl, _)) = prev {
                label = if pl == 0 { 0 } else { 2 * pl.div_ceil(2) };
            }
        }
        if label == 0 {
            prev = Some((0, false));
            continue;
        }
        let role = match label {
            1 | 2 => Role::Source,
            3 | 4 => Role::Cue,
            _ => Role::Content,
        };
        let begin = label % 2 == 1;
        let continues = !begin && prev.is_some_and(|(pl, _)| pl != 0 && pl.div_ceil(2) == label.div_ceil(2));
        match out.last_mut() {
            Some(last) if continues && last.0 == role => {
                last.1.end = p.end;
                last.2 += prob;
                last.3 += 1;
            }
            _ => out.push((role, Span::new(p.start, p.end), prob, 1)),
        }
        prev = Some((label, true));
    }
    out.into_iter().map(|(r, s, p, n)| (r, s, p / n as f32)).collect()
}

fn gap(a: Span, b: Span) -> usize {
    // One of the two is 0 for spans apart, both for overlapping ones.
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

/// The tagger's attributions in a document.
pub fn decode(doc: &Document, pieces: &[TaggedPiece]) -> Vec<Attribution> {
    let text = doc.text();
    // Pieces outside the text or off its character boundaries (a
    // tagger's or a replay file's fault) are left out, not sliced.
    let fits = |p: &&TaggedPiece| {
        p.start <= p.end
            && p.end <= text.len()
            && text.is_char_boundary(p.start)
            && text.is_char_boundary(p.end)
            && p.logits.len() == LABELS.len()
    };
    let pieces: Vec<&TaggedPiece> = pieces.iter().filter(fits).collect();
    let found = spans(text, &pieces);
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let para = |s: Span| breaks.partition_point(|&b| b < s.start);
    let sent = |s: Span| doc.sentence_at(s.start);
    let cues: Vec<Span> = found.iter().filter(|x| x.0 == Role::Cue).map(|x| x.1).collect();
    let sources: Vec<Span> = found.iter().filter(|x| x.0 == Role::Source).map(|x| x.1).collect();
    let mut by_cue: Vec<(Option<Span>, Attribution, usize)> = Vec::new();
    for &(role, span, prob) in &found {
        if role != Role::Content {
            continue;
        }
        let cue = cues.iter().copied().filter(|&c| para(c) == para(span)).min_by_key(|&c| gap(c, span));
        let source = cue.and_then(|c| {
            sources.iter().copied().filter(|&s| sent(s) == sent(c) && !span.contains(s)).min_by_key(|&s| gap(s, c))
        });
        match by_cue.iter_mut().find(|g| cue.is_some() && g.0 == cue) {
            Some(g) => {
                g.1.content.push(span);
                g.1.confidence += prob;
                g.2 += 1;
            }
            None => by_cue.push((cue, Attribution { content: vec![span], cue, source, confidence: prob }, 1)),
        }
    }
    by_cue
        .into_iter()
        .map(|(_, mut a, n)| {
            a.confidence /= n as f32;
            a
        })
        .collect()
}

/// Which tagger attributions the merge adds (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MergePolicy {
    /// Only attributions with a cue and a source.
    pub need_cue_and_source: bool,
    /// The least confidence (the mean probability of the contents'
    /// labels): 0.7 by default, chosen on PolNeAR train with two
    /// cross-fitted taggers (`scripts/nn/crossfit.sh`; train all F1 0.831
    /// with none, 0.841 at 0.6, 0.842 at 0.7, 0.840 at 0.8).
    pub min_confidence: f32,
    /// The fewest words in the contents, all taken together: 2 by default,
    /// chosen the same way (at least confidence 0.7, one-word contents
    /// such as "the" or "What" are 5 right of 27 on train).
    pub min_words: usize,
}

impl Default for MergePolicy {
    fn default() -> Self {
        MergePolicy { need_cue_and_source: true, min_confidence: 0.7, min_words: 2 }
    }
}

/// Adds to `quotes` the tagger's attributions whose contents and cue lie
/// clear of every quote already there (contents and cues), that have a cue
/// and a source and enough confidence (see [`MergePolicy`]), whose cue no rule rules out
/// ([`crate::lexicon::NEVER_CUES`]: a sale); the learned veto then reads
/// them as it reads the hand rules' reported speech.
pub(crate) fn merge(
    doc: &Document,
    ctx: &Ctx<'_>,
    resolver: &Resolver<'_>,
    attrs: &[Attribution],
    quotes: &mut Vec<Quote>,
    policy: MergePolicy,
) {
    let taken: Vec<Span> = quotes.iter().flat_map(|q| std::iter::once(q.span).chain(q.cue_span)).collect();
    let date = Some(doc.article.date.date().to_string());
    let mut added = Vec::new();
    for a in attrs {
        if policy.need_cue_and_source && (a.cue.is_none() || a.source.is_none()) {
            continue;
        }
        if a.confidence < policy.min_confidence {
            continue;
        }
        let words: usize = a.content.iter().map(|&c| doc.slice(c).split_whitespace().count()).sum();
        if words < policy.min_words {
            continue;
        }
        let clear = |s: Span| !taken.iter().any(|t| t.overlaps(s));
        if !a.content.iter().all(|&c| clear(c)) || !a.cue.is_none_or(clear) {
            continue;
        }
        let lemma = a.cue.map(|c| cue_lemma(doc, c));
        if lemma.as_deref().is_some_and(|l| crate::lexicon::NEVER_CUES.contains(&l)) {
            continue;
        }
        if refused(ctx, a) {
            continue;
        }
        let speaker = a.source.and_then(|s| resolver.resolve(s, None));
        for &c in &a.content {
            added.push(Quote {
                span: c,
                kind: QuoteKind::Indirect,
                speaker,
                speaker_span: a.source,
                cue_span: a.cue,
                cue: lemma.clone(),
                date: date.clone(),
            });
        }
    }
    crate::learned::veto(ctx, &mut added);
    quotes.extend(added);
}

/// True when the hand rules read what the tagger took for an attribution
/// as no speech, by the tests they apply to their own cues: the cue's
/// verb has a subject that says nothing ("The plan adds four berths"),
/// reports no speech here ("dismissed his finance minister", "The Lumen
/// shows films"), or has no clause after it and states a view only of a
/// claim or only "as" one and has neither ("rejected a bill", against
/// "rejected the accusations" or "denied that ..."; see
/// `Ctx::states_no_view`); or a content lies in quotation marks around a
/// title ("the poet wrote "Salt And Other Small Rivers"").
fn refused(ctx: &Ctx<'_>, a: &Attribution) -> bool {
    let doc = ctx.doc;
    let text = doc.text();
    // A title, not words handed over to an attribution with a comma.
    let title = a.content.iter().any(|&s| {
        ctx.runs.iter().any(|r| {
            r.inner.overlaps(s) && {
                let (raw, title) = crate::run_title(text, r);
                title && !raw.ends_with(',')
            }
        })
    });
    if title {
        return true;
    }
    let Some(cue) = a.cue else { return false };
    doc.tokens_in(cue).filter_map(|k| ctx.clause_of.get(k).copied().flatten()).any(|ci| {
        let c = &ctx.clauses[ci];
        ctx.mute_subject(c) || ctx.not_of_speech(c) || (c.complements.is_empty() && ctx.states_no_view(c))
    })
}

/// The lemma of a cue: its verb's, else its words lowercased.
fn cue_lemma(doc: &Document, cue: Span) -> String {
    let toks = &doc.tokens[doc.tokens_in(cue)];
    toks.iter()
        .find(|t| t.upos == Some(dateline_core::Upos::VERB))
        .and_then(|t| t.lemma.clone())
        .unwrap_or_else(|| doc.slice(cue).to_lowercase())
}
