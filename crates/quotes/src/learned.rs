//! A learned decision over the clause view for the long tail of reported
//! attributions (beliefs, attitudes, intentions: "X doesn't like it", "X
//! figures that ...", "X explained its importance") that the hand-written
//! cues of [`crate::attribution`] do not cover.
//!
//! Candidates are the (clause, argument) pairs of every verbal predicate
//! with a subject (or a passive agent) and a content argument: a clausal
//! complement, an infinitive, a direct object, or an oblique with a
//! preposition of stance (of, about, for, on, with, against, to, over,
//! at, as), a gerund after such a preposition that the parse made an
//! adverbial clause ("is bent on securing ...", "were wary of selling
//! ...": the content starts after the preposition), an adverbial question
//! clause ("whether", "how" ...), and the statement that the predicate's
//! clause interrupts or closes as a parenthetical or follows as an
//! "as" clause ("Such a move, they believe, would ...", "..., the rivals
//! insist", "As the analysts noted, ...": the governing clause without
//! the cue's, its longer part when interrupted). A content may hold words
//! in quotation marks that lie wholly inside it with words of its own
//! around them (a quotation that is a direct quote is another
//! attribution's content, and left out as such).
//! An agentless passive and an appearance verb offer their subject
//! instead, with no speaker ("Ms. Lane was seen as the winner", "his
//! answers sounded confident": the subject, and the subject through the
//! infinitive, object or "as" phrase).
//! Candidates whose cue or content the hand rules already cover,
//! and predicates inside a quotation or inside another attribution's
//! content, are left out. Each pair is scored by an averaged linear model
//! (logistic loss, stochastic gradient: an averaged perceptron measured
//! the same) over hashed features of lemmas, tags and clause properties
//! (no article words beyond lemmas): the cue, the argument's kind, head,
//! first and last words and length, the subject's kind and head word, the
//! governor, the word before the cue, the distance to the content, the
//! sentence's length, place in its paragraph and quotation marks, and
//! ([`scored_candidates`]) whether the hand rules found an attribution in
//! the sentence or the ones beside it; of a clause's pairs the best one
//! above the threshold is kept: the content is the argument's subtree, the
//! cue the predicate, the speaker its subject.
//!
//! A second linear model, the veto ([`veto`], `model/veto.bin`), scores
//! the hand rules' reported speech (indirect, with a cue of its own: not
//! the parts of a content its cue splits) by its cue, the
//! cue's place and clause, the content's length and edge words, the
//! speaker's kind and the sentence, and leaves out what it scores at or
//! below its threshold (chosen on the same folds, from the counts with
//! the additions; an empty file, no veto, when no threshold helps). It is
//! trained on what leaving each one out of its article's quotes loses
//! (a true positive or not), and applied after the additions are read, so
//! they see the hand rules' attributions as in training.
//!
//! Measured on the cross-validated F1 of train (quo14m): the model is not
//! short of capacity. The ranking is weak at its top (of the 85 best
//! out-of-fold scores 47 are gold, of 270 161), an oracle choice of the
//! candidates would give 0.834 against 0.762, and neither a factorization
//! machine (pairwise factors, k 4 or 8) nor every pair of features hashed
//! into 2^20 weights (0.759), more or fewer epochs (3-20) or other rates
//! (0.03-0.3) moved it from 0.761-0.762; training on a gold cue whatever
//! the content (0.757-0.762) did worse. The features above took it from
//! 0.7615 to 0.7624, the veto to 0.7639.
//!
//! Session qrecall counted the train gold attributions that no candidate
//! reached by the shape of their content against their cue (`QLEARN_DEBUG`
//! prints it with each miss): the adverbial gerunds and questions, the
//! governing statements and contents holding quoted words above took the
//! oracle from 0.834 to 0.841 and the cross-validated F1 from 0.7637 to
//! 0.7662 (with the veto; tp 13,995 -> 14,157 for 16,818 -> 17,122
//! predicted). Measured and left out: "in" as a preposition of stance
//! ("believe in", "engaged in"; oracle 0.8435, CV 0.7665 for 3,300 more
//! candidates), and keeping a clause's second-best pair above the
//! threshold (plus 0 to 2: CV 0.7650-0.7657 against 0.7657; the second
//! pairs are almost never gold).
//!
//! Session qpass added candidates whose content is the clause's subject,
//! with no speaker (`subject_candidates`): of an agentless passive
//! ("Ms. Lane was widely seen as the stronger candidate"; these passives
//! had no candidate at all) and of an appearance verb ("his answers
//! sounded confident"): the subject alone, and the subject through the
//! predicate's last infinitive, object or "as" phrase as one span (the
//! cue inside it). They are not training groups of the boundary model
//! either. Oracle 0.8423 -> 0.8467; cross-validated with the veto 0.7668
//! (tp 14,167 of 17,121 predicted) -> 0.7676 (14,212 of 17,196), best CV
//! without the veto 0.7667; dev all F1 0.769 -> 0.768 (1,559 of 1,864 ->
//! 1,558 of 1,867), 0.617 at 0.8, speaker 0.878 -> 0.879: flat on dev.
//! Measured and left out (with the veto): the clause span through every
//! oblique, clausal complement and adverb (0.7670, tp 14,185 of 17,156);
//! only passives of the lexicon's cue verbs (0.7667, 14,227 of 17,280);
//! the passives alone, without the appearance verbs (0.7672, 14,311 of
//! 17,473); the clause span through an infinitive the parse made
//! adverbial too ("were designed to give ...": 0.7675, 14,216 of 17,213);
//! the subject of a verb of receiving a reaction with a stance noun for
//! its object ("drew sharp criticism", "won support": 0.7674, 14,184 of
//! 17,133); the class of an argument's head (a stance noun such as
//! opposition, support, criticism, remarks, plan, claim; a person, an
//! organization, a role noun, another noun) with the argument's kind, the
//! cue and the speaker's kind, for the direct objects the model ranks
//! below the threshold (0.7669 with the subject candidates against
//! 0.7670 without; 0.7664 without them, against 0.7668). The train misses
//! `QLEARN_DEBUG` labels "nosubject" are not for want of a subject:
//! subjectless participles and infinitives make candidates (their
//! speaker from `Ctx::subject_of` or none); those misses are clauses
//! the parse did not make ("Holding signs ...") or contents overlapping
//! the hand rules'. Giving an active participle or infinitive with no
//! subject the actor of the clause it hangs from (advcl, xcomp, conj,
//! acl) as its speaker measured 0.7675 (14,208 of 17,190) as the
//! subject's kind in the features, and changed no dev speaker as the
//! cue's speaker alone: left out.
//!
//! Session qnoun added the prepositional dependent of a verb's object
//! noun ("expressed misgivings about X", "sowed doubts about X", "opened
//! an investigation into X": the content after the preposition, one of
//! stance or "behind"), with the verb and its object noun as the cue
//! (from the verb to the noun: the gold cue is often the two, "cast
//! doubt") and features of the noun (its lemma, with the verb, with the
//! preposition, whether the verb is a light verb and the noun one of
//! opinion or of the lexicon). It competes with the clause's other pairs
//! (the whole object among them) and is left out of the boundary model's
//! training, as qrecall's kinds are. Train cross-validated with the veto
//! 0.76676 -> 0.76729 (tp 14,167 -> 14,137 for 17,121 -> 17,017
//! predicted; before the veto the best 0.7660 -> 0.7663; oracle 0.8423 ->
//! 0.8437; 3,500 more candidates); dev all 0.769 / 0.617 either way
//! (1,559 of 1,864 -> 1,555 of 1,853), speaker 0.878 -> 0.877. The cue as
//! the verb alone measured 0.76705 (oracle 0.8430). Measured and left
//! out (with the veto): the same kind only for a light verb or a noun of
//! opinion (914 candidates: 0.76708, 0.76725 with the two-word cue); the
//! object's clause opened by a marker ("made the case that ...": 0.76685,
//! 0.76696 with the two-word cue); a predicate noun's prepositional
//! dependent after a copula ("is an outspoken critic of X": 942
//! candidates, 0.76671 alone, 0.76725 with the kept kind); nouns of
//! opinion or of the lexicon's noun cues without a holder ("doubt about
//! ...", speaker none; 1,410 candidates, oracle 0.8454 but 0.76605,
//! 0.76689 without the objects of a verb, 0.76721 with the kept kind):
//! the ranking does not tell their few gold ones apart.
//!
//! Session qdouble trained on the second annotation of the 79 train
//! articles annotated twice too (the same document read against its other
//! gold: more examples for the attribution model, the boundary model and
//! the veto; an article's copies in its fold, the copies never scored, so
//! the cross-validated counts stay those of the first annotations).
//! Train cross-validated with the veto, seed 7: 0.76932 (tp 14,212 of
//! 17,115) -> 0.76911 with each copy at full weight (14,212 of 17,125) and
//! 0.76946 with an article's two annotations at weight 0.5 each (14,267 of
//! 17,251); at seeds 11 and 23 the halved weights measured 0.76801 and
//! 0.76922 against 0.76954 and 0.76903 (mean 0.7689 against 0.7693); the
//! boundary model's cross-validated matches moved by a few (8,968 / 7,228
//! -> 8,970 / 7,229 and 8,972 / 7,235). Dev all F1 0.772 -> 0.771 (1,567
//! of 1,872) and 0.772 (1,571 of 1,876): within the noise of the
//! threshold's choice, left out.
//!
//! Session qclust measured word-cluster features, so that a cue or head
//! word could share weight with words of its kind ("bemoaned" with
//! "lamented", "criticism" with "condemnation"): the spectral clusters of
//! `dateline_syntax::cluster` (the shipped syntax models carry an empty
//! table; built for this with the `syntax_clusters` example from the
//! unlabeled text in `../shared`: 28,904 words, read through
//! `Clusters::word_code` by the lemma, else the lower-cased form), as
//! hashed prefixes of 6 and 10 bits alone and with the argument's kind.
//! Train cross-validated with the veto, against 0.76965 (tp 14,229 of
//! 17,143) at seed 7 and 0.76968 (14,265 of 17,235) at seed 11, without
//! the veto 0.76816 and 0.76808: the cue, the argument's head, the
//! subject's head and the governor 0.76775 and 0.76777 (without the veto
//! 0.76628 and 0.76618); the cue and the argument's head at 10 bits only
//! 0.76928 (0.76780); the cue alone, by its form first, 0.76840
//! (0.76692); in the veto (the cue and the speaker's head, with the cue's
//! place) 0.76921. In the boundary model ([`crate::boundary`]) the top
//! word of the words cut off and of a run, with its relation, measured
//! 8,944 / 7,199 against 8,976 / 7,245 (three more seeds 8,953 / 7,215 -
//! 7,217 against 8,969 - 8,973 / 7,228 - 7,246). None helped beyond the
//! noise (about 0.0005), all but two hurt: left out, and no cluster table
//! ships with this crate. The lemmas already carry the frequent cues, and
//! the clusters, learned from neighbouring words, group by syntax more
//! than by stance (the 10-bit prefix of "said" is that of "lamented").
//!
//! The model is trained on PolNeAR train by `dateline train quotes`
//! ([`train`]), its threshold chosen on cross-validated folds of train
//! (the middle of the thresholds whose F1 is within 0.0005 of the best:
//! the curve is flat, and its arg-max alone moved with every small code
//! change), and embedded from `crates/quotes/model/attribution.bin`; the same run
//! first trains the content boundaries of [`crate::boundary`] into
//! `boundary.bin` beside it, and the candidates are read against the hand
//! rules' contents as those boundaries redraw them (as at run time); the
//! veto is fitted last, into `veto.bin`. They are on by default;
//! `QuoteExtractor::new().with_learned(false)` (or `quotes_eval --learned
//! off`) leaves them out. For development, `QLEARN_EXAMPLES=FILE` writes
//! the attribution examples to FILE, or reads them from it when it exists
//! (then only the attribution model is fitted, to try its training
//! quickly), `QLEARN_CURVE=1` prints the cross-validated curves,
//! `QLEARN_BOUNDARY_ONLY=1` fits the boundary model's folds only (its
//! counts, and those with three more seeds; no model written) and
//! `QLEARN_DEBUG=1` lists the boundary model's out-of-fold changes
//! (`QLEARN_DEBUG_ALL=1`: every training group's candidates and overlaps)
//! and the gold attributions no candidate reaches.

use crate::attribution::{Ctx, Cue};
use crate::lexicon;
use crate::QuoteError;
use dateline_core::{EntityKind, OffsetMap, Quote, QuoteKind, Span, Upos};
use dateline_syntax::{Clause, Modality, Tense, Voice};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Hashed feature space: 2^18 weights.
const BITS: u32 = 18;
const DIM: usize = 1 << BITS;
const MAGIC: &[u8; 8] = b"DLQATTR1";
/// The veto's file: the same format, its own magic.
const VETO_MAGIC: &[u8; 8] = b"DLQVETO1";
static MODEL_BYTES: &[u8] = include_bytes!("../model/attribution.bin");
static MODEL: OnceLock<Option<Model>> = OnceLock::new();

/// An averaged linear model (logistic loss) over hashed features.
#[derive(Debug, Clone)]
pub struct Model {
    weights: Vec<f32>,
    /// Scores above it are attributions.
    pub threshold: f32,
}

impl Model {
    /// Reads a model file (None when it is empty or malformed).
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        Model::read(b, MAGIC)
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        write_linear(MAGIC, BITS, self.threshold, &self.weights)
    }

    fn read(b: &[u8], magic: &[u8; 8]) -> Option<Model> {
        let (threshold, weights) = read_linear(b, magic, BITS)?;
        Some(Model { weights, threshold })
    }

    /// The embedded model, loaded on first use (None before training).
    pub fn embedded() -> Option<&'static Model> {
        MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES)).as_ref()
    }

    /// The score of a feature vector (a feature outside the hashed space
    /// is folded into it, as `hash` does).
    pub fn score(&self, feats: &[u32]) -> f32 {
        feats.iter().map(|&f| self.weights.get(f as usize & (DIM - 1)).copied().unwrap_or(0.0)).sum()
    }
}

/// Reads a hashed linear model file, the format of both quote models: an
/// 8-byte magic, the hash width in bits, one scalar (threshold or margin)
/// and `2^bits` weights, little-endian. None when the file is not exactly
/// that, or holds a NaN or infinite number (which would make every score,
/// and every comparison with the scalar, meaningless).
pub(crate) fn read_linear(b: &[u8], magic: &[u8; 8], bits: u32) -> Option<(f32, Vec<f32>)> {
    let dim = 1usize << bits;
    if b.len() != 8 + 4 + 4 + 4 * dim || &b[..8] != magic {
        return None;
    }
    if u32::from_le_bytes(b[8..12].try_into().ok()?) != bits {
        return None;
    }
    let scalar = f32::from_le_bytes(b[12..16].try_into().ok()?);
    let weights: Vec<f32> = b[16..].chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    if !scalar.is_finite() || weights.iter().any(|w| !w.is_finite()) {
        return None;
    }
    Some((scalar, weights))
}

/// Writes the file [`read_linear`] reads.
pub(crate) fn write_linear(magic: &[u8; 8], bits: u32, scalar: f32, weights: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + 4 * weights.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&bits.to_le_bytes());
    out.extend_from_slice(&scalar.to_le_bytes());
    for w in weights {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

/// One (clause, argument) pair that may be an attribution.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The clause (index into the clause view).
    pub clause: usize,
    /// The content span.
    pub content: Span,
    /// The cue, with its speaker phrase.
    pub cue: Cue,
    /// Hashed features.
    pub feats: Vec<u32>,
    /// The argument's kind ("ccomp", "xcomp", "obj", "obl:for", "nobl:of"...).
    pub arg: String,
}

pub(crate) fn hash(s: &str) -> u32 {
    let mut h = Fnv(0x811c_9dc5);
    let _ = std::fmt::Write::write_str(&mut h, s);
    h.0 & (DIM as u32 - 1)
}

/// FNV-1a over the bytes written to it, so a formatted feature is hashed
/// as it is written, without building its string: `hash_fmt(format_args!(
/// "l={l}"))` equals `hash(&format!("l={l}"))`.
struct Fnv(u32);

impl std::fmt::Write for Fnv {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for b in s.bytes() {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
        Ok(())
    }
}

pub(crate) fn hash_fmt(args: std::fmt::Arguments<'_>) -> u32 {
    let mut h = Fnv(0x811c_9dc5);
    let _ = std::fmt::Write::write_fmt(&mut h, args);
    h.0 & (DIM as u32 - 1)
}

const PREPS: &[&str] = &["of", "about", "for", "on", "with", "against", "to", "over", "at", "as", "into", "upon"];

fn len_bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// The kind of a subject phrase: the entity it names, a pronoun, a noun.
fn subject_kind(ctx: &Ctx<'_>, ent: &[Option<EntityKind>], head: usize) -> String {
    if let Some(k) = ent.get(head).copied().flatten() {
        return format!("ent:{k:?}");
    }
    let t = &ctx.doc.tokens[head];
    let w = ctx.doc.slice(t.span).to_ascii_lowercase();
    match t.upos {
        Some(Upos::PRON) => match w.as_str() {
            "he" | "she" | "i" | "we" | "they" | "you" | "him" | "her" | "them" | "us" | "me" => "pron:person".into(),
            "who" | "that" | "which" => format!("pron:{w}"),
            _ => "pron:other".into(),
        },
        Some(Upos::PROPN) => "propn".into(),
        Some(Upos::NOUN) => "noun".into(),
        Some(u) => format!("{u:?}"),
        None => "none".into(),
    }
}

fn lemma_or_word(ctx: &Ctx<'_>, i: usize) -> String {
    ctx.lemma(i).unwrap_or_else(|| ctx.doc.slice(ctx.doc.tokens[i].span).to_lowercase())
}

/// Spans sorted by their start, for the spans overlapping or containing a
/// given one without a scan of them all.
pub(crate) struct SpanIndex {
    /// (span, its place in the input), by start.
    items: Vec<(Span, usize)>,
    /// The greatest end among `items[..=k]`.
    max_end: Vec<usize>,
}

impl SpanIndex {
    pub(crate) fn new(spans: impl Iterator<Item = Span>) -> SpanIndex {
        let mut items: Vec<(Span, usize)> = spans.enumerate().map(|(k, s)| (s, k)).collect();
        items.sort_by_key(|&(s, k)| (s.start, k));
        let max_end = items
            .iter()
            .scan(0, |m, (s, _)| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        SpanIndex { items, max_end }
    }

    /// The spans sharing a byte with `s`: those starting before its end,
    /// walked back while one of them may still reach past its start.
    pub(crate) fn overlapping(&self, s: Span) -> impl Iterator<Item = Span> + '_ {
        self.overlapping_at(s).map(|(x, _)| x)
    }

    fn overlapping_at(&self, s: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let k = self.items.partition_point(|(x, _)| x.start < s.end);
        (0..k)
            .rev()
            .take_while(move |&j| self.max_end[j] > s.start)
            .map(|j| self.items[j])
            .filter(move |(x, _)| x.overlaps(s))
    }

    /// The first span (in input order) containing the non-empty `s`.
    pub(crate) fn first_containing(&self, s: Span) -> Option<Span> {
        self.overlapping_at(s).filter(|(x, _)| x.contains(s)).min_by_key(|&(_, k)| k).map(|(x, _)| x)
    }

    pub(crate) fn any_containing(&self, s: Span) -> bool {
        self.overlapping(s).any(|x| x.contains(s))
    }
}

/// The candidates of a document. `existing` holds the contents and cues
/// the hand rules produced (quotations included): a candidate with one of
/// those cues, a content overlapping one of those contents, or a
/// predicate inside one is left out.
pub fn candidates(ctx: &Ctx<'_>, existing: &[(Span, Option<Span>)]) -> Vec<Candidate> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let ent = entity_kinds(doc);
    let runs = SpanIndex::new(ctx.runs.iter().map(|r| r.outer()));
    let contents = SpanIndex::new(existing.iter().map(|(x, _)| *x));
    let cues: HashSet<Span> = existing.iter().filter_map(|(_, c)| *c).collect();
    let children = children_of(doc);
    let rel = |i: usize| doc.tokens[i].deprel.as_deref().unwrap_or("");
    let word = |i: usize| doc.slice(doc.tokens[i].span).to_ascii_lowercase();
    let mut out = Vec::new();
    for (ci, c) in ctx.clauses.iter().enumerate() {
        let p = c.predicate;
        if p >= n || !matches!(doc.tokens[p].upos, Some(Upos::VERB | Upos::ADJ | Upos::NOUN)) {
            continue;
        }
        let pspan = doc.tokens[p].span;
        if cues.contains(&pspan) || runs.any_containing(pspan) {
            continue;
        }
        // The verbs the hand rules read as no speech for their subject or
        // object ("The plan adds ...", "dismissed his finance minister").
        if ctx.mute_subject(c) || ctx.not_of_speech(c) {
            continue;
        }
        // A predicate inside another attribution's content: a nested
        // attribution, whose content stays inside that content.
        let outer = contents.first_containing(pspan);
        if c.voice == Voice::Passive && c.agents.is_empty() {
            continue;
        }
        let actor = c.actors().first().or_else(|| c.subjects.first());
        let speaker = ctx.subject_of(p).or_else(|| actor.map(|a| (a.span, a.head))).map(|s| ctx.without_time_tail(s));
        // The arguments: (type, content, head, mark).
        let mut args: Vec<(String, Span, usize)> = Vec::new();
        for &k in &c.complements {
            let rel = doc.tokens[k].deprel.as_deref().unwrap_or("comp").to_string();
            args.push((rel, ctx.subtree[k], k));
        }
        if c.voice == Voice::Active {
            for o in &c.objects {
                let rel = doc.tokens[o.head].deprel.as_deref().unwrap_or("obj").to_string();
                args.push((rel, ctx.subtree[o.head], o.head));
            }
        }
        for o in &c.obliques {
            let Some(q) = o.prep else { continue };
            let prep = doc.slice(doc.tokens[q].span).to_ascii_lowercase();
            let adjective_by = prep == "by" && doc.tokens[p].upos == Some(Upos::ADJ);
            if !(PREPS.contains(&prep.as_str()) || adjective_by) || o.deprel == "obl:agent" {
                continue;
            }
            let end = ctx.subtree[o.head].end;
            let qs = doc.tokens[q].span;
            if end <= qs.end || qs.start < pspan.end {
                continue;
            }
            args.push((format!("obl:{prep}"), Span::new(qs.end, end), o.head));
        }
        args.extend(adverbial_args(ctx, &children, p));
        // The object noun's prepositional dependent ("expressed misgivings
        // about X", "cast doubt on X", "threw its support behind X"): the
        // cue runs from the verb to the noun.
        let mut light: Vec<(String, Span, usize, usize)> = Vec::new();
        if c.voice == Voice::Active && doc.tokens[p].upos == Some(Upos::VERB) {
            for o in &c.objects {
                let h = o.head;
                if h <= p || doc.tokens[h].upos != Some(Upos::NOUN) {
                    continue;
                }
                for (prep, span, k) in noun_preps(ctx, &children, h) {
                    light.push((format!("lv:{prep}"), span, k, h));
                }
            }
        }
        let mut args: Vec<(String, Span, usize, Option<usize>)> = args
            .into_iter()
            .map(|(a, s, h)| (a, s, h, None))
            .chain(light.into_iter().map(|(a, s, h, o)| (a, s, h, Some(o))))
            .collect();
        // A statement the cue's clause interrupts or follows ("Such a move,
        // they believe, could ...", "..., officials insist", "As Politico
        // noted, ..."): the governing clause without the cue's.
        if actor.is_some() {
            if let Some((g, grel)) = &c.governor {
                let g = *g;
                let as_clause = grel.starts_with("advcl")
                    && children[p].iter().any(|&m| m < p && rel(m) == "mark" && word(m) == "as");
                if (grel == "parataxis" || as_clause) && g < n && !c.span.contains(doc.tokens[g].span) {
                    let gs = ctx.subtree[g];
                    let cs = c.span;
                    let before = ctx.trim(Span::new(gs.start, cs.start.max(gs.start)));
                    let after = ctx.trim(Span::new(cs.end.min(gs.end), gs.end));
                    let part = if doc.tokens_in(before).len() >= doc.tokens_in(after).len() { before } else { after };
                    if !part.is_empty() {
                        args.push((format!("gov:{}", if as_clause { "as" } else { grel.as_str() }), part, g, None));
                    }
                }
            }
        }
        let nargs = args.len();
        let skind = match (actor, speaker) {
            (Some(a), _) => subject_kind(ctx, &ent, a.head),
            (None, Some(s)) => format!("climbed:{}", subject_kind(ctx, &ent, s.1)),
            (None, None) => "none".to_string(),
        };
        let lemma = c.lemma.as_str();
        let speech = lexicon::is_speech(lemma);
        for (ai, (atype, span, head, noun)) in args.into_iter().enumerate() {
            let span = ctx.trim(span);
            if span.is_empty() || span.contains(pspan) || actor.is_some_and(|a| span.overlaps(a.span)) {
                continue;
            }
            // "carmakers sell a third of their cars": trade reports no
            // speech.
            if lexicon::NEVER_CUES.contains(&lemma) {
                continue;
            }
            // "reject" and "deny" report speech only of a claim ("rejected
            // the bill" is a vote).
            if lexicon::CLAIM_OBJECT_VERBS.contains(&lemma) && !atype.starts_with("obl") && !ctx.claim_like(head) {
                continue;
            }
            let inside = |x: &Span| outer.is_some_and(|o| o == *x && o.contains(span));
            if contents.overlapping(span).any(|x| !inside(&x))
                || runs.overlapping(span).any(|r| !holds_quoted(ctx, span, r))
            {
                continue;
            }
            let ctxf = Context { skind: &skind, speech, nested: outer.is_some(), ai, nargs };
            let mut feats = features(ctx, c, &ent, &ctxf, &atype, span, head, actor);
            let mut cspan = pspan;
            if let Some(h) = noun {
                // The verb and its object noun are the cue.
                let nl = lemma_or_word(ctx, h);
                let light = lexicon::LIGHT_VERBS.contains(&lemma);
                let op = opinion_noun(&nl);
                feats.push(hash_fmt(format_args!("lvn={nl}")));
                feats.push(hash_fmt(format_args!("lvln={lemma}|{nl}")));
                feats.push(hash_fmt(format_args!("lvna={nl}|{atype}")));
                feats.push(hash_fmt(format_args!("lvcl={light}|{op}|{atype}")));
                feats.push(hash_fmt(format_args!("lvlex={}", lexicon::light_noun(&nl).is_some())));
                cspan = Span::new(pspan.start, doc.tokens[h].span.end);
            }
            let cue = Cue::new(cspan, lemma.to_string(), speaker, Some(ci));
            out.push(Candidate { clause: ci, content: span, cue, feats, arg: atype });
        }
    }
    out.extend(noun_candidates(ctx, &children, &contents, &cues, &ent, &runs));
    out.extend(subject_candidates(ctx, &children, &contents, &cues, &ent, &runs));
    out
}

/// Appearance and perception verbs whose subject is the content of a
/// view with no speaker named ("His answers sounded confident", "the
/// premises look dubious").
const APPEARANCE_LIKE: &[&str] = &["look", "sound", "seem", "appear", "feel", "smell"];

/// Candidates whose content is the clause's subject, with no speaker
/// (session qpass): of an agentless passive ("Ms. Lane was widely seen as
/// the stronger candidate", "The waivers were designed to give ...") and
/// of an appearance verb ("His answers sounded confident"): the subject
/// alone, and the subject through the predicate's last infinitive,
/// object or "as" phrase as one span (the cue inside it).
fn subject_candidates(
    ctx: &Ctx<'_>,
    children: &[Vec<usize>],
    contents: &SpanIndex,
    cues: &HashSet<Span>,
    ent: &[Option<EntityKind>],
    runs: &SpanIndex,
) -> Vec<Candidate> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let rel = |i: usize| doc.tokens[i].deprel.as_deref().unwrap_or("");
    let as_phrase = |k: usize| {
        rel(k).starts_with("obl")
            && children[k].iter().any(|&q| rel(q) == "case" && doc.slice(doc.tokens[q].span).eq_ignore_ascii_case("as"))
    };
    let mut out = Vec::new();
    for (ci, c) in ctx.clauses.iter().enumerate() {
        let p = c.predicate;
        if p >= n || doc.tokens[p].upos != Some(Upos::VERB) {
            continue;
        }
        let pspan = doc.tokens[p].span;
        if cues.contains(&pspan) || runs.any_containing(pspan) || ctx.mute_subject(c) || ctx.not_of_speech(c) {
            continue;
        }
        let lemma = c.lemma.as_str();
        if lexicon::NEVER_CUES.contains(&lemma) {
            continue;
        }
        let kind = if c.voice == Voice::Passive && c.agents.is_empty() {
            "pass"
        } else if c.voice == Voice::Active && APPEARANCE_LIKE.contains(&lemma) {
            "look"
        } else {
            continue;
        };
        let Some(s) = c.subjects.iter().find(|a| !a.inherited && a.span.end <= pspan.start) else { continue };
        let outer = contents.first_containing(pspan);
        let mut args: Vec<(String, Span)> = vec![(format!("{kind}:subj"), s.span)];
        let end = children[p]
            .iter()
            .filter(|&&k| k > p && (matches!(rel(k), "xcomp" | "obj" | "iobj") || as_phrase(k)))
            .map(|&k| ctx.subtree[k].end)
            .max();
        if let Some(end) = end {
            args.push((format!("{kind}:clause"), Span::new(s.span.start, end)));
        }
        let skind = format!("{kind}:none");
        let nargs = args.len();
        for (ai, (atype, span)) in args.into_iter().enumerate() {
            let span = ctx.trim(span);
            if span.is_empty() {
                continue;
            }
            let inside = |x: &Span| outer.is_some_and(|o| o == *x && o.contains(span));
            if contents.overlapping(span).any(|x| !inside(&x))
                || runs.overlapping(span).any(|r| !holds_quoted(ctx, span, r))
            {
                continue;
            }
            let ctxf = Context { skind: &skind, speech: lexicon::is_speech(lemma), nested: outer.is_some(), ai, nargs };
            let feats = features(ctx, c, ent, &ctxf, &atype, span, s.head, None);
            let cue = Cue::new(pspan, lemma.to_string(), None, Some(ci));
            out.push(Candidate { clause: ci, content: span, cue, feats, arg: atype });
        }
    }
    out
}

/// Whether the content `span` holds the quotation `run` with words of its
/// own around it ("bemoaned the “endless” complaints"): a content that is
/// the quotation alone ("wrote “Salt And Other Small Rivers”") is a title
/// or a quote the hand rules did not attribute.
fn holds_quoted(ctx: &Ctx<'_>, span: Span, run: Span) -> bool {
    span.contains(run)
        && (!ctx.trim(Span::new(span.start, run.start)).is_empty()
            || !ctx.trim(Span::new(run.end, span.end)).is_empty())
}

/// Whether a candidate is of the kinds added in session qrecall (an
/// adverbial clause, the governing statement, a content holding quoted
/// words), which the boundary model is not trained on.
fn new_kind(ctx: &Ctx<'_>, c: &Candidate) -> bool {
    c.arg.starts_with("advcl:")
        || c.arg.starts_with("gov:")
        || c.arg.starts_with("lv:")
        || subject_kind_arg(&c.arg)
        || ctx.runs.iter().any(|r| c.content.overlaps(r.outer()))
}

/// Whether an argument kind is one of [`subject_candidates`] (session
/// qpass), which the boundary model is not trained on either.
fn subject_kind_arg(arg: &str) -> bool {
    ["pass:", "look:"].iter().any(|k| arg.starts_with(k))
}

/// Each token's dependents, in text order.
fn children_of(doc: &dateline_core::Document) -> Vec<Vec<usize>> {
    let n = doc.tokens.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Some(h) = t.head.map(|h| h as usize).filter(|&h| h < n && h != i) {
            children[h].push(i);
        }
    }
    children
}

/// Words opening a question clause that is a content ("debated whether
/// ...", "show where ...").
const WH_MARKS: &[&str] = &["whether", "if", "how", "why", "where", "what", "who"];

/// The adverbial clauses of predicate `p` that are contents: a gerund
/// after a preposition of stance ("aimed at taking out ...", "is bent on
/// securing ...", "opened up about being ..."; the content starts after
/// the preposition) and a question clause ("debated whether ...").
fn adverbial_args(ctx: &Ctx<'_>, children: &[Vec<usize>], p: usize) -> Vec<(String, Span, usize)> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for &k in &children[p] {
        if k < p || !doc.tokens[k].deprel.as_deref().is_some_and(|r| r.starts_with("advcl")) {
            continue;
        }
        let sub = ctx.subtree[k];
        let Some(first) = doc.tokens_in(sub).next() else { continue };
        let w = doc.slice(doc.tokens[first].span).to_ascii_lowercase();
        let is_mark = children[k].contains(&first) || first == k;
        if !is_mark {
            continue;
        }
        if doc.tokens[first].deprel.as_deref() == Some("mark")
            && (PREPS.contains(&w.as_str()) || w == "in")
            && doc.tokens[k].xpos.as_deref() == Some("VBG")
        {
            out.push((format!("advcl:{w}"), Span::new(doc.tokens[first].span.end, sub.end), k));
        } else if WH_MARKS.contains(&w.as_str()) {
            out.push(("advcl:wh".to_string(), sub, k));
        }
    }
    out
}

/// Nouns of an opinion, a statement or a stance (singular lemmas: "doubt
/// about ...", "the question of whether ...", "calls to boycott ..."):
/// a feature of the light-verb candidates ("cast doubt on ...").
const OPINION_NOUNS: &[&str] = &[
    "doubt",
    "question",
    "insistence",
    "opposition",
    "promise",
    "call",
    "criticism",
    "supporter",
    "advocate",
    "critic",
    "opponent",
    "proponent",
    "champion",
    "demand",
    "push",
    "appeal",
    "plea",
    "request",
    "pressure",
    "skepticism",
    "scepticism",
    "worry",
    "suspicion",
    "conviction",
    "assurance",
    "warning",
    "threat",
    "vow",
    "pledge",
    "argument",
    "case",
    "complaint",
    "objection",
    "protest",
    "outcry",
    "backlash",
    "condemnation",
    "denial",
    "denunciation",
    "approval",
    "disapproval",
    "endorsement",
    "rejection",
    "admission",
    "acknowledgment",
    "acknowledgement",
    "confidence",
    "belief",
    "hope",
    "fear",
    "expectation",
    "prediction",
    "speculation",
    "rumor",
    "concern",
    "claim",
    "allegation",
    "accusation",
    "charge",
    "comment",
    "remark",
    "statement",
    "suggestion",
    "view",
    "position",
    "stance",
    "opinion",
    "support",
    "praise",
    "attack",
    "misgiving",
    "reservation",
    "qualm",
    "caution",
    "anger",
    "outrage",
    "frustration",
    "alarm",
    "dismay",
    "disappointment",
    "optimism",
    "pessimism",
    "enthusiasm",
    "sympathy",
    "admiration",
    "regret",
    "apology",
    "insinuation",
    "contention",
    "assertion",
    "notion",
    "idea",
    "theory",
    "assessment",
    "verdict",
    "judgment",
    "judgement",
    "message",
    "announcement",
    "pronouncement",
    "declaration",
    "proposal",
    "plan",
    "decision",
    "intention",
    "refusal",
    "bid",
    "desire",
    "willingness",
    "determination",
    "commitment",
    "vision",
    "agenda",
    "critique",
    "rebuke",
    "defense",
    "defence",
    "note",
    "point",
    "mention",
    "reference",
    "feeling",
    "sense",
    "impression",
    "perception",
    "awareness",
    "knowledge",
    "understanding",
    "assumption",
];

/// Whether a noun lemma is of [`OPINION_NOUNS`] or of the lexicon's noun
/// cues.
fn opinion_noun(l: &str) -> bool {
    let l = l.to_ascii_lowercase();
    OPINION_NOUNS.contains(&l.as_str())
        || lexicon::NOUN_CUES.iter().any(|(n, _)| *n == l)
        || lexicon::INFINITIVE_NOUN_CUES.contains(&l.as_str())
        || lexicon::light_noun(&l).is_some()
}

/// A noun's prepositional dependents after it whose preposition is one
/// of stance or "behind" ("threw its support behind ..."): (preposition,
/// the words after it, the dependent).
fn noun_preps(ctx: &Ctx<'_>, children: &[Vec<usize>], h: usize) -> Vec<(String, Span, usize)> {
    let doc = ctx.doc;
    let rel = |i: usize| doc.tokens[i].deprel.as_deref().unwrap_or("");
    let mut out = Vec::new();
    for &k in &children[h] {
        if k < h || !rel(k).starts_with("nmod") || matches!(rel(k), "nmod:poss" | "nmod:tmod" | "nmod:npmod") {
            continue;
        }
        let Some(&q) = children[k].iter().find(|&&q| rel(q) == "case" && q < k) else { continue };
        let prep = doc.slice(doc.tokens[q].span).to_ascii_lowercase();
        if !(PREPS.contains(&prep.as_str()) || prep == "behind") {
            continue;
        }
        let end = ctx.subtree[k].end;
        if end > doc.tokens[q].span.end {
            out.push((prep, Span::new(doc.tokens[q].span.end, end), k));
        }
    }
    out
}

/// Noun cues with their holder ("Trump's support for ...", "Clinton
/// supporters' anger at ..."): a noun with a possessor (or a person or
/// organization name as its modifier) and a prepositional or clausal
/// dependent.
fn noun_candidates(
    ctx: &Ctx<'_>,
    children: &[Vec<usize>],
    contents: &SpanIndex,
    cues: &HashSet<Span>,
    ent: &[Option<EntityKind>],
    runs: &SpanIndex,
) -> Vec<Candidate> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let rel = |i: usize| doc.tokens[i].deprel.as_deref().unwrap_or("");
    let mut out = Vec::new();
    for i in 0..n {
        if doc.tokens[i].upos != Some(Upos::NOUN) || ctx.clause_of[i].is_some() {
            continue;
        }
        let pspan = doc.tokens[i].span;
        if cues.contains(&pspan) || runs.any_containing(pspan) {
            continue;
        }
        let holder = children[i].iter().copied().find(|&k| {
            rel(k) == "nmod:poss"
                || (matches!(rel(k), "compound" | "amod")
                    && k < i
                    && matches!(ent[k], Some(EntityKind::Person | EntityKind::Org)))
        });
        let Some(holder) = holder else { continue };
        let outer = contents.first_containing(pspan);
        let mut args: Vec<(String, Span, usize)> = Vec::new();
        for &k in &children[i] {
            if k < i {
                continue;
            }
            match rel(k) {
                "acl" | "ccomp" => args.push((format!("n{}", rel(k)), ctx.subtree[k], k)),
                r if r.starts_with("nmod") => {
                    let Some(&q) = children[k].iter().find(|&&q| rel(q) == "case" && q < k) else { continue };
                    let prep = doc.slice(doc.tokens[q].span).to_ascii_lowercase();
                    if !PREPS.contains(&prep.as_str()) {
                        continue;
                    }
                    args.push((format!("nobl:{prep}"), Span::new(doc.tokens[q].span.end, ctx.subtree[k].end), k));
                }
                _ => {}
            }
        }
        let hspan = ctx.subtree[holder];
        let hkind = subject_kind(ctx, ent, holder);
        let l = lemma_or_word(ctx, i);
        let class = lexicon_class(&l);
        let nargs = args.len();
        for (ai, (atype, span, head)) in args.into_iter().enumerate() {
            let span = ctx.trim(span);
            if span.is_empty() || span.contains(pspan) || span.overlaps(hspan) {
                continue;
            }
            let inside = |x: &Span| outer.is_some_and(|o| o == *x && o.contains(span));
            if contents.overlapping(span).any(|x| !inside(&x)) || runs.overlapping(span).next().is_some() {
                continue;
            }
            let len = len_bucket(doc.tokens_in(span).len());
            let hl = lemma_or_word(ctx, head);
            let first = doc.tokens_in(span).next().map(|k| lemma_or_word(ctx, k)).unwrap_or_default();
            let prel = rel(i).to_string();
            let feats = [
                hash("nb"),
                hash_fmt(format_args!("nl={l}")),
                hash_fmt(format_args!("na={atype}")),
                hash_fmt(format_args!("nla={l}|{atype}")),
                hash_fmt(format_args!("nsk={hkind}|{}", rel(holder))),
                hash_fmt(format_args!("nlsk={l}|{hkind}")),
                hash_fmt(format_args!("nlen={atype}|{len}")),
                hash_fmt(format_args!("nah={atype}|{hl}")),
                hash_fmt(format_args!("nlah={l}|{hl}")),
                hash_fmt(format_args!("nf={atype}|{first}")),
                hash_fmt(format_args!("ncls={class}|{atype}")),
                hash_fmt(format_args!("npr={prel}|{atype}")),
                hash_fmt(format_args!("nest={}", outer.is_some())),
                hash_fmt(format_args!("nna={nargs}|{ai}")),
            ];
            let cue =
                Cue { span: pspan, lemma: l.clone(), speaker: Some(hspan), speaker_head: Some(holder), clause: None };
            out.push(Candidate {
                clause: ctx.clauses.len() + i,
                content: span,
                cue,
                feats: feats.to_vec(),
                arg: atype,
            });
        }
    }
    out
}

/// What the features of a pair know about its clause.
struct Context<'s> {
    skind: &'s str,
    speech: bool,
    nested: bool,
    ai: usize,
    nargs: usize,
}

/// The lexicon's classes of a lemma (speech, attitude, object, prep...).
fn lexicon_class(l: &str) -> String {
    let mut out = String::new();
    for (name, list) in [
        ("speech", lexicon::SPEECH_VERBS),
        ("attitude", lexicon::ATTITUDE_VERBS),
        ("object", lexicon::OBJECT_CUES),
        ("xcomp", lexicon::XCOMP_SPEECH),
        ("prep", lexicon::PREP_ONLY_VERBS),
        ("quote", lexicon::QUOTE_ONLY_CUES),
    ] {
        if list.contains(&l) {
            out.push_str(name);
            out.push('+');
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn features(
    ctx: &Ctx<'_>,
    c: &Clause,
    ent: &[Option<EntityKind>],
    cx: &Context<'_>,
    atype: &str,
    span: Span,
    head: usize,
    actor: Option<&dateline_syntax::Arg>,
) -> Vec<u32> {
    let (skind, speech, ai, nargs) = (cx.skind, cx.speech, cx.ai, cx.nargs);
    let doc = ctx.doc;
    let p = c.predicate;
    let l = c.lemma.as_str();
    let range = doc.tokens_in(span);
    let len = len_bucket(range.len());
    let first = range.clone().next().map(|k| lemma_or_word(ctx, k)).unwrap_or_default();
    let hl = lemma_or_word(ctx, head);
    let hu = doc.tokens[head].upos.map(|u| format!("{u:?}")).unwrap_or_default();
    let xpos = doc.tokens[p].xpos.clone().unwrap_or_default();
    let pu = doc.tokens[p].upos.map(|u| format!("{u:?}")).unwrap_or_default();
    let prel = doc.tokens[p].deprel.clone().unwrap_or_default();
    let (grel, gspeech) = match &c.governor {
        Some((g, r)) => (r.clone(), ctx.lemma(*g).is_some_and(|gl| lexicon::is_speech(&gl))),
        None => ("root".to_string(), false),
    };
    let before = match actor {
        Some(a) => {
            let b = doc.tokens_in(a.span).start;
            if b == 0 || doc.sentence_at(doc.tokens[b - 1].span.start) != doc.sentence_at(a.span.start) {
                "<s>".to_string()
            } else {
                lemma_or_word(ctx, b - 1)
            }
        }
        None => "<none>".to_string(),
    };
    let prep_cue =
        atype.strip_prefix("obl:").is_some_and(|pr| lexicon::PREP_CUES.iter().any(|&(pl, pp)| pl == l && pp == pr));
    let class = lexicon_class(l);
    let tense = match c.tense {
        Tense::Past => "past",
        Tense::Present => "present",
        Tense::Future => "future",
        Tense::Untensed => "untensed",
    };
    let modality = match c.modality {
        Modality::Asserted => "asserted",
        m => m.as_str(),
    };
    let voice = if c.voice == Voice::Passive { "passive" } else { "active" };
    let content_ent = range.clone().filter_map(|k| ent[k]).next().map(|k| format!("{k:?}")).unwrap_or_default();
    let fronted = span.end <= doc.tokens[p].span.start;
    let mark = range
        .clone()
        .find(|&k| doc.tokens[k].head == Some(head as u32) && doc.tokens[k].deprel.as_deref() == Some("mark"))
        .map(|k| lemma_or_word(ctx, k))
        .unwrap_or_default();
    let s = [
        hash("b"),
        hash_fmt(format_args!("l={l}")),
        hash_fmt(format_args!("a={atype}")),
        hash_fmt(format_args!("la={l}|{atype}")),
        hash_fmt(format_args!("sp={speech}|{atype}")),
        hash_fmt(format_args!("sk={skind}")),
        hash_fmt(format_args!("lsk={l}|{skind}")),
        hash_fmt(format_args!("ask={atype}|{skind}")),
        hash_fmt(format_args!("v={voice}|{atype}")),
        hash_fmt(format_args!("t={tense}")),
        hash_fmt(format_args!("m={modality}")),
        hash_fmt(format_args!("n={}", c.negated())),
        hash_fmt(format_args!("pf={}|pg={}", c.perfect, c.progressive)),
        hash_fmt(format_args!("x={xpos}")),
        hash_fmt(format_args!("pu={pu}|{atype}")),
        hash_fmt(format_args!("pusk={pu}|{skind}")),
        hash_fmt(format_args!("pr={prel}")),
        hash_fmt(format_args!("g={grel}|{gspeech}")),
        hash_fmt(format_args!("gs={gspeech}|{atype}")),
        hash_fmt(format_args!("len={len}")),
        hash_fmt(format_args!("alen={atype}|{len}")),
        hash_fmt(format_args!("lalen={l}|{atype}|{len}")),
        hash_fmt(format_args!("ah={atype}|{hl}")),
        hash_fmt(format_args!("lah={l}|{hl}")),
        hash_fmt(format_args!("ahu={atype}|{hu}")),
        hash_fmt(format_args!("lahu={l}|{atype}|{hu}")),
        hash_fmt(format_args!("f={atype}|{first}")),
        hash_fmt(format_args!("lf={l}|{first}")),
        hash_fmt(format_args!("mk={atype}|{mark}")),
        hash_fmt(format_args!("bs={before}")),
        hash_fmt(format_args!("inh={:?}", actor.map(|a| a.inherited))),
        hash_fmt(format_args!("nest={}", cx.nested)),
        hash_fmt(format_args!("nesta={}|{atype}", cx.nested)),
        hash_fmt(format_args!("cls={class}|{atype}")),
        hash_fmt(format_args!("clsk={class}|{skind}")),
        hash_fmt(format_args!("pc={prep_cue}")),
        hash_fmt(format_args!("na={nargs}|{ai}")),
        hash_fmt(format_args!("fr={fronted}|{atype}")),
        hash_fmt(format_args!("ce={atype}|{content_ent}")),
        hash_fmt(format_args!("lv={l}|{voice}|{tense}")),
    ];
    let mut s = s.to_vec();
    // The subject's head word, alone and with the cue.
    {
        let sh = actor.map(|a| lemma_or_word(ctx, a.head)).unwrap_or_else(|| "<none>".into());
        s.push(hash_fmt(format_args!("sh={sh}")));
        s.push(hash_fmt(format_args!("lsh={l}|{sh}")));
        s.push(hash_fmt(format_args!("ash={atype}|{sh}")));
    }
    // The governor's lemma, the word before the cue, the content's last
    // word and its distance from the cue.
    {
        let gl = c.governor.as_ref().map(|(g, _)| lemma_or_word(ctx, *g)).unwrap_or_else(|| "<root>".into());
        s.push(hash_fmt(format_args!("gl={gl}|{grel}")));
        s.push(hash_fmt(format_args!("lgl={l}|{gl}")));
        let prev = if p == 0 { "<s>".to_string() } else { lemma_or_word(ctx, p - 1) };
        s.push(hash_fmt(format_args!("pw={prev}")));
        s.push(hash_fmt(format_args!("lpw={l}|{prev}")));
        let last = range.clone().last().map(|k| lemma_or_word(ctx, k)).unwrap_or_default();
        s.push(hash_fmt(format_args!("lw={atype}|{last}")));
        let gap = if fronted {
            doc.tokens_in(Span::new(span.end, doc.tokens[p].span.start)).len()
        } else {
            range.start.saturating_sub(p + 1)
        };
        s.push(hash_fmt(format_args!("d={atype}|{}", len_bucket(gap + 1))));
    }
    // The sentence: its length, its place in the paragraph and the
    // article, quotation marks in it.
    {
        let si = doc.sentence_at(doc.tokens[p].span.start);
        let (slen, first_in_par, index) = match si {
            Some(i) => {
                let sent = &doc.sentences[i];
                let first = i == 0 || {
                    let prev = doc.sentences[i - 1].span.end;
                    dateline_core::sentences::is_paragraph_break(&doc.text()[prev..sent.span.start])
                };
                (sent.tokens.len(), first, i)
            }
            None => (0, false, 0),
        };
        s.push(hash_fmt(format_args!("sl={}", len_bucket(slen / 2))));
        s.push(hash_fmt(format_args!("fp={first_in_par}|{}", index.min(3))));
        let quoted = si.is_some_and(|i| {
            let ss = doc.sentences[i].span;
            ctx.runs.iter().any(|r| r.outer().overlaps(ss))
        });
        s.push(hash_fmt(format_args!("q={quoted}|{atype}")));
        s.push(hash_fmt(format_args!("skt={skind}|{tense}|{modality}")));
    }
    s
}

/// The attributions the model adds to the hand rules' `quotes` (reported
/// speech so far) in a document whose quotations are `direct` (their
/// cues `direct_cues`): none without a model.
pub fn extra(
    ctx: &Ctx<'_>,
    resolver: &crate::speaker::Resolver<'_>,
    quotes: &[Quote],
    direct: &[Span],
    direct_cues: &[Span],
) -> Vec<Quote> {
    let Some(model) = Model::embedded() else { return Vec::new() };
    pick(model, scored_candidates(ctx, &existing(quotes, direct, direct_cues)))
        .into_iter()
        .map(|c| crate::make_quote(ctx.doc, ctx, resolver, c.content, QuoteKind::Indirect, Some(&c.cue)))
        .collect()
}

/// The entity kind of each token (None outside every mention).
fn entity_kinds(doc: &dateline_core::Document) -> Vec<Option<EntityKind>> {
    let mut ent: Vec<Option<EntityKind>> = vec![None; doc.tokens.len()];
    for e in &doc.entities {
        for m in &e.mentions {
            for k in doc.tokens_in(m.span) {
                ent[k] = Some(e.kind);
            }
        }
    }
    ent
}

/// Whether the veto reads the hand rules' attribution `quotes[i]`:
/// reported speech (no quotation marks in it) with a cue of its own. The
/// parts of one content split by its cue ("After two quiet years, the
/// office said, spending will rise") are one attribution, which leaving
/// out one part does not remove.
fn vetoable(quotes: &[Quote], i: usize) -> bool {
    let q = &quotes[i];
    q.kind == QuoteKind::Indirect
        && q.cue_span.is_some()
        && !quotes.iter().enumerate().any(|(k, o)| k != i && o.cue_span == q.cue_span)
}

/// The veto's hashed features of the hand rules' attribution `quotes[i]`:
/// its cue lemma, where the cue stands, the content's length and edge
/// words, the speaker's kind, the cue's clause, the sentence.
fn veto_features(ctx: &Ctx<'_>, ent: &[Option<EntityKind>], quotes: &[Quote], i: usize) -> Vec<u32> {
    let doc = ctx.doc;
    let q = &quotes[i];
    let cue = q.cue.as_deref().unwrap_or("-");
    let range = doc.tokens_in(q.span);
    let len = len_bucket(range.len());
    let first = range.clone().next().map(|k| lemma_or_word(ctx, k)).unwrap_or_default();
    let last = range.clone().last().map(|k| lemma_or_word(ctx, k)).unwrap_or_default();
    let cspan = q.cue_span.unwrap_or(q.span);
    let ctoks = doc.tokens_in(cspan);
    let cpos = if cspan.end <= q.span.start {
        "before"
    } else if cspan.start >= q.span.end {
        "after"
    } else {
        "inside"
    };
    let ck = ctoks.start.min(doc.tokens.len().saturating_sub(1));
    let cu = doc.tokens.get(ck).and_then(|t| t.upos).map_or("-", |u| u.as_str());
    let skind = match q.speaker_span {
        Some(sp) => {
            let toks = doc.tokens_in(sp);
            let head = toks
                .clone()
                .find(|&k| doc.tokens[k].head.is_none_or(|h| !toks.contains(&(h as usize))))
                .or(toks.clone().last());
            head.map_or("none".to_string(), |h| subject_kind(ctx, ent, h))
        }
        None => "none".to_string(),
    };
    let entity = q.speaker.is_some();
    let clause = doc.tokens.get(ck).and_then(|_| ctx.clause_of[ck]).map(|c| &ctx.clauses[c]);
    let (tense, neg, modality) = match clause {
        Some(c) => (format!("{:?}", c.tense), c.negated(), c.modality.as_str().to_string()),
        None => ("-".to_string(), false, "-".to_string()),
    };
    let before = if ctoks.start == 0 { "<s>".to_string() } else { lemma_or_word(ctx, ctoks.start - 1) };
    let after = if ctoks.end >= doc.tokens.len() { "</s>".to_string() } else { lemma_or_word(ctx, ctoks.end) };
    let sent = doc.sentence_at(q.span.start).map(|k| doc.sentences[k].span);
    let quoted = sent.is_some_and(|ss| ctx.runs.iter().any(|r| r.outer().overlaps(ss)));
    let others = sent.map_or(0, |ss| quotes.iter().filter(|o| o.span.overlaps(ss)).count().min(4));
    let whole = sent.is_some_and(|ss| {
        doc.tokens_in(Span::new(ss.start, q.span.start)).len() + doc.tokens_in(Span::new(q.span.end, ss.end)).len() <= 4
    });
    vec![
        hash("vb"),
        hash_fmt(format_args!("vc={cue}")),
        hash_fmt(format_args!("vcp={cpos}|{cu}")),
        hash_fmt(format_args!("vccp={cue}|{cpos}")),
        hash_fmt(format_args!("vlen={cpos}|{len}")),
        hash_fmt(format_args!("vclen={cue}|{len}")),
        hash_fmt(format_args!("vf={cpos}|{first}")),
        hash_fmt(format_args!("vcf={cue}|{first}")),
        hash_fmt(format_args!("vlw={cpos}|{last}")),
        hash_fmt(format_args!("vsk={skind}|{entity}")),
        hash_fmt(format_args!("vcsk={cue}|{skind}")),
        hash_fmt(format_args!("vt={tense}|{neg}|{modality}")),
        hash_fmt(format_args!("vct={cue}|{tense}|{neg}")),
        hash_fmt(format_args!("vbw={before}")),
        hash_fmt(format_args!("vcbw={cue}|{before}")),
        hash_fmt(format_args!("vaw={after}")),
        hash_fmt(format_args!("vq={quoted}|{others}")),
        hash_fmt(format_args!("vwh={whole}|{cpos}")),
    ]
}

static VETO_BYTES: &[u8] = include_bytes!("../model/veto.bin");
static VETO: OnceLock<Option<Model>> = OnceLock::new();

/// Leaves out of the hand rules' attributions `quotes` the reported
/// speech the veto model scores at or below its threshold (none without
/// a model).
pub fn veto(ctx: &Ctx<'_>, quotes: &mut Vec<Quote>) {
    let Some(model) = VETO.get_or_init(|| Model::read(VETO_BYTES, VETO_MAGIC)).as_ref() else { return };
    let ent = entity_kinds(ctx.doc);
    let keep: Vec<bool> = (0..quotes.len())
        .map(|i| !vetoable(quotes, i) || model.score(&veto_features(ctx, &ent, quotes, i)) > model.threshold)
        .collect();
    // (Read once: this runs for every article.)
    static DEBUG: OnceLock<bool> = OnceLock::new();
    if *DEBUG.get_or_init(|| std::env::var_os("QLEARN_DEBUG").is_some()) {
        for (q, _) in quotes.iter().zip(&keep).filter(|(_, k)| !**k) {
            eprintln!("VETO\t{:?}\t{}", q.cue, ctx.doc.slice(q.span));
        }
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// The [`candidates`] with the features of their surroundings added: the
/// attributions of the hand rules (`existing`) in their sentence and the
/// sentences beside it. The model scores these.
pub fn scored_candidates(ctx: &Ctx<'_>, existing: &[(Span, Option<Span>)]) -> Vec<Candidate> {
    let mut cands = candidates(ctx, existing);
    add_context(ctx, existing, &mut cands);
    cands
}

/// Adds to each candidate's features whether its sentence, the one before
/// and the one after hold a content or cue of `existing`.
fn add_context(ctx: &Ctx<'_>, existing: &[(Span, Option<Span>)], cands: &mut [Candidate]) {
    let doc = ctx.doc;
    let ns = doc.sentences.len();
    let mut has = vec![false; ns];
    for (x, c) in existing {
        for sp in std::iter::once(*x).chain(*c) {
            if let Some(i) = doc.sentence_at(sp.start) {
                has[i] = true;
            }
        }
    }
    for c in cands.iter_mut() {
        let Some(i) = doc.sentence_at(c.cue.span.start) else { continue };
        let prev = i > 0 && has[i - 1];
        let next = i + 1 < ns && has[i + 1];
        c.feats.push(hash_fmt(format_args!("sa={}", has[i])));
        c.feats.push(hash_fmt(format_args!("saa={}|{}", has[i], c.arg)));
        c.feats.push(hash_fmt(format_args!("pna={prev}|{next}")));
        c.feats.push(hash_fmt(format_args!("lsa={}|{}", c.cue.lemma, has[i])));
    }
}

/// What [`candidates`] reads as taken: the contents and cues of the hand
/// rules' reported speech `quotes`, the quotations `direct` and their
/// cues `direct_cues`.
fn existing(quotes: &[Quote], direct: &[Span], direct_cues: &[Span]) -> Vec<(Span, Option<Span>)> {
    quotes
        .iter()
        .map(|q| (q.span, q.cue_span))
        .chain(direct.iter().map(|d| (*d, None)))
        .chain(direct_cues.iter().map(|c| (Span::new(c.start, c.start), Some(*c))))
        .collect()
}

/// Of each clause's candidates the best one above the threshold.
fn pick(model: &Model, cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut best: Vec<(f32, Candidate)> = Vec::new();
    let mut slot: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for c in cands {
        let s = model.score(&c.feats);
        if s <= model.threshold {
            continue;
        }
        // (The best candidate of each clause, found by its clause index.)
        match slot.get(&c.clause) {
            Some(&k) if best[k].0 < s => best[k] = (s, c),
            Some(_) => {}
            None => {
                slot.insert(c.clause, best.len());
                best.push((s, c));
            }
        }
    }
    best.into_iter().map(|(_, c)| c).collect()
}

/// Options of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// The PolNeAR folder (`../shared/eval/quotes-polnear`).
    pub dir: PathBuf,
    /// The model file written.
    pub out: PathBuf,
    /// Perceptron epochs.
    pub epochs: usize,
    /// Cross-validation folds for the threshold.
    pub folds: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Only the first articles of train (for development).
    pub limit: Option<usize>,
}

impl TrainOptions {
    /// The defaults, reading from `shared` (the `../shared` folder).
    pub fn from_shared(shared: &std::path::Path) -> TrainOptions {
        TrainOptions {
            dir: shared.join("eval/quotes-polnear"),
            out: PathBuf::from("crates/quotes/model/attribution.bin"),
            epochs: 6,
            folds: 5,
            seed: 7,
            limit: None,
        }
    }
}

/// What [`train`] did.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    /// Train articles read.
    pub articles: usize,
    /// Candidate pairs, and the positive ones.
    pub candidates: usize,
    /// Positive pairs.
    pub positives: usize,
    /// The threshold chosen.
    pub threshold: f32,
    /// All-attribution (tp, predicted, gold) at 0.3 on train, hand rules only.
    pub before: (usize, usize, usize),
    /// The same with the cross-validated additions (estimated from the labels).
    pub after_cv: (usize, usize, usize),
    /// Bytes of the model file.
    pub model_bytes: usize,
    /// Reported contents of the hand rules whose cue is a gold cue (the
    /// boundary model's training groups, with the additions' below).
    pub boundary_groups: usize,
    /// Of those, the contents as drawn matching their gold content at
    /// overlap 0.3 and 0.8.
    pub boundary_before: (usize, usize),
    /// The same with the boundary model's cross-validated choices.
    pub boundary_cv: (usize, usize),
    /// The learned additions' candidates whose cue is a gold cue (the
    /// boundary model's other training groups).
    pub boundary_added: usize,
    /// Of those, the contents as drawn matching their gold content at
    /// overlap 0.3 and 0.8.
    pub boundary_added_before: (usize, usize),
    /// The same with the boundary model's cross-validated choices.
    pub boundary_added_cv: (usize, usize),
    /// Where the boundary model was written (`boundary.bin` beside the
    /// attribution model).
    pub boundary_out: PathBuf,
    /// The hand rules' reported speech the veto read on train.
    pub veto_examples: usize,
    /// The veto's threshold (minus infinity: no veto written).
    pub veto_threshold: f32,
    /// All-attribution (tp, predicted, gold) at 0.3 with the learned
    /// additions and the veto, cross-validated.
    pub after_veto: (usize, usize, usize),
}

fn f1(c: (usize, usize, usize)) -> f64 {
    2.0 * c.0 as f64 / (c.1 + c.2).max(1) as f64
}

impl std::fmt::Display for TrainReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles, {} candidates ({} positive); threshold {:.3}; train all F1 at 0.3 {:.3} (tp {}, predicted {}, gold {}) -> {:.3} cross-validated (tp {}, predicted {}); model {} bytes",
            self.articles,
            self.candidates,
            self.positives,
            self.threshold,
            f1(self.before),
            self.before.0,
            self.before.1,
            self.before.2,
            f1(self.after_cv),
            self.after_cv.0,
            self.after_cv.1,
            self.model_bytes
        )?;
        write!(
            f,
            "; content boundaries: {} reported contents with a gold cue, matching at 0.3 / 0.8 {} / {} as drawn -> {} / {} cross-validated ({} candidates of the additions with a gold cue: {} / {} -> {} / {}; boundary model written to {})",
            self.boundary_groups,
            self.boundary_before.0,
            self.boundary_before.1,
            self.boundary_cv.0,
            self.boundary_cv.1,
            self.boundary_added,
            self.boundary_added_before.0,
            self.boundary_added_before.1,
            self.boundary_added_cv.0,
            self.boundary_added_cv.1,
            self.boundary_out.display()
        )?;
        write!(
            f,
            "; veto: {} hand-rule attributions, threshold {:.3}, all F1 at 0.3 -> {:.3} cross-validated (tp {}, predicted {})",
            self.veto_examples,
            self.veto_threshold,
            f1(self.after_veto),
            self.after_veto.0,
            self.after_veto.1
        )
    }
}

/// All-attribution (true positives, predicted, gold) at overlap 0.3.
type Counts = (usize, usize, usize);

/// A training example: its document, clause, gold label (the gold
/// attribution it matches) and features.
struct Example {
    /// For development: cue lemma, argument kind and content words.
    desc: String,
    doc: usize,
    clause: usize,
    gold: Option<usize>,
    feats: Vec<u32>,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Averaged logistic regression by stochastic gradient over `ex` (labels:
/// a gold match or none); the weights are averaged over all steps, as in
/// an averaged perceptron.
fn fit(ex: &[&Example], epochs: usize, seed: u64) -> Vec<f32> {
    let mut w = vec![0f32; DIM];
    let mut total = vec![0f64; DIM];
    let mut stamp = vec![0u64; DIM];
    let mut t: u64 = 1;
    let mut order: Vec<usize> = (0..ex.len()).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let e = ex[k];
            let s: f32 = e.feats.iter().map(|&f| w[f as usize]).sum();
            // Logistic loss, plain SGD (rate 0.1): the step is the residual.
            let y: f32 = if e.gold.is_some() { 1.0 } else { 0.0 };
            let step = 0.1 * (y - 1.0 / (1.0 + (-s).exp()));
            if step != 0.0 {
                for &f in &e.feats {
                    let f = f as usize;
                    total[f] += f64::from(w[f]) * (t - stamp[f]) as f64;
                    stamp[f] = t;
                    w[f] += step;
                }
            }
            t += 1;
        }
    }
    (0..DIM).map(|f| ((total[f] + f64::from(w[f]) * (t - stamp[f]) as f64) / t as f64) as f32).collect()
}

/// The all-attribution counts at 0.3 when the best candidate of each
/// clause scoring above `threshold` is added (a positive counts once per
/// gold attribution).
fn simulate(ex: &[Example], scores: &[f32], base: (usize, usize, usize), threshold: f32) -> (usize, usize, usize) {
    let mut best: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
    for (k, e) in ex.iter().enumerate() {
        if scores[k] <= threshold {
            continue;
        }
        let b = best.entry((e.doc, e.clause)).or_insert(k);
        if scores[*b] < scores[k] {
            *b = k;
        }
    }
    let mut hit = std::collections::HashSet::new();
    for &k in best.values() {
        if let Some(g) = ex[k].gold {
            hit.insert((ex[k].doc, g));
        }
    }
    (base.0 + hit.len(), base.1 + best.len(), base.2)
}

/// Trains the models on PolNeAR train: runs the pipeline (learned
/// attributions off) over each article; fits the content boundary model
/// on the hand rules' contents (margin on cross-validated folds) and
/// writes it; then reads the attribution candidates and their labels from
/// the hand rules' contents as that boundary model redraws them (as at
/// run time), chooses the threshold on cross-validated folds, fits the
/// final attribution model on all of train and writes it. `progress` gets
/// (done, total) articles.
pub fn train(opts: &TrainOptions, progress: &mut dyn FnMut(usize, usize)) -> Result<TrainReport, QuoteError> {
    // The boundary model is written beside the attribution model, as
    // `boundary.bin`: the attribution model may not take that name.
    if opts.out.file_name().is_some_and(|n| n == "boundary.bin" || n == "veto.bin") {
        return Err(QuoteError::Io {
            path: opts.out.display().to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the boundary and veto models are written to boundary.bin and veto.bin beside the attribution model: choose another file name",
            ),
        });
    }
    // For development (QLEARN_EXAMPLES=FILE): the attribution examples
    // are read from FILE when it exists (the pipeline and the boundary
    // model are skipped), else written to it.
    let cache = std::env::var_os("QLEARN_EXAMPLES").map(PathBuf::from);
    if let Some(path) = cache.as_ref().filter(|p| p.exists()) {
        let (ex, base) = read_examples(path)?;
        let (threshold, after, model_bytes) = fit_attribution(opts, &ex, base)?;
        return Ok(TrainReport {
            articles: 0,
            candidates: ex.len(),
            positives: ex.iter().filter(|e| e.gold.is_some()).count(),
            threshold,
            before: base,
            after_cv: after,
            model_bytes,
            veto_threshold: f32::NEG_INFINITY,
            after_veto: after,
            ..TrainReport::default()
        });
    }
    let pipeline = crate::eval::pipeline(false)?;
    let articles = crate::eval::split_articles(&opts.dir, "train")?;
    let total = opts.limit.unwrap_or(usize::MAX).min(articles.len());
    let mut ex: Vec<Example> = Vec::new();
    let mut bgroups: Vec<crate::boundary::Group> = Vec::new();
    let mut base = (0, 0, 0);
    let mut arts: Vec<(usize, crate::eval::TrainArticle)> = Vec::new();
    let mut vex: Vec<VetoExample> = Vec::new();
    for (i, (name, ann, txt)) in articles.iter().take(total).enumerate() {
        progress(i, total);
        let Some(a) = crate::eval::train_article(&pipeline, name, ann, txt)? else { continue };
        bgroups.extend(boundary_groups(&a, &Ctx::new(&a.doc), i));
        arts.push((i, a));
    }
    progress(total, total);
    let read = arts.len();
    let folds = opts.folds.max(2);
    // The content boundaries: out-of-fold choices, then the final model.
    // (The counts reported are of the hand rules' contents and of the
    // additions' candidates apart.)
    let no_change = vec![0; bgroups.len()];
    let boundary_before = boundary_tally(&bgroups, &no_change, false);
    let boundary_added_before = boundary_tally(&bgroups, &no_change, true);
    let (chosen, margin) = boundary_choices(&bgroups, folds, BOUNDARY_EPOCHS, opts.seed);
    let boundary_cv = boundary_tally(&bgroups, &chosen, false);
    let boundary_added_cv = boundary_tally(&bgroups, &chosen, true);
    if std::env::var_os("QLEARN_DEBUG").is_some() {
        debug_boundary(&bgroups, &chosen, margin);
    }
    let boundary_report = TrainReport {
        articles: read,
        boundary_groups: bgroups.iter().filter(|g| !g.added).count(),
        boundary_before,
        boundary_cv,
        boundary_added: bgroups.iter().filter(|g| g.added).count(),
        boundary_added_before,
        boundary_added_cv,
        ..TrainReport::default()
    };
    if std::env::var_os("QLEARN_BOUNDARY_ONLY").is_some() {
        // The cross-validated counts with three more seeds (how much the
        // shuffling alone moves them).
        for seed in 1..4 {
            let (chosen, margin) =
                boundary_choices(&bgroups, folds, BOUNDARY_EPOCHS, opts.seed.wrapping_add(1000 * seed));
            let (hand, added) = (boundary_tally(&bgroups, &chosen, false), boundary_tally(&bgroups, &chosen, true));
            eprintln!("boundary seed +{seed}: {hand:?}, additions {added:?}, margin {margin}");
        }
        return Ok(boundary_report);
    }
    let all: Vec<&crate::boundary::Group> = bgroups.iter().collect();
    let mut bmodel = crate::boundary::fit(&all, BOUNDARY_EPOCHS, opts.seed);
    bmodel.margin = margin;
    let boundary_out = opts.out.with_file_name("boundary.bin");
    std::fs::write(&boundary_out, bmodel.to_bytes())
        .map_err(|source| QuoteError::Io { path: boundary_out.display().to_string(), source })?;
    // The attribution model's candidates, read from the hand rules'
    // contents as the runtime gives them to it: redrawn by the boundary
    // model just fitted, nested ones left out (and its baseline counts
    // from the same contents).
    for (i, a) in &arts {
        let i = *i;
        let doc = &a.doc;
        let ctx = Ctx::new(doc);
        let resolver = crate::speaker::Resolver::new(doc);
        let stage = crate::reported_stage(&ctx, &resolver, Some(&bmodel));
        let existing = existing(&stage.reported, &stage.direct_spans, &stage.used_cues);
        let full = crate::find_quotes_using(doc, false, Some(&bmodel));
        let counts = a.counts_of(full.clone());
        base = (base.0 + counts.0, base.1 + counts.1, base.2 + counts.2);
        vex.extend(veto_examples(a, &ctx, &stage.reported, &full, counts, i));
        let map = OffsetMap::new(doc.text());
        let cands = scored_candidates(&ctx, &existing);
        if std::env::var_os("QLEARN_DEBUG").is_some() {
            debug_misses(a, &ctx, &cands, &existing);
        }
        for c in cands {
            let (ps, pe) = map.char_span(c.cue.span);
            let content = map.char_span(c.content);
            // Positive: the pair matches a gold attribution of this cue.
            // (Any gold content no rule matched, whatever its cue, was
            // measured too: dev all F1 0.748 instead of 0.745, but 0.575
            // instead of 0.580 at 0.8 and speaker match 0.835 instead of
            // 0.842; left out.)
            let gold = a.gold.iter().position(|g| {
                g.cue.iter().any(|&(s, e)| s < pe && ps < e)
                    && crate::eval::span_overlap(&a.chars, content, &g.content) >= 0.3
            });
            let desc = if std::env::var_os("QLEARN_DEBUG").is_some() {
                let words: String = doc.slice(c.content).chars().take(60).collect();
                format!("{}\t{}\t{}", c.cue.lemma, c.arg, words.replace(['\n', '\t'], " "))
            } else {
                String::new()
            };
            ex.push(Example { desc, doc: i, clause: c.clause, gold, feats: c.feats });
        }
    }
    if let Some(path) = &cache {
        write_examples(path, &ex, base)?;
    }
    let (threshold, after, model_bytes) = fit_attribution(opts, &ex, base)?;
    let (veto_threshold, after_veto) = fit_veto(opts, &vex, after)?;
    Ok(TrainReport {
        articles: read,
        candidates: ex.len(),
        positives: ex.iter().filter(|e| e.gold.is_some()).count(),
        threshold,
        before: base,
        after_cv: after,
        model_bytes,
        boundary_out,
        veto_examples: vex.len(),
        veto_threshold,
        after_veto,
        ..boundary_report
    })
}

/// Chooses the attribution model's threshold on cross-validated folds of
/// `ex`, fits the model on all of them and writes it: (threshold, the
/// cross-validated counts, the file's bytes).
fn fit_attribution(opts: &TrainOptions, ex: &[Example], base: Counts) -> Result<(f32, Counts, usize), QuoteError> {
    let folds = opts.folds.max(2);
    // Out-of-fold scores.
    let mut scores = vec![0f32; ex.len()];
    for f in 0..folds {
        let train: Vec<&Example> = ex.iter().filter(|e| e.doc % folds != f).collect();
        let w = fit(&train, opts.epochs, opts.seed.wrapping_add(f as u64));
        for (k, e) in ex.iter().enumerate() {
            if e.doc % folds == f {
                scores[k] = e.feats.iter().map(|&x| w[x as usize]).sum();
            }
        }
    }
    if std::env::var_os("QLEARN_DEBUG").is_some() {
        for (k, e) in ex.iter().enumerate() {
            eprintln!("CAND\t{}\t{:.3}\t{}", e.gold.is_some(), scores[k], e.desc);
        }
    }
    let mut grid: Vec<f32> = scores.clone();
    grid.sort_by(f32::total_cmp);
    grid.dedup();
    let step = (grid.len() / 2000).max(1);
    // The cross-validated F1 is flat over a wide range of thresholds (within
    // a few ten-thousandths from about -0.9 to -0.2), so its arg-max jumps
    // with every small change of the code. Take the middle of the plateau:
    // the median of the thresholds within PLATEAU of the best F1.
    const PLATEAU: f64 = 0.0005;
    let curve: Vec<(f32, (usize, usize, usize))> =
        grid.iter().step_by(step).map(|&t| (t, simulate(ex, &scores, base, t))).collect();
    let best = curve.iter().map(|&(_, c)| f1(c)).fold(f1(base), f64::max);
    let flat: Vec<&(f32, (usize, usize, usize))> =
        curve.iter().filter(|&&(_, c)| f1(c) > f1(base) && f1(c) >= best - PLATEAU).collect();
    if std::env::var_os("QLEARN_CURVE").is_some() {
        let oracle: Vec<f32> = ex.iter().map(|e| if e.gold.is_some() { 1.0 } else { 0.0 }).collect();
        let o = simulate(ex, &oracle, base, 0.5);
        eprintln!("best CV F1 {best:.4} (base {:.4}; oracle {:.4} {o:?})", f1(base), f1(o));
        for q in [2.0f32, 1.0, 0.5, 0.0, -0.5, -1.0, -1.5, -2.0] {
            let c = simulate(ex, &scores, base, q);
            eprintln!("  at {q}: added {} tp {} F1 {:.4}", c.1 - base.1, c.0 - base.0, f1(c));
        }
    }
    let (threshold, after) = match flat.get(flat.len() / 2) {
        Some(&&(t, c)) => (t, c),
        None => (f32::INFINITY, base),
    };
    let all: Vec<&Example> = ex.iter().collect();
    let weights = fit(&all, opts.epochs, opts.seed);
    let model = Model { weights, threshold };
    let bytes = model.to_bytes();
    if let Some(parent) = opts.out.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|source| QuoteError::Io { path: parent.display().to_string(), source })?;
    }
    std::fs::write(&opts.out, &bytes)
        .map_err(|source| QuoteError::Io { path: opts.out.display().to_string(), source })?;
    Ok((threshold, after, bytes.len()))
}

/// Writes the attribution examples (for development, see [`train`]).
fn write_examples(path: &std::path::Path, ex: &[Example], base: (usize, usize, usize)) -> Result<(), QuoteError> {
    let mut out = Vec::new();
    for v in [base.0, base.1, base.2, ex.len()] {
        out.extend_from_slice(&(v as u64).to_le_bytes());
    }
    for e in ex {
        let gold = e.gold.map_or(u64::MAX, |g| g as u64);
        for v in [e.doc as u64, e.clause as u64, gold, e.feats.len() as u64] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for f in &e.feats {
            out.extend_from_slice(&f.to_le_bytes());
        }
    }
    std::fs::write(path, out).map_err(|source| QuoteError::Io { path: path.display().to_string(), source })
}

/// Reads what [`write_examples`] wrote.
fn read_examples(path: &std::path::Path) -> Result<(Vec<Example>, Counts), QuoteError> {
    let b = std::fs::read(path).map_err(|source| QuoteError::Io { path: path.display().to_string(), source })?;
    let mut at = 0;
    let mut word = |n: usize| -> u64 {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[at..at + n]);
        at += n;
        u64::from_le_bytes(x)
    };
    let base = (word(8) as usize, word(8) as usize, word(8) as usize);
    let n = word(8) as usize;
    let mut ex = Vec::with_capacity(n);
    for _ in 0..n {
        let (doc, clause, gold, nf) = (word(8) as usize, word(8) as usize, word(8), word(8) as usize);
        let feats = (0..nf).map(|_| word(4) as u32).collect();
        let gold = (gold != u64::MAX).then_some(gold as usize);
        ex.push(Example { desc: String::new(), doc, clause, gold, feats });
    }
    Ok((ex, base))
}

/// A hand-rule attribution as the veto learns it: its features, and the
/// (true positives, predictions) the all-attribution counts lose without
/// it.
struct VetoExample {
    doc: usize,
    feats: Vec<u32>,
    lost: (usize, usize),
}

/// The veto's examples of one article: each vetoable attribution of the
/// hand rules' `reported` (as the runtime vetoes them), what leaving it
/// out of the article's quotes `full` (whose counts are `counts`) loses.
fn veto_examples(
    a: &crate::eval::TrainArticle,
    ctx: &Ctx<'_>,
    reported: &[Quote],
    full: &[Quote],
    counts: (usize, usize, usize),
    doc_index: usize,
) -> Vec<VetoExample> {
    let ent = entity_kinds(ctx.doc);
    let mut out = Vec::new();
    for (i, q) in reported.iter().enumerate() {
        if !vetoable(reported, i) {
            continue;
        }
        // The same attribution in the article's quotes (its start may have
        // moved past a dateline).
        let Some(k) = full.iter().position(|o| o.cue_span == q.cue_span && o.span.end == q.span.end) else { continue };
        let mut without = full.to_vec();
        without.remove(k);
        let c = a.counts_of(without);
        out.push(VetoExample {
            doc: doc_index,
            feats: veto_features(ctx, &ent, reported, i),
            lost: (counts.0.saturating_sub(c.0), counts.1.saturating_sub(c.1)),
        });
    }
    out
}

/// Fits the veto on `vex` (labels: a true positive or not), chooses its
/// threshold on cross-validated folds from the counts `after` the
/// learned additions, and writes it to `veto.bin` beside the attribution
/// model (an empty file when no threshold betters `after`): (threshold,
/// the cross-validated counts).
fn fit_veto(
    opts: &TrainOptions,
    vex: &[VetoExample],
    after: (usize, usize, usize),
) -> Result<(f32, (usize, usize, usize)), QuoteError> {
    let folds = opts.folds.max(2);
    let as_ex: Vec<Example> = vex
        .iter()
        .map(|v| Example {
            desc: String::new(),
            doc: v.doc,
            clause: 0,
            gold: (v.lost.0 > 0).then_some(0),
            feats: v.feats.clone(),
        })
        .collect();
    let mut scores = vec![0f32; vex.len()];
    for f in 0..folds {
        let train: Vec<&Example> = as_ex.iter().filter(|e| e.doc % folds != f).collect();
        let w = fit(&train, opts.epochs, opts.seed.wrapping_add(100 + f as u64));
        for (k, e) in as_ex.iter().enumerate() {
            if e.doc % folds == f {
                scores[k] = e.feats.iter().map(|&x| w[x as usize]).sum();
            }
        }
    }
    // Vetoing the examples in score order: the counts after each.
    let mut order: Vec<usize> = (0..vex.len()).collect();
    order.sort_by(|&x, &y| scores[x].total_cmp(&scores[y]).then(x.cmp(&y)));
    let mut curve: Vec<(f32, (usize, usize, usize))> = Vec::new();
    let mut c = after;
    for (n, &k) in order.iter().enumerate() {
        c = (c.0 - vex[k].lost.0.min(c.0), c.1 - vex[k].lost.1.min(c.1), c.2);
        if order.get(n + 1).is_none_or(|&j| scores[j] > scores[k]) {
            curve.push((scores[k], c));
        }
    }
    if std::env::var_os("QLEARN_CURVE").is_some() {
        for (t, c) in curve.iter().step_by((curve.len() / 40).max(1)) {
            eprintln!("veto {t:.3}\t{:.4}\t{c:?}", f1(*c));
        }
    }
    const PLATEAU: f64 = 0.0005;
    let best = curve.iter().map(|&(_, c)| f1(c)).fold(f1(after), f64::max);
    let flat: Vec<&(f32, (usize, usize, usize))> =
        curve.iter().filter(|&&(_, c)| f1(c) > f1(after) && f1(c) >= best - PLATEAU).collect();
    let out = opts.out.with_file_name("veto.bin");
    let (bytes, threshold, counts) = match flat.get(flat.len() / 2) {
        Some(&&(t, c)) => {
            let all: Vec<&Example> = as_ex.iter().collect();
            let weights = fit(&all, opts.epochs, opts.seed.wrapping_add(100));
            (write_linear(VETO_MAGIC, BITS, t, &weights), t, c)
        }
        None => (Vec::new(), f32::NEG_INFINITY, after),
    };
    std::fs::write(&out, bytes).map_err(|source| QuoteError::Io { path: out.display().to_string(), source })?;
    Ok((threshold, counts))
}

/// Epochs of the boundary ranking.
const BOUNDARY_EPOCHS: usize = 4;

/// (matched at 0.3, at 0.8) of the groups of the hand rules' contents
/// (`added` false) or of the learned additions' candidates, each with its
/// candidate of `chosen`.
fn boundary_tally(bgroups: &[crate::boundary::Group], chosen: &[usize], added: bool) -> (usize, usize) {
    let mut out = (0, 0);
    for (g, &k) in bgroups.iter().zip(chosen).filter(|(g, _)| g.added == added) {
        out.0 += usize::from(g.overlaps[k] >= 0.3);
        out.1 += usize::from(g.overlaps[k] >= 0.8);
    }
    out
}

/// The boundary model's out-of-fold choices of each group over `folds`
/// folds, and the margin whose choices match most contents at 0.3, then
/// at 0.8 (of the out-of-fold gains and 0; f32::MAX, no content redrawn,
/// when none does better than the contents as drawn): (choices, margin).
fn boundary_choices(bgroups: &[crate::boundary::Group], folds: usize, epochs: usize, seed: u64) -> (Vec<usize>, f32) {
    let mut oof = vec![(0usize, 0f32); bgroups.len()];
    for f in 0..folds {
        let train: Vec<&crate::boundary::Group> = bgroups.iter().filter(|g| g.doc % folds != f).collect();
        let m = crate::boundary::fit(&train, epochs, seed.wrapping_add(f as u64));
        for (k, g) in bgroups.iter().enumerate() {
            if g.doc % folds == f {
                oof[k] = m.best_of(g);
            }
        }
    }
    let mut margins: Vec<f32> = oof.iter().map(|o| o.1).filter(|&g| g > 0.0).collect();
    margins.push(0.0);
    margins.sort_by(f32::total_cmp);
    margins.dedup();
    let mstep = (margins.len() / 500).max(1);
    let (mut margin, mut counts) = (f32::MAX, crate::boundary::tally(bgroups, |_, _| 0));
    for &m in margins.iter().step_by(mstep) {
        let t = crate::boundary::tally(bgroups, |k, _| if oof[k].1 > m { oof[k].0 } else { 0 });
        if t > counts {
            (margin, counts) = (m, t);
        }
    }
    let chosen = oof.iter().map(|&(k, g)| if g > margin { k } else { 0 }).collect();
    (chosen, margin)
}

/// The boundary model's training groups of one article: each reported
/// content of the hand rules (see [`crate::boundary::redrawn`]) whose cue
/// overlaps a gold cue, with its candidates' overlaps with that gold
/// content; the target is the best candidate (the first on ties). The
/// contents and the blockers of their runs are those the runtime redraws
/// ([`crate::rules`]: before nesting, direct quotes and cues blocking).
/// Then each (clause, argument) candidate of the learned additions (read
/// against those contents as drawn) whose cue overlaps a gold cue, its
/// runs blocked as an addition's are (by the hand rules' quotes too).
fn boundary_groups(a: &crate::eval::TrainArticle, ctx: &Ctx<'_>, doc_index: usize) -> Vec<crate::boundary::Group> {
    let doc = &a.doc;
    let map = OffsetMap::new(doc.text());
    let resolver = crate::speaker::Resolver::new(doc);
    let rules = crate::rules(ctx, &resolver);
    let quotes = &rules.reported;
    let counts = crate::boundary::cue_counts(quotes);
    let blockers = crate::boundary::Blockers::new(quotes, &rules.blocks);
    let mut out = Vec::new();
    for q in quotes {
        if !crate::boundary::redrawn(q, &counts) {
            continue;
        }
        if let Some(g) = boundary_group(a, ctx, &map, q, &blockers, doc_index, false) {
            out.push(g);
        }
    }
    // The learned additions' candidates with a gold cue, as the runtime
    // redraws an addition: its runs blocked by the hand rules' quotes.
    let existing = existing(quotes, &rules.direct_spans, &rules.used_cues);
    let mut more = rules.blocks.clone();
    more.extend(quotes.iter().flat_map(|q| std::iter::once(q.span).chain(q.cue_span)));
    let blockers = crate::boundary::Blockers::new(&[], &more);
    // (Not the candidates of qrecall's kinds: an adverbial clause, the
    // governing statement, a content holding quoted words. With them the
    // boundary model trained on 531 more groups cut fewer of the hand
    // rules' contents right: 7,196 -> 7,166 at 0.8 cross-validated.)
    for c in candidates(ctx, &existing).into_iter().filter(|c| !new_kind(ctx, c)) {
        let q = Quote {
            span: c.content,
            kind: QuoteKind::Indirect,
            speaker: None,
            speaker_span: None,
            cue_span: Some(c.cue.span),
            cue: Some(c.cue.lemma.clone()),
            date: None,
        };
        if let Some(g) = boundary_group(a, ctx, &map, &q, &blockers, doc_index, true) {
            out.push(g);
        }
    }
    out
}

/// The training group of one reported content `q` whose cue overlaps a
/// gold cue (None else): its candidates' overlaps with that gold content,
/// the target the best of them (the first on ties).
fn boundary_group(
    a: &crate::eval::TrainArticle,
    ctx: &Ctx<'_>,
    map: &OffsetMap,
    q: &Quote,
    blockers: &crate::boundary::Blockers,
    doc_index: usize,
    added: bool,
) -> Option<crate::boundary::Group> {
    let doc = &a.doc;
    let cue = q.cue_span?;
    let (cs, ce) = map.char_span(cue);
    let g = a.gold.iter().find(|g| g.cue.iter().any(|&(s, e)| s < ce && cs < e))?;
    let cands = crate::boundary::candidates(ctx, q, blockers);
    let overlaps: Vec<f64> =
        cands.iter().map(|(s, _)| crate::eval::span_overlap(&a.chars, map.char_span(*s), &g.content)).collect();
    let mut target = 0;
    for (k, &o) in overlaps.iter().enumerate() {
        if crate::boundary::utility(o) > crate::boundary::utility(overlaps[target]) {
            target = k;
        }
    }
    let desc = if std::env::var_os("QLEARN_DEBUG").is_some() {
        let r = doc.tokens_in(q.span);
        let root = r.clone().find(|&k| doc.tokens[k].head.is_none_or(|h| !r.contains(&(h as usize))));
        let rd = root.map_or("-".to_string(), |k| {
            format!("{:?}/{}", doc.tokens[k].upos, doc.tokens[k].deprel.as_deref().unwrap_or("-"))
        });
        let mut d = vec![format!("{} [{}] {rd}", q.cue.as_deref().unwrap_or("-"), q.kind.as_str())];
        d.extend(cands.iter().map(|(s, _)| doc.slice(*s).replace('\n', " ")));
        if std::env::var_os("QLEARN_DEBUG_ALL").is_some() {
            eprintln!("BALL\t{added}\t{}\t{overlaps:?}\t{}", d[0], d[1..].join("\t"));
        }
        d
    } else {
        Vec::new()
    };
    Some(crate::boundary::Group {
        doc: doc_index,
        added,
        desc,
        feats: cands.into_iter().map(|(_, f)| f).collect(),
        overlaps,
        target,
    })
}

/// For development: the boundary model's cross-validated choices (the
/// oracle, the contents it fixes and breaks, each changed content).
fn debug_boundary(bgroups: &[crate::boundary::Group], chosen: &[usize], margin: f32) {
    eprintln!("boundary oracle {:?}", crate::boundary::tally(bgroups, |_, g| g.target));
    let changed = chosen.iter().filter(|&&k| k != 0).count();
    let targets = bgroups.iter().filter(|g| g.target != 0).count();
    let cands: usize = bgroups.iter().map(|g| g.feats.len()).sum();
    eprintln!("boundary changed {changed} targets {targets} candidates {cands} margin {margin}");
    let fixed = bgroups.iter().zip(chosen).filter(|(g, &k)| g.overlaps[0] < 0.3 && g.overlaps[k] >= 0.3).count();
    let broken = bgroups.iter().zip(chosen).filter(|(g, &k)| g.overlaps[0] >= 0.3 && g.overlaps[k] < 0.3).count();
    let fixed8 = bgroups.iter().zip(chosen).filter(|(g, &k)| g.overlaps[0] < 0.8 && g.overlaps[k] >= 0.8).count();
    let broken8 = bgroups.iter().zip(chosen).filter(|(g, &k)| g.overlaps[0] >= 0.8 && g.overlaps[k] < 0.8).count();
    eprintln!("boundary fixed {fixed} broken {broken}; at 0.8 fixed {fixed8} broken {broken8}");
    for (g, &k) in bgroups.iter().zip(chosen) {
        if k != 0 || g.target != 0 {
            eprintln!(
                "BGRP\t{:.2}\t{:.2}\t{:.2}\t{}\tORIG {}\tCHOSEN {}\tTARGET {}",
                g.overlaps[0],
                g.overlaps[k],
                g.overlaps[g.target],
                g.desc[0],
                g.desc[1],
                g.desc[k + 1],
                g.desc[g.target + 1]
            );
        }
    }
}

/// For development: why the gold attributions no rule matched have no
/// positive candidate.
fn debug_misses(a: &crate::eval::TrainArticle, ctx: &Ctx<'_>, cands: &[Candidate], existing: &[(Span, Option<Span>)]) {
    let doc = &a.doc;
    let map = OffsetMap::new(doc.text());
    let preds: Vec<std::collections::HashSet<usize>> = existing
        .iter()
        .map(|(x, _)| {
            let (s, e) = map.char_span(*x);
            (s..e).filter(|&k| a.chars[k].is_alphanumeric()).collect()
        })
        .collect();
    for g in &a.gold {
        let matched = preds.iter().any(|p| {
            let inter = p.intersection(&g.content).count();
            inter as f64 / p.len().max(g.content.len()).max(1) as f64 >= 0.3
        });
        if matched {
            continue;
        }
        let cue_text: String =
            g.cue.iter().map(|&(s, e)| a.chars[s..e].iter().collect::<String>()).collect::<Vec<_>>().join(" ");
        let cue_toks: Vec<usize> = g
            .cue
            .iter()
            .flat_map(|&(s, e)| {
                let span = Span::new(map.byte_offset(s), map.byte_offset(e));
                doc.tokens_in(span)
            })
            .collect();
        let mut lo = usize::MAX;
        let mut hi = 0;
        for &k in &g.content {
            lo = lo.min(k);
            hi = hi.max(k + 1);
        }
        let content: String = a.chars[lo.min(hi)..hi].iter().take(60).collect();
        let reason = if cue_toks.is_empty() {
            "nocue".to_string()
        } else if let Some(c) = cands.iter().find(|c| cue_toks.iter().any(|&k| doc.tokens[k].span == c.cue.span)) {
            let best = cands
                .iter()
                .filter(|x| x.clause == c.clause)
                .map(|x| crate::eval::span_overlap(&a.chars, map.char_span(x.content), &g.content))
                .fold(0.0, f64::max);
            if best >= 0.3 {
                "cand-pos".to_string()
            } else {
                format!("cand-overlap{:.1}", best)
            }
        } else {
            let pred = cue_toks.iter().find(|&&k| ctx.clause_of[k].is_some());
            match pred {
                None => {
                    let u: Vec<String> =
                        cue_toks.iter().map(|&k| format!("{:?}", doc.tokens[k].upos.unwrap_or(Upos::X))).collect();
                    format!("noclause:{}", u.join("+"))
                }
                Some(&k) => {
                    let pspan = doc.tokens[k].span;
                    let c = &ctx.clauses[ctx.clause_of[k].unwrap_or(0)];
                    if doc.tokens[k].upos != Some(Upos::VERB) {
                        format!("nonverb:{:?}", doc.tokens[k].upos.unwrap_or(Upos::X))
                    } else if existing.iter().any(|(x, cue)| x.contains(pspan) || *cue == Some(pspan)) {
                        "in-existing".to_string()
                    } else if ctx.runs.iter().any(|r| r.outer().contains(pspan)) {
                        "in-quote".to_string()
                    } else if c.actors().is_empty() && c.subjects.is_empty() {
                        "nosubject".to_string()
                    } else {
                        "noarg/overlap".to_string()
                    }
                }
            }
        };
        let shape = miss_shape(doc, &map, &cue_toks, &g.content);
        eprintln!("MISS\t{reason}\t{shape}\t{cue_text}\t{content}");
    }
}

/// For development: the syntactic shape of a gold attribution's content
/// against its cue (the cue word's tag, the content root's relation and
/// what it hangs from: the cue, the cue's governor, a sibling...).
fn miss_shape(doc: &dateline_core::Document, map: &OffsetMap, cue_toks: &[usize], content: &HashSet<usize>) -> String {
    let n = doc.tokens.len();
    let toks: Vec<usize> = (0..n)
        .filter(|&k| {
            let (s, e) = map.char_span(doc.tokens[k].span);
            (s..e).any(|c| content.contains(&c))
        })
        .collect();
    let Some(&k) = cue_toks
        .iter()
        .find(|&&k| matches!(doc.tokens[k].upos, Some(Upos::VERB | Upos::ADJ | Upos::NOUN)))
        .or(cue_toks.first())
    else {
        return "nocue".into();
    };
    let inside: HashSet<usize> = toks.iter().copied().collect();
    let head = |i: usize| doc.tokens[i].head.map(|h| h as usize).filter(|&h| h < n && h != i);
    let Some(&r) = toks.iter().find(|&&t| head(t).is_none_or(|h| !inside.contains(&h))) else {
        return "nocontent".into();
    };
    let rel = doc.tokens[r].deprel.as_deref().unwrap_or("-");
    let attach = if head(r) == Some(k) {
        "cue".to_string()
    } else if inside.contains(&k) {
        "cue-inside".to_string()
    } else if head(k) == Some(r) || head(k).is_some_and(|h| inside.contains(&h)) {
        "gov-of-cue".to_string()
    } else if head(r).is_some() && head(r) == head(k) {
        "sibling".to_string()
    } else if head(r).and_then(head) == Some(k) {
        format!("grandchild:{}", head(r).map_or("-", |h| doc.tokens[h].deprel.as_deref().unwrap_or("-")))
    } else {
        "other".to_string()
    };
    let case = (0..n)
        .find(|&q| head(q) == Some(r) && doc.tokens[q].deprel.as_deref() == Some("case"))
        .map(|q| doc.slice(doc.tokens[q].span).to_ascii_lowercase())
        .unwrap_or_default();
    let side = if toks.last().is_some_and(|&t| t < k) { "before" } else { "after" };
    format!(
        "{:?}/{rel}{}/{attach}/{side}",
        doc.tokens[k].upos.unwrap_or(Upos::X),
        if case.is_empty() { String::new() } else { format!(":{case}") }
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn formatted_features_hash_as_their_strings() {
        let (l, a, n) = ("doubt", "ccomp", 3);
        assert_eq!(hash_fmt(format_args!("la={l}|{a}")), hash("la=doubt|ccomp"));
        assert_eq!(hash_fmt(format_args!("na={n}|{}", true)), hash("na=3|true"));
        assert_eq!(hash_fmt(format_args!("b")), hash("b"));
        assert_ne!(hash("l=say"), hash("l=sai"));
    }

    use super::*;

    #[test]
    fn model_roundtrip() {
        let mut weights = vec![0f32; DIM];
        weights[hash("l=doubt") as usize] = 2.5;
        let m = Model { weights, threshold: 0.5 };
        let back = Model::from_bytes(&m.to_bytes()).expect("model reads back");
        assert_eq!(back.threshold, 0.5);
        assert_eq!(back.score(&[hash("l=doubt"), hash("b")]), 2.5);
        assert!(Model::from_bytes(b"DLQATTR1").is_none());
    }

    #[test]
    fn non_finite_numbers_are_rejected() {
        let m = Model { weights: vec![0f32; DIM], threshold: f32::NAN };
        assert!(Model::from_bytes(&m.to_bytes()).is_none());
        let mut weights = vec![0f32; DIM];
        weights[7] = f32::INFINITY;
        let m = Model { weights, threshold: 0.5 };
        assert!(Model::from_bytes(&m.to_bytes()).is_none());
    }

    #[test]
    fn score_folds_features_outside_the_space() {
        let mut weights = vec![0f32; DIM];
        weights[3] = 1.5;
        let m = Model { weights, threshold: 0.5 };
        assert_eq!(m.score(&[DIM as u32 + 3, u32::MAX]), 1.5 + m.weights[DIM - 1]);
    }
}
