//! Training (`dateline train syntax`) and evaluation (`dateline eval
//! syntax`).

use crate::cluster::{build_clusters, ClusterOptions, Clusters};
use crate::conllu::{read_conllu, ConlluSentence};
use crate::lemma::train_lemmatizer;
use crate::lex::Lex;
use crate::parser::{label_set, train_parser, ParseExample};
use crate::tagger::{class_name, train_tagger, Tagger};
use crate::{SyntaxAnnotator, SyntaxError, CLUSTERS_FILE, MODEL_FILES};
use dateline_core::Upos;
use flate2::write::GzEncoder;
use flate2::Compression;
use indicatif::{ProgressBar, ProgressStyle};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Options of [`train`] (builder style).
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Training CoNLL-U file.
    pub train: PathBuf,
    /// Development CoNLL-U file to measure on after training.
    pub dev: Option<PathBuf>,
    /// Where the model files go.
    pub out_dir: PathBuf,
    /// Tagger epochs.
    pub tagger_epochs: usize,
    /// Parser epochs.
    pub parser_epochs: usize,
    /// Random seed (shuffling and exploration).
    pub seed: u64,
    /// Folds for jackknifed training tags of the parser (0 or 1: gold tags).
    pub jackknife: usize,
    /// Show a progress bar.
    pub progress: bool,
    /// Use at most this many training sentences (0 = all).
    pub limit: usize,
    /// Unlabeled text the word clusters are learned from (see
    /// [`crate::cluster::default_sources`]); empty: no clusters.
    pub unlabeled: Vec<PathBuf>,
    /// Reuse this clusters file instead of learning them (for quick
    /// experiments).
    pub clusters_file: Option<PathBuf>,
    /// Settings of the clustering.
    pub cluster_options: ClusterOptions,
}

impl TrainOptions {
    /// Defaults (the settings of the shipped models, as `dateline train
    /// syntax` uses them): 6 tagger epochs, 12 parser epochs, seed 7, 4
    /// folds.
    pub fn new(train: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> TrainOptions {
        TrainOptions {
            train: train.into(),
            dev: None,
            out_dir: out_dir.into(),
            tagger_epochs: 6,
            parser_epochs: 12,
            seed: 7,
            jackknife: 4,
            progress: true,
            limit: 0,
            unlabeled: Vec::new(),
            clusters_file: None,
            cluster_options: ClusterOptions::default(),
        }
    }
    /// Learns word clusters from these unlabeled files first.
    pub fn unlabeled(mut self, files: Vec<PathBuf>) -> Self {
        self.unlabeled = files;
        self
    }
    /// Reuses a clusters file instead of learning them.
    pub fn clusters_file(mut self, p: impl Into<PathBuf>) -> Self {
        self.clusters_file = Some(p.into());
        self
    }
    /// Sets the development file.
    pub fn dev(mut self, p: impl Into<PathBuf>) -> Self {
        self.dev = Some(p.into());
        self
    }
    /// Sets tagger epochs.
    pub fn tagger_epochs(mut self, n: usize) -> Self {
        self.tagger_epochs = n;
        self
    }
    /// Sets parser epochs.
    pub fn parser_epochs(mut self, n: usize) -> Self {
        self.parser_epochs = n;
        self
    }
    /// Sets the seed.
    pub fn seed(mut self, s: u64) -> Self {
        self.seed = s;
        self
    }
    /// Sets the number of jackknife folds.
    pub fn jackknife(mut self, k: usize) -> Self {
        self.jackknife = k;
        self
    }
    /// Shows or hides the progress bar.
    pub fn progress(mut self, on: bool) -> Self {
        self.progress = on;
        self
    }
    /// Limits the training sentences.
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = n;
        self
    }
}

/// What [`train`] did.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// Training sentences.
    pub sentences: usize,
    /// Training words.
    pub words: usize,
    /// Features kept in the tagger.
    pub tagger_features: usize,
    /// Features kept in the parser.
    pub parser_features: usize,
    /// Words with a cluster, leaves and the deepest path.
    pub clusters: (usize, usize, u32),
    /// Bytes of each model file.
    pub file_sizes: Vec<(String, u64)>,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Scores on the development file, when given.
    pub dev: Option<EvalReport>,
}

impl fmt::Display for TrainReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "trained on {} sentences ({} words) in {:.1} s", self.sentences, self.words, self.seconds)?;
        writeln!(f, "tagger features {}, parser features {}", self.tagger_features, self.parser_features)?;
        let (w, l, d) = self.clusters;
        writeln!(f, "word clusters: {w} words in {l} leaves, paths up to {d} bits")?;
        for (n, s) in &self.file_sizes {
            writeln!(f, "  {n}: {:.2} MB", *s as f64 / 1e6)?;
        }
        if let Some(d) = &self.dev {
            write!(f, "dev: {d}")?;
        }
        Ok(())
    }
}

/// Scores on a CoNLL-U file with gold tokenization (CoNLL 2018 style:
/// punctuation included, LAS on the universal part of the relation).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EvalReport {
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// UPOS accuracy in percent.
    pub upos: f64,
    /// XPOS accuracy in percent.
    pub xpos: f64,
    /// Lemma accuracy in percent.
    pub lemma: f64,
    /// Exact features accuracy in percent.
    pub feats: f64,
    /// Unlabeled attachment score in percent.
    pub uas: f64,
    /// Labeled attachment score in percent.
    pub las: f64,
    /// Words per second (tagging, lemmas and parsing).
    pub words_per_second: f64,
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} sentences, {} words: UPOS {:.2}%  XPOS {:.2}%  Lemma {:.2}%  UFeats {:.2}%  UAS {:.2}%  LAS {:.2}%  ({:.0} words/s)",
            self.sentences, self.words, self.upos, self.xpos, self.lemma, self.feats, self.uas, self.las, self.words_per_second
        )
    }
}

/// Model files are pruned to stay under this size.
const MAX_MODEL_BYTES: u64 = 18_000_000;

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Scores an annotator on parsed CoNLL-U sentences.
pub fn evaluate_sentences(sents: &[ConlluSentence], annotator: &SyntaxAnnotator) -> EvalReport {
    let mut r = EvalReport { sentences: sents.len(), ..EvalReport::default() };
    let (mut upos, mut xpos, mut lemma, mut feats, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let start = Instant::now();
    let outs: Vec<_> = sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            annotator.annotate_words(&words)
        })
        .collect();
    let secs = start.elapsed().as_secs_f64();
    for (s, out) in sents.iter().zip(&outs) {
        for (w, a) in s.words.iter().zip(out) {
            r.words += 1;
            upos += usize::from(a.upos.as_str() == w.upos);
            xpos += usize::from(a.xpos == w.xpos);
            lemma += usize::from(a.lemma == w.lemma);
            feats += usize::from(a.feats.as_deref().unwrap_or("_") == w.feats);
            let gold_head = if w.head == 0 { None } else { Some(w.head - 1) };
            if a.head == gold_head {
                uas += 1;
                if universal(&a.deprel) == universal(&w.deprel) {
                    las += 1;
                }
            }
        }
    }
    let pct = |x: usize| {
        if r.words == 0 {
            0.0
        } else {
            100.0 * x as f64 / r.words as f64
        }
    };
    r.upos = pct(upos);
    r.xpos = pct(xpos);
    r.lemma = pct(lemma);
    r.feats = pct(feats);
    r.uas = pct(uas);
    r.las = pct(las);
    r.words_per_second = if secs > 0.0 { r.words as f64 / secs } else { 0.0 };
    r
}

/// Scores an annotator on a CoNLL-U file (gold tokenization).
pub fn evaluate(path: &Path, annotator: &SyntaxAnnotator) -> Result<EvalReport, SyntaxError> {
    Ok(evaluate_sentences(&read_conllu(path)?, annotator))
}

fn gz(path: &Path, write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Result<u64, SyntaxError> {
    let io = |e: std::io::Error| SyntaxError::Io { path: path.display().to_string(), source: e };
    let mut raw = Vec::new();
    write(&mut raw).map_err(io)?;
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(&raw).map_err(io)?;
    let bytes = enc.finish().map_err(io)?;
    std::fs::write(path, &bytes).map_err(io)?;
    Ok(bytes.len() as u64)
}

fn upos_ix(u: &str) -> u8 {
    Upos::parse(u).and_then(|u| Upos::ALL.iter().position(|&x| x == u)).unwrap_or(16) as u8
}

/// The word clusters of a training run: read from `opts.clusters_file`,
/// else learned from `opts.unlabeled` (with a progress bar), else none.
fn clusters_for(opts: &TrainOptions) -> Result<Clusters, SyntaxError> {
    if let Some(p) = &opts.clusters_file {
        let bytes = std::fs::read(p).map_err(|e| SyntaxError::Io { path: p.display().to_string(), source: e })?;
        let raw = crate::decode("clusters", &bytes)?;
        return Clusters::read(&mut raw.as_slice())
            .map_err(|e| SyntaxError::Model { name: "clusters", message: e.to_string() });
    }
    if opts.unlabeled.is_empty() {
        return Ok(Clusters::default());
    }
    let pb = if opts.progress { ProgressBar::new(1) } else { ProgressBar::hidden() };
    pb.set_style(
        ProgressStyle::with_template("{msg:>10} [{elapsed_precise}] {wide_bar} {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let clusters = build_clusters(&opts.unlabeled, &opts.cluster_options, |stage, done, total| {
        if pb.message() != stage {
            pb.set_message(stage.to_string());
            pb.set_length(total.max(1));
        }
        pb.set_position(done);
    })?;
    pb.finish_with_message("clusters");
    Ok(clusters)
}

/// Learns word clusters (see [`TrainOptions::unlabeled`]), trains tagger,
/// lemmatizer and parser; writes the four model files to
/// `opts.out_dir` and, with a dev file, measures them.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, SyntaxError> {
    let start = Instant::now();
    let mut sents = read_conllu(&opts.train)?;
    if opts.limit > 0 {
        sents.truncate(opts.limit);
    }
    if sents.is_empty() {
        return Err(SyntaxError::Options(format!("{}: no sentences", opts.train.display())));
    }
    std::fs::create_dir_all(&opts.out_dir)
        .map_err(|e| SyntaxError::Io { path: opts.out_dir.display().to_string(), source: e })?;
    let clusters = clusters_for(opts)?;
    let clusters_path = opts.out_dir.join(CLUSTERS_FILE);
    let cluster_size = gz(&clusters_path, |w| clusters.write(w))?;
    let folds = if opts.jackknife >= 2 { opts.jackknife } else { 0 };
    let total = sents.len() as u64 * (opts.tagger_epochs as u64 * (folds as u64 + 1) + opts.parser_epochs as u64);
    let pb = if opts.progress { ProgressBar::new(total) } else { ProgressBar::hidden() };
    pb.set_style(
        ProgressStyle::with_template("{msg:>10} [{elapsed_precise}] {wide_bar} {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    // Tags for parser training: jackknifed predictions or gold.
    pb.set_message("tagger");
    let tagger = train_tagger(&sents, &clusters, opts.tagger_epochs, opts.seed, || pb.inc(1));
    let gold_class = |t: &Tagger, s: &ConlluSentence| -> Vec<u16> {
        s.words
            .iter()
            .map(|w| t.classes.iter().position(|c| *c == class_name(&w.upos, &w.xpos)).unwrap_or(0) as u16)
            .collect()
    };
    let mut train_tags: Vec<Vec<u16>> = sents.iter().map(|s| gold_class(&tagger, s)).collect();
    if folds >= 2 {
        for k in 0..folds {
            pb.set_message(format!("fold {}", k + 1));
            let rest: Vec<ConlluSentence> =
                sents.iter().enumerate().filter(|(i, _)| i % folds != k).map(|(_, s)| s.clone()).collect();
            let t = train_tagger(&rest, &clusters, opts.tagger_epochs, opts.seed + 1 + k as u64, || pb.inc(1));
            let (mut feats, mut scores, mut out) = (Vec::new(), Vec::new(), Vec::new());
            for (i, s) in sents.iter().enumerate().filter(|(i, _)| i % folds == k) {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let mut lex = Lex::sentence(&words);
                clusters.annotate(&mut lex);
                t.tag(&lex, &mut out, &mut feats, &mut scores);
                // Map the fold tagger's classes to the final tagger's.
                train_tags[i] = out
                    .iter()
                    .map(|&c| {
                        t.classes.get(c as usize).and_then(|n| tagger.classes.iter().position(|x| x == n)).unwrap_or(0)
                            as u16
                    })
                    .collect();
            }
            pb.inc(sents.len() as u64 * opts.tagger_epochs as u64 - rest.len() as u64 * opts.tagger_epochs as u64);
        }
    }
    let labels = label_set(&sents);
    let examples: Vec<ParseExample> = sents
        .iter()
        .zip(&train_tags)
        .map(|(s, tags)| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let n = words.len();
            let mut lex = Lex::sentence(&words);
            clusters.annotate(&mut lex);
            ParseExample {
                lex,
                upos: tags
                    .iter()
                    .map(|&t| tagger.class_upos.get(t as usize).map_or(16, |u| upos_ix(u.as_str())))
                    .collect(),
                tags: tags.clone(),
                heads: s.words.iter().map(|w| if w.head == 0 { n } else { w.head - 1 }).collect(),
                labels: s.words.iter().map(|w| labels.iter().position(|l| *l == w.deprel).unwrap_or(0)).collect(),
            }
        })
        .collect();
    pb.set_message("parser");
    let (mut parser, trainer) =
        train_parser(labels, !clusters.is_empty(), &examples, opts.parser_epochs, opts.seed, || pb.inc(1));
    pb.finish_with_message("done");
    let lemmas = train_lemmatizer(&sents);
    let mut sizes = Vec::new();
    sizes.push((MODEL_FILES[0].to_string(), gz(&opts.out_dir.join(MODEL_FILES[0]), |w| tagger.write(w))?));
    // Prune small weights until the parser file is under the size limit.
    let mut parser_size = 0;
    for th in [0.02f32, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2.0] {
        parser.set_model(trainer.average(th));
        parser_size = gz(&opts.out_dir.join(MODEL_FILES[1]), |w| parser.write(w))?;
        if parser_size < MAX_MODEL_BYTES {
            break;
        }
    }
    drop(trainer);
    sizes.push((MODEL_FILES[1].to_string(), parser_size));
    sizes.push((MODEL_FILES[2].to_string(), gz(&opts.out_dir.join(MODEL_FILES[2]), |w| lemmas.write(w))?));
    sizes.push((CLUSTERS_FILE.to_string(), cluster_size));
    let words = sents.iter().map(|s| s.words.len()).sum();
    let (tf, pf) = (tagger.nfeatures(), parser.nfeatures());
    let (leaves, deepest) = clusters.stats();
    let cluster_stats = (clusters.len(), leaves, deepest);
    let annotator = SyntaxAnnotator::from_parts(tagger, parser, lemmas, clusters);
    let dev = match &opts.dev {
        Some(p) => Some(evaluate(p, &annotator)?),
        None => None,
    };
    Ok(TrainReport {
        sentences: sents.len(),
        words,
        tagger_features: tf,
        parser_features: pf,
        clusters: cluster_stats,
        file_sizes: sizes,
        seconds: start.elapsed().as_secs_f64(),
        dev,
    })
}
