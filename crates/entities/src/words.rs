//! Runtime tokens → CoNLL-2003-style words.
//!
//! The runtime tokenizer splits hyphens the Universal Dependencies way
//! (`U.S.-Ukraine` → `U.S.`, `-`, `Ukraine`), while CoNLL-2003 (the tagger's
//! training data) keeps hyphenated words whole. [`conll_words`] glues such
//! tokens back together so the tagger sees the words it was trained on.

use dateline_core::Span;

/// Groups token spans into CoNLL-style word spans: a hyphen with no space on
/// either side joins the tokens around it (`Jean-Pierre`, `U.S.-Ukraine`,
/// `al-Assad`). Returns, for each word, its span and its token range.
pub fn conll_words(text: &str, tokens: &[Span]) -> Vec<(Span, std::ops::Range<usize>)> {
    let mut out: Vec<(Span, std::ops::Range<usize>)> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let start = i;
        let mut end = i + 1;
        while end + 1 < tokens.len() {
            let h = tokens[end];
            let next = tokens[end + 1];
            let prev = tokens[end - 1];
            let is_hyphen = h.get(text) == Some("-");
            let word_like = |s: Span| s.get(text).and_then(|t| t.chars().next()).is_some_and(|c| c.is_alphanumeric());
            if is_hyphen && prev.end == h.start && h.end == next.start && word_like(prev) && word_like(next) {
                end += 2;
            } else {
                break;
            }
        }
        out.push((Span::new(tokens[start].start, tokens[end - 1].end), start..end));
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_core::tokenize::tokenize;

    #[test]
    fn glues_hyphens() {
        let t = "the U.S.-Ukraine deal - and Jean-Pierre's -x";
        let toks = tokenize(t);
        let w: Vec<&str> = conll_words(t, &toks).iter().map(|(s, _)| s.slice(t)).collect();
        assert_eq!(w, ["the", "U.S.-Ukraine", "deal", "-", "and", "Jean-Pierre", "'s", "-", "x"]);
    }
}
