//! Quote-mark scanning: finds the stretches of text between quotation marks.
//!
//! Handles straight (`"`) and curly (`“ ”`) double quotes, guillemets
//! (`« »`, `„`), and single quotes used as quotes (`‘ ’`, `'`) while telling
//! them from apostrophes ("don't", "leaders'", "'90s"). A quote that runs
//! over several paragraphs is opened again at the start of each paragraph
//! and closed only at the end: it comes out as one run. Single quotes inside
//! an open double quote are nested quotes and belong to the outer run, as
//! are curly double quotes opened inside a curly quote when closing marks
//! for both follow in the paragraph. A quote over a wrapped line (wire
//! copy: one line break, no indent) stays open when its closing mark
//! follows in the paragraph. A nickname in marks inside a name (`Marcia
//! "Cia" Price`) is no quote. [`paragraph_starts`] gives the paragraphs
//! in the same sense, for the rules that look for a quote's paragraph.

use dateline_core::Span;

/// One stretch of quoted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteRun {
    /// The opening mark (first paragraph's).
    pub open: Span,
    /// The closing mark; `None` when the paragraph ended without one.
    pub close: Option<Span>,
    /// The text between the marks.
    pub inner: Span,
    /// True for double quotes and guillemets, false for single quotes.
    pub double: bool,
    /// True when the run continues over a paragraph break.
    pub multi_paragraph: bool,
}

impl QuoteRun {
    /// From the opening mark to the closing mark (or the end of the inner text).
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.inner.end, |c| c.end))
    }
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«')
        }
    }
}

fn is_close_follow(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => !c.is_alphanumeric(),
    }
}

/// Elisions that start with an apostrophe ("'em", "'90s", "'til").
fn is_elision(rest: &str) -> bool {
    let lower: String = rest.chars().take(6).flat_map(char::to_lowercase).collect();
    let first = rest.chars().next();
    if first.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    ["em ", "em,", "em.", "til ", "cause ", "n ", "n'", "tis ", "twas "].iter().any(|p| lower.starts_with(p))
}

/// Scans `text` for quoted runs, in text order. Never fails; unbalanced
/// marks are dropped or closed at the end of their paragraph.
pub fn scan(text: &str) -> Vec<QuoteRun> {
    // Two apostrophes ('' as in some newswire text) or two backticks
    // (``) are one double quotation mark: merged into a straight '"' whose
    // mark is two bytes long.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    let mut lens: Vec<usize> = Vec::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((pos, c)) = it.next() {
        // Three apostrophes after a word close a nested single quote and
        // then the double one ("on 'Fox and Friends,''' said").
        if c == '\''
            && text[pos..].starts_with("'''")
            && text[..pos].chars().next_back().is_some_and(|p| !p.is_whitespace())
        {
            chars.push((pos, '\''));
            lens.push(1);
            it.next();
            it.next();
            chars.push((pos + 1, '"'));
            lens.push(2);
            continue;
        }
        if (c == '\'' || c == '`') && it.peek().is_some_and(|&(_, d)| d == c) {
            it.next();
            chars.push((pos, '"'));
            lens.push(2);
        } else {
            chars.push((pos, c));
            lens.push(c.len_utf8());
        }
    }
    let n = chars.len();
    let ahead = Ahead::new(&chars);
    let mut out = Vec::new();
    // The open double quote: (opening mark span, multi-paragraph).
    let mut dbl: Option<(Span, bool)> = None;
    let mut sgl: Option<Span> = None;
    // Curly double quotes opened inside the open double quote and not yet
    // closed ("...what he calls “hell” than live...").
    let mut nested = 0usize;
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let mark = Span::new(pos, pos + lens[i]);
        if c == '\n' {
            // A paragraph break ends open single quotes; a double quote
            // continues when the next paragraph opens with a quote again.
            // A line wrapped inside a paragraph (one line break, the next
            // line not indented, as in wire copy) keeps an open double
            // quote when its closing mark follows in the paragraph; a line
            // ending a sentence is no wrap (a credit line under a quote).
            if dbl.is_some() && !line_ends_sentence(&chars[..i]) && ahead.soft_wrap(&chars, i + 1) {
                i += 1;
                continue;
            }
            sgl = None;
            nested = 0;
            if let Some((open, _)) = dbl {
                let mut j = i;
                while j < n && chars[j].1.is_whitespace() {
                    j += 1;
                }
                if j >= n {
                    break;
                }
                let para_break = chars[i..j].iter().filter(|&&(_, c)| c == '\n').count() >= 1;
                // A quote opened in the middle of a sentence ("is “really
                // an amorphous position") that reaches the paragraph end
                // lost its closing mark; only quotes opened at a paragraph
                // start or after punctuation run over paragraphs.
                let before = text[..open.start].trim_end_matches([' ', '\t']).chars().last();
                let opened_as_quote = before.is_none_or(|b| !b.is_alphanumeric());
                if para_break && opened_as_quote && matches!(chars[j].1, '“' | '"' | '«' | '„') {
                    dbl = Some((open, true));
                    i = j + 1;
                    continue;
                }
                // Unclosed: the run ends with its paragraph.
                let end = trim_end(text, pos);
                if end > open.end {
                    out.push(QuoteRun {
                        open,
                        close: None,
                        inner: Span::new(open.end, end),
                        double: true,
                        multi_paragraph: false,
                    });
                }
                dbl = None;
            }
            i += 1;
            continue;
        }
        match c {
            '“' | '«' | '„' if dbl.is_none() => {
                dbl = Some((mark, false));
                sgl = None;
                nested = 0;
            }
            // A curly quote opened inside a curly quote is nested when a
            // closing mark for the outer one still follows in the paragraph.
            '“' if prev.is_some_and(char::is_whitespace)
                && next.is_some_and(char::is_alphanumeric)
                && dbl.is_some_and(|(o, _)| text[o.range()] == *"“")
                && ahead.curly_closers(i + 1) >= nested + 2 =>
            {
                nested += 1;
            }
            '”' if nested > 0 => {
                nested -= 1;
            }
            // A misprinted closing mark ("Apparently not,“ he said).
            '“' if prev.is_some_and(|p| !p.is_whitespace()) && is_close_follow(next) => {
                if let Some((open, multi)) = dbl {
                    out.push(QuoteRun {
                        open,
                        close: Some(mark),
                        inner: Span::new(open.end, pos),
                        double: true,
                        multi_paragraph: multi,
                    });
                    dbl = None;
                }
            }
            '”' | '»' | '"' => {
                if let Some((open, multi)) = dbl {
                    out.push(QuoteRun {
                        open,
                        close: Some(mark),
                        inner: Span::new(open.end, pos),
                        double: true,
                        multi_paragraph: multi,
                    });
                    dbl = None;
                } else if (c == '"' || c == '”') && is_open_context(prev) && next.is_some_and(|x| !x.is_whitespace())
                {
                    dbl = Some((mark, false));
                    sgl = None;
                }
            }
            '‘' | '\'' if dbl.is_none() && sgl.is_none() => {
                let rest = &text[mark.end..];
                if is_open_context(prev) && next.is_some_and(|x| x.is_alphanumeric()) && !is_elision(rest) {
                    sgl = Some(mark);
                }
            }
            '’' | '\'' if dbl.is_none() => {
                if let Some(open) = sgl {
                    if prev.is_some_and(|p| !p.is_whitespace()) && is_close_follow(next) && pos > open.end {
                        // "leaders' " is an apostrophe when a later mark closes
                        // better; accept the first plausible close.
                        out.push(QuoteRun {
                            open,
                            close: Some(mark),
                            inner: Span::new(open.end, pos),
                            double: false,
                            multi_paragraph: false,
                        });
                        sgl = None;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some((open, multi)) = dbl {
        let end = trim_end(text, text.len());
        if end > open.end {
            out.push(QuoteRun {
                open,
                close: None,
                inner: Span::new(open.end, end),
                double: true,
                multi_paragraph: multi,
            });
        }
    }
    out.retain(|r| !text[r.inner.range()].trim().is_empty() && !is_nickname(text, r));
    out.sort_by_key(|r| r.open.start);
    out
}

/// A nickname inside a name (`Marcia "Cia" Price`, `Dwayne "The Rock"
/// Johnson`): one or two capitalized words in marks between two
/// capitalized words, no punctuation around.
fn is_nickname(text: &str, r: &QuoteRun) -> bool {
    let Some(close) = r.close else { return false };
    let inner = &text[r.inner.range()];
    let words: Vec<&str> = inner.split(' ').collect();
    let capitalized = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    if words.len() > 2 || !words.iter().all(|w| capitalized(w)) {
        return false;
    }
    let before = text[..r.open.start].strip_suffix(' ').and_then(|t| t.split(' ').next_back());
    let after = text[close.end..].strip_prefix(' ').and_then(|t| t.split(' ').next());
    let name_word = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    before.is_some_and(|w| name_word(w) && !w.ends_with([',', '.'])) && after.is_some_and(name_word)
}

/// True when the line that `line` ends (the characters before a line
/// break) ends a sentence: its last character other than a space is `.`,
/// `!` or `?` (trailing spaces and a `\r` of a CRLF break do not count).
fn line_ends_sentence(line: &[(usize, char)]) -> bool {
    line.iter()
        .rev()
        .map(|&(_, c)| c)
        .take_while(|&c| c != '\n')
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?'))
}

/// The byte offsets where the paragraphs of `text` start, the first at 0,
/// in the sense of [`scan`]: a paragraph ends at a line break before a
/// blank or indented line, or at a line break that wraps no line: the
/// line ends a sentence or the next line opens with a quotation mark
/// (`''` included). A line break inside a sentence, the next line starting with a
/// word (wire copy), only wraps a line. Line breaks and spaces between two
/// paragraphs belong to the one before.
pub fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut pending = false;
    let mut last = None;
    let mut it = text.char_indices().peekable();
    while let Some((pos, c)) = it.next() {
        if c == '\n' {
            let next = it.peek().map(|&(_, d)| d);
            let brk = next.is_none_or(|d| d.is_whitespace() || matches!(d, '“' | '"' | '«' | '„' | '‘' | '\'' | '`'))
                || last.is_some_and(|l| matches!(l, '.' | '!' | '?'));
            pending |= brk;
            last = None;
            continue;
        }
        if !c.is_whitespace() {
            if pending && pos > 0 {
                starts.push(pos);
            }
            pending = false;
            last = Some(c);
        }
    }
    starts
}

/// What lies ahead of each position, computed once (linear in the text):
/// the next closing double mark, the next paragraph end (a line break
/// before a blank or indented line, or the text end) and the closing curly
/// marks left in the paragraph.
struct Ahead {
    closer: Vec<usize>,
    para_end: Vec<usize>,
    curly: Vec<u32>,
}

impl Ahead {
    fn new(chars: &[(usize, char)]) -> Ahead {
        let n = chars.len();
        let (mut closer, mut para_end, mut curly) = (vec![n; n + 1], vec![n; n + 1], vec![0u32; n + 1]);
        for k in (0..n).rev() {
            let c = chars[k].1;
            closer[k] = if matches!(c, '”' | '"' | '»') { k } else { closer[k + 1] };
            let blank_next = chars.get(k + 1).is_none_or(|&(_, d)| d.is_whitespace());
            para_end[k] = if c == '\n' && blank_next { k } else { para_end[k + 1] };
            curly[k] = match c {
                '\n' if blank_next => 0,
                '”' => curly[k + 1] + 1,
                _ => curly[k + 1],
            };
        }
        Ahead { closer, para_end, curly }
    }

    /// True at `at`, the start of a line after a break that only wraps a
    /// line: the line starts with a word or a mark that is no opening
    /// quote, and a closing double mark comes before the paragraph ends.
    fn soft_wrap(&self, chars: &[(usize, char)], at: usize) -> bool {
        match chars.get(at) {
            Some(&(_, c)) if !c.is_whitespace() && !matches!(c, '“' | '"' | '«' | '„') => {}
            _ => return false,
        }
        self.closer[at] < self.para_end[at]
    }

    /// Closing curly double marks from `at` to the paragraph end.
    fn curly_closers(&self, at: usize) -> usize {
        self.curly.get(at).map_or(0, |&c| c as usize)
    }
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        scan(text).iter().map(|r| &text[r.inner.range()]).collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(inner("He said \"We won,\" and left."), vec!["We won,"]);
        assert_eq!(inner("“We won,” he said, “and we stay.”"), vec!["We won,", "and we stay."]);
        assert_eq!(inner("Il a dit « non » hier."), vec![" non "]);
        assert_eq!(inner("“Apparently not,“ he said."), vec!["Apparently not,"]);
        assert_eq!(inner("''We won,'' he said. ''It's 'fine.' ''"), vec!["We won,", "It's 'fine.' "]);
        assert_eq!(inner("''It ran on 'Fox,''' said Al. ''Yes.''"), vec!["It ran on 'Fox,'", "Yes."]);
    }

    #[test]
    fn single_quotes_and_apostrophes() {
        assert_eq!(inner("Officials said ‘no deal’ today, but don't worry."), vec!["no deal"]);
        assert_eq!(inner("The leaders' talks in the '90s didn't help."), Vec::<&str>::new());
        assert_eq!(inner("“He called it ‘a farce’ twice,” she said."), vec!["He called it ‘a farce’ twice,"]);
    }

    #[test]
    fn multi_paragraph() {
        let t = "“First part.\n\n“Second part,” she said.";
        let runs = scan(t);
        assert_eq!(runs.len(), 1);
        assert!(runs[0].multi_paragraph);
        assert_eq!(&t[runs[0].inner.range()], "First part.\n\n“Second part,");
    }

    #[test]
    fn mid_sentence_quote_does_not_run_on() {
        let t = "He called it “a vague idea.\n\n“We vote,” he said.";
        assert_eq!(inner(t), vec!["a vague idea.", "We vote,"]);
    }

    #[test]
    fn nested_curly_quotes() {
        let t = "“I would rather live in what he calls “hell” than in his world.” ― A reader";
        assert_eq!(inner(t), vec!["I would rather live in what he calls “hell” than in his world."]);
        // With no closing mark left for the outer quote, the mark closes it.
        assert_eq!(inner("“We said “no more,” she said."), vec!["We said “no more,"]);
    }

    #[test]
    fn nicknames_are_no_quotes() {
        assert_eq!(inner("Rep. Jane \"JJ\" Doe spoke, and “We won,” she said."), vec!["We won,"]);
        assert_eq!(inner("Wrestler Dwayne “The Rock” Johnson smiled."), Vec::<&str>::new());
        assert_eq!(inner("He read “Moby Dick” twice."), vec!["Moby Dick"]);
        assert_eq!(inner("Fans chanted “Go Blue” Monday."), vec!["Go Blue"]);
    }

    #[test]
    fn wrapped_lines_keep_the_quote_open() {
        let t = "    \"It gives us the entry we have been\nafter for years,\" Douglas told analysts.\n    He left.";
        assert_eq!(inner(t), vec!["It gives us the entry we have been\nafter for years,"]);
        // No closing mark in the paragraph: the run ends with its line.
        assert_eq!(inner("He said: “We will go\nand then.\n\nNext."), vec!["We will go"]);
        assert_eq!(inner("\"We will go.\nJo Doe, Center for Studies.\"\n\nNext."), vec!["We will go."]);
    }

    #[test]
    fn a_line_ending_a_sentence_is_no_wrap_whatever_trails_it() {
        // A space or the \r of a CRLF break after the full stop.
        assert_eq!(
            inner("\"The vote is over. \nKim Yates, Office of Elections.\"\n\nLater."),
            vec!["The vote is over."]
        );
        assert_eq!(
            inner("\"The vote is over.\r\nKim Yates, Office of Elections.\"\r\n\r\nLater."),
            vec!["The vote is over."]
        );
    }

    #[test]
    fn nested_curly_quotes_over_a_wrapped_line() {
        // The outer quote's closing mark is on the next line of the same
        // paragraph.
        let t = "“Our guide shouted “run” and\nwe all ran for the trees,” the hiker said.\n\nLater.";
        assert_eq!(inner(t), vec!["Our guide shouted “run” and\nwe all ran for the trees,"]);
        // A closing mark in the next paragraph does not count.
        assert_eq!(inner("“Our guide shouted “run” and\n\nwe ran,” she said."), vec!["Our guide shouted “run"]);
    }

    #[test]
    fn paragraphs_start_after_blank_lines_indents_and_unwrapped_breaks() {
        let t = "Head line\n\nThe fare will rise, the transit\nauthority said. Then\n  indented.\nNew line after a stop.\n“Quote.”";
        let starts: Vec<&str> = paragraph_starts(t).iter().map(|&s| &t[s..s + 4]).collect();
        assert_eq!(starts, vec!["Head", "The ", "inde", "New ", "“Q"]);
        assert_eq!(paragraph_starts("One.  \r\nTwo"), vec![0, 8]);
    }

    #[test]
    fn unclosed_ends_at_paragraph() {
        let t = "He said: “We will go\n\nNext paragraph here.";
        assert_eq!(inner(t), vec!["We will go"]);
    }
}
