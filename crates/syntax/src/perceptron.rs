//! Averaged perceptron over hashed sparse features.
//!
//! Features are 64-bit keys (template id mixed with the values it reads);
//! training keeps, per feature, a short list of `(class, weight, total,
//! timestamp)` entries, and freezing turns that into an open-addressing
//! table of keys plus compressed rows of `(class, weight)` pairs, so
//! inference does one probe per feature and no allocation.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{Read, Write};

/// Mixes a value into a feature hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Finalizes a feature hash (splitmix64 finalizer); never returns 0.
#[inline]
pub fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    if z == 0 {
        1
    } else {
        z
    }
}

/// FNV-1a hash of a string.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hasher for keys that are already well mixed.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
}

/// A `HashMap` keyed by pre-hashed `u64`s.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    ts: u32,
    w: f32,
    total: f64,
}

/// The trainable averaged perceptron.
pub struct Trainer {
    nclasses: usize,
    index: IdMap<u32>,
    rows: Vec<Vec<Entry>>,
    t: u32,
}

impl Trainer {
    /// A zero model over `nclasses` classes.
    pub fn new(nclasses: usize) -> Trainer {
        Trainer { nclasses, index: IdMap::default(), rows: Vec::new(), t: 0 }
    }

    /// Adds the scores of `feats` into `scores` (length = classes).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    if let Some(s) = scores.get_mut(e.class as usize) {
                        *s += e.w;
                    }
                }
            }
        }
    }

    /// Counts one training instance (call once per decision).
    pub fn tick(&mut self) {
        self.t += 1;
    }

    /// Perceptron update: `truth` up, `guess` down.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let r = match self.index.get(&f) {
                Some(&r) => r as usize,
                None => {
                    self.rows.push(Vec::new());
                    let r = self.rows.len() - 1;
                    self.index.insert(f, r as u32);
                    r
                }
            };
            let t = self.t;
            for (c, d) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let row = &mut self.rows[r];
                let e = match row.iter_mut().position(|e| e.class as usize == c) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry { class: c as u16, ts: t, w: 0.0, total: 0.0 });
                        let n = row.len() - 1;
                        &mut row[n]
                    }
                };
                e.total += f64::from(t - e.ts) * f64::from(e.w);
                e.ts = t;
                e.w += d;
            }
        }
    }

    /// Number of features seen.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when no feature was ever updated.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The averaged model; entries with `|w| < min_weight` are dropped.
    pub fn average(&self, min_weight: f32) -> Model {
        let t = f64::from(self.t.max(1));
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&key, &r) in &self.index {
            let mut row: Vec<(u16, f32)> = Vec::new();
            for e in &self.rows[r as usize] {
                let total = e.total + f64::from(self.t - e.ts) * f64::from(e.w);
                let avg = (total / t) as f32;
                if avg.abs() >= min_weight && avg != 0.0 {
                    row.push((e.class, avg));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|x| x.0);
                feats.push((key, row));
            }
        }
        feats.sort_by_key(|x| x.0);
        Model::build(self.nclasses, &feats)
    }
}

/// A frozen (averaged) model: open-addressing table of feature keys and
/// compressed rows.
///
/// Inference is bound by memory reads (one cache miss per feature probe,
/// another per row), so the layout is compact: weights are quantized to
/// 16 bits with one scale for the whole model, rows of one or two classes
/// live inside their slot (no second miss: 85% of the parser's features),
/// longer rows are `(class, weight)` runs, and rows with many classes are
/// dense. Quantization steps are 1/32,767 of the largest weight; the dev-set
/// scores of the tagger and parser do not change (see the crate's eval).
#[derive(Debug, Clone, Default)]
pub struct Model {
    nclasses: usize,
    mask: usize,
    keys: Vec<u64>,
    slot_row: Vec<u32>,
    offsets: Vec<u32>,
    classes: Vec<u16>,
    weights: Vec<f32>,
    /// Inference layout: per slot the key and its row, 16 bytes.
    slots: Vec<Slot>,
    /// Inference layout: rows of three or more (not dense) classes.
    entries: Vec<Cell>,
    /// Inference layout: rows with many classes, stored densely.
    dense: Vec<i16>,
    /// Weight of one quantization step: a weight is `q as f32 * scale`.
    scale: f32,
    /// Number of features.
    nfeat: usize,
}

/// Slots for `n` features: a power of two at least twice `n` (load factor
/// 0.25-0.5; a fuller table measured slower: the probes for the many
/// absent features get longer).
fn capacity(n: usize) -> usize {
    (n * 2).next_power_of_two().max(16)
}

/// Asks the CPU to start loading the cache line at `p` (a no-op off
/// x86-64).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` is only a hint: it never faults and has no
    // visible effect on memory, whatever the address.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p.cast::<i8>())
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Slot value tags (top two bits of `Slot::val`).
const TAG_SHIFT: u32 = 62;
const TAG_RUN: u64 = 0;
const TAG_DENSE: u64 = 1;
const TAG_INLINE: u64 = 2;
/// Classes below this can be stored inline (15 bits).
const INLINE_CLASSES: usize = 1 << 15;

#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    key: u64,
    /// `TAG_RUN`: start (bits 0..31) and length (31..62) in `entries`;
    /// `TAG_DENSE`: offset in `dense`; `TAG_INLINE`: up to two
    /// `(class: 15 bits, weight: i16)` pairs (a zero weight is no entry).
    val: u64,
}

impl Slot {
    #[inline]
    fn tag(self) -> u64 {
        self.val >> TAG_SHIFT
    }
    #[inline]
    fn inline_pair(self, k: u32) -> (usize, i16) {
        let x = self.val >> (31 * k);
        ((x & 0x7fff) as usize, ((x >> 15) & 0xffff) as u16 as i16)
    }
    #[inline]
    fn run(self) -> (usize, usize) {
        let start = (self.val & 0x7fff_ffff) as usize;
        let len = ((self.val >> 31) & 0x7fff_ffff) as usize;
        (start, start + len)
    }
}

#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
struct Cell {
    class: u16,
    w: i16,
}

impl Model {
    fn build(nclasses: usize, feats: &[(u64, Vec<(u16, f32)>)]) -> Model {
        let cap = capacity(feats.len());
        let mut m = Model {
            nclasses,
            mask: cap - 1,
            keys: vec![0; cap],
            slot_row: vec![0; cap],
            offsets: Vec::with_capacity(feats.len() + 1),
            classes: Vec::new(),
            weights: Vec::new(),
            slots: Vec::new(),
            entries: Vec::new(),
            dense: Vec::new(),
            scale: 1.0,
            nfeat: feats.len(),
        };
        m.offsets.push(0);
        for (i, (key, row)) in feats.iter().enumerate() {
            for &(c, w) in row {
                m.classes.push(c);
                m.weights.push(w);
            }
            m.offsets.push(m.classes.len() as u32);
            let mut s = (*key as usize) & m.mask;
            while m.keys[s] != 0 {
                s = (s + 1) & m.mask;
            }
            m.keys[s] = *key;
            m.slot_row[s] = i as u32;
        }
        m.layout();
        m
    }

    fn layout(&mut self) {
        let nc = self.nclasses.max(1);
        let max = self.weights.iter().fold(0.0f32, |m, w| if w.is_finite() { m.max(w.abs()) } else { m });
        self.scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
        let scale = self.scale;
        let q = |w: f32| -> i16 {
            let x = if w.is_finite() { w / scale } else { 0.0 };
            x.round().clamp(-f32::from(i16::MAX), f32::from(i16::MAX)) as i16
        };
        let mut dense: Vec<i16> = Vec::new();
        let mut entries: Vec<Cell> = Vec::new();
        let mut slots = vec![Slot::default(); self.keys.len()];
        for (s, (&key, &r)) in self.keys.iter().zip(&self.slot_row).enumerate() {
            let r = r as usize;
            if key == 0 || r + 1 >= self.offsets.len() {
                continue;
            }
            let (a, b) = (self.offsets[r] as usize, self.offsets[r + 1] as usize);
            let row: Vec<(usize, i16)> =
                (a..b).map(|i| (self.classes[i] as usize, q(self.weights[i]))).filter(|x| x.1 != 0).collect();
            let val = if row.len() <= 2 && row.iter().all(|x| x.0 < INLINE_CLASSES) {
                let mut v = TAG_INLINE << TAG_SHIFT;
                for (k, &(c, w)) in row.iter().enumerate() {
                    v |= ((c as u64) | (u64::from(w as u16) << 15)) << (31 * k);
                }
                v
            } else if row.len() > nc / 6 && nc >= 16 {
                let start = dense.len();
                dense.resize(start + nc, 0);
                for &(c, w) in &row {
                    if let Some(x) = dense.get_mut(start + c) {
                        *x = w;
                    }
                }
                (TAG_DENSE << TAG_SHIFT) | start as u64
            } else {
                let start = entries.len();
                entries.extend(row.iter().map(|&(c, w)| Cell { class: c as u16, w }));
                (TAG_RUN << TAG_SHIFT) | (start as u64 & 0x7fff_ffff) | ((row.len() as u64 & 0x7fff_ffff) << 31)
            };
            slots[s] = Slot { key, val };
        }
        self.slots = slots;
        self.entries = entries;
        self.dense = dense;
        // The build layout is no longer needed.
        self.keys = Vec::new();
        self.slot_row = Vec::new();
        self.offsets = Vec::new();
        self.classes = Vec::new();
        self.weights = Vec::new();
    }

    /// Number of classes.
    pub fn nclasses(&self) -> usize {
        self.nclasses
    }

    /// Number of features kept.
    pub fn nfeatures(&self) -> usize {
        self.nfeat
    }

    #[inline]
    fn slot(&self, key: u64) -> Option<Slot> {
        if self.slots.is_empty() {
            return None;
        }
        let mut s = (key as usize) & self.mask;
        loop {
            let slot = self.slots[s];
            if slot.key == key {
                return Some(slot);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Asks the CPU to start loading the home slot of every feature: the
    /// table is far larger than the caches, and the probes that follow
    /// then wait for all their misses at once instead of one by one.
    #[inline]
    fn prefetch(&self, feats: &[u64]) {
        for &f in feats {
            prefetch(self.slots.as_ptr().wrapping_add((f as usize) & self.mask));
        }
    }

    /// The same for the rows outside the slots (runs and dense rows).
    #[inline]
    fn prefetch_rows(&self, found: &[Slot]) {
        for &slot in found {
            match slot.tag() {
                TAG_INLINE => {}
                TAG_DENSE => prefetch(self.dense.as_ptr().wrapping_add((slot.val & 0x3fff_ffff_ffff_ffff) as usize)),
                _ => prefetch(self.entries.as_ptr().wrapping_add(slot.run().0)),
            }
        }
    }

    /// Scores of every class for these features (`scores` is overwritten).
    ///
    /// Two phases: first every feature's slot is probed (independent
    /// loads the CPU overlaps), then the rows are added.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        let mut found = [Slot::default(); 64];
        for chunk in feats.chunks(64) {
            self.prefetch(chunk);
            let mut n = 0;
            for &f in chunk {
                if let Some(slot) = self.slot(f) {
                    found[n] = slot;
                    n += 1;
                }
            }
            self.prefetch_rows(&found[..n]);
            for &slot in &found[..n] {
                match slot.tag() {
                    TAG_INLINE => {
                        for k in 0..2 {
                            let (c, w) = slot.inline_pair(k);
                            if let Some(s) = scores.get_mut(c) {
                                *s += f32::from(w);
                            }
                        }
                    }
                    TAG_DENSE => {
                        let a = (slot.val & 0x3fff_ffff_ffff_ffff) as usize;
                        if let Some(row) = self.dense.get(a..a + self.nclasses) {
                            for (s, w) in scores.iter_mut().zip(row) {
                                *s += f32::from(*w);
                            }
                        }
                    }
                    _ => {
                        let (a, b) = slot.run();
                        for c in self.entries.get(a..b).unwrap_or(&[]) {
                            if let Some(s) = scores.get_mut(c.class as usize) {
                                *s += f32::from(c.w);
                            }
                        }
                    }
                }
            }
        }
        let scale = self.scale;
        scores.iter_mut().for_each(|s| *s *= scale);
    }

    /// The rows of the model: feature key and its `(class, weight)`s (the
    /// quantized weights, as inference uses them).
    fn rows(&self) -> Vec<(u64, Vec<(u16, f32)>)> {
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.nfeat);
        let w = |q: i16| f32::from(q) * self.scale;
        for &slot in &self.slots {
            if slot.key == 0 {
                continue;
            }
            let row: Vec<(u16, f32)> = match slot.tag() {
                TAG_INLINE => {
                    (0..2).map(|k| slot.inline_pair(k)).filter(|x| x.1 != 0).map(|(c, q)| (c as u16, w(q))).collect()
                }
                TAG_DENSE => {
                    let a = (slot.val & 0x3fff_ffff_ffff_ffff) as usize;
                    self.dense
                        .get(a..a + self.nclasses)
                        .unwrap_or(&[])
                        .iter()
                        .enumerate()
                        .filter(|(_, &q)| q != 0)
                        .map(|(c, &q)| (c as u16, w(q)))
                        .collect()
                }
                _ => {
                    let (a, b) = slot.run();
                    self.entries.get(a..b).unwrap_or(&[]).iter().map(|c| (c.class, w(c.w))).collect()
                }
            };
            rows.push((slot.key, row));
        }
        rows.sort_by_key(|r| r.0);
        rows
    }

    /// Writes the model (little-endian, weights as f32).
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        let rows = self.rows();
        let ne: usize = rows.iter().map(|r| r.1.len()).sum();
        write_u64(w, self.nclasses as u64)?;
        write_u64(w, rows.len() as u64)?;
        write_u64(w, ne as u64)?;
        for (k, _) in &rows {
            w.write_all(&k.to_le_bytes())?;
        }
        let mut off = 0u32;
        w.write_all(&off.to_le_bytes())?;
        for (_, r) in &rows {
            off += r.len() as u32;
            w.write_all(&off.to_le_bytes())?;
        }
        for (_, r) in &rows {
            for (c, _) in r {
                w.write_all(&c.to_le_bytes())?;
            }
        }
        for (_, r) in &rows {
            for (_, x) in r {
                w.write_all(&x.to_le_bytes())?;
            }
        }
        Ok(())
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(r: &mut impl Read) -> std::io::Result<Model> {
        let nclasses = read_u64(r)? as usize;
        let nf = read_u64(r)? as usize;
        let ne = read_u64(r)? as usize;
        if nf > 1 << 28 || ne > 1 << 30 || nclasses > 1 << 16 {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "model sizes out of range"));
        }
        let keys = read_vec(r, nf, 8, |b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))?;
        let offsets = read_vec(r, nf + 1, 4, |b| u32::from_le_bytes(b.try_into().unwrap_or([0; 4])))?;
        let classes = read_vec(r, ne, 2, |b| u16::from_le_bytes(b.try_into().unwrap_or([0; 2])))?;
        let weights = read_vec(r, ne, 4, |b| f32::from_le_bytes(b.try_into().unwrap_or([0; 4])))?;
        if offsets.windows(2).any(|w| w[0] > w[1]) || offsets.last().is_some_and(|&o| o as usize != ne) {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "bad model offsets"));
        }
        let cap = capacity(nf);
        let mut m = Model {
            nclasses,
            mask: cap - 1,
            keys: vec![0; cap],
            slot_row: vec![0; cap],
            offsets,
            classes,
            weights,
            slots: Vec::new(),
            entries: Vec::new(),
            dense: Vec::new(),
            scale: 1.0,
            nfeat: nf,
        };
        for (i, &key) in keys.iter().enumerate() {
            let mut s = (key as usize) & m.mask;
            while m.keys[s] != 0 {
                s = (s + 1) & m.mask;
            }
            m.keys[s] = key.max(1);
            m.slot_row[s] = i as u32;
        }
        m.layout();
        Ok(m)
    }
}

/// Writes a little-endian u64.
pub fn write_u64(w: &mut impl Write, x: u64) -> std::io::Result<()> {
    w.write_all(&x.to_le_bytes())
}

/// Reads a little-endian u64.
pub fn read_u64(r: &mut impl Read) -> std::io::Result<u64> {
    let mut b = [0u8; 8];
    r.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

fn read_vec<T>(r: &mut impl Read, n: usize, size: usize, f: impl Fn(&[u8]) -> T) -> std::io::Result<Vec<T>> {
    let mut buf = vec![0u8; n * size];
    r.read_exact(&mut buf)?;
    Ok(buf.chunks_exact(size).map(f).collect())
}

/// Writes a length-prefixed string.
pub fn write_str(w: &mut impl Write, s: &str) -> std::io::Result<()> {
    write_u64(w, s.len() as u64)?;
    w.write_all(s.as_bytes())
}

/// Reads a length-prefixed string.
pub fn read_str(r: &mut impl Read) -> std::io::Result<String> {
    let n = read_u64(r)? as usize;
    if n > 1 << 20 {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "string too long"));
    }
    let mut b = vec![0u8; n];
    r.read_exact(&mut b)?;
    String::from_utf8(b).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_and_roundtrips() {
        let mut t = Trainer::new(2);
        let a = [finish(1), finish(2)];
        let b = [finish(3), finish(2)];
        let mut sc = [0.0; 2];
        for _ in 0..5 {
            for (f, y) in [(&a, 0usize), (&b, 1usize)] {
                t.tick();
                t.score(f, &mut sc);
                let g = if sc[1] > sc[0] { 1 } else { 0 };
                t.update(f, y, g);
            }
        }
        let m = t.average(0.0);
        m.score(&a, &mut sc);
        assert!(sc[0] > sc[1]);
        let mut buf = Vec::new();
        m.write(&mut buf).unwrap();
        let m2 = Model::read(&mut buf.as_slice()).unwrap();
        let mut sc2 = [0.0; 2];
        m2.score(&b, &mut sc2);
        m.score(&b, &mut sc);
        assert_eq!(sc, sc2);
        assert!(sc2[1] > sc2[0]);
        assert!(Model::read(&mut &buf[..10]).is_err());
    }
}
