//! Month and weekday names: the one table the layers read when they ask
//! whether a word names a month or a day of the week.
//!
//! ```
//! use dateline_core::calendar::{month_name, weekday_name};
//! assert_eq!(month_name("Sept.").map(|m| (m.number, m.abbreviated)), Some((9, true)));
//! assert_eq!(month_name("MARCH").map(|m| m.number), Some(3));
//! assert_eq!(weekday_name("Tuesday"), Some(2));
//! assert_eq!(month_name("marching"), None);
//! ```

/// A word that names a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthName {
    /// 1 (January) to 12 (December).
    pub number: u32,
    /// An abbreviation ("Jan", "Sept."), not the full name ("May" is full).
    pub abbreviated: bool,
}

/// The month a full name or an abbreviation stands for ("march", "Mar.",
/// "sep", "Sept"); case-insensitive, one trailing period allowed. Words
/// that are also common words ("may", "march", "mar") are months here:
/// the caller decides from context.
pub fn month_name(word: &str) -> Option<MonthName> {
    let w = lower(word.strip_suffix('.').unwrap_or(word))?;
    let (number, abbreviated) = match w.as_str() {
        "january" => (1, false),
        "jan" => (1, true),
        "february" => (2, false),
        "feb" => (2, true),
        "march" => (3, false),
        "mar" => (3, true),
        "april" => (4, false),
        "apr" => (4, true),
        "may" => (5, false),
        "june" => (6, false),
        "jun" => (6, true),
        "july" => (7, false),
        "jul" => (7, true),
        "august" => (8, false),
        "aug" => (8, true),
        "september" => (9, false),
        "sep" | "sept" => (9, true),
        "october" => (10, false),
        "oct" => (10, true),
        "november" => (11, false),
        "nov" => (11, true),
        "december" => (12, false),
        "dec" => (12, true),
        _ => return None,
    };
    Some(MonthName { number, abbreviated })
}

/// The ISO day of the week (1 = Monday ... 7 = Sunday) a full weekday name
/// stands for; case-insensitive. Abbreviations ("Sun", "Wed") are left to
/// callers that can tell them from words.
pub fn weekday_name(word: &str) -> Option<u32> {
    Some(match lower(word)?.as_str() {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    })
}

/// The word in ASCII lower case; None for words no name here can match
/// (longer than "september" or not ASCII), so the hot path never allocates
/// for them.
fn lower(w: &str) -> Option<String> {
    (w.len() <= 9 && w.is_ascii()).then(|| w.to_ascii_lowercase())
}

/// How many words a dateline (with the first word after it) spans at most:
/// a place of 6 words, a region of 4, a month, day and year, an agency in
/// parentheses of up to 6 or a press wire between slashes, the dash and
/// one word.
pub const DATELINE_WORDS: usize = 26;

/// The index of the dash that ends a wire dateline opening `words`
/// ("NAIROBI , May 6 -", "LONDON , March 10 ( Reuters ) -", "PORTLAND ,
/// Maine , Feb. 2 -", "NEW YORK , March 10 , 2025 / PRNewswire / --"): an
/// upper-case place (every word before the first comma), a comma, an
/// optional region and comma, a month with its day (and year) or an agency
/// in parentheses right before the dash (after a date, a press wire between
/// slashes), with words after the dash. "NATO , which met on May 6 - ..."
/// is none.
pub fn dateline_prefix(words: &[&str]) -> Option<usize> {
    let words = &words[..words.len().min(DATELINE_WORDS)];
    let upper = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 1
            && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
    };
    let is_dash = |w: &str| matches!(w, "-" | "--" | "_" | "\u{2013}" | "\u{2014}");
    // Places of up to six words ("SANTA CRUZ DE LA SIERRA , Bolivia").
    let comma = words.iter().take(7).position(|w| *w == "," || *w == "(")?;
    if words[comma] == "(" {
        // No comma: "WASHINGTON ( AP ) -", "BRUSSELS ( Reuters ) -": the
        // agency, one to three capitalized words, right after the place.
        if comma == 0
            || !words[..comma].iter().all(|w| upper(w))
            || words[0].chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            return None;
        }
        let close = comma + 1 + words.iter().skip(comma + 1).take(4).position(|w| *w == ")")?;
        let agency = &words[comma + 1..close];
        let capitalized = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase());
        let k = close + 1;
        return (!agency.is_empty()
            && agency.iter().all(capitalized)
            && words.get(k).is_some_and(|w| is_dash(w))
            && k + 1 < words.len())
        .then_some(k);
    }
    if comma == 0
        || !words[..comma].iter().all(|w| upper(w))
        || words[0].chars().filter(|c| c.is_alphabetic()).count() < 2
    {
        return None;
    }
    let mut k = comma + 1;
    // An optional region: "PORTLAND , Maine ,".
    if words.get(k).is_some_and(|w| month_name(w).is_none()) {
        let next_comma = words.iter().skip(k).take(4).position(|w| *w == ",")?;
        k += next_comma + 1;
    }
    // The month and day (and year), or nothing before an agency.
    if words.get(k).is_some_and(|w| month_name(w).is_some()) {
        let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
        if !words.get(k + 1).is_some_and(|w| day(w)) {
            return None;
        }
        k += 2;
        if words.get(k) == Some(&",")
            && words.get(k + 1).is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        {
            k += 2;
        }
    }
    // An agency: "( Reuters )", or a press wire "/ PRNewswire /".
    if words.get(k) == Some(&"(") {
        let close = words.iter().skip(k).take(6).position(|w| *w == ")")?;
        k += close + 1;
    } else if words.get(k) == Some(&"/") && k > comma + 1 {
        let close = words.iter().skip(k + 1).take(4).position(|w| *w == "/")?;
        k += close + 2;
    }
    let dated_or_agency = k > comma + 1;
    (dated_or_agency && words.get(k).is_some_and(|w| is_dash(w)) && k + 1 < words.len()).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_and_weekday_round_trips() {
        let full = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        for (i, m) in full.iter().enumerate() {
            let got = month_name(m).unwrap();
            assert_eq!((got.number, got.abbreviated), (i as u32 + 1, false), "{m}");
            if m.len() > 3 {
                let ab = month_name(&format!("{}.", &m[..3])).unwrap();
                assert_eq!((ab.number, ab.abbreviated), (i as u32 + 1, true), "{m}");
            }
        }
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (i, d) in days.iter().enumerate() {
            assert_eq!(weekday_name(d), Some(i as u32 + 1));
        }
    }

    #[test]
    fn other_words_are_not_names() {
        for w in ["", ".", "ma", "marc", "decades", "mon", "sun", "Januaryy", "jan..", "é"] {
            assert_eq!(month_name(w), None, "{w}");
            assert_eq!(weekday_name(w), None, "{w}");
        }
    }
}
