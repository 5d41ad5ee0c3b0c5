//! # dateline-syntax
//!
//! The syntax layer of dateline: a part-of-speech tagger (UPOS and Penn
//! XPOS), a lemmatizer with morphological features, a greedy transition
//! based dependency parser, and a [clause view](clauses) that later layers
//! (quotes, events, times, amounts) read instead of writing their own
//! patterns. All models are trained by this crate on UD English EWT
//! ([`train`]) and embedded in the binary ([`SyntaxAnnotator::load`]).
//!
//! ```
//! use dateline_core::{Article, Document, Extractor, Pipeline, PubDate};
//! use dateline_syntax::{clauses, SyntaxAnnotator};
//!
//! let syntax = SyntaxAnnotator::load().expect("embedded model");
//! let date = PubDate::parse("2025-03-11").unwrap();
//! let mut doc = Document::new(Article::new(date, "Trump stopped military aid to Kyiv."));
//! assert!(Pipeline::segment_only().with(syntax).run(&mut doc).is_empty());
//! let verb = doc.tokens.iter().position(|t| t.lemma.as_deref() == Some("stop")).unwrap();
//! assert_eq!(doc.tokens[verb].head, None); // the root
//! let view = clauses(&doc);
//! let c = view.iter().find(|c| c.predicate == verb).unwrap();
//! assert_eq!(doc.slice(doc.tokens[c.subjects[0].head].span), "Trump");
//! ```
//!
//! ## Models
//!
//! `dateline train syntax` (see [`train`]) rebuilds the model files in
//! `model/` with fixed seeds: the tagger, held-out tagger output for the
//! parser's training tags (4 folds), the parser (12 epochs) and the
//! lemmatizer, and an empty cluster table. `dateline train syntax
//! --clusters` ([`TrainOptions::unlabeled`]) first learns word clusters
//! ([`cluster`]) from unlabeled text in `../shared` (Reuters-21578, the
//! PolNeAR training articles, the words of EWT train and CoNLL-2003
//! `eng.train`; 28,904 words, deterministic, 2-7 minutes on one core); with
//! a non-empty cluster table the tagger and the parser also read the 4-, 6-,
//! 10-bit and whole-path cluster prefixes of the words around them; with an
//! empty one they compute no cluster features at all.
//!
//! The shipped models are trained without clusters (an empty
//! `clusters.bin.gz`): UD EWT dev UPOS 94.90, UAS 84.65, LAS 81.52. They
//! were trained with `dateline train syntax`'s settings (6 tagger epochs,
//! 4 folds, 12 parser epochs, seed 7) before the frozen models were
//! quantized to 16 bits; the same command today gives models of the same
//! accuracy (UPOS 94.90, UAS 84.68, LAS 81.49; two runs byte-identical)
//! but not the same bytes, as the fold taggers that tag the parser's
//! training sentences now score with quantized weights. Shipping those
//! changes the parse of some sentences that the quotes, events, amounts
//! and clause tests were written against (31 tests in 11 test targets
//! fail with them, PETRARCH exact 308 against 310 of 359), so it waits
//! for a change that re-checks those layers. Models
//! trained with the clusters measure better on EWT dev (UPOS 95.03, UAS
//! 84.98, LAS 82.00 against 94.90 / 84.55 / 81.32 for the same training
//! without them) but lower the events layer's evaluations (PETRARCH unit
//! tests exact 0.802 against 0.836, PLOVER category 0.773 against 0.789),
//! which are fitted to the shipped parser's output, and they miss three
//! clauses of the seed article's golden file; they are not shipped until
//! those layers are checked against them (`cargo run --release -p
//! dateline-events --example events_eval -- --syntax-model DIR` scores the
//! events layer with the models of a `dateline train syntax --out DIR` run).
#![warn(missing_docs)]

pub mod clause;
pub mod cluster;
pub mod conllu;
pub mod lemma;
pub mod lex;
pub mod parser;
pub mod perceptron;
pub mod tagger;
mod train;

pub use clause::{clauses, Arg, Clause, Modality, Oblique, Tense, Voice};
pub use train::{evaluate, evaluate_sentences, train, EvalReport, TrainOptions, TrainReport};

use cluster::Clusters;
use dateline_core::{Document, ExtractError, Extractor, Segmenter, Upos};
use lemma::Lemmatizer;
use lex::Lex;
use parser::Parser;
use std::io::Read;
use std::path::Path;
use tagger::Tagger;

/// Errors of the syntax layer.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A CoNLL-U file is malformed.
    #[error("CoNLL-U line {line}: {message}")]
    Format {
        /// 1-based line number (0 when unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A line of an unlabeled text source (word clusters) is malformed.
    #[error("{path}: line {line}: {message}")]
    Source {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file is missing, truncated or corrupt.
    #[error("bad model `{name}`: {message}")]
    Model {
        /// Which model.
        name: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Bad training options.
    #[error("bad options: {0}")]
    Options(String),
}

const TAGGER_BYTES: &[u8] = include_bytes!("../model/tagger.bin.gz");
const PARSER_BYTES: &[u8] = include_bytes!("../model/parser.bin.gz");
const LEMMA_BYTES: &[u8] = include_bytes!("../model/lemma.bin.gz");
const CLUSTER_BYTES: &[u8] = include_bytes!("../model/clusters.bin.gz");

/// File names of the tagger, parser and lemmatizer model files inside a
/// model directory (the clusters are [`CLUSTERS_FILE`]).
pub const MODEL_FILES: [&str; 3] = ["tagger.bin.gz", "parser.bin.gz", "lemma.bin.gz"];

/// File name of the word clusters inside a model directory (read by the
/// tagger and the parser's features).
pub const CLUSTERS_FILE: &str = "clusters.bin.gz";

/// Longest run of tokens parsed as one unit; longer sentences are cut.
const MAX_SENTENCE: usize = 256;

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: String,
    /// Lemma.
    pub lemma: String,
    /// Morphological features (`Tense=Past|VerbForm=Fin`).
    pub feats: Option<String>,
    /// Index of the head word in the sentence, `None` for the root.
    pub head: Option<usize>,
    /// Dependency relation (UD, with subtypes).
    pub deprel: String,
}

/// The syntax layer: tagger, lemmatizer and parser. Implements
/// [`Extractor`] (name `syntax`).
#[derive(Debug, Clone)]
pub struct SyntaxAnnotator {
    tagger: Tagger,
    parser: Parser,
    lemmas: Lemmatizer,
    clusters: Clusters,
    class_upos_ix: Vec<u8>,
    parse: bool,
    /// The tagger's `PROPN NNP` class, and the indices of VERB, AUX and
    /// PRON.
    propn_class: Option<u16>,
    /// The tagger's `VERB VBD` class (for the repair of a sentence with no finite verb).
    vbd_class: Option<u16>,
    /// The tagger's `NOUN NN` class (for the repair of "a 9 percent raise").
    nn_class: Option<u16>,
    /// The tagger's `SCONJ IN` class (for "said that “...”").
    sconj_class: Option<u16>,
    /// The tagger's `VERB VBZ` and `VERB VBP` classes (for "a new poll
    /// shows that ...").
    vbz_class: Option<u16>,
    vbp_class: Option<u16>,
    /// The tagger's `ADP IN` class (for the repair of "over two years").
    in_class: Option<u16>,
    verb_ix: u8,
    aux_ix: u8,
    pron_ix: u8,
}

fn decode(name: &'static str, bytes: &[u8]) -> Result<Vec<u8>, SyntaxError> {
    if bytes.is_empty() {
        return Err(SyntaxError::Model {
            name,
            message: "empty model file (train it with `dateline train syntax`)".into(),
        });
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .map_err(|e| SyntaxError::Model { name, message: e.to_string() })?;
    Ok(out)
}

impl SyntaxAnnotator {
    /// Loads the models embedded in the binary.
    pub fn load() -> Result<SyntaxAnnotator, SyntaxError> {
        SyntaxAnnotator::from_bytes_with_clusters(TAGGER_BYTES, PARSER_BYTES, LEMMA_BYTES, CLUSTER_BYTES)
    }

    /// Loads the models of a directory written by [`train`].
    pub fn from_dir(dir: &Path) -> Result<SyntaxAnnotator, SyntaxError> {
        let read = |f: &str| {
            let p = dir.join(f);
            std::fs::read(&p).map_err(|e| SyntaxError::Io { path: p.display().to_string(), source: e })
        };
        SyntaxAnnotator::from_bytes_with_clusters(
            &read(MODEL_FILES[0])?,
            &read(MODEL_FILES[1])?,
            &read(MODEL_FILES[2])?,
            &read(CLUSTERS_FILE)?,
        )
    }

    /// Loads the models from gzipped bytes, with the embedded word clusters.
    pub fn from_bytes(tagger: &[u8], parser: &[u8], lemmas: &[u8]) -> Result<SyntaxAnnotator, SyntaxError> {
        SyntaxAnnotator::from_bytes_with_clusters(tagger, parser, lemmas, CLUSTER_BYTES)
    }

    /// Loads the models and the word clusters they were trained with from
    /// gzipped bytes.
    pub fn from_bytes_with_clusters(
        tagger: &[u8],
        parser: &[u8],
        lemmas: &[u8],
        clusters: &[u8],
    ) -> Result<SyntaxAnnotator, SyntaxError> {
        let t = Tagger::read(&mut decode("tagger", tagger)?.as_slice())
            .map_err(|e| SyntaxError::Model { name: "tagger", message: e.to_string() })?;
        let p = Parser::read(&mut decode("parser", parser)?.as_slice())
            .map_err(|e| SyntaxError::Model { name: "parser", message: e.to_string() })?;
        let l = Lemmatizer::read(&mut decode("lemma", lemmas)?.as_slice())
            .map_err(|e| SyntaxError::Model { name: "lemma", message: e.to_string() })?;
        let c = Clusters::read(&mut decode("clusters", clusters)?.as_slice())
            .map_err(|e| SyntaxError::Model { name: "clusters", message: e.to_string() })?;
        Ok(SyntaxAnnotator::from_parts(t, p, l, c))
    }

    pub(crate) fn from_parts(
        mut tagger: Tagger,
        mut parser: Parser,
        lemmas: Lemmatizer,
        clusters: Clusters,
    ) -> SyntaxAnnotator {
        // Models trained with clusters read them; models trained without
        // ship an empty table and skip the cluster features.
        tagger.use_clusters = !clusters.is_empty();
        parser.use_clusters = !clusters.is_empty();
        let class_upos_ix =
            tagger.class_upos.iter().map(|u| Upos::ALL.iter().position(|x| x == u).unwrap_or(16) as u8).collect();
        let class = |name: &str| tagger.classes.iter().position(|c| c == name).map(|c| c as u16);
        let propn_class = class("PROPN NNP");
        let vbd_class = class("VERB VBD");
        let nn_class = class("NOUN NN");
        let sconj_class = class("SCONJ IN");
        let vbz_class = class("VERB VBZ");
        let vbp_class = class("VERB VBP");
        let in_class = class("ADP IN");
        let ix = |u: Upos| Upos::ALL.iter().position(|x| *x == u).unwrap_or(16) as u8;
        SyntaxAnnotator {
            tagger,
            parser,
            lemmas,
            clusters,
            class_upos_ix,
            parse: true,
            propn_class,
            vbd_class,
            nn_class,
            sconj_class,
            vbz_class,
            vbp_class,
            in_class,
            verb_ix: ix(Upos::VERB),
            aux_ix: ix(Upos::AUX),
            pron_ix: ix(Upos::PRON),
        }
    }

    /// Builder: whether to run the parser (on by default); without it only
    /// tags, lemmas and features are filled.
    pub fn with_parser(mut self, on: bool) -> SyntaxAnnotator {
        self.parse = on;
        self
    }

    /// The dependency labels the parser predicts.
    pub fn labels(&self) -> &[String] {
        &self.parser.labels
    }

    /// Analyses one sentence given as words.
    pub fn annotate_words(&self, words: &[&str]) -> Vec<WordAnalysis> {
        let mut out = Vec::with_capacity(words.len());
        let mut scratch = Scratch::default();
        for (k, chunk) in words.chunks(MAX_SENTENCE).enumerate() {
            let base = k * MAX_SENTENCE;
            self.annotate_chunk(chunk, &mut scratch, |i, a| {
                let mut a = a;
                a.head = a.head.map(|h| h + base);
                debug_assert_eq!(i + base, out.len());
                out.push(a);
            });
        }
        out
    }

    /// News names that are also verbs or modals ("said Will Doyle", "Jack
    /// Reed", "Rand Paul"): in a sentence written in ordinary case, a
    /// capitalized word in mid-sentence that the tagger made a verb or an
    /// auxiliary, next to another capitalized word, is a proper noun. Title
    /// case headlines ("Ethiopia Departs From Talks") are left alone.
    fn names_not_verbs(&self, words: &[&str], tags: &mut [u16]) {
        let Some(propn) = self.propn_class else { return };
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.clone().next().is_some() && c.all(|x| !x.is_uppercase())
        };
        let (mut long, mut caps) = (0usize, 0usize);
        for w in words.iter().filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)) {
            long += 1;
            caps += usize::from(cap(w));
        }
        if long < 4 || caps * 2 >= long {
            return;
        }
        for i in 1..words.len().min(tags.len()) {
            let after_opening = matches!(words[i - 1], "\"" | "“" | "(" | ":" | "-" | "—" | "--" | "'" | "‘" | ";");
            let verbal = matches!(self.class_upos_ix.get(tags[i] as usize), Some(&ix) if ix == self.verb_ix || ix == self.aux_ix);
            let next_cap = words.get(i + 1).is_some_and(|w| cap(w));
            let prev_cap = i > 1 && cap(words[i - 1]) && !after_opening;
            if verbal && cap(words[i]) && !after_opening && (next_cap || prev_cap) {
                tags[i] = propn;
            }
        }
    }

    /// Acronyms spelled like pronouns ("WHO Director-General ...", "the IT
    /// ministry", "US officials"): in a sentence not written in capitals, a
    /// word of two to five capital letters the tagger made a pronoun is a
    /// proper noun when marked as a name. Stressed words ("it was NOT
    /// Israel", "ALL Syrians", "why YOU want") and headlines in capitals
    /// keep their tags.
    fn acronyms_not_function_words(&self, words: &[&str], tags: &mut [u16]) {
        let Some(propn) = self.propn_class else { return };
        let pron = |t: u16| self.class_upos_ix.get(t as usize) == Some(&self.pron_ix);
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // Most sentences have no capitalized pronoun: nothing to weigh.
        if !words.iter().zip(tags.iter()).any(|(w, &t)| pron(t) && capital(w)) {
            return;
        }
        let upper = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
        let (mut alpha, mut caps) = (0usize, 0usize);
        for w in words.iter().filter(|w| w.len() >= 2 && w.chars().all(char::is_alphabetic)) {
            alpha += 1;
            caps += usize::from(w.chars().all(|c| !c.is_lowercase()));
        }
        if alpha < 3 || caps * 3 >= alpha {
            return;
        }
        for (i, (w, t)) in words.iter().zip(tags.iter_mut()).enumerate() {
            if !pron(*t) || !capital(w) {
                continue;
            }
            // Named, not stressed ("why YOU want", "NOT a country"): a
            // name follows, or an article or a possessive marks it.
            let next = words.get(i + 1).copied().unwrap_or("");
            let named = capital(next)
                || matches!(next, "'s" | "\u{2019}s")
                || i > 0 && matches!(words[i - 1], "the" | "The" | "a" | "an");
            // A capitalized word that is no pronoun of English ("Human
            // Rights Watch said" read "Watch" as a relative "which").
            let name_word = i > 0 && !upper(w) && !is_pronoun(w);
            if upper(w) && named || name_word {
                *t = propn;
            }
        }
    }

    /// The Penn tag of one of the tagger's classes ("" when unknown).
    fn xpos_of(&self, t: u16) -> &str {
        self.tagger.class_xpos.get(t as usize).map(String::as_str).unwrap_or("")
    }

    /// A news sentence needs a finite verb: when the tagger found none
    /// ("ECOWAS, the West African bloc, imposed sanctions on Mali": the
    /// verb read as a participle after the apposition, and the whole
    /// sentence parsed as one noun phrase), the first participle that
    /// can be a past tense (an "-ed" form or one of the irregular verbs
    /// whose two forms are one), with no auxiliary or form of "be" or
    /// "have" before it and a determiner, a possessive, a number or a noun
    /// right after it (its object), is the past tense; so is an irregular
    /// one of the same two forms right after a plural noun or a name and
    /// before a preposition or an adverb, in a sentence ending with a full
    /// stop ("Teachers struck for a third day"). Only in sentences
    /// of six words or more with two long words in lower case; headlines
    /// in title case and fragments without such a participle keep their
    /// tags.
    fn past_not_participle(&self, words: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.vbd_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        if words.len() < 6 || !tags.iter().any(|&t| xpos(t) == "VBN") {
            return;
        }
        if tags.iter().any(|&t| matches!(xpos(t), "VBD" | "VBZ" | "VBP" | "MD")) {
            return;
        }
        // Ordinary case: two long words in lower case at least (a title
        // case headline has none; names may be many).
        let lower = words
            .iter()
            .filter(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
            .count();
        if lower < 2 {
            return;
        }
        const SAME: &[&str] = &[
            "said", "told", "made", "held", "sent", "found", "sold", "bought", "brought", "paid", "built", "left",
            "led", "met", "won", "lost", "kept", "set", "put", "cut", "hit", "struck", "spent", "read", "shot",
            "fought", "caught", "taught", "sought", "heard", "laid", "meant", "felt", "dealt",
        ];
        for i in 1..words.len().min(tags.len()) {
            let w = words[i].to_ascii_lowercase();
            if xpos(tags[i]) != "VBN" || !(w.ends_with("ed") || SAME.contains(&w.as_str())) {
                continue;
            }
            let before = words[..i].iter().rev().take(3).any(|p| {
                matches!(
                    p.to_ascii_lowercase().as_str(),
                    "be" | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "been"
                        | "being"
                        | "has"
                        | "have"
                        | "had"
                        | "having"
                        | "get"
                        | "got"
                        | "gets"
                        | "by"
                        | "newly"
                        | "recently"
                )
            });
            let object =
                tags.get(i + 1).is_some_and(|&t| matches!(xpos(t), "DT" | "PRP$" | "CD" | "NN" | "NNS" | "JJ"));
            let subject = tags[..i].iter().any(|&t| matches!(xpos(t), "NN" | "NNS" | "NNP" | "NNPS" | "PRP"));
            // With no object, a verb of its own: a past right after a
            // plural noun or a name, then a preposition or an adverb
            // ("Teachers struck for a third day", "Protesters rallied in
            // Paris"), in a sentence ending with a full stop.
            let intransitive = SAME.contains(&w.as_str())
                && tags.get(i - 1).is_some_and(|&t| matches!(xpos(t), "NNS" | "NNP" | "NNPS"))
                && tags.get(i + 1).is_some_and(|&t| matches!(xpos(t), "IN" | "RB" | "RP"))
                && words.last().is_some_and(|w| *w == ".");
            if !before && (object || intransitive) && subject {
                tags[i] = vbd;
                return;
            }
        }
    }

    /// "a 9 percent raise", "its 5 pct cut": a word the tagger made a
    /// verb right after a percentage that a determiner or possessive
    /// opens is the noun that percentage measures (the sentence's verb
    /// had been "raise", and "the union's demand for a 9 percent" its
    /// subject).
    fn noun_after_percent(&self, words: &[&str], tags: &mut [u16]) {
        let Some(nn) = self.nn_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        for i in 3..words.len().min(tags.len()) {
            if !matches!(xpos(tags[i]), "VB" | "VBP" | "VBZ" | "VBD") || !words[i].chars().all(|c| c.is_lowercase()) {
                continue;
            }
            if !matches!(words[i - 1], "percent" | "pct" | "%" | "per-cent" | "percentage-point") {
                continue;
            }
            // The number, then its determiner right before it (or before
            // an adjective: "a further 5 percent").
            if xpos(tags[i - 2]) != "CD" {
                continue;
            }
            let opener = |w: &str| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
                )
            };
            if opener(words[i - 3]) || i >= 4 && xpos(tags[i - 3]) == "JJ" && opener(words[i - 4]) {
                tags[i] = nn;
            }
        }
    }

    /// "said in a statement that “there were problems”": a "that" right
    /// before an opening quotation mark, with a word after the mark, is
    /// the conjunction opening the quoted clause. The tagger had made it
    /// a relative pronoun, and the parse a relative clause of
    /// "statement" whose subject was "that", with the reported clause
    /// lost to its cue. (A relative clause does not open with a
    /// quotation: "the law that “protects” them" keeps its pronoun, as
    /// a verb, not a subject or a determiner, follows the mark.)
    fn that_before_quote(&self, words: &[&str], tags: &mut [u16]) {
        let Some(sconj) = self.sconj_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        for i in 1..words.len().saturating_sub(2).min(tags.len()) {
            if !words[i].eq_ignore_ascii_case("that") || xpos(tags[i]) != "WDT" {
                continue;
            }
            if !matches!(words[i + 1], "“" | "\"" | "``" | "''" | "‘") {
                continue;
            }
            // The quoted clause opens with its subject, an expletive or
            // a determiner ("“there were ...", "“the audit ...").
            let next = tags.get(i + 2).map(|&t| xpos(t)).unwrap_or("");
            if matches!(next, "EX" | "PRP" | "DT" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP$" | "CD" | "JJ") {
                tags[i] = sconj;
            }
        }
    }

    /// "A new poll shows that ...", "Data from the census show that
    /// ...": a verb of showing or saying that no noun takes a clause
    /// after, tagged a noun right before "that" read as a conjunction, is
    /// the sentence's verb (the tagger had made "poll shows" a compound
    /// and the sentence a noun phrase, with its reported clause lost),
    /// when no finite verb comes before it; a "that" read as a relative
    /// pronoun there is the conjunction when the clause after it has a
    /// subject and the sentence's only finite verb after it.
    fn verb_before_that(&self, words: &[&str], tags: &mut [u16]) {
        let (Some(vbz), Some(vbp)) = (self.vbz_class, self.vbp_class) else { return };
        let xpos = |t: u16| self.xpos_of(t);
        const VERBS: &[&str] = &[
            "show",
            "shows",
            "suggest",
            "suggests",
            "indicate",
            "indicates",
            "reveal",
            "reveals",
            "find",
            "finds",
            "confirm",
            "confirms",
            "say",
            "says",
            "warn",
            "warns",
            "argue",
            "argues",
        ];
        for i in 1..words.len().saturating_sub(1).min(tags.len()) {
            if !matches!(xpos(tags[i]), "NN" | "NNS") || !VERBS.contains(&words[i]) {
                continue;
            }
            if !words[i + 1].eq_ignore_ascii_case("that") || !matches!(xpos(tags[i + 1]), "IN" | "WDT") {
                continue;
            }
            // Read as a relative pronoun, "that" opens the reported
            // clause when a subject follows it and that clause's verb is
            // the only finite verb after it (a noun's relative clause
            // leaves the sentence a verb of its own: "The shows that the
            // network aired were popular").
            let finite = |t: u16| matches!(xpos(t), "VBZ" | "VBP" | "VBD" | "MD");
            let relative = xpos(tags[i + 1]) == "WDT";
            if relative
                && (!tags.get(i + 2).is_some_and(|&t| {
                    matches!(xpos(t), "DT" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "JJ" | "CD" | "EX" | "PRP$")
                }) || tags[i + 2..].iter().filter(|&&t| finite(t)).count() != 1)
            {
                continue;
            }
            if tags[..i].iter().any(|&t| matches!(xpos(t), "VBZ" | "VBP" | "VBD" | "MD")) {
                continue;
            }
            if !tags[..i].iter().any(|&t| matches!(xpos(t), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")) {
                continue;
            }
            tags[i] = if words[i].ends_with('s') { vbz } else { vbp };
            if relative {
                if let Some(sconj) = self.sconj_class {
                    tags[i + 1] = sconj;
                }
            }
        }
    }

    /// "despite his longstanding dislike of lobbyists": a verb's base
    /// form within three words after an unambiguous possessive
    /// determiner ("his", "its", "their", "our", "my", "your"), with only
    /// adjectives or adverbs between, is the noun the possessive
    /// determines (the tagger had made "dislike" the sentence's verb, its
    /// subject lost and the clause after the comma a parataxis). "her"
    /// may be an object ("let her go") and keeps its reading.
    fn verb_after_possessive(&self, words: &[&str], tags: &mut [u16]) {
        let Some(nn) = self.nn_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        let n = words.len().min(tags.len());
        for i in 0..n {
            if xpos(tags[i]) != "PRP$"
                || !["his", "its", "their", "our", "my", "your"].iter().any(|p| words[i].eq_ignore_ascii_case(p))
            {
                continue;
            }
            for j in i + 1..n.min(i + 4) {
                let lower = words[j].chars().all(|c| c.is_ascii_lowercase());
                match xpos(tags[j]) {
                    // "their own" is an adjective whatever its tag.
                    "VB" | "VBP" if lower && words[j] != "own" => {
                        tags[j] = nn;
                        break;
                    }
                    "JJ" | "JJR" | "JJS" | "RB" | "VBN" | "VBG" => continue,
                    // An adjective read as a noun ("longstanding"); a real
                    // noun may be the subject of the verb after it ("its
                    // staff work long hours").
                    "NN" if lower && (words[j].ends_with("ing") || words[j].ends_with("ed")) => continue,
                    _ => break,
                }
            }
        }
    }

    /// "Such a plan, Ms. Lane argues, would cost too much", "..., the
    /// mayor insists.": a verb of saying in its "-s" form right after a
    /// noun or pronoun, the two set off by a comma before them and a
    /// comma, semicolon or the sentence's end after, is that verb (the
    /// tagger had read "argues", "insists" as plural nouns, and the
    /// parenthetical as the subject of the sentence's verb).
    fn parenthetical_speech_verb(&self, words: &[&str], tags: &mut [u16]) {
        const VERBS: &[&str] = &[
            "says",
            "argues",
            "insists",
            "notes",
            "contends",
            "writes",
            "adds",
            "warns",
            "believes",
            "claims",
            "suggests",
            "maintains",
            "explains",
            "concedes",
            "acknowledges",
            "admits",
            "predicts",
            "thinks",
            "agrees",
            "counters",
            "cautions",
            "observes",
            "asserts",
            "reckons",
            "figures",
            "recalls",
            "reports",
            "estimates",
            "complains",
            "worries",
            "hopes",
            "fears",
            "stresses",
            "emphasizes",
            "declares",
            "replies",
        ];
        let Some(vbz) = self.vbz_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        let n = words.len().min(tags.len());
        for i in 2..n {
            if !VERBS.contains(&words[i]) || !matches!(xpos(tags[i]), "NNS" | "NN" | "NNP" | "NNPS") {
                continue;
            }
            if !matches!(xpos(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") {
                continue;
            }
            let closes = i + 1 >= n || matches!(words[i + 1], "," | ";" | "." | "--" | "\u{2014}");
            // The comma opening the parenthetical, at most five words
            // before the verb, with only its subject's words between.
            let opens = (i.saturating_sub(6)..i - 1).rev().find(|&j| words[j] == ",").is_some_and(|j| {
                (j + 1..i).all(|k| {
                    matches!(xpos(tags[k]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "DT" | "JJ" | "POS" | "PRP$" | "CD")
                })
            });
            if closes && opens {
                tags[i] = vbz;
            }
        }
    }

    /// "fired tear gas": "tear" right before "gas" is that gas's
    /// compound noun, whatever the tagger, which hardly knows the word,
    /// made of it (a wh-adverb heading a clause with "gas" its object, an
    /// adverb, a number, an affix): the verb that fired it had no object.
    fn tear_gas(&self, words: &[&str], tags: &mut [u16]) {
        let Some(nn) = self.nn_class else { return };
        for i in 0..words.len().min(tags.len()).saturating_sub(1) {
            if words[i].eq_ignore_ascii_case("tear")
                && matches!(words[i + 1].to_ascii_lowercase().as_str(), "gas" | "gases")
            {
                tags[i] = nn;
            }
        }
    }

    /// "Internal demand rose in May": in a sentence with no verb at all, a
    /// past tense spelled like a noun ("rose", "fell", "saw") right after
    /// a noun and before a preposition, a number or an adverb is the
    /// sentence's verb (it had been read as the noun heading the whole
    /// sentence).
    fn past_not_noun(&self, words: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.vbd_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        const PAST: &[&str] = &["rose", "fell", "saw", "slid", "sank", "soared", "surged", "slumped", "dipped"];
        if words.len() < 4 || !words.iter().any(|w| PAST.contains(w)) {
            return;
        }
        if tags.iter().any(|&t| xpos(t).starts_with("VB") || xpos(t) == "MD") {
            return;
        }
        for i in 1..words.len().min(tags.len()) {
            if !PAST.contains(&words[i]) || !matches!(xpos(tags[i]), "NN" | "NNS" | "JJ") {
                continue;
            }
            let after_noun = matches!(xpos(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS");
            let next = tags.get(i + 1).map_or("", |&t| xpos(t));
            if after_noun && matches!(next, "IN" | "CD" | "RB" | "TO" | "$") {
                tags[i] = vbd;
                return;
            }
        }
    }

    /// "set fire to the building, and police arrested 50 people": an
    /// "-ed" participle right after "and"/"but" and a plural subject
    /// (or "police"), with an object after it and no finite verb before
    /// the next comma, is a second clause's past tense (it had been read
    /// as a reduced relative, "police" as a conjunct of "building", and
    /// the arrest was lost). "the people arrested in the raid were" keeps
    /// its participle (its phrase opens with a determiner, and a finite
    /// verb follows).
    fn conjoined_past(&self, words: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.vbd_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        let n = words.len().min(tags.len());
        for i in 2..n.saturating_sub(1) {
            if xpos(tags[i]) != "VBN" || !words[i].ends_with("ed") || !matches!(words[i - 2], "and" | "but") {
                continue;
            }
            let subject = xpos(tags[i - 1]) == "NNS" || words[i - 1].eq_ignore_ascii_case("police");
            let next = xpos(tags[i + 1]);
            let at_least = words[i + 1] == "at" && words.get(i + 2) == Some(&"least");
            let object = matches!(next, "DT" | "CD" | "PRP$" | "NNS" | "NNP" | "NNPS") || at_least;
            let finite_after = (i + 1..n)
                .take_while(|&k| !matches!(words[k], "," | ";" | "."))
                .any(|k| matches!(xpos(tags[k]), "VBD" | "VBZ" | "VBP" | "MD"));
            if subject && object && !finite_after {
                tags[i] = vbd;
            }
        }
    }

    /// "a 9 percent raise over two years would cost": "over" before a
    /// number of time units is the preposition of a span ("over two
    /// years"), not the adverb of "over 200 people" (as an adverb its
    /// phrase had become the subject of "would cost").
    fn over_a_length(&self, words: &[&str], tags: &mut [u16]) {
        let Some(prep) = self.in_class else { return };
        let xpos = |t: u16| self.xpos_of(t);
        const UNITS: &[&str] = &[
            "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter",
            "quarters", "hour", "hours",
        ];
        for i in 0..words.len().min(tags.len()).saturating_sub(2) {
            if !words[i].eq_ignore_ascii_case("over") || xpos(tags[i]) != "RB" || xpos(tags[i + 1]) != "CD" {
                continue;
            }
            if UNITS.contains(&words[i + 2].to_ascii_lowercase().as_str()) {
                tags[i] = prep;
            }
        }
    }

    /// "Rebels seized the town and soldiers killed three civilians": a
    /// finite verb conjoined to another verb with no subject of its own,
    /// right after a noun the parse conjoined to that verb's object after
    /// "and" or "but", has that noun for its subject (the parse had made
    /// "soldiers" a second thing seized, and the killers the rebels).
    fn conjoined_clause_subject(&self, words: &[&str], tags: &[u16], heads: &mut [Option<usize>], labels: &mut [u16]) {
        let label_ix = |name: &str| self.parser.labels.iter().position(|l| l == name).map(|x| x as u16);
        let (Some(conj), Some(nsubj), Some(obj), Some(cc)) =
            (label_ix("conj"), label_ix("nsubj"), label_ix("obj"), label_ix("cc"))
        else {
            return;
        };
        let xpos = |i: usize| tags.get(i).map_or("", |&t| self.xpos_of(t));
        let n = words.len().min(tags.len()).min(heads.len());
        for i in 2..n {
            if !matches!(xpos(i), "VBD" | "VBZ" | "VBP") || labels[i] != conj {
                continue;
            }
            let Some(h) = heads[i] else { continue };
            if !xpos(h).starts_with("VB") {
                continue;
            }
            let j = i - 1;
            if !matches!(xpos(j), "NN" | "NNS" | "NNP" | "NNPS") || labels[j] != conj {
                continue;
            }
            let Some(o) = heads[j] else { continue };
            if labels.get(o) != Some(&obj) || heads[o] != Some(h) {
                continue;
            }
            if (0..n).any(|k| heads[k] == Some(i) && labels[k] == nsubj) {
                continue;
            }
            // The conjunction opens the noun's phrase: "and (the) soldiers".
            let mut a = j;
            while a > 0 && heads[a - 1] == Some(j) && !matches!(words[a - 1], "and" | "but") {
                a -= 1;
            }
            if a == 0 || !matches!(words[a - 1], "and" | "but") || heads[a - 1] != Some(j) {
                continue;
            }
            heads[j] = Some(i);
            labels[j] = nsubj;
            heads[a - 1] = Some(i);
            labels[a - 1] = cc;
        }
    }

    fn annotate_chunk(&self, words: &[&str], s: &mut Scratch, mut emit: impl FnMut(usize, WordAnalysis)) {
        let mut lex = Lex::sentence(words);
        self.clusters.annotate(&mut lex);
        self.tagger.tag(&lex, &mut s.tags, &mut s.feats, &mut s.scores);
        self.names_not_verbs(words, &mut s.tags);
        self.acronyms_not_function_words(words, &mut s.tags);
        self.past_not_participle(words, &mut s.tags);
        self.noun_after_percent(words, &mut s.tags);
        self.tear_gas(words, &mut s.tags);
        self.past_not_noun(words, &mut s.tags);
        self.over_a_length(words, &mut s.tags);
        self.conjoined_past(words, &mut s.tags);
        self.that_before_quote(words, &mut s.tags);
        self.verb_before_that(words, &mut s.tags);
        self.verb_after_possessive(words, &mut s.tags);
        self.parenthetical_speech_verb(words, &mut s.tags);
        let upos: Vec<u8> = s.tags.iter().map(|&t| self.class_upos_ix.get(t as usize).copied().unwrap_or(16)).collect();
        let (heads, labels) = if self.parse {
            let (mut heads, mut labels) = self.parser.parse(&lex, &s.tags, &upos, &mut s.feats, &mut s.scores);
            self.conjoined_clause_subject(words, &s.tags, &mut heads, &mut labels);
            (heads, labels)
        } else {
            (vec![None; words.len()], vec![u16::MAX; words.len()])
        };
        // Passive participles: a dependent marked aux:pass or nsubj:pass.
        let mut passive = vec![false; words.len()];
        for (d, h) in heads.iter().enumerate() {
            if let (Some(h), Some(l)) = (h, self.parser.labels.get(labels[d] as usize)) {
                if (l == "aux:pass" || l == "nsubj:pass" || l == "csubj:pass") && *h < passive.len() {
                    passive[*h] = true;
                }
            }
        }
        for (i, w) in words.iter().enumerate() {
            let t = s.tags.get(i).copied().unwrap_or(0) as usize;
            let upos = self.tagger.class_upos.get(t).copied().unwrap_or(Upos::X);
            let xpos = self.tagger.class_xpos.get(t).cloned().unwrap_or_else(|| "_".into());
            let lemma = self.lemmas.lemma(w, upos.as_str(), &xpos);
            let mut feats = self.lemmas.feats(w, &xpos);
            if passive[i] && xpos == "VBN" {
                let f = feats.unwrap_or_default();
                feats = Some(if f.contains("Voice=") {
                    f
                } else if f.is_empty() {
                    "Voice=Pass".into()
                } else {
                    format!("{f}|Voice=Pass")
                });
            }
            let deprel = if self.parse {
                self.parser.labels.get(labels[i] as usize).cloned().unwrap_or_else(|| "dep".into())
            } else {
                String::new()
            };
            emit(i, WordAnalysis { upos, xpos, lemma, feats, head: heads.get(i).copied().flatten(), deprel });
        }
    }

    /// Annotates every sentence of `doc` (tokens must be filled).
    pub fn annotate(&self, doc: &mut Document) {
        let ranges: Vec<std::ops::Range<usize>> = if doc.sentences.is_empty() {
            std::iter::once(0..doc.tokens.len()).collect()
        } else {
            doc.sentences.iter().map(|s| s.tokens.clone()).collect()
        };
        let ntok = doc.tokens.len();
        let mut scratch = Scratch::default();
        for r in ranges {
            let r = r.start.min(ntok)..r.end.min(ntok);
            // A wire dateline opening the sentence ("NAIROBI, May 6 (Reuters)
            // -") is parsed apart from the sentence it heads, then hung on
            // that sentence's root: the parser, trained on no datelines,
            // otherwise makes the place the subject ("NAIROBI ... cut").
            // (Its first words only: a dateline ends within them.)
            let text = &doc.article.text;
            let words: Vec<&str> = doc.tokens[r.start..r.end.min(r.start + DATELINE_WORDS)]
                .iter()
                .map(|t| text.get(t.span.start..t.span.end).unwrap_or(""))
                .collect();
            let parts = match dateline_prefix(&words) {
                Some(d) => vec![r.start..r.start + d + 1, r.start + d + 1..r.end],
                None => vec![r.clone()],
            };
            for part in &parts {
                self.annotate_range(doc, part.clone(), &mut scratch);
            }
            if let (true, [head, body]) = (self.parse, parts.as_slice()) {
                let root_of =
                    |doc: &Document, p: &std::ops::Range<usize>| p.clone().find(|&k| doc.tokens[k].head.is_none());
                if let (Some(a), Some(b)) = (root_of(doc, head), root_of(doc, body)) {
                    doc.tokens[a].head = Some(b as u32);
                    doc.tokens[a].deprel = Some("dep".into());
                }
            }
        }
    }

    /// Tags and parses the tokens `r` of one sentence (in pieces of at most
    /// `MAX_SENTENCE`).
    fn annotate_range(&self, doc: &mut Document, r: std::ops::Range<usize>, scratch: &mut Scratch) {
        let mut start = r.start;
        while start < r.end {
            let end = (start + MAX_SENTENCE).min(r.end);
            let text = &doc.article.text;
            let words: Vec<&str> =
                doc.tokens[start..end].iter().map(|t| text.get(t.span.start..t.span.end).unwrap_or("")).collect();
            let mut results = Vec::with_capacity(words.len());
            self.annotate_chunk(&words, scratch, |_, a| results.push(a));
            for (k, a) in results.into_iter().enumerate() {
                let tok = &mut doc.tokens[start + k];
                tok.upos = Some(a.upos);
                tok.xpos = Some(a.xpos);
                tok.lemma = Some(a.lemma);
                tok.feats = a.feats;
                tok.head = a.head.map(|h| (start + h) as u32);
                tok.deprel = if self.parse { Some(a.deprel) } else { None };
            }
            start = end;
        }
    }
}

pub use dateline_core::calendar::{dateline_prefix, DATELINE_WORDS};

#[derive(Default)]
struct Scratch {
    tags: Vec<u16>,
    feats: Vec<u64>,
    scores: Vec<f32>,
}

impl Extractor for SyntaxAnnotator {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        if doc.tokens.is_empty() && !doc.article.text.trim().is_empty() {
            Segmenter.extract(doc)?;
        }
        self.annotate(doc);
        Ok(())
    }
}

/// The pronouns of English (a closed class), any case.
fn is_pronoun(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    let base = lower.trim_end_matches(['.', '\'']);
    matches!(
        base,
        "i" | "me"
            | "my"
            | "mine"
            | "myself"
            | "you"
            | "your"
            | "yours"
            | "yourself"
            | "yourselves"
            | "he"
            | "him"
            | "his"
            | "himself"
            | "she"
            | "her"
            | "hers"
            | "herself"
            | "it"
            | "its"
            | "itself"
            | "we"
            | "us"
            | "our"
            | "ours"
            | "ourselves"
            | "they"
            | "them"
            | "their"
            | "theirs"
            | "themselves"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "what"
            | "that"
            | "this"
            | "these"
            | "those"
            | "there"
            | "one"
            | "ones"
            | "oneself"
            | "anyone"
            | "anybody"
            | "anything"
            | "everyone"
            | "everybody"
            | "everything"
            | "someone"
            | "somebody"
            | "something"
            | "no-one"
            | "nobody"
            | "nothing"
            | "none"
            | "each"
            | "either"
            | "neither"
            | "both"
            | "all"
            | "some"
            | "any"
            | "many"
            | "much"
            | "few"
            | "several"
            | "other"
            | "others"
            | "another"
            | "such"
            | "whoever"
            | "whomever"
            | "whatever"
            | "whichever"
            | "whichsoever"
            | "thou"
            | "thee"
            | "ye"
            | "y'all"
            | "u"
            | "ya"
            | "em"
            | "'em"
            | "yall"
            | "themself"
            | "less"
            | "more"
            | "most"
            | "least"
            | "half"
            | "enough"
            | "plenty"
            | "once"
    ) || lower.starts_with('\'')
}
