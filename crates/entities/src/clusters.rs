//! Word clusters learned from unlabeled text: each frequent (lower-cased)
//! word gets a path in a three-level hierarchy (16 → 128 → 1024 clusters),
//! like the prefixes of Brown cluster bit strings.
//!
//! Every word is described by its left and right neighbours among the most
//! frequent context words (Hellinger-weighted counts, L2-normalized), and a
//! deterministic spherical k-means splits the vocabulary top-down.

use crate::features::FxMap;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;

/// Cluster ids of words at three granularities.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    map: FxMap<String, [u16; 3]>,
}

/// Options of [`Clusters::learn`].
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Words to cluster (most frequent first).
    pub vocab: usize,
    /// Minimum count of a clustered word.
    pub min_count: u32,
    /// Context words per side.
    pub contexts: usize,
    /// Branching at each level.
    pub branching: [usize; 3],
    /// k-means iterations per split.
    pub iterations: usize,
    /// Random seed.
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { vocab: 20_000, min_count: 3, contexts: 300, branching: [16, 8, 8], iterations: 8, seed: 7 }
    }
}

impl Clusters {
    /// The cluster path of a lower-cased word (`[0, 0, 0]` when unknown).
    #[inline]
    pub fn get(&self, lower: &str) -> [u16; 3] {
        self.map.get(lower).copied().unwrap_or([0; 3])
    }

    /// Number of clustered words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no word is clustered.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Iterates over words and their paths.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &[u16; 3])> {
        self.map.iter()
    }

    /// Builds from explicit pairs (used when loading a model).
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, [u16; 3])>) -> Clusters {
        Clusters { map: pairs.into_iter().collect() }
    }

    /// Learns clusters from sentences of lower-cased words.
    pub fn learn(sentences: &[Vec<String>], opts: &ClusterOptions) -> Clusters {
        let mut freq: HashMap<&str, u32> = HashMap::new();
        for s in sentences {
            for w in s {
                *freq.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut by_freq: Vec<(&str, u32)> = freq.into_iter().collect();
        by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let vocab: Vec<&str> = by_freq.iter().filter(|x| x.1 >= opts.min_count).take(opts.vocab).map(|x| x.0).collect();
        let ctx: HashMap<&str, usize> = by_freq.iter().take(opts.contexts).enumerate().map(|(i, x)| (x.0, i)).collect();
        let vid: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let dim = 2 * opts.contexts + 2;
        let mut vecs = vec![0f32; vocab.len() * dim];
        for s in sentences {
            for (i, w) in s.iter().enumerate() {
                let Some(&v) = vid.get(w.as_str()) else {
                    continue;
                };
                let left = if i == 0 { Some(opts.contexts * 2) } else { ctx.get(s[i - 1].as_str()).copied() };
                let right = if i + 1 == s.len() {
                    Some(opts.contexts * 2 + 1)
                } else {
                    ctx.get(s[i + 1].as_str()).map(|c| c + opts.contexts)
                };
                for d in [left, right].into_iter().flatten() {
                    vecs[v * dim + d] += 1.0;
                }
            }
        }
        for row in vecs.chunks_mut(dim) {
            let mut norm = 0f32;
            for x in row.iter_mut() {
                *x = x.sqrt();
                norm += *x * *x;
            }
            let norm = norm.sqrt().max(1e-6);
            for x in row.iter_mut() {
                *x /= norm;
            }
        }
        let mut rng = StdRng::seed_from_u64(opts.seed);
        let mut paths = vec![[0u16; 3]; vocab.len()];
        // Top-down: groups of word indices, split at each level.
        let mut groups: Vec<(Vec<usize>, u16)> = vec![((0..vocab.len()).collect(), 0)];
        for (level, &k) in opts.branching.iter().enumerate() {
            let mut next = Vec::new();
            for (members, parent) in groups {
                let assign = kmeans(&vecs, dim, &members, k, opts.iterations, &mut rng);
                let mut sub: Vec<Vec<usize>> = vec![Vec::new(); k];
                for (m, a) in members.iter().zip(assign) {
                    sub[a].push(*m);
                }
                for (c, ms) in sub.into_iter().enumerate() {
                    let id = parent * k as u16 + c as u16;
                    for &m in &ms {
                        paths[m][level] = id + 1;
                    }
                    if !ms.is_empty() {
                        next.push((ms, id));
                    }
                }
            }
            groups = next;
        }
        Clusters { map: vocab.iter().zip(paths).map(|(w, p)| (w.to_string(), p)).collect() }
    }
}

/// Spherical k-means over the rows `members` of `vecs`; returns each
/// member's cluster.
fn kmeans(vecs: &[f32], dim: usize, members: &[usize], k: usize, iters: usize, rng: &mut StdRng) -> Vec<usize> {
    if members.len() <= k {
        return (0..members.len()).collect();
    }
    let row = |m: usize| &vecs[m * dim..(m + 1) * dim];
    let mut cent: Vec<f32> = Vec::with_capacity(k * dim);
    // Seeds: the most frequent member plus random others (members are in frequency order).
    let mut chosen = vec![members[0]];
    while chosen.len() < k {
        let c = members[rng.gen_range(0..members.len())];
        if !chosen.contains(&c) {
            chosen.push(c);
        }
    }
    for &c in &chosen {
        cent.extend_from_slice(row(c));
    }
    let mut assign = vec![0usize; members.len()];
    for _ in 0..iters {
        for (a, &m) in assign.iter_mut().zip(members) {
            let r = row(m);
            let mut best = (f32::MIN, 0);
            for c in 0..k {
                let cv = &cent[c * dim..(c + 1) * dim];
                let dot: f32 = r.iter().zip(cv).map(|(x, y)| x * y).sum();
                if dot > best.0 {
                    best = (dot, c);
                }
            }
            *a = best.1;
        }
        cent.iter_mut().for_each(|x| *x = 0.0);
        let mut counts = vec![0usize; k];
        for (&a, &m) in assign.iter().zip(members) {
            counts[a] += 1;
            for (x, y) in cent[a * dim..(a + 1) * dim].iter_mut().zip(row(m)) {
                *x += y;
            }
        }
        for c in 0..k {
            if counts[c] == 0 {
                // Re-seed an empty cluster.
                let m = members[rng.gen_range(0..members.len())];
                cent[c * dim..(c + 1) * dim].copy_from_slice(row(m));
                continue;
            }
            let cv = &mut cent[c * dim..(c + 1) * dim];
            let norm = cv.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
            cv.iter_mut().for_each(|x| *x /= norm);
        }
    }
    assign
}
