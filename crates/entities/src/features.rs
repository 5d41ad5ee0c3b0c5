//! Feature extraction for the tagger: hashed string features of each word
//! in its sentence and document context.
//!
//! Features never allocate per token: every template hashes its pieces with
//! a fast multiplicative hash ([`Hasher`]) seeded by the template id.

use crate::clusters::Clusters;
use crate::gazetteer::Gazetteer;
use std::collections::HashMap;

/// FxHash-style hasher over bytes, seeded by a template id.
#[derive(Clone, Copy)]
pub struct Hasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher {
    /// A hasher for template `t`.
    #[inline]
    pub fn new(t: u32) -> Hasher {
        Hasher((t as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    /// Adds bytes.
    #[inline]
    pub fn bytes(mut self, b: &[u8]) -> Hasher {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
        }
        for &x in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ x as u64).wrapping_mul(K);
        }
        // Separator so ("ab","c") != ("a","bc").
        self.0 = (self.0.rotate_left(5) ^ 0xff).wrapping_mul(K);
        self
    }
    /// Adds a string.
    #[inline]
    pub fn str(self, s: &str) -> Hasher {
        self.bytes(s.as_bytes())
    }
    /// Adds a number.
    #[inline]
    pub fn num(mut self, n: u64) -> Hasher {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(K);
        self
    }
    /// The final 32-bit value.
    #[inline]
    pub fn finish(self) -> u32 {
        let h = self.0 ^ (self.0 >> 29);
        (h ^ (h >> 32)) as u32
    }
}

/// Normalizes a word to CoNLL conventions (straight quotes and apostrophes).
pub fn normalize_word(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => s.push('"'),
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => s.push('\''),
            '\u{2013}' | '\u{2014}' | '\u{2212}' => s.push('-'),
            _ => s.push(c),
        }
    }
    s
}

/// Word shape: `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1996-08-22` → `d-d-d`.
fn shape(w: &str, long: bool) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    let mut n = 0;
    for c in w.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !long && m == last {
            continue;
        }
        if long && m == last && n >= 4 {
            continue;
        }
        if m == last {
            n += 1;
        } else {
            n = 1;
        }
        s.push(m);
        last = m;
        if s.len() > 16 {
            break;
        }
    }
    s
}

/// Per-word information reused by several templates.
#[derive(Debug, Clone, Default)]
pub struct WordInfo {
    /// The normalized word.
    pub word: String,
    /// Its lower case.
    pub lower: String,
    /// Long shape.
    pub shape: String,
    /// Short shape.
    pub short: String,
    /// Starts with an upper-case letter.
    pub init_cap: bool,
    /// Cluster ids at three granularities (0 = unknown).
    pub clusters: [u16; 3],
}

impl WordInfo {
    /// Analyzes one word.
    pub fn new(w: &str, clusters: &Clusters) -> WordInfo {
        let word = normalize_word(w);
        let lower = word.to_lowercase();
        let init_cap = word.chars().next().is_some_and(char::is_uppercase);
        WordInfo {
            shape: shape(&word, true),
            short: shape(&word, false),
            init_cap,
            clusters: clusters.get(&lower),
            lower,
            word,
        }
    }
}

/// Document-level statistics for the non-local features: how often each
/// lower-cased word appears capitalized inside a sentence, and in lower case.
#[derive(Debug, Default)]
pub struct DocStats {
    mid_cap: FxMap<String, u32>,
    lower: FxMap<String, u32>,
}

impl DocStats {
    /// Collects statistics over a document's sentences.
    pub fn new(sentences: &[Vec<WordInfo>]) -> DocStats {
        let mut d = DocStats::default();
        for s in sentences {
            let headline = is_headline(s);
            for (i, w) in s.iter().enumerate() {
                if w.init_cap && i > 0 && !headline && !is_after_quote_or_colon(s, i) {
                    *d.mid_cap.entry(w.lower.clone()).or_default() += 1;
                } else if w.word.chars().next().is_some_and(char::is_lowercase) {
                    *d.lower.entry(w.lower.clone()).or_default() += 1;
                }
            }
        }
        d
    }
}

fn is_after_quote_or_colon(s: &[WordInfo], i: usize) -> bool {
    i > 0 && matches!(s[i - 1].word.as_str(), "\"" | ":" | "(" | "-" | "--" | "'")
}

/// True when most letters of the sentence are upper case (a headline).
pub fn is_headline(s: &[WordInfo]) -> bool {
    let mut up = 0;
    let mut all = 0;
    for w in s {
        for c in w.word.chars() {
            if c.is_alphabetic() {
                all += 1;
                if c.is_uppercase() {
                    up += 1;
                }
            }
        }
    }
    all >= 4 && up * 10 >= all * 8
}

/// Template id of the word's lower case in [`FeatureBuilder::sentence`].
const T_LOWER: u32 = 3;
/// Template id of the word's first cluster level (the next two follow).
const T_CLUSTER: u32 = 29;

/// The context-free lexical features of a word among those
/// [`FeatureBuilder::sentence`] builds: its lower case and its three
/// cluster levels (the templates are kept in step by a test).
pub fn lexical_features(lower: &str, clusters: [u16; 3]) -> [u32; 4] {
    [
        Hasher::new(T_LOWER).str(lower).finish(),
        Hasher::new(T_CLUSTER).num(clusters[0] as u64).finish(),
        Hasher::new(T_CLUSTER + 1).num(clusters[1] as u64).finish(),
        Hasher::new(T_CLUSTER + 2).num(clusters[2] as u64).finish(),
    ]
}

/// Builds the label-independent features of every word of a sentence.
pub struct FeatureBuilder<'a> {
    /// Word clusters.
    pub clusters: &'a Clusters,
    /// Gazetteer for dictionary features.
    pub gazetteer: &'a Gazetteer,
}

/// Template ids of the label-dependent features (see [`label_features`]).
const T_P1: u32 = 200;
const T_P2P1: u32 = 201;
const T_P1W: u32 = 202;
const T_P1S: u32 = 203;

/// The label-dependent features of position `i` given the two previous
/// labels (`usize::MAX` before the sentence start).
#[inline]
pub fn label_features(p1: usize, p2: usize, w: &WordInfo, out: &mut [u32; 4]) {
    let a = (p1 as u64).wrapping_add(1);
    let b = (p2 as u64).wrapping_add(1);
    out[0] = Hasher::new(T_P1).num(a).finish();
    out[1] = Hasher::new(T_P2P1).num(a).num(b).finish();
    out[2] = Hasher::new(T_P1W).num(a).str(&w.lower).finish();
    out[3] = Hasher::new(T_P1S).num(a).str(&w.short).finish();
}

impl FeatureBuilder<'_> {
    /// Appends the features of each word of `s` to `out` (one vector per
    /// word). `doc` gives the non-local features.
    pub fn sentence(&self, s: &[WordInfo], doc: &DocStats, out: &mut Vec<Vec<u32>>) {
        let n = s.len();
        let headline = is_headline(s);
        let gz = self.gazetteer.feature_matches(s);
        let pad = WordInfo {
            word: "<S>".into(),
            lower: "<s>".into(),
            shape: "<S>".into(),
            short: "<S>".into(),
            ..WordInfo::default()
        };
        let pad_end = WordInfo {
            word: "</S>".into(),
            lower: "</s>".into(),
            shape: "</S>".into(),
            short: "</S>".into(),
            ..WordInfo::default()
        };
        let at = |j: isize| -> &WordInfo {
            if j < 0 {
                &pad
            } else if j as usize >= n {
                &pad_end
            } else {
                &s[j as usize]
            }
        };
        for i in 0..n {
            let w = &s[i];
            let ii = i as isize;
            let (m2, m1, p1, p2) = (at(ii - 2), at(ii - 1), at(ii + 1), at(ii + 2));
            let mut f: Vec<u32> = Vec::with_capacity(64);
            let mut t = 0u32;
            let h = |t: &mut u32| {
                *t += 1;
                Hasher::new(*t)
            };
            f.push(h(&mut t).finish()); // bias
            f.push(h(&mut t).str(&w.word).finish());
            f.push(h(&mut t).str(&w.lower).finish());
            f.push(h(&mut t).str(&m1.lower).finish());
            f.push(h(&mut t).str(&p1.lower).finish());
            f.push(h(&mut t).str(&m2.lower).finish());
            f.push(h(&mut t).str(&p2.lower).finish());
            f.push(h(&mut t).str(&m1.lower).str(&w.lower).finish());
            f.push(h(&mut t).str(&w.lower).str(&p1.lower).finish());
            f.push(h(&mut t).str(&w.shape).finish());
            f.push(h(&mut t).str(&w.short).finish());
            f.push(h(&mut t).str(&m1.short).finish());
            f.push(h(&mut t).str(&p1.short).finish());
            f.push(h(&mut t).str(&m1.short).str(&w.short).finish());
            f.push(h(&mut t).str(&w.short).str(&p1.short).finish());
            f.push(h(&mut t).str(&m1.short).str(&w.short).str(&p1.short).finish());
            f.push(h(&mut t).str(&m1.lower).str(&w.short).finish());
            f.push(h(&mut t).str(&w.short).str(&p1.lower).finish());
            // Prefixes and suffixes.
            let chars: Vec<(usize, char)> = w.lower.char_indices().collect();
            for k in 1..=4usize {
                let tp = h(&mut t);
                let ts = h(&mut t);
                if chars.len() > k {
                    let cut = chars[k].0;
                    f.push(tp.str(&w.lower[..cut]).finish());
                    let cut = chars[chars.len() - k].0;
                    f.push(ts.str(&w.lower[cut..]).finish());
                }
            }
            // Position and case context.
            let first = i == 0 || (i == 1 && matches!(s[0].word.as_str(), "\"" | "(" | "'" | "-"));
            f.push(h(&mut t).num(first as u64).num(headline as u64).str(&w.short).finish());
            f.push(h(&mut t).num(headline as u64).str(&w.lower).finish());
            // Clusters.
            for level in 0..3 {
                f.push(h(&mut t).num(w.clusters[level] as u64).finish());
            }
            for level in 1..3 {
                f.push(h(&mut t).num(m1.clusters[level] as u64).finish());
                f.push(h(&mut t).num(p1.clusters[level] as u64).finish());
            }
            f.push(h(&mut t).num(w.clusters[2] as u64).str(&w.short).finish());
            f.push(h(&mut t).num(m1.clusters[1] as u64).num(w.clusters[1] as u64).finish());
            // Document context: capitalized elsewhere mid-sentence / lower case elsewhere.
            let mc = doc.mid_cap.get(&w.lower).copied().unwrap_or(0);
            let lc = doc.lower.get(&w.lower).copied().unwrap_or(0);
            let bucket = |x: u32| -> u64 {
                match x {
                    0 => 0,
                    1 => 1,
                    2..=3 => 2,
                    _ => 3,
                }
            };
            f.push(h(&mut t).num(bucket(mc)).num(bucket(lc)).num((first || headline) as u64).finish());
            f.push(h(&mut t).num(bucket(mc)).num(bucket(lc)).str(&w.short).finish());
            // Gazetteer matches (type and position within the match).
            let mut g_any = 0u64;
            for &(kind, pos) in gz.get(i).map(|v| v.as_slice()).unwrap_or(&[]) {
                f.push(Hasher::new(100).num(kind as u64).num(pos as u64).finish());
                f.push(Hasher::new(101).num(kind as u64).num(pos as u64).num(w.init_cap as u64).finish());
                g_any |= 1 << kind;
            }
            for &(kind, _) in gz.get(i + 1).map(|v| v.as_slice()).unwrap_or(&[]) {
                f.push(Hasher::new(102).num(kind as u64).finish());
            }
            if i > 0 {
                for &(kind, _) in gz.get(i - 1).map(|v| v.as_slice()).unwrap_or(&[]) {
                    f.push(Hasher::new(103).num(kind as u64).finish());
                }
            }
            f.push(Hasher::new(104).num(g_any).str(&w.short).finish());
            out.push(f);
        }
    }
}

/// Adds the second-stage features: for each word, what the first stage
/// predicted for the other occurrences of the same word in the document
/// (majority type, and whether they were inside a longer name), and its own
/// first-stage label.
pub fn add_aggregate_features(infos: &[Vec<WordInfo>], first: &[Vec<usize>], feats: &mut [Vec<Vec<u32>>]) {
    // Per lower-cased word: counts of first-stage types (0 = O, 1..=4 types) and
    // of occurrences inside multi-word names.
    let mut counts: FxMap<&str, [u16; 6]> = FxMap::default();
    for (s, labels) in infos.iter().zip(first) {
        for (i, (w, &l)) in s.iter().zip(labels).enumerate() {
            if !w.word.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let c = counts.entry(w.lower.as_str()).or_default();
            let t = if l == 0 { 0 } else { 1 + (l - 1) / 4 };
            c[t] = c[t].saturating_add(1);
            let inner = l != 0 && ((l - 1) % 4 != 3);
            if inner {
                c[5] = c[5].saturating_add(1);
            }
            let _ = i;
        }
    }
    for ((s, labels), f) in infos.iter().zip(first).zip(feats.iter_mut()) {
        for ((w, &l), fv) in s.iter().zip(labels).zip(f.iter_mut()) {
            let own = if l == 0 { 0 } else { 1 + (l - 1) / 4 };
            let mut c = counts.get(w.lower.as_str()).copied().unwrap_or([0; 6]);
            // Exclude this occurrence.
            c[own] = c[own].saturating_sub(1);
            if own != 0 && (l - 1) % 4 != 3 {
                c[5] = c[5].saturating_sub(1);
            }
            let others: u16 = c[..5].iter().sum();
            let ent: u16 = c[1..5].iter().sum();
            let majority = (1..5).max_by_key(|&t| (c[t], usize::MAX - t)).filter(|&t| c[t] > 0).unwrap_or(0);
            let frac = if others == 0 {
                0
            } else if ent * 2 > others {
                2
            } else if ent > 0 {
                1
            } else {
                3
            };
            fv.push(Hasher::new(300).num(majority as u64).num(frac).finish());
            fv.push(Hasher::new(301).num(majority as u64).num(frac).str(&w.short).finish());
            fv.push(Hasher::new(302).num(l as u64).finish());
            fv.push(Hasher::new(303).num(l as u64).num(majority as u64).finish());
            fv.push(Hasher::new(304).num((c[5] > 0) as u64).num(majority as u64).finish());
        }
    }
}

/// A fast non-cryptographic hasher for the crate's string-keyed maps
/// (FxHash-style; inputs are words, not attacker-chosen keys of a service).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
        }
        for &x in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ x as u64).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(K);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(K);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `BuildHasher` of [`FxHasher`].
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;
/// A `HashSet` with [`FxHasher`].
pub type FxSet<K> = std::collections::HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_features_are_among_the_sentence_features() {
        let clusters = Clusters::from_pairs([("acme".to_string(), [3u16, 20, 150])]);
        let gazetteer = Gazetteer::default();
        let fb = FeatureBuilder { clusters: &clusters, gazetteer: &gazetteer };
        let s: Vec<WordInfo> = ["Shares", "of", "Acme", "rose"].iter().map(|w| WordInfo::new(w, &clusters)).collect();
        let stats = DocStats::new(std::slice::from_ref(&s));
        let mut out = Vec::new();
        fb.sentence(&s, &stats, &mut out);
        for f in lexical_features("acme", [3, 20, 150]) {
            assert!(out[2].contains(&f), "{f}");
        }
    }
}
