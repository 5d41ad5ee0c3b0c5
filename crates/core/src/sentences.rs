//! Sentence splitting over tokens.
//!
//! Rules, in order:
//! 1. A paragraph break (a blank line, or a newline followed by indentation
//!    as in wire copy) always ends a sentence.
//! 2. `.`, `?`, `!`, `...` end a sentence, together with any closing quotes
//!    or brackets right after them, unless the next token starts in lower
//!    case or is `,;:` ("“Why?” he asked" stays one sentence).
//! 3. A token that is an abbreviation with its period ("U.S.", "Inc.") ends
//!    a sentence only when the next word is a common sentence opener ("The",
//!    "He", "But"...); titles ("Gen.") and initials ("J.") never do.

use crate::span::Span;
use crate::tokenize::{abbrev_kind, Abbrev};
use std::ops::Range;

/// Words that open sentences; after an abbreviation like "U.S." they signal
/// that the abbreviation also ended the sentence.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "But", "And", "In", "On", "At", "Its", "His", "Her", "Their", "Our", "There", "As",
    "If", "When", "While", "After", "Before", "However", "Meanwhile", "Also", "So", "Yet", "For",
    "Some", "Many", "Most", "No", "Not", "What", "Why", "How", "Who", "Where", "Since", "Although",
    "Officials", "According",
];

fn is_terminal(tok: &str) -> bool {
    !tok.is_empty() && tok.chars().all(|c| matches!(c, '.' | '?' | '!' | '…'))
}

fn is_closer(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | "”" | "’" | ")" | "]" | "}" | "»" | "''")
}

/// True when the gap between two tokens holds a paragraph break.
pub fn is_paragraph_break(gap: &str) -> bool {
    let mut newlines = 0;
    let mut after_newline = false;
    let mut indent = 0;
    for c in gap.chars() {
        if c == '\n' {
            newlines += 1;
            after_newline = true;
            indent = 0;
        } else if after_newline && (c == ' ' || c == '\t') {
            indent += if c == '\t' { 4 } else { 1 };
        }
    }
    newlines >= 2 || (newlines == 1 && indent >= 2)
}

/// Splits tokens into sentences; returns each sentence's span and token range.
pub fn split_sentences(text: &str, tokens: &[Span]) -> Vec<(Span, Range<usize>)> {
    let mut out = Vec::new();
    let n = tokens.len();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        let tok = tokens[i].slice(text);
        let mut end_here = false;
        let mut last = i;
        if is_terminal(tok) {
            // Absorb closers glued to the terminal (or to a previous closer).
            while last + 1 < n && is_closer(tokens[last + 1].slice(text)) && tokens[last + 1].start == tokens[last].end
            {
                last += 1;
            }
            end_here = match tokens.get(last + 1) {
                None => true,
                Some(next) => {
                    let nt = next.slice(text);
                    let c = nt.chars().next().unwrap_or(' ');
                    !(c.is_lowercase() || matches!(nt, "," | ";" | ":" | ")"))
                }
            };
        } else if tok.ends_with('.') && tok.len() > 1 && abbrev_kind(tok) == Abbrev::Final {
            end_here = match tokens.get(i + 1) {
                None => true,
                Some(next) => OPENERS.contains(&next.slice(text)),
            };
        }
        // Paragraph break after `last`.
        if !end_here && last + 1 < n && is_paragraph_break(&text[tokens[last].end..tokens[last + 1].start]) {
            end_here = true;
        }
        if end_here || last + 1 >= n {
            out.push((Span::new(tokens[start].start, tokens[last].end), start..last + 1));
            start = last + 1;
        }
        i = last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn sents(t: &str) -> Vec<&str> {
        let toks = tokenize(t);
        split_sentences(t, &toks).into_iter().map(|(s, _)| s.slice(t)).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("U.S. Secretary of State Marco Rubio spoke. Gen. Smith agreed with the U.S. The talks ended."),
            ["U.S. Secretary of State Marco Rubio spoke.", "Gen. Smith agreed with the U.S.", "The talks ended."]
        );
    }

    #[test]
    fn quotes_and_questions() {
        assert_eq!(
            sents("“Why now?” he asked. “We must. We will,” she said.\n\nCEDING TERRITORY?\n\nRead More: a headline"),
            ["“Why now?” he asked.", "“We must.", "We will,” she said.", "CEDING TERRITORY?", "Read More: a headline"]
        );
    }

    #[test]
    fn wire_paragraphs() {
        assert_eq!(sents("Prices rose 5 pct\n    Traders said"), ["Prices rose 5 pct", "Traders said"]);
        assert_eq!(sents("line one\ncontinues here."), ["line one\ncontinues here."]);
    }
}
