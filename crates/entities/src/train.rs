//! Training the tagger (`dateline train ner`) and scoring it on CoNLL data
//! (`dateline eval ner`).

use crate::clusters::{ClusterOptions, Clusters};
use crate::conll::{read_conll, ConllDoc, EvalReport};
use crate::error::EntityError;
use crate::features::{label_features, DocStats, FeatureBuilder, WordInfo};
use crate::gazetteer::Gazetteer;
use crate::model::{allowed, bilou_from_iob, iob1_from_bilou, Model, NL};
use crate::words::conll_words;
use crate::EntityExtractor;
use indicatif::{ProgressBar, ProgressStyle};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Options of [`train`] (builder style).
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// CoNLL-2003 training file (`eng.train`).
    pub train: PathBuf,
    /// Development file (`eng.testa`), scored after every epoch; optional.
    pub dev: Option<PathBuf>,
    /// Reuters JSONL for word clusters; optional (no clusters without it).
    pub reuters: Option<PathBuf>,
    /// Where to write `ner.model`.
    pub out_dir: PathBuf,
    /// Perceptron epochs.
    pub epochs: usize,
    /// Random seed (shuffling, k-means).
    pub seed: u64,
    /// log2 of the number of hashed feature buckets.
    pub bits: u32,
    /// Maximum Reuters articles read for clusters.
    pub reuters_limit: usize,
    /// Show progress bars.
    pub progress: bool,
    /// Jackknife folds for the second stage (0 or 1: one-stage model).
    pub folds: usize,
}

impl TrainOptions {
    /// Options with the given training file and defaults elsewhere.
    pub fn new(train: impl Into<PathBuf>) -> TrainOptions {
        TrainOptions {
            train: train.into(),
            dev: None,
            reuters: None,
            out_dir: PathBuf::from("crates/entities/data"),
            epochs: 10,
            seed: 42,
            bits: 20,
            reuters_limit: usize::MAX,
            progress: true,
            folds: 4,
        }
    }
    /// Options reading `eng.train`, `eng.testa` and the Reuters corpus from a
    /// shared data folder (`../shared`).
    pub fn from_shared(shared: &Path) -> TrainOptions {
        TrainOptions::new(shared.join("eval/ner-conll2003/eng.train"))
            .dev(shared.join("eval/ner-conll2003/eng.testa"))
            .reuters(shared.join("corpora/reuters21578/reuters21578.jsonl"))
    }
    /// Sets the development file.
    pub fn dev(mut self, p: impl Into<PathBuf>) -> Self {
        self.dev = Some(p.into());
        self
    }
    /// Sets the Reuters JSONL file.
    pub fn reuters(mut self, p: impl Into<PathBuf>) -> Self {
        self.reuters = Some(p.into());
        self
    }
    /// Sets the output folder.
    pub fn out_dir(mut self, p: impl Into<PathBuf>) -> Self {
        self.out_dir = p.into();
        self
    }
    /// Sets the number of epochs.
    pub fn epochs(mut self, n: usize) -> Self {
        self.epochs = n;
        self
    }
    /// Sets the seed.
    pub fn seed(mut self, s: u64) -> Self {
        self.seed = s;
        self
    }
    /// Sets the hash size (log2 of buckets, 10..=26).
    pub fn bits(mut self, b: u32) -> Self {
        self.bits = b.clamp(10, 26);
        self
    }
    /// Limits the Reuters articles read for clusters.
    pub fn reuters_limit(mut self, n: usize) -> Self {
        self.reuters_limit = n;
        self
    }
    /// Sets the jackknife folds of the second stage (0 = one stage only).
    pub fn folds(mut self, n: usize) -> Self {
        self.folds = n;
        self
    }
    /// Turns progress bars on or off.
    pub fn progress(mut self, on: bool) -> Self {
        self.progress = on;
        self
    }
}

/// What [`train`] did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainReport {
    /// Training sentences.
    pub sentences: usize,
    /// Training tokens.
    pub tokens: usize,
    /// Clustered words.
    pub cluster_words: usize,
    /// Dev F1 after each epoch (with averaged weights), when a dev file was given.
    pub dev_f1_per_epoch: Vec<f64>,
    /// Final dev evaluation.
    pub dev: Option<EvalReport>,
    /// Where the model was written.
    pub model_path: String,
    /// Its size in bytes.
    pub model_bytes: usize,
    /// Wall time.
    pub seconds: f64,
}

/// Unlabeled sentences (lower-cased CoNLL-style words) from Reuters JSONL.
fn reuters_sentences(path: &Path, limit: usize) -> Result<Vec<Vec<String>>, EntityError> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| EntityError::Io { path: path.display().to_string(), source: e })?;
    let mut out = Vec::new();
    for line in raw.lines().take(limit) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let mut texts = Vec::new();
        if let Some(t) = v["title"].as_str() {
            texts.push(t.to_string());
        }
        if let Some(b) = v["body"].as_str() {
            texts.push(b.to_string());
        }
        for text in texts {
            let toks = dateline_core::tokenize::tokenize(&text);
            let words = conll_words(&text, &toks);
            let spans: Vec<dateline_core::Span> = words.iter().map(|w| w.0).collect();
            for (_, r) in dateline_core::sentences::split_sentences(&text, &spans) {
                let s: Vec<String> = words[r]
                    .iter()
                    .filter_map(|(sp, _)| sp.get(&text))
                    .map(|w| crate::features::normalize_word(w).to_lowercase())
                    .collect();
                if !s.is_empty() {
                    out.push(s);
                }
            }
        }
    }
    Ok(out)
}

#[derive(Clone)]
struct Prepared {
    infos: Vec<WordInfo>,
    feats: Vec<Vec<u32>>,
    gold: Vec<usize>,
}

fn doc_index(docs: &[ConllDoc]) -> Vec<usize> {
    docs.iter().enumerate().flat_map(|(i, d)| (0..d.sentences.len()).map(move |_| i)).collect()
}

/// Appends second-stage features to each sentence, grouping sentences by document.
fn stage2_features(data: &mut [Prepared], first: &[Vec<usize>], doc_of: &[usize]) {
    let mut start = 0;
    while start < data.len() {
        let d = doc_of.get(start).copied().unwrap_or(0);
        let mut end = start;
        while end < data.len() && doc_of.get(end).copied().unwrap_or(0) == d {
            end += 1;
        }
        let infos: Vec<Vec<WordInfo>> = data[start..end].iter().map(|s| s.infos.clone()).collect();
        let mut feats: Vec<Vec<Vec<u32>>> = data[start..end].iter_mut().map(|s| std::mem::take(&mut s.feats)).collect();
        crate::features::add_aggregate_features(&infos, &first[start..end], &mut feats);
        for (s, f) in data[start..end].iter_mut().zip(feats) {
            s.feats = f;
        }
        start = end;
    }
}

/// Trains averaged perceptron weights on prepared sentences.
fn fit(
    data: &[Prepared],
    opts: &TrainOptions,
    dev: Option<&[Prepared]>,
    pb: &ProgressBar,
    what: &str,
) -> (Vec<f32>, Vec<f64>) {
    let size = (1usize << opts.bits) * NL;
    let mut p = Perceptron { mask: (1usize << opts.bits) - 1, w: vec![0; size], acc: vec![0; size], c: 1 };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let mut dev_f1 = Vec::new();
    let mut lf = [0u32; 4];
    let mut sc = [0i64; NL];
    for _epoch in 0..opts.epochs {
        order.shuffle(&mut rng);
        for &k in &order {
            let s = &data[k];
            let mut hist: Vec<usize> = Vec::with_capacity(s.infos.len());
            for i in 0..s.infos.len() {
                let p1 = if i > 0 { hist[i - 1] } else { usize::MAX };
                let p2 = if i > 1 { hist[i - 2] } else { usize::MAX };
                label_features(p1, p2, &s.infos[i], &mut lf);
                p.scores(&s.feats[i], &lf, &mut sc);
                let prev = (i > 0).then(|| hist[i - 1]);
                let last = i + 1 == s.infos.len();
                let mut best = (i64::MIN, 0);
                for (l, &x) in sc.iter().enumerate() {
                    if allowed(prev, l, last) && x > best.0 {
                        best = (x, l);
                    }
                }
                let g = s.gold[i];
                if best.1 != g {
                    p.update(&s.feats[i], &lf, g, 1);
                    p.update(&s.feats[i], &lf, best.1, -1);
                }
                p.c += 1;
                // Continue with the gold label when the prediction would
                // make the gold continuation impossible.
                let next = if best.1 != g
                    && s.gold.get(i + 1).is_some_and(|&gn| !allowed(Some(best.1), gn, i + 2 == s.infos.len()))
                {
                    g
                } else {
                    best.1
                };
                hist.push(next);
            }
            pb.inc(1);
        }
        if let Some(dprep) = dev {
            let avg = Perceptron::frozen(opts.bits, &p.averaged());
            let mut rep = EvalReport::default();
            for s in dprep {
                let pred = greedy(&avg, s);
                rep.add(&iob1_from_bilou(&s.gold), &iob1_from_bilou(&pred));
            }
            dev_f1.push(rep.overall.f1());
            pb.suspend(|| eprintln!("{what} epoch {}: dev F1 {:.4}", dev_f1.len(), rep.overall.f1()));
        }
    }
    (p.averaged(), dev_f1)
}

fn prepare(docs: &[ConllDoc], clusters: &Clusters, gz: &Gazetteer) -> Vec<Prepared> {
    let fb = FeatureBuilder { clusters, gazetteer: gz };
    let mut out = Vec::new();
    for d in docs {
        let infos: Vec<Vec<WordInfo>> =
            d.sentences.iter().map(|s| s.iter().map(|w| WordInfo::new(w, clusters)).collect()).collect();
        let stats = DocStats::new(&infos);
        for (s, tags) in infos.into_iter().zip(&d.tags) {
            let mut feats = Vec::new();
            fb.sentence(&s, &stats, &mut feats);
            out.push(Prepared { gold: bilou_from_iob(tags), infos: s, feats });
        }
    }
    out
}

/// Averaged perceptron state.
struct Perceptron {
    mask: usize,
    w: Vec<i32>,
    acc: Vec<i64>,
    c: i64,
}

impl Perceptron {
    fn scores(&self, feats: &[u32], extra: &[u32], out: &mut [i64; NL]) {
        *out = [0; NL];
        for &f in feats.iter().chain(extra) {
            let b = (f as usize & self.mask) * NL;
            for (s, &x) in out.iter_mut().zip(&self.w[b..b + NL]) {
                *s += x as i64;
            }
        }
    }
    fn update(&mut self, feats: &[u32], extra: &[u32], label: usize, d: i32) {
        for &f in feats.iter().chain(extra) {
            let i = (f as usize & self.mask) * NL + label;
            self.w[i] += d;
            self.acc[i] += self.c * d as i64;
        }
    }
    fn frozen(bits: u32, w: &[f32]) -> Perceptron {
        Perceptron {
            mask: (1usize << bits) - 1,
            w: w.iter().map(|x| (x * 1000.0).round() as i32).collect(),
            acc: Vec::new(),
            c: 1,
        }
    }
    fn averaged(&self) -> Vec<f32> {
        let c = self.c.max(1) as f64;
        self.w.iter().zip(&self.acc).map(|(&w, &a)| (w as f64 - a as f64 / c) as f32).collect()
    }
}

fn greedy(p: &Perceptron, s: &Prepared) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(s.infos.len());
    let mut lf = [0u32; 4];
    let mut sc = [0i64; NL];
    for i in 0..s.infos.len() {
        let p1 = if i > 0 { out[i - 1] } else { usize::MAX };
        let p2 = if i > 1 { out[i - 2] } else { usize::MAX };
        label_features(p1, p2, &s.infos[i], &mut lf);
        p.scores(&s.feats[i], &lf, &mut sc);
        let prev = (i > 0).then(|| out[i - 1]);
        let last = i + 1 == s.infos.len();
        let mut best = (i64::MIN, 0);
        for (l, &x) in sc.iter().enumerate() {
            if allowed(prev, l, last) && x > best.0 {
                best = (x, l);
            }
        }
        out.push(best.1);
    }
    out
}

fn bar(on: bool, len: u64, msg: &str) -> ProgressBar {
    if !on {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} {elapsed_precise}") {
        b.set_style(style.progress_chars("=> "));
    }
    b.set_message(msg.to_string());
    b
}

/// Trains the tagger: word clusters from Reuters, then an averaged
/// perceptron over CoNLL-2003 with a fixed seed (the same options give the
/// same model). Writes `ner.model` into `opts.out_dir`.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, EntityError> {
    let t0 = Instant::now();
    let train_docs = read_conll(&opts.train)?;
    if train_docs.is_empty() {
        return Err(EntityError::Train(format!("no sentences in {}", opts.train.display())));
    }
    let dev_docs = match &opts.dev {
        Some(p) => Some(read_conll(p)?),
        None => None,
    };
    // 1. Word clusters over Reuters and the training words.
    let mut unlabeled: Vec<Vec<String>> = match &opts.reuters {
        Some(p) => reuters_sentences(p, opts.reuters_limit)?,
        None => Vec::new(),
    };
    for d in &train_docs {
        for s in &d.sentences {
            unlabeled.push(s.iter().map(|w| crate::features::normalize_word(w).to_lowercase()).collect());
        }
    }
    let sp = bar(opts.progress, 1, "clusters");
    let clusters = Clusters::learn(&unlabeled, &ClusterOptions { seed: opts.seed, ..ClusterOptions::default() });
    let cluster_words = clusters.len();
    sp.finish();
    drop(unlabeled);
    // 2. Features.
    let gz = Gazetteer::load();
    let data = prepare(&train_docs, &clusters, &gz);
    let dev = dev_docs.as_ref().map(|d| (d, prepare(d, &clusters, &gz)));
    let doc_of = doc_index(&train_docs);
    let dev_doc_of = dev_docs.as_ref().map(|d| doc_index(d)).unwrap_or_default();
    let tokens: usize = data.iter().map(|s| s.infos.len()).sum();
    // 3. Stage one: the perceptron on all training data, and jackknifed
    //    predictions on the training data for stage two.
    let pb = bar(opts.progress, ((opts.folds + 2) * opts.epochs * data.len()) as u64, "training");
    let dev_ref = dev.as_ref().map(|(_, p)| p.as_slice());
    let (w1, f1) = fit(&data, opts, dev_ref, &pb, "stage 1");
    let mut dev_f1 = f1;
    let mut w2 = None;
    if opts.folds >= 2 {
        let mut first: Vec<Vec<usize>> = vec![Vec::new(); data.len()];
        // Folds by document so aggregates never see their own fold's labels.
        for k in 0..opts.folds {
            let in_fold = |i: usize| doc_of[i] % opts.folds == k;
            let train_part: Vec<Prepared> =
                data.iter().enumerate().filter(|(i, _)| !in_fold(*i)).map(|(_, s)| s.clone()).collect();
            let (w, _) = fit(&train_part, opts, None, &pb, &format!("fold {}", k + 1));
            let p = Perceptron::frozen(opts.bits, &w);
            for (i, s) in data.iter().enumerate() {
                if in_fold(i) {
                    first[i] = greedy(&p, s);
                }
            }
        }
        let mut data2 = data.clone();
        stage2_features(&mut data2, &first, &doc_of);
        let dev2 = dev.as_ref().map(|(_, dprep)| {
            let p = Perceptron::frozen(opts.bits, &w1);
            let labels: Vec<Vec<usize>> = dprep.iter().map(|s| greedy(&p, s)).collect();
            let mut d2 = dprep.clone();
            stage2_features(&mut d2, &labels, &dev_doc_of);
            d2
        });
        let (w, f2) = fit(&data2, opts, dev2.as_deref(), &pb, "stage 2");
        dev_f1.extend(f2);
        w2 = Some(w);
    }
    pb.finish();
    let mut model = Model::from_f32(opts.bits, &w1, clusters);
    if let Some(w) = &w2 {
        model = model.with_stage2(w);
    }
    let bytes = model.to_bytes()?;
    std::fs::create_dir_all(&opts.out_dir)
        .map_err(|e| EntityError::Io { path: opts.out_dir.display().to_string(), source: e })?;
    let path = opts.out_dir.join("ner.model");
    std::fs::write(&path, &bytes).map_err(|e| EntityError::Io { path: path.display().to_string(), source: e })?;
    let dev_report = match &opts.dev {
        Some(d) => {
            let ex = EntityExtractor::from_model(model);
            Some(evaluate_conll(d, &ex)?)
        }
        None => None,
    };
    Ok(TrainReport {
        sentences: data.len(),
        tokens,
        cluster_words,
        dev_f1_per_epoch: dev_f1,
        dev: dev_report,
        model_path: path.display().to_string(),
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    })
}

/// Tags a CoNLL-2003 file with the extractor's model (on the file's own
/// words) and scores it conlleval-exactly: per-type and overall P/R/F1.
pub fn evaluate_conll(path: &Path, extractor: &EntityExtractor) -> Result<EvalReport, EntityError> {
    let docs = read_conll(path)?;
    let mut rep = EvalReport::default();
    let t0 = Instant::now();
    let c0 = crate::conll::thread_cpu_seconds().unwrap_or(0.0);
    let mut preds = Vec::with_capacity(docs.len());
    for d in &docs {
        preds.push(extractor.model().tag_document(extractor.gazetteer(), &d.sentences));
    }
    rep.seconds = t0.elapsed().as_secs_f64();
    rep.cpu_seconds = crate::conll::thread_cpu_seconds().unwrap_or(0.0) - c0;
    for (d, p) in docs.iter().zip(preds) {
        for (gold, pred) in d.tags.iter().zip(p) {
            rep.add(gold, &iob1_from_bilou(&pred));
        }
    }
    Ok(rep)
}

/// Maps an entity kind to its CoNLL-2003 type (GPE and LOC → `LOC`, NORP
/// and MISC → `MISC`).
pub fn conll_type(kind: dateline_core::EntityKind) -> &'static str {
    use dateline_core::EntityKind as K;
    match kind {
        K::Person => "PER",
        K::Org => "ORG",
        K::Gpe | K::Loc => "LOC",
        K::Norp | K::Misc => "MISC",
    }
}

/// Scores the whole entity layer as it runs in production on a CoNLL-2003
/// file: each document's words are joined into text (one sentence per
/// paragraph), run through the runtime tokenizer, sentence splitter and
/// [`EntityExtractor`] (tagging, span repair, gazetteer typing), and every
/// name mention that starts and ends on word boundaries is scored with its
/// kind mapped by [`conll_type`]. `seconds` is the time of segmenting and
/// extracting.
pub fn evaluate_conll_runtime(path: &Path, extractor: &EntityExtractor) -> Result<EvalReport, EntityError> {
    use dateline_core::{Article, Document, Extractor, MentionKind, PubDate, Segmenter};
    let docs = read_conll(path)?;
    let date = PubDate::parse("1996-08-30").ok_or_else(|| EntityError::Train("bad date".into()))?;
    let mut rep = EvalReport::default();
    let mut seconds = 0.0;
    let mut cpu = 0.0;
    for d in &docs {
        let mut text = String::new();
        let mut spans: Vec<Vec<(usize, usize)>> = Vec::new();
        for s in &d.sentences {
            let mut v = Vec::new();
            for (i, w) in s.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                v.push((text.len(), text.len() + w.len()));
                text.push_str(w);
            }
            // A blank line after each sentence: the file's sentence
            // boundaries are part of its input (headlines and datelines
            // have no final punctuation).
            text.push_str("\n\n");
            spans.push(v);
        }
        let mut doc = Document::new(Article::new(date, text));
        let t0 = Instant::now();
        let c0 = crate::conll::thread_cpu_seconds().unwrap_or(0.0);
        let _ = Segmenter.extract(&mut doc);
        let _ = extractor.extract(&mut doc);
        seconds += t0.elapsed().as_secs_f64();
        cpu += crate::conll::thread_cpu_seconds().unwrap_or(0.0) - c0;
        let mut starts = std::collections::HashMap::new();
        let mut ends = std::collections::HashMap::new();
        for (si, v) in spans.iter().enumerate() {
            for (wi, &(a, b)) in v.iter().enumerate() {
                starts.insert(a, (si, wi));
                ends.insert(b, (si, wi));
            }
        }
        let mut pred: Vec<Vec<String>> = d.sentences.iter().map(|s| vec!["O".to_string(); s.len()]).collect();
        let mut marks: Vec<(usize, usize, usize, &'static str)> = Vec::new();
        for e in &doc.entities {
            for m in &e.mentions {
                if m.kind != MentionKind::Name {
                    continue;
                }
                if let (Some(&(s1, w1)), Some(&(s2, w2))) = (starts.get(&m.span.start), ends.get(&m.span.end)) {
                    if s1 == s2 && w1 <= w2 {
                        marks.push((s1, w1, w2, conll_type(e.kind)));
                    }
                }
            }
        }
        marks.sort();
        for (s, a, b, ty) in marks {
            let Some(row) = pred.get_mut(s) else { continue };
            if row.get(a..=b).is_some_and(|x| x.iter().any(|t| t != "O")) {
                continue;
            }
            let touching = a > 0 && row.get(a - 1).is_some_and(|t| t.ends_with(ty) && t != "O");
            for (k, t) in row.iter_mut().enumerate().take(b + 1).skip(a) {
                *t = if k == a && touching { format!("B-{ty}") } else { format!("I-{ty}") };
            }
        }
        for (gold, p) in d.tags.iter().zip(&pred) {
            rep.add(gold, p);
        }
    }
    rep.seconds = seconds;
    rep.cpu_seconds = cpu;
    Ok(rep)
}
