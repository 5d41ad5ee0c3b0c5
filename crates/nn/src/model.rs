//! The BERT encoder and token-classification head (f32).

use crate::format::{Config, RawModel, Tensor};
use crate::NnError;

/// One transformer layer; weight matrices are transposed at load to
/// (in, out) row-major, so `x * W` reads contiguous rows when packed.
#[derive(Debug)]
struct Layer {
    /// Q, K and V side by side: (hidden, 3 * hidden).
    wqkv: Vec<f32>,
    bqkv: Vec<f32>,
    wo: Vec<f32>,
    bo: Vec<f32>,
    ln1_g: Vec<f32>,
    ln1_b: Vec<f32>,
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
    ln2_g: Vec<f32>,
    ln2_b: Vec<f32>,
}

/// BERT encoder + linear classifier.
#[derive(Debug)]
pub(crate) struct Bert {
    pub config: Config,
    pub num_labels: usize,
    word: Vec<f32>,
    pos: Vec<f32>,
    token_type0: Vec<f32>,
    emb_ln_g: Vec<f32>,
    emb_ln_b: Vec<f32>,
    layers: Vec<Layer>,
    cls_w: Vec<f32>,
    cls_b: Vec<f32>,
}

fn take(raw: &mut RawModel, name: &str, dims: &[usize]) -> Result<Vec<f32>, NnError> {
    let t: Tensor = raw.tensors.remove(name).ok_or_else(|| NnError::MissingTensor(name.to_string()))?;
    if t.dims != dims {
        return Err(NnError::Shape { name: name.to_string(), expected: dims.to_vec(), found: t.dims });
    }
    Ok(t.data)
}

impl Bert {
    pub fn from_raw(raw: &mut RawModel) -> Result<Bert, NnError> {
        let c = raw.config;
        let (h, f) = (c.hidden, c.intermediate);
        if c.heads == 0 || h == 0 || h % c.heads != 0 {
            return Err(NnError::Format(format!("hidden {h} not divisible by heads {}", c.heads)));
        }
        if c.max_positions < crate::window::WINDOW + 2 {
            return Err(NnError::Format(format!("max_positions {} < 256", c.max_positions)));
        }
        let v = raw.vocab.len();
        let nl = raw.labels.len();
        let word = take(raw, "bert.embeddings.word_embeddings.weight", &[v, h])?;
        let pos = take(raw, "bert.embeddings.position_embeddings.weight", &[c.max_positions, h])?;
        let tt = take(raw, "bert.embeddings.token_type_embeddings.weight", &[c.type_vocab, h])?;
        let token_type0 = tt.get(..h).ok_or(NnError::Format("empty token types".into()))?.to_vec();
        let emb_ln_g = take(raw, "bert.embeddings.LayerNorm.weight", &[h])?;
        let emb_ln_b = take(raw, "bert.embeddings.LayerNorm.bias", &[h])?;
        let mut layers = Vec::with_capacity(c.layers.min(64));
        for i in 0..c.layers {
            let p = format!("bert.encoder.layer.{i}.");
            let mut t = |s: &str, d: &[usize]| take(raw, &format!("{p}{s}"), d);
            let mut wqkv = t("attention.self.query.weight", &[h, h])?;
            wqkv.extend(t("attention.self.key.weight", &[h, h])?);
            wqkv.extend(t("attention.self.value.weight", &[h, h])?);
            let wqkv = transpose(&wqkv, 3 * h, h);
            let mut bqkv = t("attention.self.query.bias", &[h])?;
            bqkv.extend(t("attention.self.key.bias", &[h])?);
            bqkv.extend(t("attention.self.value.bias", &[h])?);
            layers.push(Layer {
                wqkv,
                bqkv,
                wo: transpose(&t("attention.output.dense.weight", &[h, h])?, h, h),
                bo: t("attention.output.dense.bias", &[h])?,
                ln1_g: t("attention.output.LayerNorm.weight", &[h])?,
                ln1_b: t("attention.output.LayerNorm.bias", &[h])?,
                w1: transpose(&t("intermediate.dense.weight", &[f, h])?, f, h),
                b1: t("intermediate.dense.bias", &[f])?,
                w2: transpose(&t("output.dense.weight", &[h, f])?, h, f),
                b2: t("output.dense.bias", &[h])?,
                ln2_g: t("output.LayerNorm.weight", &[h])?,
                ln2_b: t("output.LayerNorm.bias", &[h])?,
            });
        }
        let cls_w = transpose(&take(raw, "classifier.weight", &[nl, h])?, nl, h);
        let cls_b = take(raw, "classifier.bias", &[nl])?;
        Ok(Bert { config: c, num_labels: nl, word, pos, token_type0, emb_ln_g, emb_ln_b, layers, cls_w, cls_b })
    }

    /// Logits (`ids.len()` x `num_labels`, row-major) for one sequence that
    /// already holds `[CLS]` and `[SEP]`. Ids must be < vocab size and
    /// `ids.len() <= max_positions` (the caller guarantees both).
    pub fn forward(&self, ids: &[u32]) -> Vec<f32> {
        let c = &self.config;
        let (l, h, f) = (ids.len(), c.hidden, c.intermediate);
        let nh = c.heads;
        let d = h / nh;
        let mut x = vec![0f32; l * h];
        for (t, &id) in ids.iter().enumerate() {
            let row = &mut x[t * h..(t + 1) * h];
            let w = &self.word[id as usize * h..(id as usize + 1) * h];
            let p = &self.pos[t * h..(t + 1) * h];
            for j in 0..h {
                row[j] = w[j] + p[j] + self.token_type0[j];
            }
        }
        layer_norm(&mut x, h, &self.emb_ln_g, &self.emb_ln_b, c.eps);

        // Work buffers, allocated once per sequence and reused by every layer.
        let mut qkv = vec![0f32; l * 3 * h];
        let mut scores = vec![0f32; l * l];
        let mut ctx = vec![0f32; l * h];
        let mut tmp = vec![0f32; l * h];
        let mut inter = vec![0f32; l * f];
        let scale = 1.0 / (d as f32).sqrt();
        for ly in &self.layers {
            linear(&x, l, h, &ly.wqkv, &ly.bqkv, 3 * h, &mut qkv);
            for hd in 0..nh {
                let q = &qkv[hd * d..];
                let k = &qkv[h + hd * d..];
                // scores = scale * Q_h K_h^T
                // SAFETY: all pointers index buffers sized for the given
                // dimensions and strides (rows of 3h, l rows).
                unsafe {
                    matrixmultiply::sgemm(
                        l,
                        d,
                        l,
                        scale,
                        q.as_ptr(),
                        (3 * h) as isize,
                        1,
                        k.as_ptr(),
                        1,
                        (3 * h) as isize,
                        0.0,
                        scores.as_mut_ptr(),
                        l as isize,
                        1,
                    );
                }
                for row in scores.chunks_exact_mut(l) {
                    softmax(row);
                }
                let v = &qkv[2 * h + hd * d..];
                let out = &mut ctx[hd * d..];
                // SAFETY: as above; ctx rows are h wide, the head's columns
                // are hd*d..hd*d+d.
                unsafe {
                    matrixmultiply::sgemm(
                        l,
                        l,
                        d,
                        1.0,
                        scores.as_ptr(),
                        l as isize,
                        1,
                        v.as_ptr(),
                        (3 * h) as isize,
                        1,
                        0.0,
                        out.as_mut_ptr(),
                        h as isize,
                        1,
                    );
                }
            }
            linear(&ctx, l, h, &ly.wo, &ly.bo, h, &mut tmp);
            for (a, b) in x.iter_mut().zip(&tmp) {
                *a += b;
            }
            layer_norm(&mut x, h, &ly.ln1_g, &ly.ln1_b, c.eps);
            linear(&x, l, h, &ly.w1, &ly.b1, f, &mut inter);
            inter.iter_mut().for_each(|v| *v = gelu(*v));
            linear(&inter, l, f, &ly.w2, &ly.b2, h, &mut tmp);
            for (a, b) in x.iter_mut().zip(&tmp) {
                *a += b;
            }
            layer_norm(&mut x, h, &ly.ln2_g, &ly.ln2_b, c.eps);
        }
        let mut logits = vec![0f32; l * self.num_labels];
        linear(&x, l, h, &self.cls_w, &self.cls_b, self.num_labels, &mut logits);
        logits
    }
}

/// Transpose a (rows x cols) row-major matrix.
fn transpose(w: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut t = vec![0f32; rows * cols];
    for r in 0..rows {
        for c in 0..cols {
            t[c * rows + r] = w[r * cols + c];
        }
    }
    t
}

/// `out (m x n) = x (m x k) * w + b`, with `w` (k x n) row-major (a PyTorch
/// weight transposed at load).
fn linear(x: &[f32], m: usize, k: usize, w: &[f32], b: &[f32], n: usize, out: &mut [f32]) {
    assert!(x.len() >= m * k && w.len() >= n * k && b.len() >= n && out.len() >= m * n);
    for row in out[..m * n].chunks_exact_mut(n) {
        row.copy_from_slice(&b[..n]);
    }
    if m == 0 || n == 0 {
        return;
    }
    // SAFETY: the assert above bounds every access: x is m x k with strides
    // (k, 1), w is k x n with strides (n, 1), out is m x n.
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            1.0,
            x.as_ptr(),
            k as isize,
            1,
            w.as_ptr(),
            n as isize,
            1,
            1.0,
            out.as_mut_ptr(),
            n as isize,
            1,
        );
    }
}

fn layer_norm(x: &mut [f32], h: usize, g: &[f32], b: &[f32], eps: f32) {
    for row in x.chunks_exact_mut(h) {
        let mean = sum8(row) / h as f32;
        let mut var = [0f32; 8];
        let mut chunks = row.chunks_exact(8);
        for c in &mut chunks {
            for j in 0..8 {
                let d = c[j] - mean;
                var[j] += d * d;
            }
        }
        let tail: f32 = chunks.remainder().iter().map(|v| (v - mean) * (v - mean)).sum();
        let var = (var.iter().sum::<f32>() + tail) / h as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for ((v, &gg), &bb) in row.iter_mut().zip(g).zip(b) {
            *v = (*v - mean) * inv * gg + bb;
        }
    }
}

/// Sum with 8 independent accumulators (so that it vectorizes).
fn sum8(v: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let mut chunks = v.chunks_exact(8);
    for c in &mut chunks {
        for j in 0..8 {
            acc[j] += c[j];
        }
    }
    acc.iter().sum::<f32>() + chunks.remainder().iter().sum::<f32>()
}

fn softmax(row: &mut [f32]) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    for v in row.iter_mut() {
        *v = exp(*v - max);
    }
    let sum = sum8(row);
    let inv = 1.0 / sum;
    for v in row.iter_mut() {
        *v *= inv;
    }
}

/// GELU, erf form: `x/2 * (1 + erf(x / sqrt 2))`.
pub(crate) fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// erf to ~1.5e-7 absolute (Abramowitz & Stegun 7.1.26), in f32,
/// branch-free so that loops over it vectorize.
#[inline]
pub(crate) fn erf(x: f32) -> f32 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t * (0.254_829_6 + t * (-0.284_496_74 + t * (1.421_413_8 + t * (-1.453_152_1 + t * 1.061_405_4))));
    let r = 1.0 - poly * exp(-z * z);
    r.copysign(x)
}

/// e^x in f32 (Cephes `expf` polynomial, about 1 ulp on the range used),
/// branch-free so that loops over it vectorize; x is clamped to
/// [-87, 88], so e^-inf gives ~1e-38 rather than 0.
#[inline]
pub(crate) fn exp(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_359_4;
    const LN2_LO: f32 = -2.121_944_4e-4;
    const ROUND: f32 = 12_582_912.0; // 1.5 * 2^23: adding it rounds to an integer
                                     // Selects rather than `clamp`, which also handles NaN and does not vectorize.
    let x = if x < -87.0 { -87.0 } else { x };
    let x = if x > 88.0 { 88.0 } else { x };
    let k = x * LOG2E + ROUND;
    let n = k - ROUND;
    // k's low mantissa bits hold n (offset by 2^22): 2^n without a float-to-int cast.
    let ni = k.to_bits().wrapping_sub(0x4B40_0000);
    let r = x - n * LN2_HI - n * LN2_LO;
    let p = 1.987_569_1e-4;
    let p = p * r + 1.398_199_9e-3;
    let p = p * r + 8.333_452e-3;
    let p = p * r + 4.166_579_6e-2;
    let p = p * r + 1.666_666_5e-1;
    let p = p * r + 0.5;
    let e = p * r * r + r + 1.0;
    e * f32::from_bits(ni.wrapping_add(127) << 23)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_matches_known_values() {
        for (x, e) in
            [(0.0f32, 0.0f32), (0.5, 0.520_499_9), (1.0, 0.842_700_8), (-2.0, -0.995_322_3), (3.0, 0.999_977_9)]
        {
            assert!((erf(x) - e).abs() < 3e-7, "erf({x}) = {} != {e}", erf(x));
        }
    }

    #[test]
    fn exp_matches_std() {
        let mut worst = 0f32;
        let mut x = -87.0f32;
        while x < 88.0 {
            let (a, b) = (exp(x), x.exp());
            worst = worst.max(((a - b) / b).abs());
            x += 0.0137;
        }
        assert!(worst < 3e-7, "relative error {worst}");
        assert!(exp(f32::NEG_INFINITY) < 1e-37);
    }

    #[test]
    fn f16_decodes() {
        use crate::format::f16_to_f32;
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x0000), 0.0);
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x0001), 5.960_464_5e-8);
    }
}
