//! Per-word lexical features, computed once per token and shared by the
//! tagger and the parser.

use crate::perceptron::{hash_str, mix};

/// Hashed lexical views of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex {
    /// Exact form.
    pub form: u64,
    /// Lower-cased form (numbers collapsed by shape).
    pub lower: u64,
    /// Word shape (`Xx`, `d`, `X.X.`...), runs collapsed.
    pub shape: u64,
    /// Prefixes of 1..=3 characters.
    pub pre: [u64; 3],
    /// Suffixes of 1..=4 characters.
    pub suf: [u64; 4],
    /// Bit flags: 1 capitalized, 2 all caps, 4 has digit, 8 has hyphen,
    /// 16 has period, 32 all digits/punct number, 64 non-ASCII.
    pub flags: u64,
    /// Word-cluster prefixes (4, 6, 10 bits, whole path), filled by
    /// [`crate::cluster::Clusters::annotate`]; 0 when none.
    pub cls: [u64; 4],
}

/// Lower-cases `s` into `buf` (ASCII fast path).
fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c == '\u{2019}' {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
}

impl Lex {
    /// Computes the lexical views of `word`, reusing `buf` for the
    /// lower-case form.
    pub fn new(word: &str, buf: &mut String) -> Lex {
        // The rarer dashes (the horizontal bar some sites set between
        // clauses, the figure dash, the two- and three-em dashes) read as
        // the em dash the models have seen: unknown, the tagger took
        // "―" for an adjective and the parser ran a clause through it.
        let word = if matches!(word, "\u{2015}" | "\u{2012}" | "\u{2E3A}" | "\u{2E3B}") { "\u{2014}" } else { word };
        lower_into(word, buf);
        let mut flags = 0u64;
        let mut chars = word.chars();
        let first = chars.next().unwrap_or(' ');
        if first.is_uppercase() {
            flags |= 1;
        }
        let mut letters = 0;
        let mut upper = 0;
        let mut digits = 0;
        let mut shape_h: u64 = 0x9e37_79b9;
        let mut last_shape = '\0';
        for c in word.chars() {
            let sc = if c.is_uppercase() {
                letters += 1;
                upper += 1;
                'X'
            } else if c.is_alphabetic() {
                letters += 1;
                'x'
            } else if c.is_ascii_digit() {
                digits += 1;
                'd'
            } else {
                match c {
                    '-' => flags |= 8,
                    '.' => flags |= 16,
                    _ => {}
                }
                if c.is_ascii() {
                    c
                } else {
                    flags |= 64;
                    '~'
                }
            };
            if sc != last_shape {
                shape_h = mix(shape_h, sc as u64);
                last_shape = sc;
            }
        }
        if letters > 0 && upper == letters {
            flags |= 2;
        }
        if digits > 0 {
            flags |= 4;
            if letters == 0 {
                flags |= 32;
            }
        }
        let lower = if flags & 32 != 0 { mix(shape_h, 77) } else { hash_str(buf) };
        let l = buf.as_str();
        let nch = l.chars().count();
        let mut pre = [0u64; 3];
        let mut suf = [0u64; 4];
        for (k, p) in pre.iter_mut().enumerate() {
            let n = (k + 1).min(nch);
            let end = l.char_indices().nth(n).map_or(l.len(), |(i, _)| i);
            *p = mix(hash_str(&l[..end]), 100 + k as u64);
        }
        for (k, s) in suf.iter_mut().enumerate() {
            let n = (k + 1).min(nch);
            let start = if n >= nch { 0 } else { l.char_indices().nth(nch - n).map_or(0, |(i, _)| i) };
            *s = mix(hash_str(&l[start..]), 200 + k as u64);
        }
        Lex { form: hash_str(word), lower, shape: shape_h, pre, suf, flags, cls: [0; 4] }
    }

    /// The lexical views of every word of a sentence.
    pub fn sentence(words: &[&str]) -> Vec<Lex> {
        let mut buf = String::new();
        words.iter().map(|w| Lex::new(w, &mut buf)).collect()
    }
}

/// Padding for positions before the sentence start.
pub const START: Lex =
    Lex { form: 11, lower: 11, shape: 11, pre: [11; 3], suf: [11; 4], flags: 1 << 20, cls: [1 << 40; 4] };
/// Padding for positions after the sentence end.
pub const END: Lex =
    Lex { form: 13, lower: 13, shape: 13, pre: [13; 3], suf: [13; 4], flags: 1 << 21, cls: [1 << 41; 4] };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        let mut b = String::new();
        let a = Lex::new("Ukraine", &mut b);
        let c = Lex::new("ukraine", &mut b);
        assert_eq!(a.lower, c.lower);
        assert_ne!(a.form, c.form);
        assert_eq!(a.flags & 1, 1);
        let n1 = Lex::new("1,000", &mut b);
        let n2 = Lex::new("2,500", &mut b);
        assert_eq!(n1.lower, n2.lower);
        let u = Lex::new("Zelenskiy’s", &mut b);
        assert_eq!(u.flags & 64, 64);
        let e = Lex::new("", &mut b);
        assert_eq!(e.flags & 1, 0);
    }
}
