//! Hierarchical word clusters learned from unlabeled text, used as
//! features by the tagger and the parser (as Brown clusters are in Koo et
//! al. 2008 and Owoputi et al. 2013).
//!
//! The clusters are spectral rather than Brown's greedy merges, which
//! cost far more time: every frequent word gets a vector of the words seen
//! just before and just after it (positive PMI with smoothed context
//! counts), the vectors are reduced to their top singular directions
//! (randomized SVD) and normalized, and the words are split in two again
//! and again (principal-direction bisection refined by 2-means) until the
//! groups are small. Each word's path down that tree is a bit string, and
//! its prefixes (4, 6, 10 bits and the whole path) are the features, from
//! POS-like classes to near-synonyms. Everything is deterministic: no
//! random seed reaches the result except a fixed one for the SVD's test
//! matrix.

use crate::lex::Lex;
use crate::perceptron::{read_u64, write_u64, IdMap};
use crate::SyntaxError;
use rand::{Rng, SeedableRng};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Bit lengths of the prefixes used as features (the last slot is the
/// whole path).
pub const PREFIXES: [u32; 3] = [4, 6, 10];

/// Cluster feature value of a word without a cluster.
pub const NO_CLUSTER: u64 = 0;

/// A word -> bit-string table. Codes carry a leading 1 bit before the path
/// (`0b1` is the root, `0b10`/`0b11` its children), so prefixes of
/// different lengths never collide; 0 means no cluster.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: IdMap<u32>,
}

/// Depth (path length in bits) of a code.
#[inline]
fn depth(code: u32) -> u32 {
    31u32.saturating_sub(code.leading_zeros())
}

impl Clusters {
    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The code of a lower-cased word hash ([`Lex::lower`]), 0 when none.
    pub fn code(&self, lower: u64) -> u32 {
        self.map.get(&lower).copied().unwrap_or(0)
    }

    /// The code of a word as written: lower-cased (and numbers collapsed
    /// by shape) as [`Lex::new`] keys the table, 0 when none. For callers
    /// outside the tagger and the parser (the quotes layer's learned
    /// models), which hold words rather than [`Lex`] hashes.
    pub fn word_code(&self, word: &str) -> u32 {
        if self.map.is_empty() {
            return 0;
        }
        self.code(Lex::new(word, &mut String::new()).lower)
    }

    /// Reads a gzipped table (a `clusters.bin.gz` as
    /// [`crate::train::train`] or the `syntax_clusters` example writes it).
    pub fn from_gz(bytes: &[u8]) -> Result<Clusters, SyntaxError> {
        let raw = crate::decode("clusters", bytes)?;
        Clusters::read(&mut raw.as_slice()).map_err(|e| SyntaxError::Model { name: "clusters", message: e.to_string() })
    }

    /// The feature values of a code: its 4-, 6- and 10-bit prefixes and
    /// the whole path ([`NO_CLUSTER`] for each when the word has none).
    pub fn prefixes(code: u32) -> [u64; 4] {
        if code == 0 {
            return [NO_CLUSTER; 4];
        }
        let d = depth(code);
        let p = |bits: u32| u64::from(if d <= bits { code } else { code >> (d - bits) });
        [p(PREFIXES[0]), p(PREFIXES[1]), p(PREFIXES[2]), u64::from(code)]
    }

    /// Fills the cluster features of a sentence's lexical views.
    pub fn annotate(&self, lex: &mut [Lex]) {
        // The shipped table is empty: no lookups on the hot path.
        if self.map.is_empty() {
            return;
        }
        for l in lex {
            l.cls = Clusters::prefixes(self.code(l.lower));
        }
    }

    /// Writes the table (sorted by word hash).
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        let mut items: Vec<(u64, u32)> = self.map.iter().map(|(&k, &v)| (k, v)).collect();
        items.sort_unstable();
        write_u64(w, items.len() as u64)?;
        for (k, v) in items {
            w.write_all(&k.to_le_bytes())?;
            w.write_all(&v.to_le_bytes())?;
        }
        Ok(())
    }

    /// Reads a table written by [`Clusters::write`].
    pub fn read(r: &mut impl Read) -> std::io::Result<Clusters> {
        let n = read_u64(r)? as usize;
        if n > 1 << 24 {
            return Err(crate::tagger::bad("cluster table too large"));
        }
        let mut buf = vec![0u8; n * 12];
        r.read_exact(&mut buf)?;
        let mut map = IdMap::default();
        map.reserve(n);
        for c in buf.chunks_exact(12) {
            let k = u64::from_le_bytes(c[..8].try_into().unwrap_or([0; 8]));
            let v = u32::from_le_bytes(c[8..].try_into().unwrap_or([0; 4]));
            map.insert(k, v);
        }
        Ok(Clusters { map })
    }

    /// Number of words per leaf and the deepest path, for reports.
    pub fn stats(&self) -> (usize, u32) {
        let mut leaves: Vec<u32> = self.map.values().copied().collect();
        let max = leaves.iter().map(|&c| depth(c)).max().unwrap_or(0);
        leaves.sort_unstable();
        leaves.dedup();
        (leaves.len(), max)
    }
}

/// Settings of [`build_clusters`].
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// At most this many words get a cluster (the most frequent).
    pub vocab: usize,
    /// Words seen fewer times get none.
    pub min_count: u32,
    /// Context words per side (the most frequent; the rest share one
    /// column per side).
    pub contexts: usize,
    /// Dimensions kept by the SVD.
    pub dims: usize,
    /// Deepest path.
    pub max_depth: u32,
    /// Groups this small are not split further.
    pub min_leaf: usize,
    /// Neighbours read on each side (1: the adjacent words; 2: also the
    /// words two away, as separate columns).
    pub window: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { vocab: 40_000, min_count: 3, contexts: 1_500, dims: 96, max_depth: 20, min_leaf: 4, window: 2 }
    }
}

/// Token ids of a corpus: each distinct lower-cased word (as [`Lex`] sees
/// it) gets an id; `BOUNDARY` separates documents.
struct Corpus {
    ids: IdMap<u32>,
    keys: Vec<u64>,
    counts: Vec<u64>,
    tokens: Vec<u32>,
}

const BOUNDARY: u32 = u32::MAX;

impl Corpus {
    fn new() -> Corpus {
        Corpus { ids: IdMap::default(), keys: Vec::new(), counts: Vec::new(), tokens: Vec::new() }
    }

    fn push_words<'a>(&mut self, words: impl Iterator<Item = &'a str>, buf: &mut String) {
        for w in words {
            let key = Lex::new(w, buf).lower;
            let next = self.keys.len() as u32;
            let id = *self.ids.entry(key).or_insert(next);
            if id == next {
                self.keys.push(key);
                self.counts.push(0);
            }
            self.counts[id as usize] += 1;
            self.tokens.push(id);
        }
        self.tokens.push(BOUNDARY);
    }

    fn push_text(&mut self, text: &str, buf: &mut String) {
        let spans = dateline_core::tokenize::tokenize(text);
        self.push_words(spans.iter().map(|s| text.get(s.start..s.end).unwrap_or("")), buf);
    }
}

fn io_err(path: &Path, e: std::io::Error) -> SyntaxError {
    SyntaxError::Io { path: path.display().to_string(), source: e }
}

/// Reads one unlabeled source into the corpus, by its kind: JSON Lines
/// (the `body` or `text` field of each object), CoNLL-U or CoNLL-2003
/// (the word column, one sentence per block), or plain text.
fn read_source(path: &Path, corpus: &mut Corpus) -> Result<(), SyntaxError> {
    let raw = std::fs::read(path).map_err(|e| io_err(path, e))?;
    let raw = String::from_utf8_lossy(&raw);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let mut buf = String::new();
    if name.ends_with(".jsonl") {
        for (k, line) in raw.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| SyntaxError::Source {
                path: path.display().to_string(),
                line: k + 1,
                message: e.to_string(),
            })?;
            if let Some(t) = v.get("body").or_else(|| v.get("text")).and_then(|t| t.as_str()) {
                corpus.push_text(t, &mut buf);
            }
        }
    } else if name.ends_with(".conllu") {
        for s in crate::conllu::parse_conllu(&raw)? {
            corpus.push_words(s.words.iter().map(|w| w.form.as_str()), &mut buf);
        }
    } else if name.ends_with(".train") || name.ends_with(".testa") || name.ends_with(".conll") {
        let mut words: Vec<&str> = Vec::new();
        for line in raw.lines() {
            let w = line.split_whitespace().next();
            match w {
                None => {
                    if !words.is_empty() {
                        corpus.push_words(words.drain(..), &mut buf);
                    }
                }
                Some("-DOCSTART-") => {}
                Some(w) => words.push(w),
            }
        }
        if !words.is_empty() {
            corpus.push_words(words.drain(..), &mut buf);
        }
    } else {
        corpus.push_text(&raw, &mut buf);
    }
    Ok(())
}

/// The unlabeled text used for the shipped clusters, under `shared`:
/// Reuters-21578, the PolNeAR training articles, the words of UD EWT train
/// and of CoNLL-2003 `eng.train` (no development or test text).
pub fn default_sources(shared: &Path) -> Vec<PathBuf> {
    let mut v = vec![shared.join("corpora/reuters21578/reuters21578.jsonl")];
    let polnear = shared.join("eval/quotes-polnear/train/text");
    if let Ok(rd) = std::fs::read_dir(&polnear) {
        let mut files: Vec<PathBuf> =
            rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        v.extend(files);
    }
    v.push(shared.join("eval/ud-english-ewt/en_ewt-ud-train.conllu"));
    v.push(shared.join("eval/ner-conll2003/eng.train"));
    v
}

/// Dense row-major matrix.
struct Mat {
    rows: usize,
    cols: usize,
    v: Vec<f64>,
}

impl Mat {
    fn zeros(rows: usize, cols: usize) -> Mat {
        Mat { rows, cols, v: vec![0.0; rows * cols] }
    }
    fn row(&self, i: usize) -> &[f64] {
        &self.v[i * self.cols..(i + 1) * self.cols]
    }
    fn row_mut(&mut self, i: usize) -> &mut [f64] {
        &mut self.v[i * self.cols..(i + 1) * self.cols]
    }
}

/// Sparse matrix in compressed rows.
struct Csr {
    rows: usize,
    cols: usize,
    start: Vec<usize>,
    col: Vec<u32>,
    val: Vec<f64>,
}

impl Csr {
    /// `self * x` (x: cols x k).
    fn mul(&self, x: &Mat) -> Mat {
        let k = x.cols;
        let mut out = Mat::zeros(self.rows, k);
        for r in 0..self.rows {
            let o = &mut out.v[r * k..(r + 1) * k];
            for e in self.start[r]..self.start[r + 1] {
                let a = self.val[e];
                let xr = x.row(self.col[e] as usize);
                for (o, &xv) in o.iter_mut().zip(xr) {
                    *o += a * xv;
                }
            }
        }
        out
    }
    /// `self^T * y` (y: rows x k).
    fn tmul(&self, y: &Mat) -> Mat {
        let k = y.cols;
        let mut out = Mat::zeros(self.cols, k);
        for r in 0..self.rows {
            let yr = y.row(r);
            for e in self.start[r]..self.start[r + 1] {
                let a = self.val[e];
                let c = self.col[e] as usize;
                for (o, &yv) in out.v[c * k..(c + 1) * k].iter_mut().zip(yr) {
                    *o += a * yv;
                }
            }
        }
        out
    }
}

/// Orthonormalizes the columns of `m` in place (modified Gram-Schmidt,
/// column-major copy for speed).
fn orthonormalize(m: &mut Mat) {
    let (n, k) = (m.rows, m.cols);
    let mut cols: Vec<Vec<f64>> = (0..k).map(|j| (0..n).map(|i| m.v[i * k + j]).collect()).collect();
    for j in 0..k {
        let (done, rest) = cols.split_at_mut(j);
        let c = &mut rest[0];
        for _ in 0..2 {
            for q in done.iter() {
                let d: f64 = q.iter().zip(c.iter()).map(|(a, b)| a * b).sum();
                for (x, &qv) in c.iter_mut().zip(q) {
                    *x -= d * qv;
                }
            }
        }
        let norm = c.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 1e-12 {
            c.iter_mut().for_each(|x| *x /= norm);
        } else {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
    }
    for (j, c) in cols.iter().enumerate() {
        for (i, &x) in c.iter().enumerate() {
            m.v[i * k + j] = x;
        }
    }
}

/// Eigen-decomposition of a small symmetric matrix (cyclic Jacobi):
/// eigenvalues and eigenvectors as columns, sorted by decreasing value.
fn jacobi(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _sweep in 0..60 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * n + j].powi(2))
            .sum();
        if off < 1e-22 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let akp = a[k * n + p];
                    let akq = a[k * n + q];
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let apk = a[p * n + k];
                    let aqk = a[q * n + k];
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let vkp = v[k * n + p];
                    let vkq = v[k * n + q];
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| a[y * n + y].total_cmp(&a[x * n + x]));
    let vals = order.iter().map(|&i| a[i * n + i]).collect();
    let mut vecs = vec![0.0; n * n];
    for (j, &o) in order.iter().enumerate() {
        for k in 0..n {
            vecs[k * n + j] = v[k * n + o];
        }
    }
    (vals, vecs)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Splits `items` (row indices of `x`) in two: by the sign of the
/// projection on the principal direction of the group, then refined by a
/// few rounds of 2-means. Returns `None` when one side would be empty.
fn bisect(x: &Mat, items: &[u32]) -> Option<(Vec<u32>, Vec<u32>)> {
    let d = x.cols;
    let m = items.len() as f64;
    let mut mean = vec![0.0; d];
    for &i in items {
        for (a, &b) in mean.iter_mut().zip(x.row(i as usize)) {
            *a += b;
        }
    }
    mean.iter_mut().for_each(|a| *a /= m);
    // Principal direction by power iteration from a fixed start.
    let mut dir: Vec<f64> = (0..d).map(|k| 1.0 + (k as f64) * 1e-3).collect();
    let mut tmp = vec![0.0; d];
    for _ in 0..25 {
        tmp.iter_mut().for_each(|t| *t = 0.0);
        for &i in items {
            let r = x.row(i as usize);
            let p: f64 = r.iter().zip(&mean).zip(&dir).map(|((a, mu), v)| (a - mu) * v).sum();
            for ((t, a), mu) in tmp.iter_mut().zip(r).zip(&mean) {
                *t += p * (a - mu);
            }
        }
        let norm = tmp.iter().map(|t| t * t).sum::<f64>().sqrt();
        if norm < 1e-12 {
            return None;
        }
        for (v, t) in dir.iter_mut().zip(&tmp) {
            *v = t / norm;
        }
    }
    let mut side: Vec<bool> = items
        .iter()
        .map(|&i| x.row(i as usize).iter().zip(&mean).zip(&dir).map(|((a, mu), v)| (a - mu) * v).sum::<f64>() > 0.0)
        .collect();
    // 2-means refinement.
    for _ in 0..6 {
        let mut c = [vec![0.0; d], vec![0.0; d]];
        let mut n = [0usize; 2];
        for (&i, &s) in items.iter().zip(&side) {
            let k = usize::from(s);
            n[k] += 1;
            for (a, &b) in c[k].iter_mut().zip(x.row(i as usize)) {
                *a += b;
            }
        }
        if n[0] == 0 || n[1] == 0 {
            break;
        }
        for k in 0..2 {
            let nk = n[k] as f64;
            c[k].iter_mut().for_each(|a| *a /= nk);
        }
        let (c0, c1) = (dot(&c[0], &c[0]), dot(&c[1], &c[1]));
        let mut changed = 0;
        for (&i, s) in items.iter().zip(side.iter_mut()) {
            let r = x.row(i as usize);
            // |r-c1|^2 < |r-c0|^2  <=>  2 r.(c1-c0) > |c1|^2 - |c0|^2
            let new = 2.0 * (dot(r, &c[1]) - dot(r, &c[0])) > c1 - c0;
            if new != *s {
                changed += 1;
                *s = new;
            }
        }
        if changed == 0 {
            break;
        }
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for (&i, &s) in items.iter().zip(&side) {
        if s {
            b.push(i);
        } else {
            a.push(i);
        }
    }
    if a.is_empty() || b.is_empty() {
        None
    } else {
        Some((a, b))
    }
}

/// Learns clusters from the unlabeled `sources` (JSON Lines with a
/// `body` or `text` field, CoNLL-U, CoNLL-2003, or plain text);
/// `progress(stage, done, total)` reports each stage.
pub fn build_clusters(
    sources: &[PathBuf],
    opts: &ClusterOptions,
    mut progress: impl FnMut(&str, u64, u64),
) -> Result<Clusters, SyntaxError> {
    let steps = sources.len() as u64;
    let mut corpus = Corpus::new();
    for (k, p) in sources.iter().enumerate() {
        progress("reading", k as u64, steps);
        read_source(p, &mut corpus)?;
    }
    progress("reading", steps, steps);
    // Vocabulary and context words by frequency (ties by hash).
    let mut by_freq: Vec<u32> = (0..corpus.keys.len() as u32).collect();
    by_freq.sort_by(|&a, &b| {
        corpus.counts[b as usize]
            .cmp(&corpus.counts[a as usize])
            .then(corpus.keys[a as usize].cmp(&corpus.keys[b as usize]))
    });
    let vocab: Vec<u32> = by_freq
        .iter()
        .copied()
        .filter(|&i| corpus.counts[i as usize] >= u64::from(opts.min_count))
        .take(opts.vocab)
        .collect();
    let nv = vocab.len();
    if nv < 2 {
        return Ok(Clusters::default());
    }
    let mut row_of = vec![u32::MAX; corpus.keys.len()];
    for (r, &i) in vocab.iter().enumerate() {
        row_of[i as usize] = r as u32;
    }
    // Context columns: per side, the top words, one for "other" and one
    // for a document boundary.
    let nctx = opts.contexts.min(corpus.keys.len());
    let mut ctx_of = vec![nctx as u32; corpus.keys.len()];
    for (c, &i) in by_freq.iter().take(nctx).enumerate() {
        ctx_of[i as usize] = c as u32;
    }
    let side = nctx + 2;
    let window = opts.window.clamp(1, 2);
    let ncols = 2 * window * side;
    let ctx = |t: u32| -> usize {
        if t == BOUNDARY {
            nctx + 1
        } else {
            ctx_of[t as usize] as usize
        }
    };
    progress("counting", 0, 1);
    // Std's hasher, not `IdMap`'s identity: these keys are (row << 32) |
    // column, whose low bits (the bucket) are the column alone, so under
    // the identity every pair of a column probes one chain (the count ran
    // for hours). The entries are sorted below: the result is the same.
    let mut pairs: std::collections::HashMap<u64, f64> = std::collections::HashMap::new();
    let toks = &corpus.tokens;
    for (i, &t) in toks.iter().enumerate() {
        if t == BOUNDARY || row_of[t as usize] == u32::MAX {
            continue;
        }
        let r = u64::from(row_of[t as usize]);
        for k in 1..=window {
            // Stop at a document boundary: beyond it is another text.
            let left = (1..=k).map(|j| if i >= j { toks[i - j] } else { BOUNDARY }).find(|&t| t == BOUNDARY);
            let left = left.unwrap_or_else(|| toks[i - k]);
            let right = (1..=k).map(|j| toks.get(i + j).copied().unwrap_or(BOUNDARY)).find(|&t| t == BOUNDARY);
            let right = right.unwrap_or_else(|| toks[i + k]);
            let base = 2 * (k - 1) * side;
            for c in [base + ctx(left), base + side + ctx(right)] {
                *pairs.entry((r << 32) | c as u64).or_insert(0.0) += 1.0;
            }
        }
    }
    // Positive PMI with context counts smoothed to the power 0.75.
    let mut entries: Vec<(u64, f64)> = pairs.into_iter().collect();
    entries.sort_unstable_by_key(|e| e.0);
    let mut row_tot = vec![0.0f64; nv];
    let mut col_tot = vec![0.0f64; ncols];
    for &(k, c) in &entries {
        row_tot[(k >> 32) as usize] += c;
        col_tot[(k & 0xffff_ffff) as usize] += c;
    }
    let col_s: Vec<f64> = col_tot.iter().map(|c| c.powf(0.75)).collect();
    let col_sum: f64 = col_s.iter().sum();
    let total: f64 = row_tot.iter().sum();
    let mut csr = Csr { rows: nv, cols: ncols, start: vec![0; nv + 1], col: Vec::new(), val: Vec::new() };
    for &(k, c) in &entries {
        let (r, col) = ((k >> 32) as usize, (k & 0xffff_ffff) as usize);
        let pmi = ((c / total) / ((row_tot[r] / total) * (col_s[col] / col_sum))).ln();
        if pmi > 0.0 {
            csr.col.push(col as u32);
            csr.val.push(pmi);
            csr.start[r + 1] += 1;
        }
    }
    for r in 0..nv {
        csr.start[r + 1] += csr.start[r];
    }
    // Randomized SVD: range of A A^T with power iterations.
    let k = (opts.dims + 12).min(ncols).min(nv);
    let mut rng = rand::rngs::StdRng::seed_from_u64(20_250_311);
    let mut omega = Mat::zeros(ncols, k);
    omega.v.iter_mut().for_each(|x| *x = rng.gen::<f64>() * 2.0 - 1.0);
    let power = 4;
    let mut y = csr.mul(&omega);
    orthonormalize(&mut y);
    for it in 0..power {
        progress("svd", it as u64, power as u64);
        let mut z = csr.tmul(&y);
        orthonormalize(&mut z);
        y = csr.mul(&z);
        orthonormalize(&mut y);
    }
    progress("svd", power as u64, power as u64);
    // B = Q^T A; eigen-decomposition of B B^T gives the rotation to the
    // singular directions and the singular values.
    let b = csr.tmul(&y); // ncols x k  (= B^T)
    let mut bbt = vec![0.0; k * k];
    for r in 0..ncols {
        let row = b.row(r);
        for i in 0..k {
            let ri = row[i];
            if ri == 0.0 {
                continue;
            }
            for j in 0..k {
                bbt[i * k + j] += ri * row[j];
            }
        }
    }
    let (vals, vecs) = jacobi(bbt, k);
    let dims = opts.dims.min(k);
    // Embedding: Q U_B S^(1/2), rows normalized.
    let mut x = Mat::zeros(nv, dims);
    for r in 0..nv {
        let q = y.row(r);
        let out = x.row_mut(r);
        for (j, o) in out.iter_mut().enumerate() {
            let s = vals[j].max(0.0).sqrt().sqrt();
            *o = (0..k).map(|i| q[i] * vecs[i * k + j]).sum::<f64>() * s;
        }
        let norm = out.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm > 0.0 {
            out.iter_mut().for_each(|v| *v /= norm);
        }
    }
    // Divisive clustering into a binary tree.
    let mut codes = vec![1u32; nv];
    let mut stack: Vec<(Vec<u32>, u32)> = vec![((0..nv as u32).collect(), 1)];
    let mut done = 0u64;
    let mut shown = 0u64;
    let mut report = |done: u64| {
        if done >= shown + nv as u64 / 100 || done == nv as u64 {
            shown = done;
            progress("splitting", done, nv as u64);
        }
    };
    while let Some((items, code)) = stack.pop() {
        if items.len() <= opts.min_leaf || depth(code) >= opts.max_depth {
            for &i in &items {
                codes[i as usize] = code;
            }
            done += items.len() as u64;
            report(done);
            continue;
        }
        match bisect(&x, &items) {
            Some((a, b)) => {
                stack.push((b, (code << 1) | 1));
                stack.push((a, code << 1));
            }
            None => {
                for &i in &items {
                    codes[i as usize] = code;
                }
                done += items.len() as u64;
                report(done);
            }
        }
    }
    let mut map = IdMap::default();
    for (r, &i) in vocab.iter().enumerate() {
        map.insert(corpus.keys[i as usize], codes[r]);
    }
    Ok(Clusters { map })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_json_line_is_named_with_its_file_and_line() {
        // Each test its own folder: the tests of one binary share a process
        // id and run at once, and each removes its folder at the end.
        let dir = std::env::temp_dir().join(format!("dateline-clusters-json-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("news.jsonl");
        std::fs::write(&path, "{\"body\": \"Rates rose.\"}\n\n{\"body\": \"cut\n").unwrap();
        let err = read_source(&path, &mut Corpus::new()).unwrap_err().to_string();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(err.starts_with(&format!("{}: line 3: ", path.display())), "{err}");
    }

    #[test]
    fn an_empty_table_leaves_the_words_without_clusters() {
        let mut lex = [Lex { cls: [7; 4], ..Lex::default() }];
        Clusters::default().annotate(&mut lex);
        assert_eq!(lex[0].cls, [7; 4], "no lookups, nothing written");
        let mut table = Clusters::default();
        table.map.insert(lex[0].lower, 0b101);
        table.annotate(&mut lex);
        assert_eq!(lex[0].cls, [0b101; 4]);
    }

    #[test]
    fn a_word_is_looked_up_lower_cased_and_a_written_table_reads_back() {
        let mut table = Clusters::default();
        assert_eq!(table.word_code("Lamented"), 0, "an empty table has no codes");
        table.map.insert(Lex::new("lamented", &mut String::new()).lower, 0b1011);
        assert_eq!(table.word_code("Lamented"), 0b1011);
        assert_eq!(table.word_code("LAMENTED"), 0b1011);
        assert_eq!(table.word_code("bemoaned"), 0);
        let mut raw = Vec::new();
        table.write(&mut raw).unwrap();
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&raw).unwrap();
        let back = Clusters::from_gz(&enc.finish().unwrap()).unwrap();
        assert_eq!(back.word_code("lamented"), 0b1011);
        assert!(Clusters::from_gz(b"not gzip").is_err());
    }

    #[test]
    fn prefixes_keep_lengths_apart() {
        // Path 1011 0110 01 (10 bits) with the leading 1.
        let code = 0b11011011001u32;
        let p = Clusters::prefixes(code);
        assert_eq!(p[0], 0b11011);
        assert_eq!(p[1], 0b1101101);
        assert_eq!(p[2], u64::from(code));
        assert_eq!(p[3], u64::from(code));
        // A short path is its own prefix at every length.
        assert_eq!(Clusters::prefixes(0b101), [0b101; 4]);
        assert_eq!(Clusters::prefixes(0), [NO_CLUSTER; 4]);
    }

    #[test]
    fn learns_word_classes_and_roundtrips() {
        // Two invented word classes used in different frames.
        let dir = std::env::temp_dir().join(format!("dateline-clusters-toy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let animals = ["cat", "dog", "horse", "goat", "sheep", "mouse"];
        let verbs = ["runs", "sleeps", "eats", "jumps", "sits", "waits"];
        let mut text = String::new();
        for round in 0..40 {
            for (i, a) in animals.iter().enumerate() {
                let v = verbs[(i + round) % verbs.len()];
                text.push_str(&format!("the {a} {v} . a {a} {v} now .\n"));
            }
        }
        let p = dir.join("toy.txt");
        std::fs::write(&p, text).unwrap();
        let opts =
            ClusterOptions { vocab: 100, min_count: 2, contexts: 50, dims: 8, max_depth: 12, min_leaf: 1, window: 1 };
        let c = build_clusters(&[p], &opts, |_, _, _| {}).unwrap();
        let mut buf = String::new();
        let mut code = |w: &str| c.code(Lex::new(w, &mut buf).lower);
        // Shared leading path bits of two words.
        let common = |a: u32, b: u32| {
            let (da, db) = (depth(a), depth(b));
            let d = da.min(db);
            let x = (a >> (da - d)) ^ (b >> (db - d));
            d - (32 - x.leading_zeros())
        };
        let a: Vec<u32> = animals.iter().map(|w| code(w)).collect();
        let v: Vec<u32> = verbs.iter().map(|w| code(w)).collect();
        assert!(a.iter().chain(&v).all(|&x| x != 0), "every word has a cluster");
        // Every animal is closer in the tree to the other animals than to
        // any verb, and every verb to the verbs.
        let least_within = |g: &[u32]| {
            g.iter().enumerate().flat_map(|(i, &x)| g[i + 1..].iter().map(move |&y| common(x, y))).min().unwrap()
        };
        let most_across = a.iter().flat_map(|&x| v.iter().map(move |&y| common(x, y))).max().unwrap();
        assert!(least_within(&a) > most_across, "animals {a:?} verbs {v:?}");
        assert!(least_within(&v) > most_across, "animals {a:?} verbs {v:?}");
        let sheep = a[4];
        let mut bytes = Vec::new();
        c.write(&mut bytes).unwrap();
        let back = Clusters::read(&mut bytes.as_slice()).unwrap();
        assert_eq!(back.len(), c.len());
        assert_eq!(back.code(Lex::new("sheep", &mut String::new()).lower), sheep);
        assert!(Clusters::read(&mut &bytes[..5]).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
