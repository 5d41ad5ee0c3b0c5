//! Wire datelines: "LONDON, March 10 (Reuters) -", "SALVADOR, Feb 26 -".

use chrono::NaiveDate;
use dateline_core::calendar::{dateline_prefix, month_name, DATELINE_WORDS};
use dateline_core::tokenize::tokenize_into;
use dateline_core::Span;

/// Reads the date of a wire dateline at the top of `text`: an upper-case
/// place (with optional region, "PORTLAND, Maine,"), a comma, a month and
/// day (and an optional year), an optional `(Agency)`, and a dash. Returns
/// the date and the byte span of its date part ("March 10").
///
/// The dateline itself is found by core's one dateline reader,
/// [`dateline_core::calendar::dateline_prefix`] (the one the syntax, entity,
/// quote and event layers use), over core's tokens; this function only reads
/// the month, day and year it holds.
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
    // The dateline's words (and the first word after its dash) lie in the
    // text's first few hundred bytes.
    let mut cut = text.len().min(400);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut spans = Vec::with_capacity(DATELINE_WORDS + 1);
    tokenize_into(&text[..cut], 0, &mut spans);
    spans.truncate(DATELINE_WORDS);
    let words: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
    let dash = dateline_prefix(&words)?;
    // The month (after the place's comma and an optional region), its day
    // and an optional ", <year>".
    let comma = words.iter().position(|w| *w == ",")?;
    let k = (comma + 1..dash).find(|&k| month_name(words[k]).is_some())?;
    let m = month_name(words[k])?.number;
    let day: u32 = words.get(k + 1)?.parse().ok()?;
    let mut end = k + 1;
    let mut year = year_hint;
    if k + 3 < dash && words[k + 2] == "," && words[k + 3].len() == 4 {
        if let Ok(y) = words[k + 3].parse::<i32>() {
            year = Some(y);
            end = k + 3;
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, m, day)?;
    Some((date, Span::new(spans[k].start, spans[end].end)))
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

    #[test]
    fn read_by_cores_dateline_reader() {
        // A comma clause after an upper-case acronym is no dateline, as the
        // other layers (core's `dateline_prefix`) read it.
        let t = "NATO, which met on May 6 - the allies agreed - will meet again.";
        assert!(dateline_date(t, Some(2025)).is_none());
        // Whenever a date is read, `Document::past_dateline` skips the same
        // dateline.
        for t in [
            "GENEVA, June 14 (Dateline Wire) - Foreign ministers met.",
            "PORTLAND, Maine, Oct. 3, 2023 \u{2014} The mill closed.",
            "SALVADOR, Feb 26 - Brazil's central bank held rates.",
        ] {
            assert!(dateline_date(t, Some(2024)).is_some(), "{t}");
            let mut doc = dateline_core::Document::new(dateline_core::Article::new(
                dateline_core::PubDate::parse("2024-06-14").unwrap(),
                t,
            ));
            dateline_core::Extractor::extract(&dateline_core::Segmenter, &mut doc).unwrap();
            let whole = doc.sentences[0].span;
            assert!(doc.past_dateline(whole).start > whole.start, "{t}");
        }
    }
}
