//! Durations as a parse function only ("1.5 hours", "2 years and 3
//! months", "half an hour"): the time layer owns durations in documents.

use crate::number::{parse_digits, parse_num, NumOpts};
use crate::toks::Toks;
use dateline_core::tokenize::tokenize;

/// Time grains, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months (30 days when mixed with finer grains).
    Month,
    /// Quarters (3 months).
    Quarter,
    /// Years (12 months; 365 days when mixed with finer grains).
    Year,
}

impl Grain {
    const ALL: [Grain; 8] =
        [Grain::Second, Grain::Minute, Grain::Hour, Grain::Day, Grain::Week, Grain::Month, Grain::Quarter, Grain::Year];

    /// Lower-case name ("second", ..., "year").
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }

    /// ISO 8601 duration of `v` of this grain ("P3Y", "PT90M").
    pub fn iso(self, v: f64) -> String {
        let n = if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") };
        match self {
            Grain::Second => format!("PT{n}S"),
            Grain::Minute => format!("PT{n}M"),
            Grain::Hour => format!("PT{n}H"),
            Grain::Day => format!("P{n}D"),
            Grain::Week => format!("P{n}W"),
            Grain::Month => format!("P{n}M"),
            Grain::Quarter => format!("P{n}Q"),
            Grain::Year => format!("P{n}Y"),
        }
    }

    fn secs(self) -> f64 {
        match self {
            Grain::Second => 1.0,
            Grain::Minute => 60.0,
            Grain::Hour => 3600.0,
            Grain::Day => 86400.0,
            Grain::Week => 7.0 * 86400.0,
            Grain::Month => 30.0 * 86400.0,
            Grain::Quarter => 91.0 * 86400.0,
            Grain::Year => 365.0 * 86400.0,
        }
    }

    fn months(self) -> f64 {
        match self {
            Grain::Month => 1.0,
            Grain::Quarter => 3.0,
            Grain::Year => 12.0,
            _ => 0.0,
        }
    }

    fn finer(self) -> Option<Grain> {
        let i = Grain::ALL.iter().position(|g| *g == self)?;
        i.checked_sub(1).and_then(|j| Grain::ALL.get(j).copied())
    }
}

/// A parsed duration: `value` units of `grain`, expressed in the coarsest
/// grain (no coarser than the finest one written) where it is whole.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    /// How many.
    pub value: f64,
    /// Of what.
    pub grain: Grain,
}

impl Duration {
    /// ISO 8601 form ("PT90M").
    pub fn iso(&self) -> String {
        self.grain.iso(self.value)
    }
}

fn grain_word(w: &str, standalone_letter: bool) -> Option<Grain> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" | "\"" => Grain::Second,
        "minute" | "minutes" | "min" | "mins" | "'" | "\u{2019}" => Grain::Minute,
        "hour" | "hours" | "hr" | "hrs" => Grain::Hour,
        "day" | "days" => Grain::Day,
        "week" | "weeks" | "wk" | "wks" => Grain::Week,
        "month" | "months" | "mo" | "mos" => Grain::Month,
        "quarter" | "quarters" | "qtr" | "qtrs" => Grain::Quarter,
        "year" | "years" | "yr" | "yrs" => Grain::Year,
        "s" if standalone_letter => Grain::Second,
        "m" if standalone_letter => Grain::Minute,
        "h" if standalone_letter => Grain::Hour,
        "d" if standalone_letter => Grain::Day,
        "w" if standalone_letter => Grain::Week,
        "y" if standalone_letter => Grain::Year,
        _ => return None,
    })
}

/// Parses a whole string as a duration: "1.5 hours" = 90 minutes,
/// "2 years and 3 months" = 27 months, "half an hour", "an hour and a
/// half", "1 hour thirty", "2'" (minutes).
///
/// ```
/// use dateline_amounts::{parse_duration, Grain};
/// let d = parse_duration("1.5 hours").unwrap();
/// assert_eq!((d.value, d.grain), (90.0, Grain::Minute));
/// assert_eq!(parse_duration("2 years and 3 months").unwrap().value, 27.0);
/// assert_eq!(parse_duration("minutes"), None);
/// ```
pub fn parse_duration(text: &str) -> Option<Duration> {
    let s = text.trim();
    if s.is_empty() || s.len() > 300 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let spans = tokenize(s);
    let t = Toks { text: s, lower: &lower, spans: &spans };
    let mut parts: Vec<(f64, Grain)> = Vec::new();
    let mut k = 0;
    let n = t.len();
    let o = NumOpts { standalone: false, money: false };
    while k < n {
        // quantity
        let mut q;
        let mut grain_from_suffix = None;
        let w = t.w(k);
        if w == "half" {
            q = 0.5;
            k += 1;
            if t.is_any(k, &["a", "an"]) {
                k += 1;
            }
        } else if matches!(w, "a" | "an") {
            q = 1.0;
            k += 1;
        } else if t.raw(k).starts_with(|c: char| c.is_ascii_digit())
            && parse_digits(t.raw(k)).is_some_and(|d| d.num_len < t.raw(k).len())
        {
            let raw = t.raw(k);
            let d = parse_digits(raw)?;
            q = d.value;
            grain_from_suffix = Some(grain_word(&raw[d.num_len..].to_ascii_lowercase(), true)?);
            k += 1;
        } else {
            let num = parse_num(&t, k, None, o)?;
            q = num.value;
            k = num.end;
            if t.is(k, "of") {
                k += 1;
            }
            // "one and two quarter(s) (of) hour", "one and quarter hour"
            if t.is(k, "and") {
                let (m, j) = match t.w(k + 1) {
                    "quarter" | "quarters" => (1.0, k + 2),
                    "a" | "one" if t.is_any(k + 2, &["quarter"]) => (1.0, k + 3),
                    "two" if t.is_any(k + 2, &["quarter", "quarters"]) => (2.0, k + 3),
                    "three" if t.is_any(k + 2, &["quarter", "quarters"]) => (3.0, k + 3),
                    _ => (0.0, k),
                };
                if m > 0.0 {
                    q += m / 4.0;
                    k = j;
                    if t.is(k, "of") {
                        k += 1;
                    }
                }
            }
        }
        let grain = match grain_from_suffix {
            Some(g) => g,
            None => {
                while t.is_any(k, &["more", "additional", "extra", "less", "fewer"]) {
                    k += 1;
                }
                let raw = t.raw(k);
                let g = grain_word(t.w(k), raw.len() == 1 && k + 1 == n).or_else(|| grain_word(raw, false))?;
                k += 1;
                g
            }
        };
        parts.push((q, grain));
        // "and a half", "and half"
        if t.is(k, "and") && (t.is(k + 1, "half") || (t.is_any(k + 1, &["a", "an"]) && t.is(k + 2, "half"))) {
            parts.push((0.5, grain));
            k += if t.is(k + 1, "half") { 2 } else { 3 };
        }
        if k >= n {
            break;
        }
        // separators
        let mut j = k;
        if t.raw(j) == "," {
            j += 1;
        }
        if t.is(j, "and") {
            j += 1;
        }
        // "1 hour thirty": a bare trailing number of the next finer grain
        if matches!(grain, Grain::Hour | Grain::Minute) {
            if let Some(num) = parse_num(&t, j, None, o) {
                if num.end == n && num.suffix_at.is_none() {
                    let g = if grain == Grain::Hour { Grain::Minute } else { Grain::Second };
                    parts.push((num.value, g));
                    k = n;
                    break;
                }
            }
        }
        if j == k {
            // no separator: another part may follow directly ("2 years 3 months")
        }
        k = j;
    }
    if parts.is_empty() || k < n {
        return None;
    }
    let finest = parts.iter().map(|p| p.1).min()?;
    let mut g = finest;
    loop {
        let v: f64 = if g >= Grain::Month {
            parts.iter().map(|(q, pg)| q * pg.months()).sum::<f64>() / g.months()
        } else {
            parts.iter().map(|(q, pg)| q * pg.secs()).sum::<f64>() / g.secs()
        };
        if (v - v.round()).abs() < 1e-9 || g == Grain::Second {
            return Some(Duration { value: if (v - v.round()).abs() < 1e-9 { v.round() } else { v }, grain: g });
        }
        // weeks rarely express a fraction of a month; go on to days
        g = g.finer()?;
        if g == Grain::Week && finest > Grain::Week {
            g = Grain::Day;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let d = |s: &str| parse_duration(s).map(|d| (d.value, d.grain));
        assert_eq!(d("half an hour"), Some((30.0, Grain::Minute)));
        assert_eq!(d("1/2h"), Some((30.0, Grain::Minute)));
        assert_eq!(d("a month and a half"), Some((45.0, Grain::Day)));
        assert_eq!(d("1 year, 2 days, 3 hours and 4 seconds"), Some((31719604.0, Grain::Second)));
        assert_eq!(d("1 hour thirty"), Some((90.0, Grain::Minute)));
        assert_eq!(d("one and three quarters of hours"), Some((105.0, Grain::Minute)));
        assert_eq!(d("I second that"), None);
        assert_eq!(d("for months"), None);
    }
}
