//! A light view over a document's tokens: original and ASCII-lowercased
//! token text, adjacency, and small word tests shared by the parsers.

use dateline_core::Span;

/// Tokens of one text with their lower-cased forms.
pub(crate) struct Toks<'a> {
    /// The original text.
    pub text: &'a str,
    /// `text` with ASCII letters lower-cased (same byte offsets).
    pub lower: &'a str,
    /// Token spans, sorted.
    pub spans: &'a [Span],
}

impl<'a> Toks<'a> {
    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Original text of token `i` ("" when out of range or off boundaries).
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        match self.spans.get(i) {
            Some(s) => self.text.get(s.start..s.end).unwrap_or(""),
            None => "",
        }
    }

    /// Lower-cased text of token `i`, with the trailing period of an
    /// abbreviation removed ("mln." -> "mln", "Rs." -> "rs"); "" when out
    /// of range.
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        let s = match self.spans.get(i) {
            Some(s) => self.lower.get(s.start..s.end).unwrap_or(""),
            None => "",
        };
        if s.len() > 1 && s.ends_with('.') && s.as_bytes()[0].is_ascii_alphabetic() {
            let stem = &s[..s.len() - 1];
            // Keep "u.s." style abbreviations whole (they hold inner periods).
            if !stem.contains('.') {
                return stem;
            }
        }
        s
    }

    /// True when token `i` exists and its lower form is `w`.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.len() && self.w(i) == w
    }

    /// True when token `i` exists and its lower form is one of `ws`.
    #[inline]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        i < self.len() && ws.contains(&self.w(i))
    }

    /// True when tokens `i` and `i + 1` touch (no space between them).
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        match (self.spans.get(i), self.spans.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// True when only spaces (no newline) lie between token `i` and `i+1`.
    #[inline]
    pub fn same_line(&self, i: usize) -> bool {
        match (self.spans.get(i), self.spans.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).is_some_and(|g| !g.contains('\n')),
            _ => false,
        }
    }

    /// Span from the start of token `a` to the end of token `b - 1`.
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        let start = self.spans.get(a).map_or(0, |s| s.start);
        let end = if b > a { self.spans.get(b - 1).map_or(start, |s| s.end) } else { start };
        Span::new(start, end.max(start))
    }

    /// True when token `i` starts with an upper-case letter.
    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when token `i` is a run of letters (periods allowed inside, as in "U.S.").
    #[inline]
    pub fn alpha(&self, i: usize) -> bool {
        let r = self.raw(i);
        !r.is_empty()
            && r.chars().next().is_some_and(char::is_alphabetic)
            && r.chars().all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '\u{2019}')
    }

    /// True when token `i` is a hyphen or dash.
    #[inline]
    pub fn dash(&self, i: usize) -> bool {
        matches!(self.raw(i), "-" | "\u{2013}" | "\u{2014}" | "--")
    }
}

/// Month names and abbreviations (lower case).
pub(crate) fn is_month(w: &str) -> bool {
    dateline_core::calendar::month_name(w).is_some()
}

/// Time units: a number before one is a duration, owned by the time layer.
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "sec"
            | "secs"
            | "minute"
            | "minutes"
            | "min"
            | "mins"
            | "hour"
            | "hours"
            | "hr"
            | "hrs"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "wk"
            | "wks"
            | "month"
            | "months"
            | "mth"
            | "mths"
            | "year"
            | "years"
            | "yr"
            | "yrs"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "quarter"
            | "quarters"
            | "fortnight"
            | "fortnights"
            | "night"
            | "nights"
            | "weekend"
            | "weekends"
            | "a.m."
            | "p.m."
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "edt"
            | "est"
            | "bst"
            | "o'clock"
    )
}
