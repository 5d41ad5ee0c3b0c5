//! Greedy arc-hybrid dependency parser (root at the end of the buffer,
//! single-root constraint) with an averaged perceptron over Zhang & Nivre
//! (2011) style features, trained with the dynamic oracle of Goldberg &
//! Nivre (2013) and exploration.

use crate::conllu::ConlluSentence;
use crate::lex::Lex;
use crate::perceptron::{finish, mix, read_str, read_u64, write_str, write_u64, Model, Trainer};
use crate::tagger::argmax;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use std::io::{Read, Write};

const NONE: usize = usize::MAX;
const SHIFT: usize = 0;

/// A trained parser.
#[derive(Debug, Clone, Default)]
pub struct Parser {
    /// Dependency labels (full UD relations, `nsubj:pass` included).
    pub labels: Vec<String>,
    root_label: usize,
    model: Model,
    /// Whether the word-cluster features are computed (the model was
    /// trained with clusters; set from the cluster table it ships with).
    pub(crate) use_clusters: bool,
}

#[inline]
fn left(l: usize) -> usize {
    1 + 2 * l
}
#[inline]
fn right(l: usize) -> usize {
    2 + 2 * l
}

/// Parser configuration.
struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    lc: Vec<[usize; 2]>,
    rc: Vec<[usize; 2]>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; n + 1],
            labels: vec![0; n + 1],
            lc: vec![[NONE; 2]; n + 1],
            rc: vec![[NONE; 2]; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
        }
    }

    fn terminal(&self) -> bool {
        self.stack.is_empty() && self.b >= self.n
    }

    fn add_arc(&mut self, h: usize, d: usize, l: usize) {
        self.heads[d] = h;
        self.labels[d] = l as u16;
        if d < h {
            let c = &mut self.lc[h];
            if c[0] == NONE || d < c[0] {
                c[1] = c[0];
                c[0] = d;
            } else if c[1] == NONE || d < c[1] {
                c[1] = d;
            }
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= 1 << (l & 63);
        } else {
            let c = &mut self.rc[h];
            if c[0] == NONE || d > c[0] {
                c[1] = c[0];
                c[0] = d;
            } else if c[1] == NONE || d > c[1] {
                c[1] = d;
            }
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= 1 << (l & 63);
        }
    }

    fn apply(&mut self, action: usize) {
        if action == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let l = (action - 1) / 2;
        let Some(s0) = self.stack.pop() else { return };
        if action % 2 == 1 {
            self.add_arc(self.b, s0, l);
        } else if let Some(&s1) = self.stack.last() {
            self.add_arc(s1, s0, l);
        }
    }

    fn can_shift(&self) -> bool {
        self.b < self.n
    }
    fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
    }
    fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    fn valid(&self, a: usize, root_label: usize) -> bool {
        if a == SHIFT {
            return self.can_shift();
        }
        let l = (a - 1) / 2;
        if a % 2 == 1 {
            self.can_left() && ((self.b >= self.n) == (l == root_label))
        } else {
            self.can_right() && l != root_label
        }
    }

    /// Unlabeled costs (shift, left, right) against gold heads.
    fn costs(&self, gh: &[usize]) -> [usize; 3] {
        let b = self.b;
        let n = self.n;
        let mut c = [usize::MAX; 3];
        if self.can_shift() {
            let mut k = 0;
            for (d, &s) in self.stack.iter().enumerate() {
                if gh[s] == b {
                    k += 1;
                }
                if gh[b] == s && d + 1 < self.stack.len() {
                    k += 1;
                }
            }
            c[0] = k;
        }
        let s0 = self.stack.last().copied();
        let s1 = if self.stack.len() >= 2 { Some(self.stack[self.stack.len() - 2]) } else { None };
        if let Some(s0) = s0 {
            let deps_in_buffer = (b..n).filter(|&k| gh[k] == s0).count();
            if self.can_left() {
                let h = gh[s0];
                let lost = h != b && (h > b || Some(h) == s1);
                c[1] = deps_in_buffer + usize::from(lost);
            }
            if self.can_right() {
                let h = gh[s0];
                let lost = Some(h) != s1 && h >= b;
                c[2] = deps_in_buffer + usize::from(lost);
            }
        }
        c
    }
}

/// What the parser reads of each word.
struct Tok {
    w: u64,
    p: u64,
    u: u64,
    /// Cluster prefixes: 4 bits, 6 bits, whole path.
    c4: u64,
    c6: u64,
    cf: u64,
}

/// Cluster values of the padding tokens, above every cluster code.
const NO_CLS: u64 = (1 << 40) + 31;
const ROOT_CLS: u64 = (1 << 40) + 37;
const NO_TOK: Tok = Tok { w: 31, p: 31, u: 31, c4: NO_CLS, c6: NO_CLS, cf: NO_CLS };
const ROOT_TOK: Tok = Tok { w: 37, p: 37, u: 37, c4: ROOT_CLS, c6: ROOT_CLS, cf: ROOT_CLS };

impl Parser {
    fn features(&self, st: &State, toks: &[Tok], out: &mut Vec<u64>) {
        out.clear();
        let n = st.n;
        let tok = |i: usize| -> &Tok {
            if i == NONE {
                &NO_TOK
            } else if i == n {
                &ROOT_TOK
            } else {
                toks.get(i).unwrap_or(&NO_TOK)
            }
        };
        let lab = |i: usize| -> u64 {
            if i == NONE || i > n {
                99
            } else {
                u64::from(st.labels[i])
            }
        };
        let get = |v: &Vec<[usize; 2]>, i: usize, k: usize| -> usize {
            if i == NONE || i > n {
                NONE
            } else {
                v[i][k]
            }
        };
        let sl = st.stack.len();
        let s0i = if sl >= 1 { st.stack[sl - 1] } else { NONE };
        let s1i = if sl >= 2 { st.stack[sl - 2] } else { NONE };
        let s2i = if sl >= 3 { st.stack[sl - 3] } else { NONE };
        let b0i = if st.b <= n { st.b } else { NONE };
        let b1i = if st.b < n { st.b + 1 } else { NONE };
        let b2i = if st.b + 1 < n { st.b + 2 } else { NONE };
        let (s0, s1, s2, b0, b1, b2) = (tok(s0i), tok(s1i), tok(s2i), tok(b0i), tok(b1i), tok(b2i));
        let s0l_i = get(&st.lc, s0i, 0);
        let s0l2_i = get(&st.lc, s0i, 1);
        let s0r_i = get(&st.rc, s0i, 0);
        let s0r2_i = get(&st.rc, s0i, 1);
        let s1l_i = get(&st.lc, s1i, 0);
        let s1r_i = get(&st.rc, s1i, 0);
        let b0l_i = get(&st.lc, b0i, 0);
        let b0l2_i = get(&st.lc, b0i, 1);
        let (s0l, s0l2, s0r, s0r2, s1l, s1r, b0l, b0l2) =
            (tok(s0l_i), tok(s0l2_i), tok(s0r_i), tok(s0r2_i), tok(s1l_i), tok(s1r_i), tok(b0l_i), tok(b0l2_i));
        let dist = |a: usize, b: usize| -> u64 {
            if a == NONE || b == NONE {
                0
            } else {
                let d = a.abs_diff(b);
                match d {
                    0..=4 => d as u64,
                    5..=9 => 5,
                    _ => 6,
                }
            }
        };
        let d_s0b0 = dist(s0i, b0i);
        let d_s1s0 = dist(s1i, s0i);
        let val = |v: &Vec<u8>, i: usize| -> u64 {
            if i == NONE || i > n {
                99
            } else {
                u64::from(v[i])
            }
        };
        let set = |v: &Vec<u64>, i: usize| -> u64 {
            if i == NONE || i > n {
                0
            } else {
                v[i]
            }
        };
        let mut f = |t: u64, vals: &[u64]| {
            let mut h = t.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(0x5555);
            for &v in vals {
                h = mix(h, v);
            }
            out.push(finish(h));
        };
        f(0, &[]);
        // Unigrams.
        f(1, &[s0.w]);
        f(2, &[s0.p]);
        f(3, &[s0.w, s0.p]);
        f(4, &[s1.w]);
        f(5, &[s1.p]);
        f(6, &[s1.w, s1.p]);
        f(7, &[b0.w]);
        f(8, &[b0.p]);
        f(9, &[b0.w, b0.p]);
        f(10, &[b1.w]);
        f(11, &[b1.p]);
        f(12, &[b1.w, b1.p]);
        f(13, &[b2.w]);
        f(14, &[b2.p]);
        f(15, &[s2.p]);
        f(16, &[s2.w]);
        // Pairs.
        f(20, &[s0.w, s0.p, b0.w, b0.p]);
        f(21, &[s0.w, s0.p, b0.w]);
        f(22, &[s0.w, b0.w, b0.p]);
        f(23, &[s0.w, s0.p, b0.p]);
        f(24, &[s0.p, b0.w, b0.p]);
        f(25, &[s0.w, b0.w]);
        f(26, &[s0.p, b0.p]);
        f(27, &[b0.p, b1.p]);
        f(28, &[s1.w, s1.p, s0.w, s0.p]);
        f(29, &[s1.w, s0.w]);
        f(30, &[s1.p, s0.p]);
        f(31, &[s1.p, s0.w]);
        f(32, &[s1.w, s0.p]);
        f(33, &[s1.w, s1.p, s0.p]);
        f(34, &[s1.p, s0.w, s0.p]);
        f(35, &[b0.w, b1.w]);
        // Triples.
        f(40, &[b0.p, b1.p, b2.p]);
        f(41, &[s0.p, b0.p, b1.p]);
        f(42, &[s1.p, s0.p, b0.p]);
        f(43, &[s0.p, s0l.p, b0.p]);
        f(44, &[s0.p, s0r.p, b0.p]);
        f(45, &[s0.p, b0.p, b0l.p]);
        f(46, &[s1.p, s0.p, s0l.p]);
        f(47, &[s1.p, s0.p, s0r.p]);
        f(48, &[s1.p, s1r.p, s0.p]);
        f(49, &[s2.p, s1.p, s0.p]);
        f(50, &[s1.p, s1l.p, s0.p]);
        f(51, &[s0.w, b0.p, b1.p]);
        f(52, &[s1.p, s0.p, b0.w]);
        // Distance.
        f(60, &[s0.w, d_s0b0]);
        f(61, &[s0.p, d_s0b0]);
        f(62, &[b0.w, d_s0b0]);
        f(63, &[b0.p, d_s0b0]);
        f(64, &[s0.w, b0.w, d_s0b0]);
        f(65, &[s0.p, b0.p, d_s0b0]);
        f(66, &[s1.p, s0.p, d_s1s0]);
        f(67, &[s1.w, s0.w, d_s1s0]);
        // Valency.
        f(70, &[s0.w, val(&st.nr, s0i)]);
        f(71, &[s0.p, val(&st.nr, s0i)]);
        f(72, &[s0.w, val(&st.nl, s0i)]);
        f(73, &[s0.p, val(&st.nl, s0i)]);
        f(74, &[b0.w, val(&st.nl, b0i)]);
        f(75, &[b0.p, val(&st.nl, b0i)]);
        f(76, &[s1.p, val(&st.nr, s1i)]);
        f(77, &[s1.p, val(&st.nl, s1i)]);
        // Children.
        f(80, &[s0l.w]);
        f(81, &[s0l.p]);
        f(82, &[lab(s0l_i)]);
        f(83, &[s0r.w]);
        f(84, &[s0r.p]);
        f(85, &[lab(s0r_i)]);
        f(86, &[b0l.w]);
        f(87, &[b0l.p]);
        f(88, &[lab(b0l_i)]);
        f(89, &[s1l.p, lab(s1l_i)]);
        f(90, &[s1r.p, lab(s1r_i)]);
        f(91, &[s1r.w]);
        // Third order.
        f(100, &[s0l2.w]);
        f(101, &[s0l2.p]);
        f(102, &[lab(s0l2_i)]);
        f(103, &[s0r2.w]);
        f(104, &[s0r2.p]);
        f(105, &[lab(s0r2_i)]);
        f(106, &[b0l2.w]);
        f(107, &[b0l2.p]);
        f(108, &[lab(b0l2_i)]);
        f(109, &[s0.p, s0l.p, s0l2.p]);
        f(110, &[s0.p, s0r.p, s0r2.p]);
        f(111, &[b0.p, b0l.p, b0l2.p]);
        // Label sets.
        f(120, &[s0.w, set(&st.rset, s0i)]);
        f(121, &[s0.p, set(&st.rset, s0i)]);
        f(122, &[s0.w, set(&st.lset, s0i)]);
        f(123, &[s0.p, set(&st.lset, s0i)]);
        f(124, &[b0.w, set(&st.lset, b0i)]);
        f(125, &[b0.p, set(&st.lset, b0i)]);
        // Coarse tags.
        f(130, &[s0.u, b0.u, b1.u]);
        f(131, &[s1.u, s0.u, b0.u]);
        f(132, &[s0.u, b0.u, lab(s0l_i), lab(s0r_i)]);
        f(133, &[s1.u, s0.u, lab(s0l_i), d_s1s0]);
        f(134, &[(sl as u64).min(4), b0.u]);
        if !self.use_clusters {
            return;
        }
        // Word clusters (Koo et al. 2008).
        f(140, &[s0.c4]);
        f(141, &[s0.c6]);
        f(142, &[s0.cf]);
        f(143, &[b0.c4]);
        f(144, &[b0.c6]);
        f(145, &[b0.cf]);
        f(146, &[s1.c6]);
        f(147, &[b1.c6]);
        f(150, &[s0.c6, b0.c6]);
        f(151, &[s0.c4, b0.p]);
        f(152, &[s0.p, b0.c4]);
        f(153, &[s0.cf, b0.p]);
        f(154, &[s0.p, b0.cf]);
        f(155, &[s1.c6, s0.c6]);
        f(156, &[s1.cf, s0.p]);
        f(157, &[s1.p, s0.cf]);
        f(158, &[s1.c4, s0.c4, b0.c4]);
    }

    fn toks(lex: &[Lex], tags: &[u16], upos: &[u8]) -> Vec<Tok> {
        lex.iter()
            .zip(tags)
            .zip(upos)
            .map(|((l, &t), &u)| Tok {
                w: l.lower,
                p: 1000 + u64::from(t),
                u: 2000 + u64::from(u),
                c4: l.cls[0],
                c6: l.cls[1],
                cf: l.cls[3],
            })
            .collect()
    }

    /// Parses one sentence: head (`None` for the root) and label id per word.
    pub fn parse(
        &self,
        lex: &[Lex],
        tags: &[u16],
        upos: &[u8],
        feats: &mut Vec<u64>,
        scores: &mut Vec<f32>,
    ) -> (Vec<Option<usize>>, Vec<u16>) {
        let n = lex.len().min(tags.len()).min(upos.len());
        let toks = Self::toks(&lex[..n], &tags[..n], &upos[..n]);
        let mut st = State::new(n);
        let nc = self.model.nclasses();
        scores.resize(nc, 0.0);
        let mut guard = 0;
        while !st.terminal() && guard <= 4 * n + 4 {
            guard += 1;
            self.features(&st, &toks, feats);
            self.model.score(feats, scores);
            let mut best = NONE;
            let mut bs = f32::NEG_INFINITY;
            for (a, &s) in scores.iter().enumerate() {
                if s > bs && st.valid(a, self.root_label) {
                    bs = s;
                    best = a;
                }
            }
            if best == NONE {
                // Untrained model: fall back to any valid action.
                best = if st.can_shift() {
                    SHIFT
                } else if st.can_left() && st.b >= n {
                    left(self.root_label)
                } else if st.can_right() {
                    right(if self.root_label == 0 { 1 } else { 0 })
                } else {
                    left(if self.root_label == 0 { 1 } else { 0 })
                };
            }
            st.apply(best);
        }
        let heads = (0..n).map(|i| if st.heads[i] >= n { None } else { Some(st.heads[i]) }).collect();
        let labels = (0..n).map(|i| st.labels[i]).collect();
        (heads, labels)
    }

    /// Writes the parser.
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        write_u64(w, self.labels.len() as u64)?;
        for l in &self.labels {
            write_str(w, l)?;
        }
        write_u64(w, self.root_label as u64)?;
        self.model.write(w)
    }

    /// Reads a parser written by [`Parser::write`].
    pub fn read(r: &mut impl Read) -> std::io::Result<Parser> {
        let n = read_u64(r)? as usize;
        if n > 64 {
            return Err(crate::tagger::bad("too many labels"));
        }
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            labels.push(read_str(r)?);
        }
        let root_label = read_u64(r)? as usize;
        let model = Model::read(r)?;
        if root_label >= n.max(1) || model.nclasses() != 1 + 2 * n {
            return Err(crate::tagger::bad("parser model does not match its labels"));
        }
        Ok(Parser { labels, root_label, model, use_clusters: false })
    }

    /// Number of features in the model.
    pub fn nfeatures(&self) -> usize {
        self.model.nfeatures()
    }
}

/// One training sentence for the parser: lexical views, (predicted) tags,
/// gold heads (root = n) and gold label ids.
pub struct ParseExample {
    /// Lexical views.
    pub lex: Vec<Lex>,
    /// Tag class ids.
    pub tags: Vec<u16>,
    /// UPOS ids.
    pub upos: Vec<u8>,
    /// Gold heads, `n` for the root.
    pub heads: Vec<usize>,
    /// Gold label ids.
    pub labels: Vec<usize>,
}

/// The label inventory of a treebank (root included), sorted.
pub fn label_set(train: &[ConlluSentence]) -> Vec<String> {
    let mut l: Vec<String> = train.iter().flat_map(|s| s.words.iter().map(|w| w.deprel.clone())).collect();
    l.sort();
    l.dedup();
    l.truncate(64);
    l
}

/// Trains the parser with the dynamic oracle.
pub fn train_parser(
    labels: Vec<String>,
    use_clusters: bool,
    data: &[ParseExample],
    epochs: usize,
    seed: u64,
    mut progress: impl FnMut(),
) -> (Parser, Trainer) {
    let root_label = labels.iter().position(|l| l == "root").unwrap_or(0);
    let nl = labels.len();
    let nc = 1 + 2 * nl;
    let mut parser = Parser { labels, root_label, model: Model::default(), use_clusters };
    let mut trainer = Trainer::new(nc);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; nc];
    for epoch in 0..epochs {
        order.shuffle(&mut rng);
        for &si in &order {
            let ex = &data[si];
            let n = ex.lex.len();
            let toks = Parser::toks(&ex.lex, &ex.tags, &ex.upos);
            let mut st = State::new(n);
            let mut gh = ex.heads.clone();
            gh.push(NONE);
            let mut guard = 0;
            while !st.terminal() && guard <= 4 * n + 4 {
                guard += 1;
                parser.features(&st, &toks, &mut feats);
                trainer.tick();
                trainer.score(&feats, &mut scores);
                let uc = st.costs(&gh);
                let s0 = st.stack.last().copied();
                let s1 = if st.stack.len() >= 2 { Some(st.stack[st.stack.len() - 2]) } else { None };
                let cost = |a: usize| -> usize {
                    if a == SHIFT {
                        return uc[0];
                    }
                    let l = (a - 1) / 2;
                    let Some(s0) = s0 else { return usize::MAX };
                    if a % 2 == 1 {
                        if uc[1] == usize::MAX {
                            return usize::MAX;
                        }
                        uc[1] + usize::from(gh[s0] == st.b && ex.labels[s0] != l)
                    } else {
                        if uc[2] == usize::MAX {
                            return usize::MAX;
                        }
                        uc[2] + usize::from(Some(gh[s0]) == s1 && ex.labels[s0] != l)
                    }
                };
                let mut pred = NONE;
                let mut ps = f32::NEG_INFINITY;
                let mut min_cost = usize::MAX;
                let mut costs = vec![usize::MAX; nc];
                for a in 0..nc {
                    if !st.valid(a, root_label) {
                        continue;
                    }
                    let c = cost(a);
                    costs[a] = c;
                    min_cost = min_cost.min(c);
                    if scores[a] > ps {
                        ps = scores[a];
                        pred = a;
                    }
                }
                if pred == NONE {
                    break;
                }
                let mut gold = NONE;
                let mut gs = f32::NEG_INFINITY;
                for a in 0..nc {
                    if costs[a] == min_cost && scores[a] > gs {
                        gs = scores[a];
                        gold = a;
                    }
                }
                if gold == NONE {
                    gold = pred;
                }
                if costs[pred] > min_cost {
                    trainer.update(&feats, gold, pred);
                }
                let next = if epoch >= 1 && rng.gen::<f64>() < 0.9 { pred } else { gold };
                st.apply(next);
            }
            progress();
        }
    }
    let _ = argmax(&scores);
    parser.model = trainer.average(1e-3);
    (parser, trainer)
}

impl Parser {
    /// Replaces the weights (after re-averaging with another pruning
    /// threshold).
    pub fn set_model(&mut self, model: Model) {
        self.model = model;
    }
}
