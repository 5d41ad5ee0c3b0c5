//! Byte spans into an article's text, and the map from byte offsets to
//! Unicode code-point offsets used at the JSON boundary.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `[start, end)` into an article's text.
///
/// Inside dateline every offset is a UTF-8 byte offset, so `&text[span]`
/// slices without cost. Offsets only become code-point offsets when they leave
/// the process as JSON (see [`OffsetMap`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A new span; `start` must not exceed `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers. Panics if the span is out of bounds or not
    /// on character boundaries, like any `str` slice.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The text the span covers, or `None` if it does not lie on character
    /// boundaries inside `text`.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when `other` lies inside this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span as a `Range`.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Converts byte offsets of one text to Unicode code-point offsets.
///
/// Built once per text; ASCII texts take a fast path where both offsets agree.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// For every non-ASCII character: `(byte offset just after it, code-point
    /// offset just after it)`, sorted. Empty for ASCII text.
    marks: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            for (chars, (b, c)) in text.char_indices().enumerate() {
                if !c.is_ascii() {
                    marks.push((b + c.len_utf8(), chars + 1));
                }
            }
        }
        OffsetMap { marks, len_bytes: text.len() }
    }

    /// The code-point offset of byte offset `byte`, which should be a char
    /// boundary (offsets past the end map to the end).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        let i = self.marks.partition_point(|&(b, _)| b <= byte);
        if i == 0 {
            return byte;
        }
        let (b, c) = self.marks[i - 1];
        c + (byte - b)
    }

    /// A span's code-point offsets.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    /// The byte offset of code-point offset `ch` (for input given in code
    /// points, e.g. gold data); the text length when past the end.
    pub fn byte_offset(&self, ch: usize) -> usize {
        // Last mark whose char offset is <= ch.
        let i = self.marks.partition_point(|&(_, c)| c <= ch);
        let (b, c) = if i == 0 { (0, 0) } else { self.marks[i - 1] };
        (b + (ch - c)).min(self.len_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_identity() {
        let m = OffsetMap::new("hello world");
        assert_eq!(m.char_offset(5), 5);
        assert_eq!(m.byte_offset(5), 5);
    }

    #[test]
    fn non_ascii_offsets_round_trip() {
        let text = "Trump\u{2019}s “deal” – é 😀 end";
        let m = OffsetMap::new(text);
        for (ci, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(m.char_offset(b), ci, "byte {b}");
            assert_eq!(m.byte_offset(ci), b, "char {ci}");
        }
        assert_eq!(m.char_offset(text.len()), text.chars().count());
        assert_eq!(m.byte_offset(text.chars().count()), text.len());
    }
}
