//! Averaged-perceptron tagger predicting a joint UPOS + Penn XPOS tag,
//! left to right, with a tag dictionary for frequent unambiguous words and
//! ambiguity classes (the UPOS tags a word was seen with) for context.

use crate::cluster::Clusters;
use crate::conllu::ConlluSentence;
use crate::lex::{Lex, END, START};
use crate::perceptron::{finish, hash_str, mix, read_str, read_u64, write_str, write_u64, IdMap, Model, Trainer};
use dateline_core::Upos;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::io::{Read, Write};

/// A trained tagger.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    /// Class names: `UPOS XPOS`.
    pub classes: Vec<String>,
    /// UPOS of each class.
    pub class_upos: Vec<Upos>,
    /// XPOS of each class.
    pub class_xpos: Vec<String>,
    model: Model,
    tagdict: IdMap<u16>,
    amb: IdMap<u32>,
    /// Classes of closed word classes (never given to unknown words).
    closed: Vec<bool>,
    /// Whether the word-cluster features are computed (the model was
    /// trained with clusters; set from the cluster table it ships with).
    pub(crate) use_clusters: bool,
}

const NONE_TAG: u64 = 0xffff;
/// Ambiguity class of words not seen (at least twice) in training.
const UNKNOWN_AMB: u64 = 0xdead;

fn upos_index(u: Upos) -> usize {
    Upos::ALL.iter().position(|&x| x == u).unwrap_or(16)
}

impl Tagger {
    fn ambiguity(&self, lex: &Lex) -> u64 {
        self.amb.get(&lex.lower).copied().map_or(UNKNOWN_AMB, u64::from)
    }

    /// Features of position `i` given the two previous classes.
    fn features(&self, lex: &[Lex], amb: &[u64], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
        out.clear();
        let at = |k: isize| -> Lex {
            let j = i as isize + k;
            if j < 0 {
                START
            } else {
                lex.get(j as usize).copied().unwrap_or(END)
            }
        };
        let am = |k: isize| -> u64 {
            let j = i as isize + k;
            if j < 0 {
                1 << 40
            } else {
                amb.get(j as usize).copied().unwrap_or(1 << 41)
            }
        };
        let w = at(0);
        let (wm1, wm2, wp1, wp2) = (at(-1), at(-2), at(1), at(2));
        let mut f = |t: u64, vals: &[u64]| {
            let mut h = t.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            for &v in vals {
                h = mix(h, v);
            }
            out.push(finish(h));
        };
        f(0, &[]);
        f(1, &[w.lower]);
        f(2, &[w.form]);
        f(3, &[w.suf[0]]);
        f(4, &[w.suf[1]]);
        f(5, &[w.suf[2]]);
        f(6, &[w.suf[3]]);
        f(7, &[w.pre[0]]);
        f(8, &[w.pre[1]]);
        f(9, &[w.pre[2]]);
        f(10, &[w.shape]);
        f(11, &[w.flags]);
        f(12, &[p1]);
        f(13, &[p2]);
        f(14, &[p1, p2]);
        f(15, &[p1, w.lower]);
        f(16, &[wm1.lower]);
        f(17, &[wm1.suf[2]]);
        f(18, &[wm2.lower]);
        f(19, &[wp1.lower]);
        f(20, &[wp1.suf[2]]);
        f(21, &[wp2.lower]);
        f(22, &[am(0)]);
        f(23, &[am(1)]);
        f(24, &[am(2)]);
        f(25, &[am(-1)]);
        f(26, &[p1, am(1)]);
        f(27, &[am(0), am(1)]);
        f(28, &[p1, am(0)]);
        f(29, &[wm1.lower, w.lower]);
        f(30, &[w.lower, wp1.lower]);
        f(31, &[wp1.shape]);
        f(32, &[wm1.shape, w.shape]);
        f(33, &[(i == 0) as u64, w.flags & 3]);
        f(34, &[p1, w.suf[2]]);
        f(35, &[am(0), w.suf[1]]);
        f(36, &[wp1.suf[1], am(0)]);
        f(37, &[w.shape, wp1.flags & 3]);
        f(38, &[p1, p2, am(0)]);
        if !self.use_clusters {
            return;
        }
        // Word clusters.
        f(40, &[w.cls[0]]);
        f(41, &[w.cls[1]]);
        f(42, &[w.cls[2]]);
        f(43, &[w.cls[3]]);
        f(44, &[wm1.cls[3]]);
        f(45, &[wp1.cls[3]]);
        f(46, &[wm1.cls[1]]);
        f(47, &[wp1.cls[1]]);
        f(48, &[wm2.cls[3]]);
        f(49, &[wp2.cls[3]]);
        f(50, &[p1, w.cls[1]]);
        f(51, &[p1, w.cls[3]]);
        f(52, &[w.cls[1], wp1.cls[1]]);
    }

    /// Tags a sentence: one class id per word.
    pub fn tag(&self, lex: &[Lex], out: &mut Vec<u16>, feats: &mut Vec<u64>, scores: &mut Vec<f32>) {
        out.clear();
        scores.resize(self.classes.len(), 0.0);
        let amb: Vec<u64> = lex.iter().map(|l| self.ambiguity(l)).collect();
        let (mut p1, mut p2) = (NONE_TAG, NONE_TAG);
        for i in 0..lex.len() {
            let c = if let Some(&c) = self.tagdict.get(&lex[i].form) {
                c
            } else {
                self.features(lex, &amb, i, p1, p2, feats);
                self.model.score(feats, scores);
                if amb[i] == UNKNOWN_AMB {
                    // Unknown words are not closed-class words.
                    for (s, closed) in scores.iter_mut().zip(&self.closed) {
                        if *closed {
                            *s = f32::NEG_INFINITY;
                        }
                    }
                }
                argmax(scores) as u16
            };
            out.push(c);
            p2 = p1;
            p1 = u64::from(c);
        }
    }

    /// Writes the tagger.
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        write_u64(w, self.classes.len() as u64)?;
        for c in &self.classes {
            write_str(w, c)?;
        }
        write_map(w, &self.tagdict.iter().map(|(&k, &v)| (k, u64::from(v))).collect::<Vec<_>>())?;
        write_map(w, &self.amb.iter().map(|(&k, &v)| (k, u64::from(v))).collect::<Vec<_>>())?;
        self.model.write(w)
    }

    /// Reads a tagger written by [`Tagger::write`].
    pub fn read(r: &mut impl Read) -> std::io::Result<Tagger> {
        let n = read_u64(r)? as usize;
        if n > 4096 {
            return Err(bad("too many tag classes"));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push(read_str(r)?);
        }
        let tagdict = read_map(r)?.into_iter().filter(|&(_, v)| (v as usize) < n).map(|(k, v)| (k, v as u16)).collect();
        let amb = read_map(r)?.into_iter().map(|(k, v)| (k, v as u32)).collect();
        let model = Model::read(r)?;
        Ok(Tagger::from_parts(classes, model, tagdict, amb))
    }

    fn from_parts(classes: Vec<String>, model: Model, tagdict: IdMap<u16>, amb: IdMap<u32>) -> Tagger {
        let class_upos: Vec<Upos> =
            classes.iter().map(|c| c.split(' ').next().and_then(Upos::parse).unwrap_or(Upos::X)).collect();
        let class_xpos: Vec<String> = classes.iter().map(|c| c.split(' ').nth(1).unwrap_or("_").to_string()).collect();
        let closed = class_upos
            .iter()
            .zip(&class_xpos)
            .map(|(u, x): (&Upos, &String)| {
                matches!(u, Upos::ADP | Upos::AUX | Upos::CCONJ | Upos::DET | Upos::PART | Upos::PRON | Upos::SCONJ)
                    || matches!(
                        x.as_str(),
                        "MD" | "DT"
                            | "PRP"
                            | "PRP$"
                            | "WP"
                            | "WDT"
                            | "CC"
                            | "TO"
                            | "POS"
                            | "EX"
                            | "PDT"
                            | "WRB"
                            | "WP$"
                    )
            })
            .collect();
        Tagger { classes, class_upos, class_xpos, model, tagdict, amb, closed, use_clusters: false }
    }

    /// Number of features in the model.
    pub fn nfeatures(&self) -> usize {
        self.model.nfeatures()
    }
}

pub(crate) fn bad(msg: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, msg.to_string())
}

pub(crate) fn write_map(w: &mut impl Write, items: &[(u64, u64)]) -> std::io::Result<()> {
    let mut items = items.to_vec();
    items.sort_unstable();
    write_u64(w, items.len() as u64)?;
    for (k, v) in items {
        write_u64(w, k)?;
        write_u64(w, v)?;
    }
    Ok(())
}

pub(crate) fn read_map(r: &mut impl Read) -> std::io::Result<Vec<(u64, u64)>> {
    let n = read_u64(r)? as usize;
    if n > 1 << 24 {
        return Err(bad("map too large"));
    }
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push((read_u64(r)?, read_u64(r)?));
    }
    Ok(out)
}

/// Index of the largest score (first on ties).
#[inline]
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    let mut bs = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if s > bs {
            bs = s;
            best = i;
        }
    }
    best
}

/// The joint class name of a CoNLL-U word.
pub fn class_name(upos: &str, xpos: &str) -> String {
    format!("{upos} {xpos}")
}

/// Trains a tagger on `train` for `epochs` passes with a fixed `seed`;
/// `progress` is called after each sentence.
pub fn train_tagger(
    train: &[ConlluSentence],
    clusters: &Clusters,
    epochs: usize,
    seed: u64,
    mut progress: impl FnMut(),
) -> Tagger {
    // Classes, tag dictionary, ambiguity classes.
    let mut classes: Vec<String> = Vec::new();
    let mut class_ix: std::collections::HashMap<String, u16> = std::collections::HashMap::new();
    let mut form_counts: std::collections::HashMap<&str, std::collections::HashMap<u16, u32>> =
        std::collections::HashMap::new();
    let mut amb: IdMap<u32> = IdMap::default();
    let mut lower_counts: IdMap<u32> = IdMap::default();
    let mut buf = String::new();
    for s in train {
        for w in &s.words {
            let name = class_name(&w.upos, &w.xpos);
            let c = *class_ix.entry(name.clone()).or_insert_with(|| {
                classes.push(name);
                (classes.len() - 1) as u16
            });
            *form_counts.entry(w.form.as_str()).or_default().entry(c).or_insert(0) += 1;
            let lex = Lex::new(&w.form, &mut buf);
            let u = Upos::parse(&w.upos).map_or(16, upos_index);
            *amb.entry(lex.lower).or_insert(0) |= 1 << u;
            *lower_counts.entry(lex.lower).or_insert(0) += 1;
        }
    }
    // Words seen once get no ambiguity class, so that training sees rare
    // words the way tagging sees unknown ones.
    amb.retain(|k, _| lower_counts.get(k).is_some_and(|&n| n >= 2));
    let mut tagdict: IdMap<u16> = IdMap::default();
    for (form, counts) in &form_counts {
        let total: u32 = counts.values().sum();
        let (&best, &n) = counts.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).unwrap_or((&0, &0));
        if total >= 20 && f64::from(n) / f64::from(total) >= 0.99 {
            tagdict.insert(hash_str(form), best);
        }
    }
    let mut tagger = Tagger::from_parts(classes, Model::default(), tagdict, amb);
    tagger.use_clusters = !clusters.is_empty();
    let n = tagger.classes.len();
    let mut trainer = Trainer::new(n);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; n];
    for _ in 0..epochs {
        order.shuffle(&mut rng);
        for &si in &order {
            let s = &train[si];
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let mut lex = Lex::sentence(&words);
            clusters.annotate(&mut lex);
            let amb: Vec<u64> = lex.iter().map(|l| tagger.ambiguity(l)).collect();
            let (mut p1, mut p2) = (NONE_TAG, NONE_TAG);
            for (i, w) in s.words.iter().enumerate() {
                let gold = class_ix.get(&class_name(&w.upos, &w.xpos)).copied().unwrap_or(0);
                let guess = if let Some(&c) = tagger.tagdict.get(&lex[i].form) {
                    c
                } else {
                    tagger.features(&lex, &amb, i, p1, p2, &mut feats);
                    trainer.tick();
                    trainer.score(&feats, &mut scores);
                    let g = argmax(&scores) as u16;
                    trainer.update(&feats, gold as usize, g as usize);
                    g
                };
                p2 = p1;
                p1 = u64::from(guess);
            }
            progress();
        }
    }
    tagger.model = trainer.average(1e-3);
    tagger
}
