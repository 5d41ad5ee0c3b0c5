//! Wire datelines: "LONDON, March 10 (Reuters) -", "SALVADOR, Feb 26 -".

use chrono::NaiveDate;
use dateline_core::calendar::month_name;
use dateline_core::Span;

/// Reads a wire dateline at the top of `text`: an upper-case place (with
/// optional region, "PORTLAND, Maine,"), a comma, a month and day (and an
/// optional year), an optional `(Agency)`, and a dash. Returns the date and
/// the byte span of its date part ("March 10").
///
/// Without a year in the dateline, the year is `year_hint` (typically the
/// year the reader found); with neither, `None`.
///
/// ```
/// use dateline_time::dateline_date;
/// let (date, span) = dateline_date("LONDON, March 10 (Reuters) - Oil rose.", Some(2025)).unwrap();
/// assert_eq!(date.to_string(), "2025-03-10");
/// assert_eq!(span.start, 8);
/// assert_eq!(dateline_date("SALVADOR, Feb 26 - Brazil", Some(2025)).unwrap().0.to_string(), "2025-02-26");
/// assert!(dateline_date("The talks began on March 10.", Some(2025)).is_none());
/// ```
pub fn dateline_date(text: &str, year_hint: Option<i32>) -> Option<(NaiveDate, Span)> {
    let lead = text.len() - text.trim_start().len();
    let head_end = text.len().min(lead + 160);
    let mut cut = head_end;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[lead..cut];
    // Place: up to the first comma, mostly upper-case letters.
    let comma = head.find(',')?;
    let place = &head[..comma];
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || place.len() > 40 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    if !place.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '/' | '\u{2019}')) {
        return None;
    }
    // After the place, an optional region and the date; stop at the dash.
    let rest_start = comma + 1;
    let rest = &head[rest_start..];
    let dash = rest.find([' ', '-', '\u{2013}', '\u{2014}']).map(|_| ()).and_then(|_| {
        rest.char_indices()
            .find(|&(k, c)| {
                (c == '-' || c == '\u{2013}' || c == '\u{2014}')
                    && (k == 0 || rest[..k].ends_with(' ') || rest[..k].ends_with(')'))
            })
            .map(|(k, _)| k)
    })?;
    let mid = &rest[..dash];
    // Find "<Month> <day>[, <year>]" inside `mid` (after an optional region).
    let words: Vec<(usize, &str)> = mid
        .split_inclusive(|c: char| c.is_whitespace() || c == ',' || c == '(')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len();
            Some((at, w))
        })
        .map(|(at, w)| (at, w.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '(')))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    for (k, &(at, w)) in words.iter().enumerate() {
        let Some(m) = month_name(w).map(|m| m.number) else { continue };
        let &(dat, dw) = words.get(k + 1)?;
        let Ok(day) = dw.parse::<u32>() else {
            return None;
        };
        let mut end = dat + dw.len();
        let mut year = year_hint;
        if let Some(&(yat, yw)) = words.get(k + 2) {
            if yw.len() == 4 {
                if let Ok(y) = yw.parse::<i32>() {
                    year = Some(y);
                    end = yat + yw.len();
                }
            }
        }
        let date = NaiveDate::from_ymd_opt(year?, m, day)?;
        let base = lead + rest_start;
        return Some((date, Span::new(base + at, base + end)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let t = "GENEVA, June 14 (Dateline Wire) - Foreign ministers met.";
        let (d, s) = dateline_date(t, Some(2024)).unwrap();
        assert_eq!(d.to_string(), "2024-06-14");
        assert_eq!(&t[s.start..s.end], "June 14");
        let t = "  PORTLAND, Maine, Oct. 3, 2023 \u{2014} The mill closed.";
        let (d, s) = dateline_date(t, None).unwrap();
        assert_eq!(d.to_string(), "2023-10-03");
        assert_eq!(&t[s.start..s.end], "Oct. 3, 2023");
        assert!(dateline_date("Washington, Ukraine's main ally, said on March 3 - no", Some(2025)).is_none());
        assert!(dateline_date("LONDON, March 10 (Reuters) - x", None).is_none());
        assert!(dateline_date("", Some(2025)).is_none());
        assert!(dateline_date("É, \u{2014}", Some(2025)).is_none());
    }
}
