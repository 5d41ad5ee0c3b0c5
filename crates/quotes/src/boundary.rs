//! A learned choice of where a reported content ends.
//!
//! The hand rules and [`crate::learned`] take a cue's content from the
//! parse (a complement's or object's subtree, the words after the verb),
//! and the parse often draws it wider or narrower than a reader would: an
//! object's subtree runs on into an adverbial clause, an apposition or a
//! second verb phrase ("dropped the claim after the auditor checked the
//! books"), or stops at a noun the statement goes on from ("asked for an
//! outside panel to review the contract"). For each reported content
//! (indirect or mixed, with a cue no other content shares; the hand rules'
//! and the learned additions alike) this module ranks the content as drawn
//! against its cuts and runs:
//!
//! * a cut ends the content before one of its words (up to 16, the first
//!   ones first): a comma, semicolon, colon, dash or opening parenthesis,
//!   a conjunction, a preposition or a subordinator, or the pronouns
//!   "which", "who", "whom", "whose" and "that";
//! * a run, for a content after its cue that stops short of its sentence
//!   end, takes in the words after it: to the next comma, semicolon or em
//!   dash (looked for from the second token after the content, so a comma
//!   right after it is run over) and to the sentence end. A run never
//!   takes in a direct quote, a cue of another attribution or another
//!   attribution's content (the hand rules' and the direct quotes' for
//!   every content; the learned additions' too for an addition), see
//!   [`Blockers`], nor a relative clause right after a comma (", which
//!   surprised ...") or an adverbial clause of the cue (below).
//!
//! The content as drawn is first cut by hand before a finite "as" or
//! "when" clause with its own subject after the cue that the parse hangs
//! on the cue verb ("opposed the measure as he prepared his campaign",
//! `cue_adverbial`; not "just as", "even as"). A "when" or "where"
//! opening a clause is a cut point too. Runs have features of the first
//! word past their opening punctuation (", as", ", a") and of where their
//! words hang (the cue, the content's head, elsewhere), and of the kind
//! of word that opens them (a temporal or causal subordinator or
//! preposition, "with", a relative pronoun, "that", a conjunction, another
//! preposition: `opener`) by where they hang and the content's relation,
//! by whether the content is a clause with its own subject, and by
//! whether they hold a place or a time. The words after a
//! direct quote whose clause runs on past its closing mark (a mixed
//! quote with the direct quote's cue, which `redraw` never sees) are
//! redrawn too, among the cuts that keep the quoted words whole
//! (`redraw_tail`).
//!
//! Candidates have hashed features of the cut word and the word after it
//! (a closed-class word as itself, another by its tag), the parse of the
//! words cut off or added (the dependency relation and tag of their top
//! token and whether its head is the cue, the content's head or another
//! word of the content; whether they hold a verb, a verb with its own
//! subject, a speech or attitude verb, a time expression, the content's
//! head), the lengths kept and removed, whether the words kept leave a
//! quotation open, and the cue lemma; the content as drawn has its own
//! bias features, and it is kept unless another candidate scores more than
//! a margin above it.
//!
//! The ranking is the mean of ten averaged perceptrons, each over its own
//! shuffling of the training groups (`fit`), trained on PolNeAR train by
//! `dateline train quotes` (with the attribution model, see
//! [`crate::learned::train`]; a fixed 4 epochs, whatever `--epochs`):
//! for each reported content of the hand rules whose cue is a gold cue,
//! taken at the stage the runtime redraws it (before nesting, with the
//! same blockers), and for each (clause, argument) candidate of the
//! learned additions whose cue is a gold cue (read against the hand
//! rules' contents as drawn, its runs blocked by them as an addition's
//! are), the target is the candidate that
//! overlaps that gold content most (a match at 0.3 first, then at 0.8;
//! the content as drawn on ties), and the margin is the one whose
//! out-of-fold choices on five folds of train match most. It is embedded
//! from `crates/quotes/model/boundary.bin` and used with the learned
//! attributions (`with_learned(false)` leaves both out). Contents are
//! redrawn before the nesting rule of [`crate::find_quotes`], so a
//! statement cut off a content is an attribution of its own.
//!
//! On PolNeAR train, of the 9,766 contents of the hand rules (before
//! nesting) whose cue is a gold cue, 8,789 match their gold content at
//! overlap 0.3 as drawn, 8,956 with the cross-validated choices (9,311
//! with the best candidate of each); at 0.8, 6,734, 7,196 and 8,176. Of
//! the additions' 4,277 candidates with a gold cue, 2,572 match at 0.3 as
//! drawn and 2,806 with the choices (2,773 with a model trained on the
//! hand rules' contents alone); at 0.8, 1,526 and 1,729. The cut features
//! took the hand rules' contents from 8,938 / 7,113 to 8,956 / 7,196
//! (dev all-attribution F1 0.762 / 0.613 -> 0.766 / 0.621 with the
//! additions' groups); the shuffling's seed alone moves the 0.3 count by
//! about 8 (`QLEARN_BOUNDARY_ONLY=1` prints it for three more seeds).
//! Session qlong's hand cut, "when" cuts, blocked runs and run features:
//! as drawn 8,789 / 6,734 -> 8,794 / 6,741, cross-validated 8,956 / 7,196
//! -> 8,974 / 7,213 (of 9,765 contents); additions 2,806 / 1,729 -> 2,819
//! / 1,754 (the run features alone: 8,965 / 7,190, additions 2,811 /
//! 1,750).
//!
//! Session qbound (`QLEARN_BOUNDARY_ONLY=1 quotes_train`, the hand rules'
//! 9,768 contents with a gold cue; each figure with three more seeds):
//! cross-validated 8,972 / 7,202 at 0.3 / 0.8 (seeds 8,968 / 7,196, 8,959 /
//! 7,192, 8,969 / 7,199), additions 2,817 / 1,758. Kept: the runs' opener,
//! clause and place features (8,965 / 7,241 and 8,971 / 7,222, 8,967 /
//! 7,234, 8,960 / 7,223; under their final names, which hash elsewhere,
//! 8,965 / 7,214 and 8,963 / 7,221, 8,957 / 7,223, 8,962 / 7,223: about
//! +25 at 0.8, -5 at 0.3) and the mean
//! of ten perceptrons (with them 8,979 / 7,256 and 8,982 / 7,242, 8,968 /
//! 7,232, 8,975 / 7,250; additions 2,829 / 1,756; five perceptrons measure
//! the same, twenty 8,981 / 7,254 and 8,979 / 7,246, 8,972 / 7,238, 8,983 /
//! 7,255; ten without the run features 8,975 / 7,224). The full
//! retrain: train CV 0.766, with the veto 0.767 -> 0.768 (tp 14,167 ->
//! 14,190, predicted 17,121 -> 17,138); dev all F1 0.769 -> 0.769 (1,559
//! -> 1,561 correct), at 0.8 0.617 -> 0.623, speaker 0.878 -> 0.879.
//! Measured and dropped (all within the seed noise or worse): the same
//! opener and clause features on cuts (8,968 / 7,217, with ten
//! perceptrons 8,976 / 7,244), the hops from the cut-off words' head to
//! the content's head (8,958 / 7,201), a place or time cut off (8,962 /
//! 7,219), a conjunction before a verb by where it hangs (8,960 / 7,187),
//! 32 cuts instead of 16 (8,973 / 7,191); in training, 8 epochs (8,973 /
//! 7,207), perceptron steps scaled by the utility lost (8,945 / 7,179), a
//! margin-rescaled step against the highest-scoring worse candidate
//! (8,959-8,973), a softmax ranking with log loss (8,970 / 7,219, 10
//! epochs 8,970 / 7,226) or expected utility (8,870 / 6,975), and a
//! margin of its own for the runs (coordinate search, 8,967 / 7,243 with
//! the run features against 8,965 / 7,242 with one margin). On train the
//! annotators keep a trailing adjunct in the content more often than not:
//! a cut before "because" makes 8 contents match at 0.3 and loses 41,
//! "after" 17 and 31, "during" 5 and 23, "with" 23 and 235, ", including"
//! 6 and 23 (of the candidates of all training groups), so the dev misses
//! that run on past the gold content into such an adjunct are not cut.
//! Session qclust's word-cluster prefixes of the cut-off words' and the
//! run's top word lost 20-45 matches (see [`crate::learned`]): left out.

use crate::attribution::Ctx;
use crate::learned::{hash, hash_fmt, read_linear, write_linear, SpanIndex};
use dateline_core::{EntityKind, Quote, QuoteKind, Span, Upos};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Hashed feature space: 2^16 weights.
const BITS: u32 = 16;
const DIM: usize = 1 << BITS;
const MAGIC: &[u8; 8] = b"DLQBND01";
static MODEL_BYTES: &[u8] = include_bytes!("../model/boundary.bin");
static MODEL: OnceLock<Option<BoundaryModel>> = OnceLock::new();
/// Cut points tried per content, first ones first.
const MAX_CUTS: usize = 16;

/// The ranking weights.
#[derive(Debug, Clone)]
pub struct BoundaryModel {
    weights: Vec<f32>,
    /// A candidate replaces the content as drawn only when it scores more
    /// than this above it.
    pub margin: f32,
}

impl BoundaryModel {
    /// Reads a model file (None when it is empty or malformed).
    pub fn from_bytes(b: &[u8]) -> Option<BoundaryModel> {
        let (margin, weights) = read_linear(b, MAGIC, BITS)?;
        Some(BoundaryModel { weights, margin })
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        write_linear(MAGIC, BITS, self.margin, &self.weights)
    }

    /// A model with the given weights of named features (for tests and
    /// experiments): the names are the unhashed features of
    /// [`candidates`], e.g. `"o"` for every content as drawn, `"c"` for
    /// every cut and `"e"` for every run.
    pub fn from_features(features: &[(&str, f32)], margin: f32) -> BoundaryModel {
        let mut weights = vec![0f32; DIM];
        for (f, w) in features {
            weights[hash(f) as usize & (DIM - 1)] += w;
        }
        BoundaryModel { weights, margin }
    }

    /// The embedded model, loaded on first use (None before training).
    pub fn embedded() -> Option<&'static BoundaryModel> {
        MODEL.get_or_init(|| BoundaryModel::from_bytes(MODEL_BYTES)).as_ref()
    }

    fn score(&self, feats: &[u32]) -> f32 {
        feats.iter().map(|&f| self.weights[f as usize & (DIM - 1)]).sum()
    }

    /// The best candidate and how far it scores above the first, the
    /// content as drawn (the first on ties).
    fn best<'f>(&self, cands: impl Iterator<Item = &'f [u32]>) -> (usize, f32) {
        let mut best = (0, f32::NEG_INFINITY);
        let mut first = 0.0;
        for (k, f) in cands.enumerate() {
            let s = self.score(f);
            if k == 0 {
                first = s;
            }
            if s > best.1 {
                best = (k, s);
            }
        }
        (best.0, best.1 - first)
    }

    /// The candidate chosen: the best one when it scores more than the
    /// margin above the content as drawn, else that content.
    fn choose<'f>(&self, cands: impl Iterator<Item = &'f [u32]>) -> usize {
        match self.best(cands) {
            (k, gain) if gain > self.margin => k,
            _ => 0,
        }
    }
}

fn len_bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        9..=15 => "9-15",
        16..=30 => "16-30",
        _ => "31+",
    }
}

fn upos(ctx: &Ctx<'_>, k: usize) -> &'static str {
    ctx.doc.tokens[k].upos.map_or("none", Upos::as_str)
}

fn word(ctx: &Ctx<'_>, k: usize) -> String {
    crate::attribution::dash(ctx.doc.slice(ctx.doc.tokens[k].span)).to_lowercase()
}

/// The top token of tokens `a..b` (the first whose head is outside them)
/// and whether that head lies in `inside`.
fn top(ctx: &Ctx<'_>, a: usize, b: usize, inside: std::ops::Range<usize>) -> Option<(usize, bool)> {
    (a..b).find_map(|k| {
        let h = ctx.doc.tokens[k].head.map(|h| h as usize);
        match h {
            Some(h) if (a..b).contains(&h) => None,
            Some(h) => Some((k, inside.contains(&h))),
            None => Some((k, false)),
        }
    })
}

fn xpos<'a>(ctx: &'a Ctx<'a>, k: usize) -> &'a str {
    ctx.doc.tokens[k].xpos.as_deref().unwrap_or("-")
}

/// What tokens `a..b` hold: a verb with its own subject among them (a
/// clause of its own), a speech or attitude verb (another statement), a
/// time expression.
fn holds(ctx: &Ctx<'_>, a: usize, b: usize) -> (bool, bool, bool) {
    let doc = ctx.doc;
    let subj = (a..b).any(|k| {
        let t = &doc.tokens[k];
        t.deprel.as_deref().is_some_and(|d| d.starts_with("nsubj") || d.starts_with("csubj"))
            && t.head.is_some_and(|h| (a..b).contains(&(h as usize)))
    });
    let speech = (a..b).any(|k| {
        matches!(doc.tokens[k].upos, Some(Upos::VERB)) && ctx.lemma(k).is_some_and(|l| crate::lexicon::is_speech(&l))
    });
    let (s, e) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    let time = doc.times.iter().any(|t| t.span.start >= s && t.span.end <= e);
    (subj, speech, time)
}

/// The first token of an adverbial clause of the cue among tokens
/// `a..b`: a finite clause with its own subject after the cue, opened by
/// "as" or "when" (not "just as", "even as"), that the parse hangs on a
/// cue word (`cue`), not on a word of the content ("said the plan would
/// fail, as rivals prepared their own"; "opposed the measure as he
/// prepared his campaign"). It is the speaker's circumstance, no part of
/// what was said.
fn cue_adverbial(ctx: &Ctx<'_>, a: usize, b: usize, cue: &std::ops::Range<usize>) -> Option<usize> {
    let doc = ctx.doc;
    (a..b).find(|&m| {
        let t = &doc.tokens[m];
        let opener = match word(ctx, m).as_str() {
            "as" => t.deprel.as_deref() == Some("mark"),
            "when" => matches!(t.deprel.as_deref(), Some("mark" | "advmod")),
            _ => false,
        };
        // ("just as Clinton did", "even as": a comparison or concession
        // of the statement.)
        if !opener || (m > 0 && doc.tokens[m - 1].upos == Some(Upos::ADV)) {
            return false;
        }
        let Some(v) = t.head.map(|h| h as usize) else { return false };
        let child = |j: usize, rel: &str| {
            doc.tokens[j].head == Some(v as u32) && doc.tokens[j].deprel.as_deref().is_some_and(|d| d.starts_with(rel))
        };
        // A finite clause ("described the dinner as Washington celebrating
        // itself" is the verb's "as" phrase).
        let finite = |j: usize| matches!(xpos(ctx, j), "VBD" | "VBZ" | "VBP" | "MD");
        // (After the cue: a fronted statement's clause the parse hung on
        // the verb after it is the statement's.)
        m >= cue.end
            && v > m
            && v < b
            && doc.tokens[v].deprel.as_deref().is_some_and(|d| d.starts_with("advcl"))
            && doc.tokens[v].head.is_some_and(|h| cue.contains(&(h as usize)))
            && (m + 1..v).any(|j| child(j, "nsubj"))
            && (finite(v) || (m + 1..v).any(|j| child(j, "aux") && finite(j)))
    })
}

/// Whether the words `a..b` leave a quotation open (an odd number of
/// quotation marks).
fn open_quote(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let n: usize = (a..b)
        .map(|k| ctx.doc.slice(ctx.doc.tokens[k].span).chars().filter(|c| matches!(c, '"' | '“' | '”')).count())
        .sum();
    n % 2 == 1
}

/// A closed-class word stands as itself, any other as its Penn tag.
fn shape(ctx: &Ctx<'_>, k: usize) -> String {
    match ctx.doc.tokens[k].upos {
        Some(Upos::ADP | Upos::SCONJ | Upos::CCONJ | Upos::PRON | Upos::DET | Upos::PART | Upos::AUX | Upos::PUNCT) => {
            word(ctx, k)
        }
        _ => xpos(ctx, k).to_string(),
    }
}

/// The kind of word a cut or a run opens with: a temporal or causal
/// subordinator or preposition ("after", "because", "during"), another
/// preposition, a relative pronoun, a coordinating conjunction, a
/// punctuation mark, other.
fn opener(ctx: &Ctx<'_>, k: usize) -> &'static str {
    match word(ctx, k).as_str() {
        "after" | "before" | "during" | "while" | "until" | "since" | "amid" | "following" | "when" | "whenever"
        | "as" | "once" => "time",
        "because" | "despite" | "although" | "though" | "unless" | "if" | "so" => "cause",
        "with" | "without" => "with",
        "which" | "who" | "whom" | "whose" | "where" => "rel",
        "that" => "that",
        "," | ";" | ":" | "—" | "–" | "-" | "--" | "(" => "punct",
        _ => match ctx.doc.tokens[k].upos {
            Some(Upos::CCONJ) => "cc",
            Some(Upos::ADP) => "prep",
            Some(Upos::SCONJ) => "sconj",
            _ => "other",
        },
    }
}

/// Whether tokens `a..b` hold a mention of a place (a country, city or
/// other location).
fn holds_place(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let doc = ctx.doc;
    let (s, e) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    doc.entities
        .iter()
        .filter(|en| matches!(en.kind, EntityKind::Gpe | EntityKind::Loc))
        .any(|en| en.mentions.iter().any(|m| m.span.start >= s && m.span.end <= e))
}

fn is_cut(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.doc.slice(ctx.doc.tokens[k].span);
    match ctx.doc.tokens[k].upos {
        Some(Upos::CCONJ | Upos::SCONJ | Upos::ADP) => true,
        Some(Upos::PRON) => matches!(w.to_ascii_lowercase().as_str(), "which" | "who" | "whom" | "whose" | "that"),
        // "when", "where" opening a clause (tagged as adverbs).
        _ if matches!(w.to_ascii_lowercase().as_str(), "when" | "where" | "whenever" | "wherever") => true,
        _ => matches!(w, "," | ";" | ":" | "—" | "–" | "-" | "--" | "("),
    }
}

/// What the runs of a content may not take in: the contents and cues of
/// the other attributions of its document (direct quotes, their cues,
/// reported speech).
pub struct Blockers {
    spans: SpanIndex,
}

impl Blockers {
    /// The contents and cues of `quotes` and the `more` spans (direct
    /// quotes and their cues, say).
    pub fn new(quotes: &[Quote], more: &[Span]) -> Blockers {
        let spans = quotes.iter().flat_map(|q| std::iter::once(q.span).chain(q.cue_span)).chain(more.iter().copied());
        Blockers { spans: SpanIndex::new(spans.filter(|s| !s.is_empty())) }
    }

    /// None.
    pub fn none() -> Blockers {
        Blockers::new(&[], &[])
    }

    /// Whether words `between` take in a blocking span other than the cue
    /// `own` (a content's own cue, which a direct quote continuing its
    /// reported speech shares).
    fn blocks(&self, between: Span, own: Option<Span>) -> bool {
        self.spans.overlapping(between).any(|b| Some(b) != own)
    }
}

/// The candidate contents of a reported quote with their features: the
/// content as drawn first, then its cuts, then its runs to the next comma
/// and to the sentence end where they take in nothing of `blockers` (the
/// document's other attributions) but the quote's own cue. Each span once.
pub fn candidates(ctx: &Ctx<'_>, q: &Quote, blockers: &Blockers) -> Vec<(Span, Vec<u32>)> {
    let mut out = drawn_candidates(ctx, q, blockers);
    // (The features are hashed into the attribution model's wider space.)
    for (_, f) in &mut out {
        f.iter_mut().for_each(|x| *x &= DIM as u32 - 1);
    }
    out
}

fn drawn_candidates(ctx: &Ctx<'_>, q: &Quote, blockers: &Blockers) -> Vec<(Span, Vec<u32>)> {
    let doc = ctx.doc;
    let cue_toks = q.cue_span.map_or(0..0, |c| doc.tokens_in(c));
    // The content as drawn ends before an adverbial clause of its cue.
    let span = {
        let r = doc.tokens_in(q.span);
        match cue_adverbial(ctx, r.start + 1, r.end, &cue_toks) {
            Some(m) => ctx.trim(Span::new(q.span.start, doc.tokens[m - 1].span.end)),
            None => q.span,
        }
    };
    let span = if span.is_empty() { q.span } else { span };
    let range = doc.tokens_in(span);
    let lemma = q.cue.as_deref().unwrap_or("-");
    let kind = q.kind.as_str();
    let n = range.len();
    let side = match q.cue_span {
        Some(c) if c.end <= span.start => "after",
        Some(c) if c.start >= span.end => "before",
        _ => "around",
    };
    let has_verb = |a: usize, b: usize| (a..b).any(|k| matches!(doc.tokens[k].upos, Some(Upos::VERB | Upos::AUX)));
    let sentence = doc.sentence_at(span.end.saturating_sub(1)).and_then(|s| doc.sentences.get(s));
    let sent_end = sentence.map_or(span.end, |s| s.span.end);
    let sent_toks = doc.tokens_in(Span::new(span.end, sent_end.max(span.end)));
    let rest_words = sent_toks.clone().filter(|&k| doc.tokens[k].upos != Some(Upos::PUNCT)).count();
    let lb = len_bucket(n);
    // The content's head: its first word whose head is outside it.
    let root = top(ctx, range.start, range.end, 0..0).map(|(t, _)| t);
    let rd = root.and_then(|r| doc.tokens[r].deprel.as_deref()).unwrap_or("-");
    // A full clause: the content's head has a subject of its own.
    let clause = root.is_some_and(|r| {
        range.clone().any(|j| {
            doc.tokens[j].head == Some(r as u32)
                && doc.tokens[j].deprel.as_deref().is_some_and(|d| d.starts_with("nsubj") || d.starts_with("csubj"))
        })
    });
    let mut out = vec![(
        span,
        vec![
            hash("o"),
            hash_fmt(format_args!("o|len={lb}")),
            hash_fmt(format_args!("o|k={kind}")),
            hash_fmt(format_args!("o|l={lemma}")),
            hash_fmt(format_args!("o|l|len={lemma}|{lb}")),
            hash_fmt(format_args!("o|side={side}")),
            hash_fmt(format_args!("o|rest={}", len_bucket(rest_words))),
            hash_fmt(format_args!("o|side|rest={side}|{}", rest_words == 0)),
        ],
    )];
    if n < 2 {
        return out;
    }
    let mut ord = 0;
    for k in range.start + 1..range.end {
        if ord >= MAX_CUTS {
            break;
        }
        if !is_cut(ctx, k) {
            continue;
        }
        let cut = ctx.trim(Span::new(span.start, doc.tokens[k - 1].span.end));
        // (", and" cuts twice to one span: the first cut keeps it.)
        if cut.is_empty() || out.iter().any(|(s, _)| *s == cut) {
            continue;
        }
        ord += 1;
        let w = word(ctx, k);
        let u = upos(ctx, k);
        let d = doc.tokens[k].deprel.as_deref().unwrap_or("-");
        let cut_top = top(ctx, k, range.end, range.start..k);
        let (td, tu, tin) = match cut_top {
            Some((t, inside)) => (doc.tokens[t].deprel.as_deref().unwrap_or("-"), upos(ctx, t), inside),
            None => ("-", "-", false),
        };
        let kept = len_bucket(k - range.start);
        let rem = len_bucket(range.end - k);
        let next = if k + 1 < range.end { upos(ctx, k + 1) } else { "end" };
        let prev = word(ctx, k - 1);
        let tv = has_verb(k, range.end);
        let kv = has_verb(range.start, k);
        let ob = if ord > 3 { 4 } else { ord };
        let first = !(range.start + 1..k)
            .any(|j| doc.slice(doc.tokens[j].span).chars().flat_map(char::to_lowercase).eq(w.chars()));
        let frac = 4 * (k - range.start) / n;
        let (subj, speech, time) = holds(ctx, k, range.end);
        let nshape = if k + 1 < range.end { shape(ctx, k + 1) } else { "end".to_string() };
        let tx = cut_top.map_or("-", |(t, _)| xpos(ctx, t));
        let thead = match cut_top.and_then(|(t, _)| doc.tokens[t].head) {
            Some(h) if cue_toks.contains(&(h as usize)) => "cue",
            Some(h) if Some(h as usize) == root => "root",
            Some(h) if range.contains(&(h as usize)) => "in",
            _ => "out",
        };
        let inq = open_quote(ctx, range.start, k);
        let root_cut = root.is_some_and(|r| r >= k);
        let nd = if k + 1 < range.end { doc.tokens[k + 1].deprel.as_deref().unwrap_or("-") } else { "end" };
        let (ksubj, _, _) = holds(ctx, range.start, k);
        out.push((
            cut,
            vec![
                hash_fmt(format_args!("c|nd={w}|{nd}")),
                hash_fmt(format_args!("c|kl={}", xpos(ctx, k - 1))),
                hash_fmt(format_args!("c|rd|w={rd}|{w}")),
                hash_fmt(format_args!("c|rd|td={rd}|{td}")),
                hash_fmt(format_args!("c|root={w}|{root_cut}")),
                hash_fmt(format_args!("c|root|td={root_cut}|{td}")),
                hash_fmt(format_args!("c|ksubj={ksubj}|{subj}")),
                hash_fmt(format_args!("c|subj={w}|{subj}")),
                hash_fmt(format_args!("c|subj|td={subj}|{td}")),
                hash_fmt(format_args!("c|sp={speech}")),
                hash_fmt(format_args!("c|w|sp={w}|{speech}")),
                hash_fmt(format_args!("c|time={w}|{time}")),
                hash_fmt(format_args!("c|nsh={w}|{nshape}")),
                hash_fmt(format_args!("c|tx={w}|{tx}")),
                hash_fmt(format_args!("c|thead={thead}|{td}")),
                hash_fmt(format_args!("c|w|thead={w}|{thead}")),
                hash_fmt(format_args!("c|inq={inq}")),
                hash_fmt(format_args!("c|w|inq={w}|{inq}")),
                hash("c"),
                hash_fmt(format_args!("c|w={w}")),
                hash_fmt(format_args!("c|u={u}")),
                hash_fmt(format_args!("c|d={d}")),
                hash_fmt(format_args!("c|td={td}|{tin}")),
                hash_fmt(format_args!("c|tu={tu}")),
                hash_fmt(format_args!("c|w|td={w}|{td}")),
                hash_fmt(format_args!("c|ord={ob}")),
                hash_fmt(format_args!("c|w|ord={w}|{ob}")),
                hash_fmt(format_args!("c|kept={kept}")),
                hash_fmt(format_args!("c|rem={rem}")),
                hash_fmt(format_args!("c|w|kept={w}|{kept}")),
                hash_fmt(format_args!("c|w|rem={w}|{rem}")),
                hash_fmt(format_args!("c|l|w={lemma}|{w}")),
                hash_fmt(format_args!("c|k|w={kind}|{w}")),
                hash_fmt(format_args!("c|side|w={side}|{w}")),
                hash_fmt(format_args!("c|nx={w}|{next}")),
                hash_fmt(format_args!("c|pw={prev}")),
                hash_fmt(format_args!("c|v={kv}|{tv}")),
                hash_fmt(format_args!("c|w|v={w}|{kv}|{tv}")),
                hash_fmt(format_args!("c|td|v={td}|{tv}")),
                hash_fmt(format_args!("c|l|td={lemma}|{td}")),
                hash_fmt(format_args!("c|k|td={kind}|{td}")),
                hash_fmt(format_args!("c|first={w}|{first}")),
                hash_fmt(format_args!("c|frac={frac}")),
                hash_fmt(format_args!("c|w|frac={w}|{frac}")),
            ],
        ));
    }
    // The runs to the next comma (semicolon, em dash; from the second
    // token after the content on) and to the sentence end, for a content
    // after its cue that stops short of it.
    let mut ends = Vec::new();
    if side == "after" && rest_words > 0 {
        let stop = (sent_toks.start + 1..sent_toks.end).find(|&j| matches!(word(ctx, j).as_str(), "," | ";" | "—"));
        if let Some(j) = stop {
            ends.push(("clause", doc.tokens[j].span.start));
        }
        ends.push(("sentence", sent_end));
    }
    let mut last_end = span.end;
    for (to, end) in ends {
        let ext = ctx.trim(Span::new(span.start, end));
        // (Trimming can end a run before the content's own end.)
        if ext.end <= last_end {
            continue;
        }
        let between = Span::new(span.end, ext.end);
        let added = doc.tokens_in(between);
        // A run never takes in a direct quote or another attribution's cue
        // or content (the hand rules end a content before the next
        // statement: "praised them before claiming that ...").
        // Nor an adverbial clause of the cue, nor a relative clause after a
        // comma (", which surprised the firms", ", who ..."): a comment on
        // the statement or on its last noun.
        let relative = added.len() > 1
            && word(ctx, added.start) == ","
            && doc.tokens[added.start + 1].upos == Some(Upos::PRON)
            && matches!(word(ctx, added.start + 1).as_str(), "which" | "who" | "whom" | "whose");
        if !added.is_empty()
            && !blockers.blocks(between, q.cue_span)
            && cue_adverbial(ctx, added.start, added.end, &cue_toks).is_none()
            && !relative
        {
            last_end = ext.end;
            let first = added.start;
            let w = word(ctx, first);
            let u = upos(ctx, first);
            let run_top = top(ctx, added.start, added.end, range.clone());
            let (td, tin) = match run_top {
                Some((t, inside)) => (doc.tokens[t].deprel.as_deref().unwrap_or("-"), inside),
                None => ("-", false),
            };
            // The first word past the punctuation the run opens with (",
            // as ...", ", which ...", ", a ..."), and where the words
            // added hang: on the cue, the content's head, another word of
            // the content or elsewhere.
            let w2 = added
                .clone()
                .find(|&j| doc.tokens[j].upos != Some(Upos::PUNCT))
                .map_or("-".to_string(), |j| shape(ctx, j));
            let thead = match run_top.and_then(|(t, _)| doc.tokens[t].head) {
                Some(h) if cue_toks.contains(&(h as usize)) => "cue",
                Some(h) if Some(h as usize) == root => "root",
                Some(h) if range.contains(&(h as usize)) => "in",
                _ => "out",
            };
            let add = len_bucket(added.len());
            let tv = has_verb(added.start, added.end);
            let (subj, speech, time) = holds(ctx, added.start, added.end);
            let inq = open_quote(ctx, range.start, range.end);
            let op = added.clone().find(|&j| doc.tokens[j].upos != Some(Upos::PUNCT)).map_or("-", |j| opener(ctx, j));
            let place = holds_place(ctx, added.start, added.end);
            out.push((
                ext,
                vec![
                    // Whom the run's words hang on and what opens them
                    // ("after", "because", "with", a relative pronoun, a
                    // conjunction) by the content's relation and whether
                    // it is a clause of its own; a place or a time in
                    // them.
                    hash_fmt(format_args!("e|op={to}|{op}|{thead}|{rd}")),
                    hash_fmt(format_args!("e|cl={clause}|{op}|{thead}")),
                    hash_fmt(format_args!("e|place={place}|{time}|{op}")),
                    hash_fmt(format_args!("e|subj={to}|{subj}")),
                    hash_fmt(format_args!("e|sp={speech}")),
                    hash_fmt(format_args!("e|time={to}|{time}")),
                    hash_fmt(format_args!("e|sh={}", shape(ctx, first))),
                    hash_fmt(format_args!("e|inq={inq}")),
                    hash("e"),
                    hash_fmt(format_args!("e|w={w}")),
                    hash_fmt(format_args!("e|u={u}")),
                    hash_fmt(format_args!("e|td={td}|{tin}")),
                    hash_fmt(format_args!("e|add={add}")),
                    hash_fmt(format_args!("e|len={lb}")),
                    hash_fmt(format_args!("e|len|add={lb}|{add}")),
                    hash_fmt(format_args!("e|l={lemma}")),
                    hash_fmt(format_args!("e|k={kind}")),
                    hash_fmt(format_args!("e|tv={tv}")),
                    hash_fmt(format_args!("e|w|td={w}|{td}")),
                    hash_fmt(format_args!("e|l|u={lemma}|{u}")),
                    hash_fmt(format_args!("e|l|td={lemma}|{td}")),
                    hash_fmt(format_args!("e|k|td={kind}|{td}")),
                    hash_fmt(format_args!("e|last={}", word(ctx, range.end - 1))),
                    hash_fmt(format_args!("e|to={to}")),
                    hash_fmt(format_args!("e|to|w={to}|{w}")),
                    hash_fmt(format_args!("e|to|add={to}|{add}")),
                    hash_fmt(format_args!("e|to|td={to}|{td}")),
                    hash_fmt(format_args!("e|w2={w2}")),
                    hash_fmt(format_args!("e|to|w2={to}|{w2}")),
                    hash_fmt(format_args!("e|subj|w2={subj}|{w2}")),
                    hash_fmt(format_args!("e|thead={thead}|{td}")),
                    hash_fmt(format_args!("e|w2|thead={w2}|{thead}")),
                ],
            ));
        }
    }
    out
}

/// How many quotes of `quotes` have each cue.
pub(crate) fn cue_counts(quotes: &[Quote]) -> HashMap<Span, usize> {
    let mut n = HashMap::new();
    for c in quotes.iter().filter_map(|q| q.cue_span) {
        *n.entry(c).or_insert(0) += 1;
    }
    n
}

/// Whether a quote's content is one the ranking redraws: reported
/// (indirect or mixed) with a cue no other quote shares (`counts`: the
/// [`cue_counts`] of its quotes).
pub(crate) fn redrawn(q: &Quote, counts: &HashMap<Span, usize>) -> bool {
    q.kind != QuoteKind::Direct && q.cue_span.is_some_and(|c| counts.get(&c) == Some(&1))
}

/// Redraws the reported contents of `quotes` with `model`, their runs
/// blocked by `quotes` themselves and the spans `more` (the direct quotes
/// and their cues; for the learned additions, the hand rules' quotes too).
pub(crate) fn redraw(model: &BoundaryModel, ctx: &Ctx<'_>, quotes: &mut [Quote], more: &[Span]) {
    let counts = cue_counts(quotes);
    let blockers = Blockers::new(quotes, more);
    let pick: Vec<Option<Span>> = quotes
        .iter()
        .map(|q| {
            if !redrawn(q, &counts) {
                return None;
            }
            let cands = candidates(ctx, q, &blockers);
            let k = model.choose(cands.iter().map(|(_, f)| f.as_slice()));
            // (The first candidate may be cut already, see
            // `cue_adverbial`.)
            (cands[k].0 != q.span).then(|| cands[k].0)
        })
        .collect();
    for (q, s) in quotes.iter_mut().zip(pick) {
        if let Some(s) = s {
            q.span = s;
        }
    }
}

/// Redraws the content of a direct quote whose clause runs on past its
/// closing mark (mixed: "said “...” from officials", its cue the quote's),
/// which `redraw` never sees: the content as drawn or one of its cuts
/// that keeps the quoted words whole (ending at `keep_to` or later).
pub(crate) fn redraw_tail(model: &BoundaryModel, ctx: &Ctx<'_>, q: &Quote, keep_to: usize) -> Span {
    let cands = candidates(ctx, q, &Blockers::none());
    let keep: Vec<&(Span, Vec<u32>)> = cands.iter().filter(|(s, _)| s.end >= keep_to).collect();
    if keep.first().is_none_or(|(s, _)| *s != cands[0].0) {
        return q.span;
    }
    keep[model.choose(keep.iter().map(|(_, f)| f.as_slice()))].0
}

/// One training group: the candidates' features and the target's index.
pub(crate) struct Group {
    pub doc: usize,
    /// A candidate of the learned additions (else a hand rules' content).
    pub added: bool,
    /// For development: the cue and each candidate's words.
    pub desc: Vec<String>,
    pub feats: Vec<Vec<u32>>,
    /// Each candidate's overlap with the gold content.
    pub overlaps: Vec<f64>,
    pub target: usize,
}

/// What a content overlapping its gold content by `o` is worth: a match
/// at 0.3 counts most (the evaluation's main figure), one at 0.8 next, the
/// overlap itself breaks ties.
pub(crate) fn utility(o: f64) -> f64 {
    2.0 * f64::from(u8::from(o >= 0.3)) + f64::from(u8::from(o >= 0.8)) + 0.1 * o
}

/// Perceptrons averaged by [`fit`], each over its own order of the
/// groups.
const SHUFFLES: u64 = 10;

/// The ranking over `groups`: the mean of [`SHUFFLES`] averaged
/// perceptrons, each trained on its own shuffling of the groups (one
/// perceptron's choices moved with its seed alone).
pub(crate) fn fit(groups: &[&Group], epochs: usize, seed: u64) -> BoundaryModel {
    let mut w = vec![0f32; DIM];
    for b in 0..SHUFFLES {
        let m = fit_one(groups, epochs, seed.wrapping_add(7919 * b));
        for (x, y) in w.iter_mut().zip(&m.weights) {
            *x += y / SHUFFLES as f32;
        }
    }
    BoundaryModel { weights: w, margin: 0.0 }
}

/// One averaged perceptron ranking over `groups`, shuffled by `seed`.
fn fit_one(groups: &[&Group], epochs: usize, seed: u64) -> BoundaryModel {
    let mut w = vec![0f32; DIM];
    let mut total = vec![0f64; DIM];
    let mut stamp = vec![0u64; DIM];
    let mut t: u64 = 1;
    let mut order: Vec<usize> = (0..groups.len()).collect();
    let mut rng = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &g in &order {
            let g = groups[g];
            let score = |f: &[u32]| -> f32 { f.iter().map(|&x| w[x as usize]).sum() };
            let mut best = (0, f32::NEG_INFINITY);
            for (k, f) in g.feats.iter().enumerate() {
                let s = score(f);
                if s > best.1 {
                    best = (k, s);
                }
            }
            if best.0 != g.target && utility(g.overlaps[best.0]) < utility(g.overlaps[g.target]) {
                for (k, d) in [(g.target, 1.0), (best.0, -1.0)] {
                    for &f in &g.feats[k] {
                        let f = f as usize;
                        total[f] += f64::from(w[f]) * (t - stamp[f]) as f64;
                        stamp[f] = t;
                        w[f] += d;
                    }
                }
            }
            t += 1;
        }
    }
    let weights = (0..DIM).map(|f| ((total[f] + f64::from(w[f]) * (t - stamp[f]) as f64) / t as f64) as f32).collect();
    BoundaryModel { weights, margin: 0.0 }
}

/// (matched at 0.3, matched at 0.8) over `groups` when each takes the
/// candidate `choose` gives.
pub(crate) fn tally(groups: &[Group], choose: impl Fn(usize, &Group) -> usize) -> (usize, usize) {
    let mut out = (0, 0);
    for (i, g) in groups.iter().enumerate() {
        let o = g.overlaps[choose(i, g)];
        out.0 += usize::from(o >= 0.3);
        out.1 += usize::from(o >= 0.8);
    }
    out
}

impl BoundaryModel {
    /// The best candidate of a training group and its gain over the
    /// first (see [`BoundaryModel::choose`]).
    pub(crate) fn best_of(&self, g: &Group) -> (usize, f32) {
        self.best(g.feats.iter().map(Vec::as_slice))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_roundtrip_and_ties_keep_the_content_as_drawn() {
        let m = BoundaryModel::from_features(&[("c", 1.0)], 0.5);
        let back = BoundaryModel::from_bytes(&m.to_bytes()).expect("model reads back");
        assert_eq!(back.margin, 0.5);
        let (o, c, e) = (vec![hash("o")], vec![hash("c")], vec![hash("e")]);
        assert_eq!(back.choose([o.as_slice(), c.as_slice()].into_iter()), 1);
        assert_eq!(back.choose([o.as_slice(), e.as_slice()].into_iter()), 0);
        // Above the first by less than the margin: the first.
        let low = BoundaryModel { margin: 1.0, ..back };
        assert_eq!(low.choose([o.as_slice(), c.as_slice()].into_iter()), 0);
        assert!(BoundaryModel::from_bytes(b"DLQBND01").is_none());
    }

    fn bytes(margin: f32, weights: &[f32]) -> Vec<u8> {
        BoundaryModel { weights: weights.to_vec(), margin }.to_bytes()
    }

    #[test]
    fn malformed_model_files_are_rejected() {
        let mut w = vec![0f32; DIM];
        assert!(BoundaryModel::from_bytes(&bytes(0.5, &w)).is_some());
        // Another feature width.
        let mut b = bytes(0.5, &w);
        b[8..12].copy_from_slice(&(BITS + 1).to_le_bytes());
        assert!(BoundaryModel::from_bytes(&b).is_none());
        // A weight short or one too many.
        assert!(BoundaryModel::from_bytes(&bytes(0.5, &w[1..])).is_none());
        w.push(0.0);
        assert!(BoundaryModel::from_bytes(&bytes(0.5, &w)).is_none());
        w.pop();
        // Not a number as the margin or a weight.
        assert!(BoundaryModel::from_bytes(&bytes(f32::NAN, &w)).is_none());
        w[7] = f32::NAN;
        assert!(BoundaryModel::from_bytes(&bytes(0.5, &w)).is_none());
        w[7] = f32::INFINITY;
        assert!(BoundaryModel::from_bytes(&bytes(0.5, &w)).is_none());
    }
}
