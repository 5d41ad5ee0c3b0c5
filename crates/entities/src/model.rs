//! The tagger: a greedy left-to-right averaged perceptron over BILOU labels
//! with hashed features, and its compact binary format.

use crate::clusters::Clusters;
use crate::error::EntityError;
use crate::features::{label_features, DocStats, FeatureBuilder, WordInfo};
use crate::gazetteer::Gazetteer;
use std::io::{Read, Write};

/// Entity types of the tagger (CoNLL-2003).
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Number of labels: `O` plus B, I, L, U for each type.
pub const NL: usize = 1 + 4 * TYPES.len();

/// Label index → (prefix, type index). Label 0 is `O`.
#[inline]
pub fn label_parts(l: usize) -> (char, usize) {
    if l == 0 {
        return ('O', 0);
    }
    let p = ['B', 'I', 'L', 'U'][(l - 1) % 4];
    (p, (l - 1) / 4)
}

/// The label index of a prefix and type index.
#[inline]
pub fn label_of(prefix: char, ty: usize) -> usize {
    match prefix {
        'B' => 1 + ty * 4,
        'I' => 2 + ty * 4,
        'L' => 3 + ty * 4,
        'U' => 4 + ty * 4,
        _ => 0,
    }
}

/// Whether label `l` may follow `prev` (`None` at sentence start), and
/// whether it may end a sentence.
#[inline]
pub fn allowed(prev: Option<usize>, l: usize, last: bool) -> bool {
    let (pp, pt) = prev.map(label_parts).unwrap_or(('O', 0));
    let (p, t) = label_parts(l);
    let open = matches!(pp, 'B' | 'I');
    let ok = if open { matches!(p, 'I' | 'L') && t == pt } else { matches!(p, 'O' | 'B' | 'U') };
    ok && (!last || !matches!(p, 'B' | 'I'))
}

/// Converts IOB1/IOB2 tags of a sentence into BILOU label indices.
pub fn bilou_from_iob(tags: &[String]) -> Vec<usize> {
    let chunks = crate::conll::chunks(tags);
    let mut out = vec![0; tags.len()];
    for (s, e, ty) in chunks {
        let Some(t) = TYPES.iter().position(|x| *x == ty) else {
            continue;
        };
        if e == s + 1 {
            out[s] = label_of('U', t);
        } else {
            out[s] = label_of('B', t);
            for o in out.iter_mut().take(e - 1).skip(s + 1) {
                *o = label_of('I', t);
            }
            out[e - 1] = label_of('L', t);
        }
    }
    out
}

/// Converts BILOU label indices into IOB1 tags (as in CoNLL-2003 files).
pub fn iob1_from_bilou(labels: &[usize]) -> Vec<String> {
    let mut out = Vec::with_capacity(labels.len());
    let mut prev_end_type: Option<usize> = None; // type of a chunk that ended right before
    for &l in labels {
        let (p, t) = label_parts(l);
        if p == 'O' {
            out.push("O".to_string());
            prev_end_type = None;
            continue;
        }
        let starts = matches!(p, 'B' | 'U');
        let prefix = if starts && prev_end_type == Some(t) { "B" } else { "I" };
        out.push(format!("{prefix}-{}", TYPES[t]));
        prev_end_type = if matches!(p, 'L' | 'U') { Some(t) } else { None };
        if matches!(p, 'B' | 'I') {
            prev_end_type = None;
        }
    }
    out
}

/// Spans `(start, end, type index)` of BILOU labels.
pub fn spans_from_bilou(labels: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let (p, t) = label_parts(l);
        match p {
            'B' => open = Some((i, t)),
            'I' => {
                if open.map(|o| o.1) != Some(t) {
                    open = Some((i, t));
                }
            }
            'L' => {
                let s = match open {
                    Some((s, ot)) if ot == t => s,
                    _ => i,
                };
                out.push((s, i + 1, t));
                open = None;
            }
            'U' => {
                out.push((i, i + 1, t));
                open = None;
            }
            _ => open = None,
        }
    }
    out
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Model {
    /// log2 of the number of feature buckets.
    pub bits: u32,
    /// Quantized weights, `[bucket * NL + label]`.
    pub weights: Vec<i16>,
    /// Second-stage weights (same shape), used with document-level
    /// aggregates of the first stage's predictions; empty for a one-stage model.
    pub weights2: Vec<i16>,
    /// Word clusters used by the features.
    pub clusters: Clusters,
    /// One bit per bucket of `weights` / `weights2`: set when the row has a
    /// non-zero weight. Checked (in cache) before touching a row, so
    /// features never seen in training cost no memory access.
    nonzero: [Vec<u64>; 2],
}

fn nonzero_bits(w: &[i16]) -> Vec<u64> {
    let rows = w.len() / NL;
    let mut bits = vec![0u64; rows.div_ceil(64)];
    for (r, row) in w.chunks(NL).enumerate() {
        if row.iter().any(|&x| x != 0) {
            if let Some(b) = bits.get_mut(r / 64) {
                *b |= 1 << (r % 64);
            }
        }
    }
    bits
}

const MAGIC: &[u8; 8] = b"DLNER01\n";

impl Model {
    /// Quantizes float weights into a model.
    pub fn from_f32(bits: u32, w: &[f32], clusters: Clusters) -> Model {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let weights: Vec<i16> = w.iter().map(|x| (x * scale).round().clamp(-32767.0, 32767.0) as i16).collect();
        let nonzero = [nonzero_bits(&weights), Vec::new()];
        Model { bits, weights, weights2: Vec::new(), clusters, nonzero }
    }

    /// Adds second-stage float weights (quantized like the first).
    pub fn with_stage2(mut self, w: &[f32]) -> Model {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        self.weights2 = w.iter().map(|x| (x * scale).round().clamp(-32767.0, 32767.0) as i16).collect();
        self.nonzero[1] = nonzero_bits(&self.weights2);
        self
    }

    #[inline]
    fn add_row(&self, w: &[i16], nz: &[u64], f: u32, score: &mut [i32; NL]) {
        let mask = (1usize << self.bits) - 1;
        let r = f as usize & mask;
        let set = match nz.get(r / 64) {
            Some(x) => x & (1 << (r % 64)) != 0,
            None => false,
        };
        if !set {
            return;
        }
        let b = r * NL;
        if let Some(row) = w.get(b..b + NL).and_then(|r| <&[i16; NL]>::try_from(r).ok()) {
            for l in 0..NL {
                score[l] += row[l] as i32;
            }
        }
    }

    /// Tags one sentence greedily. `feats` are the static features of each
    /// word (from [`FeatureBuilder::sentence`]).
    pub fn tag(&self, words: &[WordInfo], feats: &[Vec<u32>]) -> Vec<usize> {
        self.tag_with(&self.weights, &self.nonzero[0], words, feats)
    }

    fn tag_with(&self, weights: &[i16], nz: &[u64], words: &[WordInfo], feats: &[Vec<u32>]) -> Vec<usize> {
        let mut out = Vec::with_capacity(words.len());
        let mut lf = [0u32; 4];
        for (i, (w, f)) in words.iter().zip(feats).enumerate() {
            let mut score = [0i32; NL];
            for &h in f {
                self.add_row(weights, nz, h, &mut score);
            }
            let p1 = if i > 0 { out[i - 1] } else { usize::MAX };
            let p2 = if i > 1 { out[i - 2] } else { usize::MAX };
            label_features(p1, p2, w, &mut lf);
            for &h in &lf {
                self.add_row(weights, nz, h, &mut score);
            }
            let prev = (i > 0).then(|| out[i - 1]);
            let last = i + 1 == words.len();
            let mut best = (i32::MIN, 0usize);
            for (l, &s) in score.iter().enumerate() {
                if allowed(prev, l, last) && s > best.0 {
                    best = (s, l);
                }
            }
            out.push(best.1);
        }
        out
    }

    /// How far a word alone leans the first stage toward opening a name:
    /// the score of its best name-opening label (B or U of any type) less
    /// that of O, from its lower case and its clusters only (no context,
    /// no capitals). Names the word clusters group with companies and
    /// places ("samsung", "boeing") lean toward a name, common words
    /// ("patent", "case") away from one.
    pub fn name_lean(&self, lower: &str) -> i32 {
        let mut score = [0i32; NL];
        for f in crate::features::lexical_features(lower, self.clusters.get(lower)) {
            self.add_row(&self.weights, &self.nonzero[0], f, &mut score);
        }
        let open = (1..NL).filter(|&l| matches!(label_parts(l).0, 'B' | 'U')).map(|l| score[l]).max().unwrap_or(0);
        open - score[0]
    }

    /// Tags a document (sentences of words): features, greedy tagging, and
    /// with a two-stage model a second pass that sees document-level
    /// aggregates of the first pass.
    pub fn tag_document<S: AsRef<str>>(&self, gazetteer: &Gazetteer, sentences: &[Vec<S>]) -> Vec<Vec<usize>> {
        let infos: Vec<Vec<WordInfo>> =
            sentences.iter().map(|s| s.iter().map(|w| WordInfo::new(w.as_ref(), &self.clusters)).collect()).collect();
        let stats = DocStats::new(&infos);
        let fb = FeatureBuilder { clusters: &self.clusters, gazetteer };
        let mut feats: Vec<Vec<Vec<u32>>> = infos
            .iter()
            .map(|s| {
                let mut f = Vec::with_capacity(s.len());
                fb.sentence(s, &stats, &mut f);
                f
            })
            .collect();
        let first: Vec<Vec<usize>> = infos.iter().zip(&feats).map(|(s, f)| self.tag(s, f)).collect();
        if self.weights2.is_empty() {
            return first;
        }
        crate::features::add_aggregate_features(&infos, &first, &mut feats);
        infos.iter().zip(&feats).map(|(s, f)| self.tag_with(&self.weights2, &self.nonzero[1], s, f)).collect()
    }

    /// Serializes (deflate-compressed).
    pub fn to_bytes(&self) -> Result<Vec<u8>, EntityError> {
        let mut raw = Vec::with_capacity(self.weights.len() * 2 + (1 << 20));
        raw.extend_from_slice(MAGIC);
        raw.extend_from_slice(&self.bits.to_le_bytes());
        raw.extend_from_slice(&(NL as u32).to_le_bytes());
        let mut words: Vec<(&String, &[u16; 3])> = self.clusters.iter().collect();
        words.sort();
        raw.extend_from_slice(&(words.len() as u32).to_le_bytes());
        for (w, p) in words {
            let b = w.as_bytes();
            let len = b.len().min(255);
            raw.push(len as u8);
            raw.extend_from_slice(&b[..len]);
            for x in p {
                raw.extend_from_slice(&x.to_le_bytes());
            }
        }
        // Weights: delta-coded sparse rows (most buckets are zero).
        let mut nz_rows = 0u32;
        let mut body = Vec::new();
        let mut last = 0usize;
        for (r, row) in self.weights.chunks(NL).enumerate() {
            if row.iter().all(|&x| x == 0) {
                continue;
            }
            nz_rows += 1;
            write_varint(&mut body, (r - last) as u64);
            last = r;
            for &x in row {
                body.extend_from_slice(&x.to_le_bytes());
            }
        }
        raw.extend_from_slice(&nz_rows.to_le_bytes());
        raw.extend_from_slice(&body);
        raw.push(u8::from(!self.weights2.is_empty()));
        if !self.weights2.is_empty() {
            let (n, b) = sparse_rows(&self.weights2);
            raw.extend_from_slice(&n.to_le_bytes());
            raw.extend_from_slice(&b);
        }
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&raw).map_err(|e| EntityError::BadModel(e.to_string()))?;
        enc.finish().map_err(|e| EntityError::BadModel(e.to_string()))
    }

    /// Deserializes what [`Model::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, EntityError> {
        if bytes.is_empty() {
            return Err(EntityError::BadModel(
                "empty model: run `dateline train ner` (or the train example) first".into(),
            ));
        }
        let mut raw = Vec::new();
        flate2::read::DeflateDecoder::new(bytes)
            .read_to_end(&mut raw)
            .map_err(|e| EntityError::BadModel(e.to_string()))?;
        let mut r = Reader { b: &raw, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(EntityError::BadModel("wrong magic or version".into()));
        }
        let bits = r.u32()?;
        let nl = r.u32()? as usize;
        if nl != NL || !(10..=26).contains(&bits) {
            return Err(EntityError::BadModel(format!("unsupported shape: {bits} bits, {nl} labels")));
        }
        let nwords = r.u32()? as usize;
        let mut pairs = Vec::with_capacity(nwords.min(1 << 20));
        for _ in 0..nwords {
            let len = r.take(1)?[0] as usize;
            let w = String::from_utf8(r.take(len)?.to_vec()).map_err(|e| EntityError::BadModel(e.to_string()))?;
            let p = [r.u16()?, r.u16()?, r.u16()?];
            pairs.push((w, p));
        }
        let rows = r.u32()? as usize;
        let size = (1usize << bits) * NL;
        let mut weights = vec![0i16; size];
        let mut row = 0usize;
        for _ in 0..rows {
            row += r.varint()? as usize;
            if (row + 1) * NL > size {
                return Err(EntityError::BadModel("row out of range".into()));
            }
            for x in &mut weights[row * NL..(row + 1) * NL] {
                *x = r.u16()? as i16;
            }
        }
        let mut weights2 = Vec::new();
        if r.pos < r.b.len() && r.take(1)?[0] == 1 {
            weights2 = vec![0i16; size];
            let rows = r.u32()? as usize;
            let mut row = 0usize;
            for _ in 0..rows {
                row += r.varint()? as usize;
                if (row + 1) * NL > size {
                    return Err(EntityError::BadModel("row out of range".into()));
                }
                for x in &mut weights2[row * NL..(row + 1) * NL] {
                    *x = r.u16()? as i16;
                }
            }
        }
        let nonzero = [nonzero_bits(&weights), nonzero_bits(&weights2)];
        Ok(Model { bits, weights, weights2, clusters: Clusters::from_pairs(pairs), nonzero })
    }
}

fn sparse_rows(w: &[i16]) -> (u32, Vec<u8>) {
    let mut n = 0u32;
    let mut body = Vec::new();
    let mut last = 0usize;
    for (r, row) in w.chunks(NL).enumerate() {
        if row.iter().all(|&x| x == 0) {
            continue;
        }
        n += 1;
        write_varint(&mut body, (r - last) as u64);
        last = r;
        for &x in row {
            body.extend_from_slice(&x.to_le_bytes());
        }
    }
    (n, body)
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], EntityError> {
        let s = self.b.get(self.pos..self.pos + n).ok_or_else(|| EntityError::BadModel("truncated".into()))?;
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, EntityError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u16(&mut self) -> Result<u16, EntityError> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn varint(&mut self) -> Result<u64, EntityError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(EntityError::BadModel("bad varint".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_roundtrip() {
        let tags: Vec<String> =
            ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-ORG"].iter().map(|s| s.to_string()).collect();
        let b = bilou_from_iob(&tags);
        assert_eq!(iob1_from_bilou(&b), tags);
        assert_eq!(spans_from_bilou(&b), vec![(0, 2, 0), (3, 4, 2), (4, 6, 2), (6, 7, 1)]);
    }

    #[test]
    fn transitions() {
        assert!(allowed(None, label_of('B', 0), false));
        assert!(!allowed(None, label_of('I', 0), false));
        assert!(!allowed(Some(label_of('B', 0)), label_of('L', 1), false));
        assert!(!allowed(None, label_of('B', 0), true));
    }

    #[test]
    fn bytes_roundtrip() {
        let mut w = vec![0f32; (1 << 10) * NL];
        w[5] = 1.5;
        w[NL * 700 + 3] = -2.0;
        let m = Model::from_f32(10, &w, Clusters::from_pairs([("the".to_string(), [1, 2, 3])]));
        let b = m.to_bytes().unwrap();
        let m2 = Model::from_bytes(&b).unwrap();
        assert_eq!(m2.weights, m.weights);
        assert_eq!(m2.clusters.get("the"), [1, 2, 3]);
        assert!(Model::from_bytes(&[]).is_err());
        assert!(Model::from_bytes(&b[..b.len() / 2]).is_err());
    }
}
