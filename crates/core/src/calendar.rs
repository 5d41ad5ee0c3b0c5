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
