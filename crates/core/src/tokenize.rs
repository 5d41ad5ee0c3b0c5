//! Tokenizer for English news, following the Universal Dependencies English
//! (EWT) conventions where they matter for parsing: clitics split ("ca|n't",
//! "Trump|'s"), hyphens split ("U.S.|-|Ukraine"), punctuation one token per
//! mark. Abbreviations keep their period ("U.S.", "Gen.", "Jan."), numbers
//! keep their separators ("1,000", "3.5", "10:30", "2025-03-11"). Every token
//! is a [`Span`] of the original text: nothing is rewritten.

use crate::span::Span;

/// Abbreviations that take a period and never end a sentence by themselves
/// (titles and other words that always precede something).
const TITLE_ABBREVS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cdr",
    "pres", "prof", "rev", "hon", "st", "mt", "ft", "messrs", "mssrs", "supt", "insp", "det", "cpl", "pvt", "brig",
    "gens", "sens", "reps", "govs", "atty", "amb", "vs", "no", "nos", "vol", "pp", "art", "fig", "ch", "sec", "approx",
    "dept", "univ", "ave", "blvd", "rd", "ste", "al", "cf", "viz",
];

/// Abbreviations that take a period and may end a sentence.
const FINAL_ABBREVS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "calif", "mass", "fla", "ill", "wash", "penn", "conn", "ariz", "colo", "del", "ga", "ky", "la", "md",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo",
    "ala", "ark", "kan", "est", "min", "max", "yr", "yrs", "mln", "bln", "dlrs", "cts", "pct",
];

/// What kind of abbreviation a token ending in a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Not an abbreviation.
    None,
    /// A title or similar: never ends a sentence ("Gen.", "Mr.").
    Title,
    /// May end a sentence ("U.S.", "Inc.", "Jan.").
    Final,
    /// A single-letter initial ("J."): never ends a sentence.
    Initial,
}

/// Classifies a token's text (with its trailing period) as an abbreviation.
pub fn abbrev_kind(tok: &str) -> Abbrev {
    let Some(stem) = tok.strip_suffix('.') else {
        return Abbrev::None;
    };
    if stem.is_empty() {
        return Abbrev::None;
    }
    let mut chars = stem.chars();
    let first = chars.next().unwrap();
    if chars.next().is_none() && first.is_alphabetic() {
        return if first.is_uppercase() { Abbrev::Initial } else { Abbrev::Final };
    }
    if stem.contains('.') {
        return Abbrev::Final; // U.S., e.g., a.m.
    }
    let lower = stem.to_ascii_lowercase();
    if TITLE_ABBREVS.contains(&lower.as_str()) {
        Abbrev::Title
    } else if FINAL_ABBREVS.contains(&lower.as_str()) {
        Abbrev::Final
    } else {
        Abbrev::None
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

#[inline]
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D | 0xFE0F)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Clitic endings split off a word, as in the treebank.
fn clitic_split(word: &str) -> Option<usize> {
    // "n't" after a letter.
    let lower: String = word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c.to_ascii_lowercase() }).collect();
    // Byte offsets of `lower` and `word` differ when ’ (3 bytes) was mapped to
    // ' (1 byte); compute on `word` directly.
    if lower.ends_with("n't") && lower.len() > 3 {
        let apos = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c)).map(|(i, _)| i)?;
        let n = word[..apos].char_indices().next_back().map(|(i, _)| i)?;
        if n > 0 {
            return Some(n);
        }
        return None;
    }
    for suf in ["'s", "'re", "'ve", "'ll", "'d", "'m"] {
        if lower.ends_with(suf) && lower.len() > suf.len() {
            let apos = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c)).map(|(i, _)| i)?;
            if apos > 0 {
                return Some(apos);
            }
        }
    }
    None
}

/// Splits `text[range]` into tokens, appending their spans to `out`.
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}' {
            continue;
        }
        // URLs and e-mail-ish runs.
        if (c == 'h' || c == 'w')
            && (text[i..].starts_with("http://") || text[i..].starts_with("https://") || text[i..].starts_with("www."))
        {
            let mut end = text[i..].find(char::is_whitespace).map_or(text.len(), |e| i + e);
            while end > i + 1 && matches!(bytes[end - 1], b'.' | b',' | b';' | b':' | b')' | b'"' | b'\'' | b'!' | b'?')
            {
                end -= 1;
            }
            out.push(Span::new(base + i, base + end));
            while let Some(&(j, _)) = it.peek() {
                if j >= end {
                    break;
                }
                it.next();
            }
            continue;
        }
        if is_word_char(c) || ((c == '@' || c == '#') && it.peek().is_some_and(|&(_, d)| d.is_alphanumeric())) {
            // A word run.
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    it.next();
                    end = j + d.len_utf8();
                    continue;
                }
                // Joiners that stay inside a word when a word char follows.
                let next = text[j + d.len_utf8()..].chars().next();
                let prev = text[..j].chars().next_back().unwrap_or(' ');
                let joins = match d {
                    '.' => next.is_some_and(|n| n.is_alphanumeric()),
                    ',' => {
                        prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) && {
                            // "1,000" but not "1,2" lists: three digits follow.
                            let rest = &text[j + 1..];
                            rest.len() >= 3
                                && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                                && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
                        }
                    }
                    ':' | '/' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    '&' => prev.is_uppercase() && next.is_some_and(|n| n.is_uppercase()),
                    '\'' | '\u{2019}' => prev.is_alphanumeric() && next.is_some_and(|n| n.is_alphabetic()),
                    '-' => iso_date_at(text, start, j),
                    _ => false,
                };
                if !joins {
                    break;
                }
                it.next();
                end = j + d.len_utf8();
            }
            // Trailing period of an abbreviation.
            if text[end..].starts_with('.') {
                let cand = &text[start..end + 1];
                let ab = abbrev_kind(cand);
                let is_number = text[start..end].bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
                if ab != Abbrev::None && !is_number {
                    // "No." only before a number.
                    let lower = text[start..end].to_ascii_lowercase();
                    let ok = if lower == "no" || lower == "nos" || lower == "art" || lower == "fig" {
                        text[end + 1..].trim_start().starts_with(|ch: char| ch.is_ascii_digit())
                    } else {
                        true
                    };
                    if ok {
                        it.next();
                        end += 1;
                    }
                }
            }
            let word = &text[start..end];
            if let Some(cut) = clitic_split(word) {
                out.push(Span::new(base + start, base + start + cut));
                out.push(Span::new(base + start + cut, base + end));
            } else {
                out.push(Span::new(base + start, base + end));
            }
            continue;
        }
        // Punctuation and symbols: repeated marks stay together ("...", "--", "?!").
        let mut end = i + c.len_utf8();
        if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_') {
            while let Some(&(j, d)) = it.peek() {
                let same = d == c || (matches!(c, '!' | '?') && matches!(d, '!' | '?'));
                if !same {
                    break;
                }
                it.next();
                end = j + d.len_utf8();
            }
        }
        // Combining marks or variation selectors stay with their base.
        while let Some(&(j, d)) = it.peek() {
            if !is_combining(d) {
                break;
            }
            it.next();
            end = j + d.len_utf8();
        }
        out.push(Span::new(base + i, base + end));
    }
}

/// True when `text[start..]` is an ISO date `YYYY-MM-DD` and `hyphen` is one
/// of its hyphens.
fn iso_date_at(text: &str, start: usize, hyphen: usize) -> bool {
    let b = text.as_bytes();
    if b.len() < start + 10 {
        return false;
    }
    let d = &b[start..start + 10];
    let shape = d.iter().enumerate().all(|(k, &x)| if k == 4 || k == 7 { x == b'-' } else { x.is_ascii_digit() });
    shape
        && (hyphen == start + 4 || hyphen == start + 7)
        && !b.get(start + 10).is_some_and(|x| x.is_ascii_alphanumeric())
}

/// Tokenizes a whole text.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, 0, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            toks("U.S. and Ukrainian officials can't meet Trump’s envoy."),
            ["U.S.", "and", "Ukrainian", "officials", "ca", "n't", "meet", "Trump", "’s", "envoy", "."]
        );
        assert_eq!(
            toks("some $65 billion, 3.5% at 10:30 a.m."),
            ["some", "$", "65", "billion", ",", "3.5", "%", "at", "10:30", "a.m."]
        );
        assert_eq!(toks("the U.S.-Ukraine deal"), ["the", "U.S.", "-", "Ukraine", "deal"]);
        assert_eq!(toks("Gen. J. Smith on 2025-03-11..."), ["Gen.", "J.", "Smith", "on", "2025-03-11", "..."]);
        assert_eq!(
            toks("1,000 troops; 1,2 and 12,5000"),
            ["1,000", "troops", ";", "1", ",", "2", "and", "12", ",", "5000"]
        );
        assert_eq!(toks("“Why?” he asked."), ["“", "Why", "?", "”", "he", "asked", "."]);
        assert_eq!(toks("see https://example.com/a?b=1."), ["see", "https://example.com/a?b=1", "."]);
        assert_eq!(toks("AT&T and O'Brien's"), ["AT&T", "and", "O'Brien", "'s"]);
        assert_eq!(toks("No. 1 said no."), ["No.", "1", "said", "no", "."]);
    }

    #[test]
    fn spans_cover_text() {
        let t = "Zelenskiy, who was in Saudi Arabia — on Monday — said: “No.”";
        for s in tokenize(t) {
            assert!(!s.slice(t).trim().is_empty());
        }
    }
}
