//! Word classes for the time scanner: one lookup per token.

/// Calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s), and whether it needs the `T` prefix.
    pub(crate) fn dur(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// Closed-class words the grammar cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum W {
    /// "EOM", "BOM", "EOY", "BOY" (lenient mode only).
    Shorthand,
    Yesterday,
    Right,
    Today,
    Tomorrow,
    Tonight,
    Now,
    Last,
    Next,
    This,
    /// "these" ("these days").
    These,
    Past,
    Previous,
    Coming,
    Following,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Middle,
    Recent,
    Recently,
    Currently,
    Current,
    Future,
    Soon,
    The,
    A,
    Fiscal,
    Few,
    Several,
    Couple,
    Of,
    Every,
    Each,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Noon,
    Midnight,
    Half,
    Beginning,
    End,
    Start,
    Same,
    That,
    From,
    To,
    Through,
    And,
    Or,
    Until,
    Since,
    Before,
    After,
    In,
    On,
    At,
    Between,
    About,
    Around,
    Nearly,
    Almost,
    More,
    Less,
    Than,
    Over,
    Least,
    SomeQ,
    By,
    Weekend,
    Nowadays,
    Previously,
    Formerly,
    Latest,
    Ended,
    Several2,
    Many,
    Hence,
    Period,
    Day,
    Date,
}

/// A token's class.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    Other,
    /// ASCII punctuation token (its first byte).
    Punct(u8),
    /// Pure digits: value and digit count.
    Int(u32, u8),
    Month(u32),
    /// 1 = Monday ... 7 = Sunday.
    Weekday(u32),
    /// A weekday in the plural ("Fridays"): 1 = Monday ... 7 = Sunday.
    WeekdayPl(u32),
    NumWord(u32),
    Ordinal(u32),
    Unit(Unit, bool),
    /// 0 SP, 1 SU, 2 FA, 3 WI.
    Season(u8),
    /// 0 MO, 1 AF, 2 EV, 3 NI.
    PartDay(u8),
    Word(W),
    Clock(u32, u32),
    /// Year, month, day (day 0: the month, as in "2/2013").
    Iso(i32, u32, u32),
    Slash(u32, u32, Option<i32>),
    /// A decade: the value prefix ("199" for the 1990s).
    Decade(i32),
    AmPm(bool),
    Zone,
    /// Possessive clitic 's.
    Poss,
    /// The first word of a holiday name.
    Holi,
    /// A year and quarter in one token: "2018Q4", "18q4".
    YearQ(i32, u32),
}

pub(crate) const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];
pub(crate) const PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

fn parse_u32(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Options that change classification.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LexOpts {
    /// Accept lower-case "march"/"may" as months.
    pub lenient_case: bool,
}

/// Every word `classify` knows (lower case): a fast filter before the match.
const KEYS: &[&str] = &[
    "apr",
    "jun",
    "jul",
    "aug",
    "oct",
    "nov",
    "dec",
    "qtr",
    "qtrs",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "sun.",
    "right",
    "just",
    "a",
    "a.m.",
    "about",
    "after",
    "afternoon",
    "ago",
    "almost",
    "am",
    "an",
    "and",
    "annual",
    "annually",
    "approximately",
    "apr.",
    "april",
    "around",
    "at",
    "aug.",
    "august",
    "autumn",
    "before",
    "beginning",
    "between",
    "bst",
    "by",
    "cdt",
    "centuries",
    "century",
    "cet",
    "ist",
    "coming",
    "couple",
    "cst",
    "current",
    "currently",
    "daily",
    "date",
    "day",
    "days",
    "dec.",
    "decade",
    "decades",
    "december",
    "dozen",
    "each",
    "earlier",
    "early",
    "edt",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighty",
    "eleven",
    "eleventh",
    "end",
    "ended",
    "ending",
    "ends",
    "est",
    "evening",
    "every",
    "fall",
    "feb",
    "feb.",
    "february",
    "few",
    "fewer",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifty",
    "first",
    "fiscal",
    "five",
    "following",
    "formerly",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "fri.",
    "friday",
    "from",
    "future",
    "gmt",
    "half",
    "hence",
    "hour",
    "hours",
    "hr",
    "hrs",
    "hundred",
    "in",
    "jan",
    "jan.",
    "january",
    "jul.",
    "july",
    "jun.",
    "june",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "least",
    "less",
    "many",
    "mar.",
    "march",
    "may",
    "mdt",
    "mid",
    "midday",
    "middle",
    "midnight",
    "min",
    "mins",
    "minute",
    "minutes",
    "mon.",
    "monday",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "mst",
    "nearly",
    "next",
    "night",
    "nine",
    "nineteen",
    "nineteenth",
    "ninety",
    "ninth",
    "noon",
    "nov.",
    "november",
    "now",
    "nowadays",
    "eom",
    "eod",
    "bom",
    "eoy",
    "boy",
    "oct.",
    "october",
    "of",
    "on",
    "one",
    "or",
    "over",
    "overnight",
    "p.m.",
    "past",
    "pdt",
    "per",
    "period",
    "pm",
    "preceding",
    "previous",
    "previously",
    "prior",
    "pst",
    "quarter",
    "quarters",
    "recent",
    "recently",
    "roughly",
    "same",
    "sat.",
    "saturday",
    "sec",
    "second",
    "seconds",
    "secs",
    "sep.",
    "sept",
    "sep",
    "h",
    "sept.",
    "september",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventy",
    "several",
    "since",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixty",
    "some",
    "soon",
    "spring",
    "start",
    "summer",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "ten",
    "tenth",
    "than",
    "that",
    "the",
    "third",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "this",
    "these",
    "three",
    "through",
    "thru",
    "thu.",
    "thur.",
    "thurs.",
    "thursday",
    "till",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "tonite",
    "tue.",
    "tues.",
    "tuesday",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "two",
    "until",
    "upcoming",
    "utc",
    "wed.",
    "wednesday",
    "week",
    "weekend",
    "weekly",
    "weeks",
    "winter",
    "wk",
    "wks",
    "year",
    "yearly",
    "years",
    "yesterday",
    "yr",
    "yrs",
];

/// FNV-1a: a small fast hash for short ASCII keys.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvSet = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

fn keyset() -> &'static FnvSet {
    static SET: std::sync::OnceLock<FnvSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| KEYS.iter().chain(crate::holidays::FIRST_WORDS).copied().collect())
}

/// Classifies one token.
pub(crate) fn classify(tok: &str, opts: LexOpts) -> Lex {
    let Some(first) = tok.chars().next() else {
        return Lex::Other;
    };
    if first.is_ascii_digit() {
        return classify_digits(tok, opts.lenient_case);
    }
    if !first.is_alphabetic() {
        if tok.len() == 1 && first.is_ascii() {
            return Lex::Punct(tok.as_bytes()[0]);
        }
        if tok == "\u{2019}s" {
            return Lex::Poss;
        }
        if matches!(tok, "\u{2013}" | "\u{2014}") {
            return Lex::Punct(b'-');
        }
        if tok.starts_with("'") && tok.len() > 1 {
            // '90s
            if let Some(d) = tok[1..].strip_suffix('s').and_then(parse_u32) {
                if tok.len() == 4 {
                    return Lex::Decade(190 + (d as i32) / 10);
                }
            }
            if tok.eq_ignore_ascii_case("'s") {
                return Lex::Poss;
            }
        }
        return Lex::Other;
    }
    if tok.len() > 16 || !tok.is_ascii() {
        return Lex::Other;
    }
    let mut buf = [0u8; 16];
    let b = tok.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    let Ok(low) = std::str::from_utf8(&buf[..b.len()]) else {
        return Lex::Other;
    };
    if !keyset().contains(low) {
        return Lex::Other;
    }
    let cap = first.is_uppercase();
    use Lex::*;
    use W::*;
    match low {
        "january" | "jan." | "jan" => Month(1),
        "february" | "feb." | "feb" => Month(2),
        "march" => {
            if cap || opts.lenient_case {
                Month(3)
            } else {
                Lex::Other
            }
        }
        "mar." => Month(3),
        "april" | "apr." | "apr" => Month(4),
        "may" => {
            if cap || opts.lenient_case {
                Month(5)
            } else {
                Lex::Other
            }
        }
        "june" | "jun." | "jun" => Month(6),
        "july" | "jul." | "jul" => Month(7),
        "august" | "aug." | "aug" => Month(8),
        "september" | "sept." | "sep." | "sept" => Month(9),
        "sep" => {
            if cap || opts.lenient_case {
                Month(9)
            } else {
                Lex::Other
            }
        }
        // "in 1/2 h": an hour, in standalone phrases only.
        "h" if opts.lenient_case => Unit(self::Unit::Hour, false),
        "october" | "oct." | "oct" => Month(10),
        "november" | "nov." | "nov" => Month(11),
        "december" | "dec." | "dec" => Month(12),
        "monday" | "mon." => Weekday(1),
        "tuesday" | "tues." | "tue." => Weekday(2),
        "wednesday" | "wed." => Weekday(3),
        "thursday" | "thu." | "thur." | "thurs." => Weekday(4),
        "friday" | "fri." => Weekday(5),
        "saturday" | "sat." => Weekday(6),
        "sunday" | "sun." => Weekday(7),
        "mondays" => WeekdayPl(1),
        "tuesdays" => WeekdayPl(2),
        "wednesdays" => WeekdayPl(3),
        "thursdays" => WeekdayPl(4),
        "fridays" => WeekdayPl(5),
        "saturdays" => WeekdayPl(6),
        "sundays" => WeekdayPl(7),
        "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun" if opts.lenient_case => {
            let wd = match &low[..2] {
                "mo" => 1,
                "tu" => 2,
                "we" => 3,
                "th" => 4,
                "fr" => 5,
                "sa" => 6,
                _ => 7,
            };
            Weekday(wd)
        }
        "one" => NumWord(1),
        "two" => NumWord(2),
        "three" => NumWord(3),
        "four" => NumWord(4),
        "five" => NumWord(5),
        "six" => NumWord(6),
        "seven" => NumWord(7),
        "eight" => NumWord(8),
        "nine" => NumWord(9),
        "ten" => NumWord(10),
        "eleven" => NumWord(11),
        "twelve" => NumWord(12),
        "thirteen" => NumWord(13),
        "fourteen" => NumWord(14),
        "fifteen" => NumWord(15),
        "sixteen" => NumWord(16),
        "seventeen" => NumWord(17),
        "eighteen" => NumWord(18),
        "nineteen" => NumWord(19),
        "twenty" => NumWord(20),
        "thirty" => NumWord(30),
        "forty" => NumWord(40),
        "fifty" => NumWord(50),
        "sixty" => NumWord(60),
        "seventy" => NumWord(70),
        "eighty" => NumWord(80),
        "ninety" => NumWord(90),
        "hundred" => NumWord(100),
        "dozen" => NumWord(12),
        "first" => Ordinal(1),
        "second" => Ordinal(2),
        "third" => Ordinal(3),
        "fourth" => Ordinal(4),
        "fifth" => Ordinal(5),
        "sixth" => Ordinal(6),
        "seventh" => Ordinal(7),
        "eighth" => Ordinal(8),
        "ninth" => Ordinal(9),
        "tenth" => Ordinal(10),
        "eleventh" => Ordinal(11),
        "twelfth" => Ordinal(12),
        "thirteenth" => Ordinal(13),
        "fourteenth" => Ordinal(14),
        "fifteenth" => Ordinal(15),
        "sixteenth" => Ordinal(16),
        "seventeenth" => Ordinal(17),
        "eighteenth" => Ordinal(18),
        "nineteenth" => Ordinal(19),
        "twentieth" => Ordinal(20),
        "thirtieth" => Ordinal(30),
        "seconds" | "secs" | "sec" => Unit(self::Unit::Second, low.ends_with('s')),
        "minute" | "minutes" | "mins" | "min" => Unit(self::Unit::Minute, low.ends_with('s')),
        "hour" | "hours" | "hrs" | "hr" => Unit(self::Unit::Hour, low.ends_with('s')),
        "day" | "days" => Unit(self::Unit::Day, low.ends_with('s')),
        "week" | "weeks" | "wk" | "wks" => Unit(self::Unit::Week, low.ends_with('s')),
        "month" | "months" => Unit(self::Unit::Month, low.ends_with('s')),
        "quarter" | "quarters" | "qtr" | "qtrs" => Unit(self::Unit::Quarter, low.ends_with('s')),
        "year" | "years" | "yr" | "yrs" => Unit(self::Unit::Year, low.ends_with('s')),
        "decade" | "decades" => Unit(self::Unit::Decade, low.ends_with('s')),
        "century" => Unit(self::Unit::Century, false),
        "centuries" => Unit(self::Unit::Century, true),
        "spring" => Season(0),
        "summer" => Season(1),
        "fall" | "autumn" => {
            if low == "fall" && !cap && !opts.lenient_case {
                // "fall" is mostly a verb; the grammar accepts it after
                // "this/last/next/the/in".
                Season(2)
            } else {
                Season(2)
            }
        }
        "winter" => Season(3),
        "morning" => PartDay(0),
        "afternoon" => PartDay(1),
        "evening" => PartDay(2),
        "night" | "overnight" => PartDay(3),
        "yesterday" => Word(Yesterday),
        "today" => Word(Today),
        "tomorrow" => Word(Tomorrow),
        "tonight" | "tonite" => Word(Tonight),
        "now" => Word(Now),
        "right" | "just" => Word(Right),
        "last" => Word(Last),
        "next" => Word(Next),
        "this" => Word(This),
        "these" => Word(These),
        "past" => Word(W::Past),
        "previous" | "preceding" | "prior" => Word(Previous),
        "coming" | "upcoming" => Word(Coming),
        "following" => Word(Following),
        "ago" => Word(Ago),
        "earlier" => Word(Earlier),
        "later" => Word(Later),
        "early" => Word(Early),
        "late" => Word(Late),
        "mid" => Word(Mid),
        "middle" => Word(Middle),
        "recent" => Word(Recent),
        "recently" | "lately" => Word(Recently),
        "currently" => Word(Currently),
        "current" => Word(Current),
        "future" => Word(Future),
        "soon" => Word(Soon),
        "the" => Word(The),
        "a" | "an" => Word(A),
        "fiscal" => Word(Fiscal),
        "few" => Word(Few),
        "several" => Word(Several),
        "couple" => Word(Couple),
        "of" => Word(Of),
        "every" => Word(Every),
        "each" | "per" => Word(Each),
        "daily" => Word(Daily),
        "weekly" => Word(Weekly),
        "monthly" => Word(Monthly),
        "yearly" | "annually" | "annual" => Word(Yearly),
        "noon" | "midday" => Word(Noon),
        "midnight" => Word(Midnight),
        "half" => Word(Half),
        "beginning" => Word(Beginning),
        "end" => Word(End),
        "start" => Word(Start),
        "same" => Word(Same),
        "that" => Word(That),
        "from" => Word(From),
        "to" => Word(To),
        "through" | "thru" | "till" => Word(Through),
        "and" => Word(And),
        "or" => Word(Or),
        "until" => Word(Until),
        "since" => Word(Since),
        "before" => Word(Before),
        "after" => Word(After),
        "in" => Word(In),
        "on" => Word(On),
        "at" => Word(At),
        "between" => Word(Between),
        "about" | "approximately" | "roughly" => Word(About),
        "around" => Word(Around),
        "nearly" => Word(Nearly),
        "almost" => Word(Almost),
        "more" => Word(More),
        "less" | "fewer" => Word(Less),
        "than" => Word(Than),
        "over" => Word(Over),
        "least" => Word(Least),
        "some" => Word(SomeQ),
        "by" => Word(By),
        "weekend" => Word(Weekend),
        "nowadays" => Word(Nowadays),
        "eom" | "bom" | "eoy" | "boy" | "eod" if opts.lenient_case => Word(Shorthand),
        "previously" => Word(Previously),
        "formerly" => Word(Formerly),
        "latest" => Word(Latest),
        "ended" | "ending" | "ends" => Word(Ended),
        "many" => Word(Many),
        "hence" => Word(Hence),
        "period" => Word(Period),
        "date" => Word(Date),
        "a.m." | "am" => AmPm(false),
        "p.m." | "pm" => AmPm(true),
        "est" | "edt" | "gmt" | "utc" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" | "bst" | "cet" | "ist" => {
            if cap || opts.lenient_case {
                Zone
            } else {
                Lex::Other
            }
        }
        w if crate::holidays::FIRST_WORDS.contains(&w) => {
            if cap || opts.lenient_case {
                Holi
            } else {
                Lex::Other
            }
        }
        _ => {
            // Capitalised "Sept"/"Dec" without period handled above; others:
            let _ = (Several2, Day);
            Lex::Other
        }
    }
}

/// The 24-hour value of a 12-hour clock hour.
fn ampm_hour(h: u32, pm: bool) -> u32 {
    match (pm, h) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    }
}

fn classify_digits(tok: &str, lenient: bool) -> Lex {
    let b = tok.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        return match parse_u32(tok) {
            Some(v) if b.len() <= 8 => Lex::Int(v, b.len() as u8),
            _ => Lex::Other,
        };
    }
    let lower = tok.to_ascii_lowercase();
    // 10am, 3pm, 3:30pm, 15h
    for (suf, pm) in [("am", Some(false)), ("pm", Some(true)), ("a.m.", Some(false)), ("p.m.", Some(true)), ("h", None)]
    {
        if let Some(n) = lower.strip_suffix(suf) {
            // "6:00:00pm": the seconds are read back from the text.
            let (h, m) = match n.split_once(':') {
                Some((h, m)) => {
                    (parse_u32(h), parse_u32(m.split_once(':').map_or(m, |(m, s)| if s.len() == 2 { m } else { "" })))
                }
                None => (parse_u32(n), Some(0)),
            };
            if let (Some(h), Some(m)) = (h, m) {
                if m < 60 {
                    match pm {
                        Some(pm) if (1..=12).contains(&h) => {
                            let h = if pm && h < 12 {
                                h + 12
                            } else if !pm && h == 12 {
                                0
                            } else {
                                h
                            };
                            return Lex::Clock(h + 100, m); // +100: meridiem already applied
                        }
                        None if h <= 24 => return Lex::Clock(h + 100, m),
                        _ => {}
                    }
                }
            }
        }
    }
    // 15h30 (24-hour clock), 3:15p, 12:15a
    if let Some((hs, m)) = lower.split_once('h') {
        if let (Some(h), Some(mv)) = (parse_u32(hs), parse_u32(m)) {
            if h <= 24 && mv < 60 && m.len() == 2 && hs.len() <= 2 {
                return Lex::Clock(h + 100, mv);
            }
        }
    }
    if let Some(stem) = lower.strip_suffix('p').or_else(|| lower.strip_suffix('a')) {
        // Lenient mode (chat-style phrases): "7a", "3p" are 07:00, 15:00.
        if let (true, Some(h)) = (lenient && stem.len() <= 2, parse_u32(stem)) {
            if (1..=12).contains(&h) {
                let pm = lower.ends_with('p');
                return Lex::Clock(ampm_hour(h, pm) + 100, 0);
            }
        }
        if let Some((h, m)) = stem.split_once(':') {
            if let (Some(h), Some(mv)) = (parse_u32(h), parse_u32(m)) {
                if (1..=12).contains(&h) && mv < 60 && m.len() == 2 {
                    let pm = lower.ends_with('p');
                    let h = match (pm, h) {
                        (true, 12) => 12,
                        (true, h) => h + 12,
                        (false, 12) => 0,
                        (false, h) => h,
                    };
                    return Lex::Clock(h + 100, mv);
                }
            }
        }
    }
    // 10:30, 10:30:15
    if let Some((h, rest)) = tok.split_once(':') {
        let m = rest.split(':').next().unwrap_or("");
        if let (Some(h), Some(mv)) = (parse_u32(h), parse_u32(m)) {
            if h <= 24 && mv < 60 && m.len() == 2 && h.to_string().len() <= 2 {
                return Lex::Clock(h, mv);
            }
        }
        return Lex::Other;
    }
    // 2025-03-11
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (parse_u32(&tok[..4]), parse_u32(&tok[5..7]), parse_u32(&tok[8..10])) {
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Lex::Iso(y as i32, m, d);
            }
        }
        return Lex::Other;
    }
    // 3/11/2025, 3/11
    if tok.contains('/') {
        let parts: Vec<&str> = tok.split('/').collect();
        // 2/2013, 2014/10: a month of a year
        if let [a, b] = parts[..] {
            let (m, y) = if a.len() == 4 { (b, a) } else { (a, b) };
            if y.len() == 4 && m.len() <= 2 {
                if let (Some(m), Some(y)) = (parse_u32(m), parse_u32(y)) {
                    if (1..=12).contains(&m) && y >= 1000 {
                        return Lex::Iso(y as i32, m, 0);
                    }
                }
            }
        }
        if parts.len() == 2 || parts.len() == 3 {
            let m = parse_u32(parts[0]);
            let d = parse_u32(parts[1]);
            let y = parts.get(2).map(|p| (parse_u32(p), p.len()));
            if let (Some(m), Some(d)) = (m, d) {
                // Raw order; the scanner reads it month or day first.
                if (1..=31).contains(&m)
                    && (1..=31).contains(&d)
                    && (m <= 12 || d <= 12)
                    && parts[0].len() <= 2
                    && parts[1].len() <= 2
                {
                    return match y {
                        None => Lex::Slash(m, d, None),
                        Some((Some(y), 4)) => Lex::Slash(m, d, Some(y as i32)),
                        Some((Some(y), 2)) => {
                            Lex::Slash(m, d, Some(if y < 50 { 2000 + y as i32 } else { 1900 + y as i32 }))
                        }
                        _ => Lex::Other,
                    };
                }
            }
        }
        return Lex::Other;
    }
    // 31.10.1974 (dotted dates need a four-digit year)
    if tok.contains('.') {
        let parts: Vec<&str> = tok.split('.').collect();
        if let [a, b, y] = parts[..] {
            if let (Some(a), Some(b), Some(y)) = (parse_u32(a), parse_u32(b), parse_u32(y)) {
                if y >= 1000 && (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12) {
                    return Lex::Slash(a, b, Some(y as i32));
                }
            }
        }
        return Lex::Other;
    }
    // 2018Q4, 18q4
    if let Some((y, q)) = lower.split_once('q') {
        if let (Some(yv), Some(qv)) = (parse_u32(y), parse_u32(q)) {
            if (1..=4).contains(&qv) && (y.len() == 4 || y.len() == 2) {
                let y = match y.len() {
                    2 if yv < 50 => 2000 + yv as i32,
                    2 => 1900 + yv as i32,
                    _ => yv as i32,
                };
                return Lex::YearQ(y, qv);
            }
        }
    }
    // 1990s, 90s
    if let Some(d) = tok.strip_suffix('s').and_then(parse_u32) {
        return match tok.len() {
            5 if d % 10 == 0 && (1000..2100).contains(&d) => Lex::Decade(d as i32 / 10),
            3 if d % 10 == 0 => Lex::Decade(190 + d as i32 / 10),
            _ => Lex::Other,
        };
    }
    // 1st 2nd 3rd 4th 21st
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(n) = lower.strip_suffix(suf).and_then(parse_u32) {
            if (1..=31).contains(&n) {
                return Lex::Ordinal(n);
            }
        }
    }
    Lex::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    const O: LexOpts = LexOpts { lenient_case: false };

    #[test]
    fn classes() {
        assert_eq!(classify("March", O), Lex::Month(3));
        assert_eq!(classify("march", O), Lex::Other);
        assert_eq!(classify("Sept.", O), Lex::Month(9));
        assert_eq!(classify("2025-03-11", O), Lex::Iso(2025, 3, 11));
        assert_eq!(classify("3/11/2025", O), Lex::Slash(3, 11, Some(2025)));
        assert_eq!(classify("10:30", O), Lex::Clock(10, 30));
        assert_eq!(classify("1990s", O), Lex::Decade(199));
        assert_eq!(classify("21st", O), Lex::Ordinal(21));
        assert_eq!(classify("2,000", O), Lex::Other);
        assert_eq!(classify("3pm", O), Lex::Clock(115, 0));
        assert_eq!(classify("é", O), Lex::Other);
        // "7a", "3p" are clock times only in lenient mode.
        assert_eq!(classify("7a", O), Lex::Other);
        assert_eq!(classify("7a", LexOpts { lenient_case: true }), Lex::Clock(107, 0));
        assert_eq!(classify("3p", LexOpts { lenient_case: true }), Lex::Clock(115, 0));
        assert_eq!(classify("12a", LexOpts { lenient_case: true }), Lex::Clock(100, 0));
    }

    #[test]
    fn every_key_classifies() {
        let lenient = LexOpts { lenient_case: true };
        for k in KEYS {
            let mut cap = k.to_string();
            cap[..1].make_ascii_uppercase();
            assert_ne!(classify(&cap, lenient), Lex::Other, "{k}");
        }
        assert_eq!(classify("Troops", O), Lex::Other);
    }
}
