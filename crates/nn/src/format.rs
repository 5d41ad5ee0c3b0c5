//! The `.dlnn` weight file, version 1 (all integers and floats little-endian).
//!
//! ```text
//! magic        8 bytes  "DLNNBERT"
//! version      u32      1
//! layers, hidden, heads, intermediate, max_positions, type_vocab   6 x u32
//! eps          f32      LayerNorm epsilon
//! lowercase    u8       1 (only uncased models are supported)
//! labels       u32 count, then per label: u32 byte length + UTF-8
//! vocab        u32 count, then per token (in id order): u32 byte length + UTF-8
//! tensors      u32 count, then per tensor:
//!     name     u32 byte length + UTF-8 (Hugging Face state-dict name)
//!     dtype    u8: 0 = f32, 1 = f16, 2 = int8 with one f32 scale per row
//!     ndim     u32, then ndim x u32 dims
//!     data     f32: numel x f32 | f16: numel x f16 |
//!              int8: dims[0] x f32 scales, then numel x i8 (value = q * scale)
//! ```

use std::collections::HashMap;

use crate::NnError;

/// File magic.
pub const MAGIC: &[u8; 8] = b"DLNNBERT";
/// The only version this crate reads.
pub const VERSION: u32 = 1;

/// Model hyper-parameters stored in the file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    /// Number of transformer layers.
    pub layers: usize,
    /// Hidden size.
    pub hidden: usize,
    /// Attention heads.
    pub heads: usize,
    /// Feed-forward size.
    pub intermediate: usize,
    /// Rows of the position embedding table.
    pub max_positions: usize,
    /// Rows of the token-type embedding table.
    pub type_vocab: usize,
    /// LayerNorm epsilon.
    pub eps: f32,
}

/// A dequantized tensor.
#[derive(Debug, Clone)]
pub(crate) struct Tensor {
    pub dims: Vec<usize>,
    pub data: Vec<f32>,
}

/// Everything in a file, tensors dequantized to f32.
#[derive(Debug)]
pub(crate) struct RawModel {
    pub config: Config,
    pub labels: Vec<String>,
    pub vocab: Vec<String>,
    pub tensors: HashMap<String, Tensor>,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NnError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len()).ok_or(NnError::Truncated(self.pos))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, NnError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, NnError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn usize(&mut self) -> Result<usize, NnError> {
        Ok(self.u32()? as usize)
    }
    fn f32(&mut self) -> Result<f32, NnError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn string(&mut self) -> Result<String, NnError> {
        let n = self.usize()?;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| NnError::Format("string is not UTF-8".into()))
    }
}

/// IEEE half to f32.
pub(crate) fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let man = (h & 0x3ff) as u32;
    let bits = if exp == 0 {
        if man == 0 {
            sign
        } else {
            // Subnormal: value = man * 2^-24.
            let v = man as f32 * (1.0 / 16_777_216.0);
            return if sign != 0 { -v } else { v };
        }
    } else if exp == 31 {
        sign | 0x7f80_0000 | (man << 13)
    } else {
        sign | ((exp + 112) << 23) | (man << 13)
    };
    f32::from_bits(bits)
}

pub(crate) fn parse(bytes: &[u8]) -> Result<RawModel, NnError> {
    let mut r = Reader { b: bytes, pos: 0 };
    if r.take(8).map_err(|_| NnError::Magic)? != MAGIC {
        return Err(NnError::Magic);
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(NnError::Version(version));
    }
    let config = Config {
        layers: r.usize()?,
        hidden: r.usize()?,
        heads: r.usize()?,
        intermediate: r.usize()?,
        max_positions: r.usize()?,
        type_vocab: r.usize()?,
        eps: r.f32()?,
    };
    if r.u8()? != 1 {
        return Err(NnError::Format("only lowercasing (uncased) models are supported".into()));
    }
    let n = r.usize()?;
    let mut labels = Vec::with_capacity(n.min(1 << 16));
    for _ in 0..n {
        labels.push(r.string()?);
    }
    let n = r.usize()?;
    let mut vocab = Vec::with_capacity(n.min(1 << 20));
    for _ in 0..n {
        vocab.push(r.string()?);
    }
    let n = r.usize()?;
    let mut tensors = HashMap::new();
    for _ in 0..n {
        let name = r.string()?;
        let dtype = r.u8()?;
        let ndim = r.usize()?;
        if ndim == 0 || ndim > 4 {
            return Err(NnError::Format(format!("{name}: {ndim} dims")));
        }
        let mut dims = Vec::with_capacity(ndim);
        for _ in 0..ndim {
            dims.push(r.usize()?);
        }
        let numel = dims
            .iter()
            .try_fold(1usize, |a, &d| a.checked_mul(d))
            .filter(|&x| x <= bytes.len())
            .ok_or_else(|| NnError::Format(format!("{name}: bad dims {dims:?}")))?;
        let data = match dtype {
            0 => r.take(numel * 4)?.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
            1 => r.take(numel * 2)?.chunks_exact(2).map(|c| f16_to_f32(u16::from_le_bytes([c[0], c[1]]))).collect(),
            2 => {
                let rows = dims[0];
                let row = numel.checked_div(rows).unwrap_or(0);
                let mut scales = Vec::with_capacity(rows.min(bytes.len() / 4));
                for _ in 0..rows {
                    scales.push(r.f32()?);
                }
                let q = r.take(numel)?;
                let mut data = Vec::with_capacity(numel);
                for (i, &s) in scales.iter().enumerate() {
                    data.extend(q[i * row..(i + 1) * row].iter().map(|&v| (v as i8) as f32 * s));
                }
                data
            }
            d => return Err(NnError::Format(format!("{name}: unknown dtype {d}"))),
        };
        tensors.insert(name, Tensor { dims, data });
    }
    if r.pos != bytes.len() {
        return Err(NnError::Format(format!("{} trailing bytes", bytes.len() - r.pos)));
    }
    Ok(RawModel { config, labels, vocab, tensors })
}
