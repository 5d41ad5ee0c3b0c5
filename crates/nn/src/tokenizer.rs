//! WordPiece tokenizer equivalent to Hugging Face `BertTokenizerFast` (uncased).
//!
//! Normalization follows `BertNormalizer` + `BertPreTokenizer` + `WordPiece`:
//! drop NUL, U+FFFD and control characters (categories Cc, Cf, Co; `\t \n \r`
//! count as whitespace), map whitespace to a space, put spaces around CJK
//! ideographs, strip accents (NFD, drop Mn marks), lowercase, split on
//! whitespace and punctuation (ASCII punctuation and Unicode P*), then greedy
//! longest-match-first WordPiece with `##` continuations.
//!
//! The Unicode tables in `unicode_tables.rs` are generated from Python's
//! `unicodedata` (Unicode 14) by `scripts/nn/gen_unicode.py` and cover every
//! code point; unassigned code points (Cn) are kept, as HF keeps them; Hangul
//! syllables are decomposed into jamo by arithmetic, as NFD does. HF's own
//! tables are older: 503 code points of rare scripts, assigned or
//! recategorized since, tokenize differently (`scripts/nn/charcheck.py`).
//!
//! One deliberate difference: when one character expands into several
//! pieces (a Hangul syllable into jamo), HF gives each piece the character's
//! span; here later pieces get an empty span at its end, so spans never
//! overlap.
//!
//! Every token keeps the byte span of the original text it came from, so a
//! token read from "É" spans the two bytes of "É".

use std::collections::HashMap;

use crate::unicode_tables::{CONTROL, MN, PUNCT, STRIP};

/// Words longer than this many characters become `[UNK]` (as in HF).
pub const MAX_WORD_CHARS: usize = 100;

/// One wordpiece with its id and byte span in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Vocabulary id.
    pub id: u32,
    /// Start byte in the original text.
    pub start: usize,
    /// End byte (exclusive) in the original text.
    pub end: usize,
}

/// A WordPiece vocabulary and tokenizer.
#[derive(Debug, Clone)]
pub struct WordPiece {
    vocab: Vec<String>,
    ids: HashMap<String, u32>,
    unk: u32,
    cls: u32,
    sep: u32,
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < cp {
                std::cmp::Ordering::Less
            } else if a > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// BERT's punctuation test: ASCII 33-47, 58-64, 91-96, 123-126, or Unicode P*.
pub fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || in_ranges(PUNCT, c)
}

/// Control characters removed before tokenizing (`\t \n \r` are whitespace).
pub fn is_control(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\r') && in_ranges(CONTROL, c)
}

/// Nonspacing marks (category Mn), removed when stripping accents.
pub fn is_nonspacing_mark(c: char) -> bool {
    in_ranges(MN, c)
}

/// CJK ideographs that BERT surrounds with spaces. The ranges are those of
/// HF `tokenizers` (`BertNormalizer`), which starts the extension-E block at
/// U+2B920 rather than U+2B820: 2B820..2B91F are not split off there, nor here.
pub fn is_chinese_char(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B920..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

fn strip_accents(c: char) -> Option<&'static str> {
    let cp = c as u32;
    STRIP.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| STRIP[i].1)
}

/// Strip accents (NFD, drop Mn) and lowercase one character, passing the
/// resulting characters to `f`.
fn fold_char(c: char, f: &mut impl FnMut(char)) {
    let cp = c as u32;
    if (0xAC00..=0xD7A3).contains(&cp) {
        // Hangul syllables decompose by arithmetic into conjoining jamo.
        let s = cp - 0xAC00;
        let jamo = [0x1100 + s / 588, 0x1161 + (s % 588) / 28, 0x11A7 + s % 28];
        let n = if s % 28 == 0 { 2 } else { 3 };
        for &j in &jamo[..n] {
            if let Some(ch) = char::from_u32(j) {
                f(ch);
            }
        }
        return;
    }
    let mut buf = [0u8; 4];
    let base = match strip_accents(c) {
        Some(s) => s,
        None => c.encode_utf8(&mut buf),
    };
    for b in base.chars() {
        for l in b.to_lowercase() {
            if !is_nonspacing_mark(l) {
                f(l);
            }
        }
    }
}

/// The text the tokenizer matches against the vocabulary: control
/// characters, NUL, U+FFFD and nonspacing marks dropped, accents stripped,
/// lowercased (whitespace, punctuation and CJK are kept as they are).
/// `normalize(&text[piece.start..piece.end])` is the piece's token without
/// `##` (or the piece is `[UNK]`).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\0' || c == '\u{FFFD}' || is_control(c) || is_nonspacing_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            out.push(c);
            continue;
        }
        fold_char(c, &mut |l| out.push(l));
    }
    out
}

/// A normalized character and the original byte span it came from.
#[derive(Clone, Copy)]
struct NChar {
    c: char,
    start: usize,
    end: usize,
}

impl WordPiece {
    /// Build from a vocabulary in id order. It must contain `[UNK]`, `[CLS]`
    /// and `[SEP]`.
    pub fn new(vocab: Vec<String>) -> Result<WordPiece, crate::NnError> {
        let mut ids = HashMap::with_capacity(vocab.len());
        for (i, t) in vocab.iter().enumerate() {
            let id = u32::try_from(i).map_err(|_| crate::NnError::Format("vocab too large".into()))?;
            ids.entry(t.clone()).or_insert(id);
        }
        let get = |t: &str| ids.get(t).copied().ok_or_else(|| crate::NnError::Format(format!("vocab lacks {t}")));
        let unk = get("[UNK]")?;
        let cls = get("[CLS]")?;
        let sep = get("[SEP]")?;
        Ok(WordPiece { vocab, ids, unk, cls, sep })
    }

    /// The vocabulary in id order.
    pub fn vocab(&self) -> &[String] {
        &self.vocab
    }

    /// Id of a token string, if in the vocabulary.
    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// Token string of an id.
    pub fn token(&self, id: u32) -> Option<&str> {
        self.vocab.get(id as usize).map(String::as_str)
    }

    /// Id of `[UNK]`.
    pub fn unk_id(&self) -> u32 {
        self.unk
    }
    /// Id of `[CLS]`.
    pub fn cls_id(&self) -> u32 {
        self.cls
    }
    /// Id of `[SEP]`.
    pub fn sep_id(&self) -> u32 {
        self.sep
    }

    /// Tokenize `text` into wordpieces (no `[CLS]`/`[SEP]`), in order, with
    /// byte spans into `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Piece> {
        let mut out = Vec::new();
        let mut word: Vec<NChar> = Vec::new();
        let mut folded: Vec<char> = Vec::with_capacity(4);
        for (start, c) in text.char_indices() {
            let end = start + c.len_utf8();
            if c == '\0' || c == '\u{FFFD}' || is_control(c) || is_nonspacing_mark(c) {
                continue;
            }
            folded.clear();
            fold_char(c, &mut |l| folded.push(l));
            for &l in &folded {
                if l.is_whitespace() || is_punctuation(l) || is_chinese_char(l) {
                    // A decomposition may yield a space or punctuation
                    // (rare compatibility forms); split there too.
                    self.flush(&mut word, &mut out);
                    if !l.is_whitespace() {
                        word.push(NChar { c: l, start, end });
                        self.flush(&mut word, &mut out);
                    }
                    continue;
                }
                word.push(NChar { c: l, start, end });
            }
        }
        self.flush(&mut word, &mut out);
        out
    }

    fn flush(&self, word: &mut Vec<NChar>, out: &mut Vec<Piece>) {
        if word.is_empty() {
            return;
        }
        self.wordpiece(word, out);
        word.clear();
    }

    fn wordpiece(&self, word: &[NChar], out: &mut Vec<Piece>) {
        let (wstart, wend) = (word[0].start, word[word.len() - 1].end);
        if word.len() > MAX_WORD_CHARS {
            out.push(Piece { id: self.unk, start: wstart, end: wend });
            return;
        }
        let n0 = out.len();
        let mut s = String::with_capacity(word.len() * 2 + 2);
        let mut start = 0;
        while start < word.len() {
            let mut end = word.len();
            let mut found = None;
            while start < end {
                s.clear();
                if start > 0 {
                    s.push_str("##");
                }
                s.extend(word[start..end].iter().map(|n| n.c));
                if let Some(&id) = self.ids.get(s.as_str()) {
                    found = Some(id);
                    break;
                }
                end -= 1;
            }
            match found {
                Some(id) => {
                    // Pieces split inside one expanded character (rare, e.g.
                    // a ligature) would share its span: clamp so that spans
                    // never overlap.
                    let prev_end = if out.len() > n0 { out[out.len() - 1].end } else { wstart };
                    let pend = word[end - 1].end.max(prev_end);
                    out.push(Piece { id, start: word[start].start.max(prev_end), end: pend });
                    start = end;
                }
                None => {
                    out.truncate(n0);
                    out.push(Piece { id: self.unk, start: wstart, end: wend });
                    return;
                }
            }
        }
    }
}
