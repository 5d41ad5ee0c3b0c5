//! The scanner: one pass over classified tokens, longest match at each
//! position, then resolution against the article date.

use crate::lexicon::{Lex, Unit, PARTS, SEASONS, W};
use crate::resolve::*;
use crate::tense::Direction;
use chrono::{Datelike, Duration, NaiveDate};
use dateline_core::TimexType;

/// What a match means, before the direction is known.
#[derive(Debug, Clone)]
pub(crate) enum Sem {
    /// Fully resolved.
    Value(String, TimexType),
    /// Month (and day) without a year.
    MonthDay { m: u32, d: Option<u32> },
    /// A weekday; rel: 0 bare, -1 last, 1 next, 2 this.
    Weekday { wd: u32, rel: i32 },
    /// A quarter without a year.
    Quarter { q: u32 },
    /// A season without a year.
    Season { s: u8 },
    /// Days relative to the last full date mentioned (or the DCT).
    Anchored { days: i64 },
    /// A length counted from the last full date mentioned (or the DCT):
    /// "three days later", "an hour later", "a day earlier". The value is
    /// the length (`value`, a DURATION, as TimeBank marks it), the anchor
    /// the day it reaches, `days` off that date (`None`: no day, "a few
    /// days later").
    Length { value: String, days: Option<i64> },
    /// A holiday: its rule, explicit year, and rel (0 bare, -1 last, 1
    /// next, 2 this).
    Holiday { rule: crate::holidays::Rule, year: Option<i32>, rel: i32 },
    /// "the previous year", "the following month": one unit from the
    /// last full date mentioned (or the DCT).
    AnchoredUnit { unit: Unit, n: i32 },
    /// The DCT's day, for a bare clock time; `ambiguous` when it may be
    /// a.m. or p.m.
    Today { ambiguous: bool },
    /// A day-level expression plus a time suffix (`T10:30`, `TMO`).
    WithTime { day: Box<Sem>, suffix: String },
    /// A day picked inside a month: "the third Tuesday of October", "the
    /// last day of March 2014", "the 20th of next month". Without a year
    /// the month resolves like a bare month.
    InMonth { y: Option<i32>, m: u32, pick: Pick },
    /// A day of the month alone ("the 24th"): the nearest such day before
    /// (past clause) or after (future clause) the DCT.
    DayOfMonth { d: u32 },
    /// `n` units after (negative: before) a day: "three days after
    /// Easter", "a year from Christmas".
    Shifted { base: Box<Sem>, unit: Unit, n: i64 },
    /// "(by) year-end", "(since) year end": the end of the DCT's year, or
    /// of the year before in a past clause.
    YearEnd,
    /// "that year", "later that year": the year of the last date or year
    /// mentioned before it (resolved by the caller), or the DCT's.
    ThatYear,
    /// "that quarter": the quarter last named before it (resolved by the
    /// caller), or the last completed one.
    ThatQuarter,
    /// "(will be redeemed) in five years": the time that far ahead in a
    /// future clause, else the length.
    InTime { unit: Unit, n: i64 },
    /// A quarter of an earnings report: "the quarter" (`back` 0), "a year
    /// earlier" (`back` 1), "the 1988 period" (`year`). The quarter (and,
    /// without a year, the year `back` years before) is that of the last
    /// completed quarter named in the article (resolved by the caller),
    /// else the `fallback` value's.
    SameQuarter { year: Option<i32>, back: i32, fallback: String },
    /// "the previous Friday": that weekday before the last full date
    /// mentioned (or the DCT).
    PreviousWeekday { wd: u32 },
    /// "the week of March 6": the (Monday to Sunday) week of a day; with
    /// `true`, "the weekend of March 7": its weekend.
    WeekOf(Box<Sem>, bool),
    /// "the (nth) closest Monday to Oct 5th", "the third Tuesday after
    /// Christmas 2014": the nth occurrence of a weekday or holiday, by
    /// distance from the anchor (`closest`) or after its end.
    Pick { what: Box<Sem>, anchor: Box<Sem>, nth: u32, closest: bool },
    /// "the week ended Oct. 17", "the quarter ended June 30": the week or
    /// quarter that ends on that day.
    Ending { unit: Unit, day: Box<Sem> },
}

/// Which day of a month [`Sem::InMonth`] means.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pick {
    /// The nth (1-based; -1 last) weekday (1 = Monday).
    Weekday(u32, i32),
    /// A day number.
    Day(u32),
    /// The last day (0), or the nth last (n - 1: "the fifth last day").
    LastDay(u32),
    /// The last weekend (Friday evening to Sunday, named by its week).
    LastWeekend,
    /// The nth (negative: nth last) full Monday-to-Sunday week.
    Week(i32),
}

impl Sem {
    fn needs_direction(&self) -> bool {
        match self {
            Sem::MonthDay { .. } | Sem::Weekday { rel: 0 | 2, .. } | Sem::Quarter { .. } | Sem::Season { .. } => true,
            Sem::Holiday { year: None, rel: 0, .. } => true,
            Sem::WithTime { day, .. }
            | Sem::Shifted { base: day, .. }
            | Sem::WeekOf(day, _)
            | Sem::Ending { day, .. } => day.needs_direction(),
            Sem::InMonth { y: None, .. } | Sem::DayOfMonth { .. } | Sem::YearEnd | Sem::InTime { .. } => true,
            Sem::Pick { anchor, .. } => anchor.needs_direction(),
            _ => false,
        }
    }
}

/// A match: tokens `start..end`, its meaning and modifier.
#[derive(Debug, Clone)]
pub(crate) struct M {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<&'static str>,
    /// True when the value is relative to the document date.
    pub relative: bool,
    /// The tokens whose clause gives the direction, when not the match's
    /// own: the day after a parenthesized clock takes the time's.
    pub dir_at: Option<(usize, usize)>,
}

/// Scanner context: classified tokens of one document.
pub(crate) struct Scanner<'a> {
    pub lex: &'a [Lex],
    pub words: &'a [&'a str],
    pub dct: NaiveDate,
    pub lenient: bool,
    /// Numeric dates are day first.
    pub day_first: bool,
    /// The region code whose holiday rules apply.
    pub region: Option<&'static str>,
    /// The document talks about quarters (two mentions or more).
    pub quarter_doc: bool,
    /// The DCT's time of day, when known.
    pub now: Option<chrono::NaiveTime>,
}

/// How far back (in tokens) "a year earlier" looks for the reporting
/// period it compares (a quarter or a count of months).
const QUARTER_LOOKBACK: usize = 150;

fn m(start: usize, end: usize, sem: Sem) -> M {
    M { start, end, sem, modifier: None, relative: true, dir_at: None }
}

fn val(v: String, k: TimexType) -> Sem {
    Sem::Value(v, k)
}

fn date_ok(y: i32, mo: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y, mo, d).is_some()
}

const AMOUNT_NEXT: &[&str] = &[
    "million",
    "billion",
    "trillion",
    "mln",
    "bln",
    "pct",
    "percent",
    "%",
    "dlrs",
    "troops",
    "shares",
    "people",
    "tons",
    "tonnes",
    "barrels",
    "points",
    "units",
    "cars",
    "jobs",
    "votes",
    "km",
    "miles",
    "feet",
    "meters",
    "acres",
    "members",
    "soldiers",
    "workers",
    "employees",
    "seats",
    "households",
    "hectares",
    "ounces",
    "lbs",
    "pounds",
    "yen",
    "marks",
    "francs",
    "euros",
    "dollars",
    "cents",
    "rupees",
    "kg",
    "mw",
    "gallons",
    "vehicles",
    "aircraft",
    "planes",
    "page",
    "pages",
    "rounds",
    "st",
    "th",
    "nd",
    "rd",
    "-",
    ".",
];

/// Car makes: a year right before one is a model year ("a 1987
/// Chevrolet"), no date.
const CAR_MAKES: &[&str] = &[
    "Chevrolet",
    "Chevy",
    "Ford",
    "Buick",
    "Cadillac",
    "Pontiac",
    "Oldsmobile",
    "Dodge",
    "Chrysler",
    "Plymouth",
    "Jeep",
    "Toyota",
    "Honda",
    "Nissan",
    "Datsun",
    "Mazda",
    "Subaru",
    "Mitsubishi",
    "Volkswagen",
    "VW",
    "BMW",
    "Mercedes",
    "Mercedes-Benz",
    "Porsche",
    "Audi",
    "Volvo",
    "Saab",
    "Jaguar",
    "Ferrari",
    "Hyundai",
    "Kia",
    "Fiat",
    "Peugeot",
    "Renault",
    "Citroen",
    "Lexus",
    "Acura",
    "Infiniti",
];

const AMOUNT_PREV: &[&str] = &[
    "$",
    "\u{a3}",
    "\u{20ac}",
    "\u{a5}",
    "#",
    "no.",
    "No.",
    "article",
    "Article",
    "page",
    "Page",
    "pages",
    "Boeing",
    "Airbus",
    "flight",
    "Flight",
    "route",
    "Route",
    "room",
    "Room",
    "number",
    "Number",
    "resolution",
    "Resolution",
    "rule",
    "Rule",
    "section",
    "Section",
    "chapter",
    "Chapter",
    "paragraph",
    "US$",
    "C$",
    "A$",
    "HK$",
    "NZ$",
    "dlrs",
    "DM",
    "Rs",
    "highway",
    "Highway",
    "model",
    "Model",
    "F",
    "MiG",
    "Su",
    "M",
    "T",
    "code",
    "Code",
    "ISO",
    "Windows",
    "to",
    "and",
    "between",
    "from",
    "of",
    "or",
    "at",
    "about",
    "nearly",
    "some",
    "over",
];

impl<'a> Scanner<'a> {
    fn lx(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    fn w(&self, i: usize) -> Option<W> {
        match self.lx(i) {
            Lex::Word(w) => Some(w),
            _ => None,
        }
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn is_punct(&self, i: usize, c: u8) -> bool {
        self.lx(i) == Lex::Punct(c)
    }

    /// All matches in the token range, left to right, non-overlapping.
    pub(crate) fn scan(&self, range: std::ops::Range<usize>) -> Vec<M> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let found = self.best(i, range.end);
            if let Some(first) = found.first() {
                let end = found.iter().map(|x| x.end).max().unwrap_or(first.end).max(i + 1);
                // "the quarter-to-quarter comparison", "on a year-over-year
                // basis": a compound of a unit with itself compares
                // periods and names none.
                if let Some(skip) = self.unit_compound(end) {
                    i = skip;
                    continue;
                }
                if let Some(skip) = self.idiom_end(i, end) {
                    i = skip;
                    continue;
                }
                // "USA Today", "VOA Today": a title after an acronym.
                let acronym = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
                if end == i + 1 && self.word(i) == "Today" && i > range.start && acronym(self.word(i - 1)) {
                    i += 1;
                    continue;
                }
                out.extend(found);
                i = end;
            } else {
                i += 1;
            }
        }
        if self.lenient {
            out = self.merge_day_time(out);
        }
        out
    }

    /// The end of an idiom that names no time, when the match at `i`
    /// (ending at `end`) opens or is one: "24 hours a day", "seven days a
    /// week" (constantly), "high noon", "a matter of days", "the people of
    /// tomorrow" (a generic "of tomorrow").
    fn idiom_end(&self, i: usize, end: usize) -> Option<usize> {
        let is = |k: usize, w: &str| self.word(k).eq_ignore_ascii_case(w);
        let rate = |n: &[&str], u: Unit, per: Unit| {
            n.iter().any(|w| is(i, w))
                && self.lx(i + 1) == Lex::Unit(u, true)
                && self.w(i + 2) == Some(W::A)
                && self.lx(i + 3) == Lex::Unit(per, false)
        };
        if rate(&["24", "twenty-four"], Unit::Hour, Unit::Day) || rate(&["7", "seven"], Unit::Day, Unit::Week) {
            return Some(i + 4);
        }
        if end == i + 1 && i > 0 {
            if is(i, "noon") && is(i - 1, "high") {
                return Some(end);
            }
            if is(i, "tomorrow") && is(i - 1, "of") && self.lx(end) != Lex::Poss {
                return Some(end);
            }
            if matches!(self.lx(i), Lex::Unit(_, true)) && i > 1 && is(i - 1, "of") && is(i - 2, "matter") {
                return Some(end);
            }
        }
        None
    }

    /// The end of a unit compound ("quarter-to-quarter", "year-over-year",
    /// "month-on-month") whose first unit is the last token before `end`.
    fn unit_compound(&self, end: usize) -> Option<usize> {
        let unit = |k: usize| matches!(self.lx(k), Lex::Unit(_, false));
        let dash = |k: usize| self.word(k) == "-";
        let joint = matches!(self.word(end + 1).to_ascii_lowercase().as_str(), "to" | "over" | "on" | "by");
        (end > 0
            && unit(end - 1)
            && dash(end)
            && joint
            && dash(end + 2)
            && unit(end + 3)
            && self.word(end - 1).eq_ignore_ascii_case(self.word(end + 3)))
        .then_some(end + 4)
    }

    /// Lenient mode (one standalone phrase): a day followed by a clock time
    /// or a part of the day ("25/4 at 4:00pm", "in 7 days at 5pm",
    /// "february the 15th in the morning") is one time of that day.
    fn merge_day_time(&self, v: Vec<M>) -> Vec<M> {
        let mut out: Vec<M> = Vec::with_capacity(v.len());
        for b in v {
            let suffix = match &b.sem {
                Sem::WithTime { day, suffix }
                    if matches!(day.as_ref(), Sem::Today { .. } | Sem::Anchored { days: 0 }) =>
                {
                    Some(suffix.clone())
                }
                Sem::Value(x, TimexType::Time)
                    if b.end == b.start + 1 && matches!(self.lx(b.start), Lex::PartDay(_)) =>
                {
                    x.get(10..).map(str::to_string)
                }
                _ => None,
            };
            let joinable = |a: &M| {
                let day_level = match &a.sem {
                    Sem::Value(x, TimexType::Date) => x.len() == 10 && x.as_bytes().get(4) == Some(&b'-'),
                    Sem::Weekday { .. } | Sem::DayOfMonth { .. } | Sem::Anchored { .. } => true,
                    Sem::MonthDay { d, .. } => d.is_some(),
                    Sem::InMonth { .. } | Sem::Holiday { .. } => true,
                    _ => false,
                };
                day_level
                    && a.modifier.is_none()
                    && a.end <= b.start
                    && (a.end..b.start).all(|k| {
                        matches!(
                            self.word(k).to_ascii_lowercase().as_str(),
                            "at" | "@" | "," | "on" | "for" | "in" | "the" | "from" | "between"
                        )
                    })
            };
            // "thanksgiving in 9 months", "tax day two years ago": the
            // holiday in the year of the offset.
            if let (Some(a), Sem::Value(x, TimexType::Date)) = (out.last_mut(), &b.sem) {
                // An offset ("in 9 months"), or a year ("in 2008").
                let year = x
                    .get(..4)
                    .and_then(|y| y.parse::<i32>().ok())
                    .filter(|_| x.len() >= 4 && (b.relative || x.len() == 4));
                let between_ok = (a.end..b.start).all(|k| self.word(k).eq_ignore_ascii_case("in"));
                if let (Sem::Holiday { rule, year: None, rel: 0 }, Some(y), true) = (&a.sem, year, between_ok) {
                    if a.end <= b.start && b.modifier.is_none() {
                        a.sem = Sem::Holiday { rule: *rule, year: Some(y), rel: 0 };
                        a.end = b.end;
                        a.relative = true;
                        continue;
                    }
                }
                // "March in a year": the month in the year of the offset.
                if let (Sem::MonthDay { m: mo, d: None }, Some(y), true) = (&a.sem, year, between_ok) {
                    if a.end <= b.start && b.modifier.is_none() {
                        a.sem = val(fmt_month(y, *mo), TimexType::Date);
                        a.end = b.end;
                        continue;
                    }
                }
            }
            if let (Some(suffix), Some(a)) = (suffix, out.last_mut()) {
                if joinable(a) {
                    a.sem = Sem::WithTime { day: Box::new(a.sem.clone()), suffix };
                    a.end = b.end;
                    continue;
                }
            }
            out.push(b);
        }
        // A range of clock times shares its day: "Thursday from 9:30 to
        // 11:00", "9:30 - 11:00 on Thursday".
        for k in 1..out.len() {
            let sep = (out[k - 1].end..out[k].start).all(|t| {
                self.is_punct(t, b'-')
                    || matches!(
                        self.word(t).to_ascii_lowercase().as_str(),
                        "to" | "till" | "til" | "until" | "untill" | "through" | "thru" | "and"
                    )
            }) && out[k - 1].end < out[k].start;
            if !sep {
                continue;
            }
            let day_of = |x: &M| match &x.sem {
                Sem::WithTime { day, .. } if !matches!(day.as_ref(), Sem::Today { .. }) => Some(day.as_ref().clone()),
                _ => None,
            };
            let (left, right) = out.split_at_mut(k);
            let (a, b) = (&mut left[k - 1], &mut right[0]);
            if let (true, Some(d)) = (b.is_bare_clock(), day_of(a)) {
                if let Sem::WithTime { day, .. } = &mut b.sem {
                    **day = d;
                }
            } else if let (true, Some(d)) = (a.is_bare_clock(), day_of(b)) {
                if let Sem::WithTime { day, .. } = &mut a.sem {
                    **day = d;
                }
            }
        }
        out
    }

    /// "the first week of October 2014", "the second last week of 2018": the
    /// nth (from the end: nth last) full Monday-to-Sunday week inside the
    /// month or year. A year must be written; a month without one resolves
    /// like a bare month ("the first week of December").
    /// "the third-quarter loss", "its first-half profit": a hyphenated
    /// period before its noun is a modifier, and the determiner belongs to
    /// the noun, not to the time ("the *third-quarter* loss", as TimeBank
    /// marks it). Only for "the" + ordinal + "-" + quarter/half + a
    /// lower-case word other than "of"/"ended"/"ending".
    fn without_determiner(&self, i: usize, mut v: Vec<M>) -> Vec<M> {
        if let [x] = &mut v[..] {
            let modifier = x.start == i
                && x.end == i + 4
                && self.w(i) == Some(W::The)
                && matches!(self.lx(i + 1), Lex::Ordinal(1..=4))
                && self.is_punct(i + 2, b'-')
                && (self.lx(i + 3) == Lex::Unit(Unit::Quarter, false) || self.w(i + 3) == Some(W::Half))
                && {
                    let next = self.word(i + 4);
                    next.len() > 1
                        && next.bytes().all(|b| b.is_ascii_lowercase())
                        && !matches!(
                            next,
                            "of" | "ended"
                                | "ending"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "will"
                                | "has"
                                | "had"
                                | "and"
                                | "or"
                                | "to"
                                // the period as a noun before a conjunction
                                // or preposition ("slowed in the second-half
                                // as exports fell")
                                | "as"
                                | "when"
                                | "while"
                                | "because"
                                | "after"
                                | "before"
                                | "since"
                                | "from"
                                | "than"
                                | "in"
                                | "on"
                                | "at"
                                | "for"
                                | "with"
                                | "by"
                                | "but"
                                | "that"
                                | "which"
                                | "amid"
                                | "despite"
                                | "compared"
                        )
                };
            if modifier {
                x.start = i + 1;
            }
        }
        v
    }

    /// "the week ended Oct. 17", "the week ending Friday", "the quarter
    /// ended June 30", "the week to Friday", "the week through Oct. 17":
    /// the period (the week or quarter ending that day)
    /// and the day, two expressions as TimeBank marks them ("*the
    /// quarter* ended *Sept. 30*"). The period takes the day's direction.
    fn period_ending(&self, i: usize) -> Option<Vec<M>> {
        if self.w(i) != Some(W::The) {
            return None;
        }
        let unit = match self.lx(i + 1) {
            Lex::Unit(u @ (Unit::Week | Unit::Quarter), false) => u,
            _ => return None,
        };
        let joint = self.word(i + 2).to_ascii_lowercase();
        if !matches!(joint.as_str(), "ended" | "ending" | "to" | "through") {
            return None;
        }
        // "from the week to Friday" is a range.
        if matches!(joint.as_str(), "to" | "through") && i > 0 && self.word(i - 1).eq_ignore_ascii_case("from") {
            return None;
        }
        let day = self.day_after(i + 3)?;
        let mut period = m(i, i + 2, Sem::Ending { unit, day: Box::new(day.sem.clone()) });
        period.relative = day.relative;
        period.dir_at = Some((day.start, day.end.saturating_sub(1)));
        Some(vec![period, day])
    }

    /// Two years read as one period: a season or fiscal year ("the 2024-25
    /// season", "the 2023/24 season", "fiscal 2024-25"), with the second
    /// year the next one, in two digits or, with a period word around it
    /// ("fiscal 2024-2025", "the 2024-2025 season"), four. The value is the
    /// first year; "the" and the noun are in the span when the noun is.
    fn split_year(&self, i: usize) -> Option<Vec<M>> {
        let the = self.w(i) == Some(W::The);
        let mut j = if the { i + 1 } else { i };
        let lead = j;
        let fiscal = self.w(j) == Some(W::Fiscal) || self.word(j).eq_ignore_ascii_case("financial");
        if fiscal {
            j += 1;
            if self.lx(j) == Lex::Unit(Unit::Year, false) {
                j += 1;
            }
        }
        if self.prev_is_money(j) {
            return None;
        }
        let next_of = |y: u32, w: &str, four_ok: bool| -> bool {
            let Ok(n) = w.parse::<u32>() else { return false };
            w.bytes().all(|b| b.is_ascii_digit())
                && ((w.len() == 2 && n == (y + 1) % 100) || (four_ok && w.len() == 4 && n == y + 1))
        };
        // The noun after the years: "season", "(fiscal|school...) year".
        let noun_end = |k: usize| -> Option<usize> {
            let w = self.word(k).to_ascii_lowercase();
            if matches!(w.as_str(), "season" | "seasons" | "campaign") {
                return Some(k + 1);
            }
            let k = if matches!(w.as_str(), "fiscal" | "financial" | "school" | "academic" | "budget" | "tax" | "crop")
            {
                k + 1
            } else {
                k
            };
            (self.lx(k) == Lex::Unit(Unit::Year, false)).then_some(k + 1)
        };
        let year_ok = |y: u32| (1900..=2099).contains(&y);
        let (y, end, four) = match self.lx(j) {
            // "2024-25", "2024 - 2025", "2024–25"
            Lex::Int(y, 4) if year_ok(y) && matches!(self.word(j + 1), "-" | "/" | "\u{2013}") => {
                let w = self.word(j + 2);
                if !next_of(y, w, true) {
                    return None;
                }
                (y, j + 3, w.len() == 4)
            }
            // "2023/24", "2023/2024": one token.
            _ => {
                let (y, four) = slash_years(self.word(j))?;
                (y, j + 1, four)
            }
        };
        // After the years, a digit or a dash would make it a longer code.
        if matches!(self.lx(end), Lex::Int(..)) || matches!(self.word(end), "-" | "/") {
            return None;
        }
        let noun = noun_end(end);
        // Four-digit pairs ("2014-2015") are a range of two years unless a
        // period word makes them one.
        if four && !fiscal && noun.is_none() {
            return None;
        }
        if the && noun.is_none() {
            return None;
        }
        let (start, end) = match noun {
            Some(e) if the => (i, e),
            Some(e) => (lead, e),
            None => (lead, end),
        };
        let mut x = m(start, end, val(format!("{y:04}"), TimexType::Date));
        x.relative = false;
        Some(vec![x])
    }

    fn week_of(&self, i: usize) -> Option<Vec<M>> {
        // "the week of March 6": that day's week; "the weekend of March
        // 7-8": that day's weekend.
        let weekend = self.w(i + 1) == Some(W::Weekend);
        if self.w(i) == Some(W::The)
            && (self.lx(i + 1) == Lex::Unit(Unit::Week, false) || weekend)
            && self.w(i + 2) == Some(W::Of)
        {
            let v = self.core(i + 3)?;
            let (x, end) = match &v[..] {
                [x] => (x, x.end),
                // "the weekend of March 7-8": both days.
                [x, y] if weekend && matches!((&x.sem, &y.sem), (Sem::MonthDay { .. }, Sem::MonthDay { .. })) => {
                    (x, y.end)
                }
                _ => return None,
            };
            let day = match &x.sem {
                Sem::MonthDay { d, .. } => d.is_some(),
                Sem::Value(v, TimexType::Date) => v.len() == 10,
                Sem::Weekday { .. } | Sem::Holiday { .. } => true,
                _ => false,
            };
            if !day || x.modifier.is_some() {
                return None;
            }
            let mut out = m(i, end, Sem::WeekOf(Box::new(x.sem.clone()), weekend));
            out.relative = x.relative;
            return Some(vec![out]);
        }
        let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        let (n, j) = match (self.lx(k), self.w(k + 1)) {
            (Lex::Ordinal(n @ 1..=5), Some(W::Last)) => (-(n as i32), k + 2),
            (Lex::Ordinal(n @ 1..=5), _) => (n as i32, k + 1),
            (Lex::Word(W::Last), _) => (-1, k + 1),
            _ => return None,
        };
        if self.lx(j) != Lex::Unit(Unit::Week, false) || !matches!(self.w(j + 1), Some(W::Of | W::In)) {
            return None;
        }
        let at = j + 2;
        let (first, last, end) = match self.lx(at) {
            // "the first week of December": the month resolves like a
            // bare month (by the clause's direction).
            Lex::Month(mo) if self.year_after(at + 1).is_none() => {
                return Some(vec![m(i, at + 1, Sem::InMonth { y: None, m: mo, pick: Pick::Week(n) })]);
            }
            Lex::Month(mo) => {
                let y = self.year_after(at + 1)?;
                let f = NaiveDate::from_ymd_opt(y, mo, 1)?;
                (f, add_months(f, 1) - Duration::days(1), at + 2)
            }
            _ => {
                let y = self.year_after(at)?;
                (NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?, at + 1)
            }
        };
        let mut x = m(i, end, val(fmt_week(nth_full_week(first, last, n)?), TimexType::Date));
        x.relative = false;
        Some(vec![x])
    }

    /// "3-4pm", "9 to 11 a.m.": a bare hour before a range separator takes
    /// the half of the day of the clock time after it.
    fn clock_range(&self, i: usize) -> Option<Vec<M>> {
        // A bare hour or an hour and minutes without a.m./p.m. ("3:30-6
        // p.m." is 15:30 to 18:00).
        let (h1, m1) = match self.lx(i) {
            Lex::Int(h, 1 | 2) | Lex::NumWord(h) if (1..=12).contains(&h) => (h, 0),
            Lex::Clock(h, mi) if (1..=12).contains(&h) && !matches!(self.lx(i + 1), Lex::AmPm(_) | Lex::Zone) => {
                (h, mi)
            }
            _ => return None,
        };
        let j = self.range_sep(i + 1)?;
        let (e, mut h2, _, mut fixed) = self.clock_head(j)?;
        // "from 3 to 4 in the PM"
        if let (false, Some(W::In), Some(W::The), Lex::AmPm(pm)) = (fixed, self.w(e), self.w(e + 1), self.lx(e + 2)) {
            if pm && (1..12).contains(&h2) {
                h2 += 12;
            }
            fixed = true;
        }
        if !fixed || !matches!(self.lx(j), Lex::Clock(..) | Lex::Int(..) | Lex::NumWord(_)) {
            return None;
        }
        // The same half of the day as the end, unless that puts it after
        // the end ("11-1pm" is 11:00 to 13:00).
        let pm = h2 >= 12 && h2 != 24;
        let mut h = ampm(h1, pm);
        if h > h2 && pm {
            h = ampm(h1, false);
        }
        let first = m(
            i,
            i + 1,
            Sem::WithTime { day: Box::new(Sem::Today { ambiguous: false }), suffix: format!("T{h:02}:{m1:02}") },
        );
        let mut v = vec![first];
        v.extend(self.time_of_day(j)?);
        Some(v)
    }

    fn best(&self, i: usize, lim: usize) -> Vec<M> {
        // Quick reject: only some classes can start an expression.
        match self.lx(i) {
            // A decimal starts a duration only right before a unit ("2.5 hours").
            Lex::Other if matches!(self.lx(i + 1), Lex::Unit(..)) && decimal(self.word(i)).is_some() => {}
            Lex::Other if quarter_token(self.word(i)).is_some() => {}
            // "1986/87": two years in one token.
            Lex::Other if slash_years(self.word(i)).is_some() => {}
            // "at least 30 days", "no more than 60 days"
            Lex::Word(W::At) if self.w(i + 1) == Some(W::Least) => {}
            Lex::Other if self.no_more_than(i) => {}
            Lex::Other | Lex::Punct(_) | Lex::Poss | Lex::AmPm(_) | Lex::Zone => return Vec::new(),
            Lex::Word(
                W::Of
                | W::Or
                | W::And
                | W::To
                | W::Than
                | W::From
                | W::On
                | W::At
                | W::In
                | W::Between
                | W::Until
                | W::Since
                | W::Before
                | W::After
                | W::Through
                | W::Ended
                | W::Period
                | W::Date
                | W::Hence
                | W::Ago
                | W::Latest
                | W::Same
                | W::Least,
            ) => return Vec::new(),
            // "later this year"; "later" alone starts nothing.
            Lex::Word(W::Later) if !matches!(self.w(i + 1), Some(W::This | W::Last | W::Next | W::That)) => {
                return Vec::new()
            }
            _ => {}
        }
        let mut v = self
            .compact_hours(i)
            .or_else(|| self.modified(i))
            .or_else(|| self.core(i))
            .into_iter()
            .flatten()
            .collect::<Vec<M>>();
        v.retain(|x| x.end <= lim && x.end > x.start);
        self.part_day_at_clock(&mut v);
        v.retain(|x| x.end <= lim && x.end > x.start);
        if let Some(f) = v.first_mut() {
            // "since 2014" is after 2014; "after three days of fighting"
            // is a length, with no point to be after.
            let length = matches!(&f.sem, Sem::Value(_, TimexType::Duration | TimexType::Set));
            if f.modifier.is_none() && !length {
                f.modifier = self.outer_modifier(f.start);
            }
        }
        v
    }

    /// "this morning at 3", "tonight at 8", "tomorrow afternoon @ 5": a
    /// part of the day followed by a clock time becomes that time of day.
    fn part_day_at_clock(&self, v: &mut [M]) {
        let [x] = v else { return };
        let suffix_of = |s: &str| PARTS.iter().position(|p| s.strip_suffix(p).is_some_and(|r| r.ends_with('T')));
        let p = match &x.sem {
            Sem::Value(val, TimexType::Time) if val.len() == 13 => suffix_of(val),
            Sem::WithTime { suffix, .. } => suffix_of(suffix),
            _ => None,
        };
        let Some(p) = p else { return };
        if !(self.w(x.end) == Some(W::At) || self.word(x.end) == "@") {
            return;
        }
        let k = x.end + 1;
        let head = self.clock_head(k).or_else(|| self.hour_at(k).map(|(e, h, f)| (e, h, 0, f)));
        let Some((e, mut h, mi, explicit)) = head else {
            return;
        };
        if !explicit && p >= 1 && (1..12).contains(&h) {
            h += 12;
        }
        if h >= 24 {
            return;
        }
        let clock = format!("T{h:02}:{mi:02}");
        x.sem = match std::mem::replace(&mut x.sem, Sem::Today { ambiguous: false }) {
            Sem::Value(val, _) => Sem::Value(format!("{}{clock}", val.get(..10).unwrap_or("")), TimexType::Time),
            Sem::WithTime { day, .. } => Sem::WithTime { day, suffix: clock },
            other => other,
        };
        x.end = e;
    }

    /// Modifier from a preposition outside the span ("since 2014").
    fn outer_modifier(&self, start: usize) -> Option<&'static str> {
        if start == 0 {
            return None;
        }
        match self.w(start - 1) {
            Some(W::Since) => Some("AFTER"),
            Some(W::Before) | Some(W::Until) => Some("BEFORE"),
            Some(W::After) => Some("AFTER"),
            _ => None,
        }
    }

    /// Expressions with a leading modifier: "early 2023", "late November",
    /// "mid-1990s", "the end of March", "about two weeks".
    fn modified(&self, i: usize) -> Option<Vec<M>> {
        // "late on Monday", "early on Oct. 3": a day's start or end.
        let on_day = self.w(i + 1) == Some(W::On) && matches!(self.lx(i + 2), Lex::Weekday(_) | Lex::Month(_));
        let (j, md, dur_only) =
            if self.no_more_than(i) { (i + 3, "EQUAL_OR_LESS", true) } else { self.modifier_head(i, on_day)? };
        self.modified_from(i, j, md, dur_only)
    }

    /// "no more than" at `i`.
    fn no_more_than(&self, i: usize) -> bool {
        self.word(i).eq_ignore_ascii_case("no") && self.w(i + 1) == Some(W::More) && self.w(i + 2) == Some(W::Than)
    }

    /// The leading modifier at `i`: (where the expression starts, TIMEX3
    /// modifier, whether only a duration may follow).
    fn modifier_head(&self, i: usize, on_day: bool) -> Option<(usize, &'static str, bool)> {
        Some(match self.w(i)? {
            W::Early if on_day => (i + 2, "START", false),
            W::Late if on_day => (i + 2, "END", false),
            W::Early => (i + 1, "START", false),
            W::Late => (i + 1, "END", false),
            W::Mid => (if self.is_punct(i + 1, b'-') { i + 2 } else { i + 1 }, "MID", false),
            // "the early hours of Sunday", "the small hours of March 3": the
            // start of that day.
            W::The
                if matches!(self.word(i + 1).to_ascii_lowercase().as_str(), "early" | "small" | "wee")
                    && self.lx(i + 2) == Lex::Unit(Unit::Hour, true)
                    && self.w(i + 3) == Some(W::Of)
                    && self.day_after(i + 4).is_some() =>
            {
                (i + 4, "START", false)
            }
            W::The => match (self.w(i + 1), self.w(i + 2)) {
                // "the early 1980s", "the late summer": the article is in
                // the span, as TimeBank marks it.
                (Some(W::Early), _) => (i + 2, "START", false),
                (Some(W::Late), _) => (i + 2, "END", false),
                (Some(W::Mid), _) => (if self.is_punct(i + 2, b'-') { i + 3 } else { i + 2 }, "MID", false),
                (Some(W::End), Some(W::Of)) => (i + 3, "END", false),
                (Some(W::Beginning) | Some(W::Start), Some(W::Of)) => (i + 3, "START", false),
                (Some(W::Middle), Some(W::Of)) => (i + 3, "MID", false),
                _ => return None,
            },
            W::End if self.w(i + 1) == Some(W::Of) => (i + 2, "END", false),
            // "by end-2025", "end-June": wire style for "the end of".
            W::End if self.is_punct(i + 1, b'-') && matches!(self.lx(i + 2), Lex::Int(_, 4) | Lex::Month(_)) => {
                (i + 2, "END", false)
            }
            W::Beginning | W::Start if self.w(i + 1) == Some(W::Of) => (i + 2, "START", false),
            W::About | W::Around | W::SomeQ => (i + 1, "APPROX", true),
            W::Nearly | W::Almost => (i + 1, "LESS_THAN", true),
            W::More if self.w(i + 1) == Some(W::Than) => (i + 2, "MORE_THAN", true),
            W::Less if self.w(i + 1) == Some(W::Than) => (i + 2, "LESS_THAN", true),
            W::At if self.w(i + 1) == Some(W::Least) => (i + 2, "EQUAL_OR_MORE", true),
            _ => return None,
        })
    }

    fn modified_from(&self, i: usize, j: usize, md: &'static str, dur_only: bool) -> Option<Vec<M>> {
        // "the end of the month", "beginning of year": the current unit.
        let current_unit = || {
            let t = if self.w(j) == Some(W::The) { j + 1 } else { j };
            match self.lx(t) {
                Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade), false) if !dur_only => {
                    let v = relative_unit(self.dct, u, 0);
                    Some(vec![m(j, t + 1, val(v, TimexType::Date))])
                }
                _ => None,
            }
        };
        // "mid-afternoon (yesterday)", "by mid morning": that part of the
        // day (the day named after it, or else the last day mentioned, as
        // for "the same day", or the DCT's).
        if md == "MID" {
            if let Lex::PartDay(p @ 0..=2) = self.lx(j) {
                let suffix = format!("T{}", PARTS[p as usize]);
                let day = self.core(j + 1).and_then(|v| match &v[..] {
                    [x] if matches!(&x.sem, Sem::Value(d, TimexType::Date) if d.len() == 10)
                        || matches!(x.sem, Sem::Weekday { .. }) =>
                    {
                        Some(x.clone())
                    }
                    _ => None,
                });
                let (sem, end) = match day {
                    Some(x) => (x.sem, x.end),
                    None => (Sem::Anchored { days: 0 }, j + 1),
                };
                return Some(vec![m(i, end, Sem::WithTime { day: Box::new(sem), suffix })]);
            }
        }
        let mut v = self.core(j).or_else(current_unit)?;
        // "the start of current seasons": "current" alone takes no modifier.
        if v.len() == 1 && v[0].end == j + 1 && self.w(j) == Some(W::Current) {
            return None;
        }
        let single = v.len() == 1;
        // "around 3-4pm": a clock range may be approximate too.
        let clock_range = v.len() == 2 && v.iter().all(|x| matches!(x.sem, Sem::WithTime { .. }));
        let first = v.first_mut()?;
        let is_dur = matches!(&first.sem, Sem::Value(val, TimexType::Duration) if val.starts_with('P'));
        // "about 3 p.m.", "around 10:30": a clock time may be approximate.
        // "around next week" likewise, when "around"/"about" leads.
        let approx_clock = md == "APPROX"
            && (single || clock_range)
            && (matches!(&first.sem, Sem::WithTime { .. })
                || (matches!(self.w(i), Some(W::Around | W::About))
                    && !matches!(&first.sem, Sem::Weekday { rel: 0, .. })
                    && self.lx(first.end) != Lex::Poss
                    && !matches!(&first.sem, Sem::Value(x, k) if *k == TimexType::Duration || x.ends_with("_REF"))));
        // "almost four years ago", "more than four decades ago": the
        // approximator is in the span (TimeBank marks it so), the point
        // after or before the counted one.
        let ago = dur_only && single && !is_dur && first.end > j && self.w(first.end - 1) == Some(W::Ago);
        if dur_only != is_dur && !approx_clock && !ago {
            return None;
        }
        first.start = i;
        first.modifier = Some(match (ago, md) {
            (true, "MORE_THAN") => "BEFORE",
            (true, "LESS_THAN") => "AFTER",
            _ => md,
        });
        Some(v)
    }

    /// An hour count written with the clock's `h`: "in 1h", "for 3h" (a
    /// duration), "2h ago" (an offset). "15h" alone stays a 24-hour clock
    /// time ("at 15h").
    fn compact_hours(&self, i: usize) -> Option<Vec<M>> {
        let w = self.word(i);
        let digits = w.strip_suffix(['h', 'H'])?;
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i64 = digits.parse().ok()?;
        if n == 0 {
            return None;
        }
        if self.w(i + 1) == Some(W::Ago) {
            let (v, k) = self.shift(Unit::Hour, -n);
            return Some(vec![m(i, i + 2, val(v, k))]);
        }
        let before = i.checked_sub(1).map(|j| self.word(j).to_ascii_lowercase());
        if matches!(before.as_deref(), Some("in" | "for" | "within" | "about" | "over" | "nearly" | "almost")) {
            return Some(vec![m(i, i + 1, val(duration(Unit::Hour, Some(n as f64)), TimexType::Duration))]);
        }
        None
    }

    /// A number: digits, number words ("twenty four", "twenty-four"), "a",
    /// "a few", "several", "a couple of". Returns (end, value or None for X).
    fn number(&self, i: usize) -> Option<(usize, Option<f64>)> {
        match self.lx(i) {
            // Not a year ("the 1988 quarter").
            Lex::Int(n, d) if d <= 4 && !self.prev_is_money(i) && !(d == 4 && (1000..=2099).contains(&n)) => {
                // "2 1/2 years", "2 and a half hours"
                if let Lex::Slash(a, b, None) = self.lx(i + 1) {
                    if a < b && b <= 4 && matches!(self.lx(i + 2), Lex::Unit(..)) {
                        return Some((i + 2, Some(n as f64 + a as f64 / b as f64)));
                    }
                }
                if self.w(i + 1) == Some(W::And) && self.w(i + 2) == Some(W::A) && self.w(i + 3) == Some(W::Half) {
                    return Some((i + 4, Some(n as f64 + 0.5)));
                }
                Some((i + 1, Some(n as f64)))
            }
            // "three-quarters of an hour"
            Lex::NumWord(n @ 1..=3)
                if self.is_punct(i + 1, b'-')
                    && matches!(self.lx(i + 2), Lex::Unit(Unit::Quarter, _))
                    && self.w(i + 3) == Some(W::Of)
                    && self.w(i + 4) == Some(W::A) =>
            {
                Some((i + 5, Some(n as f64 / 4.0)))
            }
            Lex::NumWord(n) => {
                if (20..100).contains(&n) {
                    let j = if self.is_punct(i + 1, b'-') { i + 2 } else { i + 1 };
                    if let Lex::NumWord(u) = self.lx(j) {
                        if u < 10 {
                            return Some((j + 1, Some((n + u) as f64)));
                        }
                    }
                }
                if self.w(i + 1) == Some(W::And) && self.w(i + 2) == Some(W::A) && self.w(i + 3) == Some(W::Half) {
                    return Some((i + 4, Some(n as f64 + 0.5)));
                }
                Some((i + 1, Some(n as f64)))
            }
            // "a quarter of an hour"
            Lex::Word(W::A)
                if matches!(self.lx(i + 1), Lex::Unit(Unit::Quarter, false))
                    && self.w(i + 2) == Some(W::Of)
                    && self.w(i + 3) == Some(W::A)
                    && matches!(self.lx(i + 4), Lex::Unit(Unit::Hour, false)) =>
            {
                Some((i + 4, Some(0.25)))
            }
            Lex::Word(W::A) => match self.w(i + 1) {
                Some(W::Few) => Some((i + 2, None)),
                Some(W::Couple) if matches!(self.lx(i + 2), Lex::Unit(..)) => Some((i + 2, Some(2.0))),
                Some(W::Couple) if self.w(i + 2) == Some(W::Of) => Some((i + 3, Some(2.0))),
                Some(W::Half) => Some((i + 2, Some(0.5))),
                // "a hundred years", "a dozen days"
                _ if matches!(self.lx(i + 1), Lex::NumWord(12 | 100)) && matches!(self.lx(i + 2), Lex::Unit(..)) => {
                    Some((i + 2, Some(if self.lx(i + 1) == Lex::NumWord(12) { 12.0 } else { 100.0 })))
                }
                _ => Some((i + 1, Some(1.0))),
            },
            Lex::Word(W::Few) | Lex::Word(W::Several) | Lex::Word(W::Many) => Some((i + 1, None)),
            Lex::Word(W::Couple) if self.w(i + 1) == Some(W::Of) => Some((i + 2, Some(2.0))),
            Lex::Word(W::Half) if self.w(i + 1) == Some(W::A) => Some((i + 2, Some(0.5))),
            // "1/2 hour", "3/4 hour"
            Lex::Slash(a, b, None) if a < b && matches!(self.lx(i + 1), Lex::Unit(Unit::Hour, false)) => {
                Some((i + 1, Some(a as f64 / b as f64)))
            }
            // "2.5 hours", "1.5 years": a decimal right before a unit.
            Lex::Other if matches!(self.lx(i + 1), Lex::Unit(..)) && !self.prev_is_money(i) => {
                decimal(self.word(i)).map(|v| (i + 1, Some(v)))
            }
            _ => None,
        }
    }

    /// True when "a year earlier" at `i` compares quarters (earnings
    /// reports: the same quarter last year). The nearest reporting period
    /// named before it decides: a quarter ("third-quarter profit ... a
    /// year earlier"), or a count of months ("net for the nine months
    /// ... a year earlier": the year before). Without one before it, a
    /// quarter within a few tokens after it, or anywhere in the article,
    /// makes it a quarter.
    fn near_quarter(&self, i: usize) -> bool {
        for k in (i.saturating_sub(QUARTER_LOOKBACK)..i).rev() {
            match self.lx(k) {
                Lex::Unit(Unit::Quarter, false) => return true,
                Lex::Unit(Unit::Month, true) if k > 0 && matches!(self.lx(k - 1), Lex::Int(..) | Lex::NumWord(_)) => {
                    return false
                }
                _ => {}
            }
        }
        let b = (i + 12).min(self.lex.len());
        self.quarter_doc
            || self.lex.get(i..b).is_some_and(|w| w.iter().any(|l| matches!(l, Lex::Unit(Unit::Quarter, false))))
    }

    /// The count of months ("the nine months") when it is the nearest
    /// reporting period named before `i` (a quarter nearer wins).
    fn months_before(&self, i: usize) -> Option<f64> {
        for k in (i.saturating_sub(QUARTER_LOOKBACK)..i).rev() {
            match self.lx(k) {
                Lex::Unit(Unit::Quarter, false) => return None,
                Lex::Unit(Unit::Month, true) if k > 0 => {
                    let s =
                        (k.saturating_sub(3)..k).find(|&s| self.number(s).is_some_and(|(e, n)| e == k && n.is_some()));
                    if let Some(n) = s.and_then(|s| self.number(s)).and_then(|(_, n)| n) {
                        return Some(n);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// True when a month name (without a day) comes shortly before `i` in
    /// its clause ("in October from 5.1% a year earlier").
    fn month_just_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(8)..i).rev() {
            match self.lx(k) {
                // A month alone, not a day ("on March 3").
                Lex::Month(_) => return !matches!(self.lx(k + 1), Lex::Int(..) | Lex::Ordinal(_)),
                // Not across a comma ("Exports, which peaked in March, fell").
                Lex::Punct(b'.' | b';' | b'!' | b'?' | b',') | Lex::Unit(..) => return false,
                _ => {}
            }
        }
        false
    }

    /// True at "last year's" before an amount in a sentence that names a
    /// period before it, in a quarterly report ("Sales in the latest
    /// period were $1.76 billion, up from last year's $1.55 billion"):
    /// the amount of last year's period, the reported quarter a year
    /// before.
    fn last_years_amount(&self, i: usize) -> bool {
        let amount =
            ["$", "\u{a3}", "\u{20ac}", "\u{a5}", "US$", "C$", "#"].iter().any(|c| self.word(i + 3).starts_with(c))
                || matches!(self.lx(i + 3), Lex::Int(..));
        if self.w(i) != Some(W::Last)
            || self.lx(i + 1) != Lex::Unit(Unit::Year, false)
            || self.lx(i + 2) != Lex::Poss
            || !amount
            || !self.near_quarter(i)
        {
            return false;
        }
        let mut k = i;
        while k > i.saturating_sub(30) {
            k -= 1;
            match self.lx(k) {
                Lex::Punct(b'.' | b'!' | b'?' | b';') => return false,
                Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period) => return true,
                _ => {}
            }
        }
        false
    }

    /// The same quarter a year before: of the last completed quarter
    /// named before it in the article (resolved by the caller), else of
    /// the last completed one.
    fn year_ago_quarter(&self) -> Sem {
        let prev = relative_unit(self.dct, Unit::Quarter, -1);
        let y: i32 = prev.get(..4).and_then(|x| x.parse().ok()).unwrap_or(self.dct.year());
        Sem::SameQuarter { year: None, back: 1, fallback: format!("{:04}-{}", y - 1, prev.get(5..).unwrap_or("Q1")) }
    }

    /// The reported quarter in year `y` ("the 1988 period" in a quarterly
    /// report).
    fn quarter_in(&self, y: i32) -> Sem {
        let prev = relative_unit(self.dct, Unit::Quarter, -1);
        Sem::SameQuarter { year: Some(y), back: 0, fallback: format!("{y:04}-{}", prev.get(5..).unwrap_or("Q1")) }
    }

    /// `n` units after the DCT: a clock time for hours, minutes and seconds
    /// when the DCT's time of day is known, a calendar value otherwise.
    fn shift(&self, unit: Unit, n: i64) -> (String, TimexType) {
        if let (Some(t), true) = (self.now, unit <= Unit::Hour) {
            let n = n.clamp(-1_000_000, 1_000_000);
            let d = match unit {
                Unit::Second => Duration::seconds(n),
                Unit::Minute => Duration::minutes(n),
                _ => Duration::hours(n),
            };
            let x = self.dct.and_time(t) + d;
            let v = if unit == Unit::Second { x.format("%Y-%m-%dT%H:%M:%S") } else { x.format("%Y-%m-%dT%H:%M") };
            return (v.to_string(), TimexType::Time);
        }
        (ago(self.dct, unit, -n), TimexType::Date)
    }

    fn prev_is_money(&self, i: usize) -> bool {
        i > 0 && matches!(self.word(i - 1), "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}" | "US$" | "#")
    }

    /// A four-digit year at `i` (with the false-positive guards).
    fn year_at(&self, i: usize) -> Option<i32> {
        let Lex::Int(y, 4) = self.lx(i) else {
            return None;
        };
        let y = y as i32;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        let next = self.word(i + 1);
        if AMOUNT_NEXT.contains(&next)
            && !(next == "-" && matches!(self.lx(i + 2), Lex::Int(_, 4) | Lex::Int(_, 2) | Lex::Month(_)))
            && next != "."
        {
            return None;
        }
        if matches!(self.lx(i + 1), Lex::Int(..)) {
            return None;
        }
        if i > 0 {
            let p = self.word(i - 1);
            let prep = matches!(
                self.w(i - 1),
                Some(
                    W::In
                        | W::Since
                        | W::Until
                        | W::From
                        | W::Of
                        | W::To
                        | W::Before
                        | W::After
                        | W::Between
                        | W::Through
                        | W::Early
                        | W::Late
                        | W::Mid
                        | W::And
                        | W::By
                )
            );
            if AMOUNT_PREV.contains(&p) && !prep {
                return None;
            }
            if p == "-" && i >= 2 && self.words[i - 2].chars().all(|c| c.is_ascii_uppercase()) {
                return None;
            }
            if y < 1900 && !prep && !matches!(self.lx(i - 1), Lex::Month(_) | Lex::Punct(b',')) {
                return None;
            }
            // A model year: after a determiner or possessive, before a car
            // make ("Kopp's 1987 Chevrolet", "a 1965 Ford Mustang"); not
            // "in 1998 Toyota overtook GM".
            let owner = matches!(
                p.to_ascii_lowercase().as_str(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "my" | "our" | "your" | "'s" | "\u{2019}s"
            );
            // Not the maker itself ("the 1998 Ford Foundation grant") nor
            // a president ("the 1976 Ford campaign").
            let maker = matches!(
                self.word(i + 2).trim_end_matches('.').to_ascii_lowercase().as_str(),
                "foundation" | "motor" | "motors" | "co" | "corp" | "company" | "group" | "campaign" | "administration"
            );
            // Nor an event of the maker ("the 2015 Volkswagen emissions
            // scandal", "the 2009 Chrysler bankruptcy").
            let event = (i + 2..=i + 3).any(|k| {
                matches!(
                    self.word(k).to_ascii_lowercase().as_str(),
                    "scandal"
                        | "scandals"
                        | "recall"
                        | "recalls"
                        | "bankruptcy"
                        | "crisis"
                        | "strike"
                        | "strikes"
                        | "takeover"
                        | "merger"
                        | "deal"
                        | "case"
                        | "trial"
                        | "crash"
                        | "bailout"
                        | "buyout"
                        | "acquisition"
                        | "lawsuit"
                        | "settlement"
                        | "layoffs"
                        | "shutdown"
                        | "restructuring"
                        | "affair"
                        | "probe"
                        | "investigation"
                        | "fine"
                        | "closure"
                        | "sale"
                        | "ipo"
                        | "fraud"
                        | "collapse"
                        | "walkout"
                        | "lockout"
                        | "agreement"
                        | "contract"
                        | "talks"
                )
            });
            let maker = maker || event;
            if owner && CAR_MAKES.contains(&next) && !maker {
                return None;
            }
            // Part of a name: "a venture called Orion 1980".
            let capital = p.chars().next().is_some_and(|c| c.is_uppercase());
            if capital
                && i >= 2
                && matches!(self.word(i - 2), "called" | "named" | "dubbed" | "titled")
                && !matches!(self.lx(i - 1), Lex::Month(_))
            {
                return None;
            }
        } else if y < 1900 {
            return None;
        }
        Some(y)
    }

    /// The core grammar at `i`.
    fn core(&self, i: usize) -> Option<Vec<M>> {
        let cands = [
            self.split_year(i),
            self.explicit_date(i),
            self.spread_numeric_date(i),
            self.in_month(i),
            self.time_of_day(i),
            self.weekday(i),
            self.relative(i),
            self.quantity(i),
            self.quarter(i).map(|v| self.without_determiner(i, v)),
            self.year(i),
            self.refs(i),
            self.holiday(i),
            self.season(i),
            self.latent(i),
            self.day_range(i),
            self.clock_range(i),
            self.week_of(i),
            self.period_ending(i),
            self.part_of_day_of(i),
            self.last_weekend_of(i),
            self.year_end(i),
            self.that_year(i),
            self.that_quarter(i),
            self.elliptic_last(i),
            self.pick(i),
            self.century_or_decade(i),
            self.counted_day_today(i),
        ];
        let mut best: Option<Vec<M>> = None;
        for c in cands.into_iter().flatten() {
            let end = c.iter().map(|x| x.end).max().unwrap_or(0);
            let best_end = best.as_ref().map_or(0, |b| b.iter().map(|x| x.end).max().unwrap_or(0));
            if end > best_end {
                best = Some(c);
            }
        }
        best
    }

    /// Forms read only in lenient mode (standalone phrases, not news text):
    /// a bare part of the day ("morning", "in the afternoon"), a clock in
    /// words ("ten thirty", "twelve oh three", "ten-thirty"), a day of the
    /// month alone ("the 24th", "on the first", "the 24").
    fn latent(&self, i: usize) -> Option<Vec<M>> {
        if !self.lenient {
            return None;
        }
        // Business shorthand: "EOM", "BOY" (end of month, beginning of year).
        let short = match self.word(i).to_ascii_lowercase().as_str() {
            _ if self.w(i) != Some(W::Shorthand) => None,
            "eom" => Some((Unit::Month, "END")),
            "eod" => Some((Unit::Day, "END")),
            "bom" => Some((Unit::Month, "START")),
            "eoy" => Some((Unit::Year, "END")),
            "boy" if self.word(i) == "BOY" => Some((Unit::Year, "START")),
            _ => None,
        };
        if let Some((u, md)) = short {
            let mut x = m(i, i + 1, val(relative_unit(self.dct, u, 0), TimexType::Date));
            x.modifier = Some(md);
            return Some(vec![x]);
        }
        if let Lex::PartDay(p) = self.lx(i) {
            let v = format!("{}T{}", fmt_day(self.dct), PARTS.get(p as usize)?);
            return Some(vec![m(i, i + 1, val(v, TimexType::Time))]);
        }
        if let Lex::NumWord(h) = self.lx(i) {
            if !(1..=12).contains(&h) {
                return None;
            }
            let skip_dash = |j: usize| if self.is_punct(j, b'-') { j + 1 } else { j };
            let j = skip_dash(i + 1);
            let oh = matches!(self.word(j).to_ascii_lowercase().as_str(), "oh" | "o" | "ou" | "zero");
            let (k, mi) = if oh {
                let k = skip_dash(j + 1);
                match self.lx(k) {
                    Lex::NumWord(u) if (1..=9).contains(&u) => (k + 1, u),
                    _ => return None,
                }
            } else {
                match self.small_number(j) {
                    Some((e, mi)) if matches!(self.lx(j), Lex::NumWord(_)) && (10..60).contains(&mi) => (e, mi),
                    _ => return None,
                }
            };
            let (k, h, ambiguous) = match self.lx(k) {
                Lex::AmPm(pm) => (k + 1, ampm(h, pm), false),
                _ => (k, h, h < 12),
            };
            let suffix = format!("T{h:02}:{mi:02}");
            return Some(vec![m(i, k, Sem::WithTime { day: Box::new(Sem::Today { ambiguous }), suffix })]);
        }
        let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        // Alone: not "the first week", "the third Tuesday", "2nd last week".
        if !matches!(self.lx(k + 1), Lex::Other | Lex::Punct(_)) {
            return None;
        }
        match self.lx(k) {
            Lex::Ordinal(d) if (1..=31).contains(&d) => Some(vec![m(i, k + 1, Sem::DayOfMonth { d })]),
            Lex::Int(d, 1 | 2) if k > i && (1..=31).contains(&d) => Some(vec![m(i, k + 1, Sem::DayOfMonth { d })]),
            _ => None,
        }
    }

    fn day_num(&self, i: usize) -> Option<u32> {
        match self.lx(i) {
            Lex::Int(d, 1 | 2) if (1..=31).contains(&d) => Some(d),
            Lex::Ordinal(d) if (1..=31).contains(&d) => Some(d),
            _ => None,
        }
    }

    /// "March 11, 2025", "March 11", "11 March 2025", "March 2025", "Mar. 11",
    /// ISO and slash dates, "the 11th of March", "June last year",
    /// "March 10-11".
    fn explicit_date(&self, i: usize) -> Option<Vec<M>> {
        match self.lx(i) {
            Lex::Iso(y, mo, 0) if (1..=12).contains(&mo) => {
                let mut x = m(i, i + 1, val(fmt_month(y, mo), TimexType::Date));
                x.relative = false;
                Some(vec![x])
            }
            Lex::Iso(y, mo, d) if date_ok(y, mo, d) => {
                let mut x = m(i, i + 1, val(fmt_day(NaiveDate::from_ymd_opt(y, mo, d)?), TimexType::Date));
                x.relative = false;
                Some(vec![x])
            }
            Lex::Slash(a, b, y) => {
                let (mo, d) = self.numeric_order(a, b)?;
                match y {
                    Some(y) if date_ok(y, mo, d) => {
                        let mut x = m(i, i + 1, val(fmt_day(NaiveDate::from_ymd_opt(y, mo, d)?), TimexType::Date));
                        x.relative = false;
                        Some(vec![x])
                    }
                    None if self.lenient
                        || matches!(self.w(i.wrapping_sub(1)), Some(W::On | W::Since | W::Until | W::By)) =>
                    {
                        Some(vec![m(i, i + 1, Sem::MonthDay { m: mo, d: Some(d) })])
                    }
                    _ => None,
                }
            }
            Lex::Month(mo) => self.month_led(i, mo),
            Lex::Int(..) | Lex::Ordinal(_) => {
                let d = self.day_num(i)?;
                // "31-Oct-1974", "31/Oct/1974", "31-Oct-74": day, month and
                // year joined by one separator.
                if let (Lex::Int(..), Lex::Punct(sep @ (b'-' | b'/')), Lex::Month(mo)) =
                    (self.lx(i), self.lx(i + 1), self.lx(i + 2))
                {
                    if self.is_punct(i + 3, sep) {
                        let y = match self.lx(i + 4) {
                            Lex::Int(y, 4) => Some(y as i32),
                            Lex::Int(y, 2) if y < 50 => Some(2000 + y as i32),
                            Lex::Int(y, 2) => Some(1900 + y as i32),
                            _ => None,
                        };
                        if let Some(y) = y.filter(|&y| date_ok(y, mo, d)) {
                            let mut x = m(i, i + 5, val(fmt_day(NaiveDate::from_ymd_opt(y, mo, d)?), TimexType::Date));
                            x.relative = false;
                            return Some(vec![x]);
                        }
                    }
                }
                let mut j = i + 1;
                if self.w(j) == Some(W::Of) {
                    j += 1;
                }
                let Lex::Month(mo) = self.lx(j) else {
                    return None;
                };
                if let Some(y) = self.year_after(j + 1) {
                    if !date_ok(y, mo, d) {
                        return None;
                    }
                    let mut x = m(i, j + 2, val(fmt_day(NaiveDate::from_ymd_opt(y, mo, d)?), TimexType::Date));
                    x.relative = false;
                    return Some(vec![x]);
                }
                Some(vec![m(i, j + 1, Sem::MonthDay { m: mo, d: Some(d) })])
            }
            Lex::Word(W::The) => {
                // "the 11th of March"
                if let Lex::Ordinal(_) = self.lx(i + 1) {
                    if self.w(i + 2) == Some(W::Of) {
                        let mut v = self.explicit_date(i + 1)?;
                        v.first_mut()?.start = i;
                        return Some(v);
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// (month, day) of a numeric date written `a/b`: in the locale's
    /// order, or the other when only that one is a valid date.
    fn numeric_order(&self, a: u32, b: u32) -> Option<(u32, u32)> {
        let (mo, d) = if self.day_first { (b, a) } else { (a, b) };
        if (1..=12).contains(&mo) && (1..=31).contains(&d) {
            Some((mo, d))
        } else if (1..=12).contains(&d) && (1..=31).contains(&mo) {
            Some((d, mo))
        } else {
            None
        }
    }

    /// Lenient mode: numeric dates spread over tokens, "15 - 2", "2/15",
    /// "31-10-74", "10 31 1974" (separator `-`, `/`, `.` or a space).
    fn spread_numeric_date(&self, i: usize) -> Option<Vec<M>> {
        if !self.lenient {
            return None;
        }
        let small = |k: usize| match self.lx(k) {
            Lex::Int(v, 1 | 2) => Some(v),
            _ => None,
        };
        // Year first: "2015-3-3", "2014/10", "2014-10".
        if let Lex::Int(y, 4) = self.lx(i) {
            let sep = match self.lx(i + 1) {
                Lex::Punct(c @ (b'-' | b'/' | b'.')) => c,
                _ => return None,
            };
            let mo = small(i + 2).filter(|m| (1..=12).contains(m))?;
            let y = y as i32;
            let mut x = if self.is_punct(i + 3, sep) {
                let d = small(i + 4)?;
                let day = NaiveDate::from_ymd_opt(y, mo, d)?;
                m(i, i + 5, val(fmt_day(day), TimexType::Date))
            } else {
                m(i, i + 3, val(fmt_month(y, mo), TimexType::Date))
            };
            x.relative = false;
            return Some(vec![x]);
        }
        let a = small(i)?;
        let sep = match self.lx(i + 1) {
            Lex::Punct(c @ (b'-' | b'/' | b'.')) => Some(c),
            _ => None,
        };
        let j = if sep.is_some() { i + 2 } else { i + 1 };
        let b = small(j)?;
        let (mo, d) = self.numeric_order(a, b)?;
        // A year after the same separator.
        let year = match (sep, self.lx(j + 1), self.lx(j + 2)) {
            (Some(c), Lex::Punct(c2), Lex::Int(y, n)) if c == c2 && (n == 2 || n == 4) => Some((j + 3, y)),
            (None, Lex::Int(y, 4), _) => Some((j + 2, y)),
            _ => None,
        };
        if let Some((end, y)) = year {
            let y = match y {
                0..=49 => 2000 + y as i32,
                50..=99 => 1900 + y as i32,
                _ => y as i32,
            };
            let day = NaiveDate::from_ymd_opt(y, mo, d)?;
            let mut x = m(i, end, val(fmt_day(day), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        // Without a year, a separator is needed ("15 2" is no date).
        sep?;
        Some(vec![m(i, j + 1, Sem::MonthDay { m: mo, d: Some(d) })])
    }

    /// "the third Tuesday of October (2014)", "the last Sunday in March",
    /// "the last day of the month", "the 20th of next month", "20th day of
    /// the previous month".
    fn in_month(&self, i: usize) -> Option<Vec<M>> {
        let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        let n: i32 = match self.lx(k) {
            Lex::Ordinal(n) if (1..=31).contains(&n) => n as i32,
            Lex::Int(n, 1 | 2) if (1..=31).contains(&n) => n as i32,
            Lex::Word(W::Last) => -1,
            _ => return None,
        };
        let ordinal = matches!(self.lx(k), Lex::Ordinal(_));
        let (pick, j) = match self.lx(k + 1) {
            Lex::Weekday(wd) if ordinal && n <= 5 || n == -1 => (Pick::Weekday(wd, n), k + 2),
            Lex::Unit(Unit::Day, false) if n == -1 => (Pick::LastDay(0), k + 2),
            // "the fifth last day of May"
            Lex::Word(W::Last) if ordinal && self.lx(k + 2) == Lex::Unit(Unit::Day, false) => {
                (Pick::LastDay(n as u32 - 1), k + 3)
            }
            Lex::Unit(Unit::Day, false) if ordinal => (Pick::Day(n as u32), k + 2),
            Lex::Word(W::Of) if n > 0 => (Pick::Day(n as u32), k + 1),
            _ => return None,
        };
        if !matches!(self.w(j), Some(W::Of | W::In)) {
            return None;
        }
        let at = j + 1;
        // The month: named (with or without a year) or relative.
        let (y, mo, end) = if let Lex::Month(mo) = self.lx(at) {
            if matches!(pick, Pick::Day(_)) && j == k + 1 {
                return None; // "the 20th of March" is explicit_date's
            }
            match self.year_after(at + 1) {
                Some(y) => (Some(y), mo, at + 2),
                None => (None, mo, at + 1),
            }
        } else {
            let t = if self.w(at) == Some(W::The) { at + 1 } else { at };
            let (off, u) = match self.w(t) {
                Some(W::This | W::Current) => (0, t + 1),
                Some(W::Next | W::Following | W::Coming) => (1, t + 1),
                Some(W::Last | W::Previous | W::Past) => (-1, t + 1),
                _ if t > at => (0, t),
                _ => return None,
            };
            if self.lx(u) != Lex::Unit(Unit::Month, false) {
                return None;
            }
            let d = add_months(self.dct.with_day(1)?, off);
            (Some(d.year()), d.month(), u + 1)
        };
        let mut x = m(i, end, Sem::InMonth { y, m: mo, pick });
        x.relative = y.is_none() || !matches!(self.lx(at), Lex::Month(_));
        Some(vec![x])
    }

    /// A range separator at `j` ("-", "to", "through", "till", "until"):
    /// the token after it.
    fn range_sep(&self, j: usize) -> Option<usize> {
        let sep = self.is_punct(j, b'-') || matches!(self.w(j), Some(W::To | W::Through | W::Until));
        sep.then_some(j + 1)
    }

    /// Two days of one month, the month after the second: "13 to 15 July",
    /// "from the 13th to the 15th of July", "23rd-26th Oct 2014", "between
    /// 13 and 15 July". Bare numbers ("13 to 15 July") need "from" or
    /// "between" before them, or lenient mode.
    fn day_range(&self, i: usize) -> Option<Vec<M>> {
        let k1 = if self.w(i) == Some(W::The) { i + 1 } else { i };
        let d1 = self.day_num(k1)?;
        let cue = i > 0 && matches!(self.w(i - 1), Some(W::From | W::Between));
        if !cue && !self.lenient && !matches!(self.lx(k1), Lex::Ordinal(_)) {
            return None;
        }
        let k = match self.range_sep(k1 + 1) {
            Some(k) => k,
            None if self.w(k1 + 1) == Some(W::And) && cue => k1 + 2,
            None => return None,
        };
        let k2 = if self.w(k) == Some(W::The) { k + 1 } else { k };
        let d2 = self.day_num(k2)?;
        let mut e = k2 + 1;
        if self.w(e) == Some(W::Of) {
            e += 1;
        }
        let Lex::Month(mo) = self.lx(e) else {
            return None;
        };
        if d2 <= d1 || NaiveDate::from_ymd_opt(2012, mo, d2).is_none() {
            return None;
        }
        let mut end = e + 1;
        let year =
            self.year_after(end).or_else(|| if self.is_punct(end, b',') { self.year_after(end + 1) } else { None });
        let sem = |d: u32| match year.and_then(|y| NaiveDate::from_ymd_opt(y, mo, d)) {
            Some(x) => val(fmt_day(x), TimexType::Date),
            None => Sem::MonthDay { m: mo, d: Some(d) },
        };
        if year.is_some() {
            end = if self.is_punct(end, b',') { end + 2 } else { end + 1 };
        }
        let mut a = m(i, k1 + 1, sem(d1));
        let mut b = m(k, end, sem(d2));
        a.relative = year.is_none();
        b.relative = year.is_none();
        Some(vec![a, b])
    }

    fn year_after(&self, j: usize) -> Option<i32> {
        match self.lx(j) {
            Lex::Int(y, 4) if (1000..=2099).contains(&y) => Some(y as i32),
            _ => None,
        }
    }

    /// A year in a slot that takes one ("the year _", "Easter _"): four
    /// digits or a spoken year; returns the year and the end of its words.
    /// The year offset of a deictic word at `j`: "last" -1, "this" 0,
    /// "next" 1.
    fn deixis(&self, j: usize) -> Option<i32> {
        match self.w(j) {
            Some(W::Last) => Some(-1),
            Some(W::This) => Some(0),
            Some(W::Next) => Some(1),
            _ => None,
        }
    }

    /// "last year", "this year", "next year" at `j`: that year, and the
    /// index after it.
    fn deictic_year(&self, j: usize) -> Option<(i32, usize)> {
        let n = self.deixis(j)?;
        (self.lx(j + 1) == Lex::Unit(Unit::Year, false)).then(|| (self.dct.year() + n, j + 2))
    }

    fn year_slot(&self, j: usize, level: u8) -> Option<(i32, usize)> {
        if let Some(y) = self.year_after(j) {
            return Some((y, j + 1));
        }
        self.spoken_year(j, level)
    }

    /// A spoken year: "nineteen ninety-six", "nineteen eighty" (level 0);
    /// where a year is expected (level 1: after a holiday) also "two
    /// thousand (and) ten", "two thousand nineteen", "twenty nineteen";
    /// level 2 ("the year _") also a bare "two thousand". Never before
    /// "hundred" or "thousand" ("two thousand five hundred").
    fn spoken_year(&self, i: usize, level: u8) -> Option<(i32, usize)> {
        let found = self.spoken_year_words(i, level)?;
        let next = self.word(found.1).to_ascii_lowercase();
        (!matches!(next.as_str(), "hundred" | "thousand" | "million")).then_some(found)
    }

    fn spoken_year_words(&self, i: usize, level: u8) -> Option<(i32, usize)> {
        let slot = level >= 1;
        // Tens and units after `k`: "ninety-six", "ninety six", "ten".
        let below_100 = |k: usize| -> Option<(u32, usize)> {
            match self.lx(k) {
                Lex::NumWord(t) if (20..=90).contains(&t) && t % 10 == 0 => {
                    let u = if self.is_punct(k + 1, b'-') { k + 2 } else { k + 1 };
                    match self.lx(u) {
                        Lex::NumWord(d) if (1..10).contains(&d) => Some((t + d, u + 1)),
                        _ => Some((t, k + 1)),
                    }
                }
                Lex::NumWord(n) if (1..20).contains(&n) => Some((n, k + 1)),
                _ => None,
            }
        };
        match (self.lx(i), self.lx(i + 1)) {
            (Lex::NumWord(c @ (18 | 19)), Lex::NumWord(t)) if (20..=90).contains(&t) && t % 10 == 0 => {
                let (n, end) = below_100(i + 1)?;
                Some(((c * 100 + n) as i32, end))
            }
            (Lex::NumWord(2), _) if slot && self.word(i + 1).eq_ignore_ascii_case("thousand") => {
                let k = if self.word(i + 2).eq_ignore_ascii_case("and") { i + 3 } else { i + 2 };
                match below_100(k) {
                    Some((n, end)) => Some((2000 + n as i32, end)),
                    None if level >= 2 => Some((2000, i + 2)),
                    None => None,
                }
            }
            (Lex::NumWord(20), Lex::NumWord(t)) if slot && (10..20).contains(&t) => Some((2000 + t as i32, i + 2)),
            _ => None,
        }
    }

    fn month_led(&self, i: usize, mo: u32) -> Option<Vec<M>> {
        // "the March for Life", "the ``March of the Combatant Mothers'',
        // "the March on Washington": a march, not the month.
        let det = i > 0
            && (self.w(i - 1) == Some(W::The)
                || self.word(i - 1) == "annual"
                || self.word(i - 1).ends_with(['`', '"', '\u{201c}']));
        if mo == 3 && det {
            let next = self.word(i + 1).to_ascii_lowercase();
            let noun = matches!(next.as_str(), "for" | "on" | "against" | "to")
                || (next == "of" && matches!(self.w(i + 2), Some(W::The)));
            if noun {
                return None;
            }
        }
        let abbrev = self.word(i).ends_with('.') || self.word(i).len() <= 4 && !matches!(mo, 6 | 7) && mo != 5;
        let mut j = i + 1;
        // "February the 15th"
        if self.w(j) == Some(W::The) && matches!(self.lx(j + 1), Lex::Ordinal(_)) {
            j += 1;
        }
        if let Some(d) = self.day_num(j) {
            // Not "May 2,000" etc: day_num only takes 1-2 digits.
            let dj = j;
            j += 1;
            let mut k = j;
            if self.is_punct(k, b',') {
                k += 1;
            }
            if let Some(y) = self.year_after(k) {
                if date_ok(y, mo, d) {
                    let mut x = m(i, k + 1, val(fmt_day(NaiveDate::from_ymd_opt(y, mo, d)?), TimexType::Date));
                    x.relative = false;
                    return Some(vec![x]);
                }
                return None;
            }
            let first = m(i, dj + 1, Sem::MonthDay { m: mo, d: Some(d) });
            // "March 10-11", "July 13 to 15", "July 13 through the 15th": a
            // second date.
            // ... or "April 24 and 25": two days.
            let and = (self.w(j) == Some(W::And) && self.day_num(j + 1).is_some()).then_some(j + 1);
            if let Some(k2) = self.range_sep(j).or(and) {
                let k2 = if self.w(k2) == Some(W::The) { k2 + 1 } else { k2 };
                if let Some(d2) = self.day_num(k2) {
                    let after_ok = k2 + 1 >= self.lex.len()
                        || !matches!(self.lx(k2 + 1), Lex::Other | Lex::Unit(..) | Lex::Month(_));
                    if d2 > d && after_ok {
                        // "July 13 to 15, 2014": the year is both ends'.
                        let comma = self.is_punct(k2 + 1, b',');
                        let ye = if comma { k2 + 2 } else { k2 + 1 };
                        let dated = |dd: u32| {
                            let y = self.year_after(ye)?;
                            NaiveDate::from_ymd_opt(y, mo, dd).map(|x| val(fmt_day(x), TimexType::Date))
                        };
                        if let (Some(a), Some(b)) = (dated(d), dated(d2)) {
                            let mut a = m(i, dj + 1, a);
                            let mut b = m(k2, ye + 1, b);
                            a.relative = false;
                            b.relative = false;
                            return Some(vec![a, b]);
                        }
                        return Some(vec![first, m(k2, k2 + 1, Sem::MonthDay { m: mo, d: Some(d2) })]);
                    }
                }
            }
            return Some(vec![first]);
        }
        // "March 2025", "March of 2025"
        let k = if self.w(j) == Some(W::Of) { j + 1 } else { j };
        if let Some((y, end)) = self.year_slot(k, 0) {
            let mut x = m(i, end, val(fmt_month(y, mo), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        // "June last year"
        if let (Some(w), Lex::Unit(Unit::Year, false)) = (self.w(j), self.lx(j + 1)) {
            let n = match w {
                W::Last | W::Past => -1,
                W::This => 0,
                W::Next => 1,
                _ => 99,
            };
            if n != 99 {
                let y = self.dct.year() + n;
                return Some(vec![m(i, j + 2, val(fmt_month(y, mo), TimexType::Date))]);
            }
        }
        if abbrev {
            return None;
        }
        // A bare "May" needs a preposition or determiner before it.
        if mo == 5 && !self.lenient {
            let ok = i > 0
                && matches!(
                    self.w(i - 1),
                    Some(
                        W::In
                            | W::Of
                            | W::Since
                            | W::Until
                            | W::By
                            | W::Last
                            | W::Next
                            | W::This
                            | W::Early
                            | W::Late
                            | W::Mid
                            | W::Through
                            | W::And
                            | W::To
                            | W::From
                            | W::Between
                            | W::Before
                            | W::After
                    )
                );
            if !ok {
                return None;
            }
        }
        Some(vec![m(i, i + 1, Sem::MonthDay { m: mo, d: None })])
    }

    /// True for "o'clock" and "oclock".
    fn is_oclock(&self, i: usize) -> bool {
        let w = self.word(i);
        w.eq_ignore_ascii_case("o'clock")
            || w.eq_ignore_ascii_case("oclock")
            || w.eq_ignore_ascii_case("o\u{2019}clock")
    }

    /// A small number written in digits or words ("20", "twenty",
    /// "twenty five", "twenty-five"): (next token, value).
    fn small_number(&self, i: usize) -> Option<(usize, u32)> {
        match self.lx(i) {
            Lex::Int(v, 1 | 2) => Some((i + 1, v)),
            Lex::NumWord(t) if (20..=50).contains(&t) && t % 10 == 0 => {
                let k = if self.is_punct(i + 1, b'-') { i + 2 } else { i + 1 };
                match self.lx(k) {
                    Lex::NumWord(u) if (1..=9).contains(&u) => Some((k + 1, t + u)),
                    _ => Some((i + 1, t)),
                }
            }
            Lex::NumWord(v) if v < 60 => Some((i + 1, v)),
            _ => None,
        }
    }

    /// An hour: "3", "three", "3pm", "three p.m.", "noon", "midnight":
    /// (next token, hour 0-24, whether a.m./p.m. or a 24-hour value fixed
    /// it).
    fn hour_at(&self, i: usize) -> Option<(usize, u32, bool)> {
        match self.lx(i) {
            Lex::Clock(h, 0) if h >= 100 => Some((i + 1, h - 100, true)),
            Lex::Int(h, 1 | 2) | Lex::NumWord(h) if h <= 24 => match self.lx(i + 1) {
                Lex::AmPm(pm) if (1..=12).contains(&h) => Some((i + 2, ampm(h, pm), true)),
                _ if matches!(self.lx(i), Lex::NumWord(_)) && h > 12 => None,
                _ => Some((i + 1, h, h > 12 || h == 0)),
            },
            Lex::Word(W::Noon) => Some((i + 1, 12, true)),
            Lex::Word(W::Midnight) => Some((i + 1, 0, true)),
            _ => None,
        }
    }

    /// The start of a clock time: (next token, hour, minute, whether the
    /// half of the day is fixed). Digits ("10:30", "3 p.m.", "15h30",
    /// "3 o'clock"), words ("three p.m.", "ten thirty a.m.") and
    /// "(a) quarter past three", "half past noon", "20 minutes to 2pm".
    fn clock_head(&self, i: usize) -> Option<(usize, u32, u32, bool)> {
        let meridiem = |j: usize, h: u32, mi: u32, fixed: bool| match self.lx(j) {
            Lex::AmPm(pm) if !fixed && (1..=12).contains(&h) => Some((j + 1, ampm(h, pm), mi, true)),
            _ => Some((j, h, mi, fixed)),
        };
        match self.lx(i) {
            Lex::Clock(h, mi) if h >= 100 => return Some((i + 1, h - 100, mi, true)),
            Lex::Clock(h, mi) => {
                return match self.lx(i + 1) {
                    Lex::AmPm(pm) if (1..=12).contains(&h) => Some((i + 2, ampm(h, pm), mi, true)),
                    _ if h < 24 => Some((i + 1, h, mi, h >= 13 || h == 0)),
                    _ => None,
                }
            }
            Lex::Word(W::Noon) => return Some((i + 1, 12, 0, true)),
            Lex::Word(W::Midnight) => return Some((i + 1, 24, 0, true)),
            // "mid day" written in two words: midday.
            Lex::Word(W::Mid) if self.lx(i + 1) == Lex::Unit(Unit::Day, false) => return Some((i + 2, 12, 0, true)),
            // "330 p.m.", "1030 GMT", and in lenient mode "at 1030"
            Lex::Int(n, 3 | 4) if n % 100 < 60 && n / 100 <= 23 => {
                let (h, mi) = (n / 100, n % 100);
                let cue = i > 0
                    && (matches!(self.w(i - 1), Some(W::At | W::Around | W::About))
                        || self.word(i - 1).eq_ignore_ascii_case("approximately"));
                return match self.lx(i + 1) {
                    Lex::AmPm(pm) if (1..=12).contains(&h) => Some((i + 2, ampm(h, pm), mi, true)),
                    Lex::Zone => Some((i + 1, h, mi, true)),
                    // Not a phone number or a code ("at 650-650-6500").
                    Lex::Punct(b'-' | b'/' | b'.') => None,
                    _ if self.lenient && cue => Some((i + 1, h, mi, h >= 13 || h == 0)),
                    _ => None,
                };
            }
            _ => {}
        }
        // "(a) quarter past/to three", "half past noon", "20 (minutes) to 2pm"
        let k = if self.w(i) == Some(W::A) { i + 1 } else { i };
        // A bare number needs "minutes" or "past"/"till" ("5 to 7" is a
        // range, not 6:55).
        let (offset, minutes) = if matches!(self.lx(k), Lex::Unit(Unit::Quarter, false)) {
            (Some((k + 1, 15)), true)
        } else if self.w(k) == Some(W::Half) {
            (Some((k + 1, 30)), true)
        } else if let Some((e, n)) = self.small_number(k).filter(|&(_, n)| (1..60).contains(&n)) {
            if matches!(self.lx(e), Lex::Unit(Unit::Minute, _)) {
                (Some((e + 1, n)), true)
            } else {
                (Some((e, n)), false)
            }
        } else {
            (None, false)
        };
        // A standalone phrase or "at" before it: a bare number before
        // "to"/"after" and a fixed hour is minutes too ("15 to noon",
        // "twenty after 3pm"); before "to" only a number that cannot be a
        // 12-hour clock hour ("9 to noon" is a range).
        let cue = self.lenient || (i > 0 && self.w(i - 1) == Some(W::At));
        if let Some((e, n)) = offset {
            let dir = match self.word(e).to_ascii_lowercase().as_str() {
                "past" => Some(true),
                "after" if minutes || cue => Some(true),
                "till" | "til" => Some(false),
                "to" | "before" | "of" if minutes => Some(false),
                "to" if cue && n > 12 => Some(false),
                _ => None,
            };
            if let Some(after) = dir {
                let bare = !minutes && !matches!(self.word(e).to_ascii_lowercase().as_str(), "past" | "till" | "til");
                // After a bare number the hour is noon, midnight or has
                // a.m./p.m. ("at 17 to 18 pct" is no clock time).
                let meridiem_hour = matches!(self.lx(e + 1), Lex::Word(W::Noon | W::Midnight) | Lex::Clock(100.., 0))
                    || matches!(self.lx(e + 2), Lex::AmPm(_));
                if let Some((e2, h, fixed)) = self.hour_at(e + 1).filter(|_| meridiem_hour || !bare) {
                    let base = h as i64 * 60;
                    let t = if after { base + n as i64 } else { base - n as i64 };
                    let t = t.rem_euclid(24 * 60);
                    return meridiem(e2, (t / 60) as u32, (t % 60) as u32, fixed);
                }
            }
        }
        // "half three": half past the hour (British), in a standalone
        // phrase or after "at".
        if cue && self.w(i) == Some(W::Half) {
            if let Some((e2, h, false)) = self.hour_at(i + 1).filter(|&(_, h, _)| (1..=12).contains(&h)) {
                if matches!(self.lx(i + 1), Lex::NumWord(_) | Lex::Int(_, 1 | 2)) && e2 == i + 2 {
                    return Some((e2, h, 30, false));
                }
            }
        }
        let (h, j) = match self.lx(i) {
            Lex::Int(h, 1 | 2) => (h, i + 1),
            Lex::NumWord(h) if (1..=12).contains(&h) => (h, i + 1),
            _ => return None,
        };
        match self.lx(j) {
            Lex::AmPm(pm) if (1..=12).contains(&h) => return Some((j + 1, ampm(h, pm), 0, true)),
            _ if self.is_oclock(j) && (1..=12).contains(&h) => return meridiem(j + 1, h, 0, false),
            // "8 GMT": a zone makes a bare hour a clock time.
            Lex::Zone if h <= 23 && matches!(self.lx(i), Lex::Int(..)) => return Some((j, h, 0, true)),
            _ => {}
        }
        // "3 in the morning", "8 tonight", "eight this evening": the part
        // of the day follows (and fixes the half of the day).
        if (1..=12).contains(&h) {
            let pod_next = matches!(
                (self.w(j), self.lx(j + 1), self.lx(j + 2)),
                (Some(W::Tonight), _, _)
                    | (Some(W::In), Lex::Word(W::The), Lex::PartDay(_) | Lex::AmPm(_))
                    | (Some(W::In | W::This), Lex::PartDay(_), _)
                    | (Some(W::Yesterday | W::Today | W::Tomorrow), Lex::PartDay(_), _)
            );
            if pod_next {
                return Some((j, h, 0, false));
            }
        }
        // "ten thirty a.m.", "three twenty", "nine fifty nine p.m.": a word
        // hour and minutes, with a.m./p.m. or after "at".
        if matches!(self.lx(i), Lex::NumWord(_)) {
            if let Some((e, mi)) = self.small_number(j) {
                let words = matches!(self.lx(j), Lex::NumWord(_));
                if words && (10..60).contains(&mi) {
                    let at = i > 0 && self.w(i - 1) == Some(W::At);
                    if matches!(self.lx(e), Lex::AmPm(_)) || at {
                        return meridiem(e, h, mi, false);
                    }
                }
            }
            if i > 0 && self.w(i - 1) == Some(W::At) && matches!(self.lx(j), Lex::AmPm(_)) {
                return meridiem(j, h, 0, false);
            }
        }
        None
    }

    /// Clock times: "10:30 a.m. EST", "3 p.m.", "noon", optionally followed
    /// by a day ("10 p.m. Wednesday", "6 a.m. yesterday").
    fn time_of_day(&self, i: usize) -> Option<Vec<M>> {
        let (mut j, h, mi, explicit) = self.clock_head(i)?;
        if self.lx(j) == Lex::Zone {
            j += 1;
        }
        // "3:20 in the afternoon", "8 tonight", "8 this evening"
        let mut h = h;
        let mut tonight = false;
        let pod = match (self.w(j), self.w(j + 1), self.lx(j + 2)) {
            (Some(W::In), Some(W::The), Lex::PartDay(p)) => Some((j + 3, p)),
            // "3 in the AM", "4 in the PM"
            (Some(W::In), Some(W::The), Lex::AmPm(pm)) => Some((j + 3, u8::from(pm))),
            (Some(W::In), _, _) if matches!(self.lx(j + 1), Lex::PartDay(_)) => match self.lx(j + 1) {
                Lex::PartDay(p) => Some((j + 2, p)),
                _ => None,
            },
            (Some(W::This), _, _) => match self.lx(j + 1) {
                Lex::PartDay(p) => Some((j + 2, p)),
                _ => None,
            },
            (Some(W::Tonight), _, _) => {
                tonight = true;
                Some((j + 1, 3))
            }
            _ => None,
        };
        // No a.m./p.m. and no part of the day: 3:30 may be 03:30 or 15:30.
        let ambiguous = pod.is_none() && (1..12).contains(&h) && !explicit;
        if let Some((e, p)) = pod {
            if p >= 1 && (1..12).contains(&h) && !explicit {
                h += 12;
            }
            j = e;
        }
        let _ = tonight;
        // "1 p.m. local time on Thursday": the zone words are in the span.
        if self.word(j).eq_ignore_ascii_case("local") && self.word(j + 1).eq_ignore_ascii_case("time") {
            j += 2;
        }
        // "10:47 p.m. (1347 GMT) on Monday": a clock in parentheses
        // between the time and its day is of that day too.
        let inner = self.is_punct(j, b'(').then(|| self.core(j + 1)).flatten().and_then(|v| match &v[..] {
            [x] if self.is_punct(x.end, b')')
                && matches!(&x.sem, Sem::WithTime { day, .. } if matches!(**day, Sem::Today { .. })) =>
            {
                Some(x.clone())
            }
            _ => None,
        });
        // A day after it.
        let mut k = inner.as_ref().map_or(j, |x| x.end + 1);
        if self.w(k) == Some(W::On) || self.is_punct(k, b',') {
            k += 1;
        }
        let day_start = k;
        let day: Option<(usize, Sem)> = match self.lx(k) {
            // "on Sat, Sep 21": the weekday with its date.
            Lex::Weekday(wd) => self
                .weekday(k)
                .and_then(|v| v.into_iter().next())
                .filter(|x| matches!(x.sem, Sem::Value(_, TimexType::Date)))
                .map(|x| (x.end, x.sem))
                .or(Some((k + 1, Sem::Weekday { wd, rel: 0 }))),
            Lex::Word(W::Yesterday) => Some((k + 1, val(fmt_day(self.dct - Duration::days(1)), TimexType::Date))),
            Lex::Word(W::Today) => Some((k + 1, val(fmt_day(self.dct), TimexType::Date))),
            Lex::Word(W::Tomorrow) => Some((k + 1, val(fmt_day(self.dct + Duration::days(1)), TimexType::Date))),
            Lex::Month(_) => self
                .explicit_date(k)
                .and_then(|v| v.into_iter().next())
                .filter(|x| matches!(x.sem, Sem::MonthDay { d: Some(_), .. } | Sem::Value(..)))
                .map(|x| (x.end, x.sem)),
            _ => None,
        };
        if let (Some(x), Some((e, d))) = (&inner, &day) {
            // Three expressions: the time, the one in parentheses, the day.
            let suffix = format!("T{h:02}:{mi:02}");
            // All three take the direction of the whole phrase.
            let whole = Some((i, e.saturating_sub(1)));
            let mut outer = m(i, j, Sem::WithTime { day: Box::new(d.clone()), suffix });
            outer.dir_at = whole;
            let mut paren = x.clone();
            paren.dir_at = whole;
            if let Sem::WithTime { day, .. } = &mut paren.sem {
                **day = d.clone();
            }
            let mut day_m = m(day_start, *e, d.clone());
            day_m.dir_at = whole;
            return Some(vec![outer, paren, day_m]);
        }
        // "at 4 in the morning (4 a.m. EDT Thursday)": the same clock
        // restated in parentheses with its day is of that day (two
        // expressions, both resolved where the restated one stands).
        if inner.is_none() && day.is_none() && self.is_punct(j, b'(') {
            if let Some(v) = self.core(j + 1) {
                if let [x] = &v[..] {
                    if let Sem::WithTime { day: d, suffix: s } = &x.sem {
                        let same = *s == format!("T{h:02}:{mi:02}");
                        if same && self.is_punct(x.end, b')') && !matches!(**d, Sem::Today { .. }) {
                            let mut outer = m(i, j, x.sem.clone());
                            outer.dir_at = Some((x.start, x.end.saturating_sub(1)));
                            return Some(vec![outer]);
                        }
                    }
                }
            }
        }
        let inner_none = inner.is_none();
        let (mut end, day) = match day {
            Some((e, s)) if inner_none => (e, s),
            _ => (j, Sem::Today { ambiguous }),
        };
        // "9 tomorrow morning", "at 5 tomorrow afternoon"
        if pod.is_none() && end > j {
            if let (Some(W::Yesterday | W::Today | W::Tomorrow), Lex::PartDay(p)) = (self.w(end - 1), self.lx(end)) {
                if p >= 1 && (1..12).contains(&h) && !explicit {
                    h += 12;
                }
                end += 1;
            }
        }
        let suffix = format!("T{h:02}:{mi:02}");
        Some(vec![m(i, end, Sem::WithTime { day: Box::new(day), suffix })])
    }

    /// Weekdays: "Tuesday", "Friday morning", "Sunday, March 9",
    /// "Monday, March 10, 2025".
    fn weekday(&self, i: usize) -> Option<Vec<M>> {
        let week_off = |w: Option<W>| match w {
            Some(W::This | W::Current) => Some(0i64),
            Some(W::Next | W::Coming | W::Following) => Some(1),
            Some(W::Last | W::Past | W::Previous) => Some(-1),
            _ => None,
        };
        let monday = self.dct - Duration::days(self.dct.weekday().num_days_from_monday() as i64);
        let in_week = |off: i64, wd: u32| monday + Duration::days(7 * off + wd as i64 - 1);
        // "last week's Sunday", "next week's Friday"
        if let (Some(off), Lex::Unit(Unit::Week, false), Lex::Poss, Lex::Weekday(wd)) =
            (week_off(self.w(i)), self.lx(i + 1), self.lx(i + 2), self.lx(i + 3))
        {
            return Some(vec![m(i, i + 4, val(fmt_day(in_week(off, wd)), TimexType::Date))]);
        }
        if let Lex::Weekday(wd) = self.lx(i) {
            // "on Monday and Tuesday nights from March 30": a weekly part
            // of the day (a set), for both days.
            let parts = |k: usize| {
                ["mornings", "afternoons", "evenings", "nights"]
                    .iter()
                    .position(|p| self.word(k).eq_ignore_ascii_case(p))
            };
            let set =
                |end: usize, p: usize| vec![m(i, end, val(format!("XXXX-WXX-{wd}T{}", PARTS[p]), TimexType::Set))];
            if let Some(p) = parts(i + 1) {
                return Some(set(i + 2, p));
            }
            if self.w(i + 1) == Some(W::And) && matches!(self.lx(i + 2), Lex::Weekday(_)) {
                if let Some(p) = parts(i + 3) {
                    return Some(set(i + 1, p));
                }
            }
            // "Wednesday next week", "Sunday from last week"
            let k = if self.w(i + 1) == Some(W::From) { i + 2 } else { i + 1 };
            if let (Some(off), Lex::Unit(Unit::Week, false)) = (week_off(self.w(k)), self.lx(k + 1)) {
                return Some(vec![m(i, k + 2, val(fmt_day(in_week(off, wd)), TimexType::Date))]);
            }
            // "Tuesday week" (British): a week after the coming Tuesday.
            if self.lx(i + 1) == Lex::Unit(Unit::Week, false)
                && (i + 2 >= self.lex.len() || !matches!(self.lx(i + 2), Lex::Poss | Lex::Punct(b'-') | Lex::Other))
            {
                let d = resolve_weekday(self.dct, wd, 1, Direction::Future) + Duration::days(7);
                return Some(vec![m(i, i + 2, val(fmt_day(d), TimexType::Date))]);
            }
            // "Friday after next": the one after next Friday.
            if self.w(i + 1) == Some(W::After) && self.w(i + 2) == Some(W::Next) {
                let d = resolve_weekday(self.dct, wd, 1, Direction::Future) + Duration::days(7);
                return Some(vec![m(i, i + 3, val(fmt_day(d), TimexType::Date))]);
            }
        }
        // "3 Fridays from now", "two Thursdays ago": the nth one after
        // (before) the DCT.
        if let Some((e, Some(nf))) = self.number(i) {
            if let Lex::WeekdayPl(wd) = self.lx(e) {
                if nf.fract() != 0.0 || !(1.0..=520.0).contains(&nf) {
                    return None;
                }
                let n = nf as i64;
                let (fwd, end) = match (self.w(e + 1), self.w(e + 2)) {
                    (Some(W::From), Some(W::Now)) => (true, e + 3),
                    (Some(W::Hence), _) => (true, e + 2),
                    (Some(W::Ago), _) => (false, e + 2),
                    _ if self.word(e + 1).eq_ignore_ascii_case("back") => (false, e + 2),
                    _ => return None,
                };
                let d = if fwd {
                    resolve_weekday(self.dct, wd, 1, Direction::Future) + Duration::days(7 * (n - 1))
                } else {
                    resolve_weekday(self.dct, wd, -1, Direction::Past) - Duration::days(7 * (n - 1))
                };
                return Some(vec![m(i, end, val(fmt_day(d), TimexType::Date))]);
            }
        }
        let (start, rel, wi) = match self.lx(i) {
            Lex::Weekday(_) => (i, 0, i),
            Lex::Word(W::Last) | Lex::Word(W::Past) => (i, -1, i + 1),
            Lex::Word(W::Next) | Lex::Word(W::Coming) => (i, 1, i + 1),
            // "this coming Sunday"
            Lex::Word(W::This) if self.w(i + 1) == Some(W::Coming) => (i, 1, i + 2),
            Lex::Word(W::This) => (i, 2, i + 1),
            // "the previous Friday": the last one before the last day
            // mentioned (or the DCT).
            Lex::Word(W::The) if self.w(i + 1) == Some(W::Previous) => {
                let Lex::Weekday(wd) = self.lx(i + 2) else {
                    return None;
                };
                return Some(vec![m(i, i + 3, Sem::PreviousWeekday { wd })]);
            }
            _ => return None,
        };
        let Lex::Weekday(wd) = self.lx(wi) else {
            return None;
        };
        let mut j = wi + 1;
        // "Sunday, March 9", "this coming Sunday, March 8": the date
        // decides.
        if rel == 0 || (rel == 1 && self.is_punct(j, b',')) {
            let k = if self.is_punct(j, b',') { j + 1 } else { j };
            if let Lex::Month(_) | Lex::Int(..) = self.lx(k) {
                if let Some(mut v) = self.explicit_date(k) {
                    if let Some(f) = v.first_mut() {
                        f.start = start;
                        // Without a year, the weekday picks it: the nearest
                        // year in which that day is that weekday ("Fri, Jul
                        // 18" is 2014-07-18 near 2013).
                        if let Sem::MonthDay { m: mo, d: Some(d) } = f.sem {
                            let y0 = self.dct.year();
                            let found = (0..=6)
                                .flat_map(|off| [y0 + off, y0 - off])
                                .filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d))
                                .filter(|x| x.weekday().number_from_monday() == wd)
                                .min_by_key(|x| (*x - self.dct).num_days().abs());
                            if let Some(x) = found {
                                f.sem = val(fmt_day(x), TimexType::Date);
                            }
                        }
                        return Some(v);
                    }
                }
            }
        }
        // "Monday of this week", "Friday of next week"
        if rel == 0 && self.w(j) == Some(W::Of) {
            let off = match self.w(j + 1) {
                Some(W::This | W::Current) => Some(0),
                Some(W::Next | W::Coming | W::Following) => Some(1),
                Some(W::Last | W::Past | W::Previous) => Some(-1),
                _ => None,
            };
            if let (Some(off), Lex::Unit(Unit::Week, false)) = (off, self.lx(j + 2)) {
                let monday = self.dct - Duration::days(self.dct.weekday().num_days_from_monday() as i64);
                let d = monday + Duration::days(7 * off + wd as i64 - 1);
                return Some(vec![m(start, j + 3, val(fmt_day(d), TimexType::Date))]);
            }
        }
        // "Tuesday the 19th", "Tuesday 19th": the nearest month in which
        // that day is that weekday.
        if rel == 0 {
            let k = if self.w(j) == Some(W::The) { j + 1 } else { j };
            if let Lex::Ordinal(d) = self.lx(k) {
                let first = self.dct.with_day(1)?;
                let found = [0, 1, -1, 2, -2, 3, -3]
                    .iter()
                    .filter_map(|&off| {
                        let mo = add_months(first, off);
                        NaiveDate::from_ymd_opt(mo.year(), mo.month(), d)
                    })
                    .filter(|x| x.weekday().number_from_monday() == wd)
                    .min_by_key(|x| (*x - self.dct).num_days().abs());
                if let Some(x) = found {
                    return Some(vec![m(start, k + 1, val(fmt_day(x), TimexType::Date))]);
                }
            }
        }
        // "Wednesday's ruling": a possessive weekday names an event already
        // known, on or before the DCT.
        if rel == 0 && self.lx(j) == Lex::Poss {
            return Some(vec![m(
                start,
                j,
                val(fmt_day(resolve_weekday(self.dct, wd, 0, Direction::Past)), TimexType::Date),
            )]);
        }
        let sem = Sem::Weekday { wd, rel };
        if let Lex::PartDay(p) = self.lx(j) {
            j += 1;
            return Some(vec![m(
                start,
                j,
                Sem::WithTime { day: Box::new(sem), suffix: format!("T{}", PARTS[p as usize]) },
            )]);
        }
        // "Friday at 10 a.m."
        if self.w(j) == Some(W::At) {
            if let Some(t) = self.time_of_day(j + 1).and_then(|v| v.into_iter().next()) {
                if let Sem::WithTime { day, suffix } = t.sem {
                    if matches!(*day, Sem::Today { .. }) {
                        return Some(vec![m(start, t.end, Sem::WithTime { day: Box::new(sem), suffix })]);
                    }
                }
            }
        }
        Some(vec![m(start, j, sem)])
    }

    /// Whether the noun phrase at `k` (up to two modifiers before its head)
    /// names people or things of an age rather than an event: "youth",
    /// "world", "personal computers", "young people".
    fn generic_head(&self, k: usize) -> bool {
        const HEADS: [&str; 16] = [
            "world",
            "youth",
            "society",
            "generation",
            "generations",
            "standards",
            "economy",
            "culture",
            "kids",
            "children",
            "youngsters",
            "people",
            "families",
            "computers",
            "technology",
            "dollars",
        ];
        (k..k + 3)
            .take_while(|&t| t < self.lex.len() && !matches!(self.lx(t), Lex::Punct(_)))
            .any(|t| HEADS.iter().any(|h| self.word(t).eq_ignore_ascii_case(h)))
    }

    /// Deictic words and "last/this/next <unit>".
    fn relative(&self, i: usize) -> Option<Vec<M>> {
        let dct = self.dct;
        let day_word = |off: i64, j: usize| -> Vec<M> {
            let d = dct + Duration::days(off);
            if let Lex::PartDay(p) = self.lx(j) {
                return vec![m(i, j + 1, val(format!("{}T{}", fmt_day(d), PARTS[p as usize]), TimexType::Time))];
            }
            vec![m(i, j, val(fmt_day(d), TimexType::Date))]
        };
        match self.lx(i) {
            Lex::Word(W::Yesterday) => return Some(day_word(-1, i + 1)),
            // "today's youth", "in today's world", "many of today's
            // personal computers": nowadays, no day (TimeBank leaves these
            // out); "today's meeting" is the day.
            Lex::Word(W::Today) if self.lx(i + 1) == Lex::Poss && self.generic_head(i + 2) => return None,
            Lex::Word(W::Today) => return Some(day_word(0, i + 1)),
            Lex::Word(W::Tomorrow) => return Some(day_word(1, i + 1)),
            Lex::Word(W::Tonight) => {
                return Some(vec![m(i, i + 1, val(format!("{}TNI", fmt_day(dct)), TimexType::Time))])
            }
            // "struck Kyiv overnight, officials said": the night before the
            // DCT (a wire story's night). Not the adjective
            // ("overnight losses", "an overnight stay").
            Lex::PartDay(3) if self.word(i).eq_ignore_ascii_case("overnight") => {
                let det = i > 0 && matches!(self.word(i - 1).to_ascii_lowercase().as_str(), "a" | "an" | "the");
                let next = self.word(i + 1).to_ascii_lowercase();
                let adverb = i + 1 >= self.lex.len()
                    || matches!(self.lx(i + 1), Lex::Punct(_))
                    || matches!(
                        next.as_str(),
                        "on" | "in"
                            | "into"
                            | "to"
                            | "and"
                            | "as"
                            | "after"
                            | "when"
                            | "while"
                            | "but"
                            | "near"
                            | "at"
                            | "before"
                            | "across"
                            | "around"
                            | "outside"
                            | "along"
                            | "amid"
                    );
                if det || !adverb {
                    return None;
                }
                let night = format!("{}TNI", fmt_day(dct - Duration::days(1)));
                return Some(vec![m(i, i + 1, val(night, TimexType::Time))]);
            }
            _ => {}
        }
        // "the day after tomorrow", "the day before yesterday"
        {
            let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
            if self.lx(k) == Lex::Unit(Unit::Day, false) {
                match (self.w(k + 1), self.w(k + 2)) {
                    (Some(W::After), Some(W::Tomorrow)) => {
                        return Some(vec![m(i, k + 3, val(fmt_day(dct + Duration::days(2)), TimexType::Date))])
                    }
                    (Some(W::Before), Some(W::Yesterday)) => {
                        return Some(vec![m(i, k + 3, val(fmt_day(dct - Duration::days(2)), TimexType::Date))])
                    }
                    // "the day before last Tuesday('s hearing)", "the day
                    // after Christmas": one day from a named day.
                    (Some(w @ (W::After | W::Before)), _) if k > i => {
                        if let Some(base) = self.day_after(k + 2) {
                            let n = if w == W::Before { -1 } else { 1 };
                            let mut x = m(i, base.end, Sem::Shifted { base: Box::new(base.sem), unit: Unit::Day, n });
                            x.relative = base.relative;
                            return Some(vec![x]);
                        }
                        // "The day before, it had ...": the day before the
                        // last date mentioned (not "the day before the vote").
                        let ends = k + 2 >= self.lex.len() || matches!(self.lx(k + 2), Lex::Punct(b',' | b'.' | b';'));
                        if ends {
                            let n = if w == W::Before { -1 } else { 1 };
                            return Some(vec![m(i, k + 2, Sem::Anchored { days: n })]);
                        }
                    }
                    _ => {}
                }
            }
        }
        // "earlier this year", "later this month"
        if matches!(self.w(i), Some(W::Earlier) | Some(W::Later)) {
            if matches!(self.w(i + 1), Some(W::This | W::Last | W::Next)) {
                let mut v = self.relative(i + 1)?;
                let f = v.first_mut()?;
                if matches!(f.sem, Sem::Value(_, TimexType::Date)) {
                    f.start = i;
                    return Some(v);
                }
            }
            return None;
        }
        // "March after next": the one after next March.
        if let (Lex::Month(mo), Some(W::After), Some(W::Next)) = (self.lx(i), self.w(i + 1), self.w(i + 2)) {
            let y = if mo > dct.month() { dct.year() } else { dct.year() + 1 } + 1;
            return Some(vec![m(i, i + 3, val(format!("{y:04}-{mo:02}"), TimexType::Date))]);
        }
        let (has_the, mut j) = if self.w(i) == Some(W::The) { (true, i + 1) } else { (false, i) };
        // "this past weekend", "this coming week": the second word decides.
        if self.w(j) == Some(W::This) && matches!(self.w(j + 1), Some(W::Past | W::Coming)) {
            j += 1;
        }
        let n: i32 = match self.w(j)? {
            W::Last | W::Past => -1,
            W::Previous => -2,
            W::This | W::Current => 0,
            W::Next | W::Coming => 1,
            W::Following => 2,
            W::Same | W::That => 3,
            W::Weekend if has_the => {
                // Mon-Fri: the weekend just past; Sat/Sun: this one.
                let d = if dct.weekday().number_from_monday() <= 5 { dct - Duration::days(7) } else { dct };
                return Some(vec![m(i, j + 1, val(format!("{}-WE", fmt_week(d)), TimexType::Date))]);
            }
            W::Recent if has_the => return None,
            _ => return None,
        };
        let k = j + 1;
        if n == 3 {
            // "the same day", "that day"
            if self.lx(k) == Lex::Unit(Unit::Day, false) && (has_the || self.w(j) == Some(W::That)) {
                return Some(vec![m(i, k + 1, Sem::Anchored { days: 0 })]);
            }
            return None;
        }
        match self.lx(k) {
            // "this week-end", "next week-end"
            Lex::Unit(Unit::Week, false)
                if self.is_punct(k + 1, b'-') && self.w(k + 2) == Some(W::End) && n.abs() <= 1 =>
            {
                let d = dct + Duration::days(7 * n as i64);
                Some(vec![m(i, k + 3, val(format!("{}-WE", fmt_week(d)), TimexType::Date))])
            }
            Lex::Unit(u, false) => {
                if n == -2 || n == 2 {
                    // "the previous day", "the following week"
                    if !has_the && n == 2 {
                        return None;
                    }
                    let off: i32 = if n == -2 { -1 } else { 1 };
                    if u == Unit::Day {
                        return Some(vec![m(i, k + 1, Sem::Anchored { days: off as i64 })]);
                    }
                    return Some(vec![m(i, k + 1, Sem::AnchoredUnit { unit: u, n: off })]);
                }
                if has_the && n == -1 {
                    // "over the past year" in news: the year before the
                    // DCT's, the year a report looks back on ("a rise in
                    // hate groups over the past year", in March), as
                    // TimeBank marks it; not "the last year of his term"
                    // (the final one).
                    if u == Unit::Year && !self.lenient && !matches!(self.w(k + 1), Some(W::Of)) {
                        return Some(vec![m(i, k + 1, val(relative_unit(dct, u, -1), TimexType::Date))]);
                    }
                    // "the past week": a duration.
                    return Some(vec![m(i, k + 1, val(duration(u, Some(1.0)), TimexType::Duration))]);
                }
                if u <= Unit::Hour {
                    return None;
                }
                // "This quarter's loss includes charges" in a quarterly
                // report: results are of a quarter that is over, the one
                // reported.
                if n == 0
                    && u == Unit::Quarter
                    && !has_the
                    && self.quarter_doc
                    && self.lx(k + 1) == Lex::Poss
                    && matches!(
                        self.word(k + 2).to_ascii_lowercase().as_str(),
                        "loss" | "profit" | "net" | "earnings" | "results" | "sales" | "revenue"
                    )
                {
                    return Some(vec![m(
                        i,
                        k + 1,
                        Sem::SameQuarter { year: None, back: 0, fallback: relative_unit(dct, u, -1) },
                    )]);
                }
                if n == -1 && u == Unit::Year && self.last_years_amount(i) {
                    return Some(vec![m(i, k + 1, self.year_ago_quarter())]);
                }
                Some(vec![m(i, k + 1, val(relative_unit(dct, u, n), TimexType::Date))])
            }
            Lex::Word(W::Weekend) => {
                let d = dct + Duration::days(7 * n.clamp(-1, 1) as i64);
                Some(vec![m(i, k + 1, val(format!("{}-WE", fmt_week(d)), TimexType::Date))])
            }
            // "the next morning", "the following evening": that part of the
            // day after the last date mentioned.
            Lex::PartDay(p) if has_the && (n == 1 || n == 2) => {
                let suffix = format!("T{}", PARTS[p as usize]);
                Some(vec![m(i, k + 1, Sem::WithTime { day: Box::new(Sem::Anchored { days: 1 }), suffix })])
            }
            Lex::PartDay(p) if !has_the && n != 1 => {
                // "this morning", "last night"
                let d = if n == -1 { dct - Duration::days(1) } else { dct };
                if n == -1 && p != 3 {
                    return None;
                }
                Some(vec![m(i, k + 1, val(format!("{}T{}", fmt_day(d), PARTS[p as usize]), TimexType::Time))])
            }
            Lex::Season(s) => {
                let n = n.clamp(-1, 1);
                // Winter runs across the new year: in January and February
                // the current season is last year's winter.
                // Seasons counted as year * 4 + season.
                let cur = if dct.month() <= 2 {
                    (dct.year() - 1) * 4 + 3
                } else {
                    dct.year() * 4 + season_of(dct.month()) as i32
                };
                let s_i = s as i32;
                let y = match n {
                    // "this summer": the DCT's year ("this winter" in
                    // January: the one that began last year).
                    0 if s == 3 && dct.month() <= 2 => dct.year() - 1,
                    0 => dct.year(),
                    -1 => (cur - 1 - s_i).div_euclid(4),
                    _ => (cur + 4 - s_i).div_euclid(4),
                };
                if !has_the || n != 0 {
                    return Some(vec![m(i, k + 1, val(format!("{y:04}-{}", SEASONS[s as usize]), TimexType::Date))]);
                }
                None
            }
            Lex::Month(mo) if !has_the && n != 0 => {
                // "last Oct. 23", "next March 5": that day before (after)
                // the DCT.
                if let Some(d) = self.day_num(k + 1) {
                    let at = |y: i32| NaiveDate::from_ymd_opt(y, mo, d);
                    let y0 = dct.year();
                    let pick = if n < 0 {
                        [y0, y0 - 1].into_iter().filter_map(at).find(|x| *x < dct)
                    } else {
                        [y0, y0 + 1].into_iter().filter_map(at).find(|x| *x > dct)
                    };
                    if let Some(x) = pick {
                        return Some(vec![m(i, k + 2, val(fmt_day(x), TimexType::Date))]);
                    }
                }
                let cur = dct.month();
                let y = match n.clamp(-1, 1) {
                    -1 => {
                        if mo < cur {
                            dct.year()
                        } else {
                            dct.year() - 1
                        }
                    }
                    _ => {
                        if mo > cur {
                            dct.year()
                        } else {
                            dct.year() + 1
                        }
                    }
                };
                Some(vec![m(i, k + 1, val(fmt_month(y, mo), TimexType::Date))])
            }
            Lex::Month(mo) if !has_the => Some(vec![m(i, k + 1, val(fmt_month(dct.year(), mo), TimexType::Date))]),
            _ => {
                // "the past two months", "the next three years", "last 3 weeks"
                if n == 3 {
                    return None;
                }
                let (e, num) = self.number(k)?;
                // "expected to last six weeks", "will last 48 hours": the
                // verb, out of the span (the duration starts after it).
                let verb = !has_the
                    && i == j
                    && self.w(i) == Some(W::Last)
                    && i > 0
                    && matches!(
                        self.word(i - 1).to_ascii_lowercase().as_str(),
                        "to" | "will" | "would" | "could" | "may" | "might" | "should" | "can" | "and" | "not"
                    );
                if verb {
                    return None;
                }
                if let Lex::Unit(u, _) = self.lx(e) {
                    if num.is_some() && matches!(self.lx(k), Lex::Word(W::A)) {
                        return None;
                    }
                    return Some(vec![m(i, e + 1, val(duration(u, num), TimexType::Duration))]);
                }
                None
            }
        }
    }

    /// Whether the words before an "a" + unit at `i` make it a rate: a
    /// number, percent sign, multiplier ("twice", "three times") or a
    /// counted noun ("700 seats", "200,000 pesos", "$3.2 billion") ends
    /// right before it. Not "in a year", "for a week" or "a day after".
    fn rate_before(&self, i: usize) -> bool {
        let numeric = |k: usize| {
            let w = self.word(k);
            // A year is no count ("In 2023 a month of protests ...").
            if let Lex::Int(v, 4) = self.lx(k) {
                if (1000..=2100).contains(&v) {
                    return false;
                }
            }
            matches!(self.lx(k), Lex::Int(..) | Lex::NumWord(_))
                || w.starts_with(|c: char| c.is_ascii_digit())
                || ["hundred", "thousand", "million", "billion", "trillion", "dozen"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
        };
        if i == 0 {
            return false;
        }
        let p = self.word(i - 1);
        if ["%", "percent", "twice", "once", "thrice", "times"].iter().any(|x| p.eq_ignore_ascii_case(x))
            || numeric(i - 1)
        {
            return true;
        }
        // "700 seats a week", "24 hours a day", "12 people a day": a
        // counted plural noun.
        let plural = p.ends_with('s') || ["people", "children", "men", "women", "staff", "cattle"].contains(&p);
        let noun = !p.is_empty()
            && p.chars().all(|c| c.is_ascii_lowercase())
            && plural
            && !matches!(self.lx(i - 1), Lex::Word(_));
        noun && i >= 2 && numeric(i - 2)
    }

    /// Durations and offsets: "three years", "two-year", "three years ago",
    /// "a year earlier", "the first nine months", bare "years".
    fn quantity(&self, i: usize) -> Option<Vec<M>> {
        let mut s = i;
        if self.w(s) == Some(W::The) {
            s += 1;
            if matches!(self.lx(s), Lex::Ordinal(1)) || self.w(s) == Some(W::Last) {
                s += 1;
            }
        }
        // "a year-earlier loss": the adjective is "year-earlier" (matched
        // from the next token), not the duration "a year".
        if self.w(s) == Some(W::A)
            && self.lx(s + 1) == Lex::Unit(Unit::Year, false)
            && self.is_punct(s + 2, b'-')
            && matches!(self.w(s + 3), Some(W::Earlier) | Some(W::Ago))
        {
            return None;
        }
        // "year-earlier", "year-ago" adjectives.
        if let Lex::Unit(Unit::Year, false) = self.lx(s) {
            if self.is_punct(s + 1, b'-') && matches!(self.w(s + 2), Some(W::Earlier) | Some(W::Ago)) {
                let e = s + 3;
                // "For the nine months, ... In the year-earlier period": the
                // nine months a year back, a length as the months are.
                if self.lx(e) == Lex::Word(W::Period) {
                    if let Some(n) = self.months_before(i) {
                        return Some(vec![m(i, e + 1, val(duration(Unit::Month, Some(n)), TimexType::Duration))]);
                    }
                }
                if let Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period) = self.lx(e) {
                    return Some(vec![m(i, e + 1, self.year_ago_quarter())]);
                }
                // "the year-earlier nine months": the length, a year back.
                if let Some((e2, Some(n))) = self.number(e) {
                    if let Lex::Unit(u @ (Unit::Week | Unit::Month), true) = self.lx(e2) {
                        return Some(vec![m(i, e2 + 1, val(duration(u, Some(n)), TimexType::Duration))]);
                    }
                }
                let v = if self.near_quarter(i) {
                    self.year_ago_quarter()
                } else {
                    val(format!("{:04}", self.dct.year() - 1), TimexType::Date)
                };
                // "the year-earlier results": the article belongs to the
                // noun, as with "the 30-day period".
                return Some(vec![m(s, e, v)]);
            }
        }
        // "a day-long meeting", "a decades-long feud": the length.
        if let Lex::Unit(u, plural) = self.lx(s) {
            if s == i && self.is_punct(s + 1, b'-') && self.word(s + 2).eq_ignore_ascii_case("long") {
                let n = if plural { None } else { Some(1.0) };
                return Some(vec![m(i, s + 3, val(duration(u, n), TimexType::Duration))]);
            }
        }
        // Bare plural units: "years", "decades" (and "recent years"); not
        // the unit of a number that did not make a time ("52 years old").
        if let Lex::Unit(u, true) = self.lx(s) {
            let counted = s > 0 && matches!(self.lx(s - 1), Lex::Int(..) | Lex::NumWord(_));
            if s == i && !counted {
                if self.w(s + 1) == Some(W::Ago) {
                    return Some(vec![m(i, s + 2, val("PAST_REF".into(), TimexType::Date))]);
                }
                // Not "quarters" alone ("such quarters" are lodgings).
                if u != Unit::Quarter && (u >= Unit::Day && !matches!(self.w(s + 1), Some(W::Of)) || u >= Unit::Year) {
                    return Some(vec![m(i, s + 1, val(duration(u, None), TimexType::Duration))]);
                }
            }
            return None;
        }
        let (e, num) = self.number(s)?;
        // "two more weeks", "a few more days", "an additional year", "a
        // further six months", "an extra day"
        let more = self.w(e) == Some(W::More)
            || ["additional", "further", "extra"].iter().any(|w| self.word(e).eq_ignore_ascii_case(w));
        // "a month-long strike": the article is the noun's ("month-long"
        // is matched from the unit).
        if self.w(s) == Some(W::A)
            && e == s + 1
            && self.is_punct(e + 1, b'-')
            && self.word(e + 2).eq_ignore_ascii_case("long")
        {
            return None;
        }
        // "a further six months": the count after the adjective.
        let further = (more && num == Some(1.0) && self.w(s) == Some(W::A))
            .then(|| self.number(e + 1))
            .flatten()
            .filter(|&(e2, n)| n.is_some() && matches!(self.lx(e2), Lex::Unit(_, true)));
        let (e, num) = match further {
            Some(x) => x,
            None if more && matches!(self.lx(e + 1), Lex::Unit(..)) => (e + 1, num),
            None => (e, num),
        };
        // "eight trading days", "ten business days": a length in days (no
        // offset: such days skip weekends).
        if matches!(self.lx(e + 1), Lex::Unit(Unit::Day, _))
            && ["trading", "business", "working"].iter().any(|w| self.word(e).eq_ignore_ascii_case(w))
        {
            return Some(vec![m(i, e + 2, val(duration(Unit::Day, num), TimexType::Duration))]);
        }
        // Lenient mode: "2 upcoming weeks", "two upcoming day": the nth unit
        // ahead (the number before "upcoming" counts units, it is no
        // length).
        if self.lenient && s == i && self.word(e).eq_ignore_ascii_case("upcoming") {
            if let (Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year), _), Some(n)) =
                (self.lx(e + 1), num)
            {
                if n.fract() == 0.0 && (1.0..=1000.0).contains(&n) {
                    return Some(vec![m(i, e + 2, val(relative_unit(self.dct, u, n as i32), TimexType::Date))]);
                }
            }
        }
        let (unit, plural, mut end) = match self.lx(e) {
            Lex::Unit(u, p) => (u, p, e + 1),
            Lex::Punct(b'-') => match self.lx(e + 1) {
                // "two-year", "10-year"
                Lex::Unit(u, false) => (u, false, e + 2),
                _ => return None,
            },
            _ => return None,
        };
        // "the first two quarters of 1990": that year's first half.
        if unit == Unit::Quarter && plural && num == Some(2.0) && s == i + 2 && self.w(end) == Some(W::Of) {
            let half = if self.lx(i + 1) == Lex::Ordinal(1) { 1 } else { 2 };
            if let Some((y, e2)) = self.year_slot(end + 1, 0) {
                let mut x = m(i, e2, val(format!("{y:04}-H{half}"), TimexType::Date));
                x.relative = false;
                return Some(vec![x]);
            }
        }
        // "a quarter of the market", "three quarters of them": a fraction.
        if unit == Unit::Quarter && self.w(end) == Some(W::Of) && matches!(num, Some(n) if n == 1.0 || n == 3.0) {
            return None;
        }
        // "an hour and a half", "a year and a half"
        let mut num = num;
        if !plural
            && num == Some(1.0)
            && self.w(end) == Some(W::And)
            && self.w(end + 1) == Some(W::A)
            && self.w(end + 2) == Some(W::Half)
        {
            num = Some(1.5);
            end += 3;
        }
        // "a fortnight ago", "two fortnights": two weeks each.
        if unit == Unit::Week && ["fortnight", "fortnights"].iter().any(|f| self.word(e).eq_ignore_ascii_case(f)) {
            num = num.map(|v| v * 2.0);
        }
        // "a few" is plural; "a" with a plural unit is not a number.
        if matches!(self.lx(s), Lex::Word(W::A)) && num == Some(1.0) && plural {
            return None;
        }
        let n_int = num.map(|v| v as i64);
        // "Islam will one day be the second religion": some day ahead, not
        // a day's length.
        if unit == Unit::Day && s == i && end == s + 2 && i > 0 && self.word(s).eq_ignore_ascii_case("one") {
            const MODALS: [&str; 8] = ["will", "would", "could", "may", "might", "can", "should", "must"];
            if MODALS.iter().any(|w| self.word(i - 1).eq_ignore_ascii_case(w)) {
                return Some(vec![m(i, end, val("FUTURE_REF".into(), TimexType::Date))]);
            }
        }
        // "a week or so ago": an approximate offset, "or so" in the span.
        let or_so = self.w(end) == Some(W::Or)
            && self.word(end + 1).eq_ignore_ascii_case("so")
            && self.w(end + 2) == Some(W::Ago);
        if or_so {
            end += 2;
        }
        let approx = |mut v: Vec<M>| {
            if or_so {
                v[0].modifier = Some("APPROX");
            }
            Some(v)
        };
        // Offsets. "down from $156 billion a month before." and "a day
        // after," end their clause: the same as "earlier" and "later"
        // ("a week before the vote" is a length before an event).
        let bare = matches!(self.lx(end + 1), Lex::Punct(b'.' | b',' | b';' | b')')) || end + 1 >= self.lex.len();
        let offset = match self.w(end) {
            Some(W::Before) if bare => Some(W::Earlier),
            Some(W::After) if bare => Some(W::Later),
            w => w,
        };
        match offset {
            Some(W::Ago) => {
                let v = match n_int {
                    Some(1) if unit == Unit::Year && self.near_quarter(i) => {
                        return Some(vec![m(i, end + 1, self.year_ago_quarter())]);
                    }
                    Some(n) if num.is_some_and(|x| x.fract() == 0.0) => {
                        let (v, k) = self.shift(unit, -n);
                        return approx(vec![m(i, end + 1, val(v, k))]);
                    }
                    _ => "PAST_REF".into(),
                };
                return approx(vec![m(i, end + 1, val(v, TimexType::Date))]);
            }
            Some(W::Earlier) | Some(W::Later) if s == i => {
                let sign = if offset == Some(W::Earlier) { 1 } else { -1 };
                // "Three days later", "an hour later", "a day earlier": a
                // length after or before the last date mentioned (TimeBank
                // marks the length, the signal "later" outside it), the
                // day reached as its anchor. Months and years stay dates:
                // "a year earlier" compares periods.
                if matches!(unit, Unit::Minute | Unit::Hour | Unit::Day | Unit::Week) {
                    let days = match unit {
                        Unit::Day => n_int.map(|n| -sign * n),
                        Unit::Week => n_int.map(|n| -sign * 7 * n),
                        _ => num.map(|_| 0),
                    };
                    let days = days.map(|d| d.clamp(-100_000, 100_000));
                    return Some(vec![m(i, end, Sem::Length { value: duration(unit, num), days })]);
                }
                if unit == Unit::Day {
                    if let Some(n) = n_int {
                        return Some(vec![m(i, end + 1, Sem::Anchored { days: -sign * n })]);
                    }
                }
                // "slowed to 4.4% in October from 5.1% a year earlier": the
                // month just named, a year before.
                // "to 2.1% in February from 2.8% a month earlier": January.
                let per = match unit {
                    Unit::Year => 12,
                    Unit::Month => 1,
                    _ => 0,
                };
                if let (Some(n), true) = (n_int, sign == 1 && per > 0 && self.month_just_before(i)) {
                    let n = i32::try_from(n).unwrap_or(0).clamp(-10_000, 10_000);
                    return Some(vec![m(i, end + 1, Sem::AnchoredUnit { unit: Unit::Month, n: -per * n })]);
                }
                let v = match n_int {
                    Some(1) if sign == 1 && unit == Unit::Year && self.near_quarter(i) => {
                        return Some(vec![m(i, end + 1, self.year_ago_quarter())]);
                    }
                    Some(n) => ago(self.dct, unit, sign * n),
                    None => (if sign > 0 { "PAST_REF" } else { "FUTURE_REF" }).into(),
                };
                return Some(vec![m(i, end + 1, val(v, TimexType::Date))]);
            }
            Some(W::Hence) => {
                if let Some(n) = n_int {
                    let (v, k) = self.shift(unit, n);
                    return Some(vec![m(i, end + 1, val(v, k))]);
                }
            }
            // "a day from (right) now"
            Some(W::From)
                if matches!(self.w(end + 1), Some(W::Now | W::Today))
                    || (self.w(end + 1) == Some(W::Right) && self.w(end + 2) == Some(W::Now)) =>
            {
                let right = self.w(end + 1) == Some(W::Right);
                if let Some(n) = n_int {
                    let (v, k) = if self.w(end + 1) == Some(W::Today) {
                        (ago(self.dct, unit, -n), TimexType::Date)
                    } else {
                        self.shift(unit, n)
                    };
                    return Some(vec![m(i, end + 2 + right as usize, val(v, k))]);
                }
            }
            // Lenient mode: "15 minutes from 1pm", "an hour before noon":
            // an offset from a clock time on the same day.
            Some(W::After | W::Before | W::From)
                if self.lenient && s == i && matches!(unit, Unit::Minute | Unit::Hour) =>
            {
                let t = self.time_of_day(end + 1).and_then(|v| v.into_iter().next());
                if let (Some(n), Some(t)) = (num, t) {
                    if let Sem::WithTime { day, suffix } = &t.sem {
                        let hm = suffix.get(1..3).zip(suffix.get(4..6));
                        let hm = hm.and_then(|(h, m)| Some((h.parse::<i64>().ok()?, m.parse::<i64>().ok()?)));
                        if let (Sem::Today { ambiguous: false }, Some((h, mi))) = (day.as_ref(), hm) {
                            let per = if unit == Unit::Hour { 60.0 } else { 1.0 };
                            let sign = if self.w(end) == Some(W::Before) { -1 } else { 1 };
                            let at = h * 60 + mi + sign * (n * per).round() as i64;
                            if (0..24 * 60).contains(&at) {
                                let suffix = format!("T{:02}:{:02}", at / 60, at % 60);
                                let day = Box::new(Sem::Today { ambiguous: false });
                                return Some(vec![m(i, t.end, Sem::WithTime { day, suffix })]);
                            }
                        }
                    }
                }
            }
            // "three days after Easter", "a week before Christmas", "a year
            // from Christmas": an offset from a named day.
            Some(W::After | W::Before | W::From) if s == i && unit >= Unit::Day && unit != Unit::Quarter => {
                if let (Some(n), Some(base)) = (n_int, self.day_after(end + 1)) {
                    let sign = if self.w(end) == Some(W::Before) { -1 } else { 1 };
                    let mut x = m(i, base.end, Sem::Shifted { base: Box::new(base.sem), unit, n: sign * n });
                    x.relative = base.relative;
                    return Some(vec![x]);
                }
            }
            _ => {}
        }
        // News: "(will be redeemed) in five years" is that time ahead in a
        // future clause, the length in any other.
        if !self.lenient
            && s == i
            && i > 0
            && self.w(i - 1) == Some(W::In)
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            && !self.is_punct(end, b'-')
        {
            if let (Some(n), Some(x)) = (n_int, num) {
                if x.fract() == 0.0 && n > 0 {
                    return Some(vec![m(i, end, Sem::InTime { unit, n })]);
                }
            }
        }
        // Query mode: "in 2 hours" is a point after the DCT.
        if self.lenient && s == i && i > 0 && self.w(i - 1) == Some(W::In) {
            if let Some(n) = num {
                let v = match unit {
                    Unit::Hour if n.fract() != 0.0 => Some(self.shift(Unit::Minute, (n * 60.0).round() as i64)),
                    _ if n.fract() == 0.0 && unit != Unit::Quarter => Some(self.shift(unit, n as i64)),
                    _ => None,
                };
                if let Some((v, k)) = v {
                    return Some(vec![m(i, end, val(v, k))]);
                }
            }
        }
        // Ages are not times: "two-year-old", "52 years old", "a
        // 10-month-old boy".
        if self.is_punct(end, b'-') && self.word(end + 1).eq_ignore_ascii_case("old") {
            return None;
        }
        if self.word(end).eq_ignore_ascii_case("old") {
            return None;
        }
        // A rate: "200,000 pesos a month", "$3.2 billion a year", "3% a
        // year", "four flights a week", "twice a week": a set (TIMEX3 SET,
        // each month), not a month-long stretch.
        if s == i
            && self.w(i) == Some(W::A)
            && !plural
            && num == Some(1.0)
            && end == e + 1
            && (Unit::Hour..=Unit::Year).contains(&unit)
            && !matches!(self.w(end), Some(W::After | W::Before | W::Later | W::Earlier))
            && self.rate_before(i)
        {
            return Some(vec![m(i, end, val(duration(unit, Some(1.0)), TimexType::Set))]);
        }
        if self.w(end) == Some(W::Or) {
            // "the next year or so"
            if self.word(end + 1) == "so" {
                end += 2;
            }
        }
        // "the 30-day period": the article belongs to the noun, not to the
        // adjectival duration (as in TimeBank).
        let start = if s == i + 1 && self.is_punct(e, b'-') && self.w(i) == Some(W::The) { s } else { i };
        Some(vec![m(start, end, val(duration(unit, num), TimexType::Duration))])
    }

    /// Quarters and halves: "the third quarter", "third-quarter",
    /// "the fourth quarter of 2024", "the quarter", "the first half".
    fn quarter(&self, i: usize) -> Option<Vec<M>> {
        if let Lex::YearQ(y, q) = self.lx(i) {
            let mut x = m(i, i + 1, val(format!("{y:04}-Q{q}"), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        if let Some(q) = quarter_token(self.word(i)) {
            // "Q3", "3Q", "Q3 2024": a quarter, of the year after it or
            // placed like "the third quarter".
            if let Some(y) = self.year_after(i + 1) {
                let mut x = m(i, i + 2, val(format!("{y:04}-Q{q}"), TimexType::Date));
                x.relative = false;
                return Some(vec![x]);
            }
            return Some(vec![m(i, i + 1, Sem::Quarter { q })]);
        }
        let mut j = i;
        let mut the = self.w(j) == Some(W::The);
        if the {
            j += 1;
        }
        // "the July-September quarter", "the April-June period": the three
        // months of a calendar quarter are that quarter.
        if let (true, Lex::Month(a), Lex::Month(b)) = (the, self.lx(j), self.lx(j + 2)) {
            let sep = self.is_punct(j + 1, b'-') || self.w(j + 1) == Some(W::To);
            let period = matches!(self.lx(j + 3), Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period));
            if sep && period && a % 3 == 1 && b == a + 2 {
                let q = a.div_ceil(3);
                let end = j + 4;
                let yk = if self.w(end) == Some(W::Of) { end + 1 } else { end };
                if let Some(y) = self.year_after(yk) {
                    let mut x = m(i, yk + 1, val(format!("{y:04}-Q{q}"), TimexType::Date));
                    x.relative = false;
                    return Some(vec![x]);
                }
                return Some(vec![m(i, end, Sem::Quarter { q })]);
            }
        }
        let mut pre_year = None;
        if the {
            if let (Lex::Int(y, 4), Lex::Ordinal(1..=4) | Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period)) =
                (self.lx(j), self.lx(j + 1))
            {
                if (1900..=2099).contains(&y) {
                    // "the 1988 period": that year's (reported) period, its
                    // quarter in a quarterly report.
                    if self.lx(j + 1) == Lex::Word(W::Period) {
                        let sem = if self.near_quarter(i) {
                            self.quarter_in(y as i32)
                        } else {
                            val(format!("{y:04}"), TimexType::Date)
                        };
                        let mut x = m(i, j + 2, sem);
                        x.relative = false;
                        return Some(vec![x]);
                    }
                    pre_year = Some(y as i32);
                    j += 1;
                }
            }
        }
        // "last year's quarter", "the corresponding period last year", "the
        // same quarter a year earlier": the reported quarter a year before.
        let year_ago_after = |k: usize| {
            if self.w(k) == Some(W::Last) && self.lx(k + 1) == Lex::Unit(Unit::Year, false) {
                Some(k + 2)
            } else if self.w(k) == Some(W::A)
                && self.lx(k + 1) == Lex::Unit(Unit::Year, false)
                && matches!(self.w(k + 2), Some(W::Earlier | W::Ago))
            {
                Some(k + 3)
            } else {
                None
            }
        };
        let period_at = |k: usize| matches!(self.lx(k), Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period));
        if self.w(i) == Some(W::Last)
            && self.lx(i + 1) == Lex::Unit(Unit::Year, false)
            && self.lx(i + 2) == Lex::Poss
            && period_at(i + 3)
            && (self.lx(i + 3) != Lex::Word(W::Period) || self.near_quarter(i))
        {
            return Some(vec![m(i, i + 4, self.year_ago_quarter())]);
        }
        // "the same month a year earlier", "the same month last year": the
        // month last mentioned, a year before.
        if the && self.w(j) == Some(W::Same) && self.lx(j + 1) == Lex::Unit(Unit::Month, false) {
            if let Some(end) = year_ago_after(j + 2) {
                return Some(vec![m(i, end, Sem::AnchoredUnit { unit: Unit::Month, n: -12 })]);
            }
        }
        if the
            && (self.w(j) == Some(W::Same)
                || ["corresponding", "comparable"].iter().any(|w| self.word(j).eq_ignore_ascii_case(w)))
            && period_at(j + 1)
        {
            if let Some(end) = year_ago_after(j + 2) {
                let sem = if self.lx(j + 1) == Lex::Word(W::Period) && !self.near_quarter(i) {
                    val(format!("{:04}", self.dct.year() - 1), TimexType::Date)
                } else {
                    self.year_ago_quarter()
                };
                return Some(vec![m(i, end, sem)]);
            }
        }
        // "this year's third quarter", "last year's fourth quarter"
        if let (Some(n), Lex::Unit(Unit::Year, false), Lex::Poss, Lex::Ordinal(1..=4)) =
            (self.deixis(i), self.lx(i + 1), self.lx(i + 2), self.lx(i + 3))
        {
            pre_year = Some(self.dct.year() + n);
            j = i + 3;
            the = true;
        }
        // "the year-ago third quarter", "the year-earlier fourth quarter":
        // that quarter of the year before.
        if the
            && self.lx(j) == Lex::Unit(Unit::Year, false)
            && self.is_punct(j + 1, b'-')
            && matches!(self.w(j + 2), Some(W::Earlier) | Some(W::Ago))
            && matches!(self.lx(j + 3), Lex::Ordinal(1..=4))
        {
            pre_year = Some(self.dct.year() - 1);
            j += 3;
        }
        // "the fiscal first quarter"
        if the && self.w(j) == Some(W::Fiscal) && matches!(self.lx(j + 1), Lex::Ordinal(1..=4)) {
            j += 1;
        }
        let (q, latest) = match self.lx(j) {
            Lex::Ordinal(q @ 1..=4) => (Some(q), false),
            // "the last half of 1989": the second half.
            Lex::Word(W::Last) if the && self.w(j + 1) == Some(W::Half) => (Some(2), false),
            Lex::Word(W::Latest) | Lex::Word(W::Recent) => (None, true),
            Lex::Unit(Unit::Quarter, false) if the => (None, true),
            Lex::Word(W::Fiscal) => {
                // "fiscal 2024", "fiscal year 2024"
                let k = if self.lx(j + 1) == Lex::Unit(Unit::Year, false) { j + 2 } else { j + 1 };
                let y = match self.lx(k) {
                    Lex::Int(y, 4) if (1000..=2099).contains(&y) => y as i32,
                    Lex::Int(y, 2) => 1900 + y as i32 + if y < 50 { 100 } else { 0 },
                    _ => return None,
                };
                let mut x = m(i, k + 1, val(format!("{y:04}"), TimexType::Date));
                x.relative = false;
                return Some(vec![x]);
            }
            _ => return None,
        };
        // "the latest fiscal year", "the latest year": the last one
        // completed, the year before the DCT's.
        if the && self.w(j) == Some(W::Latest) {
            let y = if self.w(j + 1) == Some(W::Fiscal) { j + 2 } else { j + 1 };
            if self.lx(y) == Lex::Unit(Unit::Year, false) {
                return Some(vec![m(i, y + 1, val(format!("{:04}", self.dct.year() - 1), TimexType::Date))]);
            }
        }
        let mut k = if latest && self.lx(j) == Lex::Unit(Unit::Quarter, false) { j } else { j + 1 };
        if self.is_punct(k, b'-') {
            k += 1;
        }
        // "the first half", not "the first half hour".
        let is_half = self.w(k) == Some(W::Half) && !matches!(self.lx(k + 1), Lex::Unit(..));
        // "the latest period" in a quarterly report: the latest quarter.
        let period = latest && self.quarter_doc && self.w(k) == Some(W::Period);
        if self.lx(k) != Lex::Unit(Unit::Quarter, false) && !is_half && !period {
            return None;
        }
        if is_half && !matches!(q, Some(1 | 2)) {
            return None;
        }
        let mut end = k + 1;
        let mut year = pre_year;
        let yk = if self.w(end) == Some(W::Of) { end + 1 } else { end };
        let mut rel_year = false;
        if let Some(y) = self.year_after(yk) {
            year = Some(y);
            end = yk + 1;
        } else if yk > end && self.lx(yk + 1) == Lex::Unit(Unit::Year, false) {
            // "the first quarter of next year", "the second half of last year"
            let off = match self.w(yk) {
                Some(W::This | W::Current) => Some(0),
                Some(W::Next | W::Coming) => Some(1),
                Some(W::Last | W::Past | W::Previous) => Some(-1),
                _ => None,
            };
            if let Some(off) = off {
                year = Some(self.dct.year() + off);
                end = yk + 2;
                rel_year = true;
            } else if self.w(k) == Some(W::Half) && self.w(yk) == Some(W::The) {
                // "the second half of the year": the DCT's year, in the span.
                year = Some(self.dct.year());
                end = yk + 2;
                rel_year = true;
            }
        }
        let q = match q {
            Some(q) => q,
            // "the quarter a year earlier": the same quarter a year before.
            None if year.is_none()
                && self.w(end) == Some(W::A)
                && self.lx(end + 1) == Lex::Unit(Unit::Year, false)
                && matches!(self.w(end + 2), Some(W::Earlier) | Some(W::Ago)) =>
            {
                return Some(vec![m(i, end + 3, self.year_ago_quarter())]);
            }
            None => {
                let mut v = relative_unit(self.dct, Unit::Quarter, -1);
                if let (Some(y), Some(qq)) = (year, v.get(5..).map(str::to_string)) {
                    v = format!("{y:04}-{qq}");
                    return Some(vec![m(i, end, val(v, TimexType::Date))]);
                }
                // "the quarter", "the latest period": the quarter last
                // named, if it is over, else the last completed one.
                return Some(vec![m(i, end, Sem::SameQuarter { year: None, back: 0, fallback: v })]);
            }
        };
        if is_half {
            // After "half of" only a year makes a half-year: "the first
            // half of 1989", "of fiscal 1989", "of this/next/last year",
            // "of the (current) (fiscal) year". "The last half of the
            // decade", "of the session", "of June", "of the '80s" are no
            // half-years.
            if self.w(k + 1) == Some(W::Of) && end == k + 1 && !self.year_phrase(k + 2) {
                return None;
            }
            let y = year.unwrap_or(self.dct.year());
            return Some(vec![m(i, end, val(format!("{y:04}-H{q}"), TimexType::Date))]);
        }
        match year {
            Some(y) => {
                let mut x = m(i, end, val(format!("{y:04}-Q{q}"), TimexType::Date));
                x.relative = rel_year;
                Some(vec![x])
            }
            None => Some(vec![m(i, end, Sem::Quarter { q })]),
        }
    }

    /// Holidays: "Thanksgiving", "last Christmas", "Easter 2014",
    /// "Labor Day of next year".
    fn holiday(&self, i: usize) -> Option<Vec<M>> {
        let (rel, j) = match self.lx(i) {
            Lex::Word(W::Last) | Lex::Word(W::Past) => (-1, i + 1),
            Lex::Word(W::Next) | Lex::Word(W::Coming) => (1, i + 1),
            Lex::Word(W::This) => (2, i + 1),
            Lex::Holi | Lex::Month(_) | Lex::Season(_) | Lex::PartDay(3) => (0, i),
            // "Day of Ashura", "Day of Reconciliation"
            Lex::Unit(Unit::Day, false) if self.w(i + 1) == Some(W::Of) => (0, i),
            // "Thursday of Mysteries", "Monday of the Holy Spirit"
            Lex::Weekday(_) if self.w(i + 1) == Some(W::Of) => (0, i),
            // "the Night Journey", "the Prophet's Ascension"
            Lex::Word(W::The) if matches!(self.lx(i + 1), Lex::Holi | Lex::PartDay(3)) => (0, i + 1),
            _ => return None,
        };
        // "August bank holiday", "summer bank holiday" start with a month
        // or a season, "Night of Power" with "night".
        let day_of =
            matches!(self.lx(j), Lex::Unit(Unit::Day, false) | Lex::Weekday(_)) && self.w(j + 1) == Some(W::Of);
        if !day_of && !matches!(self.lx(j), Lex::Holi | Lex::Month(_) | Lex::Season(_) | Lex::PartDay(3)) {
            return None;
        }
        let words = self.words.get(j..(j + 6).min(self.words.len()))?;
        let (used, rule) = crate::holidays::match_holiday_in(words, self.region)?;
        // "Election Day" is the American one only capitalized ("on election
        // day" may be any country's) and outside other countries' articles.
        if rule == crate::holidays::ELECTION_DAY
            && (self.word(j + 1) != "Day" || self.region.is_some_and(|r| r != "US") || self.lenient)
        {
            return None;
        }
        let mut end = j + used;
        let mut year = None;
        if let Some((y, e)) = self.year_slot(end, 1) {
            year = Some(y);
            end = e;
        } else if self.w(end) == Some(W::Of) {
            if let Some((y, e)) = self.year_slot(end + 1, 1).or_else(|| self.deictic_year(end + 1)) {
                year = Some(y);
                end = e;
            }
        } else if rel == 0 {
            // "during Ramadan last year", "Christmas next year": the
            // holiday of the year named right after it.
            if let Some((y, e)) = self.deictic_year(end) {
                year = Some(y);
                end = e;
            }
        }
        // "Easter week", "Christmas week": the (Monday to Sunday) week of
        // the holiday's day.
        if self.lx(end) == Lex::Unit(Unit::Week, false) && self.word(end).eq_ignore_ascii_case("week") {
            let mut x = m(i, end + 1, Sem::WeekOf(Box::new(Sem::Holiday { rule, year, rel }), false));
            x.relative = year.is_none();
            return Some(vec![x]);
        }
        let mut x = m(i, end, Sem::Holiday { rule, year, rel });
        x.relative = year.is_none();
        Some(vec![x])
    }

    /// "Today is the eighth day of the operation", "It's the second day of
    /// an offensive": a day counted in a present copular clause is the
    /// DCT (not "was the third day of", whose day is the clause's).
    fn counted_day_today(&self, i: usize) -> Option<Vec<M>> {
        if i == 0 || self.w(i) != Some(W::The) || !matches!(self.lx(i + 1), Lex::Ordinal(1..=366)) {
            return None;
        }
        if self.lx(i + 2) != Lex::Unit(Unit::Day, false) || self.w(i + 3) != Some(W::Of) {
            return None;
        }
        let be = self.word(i - 1);
        if !(be.eq_ignore_ascii_case("is") || be == "'s" || be == "\u{2019}s") {
            return None;
        }
        Some(vec![m(i, i + 3, val(fmt_day(self.dct), TimexType::Date))])
    }

    /// "by year-end", "since year end", "by year's end": the end of a
    /// year (`END`), after a preposition (not "year-end results").
    fn year_end(&self, i: usize) -> Option<Vec<M>> {
        if self.lx(i) != Lex::Unit(Unit::Year, false) || i == 0 {
            return None;
        }
        let prep = matches!(
            self.word(i - 1).to_ascii_lowercase().as_str(),
            "by" | "at"
                | "since"
                | "until"
                | "till"
                | "before"
                | "after"
                | "around"
                | "near"
                | "toward"
                | "towards"
                | "through"
                | "from"
                | "to"
        );
        let k = if self.is_punct(i + 1, b'-') || self.lx(i + 1) == Lex::Poss { i + 2 } else { i + 1 };
        if !prep || self.w(k) != Some(W::End) {
            return None;
        }
        // "since year-end": a change measured from the close of the last
        // year, its last day.
        if self.word(i - 1).eq_ignore_ascii_case("since") {
            return Some(vec![m(i, k + 1, val(format!("{:04}-12-31", self.dct.year() - 1), TimexType::Date))]);
        }
        let mut x = m(i, k + 1, Sem::YearEnd);
        x.modifier = Some("END");
        Some(vec![x])
    }

    /// "the closest Monday to Oct 5th", "the second closest xmas to
    /// today", "the third Tuesday after Christmas 2014", "the first Super
    /// Tuesday after 2019": a weekday or a holiday picked by its distance
    /// from a date, or counted after it (an ordinal is needed then).
    fn pick(&self, i: usize) -> Option<Vec<M>> {
        let mut k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        if !matches!(self.lx(k), Lex::Ordinal(_) | Lex::Other) {
            return None;
        }
        let nth = match self.lx(k) {
            Lex::Ordinal(n) if (1..=9).contains(&n) => {
                k += 1;
                Some(n)
            }
            _ => None,
        };
        let closest = ["closest", "nearest"].iter().any(|w| self.word(k).eq_ignore_ascii_case(w));
        if closest {
            k += 1;
        } else if nth.is_none() {
            return None;
        }
        let (what, after_what) = match self.lx(k) {
            Lex::Weekday(wd) => {
                let e = if self.is_punct(k + 1, b'.') { k + 2 } else { k + 1 };
                (Sem::Weekday { wd, rel: 0 }, e)
            }
            _ => {
                let h = self.holiday(k)?.into_iter().next()?;
                if !matches!(h.sem, Sem::Holiday { year: None, rel: 0, .. }) {
                    return None;
                }
                (h.sem, h.end)
            }
        };
        let link = self.word(after_what).to_ascii_lowercase();
        match (closest, link.as_str()) {
            (true, "to") | (false, "after") => {}
            _ => return None,
        }
        let anchor = self.core(after_what + 1)?.into_iter().next()?;
        if anchor.start != after_what + 1 {
            return None;
        }
        let sem = Sem::Pick { what: Box::new(what), anchor: Box::new(anchor.sem), nth: nth.unwrap_or(1), closest };
        Some(vec![m(i, anchor.end, sem)])
    }

    /// "the 20th century" (`19`), "11th century" (`10`); "the nineties"
    /// (`199`): the latest such decade that has begun by the DCT.
    fn century_or_decade(&self, i: usize) -> Option<Vec<M>> {
        let the = self.w(i) == Some(W::The);
        let j = if the { i + 1 } else { i };
        if let (Lex::Ordinal(n @ 1..=30), Lex::Unit(Unit::Century, false)) = (self.lx(j), self.lx(j + 1)) {
            let mut x = m(i, j + 2, val(format!("{:02}", n - 1), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        if !the {
            return None;
        }
        const DECADES: [&str; 8] =
            ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        let d = DECADES.iter().position(|w| self.word(j).eq_ignore_ascii_case(w))? as i32 + 2;
        let recent = 2000 + d * 10;
        let start = if recent <= self.dct.year() { recent } else { 1900 + d * 10 };
        let mut x = m(i, j + 1, val(format!("{:03}", start / 10), TimexType::Date));
        x.relative = false;
        Some(vec![x])
    }

    /// "that year", "later that year", "earlier that year".
    fn that_year(&self, i: usize) -> Option<Vec<M>> {
        let j = if matches!(self.w(i), Some(W::Later | W::Earlier)) { i + 1 } else { i };
        if self.w(j) != Some(W::That) || self.lx(j + 1) != Lex::Unit(Unit::Year, false) {
            return None;
        }
        let mut x = m(i, j + 2, Sem::ThatYear);
        x.relative = true;
        Some(vec![x])
    }

    /// "as high a dividend this year as last", "more this month than
    /// last": the unit of the "this" before it, one back.
    fn elliptic_last(&self, i: usize) -> Option<Vec<M>> {
        if self.w(i) != Some(W::Last) || i == 0 || !matches!(self.lx(i + 1), Lex::Punct(_)) {
            return None;
        }
        if !matches!(self.word(i - 1).to_ascii_lowercase().as_str(), "as" | "than") {
            return None;
        }
        let from = i.saturating_sub(12);
        let k = (from..i.saturating_sub(2)).rev().find(|&k| {
            self.w(k) == Some(W::This)
                && matches!(self.lx(k + 1), Lex::Unit(Unit::Week | Unit::Month | Unit::Year, false))
        })?;
        let Lex::Unit(u, _) = self.lx(k + 1) else {
            return None;
        };
        Some(vec![m(i, i + 1, val(relative_unit(self.dct, u, -1), TimexType::Date))])
    }

    /// "that quarter" ("Results for that quarter included a charge").
    fn that_quarter(&self, i: usize) -> Option<Vec<M>> {
        if self.w(i) != Some(W::That) || self.lx(i + 1) != Lex::Unit(Unit::Quarter, false) {
            return None;
        }
        Some(vec![m(i, i + 2, Sem::ThatQuarter)])
    }

    /// Seasons: "the summer", "summer 2024", "the winter of 2023".
    fn season(&self, i: usize) -> Option<Vec<M>> {
        let the = self.w(i) == Some(W::The);
        let j = if the { i + 1 } else { i };
        let Lex::Season(s) = self.lx(j) else {
            return None;
        };
        let k = if self.w(j + 1) == Some(W::Of) { j + 2 } else { j + 1 };
        if let Some((y, end)) = self.year_slot(k, 0) {
            let mut x = m(i, end, val(format!("{y:04}-{}", SEASONS[s as usize]), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        // A bare season needs "the", a preposition or an early/late/mid
        // before it ("fall" is a verb).
        let prep = i > 0
            && (matches!(self.w(i - 1), Some(W::In | W::Since | W::Until | W::By | W::Through | W::Early | W::Late))
                || (self.is_punct(i - 1, b'-') && i > 1 && self.w(i - 2) == Some(W::Mid))
                || self.w(i - 1) == Some(W::Mid));
        // Lower-case "fall" after early/late/mid is mostly a drop ("a late
        // fall on the share market", "an early fall in rates"): a season
        // only after a preposition ("in late fall"), or after the/this/
        // last/next or a year and not before in/on/of/to/from.
        let modifier = (i > 0 && matches!(self.w(i - 1), Some(W::Early | W::Late | W::Mid)))
            || (i > 1 && self.is_punct(i - 1, b'-') && self.w(i - 2) == Some(W::Mid));
        if !the && modifier && self.word(j) == "fall" {
            let md = if self.is_punct(i - 1, b'-') { i - 2 } else { i - 1 };
            let before = if md > 0 { self.word(md - 1).to_ascii_lowercase() } else { String::new() };
            let after_prep = matches!(before.as_str(), "in" | "by" | "until" | "till" | "since" | "through" | "during");
            let det = matches!(before.as_str(), "the" | "this" | "last" | "next")
                || (md > 0 && matches!(self.lx(md - 1), Lex::Int(y, 4) if (1000..=2099).contains(&y)));
            let noun_next = matches!(self.word(j + 1), "in" | "on" | "of" | "to" | "from");
            if !(after_prep || (det && !noun_next)) {
                return None;
            }
        }
        // "compensated for the fall in January", "the fall of the
        // dollar": lower-case "the fall" with a phrase after it is a drop,
        // unless a preposition of time puts it in the calendar ("in the
        // fall of the election year").
        if the && self.word(j) == "fall" && matches!(self.word(j + 1), "in" | "on" | "of" | "to" | "from" | "by" | "at")
        {
            let before = if i > 0 { self.word(i - 1).to_ascii_lowercase() } else { String::new() };
            if !matches!(
                before.as_str(),
                "in" | "during" | "by" | "until" | "till" | "since" | "through" | "before" | "after"
            ) {
                return None;
            }
        }
        if the || prep {
            return Some(vec![m(i, j + 1, Sem::Season { s })]);
        }
        None
    }

    /// Years and decades: "2022", "the 1990s", "1990s".
    fn year(&self, i: usize) -> Option<Vec<M>> {
        let (j, the) = if self.w(i) == Some(W::The) { (i + 1, true) } else { (i, false) };
        if let Lex::Decade(p) = self.lx(j) {
            // "in his 30s": an age.
            let owner = i > 0
                && matches!(
                    self.word(i - 1).to_ascii_lowercase().as_str(),
                    "his" | "her" | "their" | "my" | "our" | "your"
                );
            if owner && !the {
                return None;
            }
            let mut x = m(i, j + 1, val(format!("{p:03}"), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        if the {
            return None;
        }
        // Spoken years: "nineteen ninety-six", "nineteen eighty".
        if let Some((y, end)) = self.spoken_year(i, 0) {
            let mut x = m(i, end, val(format!("{y:04}"), TimexType::Date));
            x.relative = false;
            return Some(vec![x]);
        }
        // An era marker makes any number a year: "14 A.D.", "2014 AD".
        let era = |k: usize| -> Option<usize> {
            let w = self.word(k);
            let dotted = w.eq_ignore_ascii_case("a.d");
            let marker =
                w == "AD" || dotted || w.eq_ignore_ascii_case("a.d.") || (self.lenient && w.eq_ignore_ascii_case("ad"));
            if !marker {
                return None;
            }
            Some(if dotted && self.is_punct(k + 1, b'.') { k + 2 } else { k + 1 })
        };
        if let Lex::Int(n, 1..=4) = self.lx(i) {
            if let Some(end) = era(i + 1).filter(|_| n >= 1 && !self.prev_is_money(i)) {
                let mut x = m(i, end, val(format!("{n:04}"), TimexType::Date));
                x.relative = false;
                return Some(vec![x]);
            }
        }
        // "2014 BC", "500 B.C.", "300 BCE": a year before the common era,
        // TIMEX3 `BC2014`. Not "the 2017 B.C. election" (British Columbia)
        // nor a wire slug ("BC-Iraq").
        let bc = |k: usize| -> Option<usize> {
            let w = self.word(k);
            let dotted = w.eq_ignore_ascii_case("b.c") || w.eq_ignore_ascii_case("b.c.e");
            let marker = matches!(w, "BC" | "BCE")
                || dotted
                || w.eq_ignore_ascii_case("b.c.")
                || w.eq_ignore_ascii_case("b.c.e.")
                || (self.lenient && (w.eq_ignore_ascii_case("bc") || w.eq_ignore_ascii_case("bce")));
            if !marker {
                return None;
            }
            let end = if dotted && self.is_punct(k + 1, b'.') { k + 2 } else { k + 1 };
            let next = self.word(end);
            let capital = next.chars().next().is_some_and(|c| c.is_uppercase());
            (!capital && !self.is_punct(end, b'-')).then_some(end)
        };
        if let Lex::Int(n, 1..=4) = self.lx(i) {
            let det = i > 0
                && matches!(
                    self.word(i - 1).to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
                );
            if let Some(end) = bc(i + 1).filter(|_| n >= 1 && !det && !self.prev_is_money(i)) {
                let mut x = m(i, end, val(format!("BC{n:04}"), TimexType::Date));
                x.relative = false;
                return Some(vec![x]);
            }
        }
        let y = self.year_at(i)?;
        let mut x = m(i, i + 1, val(format!("{y:04}"), TimexType::Date));
        x.relative = false;
        Some(vec![x])
    }

    /// Reference words and sets: "now", "recently", "the past", "the
    /// future", "recent years", "daily", "every week".
    fn refs(&self, i: usize) -> Option<Vec<M>> {
        let v = |e: usize, s: &str| Some(vec![m(i, e, val(s.to_string(), TimexType::Date))]);
        let set = |e: usize, s: String| Some(vec![m(i, e, val(s, TimexType::Set))]);
        match self.w(i)? {
            // A sentence-initial "Now," is a discourse marker, not a time.
            W::Now if self.word(i) == "Now" && self.is_punct(i + 1, b',') => None,
            W::Now | W::Currently | W::Nowadays => v(i + 1, "PRESENT_REF"),
            W::Right if self.w(i + 1) == Some(W::Now) => v(i + 2, "PRESENT_REF"),
            W::Recently => v(i + 1, "PAST_REF"),
            // "it soon will begin", "may soon seek": a time ahead; not "as
            // soon as", "soon after", "too soon", nor in a past narrative
            // ("was soon released", "soon became").
            W::Soon => {
                let prev = if i > 0 { self.word(i - 1).to_ascii_lowercase() } else { String::new() };
                let next = self.word(i + 1).to_ascii_lowercase();
                let after_modal = matches!(
                    prev.as_str(),
                    "will" | "would" | "may" | "might" | "could" | "can" | "should" | "shall" | "must" | "to"
                );
                // A past form after "soon" is the bare verb after a modal
                // ("may soon cut fares").
                let blocked = matches!(prev.as_str(), "as" | "how" | "too" | "so" | "was" | "were" | "had" | "did")
                    || matches!(
                        next.as_str(),
                        "as" | "after" | "afterward" | "afterwards" | "thereafter" | "before" | "enough" | "-"
                    )
                    || (crate::tense::is_past_form(&next) && !after_modal);
                // Only with a cue of the future in its clause: a modal
                // ("may soon raise", "it soon will begin"), an infinitive
                // ("is to close soon") or an expectation ("is expected
                // soon"). A past narrative ("Soon, police arrived", "The
                // fighting soon spread") has none.
                let modal = |w: &str| {
                    matches!(
                        w,
                        "will"
                            | "'ll"
                            | "\u{2019}ll"
                            | "would"
                            | "may"
                            | "might"
                            | "could"
                            | "can"
                            | "should"
                            | "shall"
                            | "must"
                            | "expected"
                            | "expect"
                            | "expects"
                            | "likely"
                            | "due"
                            | "set"
                            | "going"
                            | "plans"
                            | "plan"
                            | "hopes"
                            | "hope"
                    )
                };
                let mut cue = (1..=2).any(|k| modal(&self.word(i + k).to_ascii_lowercase()));
                let mut k = i;
                while !cue && k > 0 && i - k < 6 {
                    k -= 1;
                    let w = self.word(k).to_ascii_lowercase();
                    if matches!(w.as_str(), "." | "!" | "?" | ";" | ":" | "," | "\"" | "\u{201c}" | "\u{201d}") {
                        break;
                    }
                    // "to" opening the verb of "soon": "to close soon",
                    // "to soon".
                    cue = modal(&w) || (w == "to" && i - k <= 2);
                }
                if blocked || !cue {
                    None
                } else {
                    v(i + 1, "FUTURE_REF")
                }
            }
            // "current" before the noun it dates ("its current chairman",
            // "current market conditions"): the present, as TimeBank marks
            // it; not the accounting sense ("current assets", "the current
            // account") nor the noun ("the current of the river").
            // "the then current price": the present of a past time.
            W::Current if self.current_adjective(i) && i > 0 && self.word(i - 1).eq_ignore_ascii_case("then") => {
                Some(vec![m(i - 1, i + 1, val("PAST_REF".into(), TimexType::Date))])
            }
            W::Current if self.current_adjective(i) => v(i + 1, "PRESENT_REF"),
            W::Recent => match self.lx(i + 1) {
                Lex::Unit(u, true) => Some(vec![m(i, i + 2, val(duration(u, None), TimexType::Duration))]),
                _ => None,
            },
            W::The => match self.w(i + 1) {
                // Lenient mode: "(at) the moment" is now.
                _ if self.lenient && self.word(i + 1).eq_ignore_ascii_case("moment") => v(i + 2, "PRESENT_REF"),
                Some(W::Past)
                    if !matches!(
                        self.lx(i + 2),
                        Lex::Unit(..) | Lex::Int(..) | Lex::NumWord(_) | Lex::Word(W::Few | W::Several | W::Couple)
                    ) =>
                {
                    v(i + 2, "PAST_REF")
                }
                // "the future of the alliance": its fate, no time.
                Some(W::Future) if self.w(i + 2) == Some(W::Of) => None,
                Some(W::Future) => v(i + 2, "FUTURE_REF"),
                // "in the new year" (lower case; "the New Year" is the
                // holiday): the year about to begin, from July on ("will
                // resume in the new year" in December = next year); the
                // year just begun before.
                // "since the new year" is the year under way.
                _ if self.word(i + 1) == "new" && self.word(i + 2) == "year" => {
                    let since = i > 0 && self.word(i - 1).eq_ignore_ascii_case("since");
                    let y = self.dct.year() + i32::from(self.dct.month() >= 7 && !since);
                    v(i + 3, &format!("{y:04}"))
                }
                // "the year", "the fiscal year", "the full year", "the
                // current fiscal year": the DCT's year, as a reader of the
                // day takes it; "the year 2000" is that year.
                _ if self.the_year_end(i + 1).is_some() => {
                    let k = self.the_year_end(i + 1)?;
                    if let Some((y, end)) = self.year_slot(k, 2) {
                        let mut x = m(i, end, val(format!("{y:04}"), TimexType::Date));
                        x.relative = false;
                        return Some(vec![x]);
                    }
                    // "the year ended March 31": a year-long period.
                    if self.w(k) == Some(W::Ended) {
                        return Some(vec![m(i, k, val("P1Y".into(), TimexType::Duration))]);
                    }
                    v(k, &format!("{:04}", self.dct.year()))
                }
                // "the near future", "the near term", "the short term"
                _ if matches!(self.word(i + 1).to_ascii_lowercase().as_str(), "near" | "short")
                    && matches!(self.word(i + 2).to_ascii_lowercase().as_str(), "future" | "term") =>
                {
                    v(i + 3, "FUTURE_REF")
                }
                _ => None,
            },
            // "future quarters": an open stretch ahead.
            // "coming weeks", "coming quarters" likewise.
            W::Future | W::Coming if matches!(self.lx(i + 1), Lex::Unit(_, true)) => v(i + 2, "FUTURE_REF"),
            // "(raise money) at a later date", "at a future date": a
            // time ahead, not named.
            W::A if i > 0
                && matches!(self.word(i - 1).to_ascii_lowercase().as_str(), "at" | "on" | "until" | "to")
                && matches!(self.word(i + 1).to_ascii_lowercase().as_str(), "later" | "future")
                && self.word(i + 2).eq_ignore_ascii_case("date") =>
            {
                v(i + 3, "FUTURE_REF")
            }
            // "(live without power) for a while": a length of no named unit.
            W::A if i > 0
                && self.word(i - 1).eq_ignore_ascii_case("for")
                && self.word(i + 1).eq_ignore_ascii_case("while") =>
            {
                Some(vec![m(i, i + 2, val("PXX".into(), TimexType::Duration))])
            }
            // "these days" = nowadays
            W::These if self.lx(i + 1) == Lex::Unit(Unit::Day, true) => v(i + 2, "PRESENT_REF"),
            // "average daily volume": a statistic, no recurrence.
            W::Daily | W::Weekly | W::Monthly if i > 0 && self.word(i - 1).eq_ignore_ascii_case("average") => None,
            W::Daily => set(i + 1, "P1D".into()),
            W::Weekly => set(i + 1, "P1W".into()),
            W::Monthly => set(i + 1, "P1M".into()),
            W::Yearly if self.word(i).eq_ignore_ascii_case("yearly") => set(i + 1, "P1Y".into()),
            W::Every | W::Each => match self.lx(i + 1) {
                Lex::Unit(u, false) => set(i + 2, duration(u, Some(1.0))),
                Lex::Weekday(wd) => set(i + 2, format!("XXXX-WXX-{wd}")),
                // "every March", "each July" (not "each may ...").
                Lex::Month(mo)
                    if self.w(i) == Some(W::Every)
                        || self.word(i + 1).starts_with(|c: char| c.is_ascii_uppercase()) =>
                {
                    set(i + 2, format!("XXXX-{mo:02}"))
                }
                _ => {
                    let (e, n) = self.number(i + 1)?;
                    if let Lex::Unit(u, true) = self.lx(e) {
                        return set(e + 1, duration(u, n));
                    }
                    None
                }
            },
            _ => None,
        }
    }
}

impl Scanner<'_> {
    /// A single day-level expression at `k` (a date, a weekday, a holiday),
    /// for offsets from it.
    fn day_after(&self, k: usize) -> Option<M> {
        let v = self.core(k)?;
        let [x] = &v[..] else {
            return None;
        };
        let day_level = match &x.sem {
            Sem::Value(v, TimexType::Date) => v.len() == 10 && v.as_bytes().get(4) == Some(&b'-'),
            Sem::MonthDay { d, .. } => d.is_some(),
            Sem::Weekday { .. } | Sem::Holiday { .. } | Sem::InMonth { .. } => true,
            _ => false,
        };
        (day_level && x.modifier.is_none()).then(|| x.clone())
    }

    /// Lenient mode: "(the) morning of March 5", "morning of Christmas
    /// 2013": that part of that day. News text keeps TimeBank's span, the
    /// date alone ("the night of *Oct. 23*").
    fn part_of_day_of(&self, i: usize) -> Option<Vec<M>> {
        if !self.lenient {
            return None;
        }
        let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        let Lex::PartDay(p) = self.lx(k) else {
            return None;
        };
        if self.w(k + 1) != Some(W::Of) {
            return None;
        }
        let inner = self.core(k + 2)?;
        let [x] = &inner[..] else {
            return None;
        };
        let day_level = match &x.sem {
            Sem::Value(v, TimexType::Date) => v.len() == 10 && v.as_bytes().get(4) == Some(&b'-'),
            Sem::MonthDay { d, .. } => d.is_some(),
            Sem::Weekday { .. } | Sem::Holiday { .. } | Sem::InMonth { .. } | Sem::Anchored { .. } => true,
            _ => false,
        };
        if !day_level || x.modifier.is_some() {
            return None;
        }
        let mut out =
            m(i, x.end, Sem::WithTime { day: Box::new(x.sem.clone()), suffix: format!("T{}", PARTS[p as usize]) });
        out.relative = x.relative;
        Some(vec![out])
    }

    /// "the last weekend of October (2017)", "last week-end in July": the
    /// weekend of the month's last Saturday.
    fn last_weekend_of(&self, i: usize) -> Option<Vec<M>> {
        let k = if self.w(i) == Some(W::The) { i + 1 } else { i };
        if self.w(k) != Some(W::Last) {
            return None;
        }
        let j = match (self.lx(k + 1), self.lx(k + 2), self.lx(k + 3)) {
            (Lex::Word(W::Weekend), _, _) => k + 2,
            (Lex::Unit(Unit::Week, false), Lex::Punct(b'-'), Lex::Word(W::End)) => k + 4,
            (Lex::Unit(Unit::Week, false), Lex::Word(W::End), _) => k + 3,
            _ if self.lenient && self.word(k + 1).eq_ignore_ascii_case("wkend") => k + 2,
            _ => return None,
        };
        if !matches!(self.w(j), Some(W::Of | W::In)) {
            return None;
        }
        let Lex::Month(mo) = self.lx(j + 1) else {
            return None;
        };
        let (y, end) = match self.year_after(j + 2) {
            Some(y) => (Some(y), j + 3),
            None => (None, j + 2),
        };
        let mut x = m(i, end, Sem::InMonth { y, m: mo, pick: Pick::LastWeekend });
        x.relative = y.is_none();
        Some(vec![x])
    }

    /// A year at `j`: "fiscal 1989", "this/next/last (fiscal) year", "the
    /// (current|full)? (fiscal)? year", "its (fiscal) year".
    fn year_phrase(&self, j: usize) -> bool {
        if self.w(j) == Some(W::Fiscal) && self.year_after(j + 1).is_some() {
            return true;
        }
        let lead = matches!(self.w(j), Some(W::This | W::Next | W::Last | W::Current | W::The))
            || matches!(self.word(j).to_ascii_lowercase().as_str(), "its" | "their");
        if !lead {
            return false;
        }
        let mut k = j + 1;
        if self.w(k) == Some(W::Current) || self.word(k).eq_ignore_ascii_case("full") {
            k += 1;
        }
        if self.w(k) == Some(W::Fiscal) {
            k += 1;
        }
        self.lx(k) == Lex::Unit(Unit::Year, false)
    }

    /// "current" at `i` is an adjective of time: a lower-case word follows
    /// (or a number word: "the current four flights") that is neither a
    /// function word (the noun: "the current of", "the current is") nor a
    /// noun of the accounting or finance sense ("current assets", "current
    /// expenditure", "in current dollars" = nominal, "the current yield",
    /// the Japanese "current profit" of recurring earnings), and no year
    /// comes before it ("a 1986 current account surplus").
    fn current_adjective(&self, i: usize) -> bool {
        const NOT_AFTER: &[&str] = &[
            "of",
            "in",
            "on",
            "at",
            "is",
            "was",
            "are",
            "were",
            "and",
            "or",
            "that",
            "which",
            "to",
            "from",
            "flows",
            "account",
            "accounts",
            "assets",
            "liabilities",
            "ratio",
            "affairs",
            "events",
            "profit",
            "profits",
            "balance",
            "balances",
            "expenditure",
            "expenditures",
            "spending",
            "revenue",
            "revenues",
            "dollars",
            "dollar",
            "prices",
            "terms",
            "yield",
            "yields",
            "coupon",
            "coupons",
            "maturity",
            "maturities",
            "portion",
            "cost",
            "costs",
            "liability",
            "transfers",
            "receipts",
            "outlays",
        ];
        if i > 0 && matches!(self.lx(i - 1), Lex::Int(y, 4) if (1000..=2099).contains(&y)) {
            return false;
        }
        let next = self.word(i + 1);
        matches!(self.lx(i + 1), Lex::Other | Lex::NumWord(_))
            && next.len() > 1
            && next.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !NOT_AFTER.contains(&next)
    }

    /// After "the": "(current|full)? (fiscal)? year" not followed by an
    /// offset word ("the year before", "the year-earlier"): the token after
    /// "year".
    fn the_year_end(&self, k: usize) -> Option<usize> {
        let mut k = k;
        if self.w(k) == Some(W::Current) || self.word(k).eq_ignore_ascii_case("full") {
            k += 1;
        }
        if self.w(k) == Some(W::Fiscal) {
            k += 1;
        }
        if self.lx(k) != Lex::Unit(Unit::Year, false) {
            return None;
        }
        let next = self.lx(k + 1);
        // "a high for the year of $42.875": an amount after "of" is the
        // year's figure, not a name of the year ("the year of the dragon").
        let amount = next == Lex::Word(W::Of) && self.prev_is_money(k + 3);
        let offset = matches!(
            next,
            Lex::Punct(b'-')
                | Lex::Word(W::Before | W::After | W::Earlier | W::Later | W::Ago | W::Or | W::Of | W::Since)
                | Lex::Poss
        );
        (!offset || amount).then_some(k + 1)
    }
}

/// The first year of a token of two successive years, "2023/24" or
/// "2023/2024" (true: the second in four digits).
fn slash_years(w: &str) -> Option<(u32, bool)> {
    let (a, b) = w.split_once('/')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
    if a.len() != 4 || !digits(a) || !digits(b) {
        return None;
    }
    let y: u32 = a.parse().ok()?;
    let n: u32 = b.parse().ok()?;
    let next = (b.len() == 2 && n == (y + 1) % 100) || (b.len() == 4 && n == y + 1);
    ((1900..=2099).contains(&y) && next).then_some((y, b.len() == 4))
}

/// The quarter of a "Q3" or "3Q" token (upper case only: "q3" is rare in
/// news and often a code).
fn quarter_token(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let d = match b {
        [b'Q', d] | [d, b'Q'] => *d,
        _ => return None,
    };
    (b'1'..=b'4').contains(&d).then(|| u32::from(d - b'0'))
}

fn ampm(h: u32, pm: bool) -> u32 {
    if pm && h < 12 {
        h + 12
    } else if !pm && h == 12 {
        0
    } else {
        h
    }
}

/// The first and last day of a year, month or day value.
fn value_days(v: &str) -> Option<(NaiveDate, NaiveDate)> {
    let y: i32 = v.get(..4)?.parse().ok()?;
    match v.len() {
        4 => Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?)),
        7 => {
            let first = NaiveDate::from_ymd_opt(y, v.get(5..7)?.parse().ok()?, 1)?;
            Some((first, crate::resolve::add_months(first, 1) - Duration::days(1)))
        }
        _ => {
            let d = crate::resolve::value_day(v)?;
            Some((d, d))
        }
    }
}

/// The day [`Sem::Pick`] means: the `nth` occurrence of `what` nearest
/// to the anchor value (ties: the earlier), or after its last day.
fn pick_day(what: &Sem, anchor: &str, nth: u32, closest: bool) -> Option<NaiveDate> {
    let (a0, a1) = value_days(anchor)?;
    let mut cands: Vec<NaiveDate> = match what {
        Sem::Weekday { wd, .. } => {
            (-70..=70).map(|k| a0 + Duration::days(k)).filter(|d| d.weekday().number_from_monday() == *wd).collect()
        }
        Sem::Holiday { rule, .. } => {
            (a0.year() - 40..=a0.year() + 40).filter_map(|y| crate::holidays::date_in(*rule, y)).collect()
        }
        _ => return None,
    };
    if closest {
        // Distance from the anchor's span (zero inside it).
        let dist = |d: &NaiveDate| {
            if *d < a0 {
                (a0 - *d).num_days()
            } else if *d > a1 {
                (*d - a1).num_days()
            } else {
                0
            }
        };
        cands.sort_by_key(|d| (dist(d), *d));
    } else {
        cands.retain(|d| *d > a1);
        cands.sort();
    }
    cands.get(nth.checked_sub(1)? as usize).copied()
}

/// Resolves a meaning to `(value, type, anchor)` given its direction and
/// the last full date mentioned before it.
pub(crate) fn resolve(
    sem: &Sem,
    dct: NaiveDate,
    dir: Direction,
    last_day: Option<NaiveDate>,
    now: Option<chrono::NaiveTime>,
) -> (String, TimexType, Option<String>) {
    match sem {
        Sem::Value(v, k) => (v.clone(), *k, None),
        Sem::MonthDay { m: mo, d } => {
            let y = resolve_month_year(dct, *mo, *d, dir);
            match d {
                Some(d) => match NaiveDate::from_ymd_opt(y, *mo, *d) {
                    Some(x) => (fmt_day(x), TimexType::Date, None),
                    None => (format!("{y:04}-{mo:02}-{d:02}"), TimexType::Date, None),
                },
                None => (fmt_month(y, *mo), TimexType::Date, None),
            }
        }
        Sem::InMonth { y, m: mo, pick } => {
            let y = y.unwrap_or_else(|| resolve_month_year(dct, *mo, None, dir));
            if let Pick::LastWeekend = pick {
                let sat = crate::holidays::date_in(crate::holidays::Rule::Nth(*mo, 6, -1), y);
                return match sat {
                    Some(d) => (format!("{}-WE", fmt_week(d)), TimexType::Date, None),
                    None => (fmt_month(y, *mo), TimexType::Date, None),
                };
            }
            if let Pick::Week(n) = pick {
                let week = NaiveDate::from_ymd_opt(y, *mo, 1)
                    .and_then(|f| nth_full_week(f, add_months(f, 1) - Duration::days(1), *n));
                return match week {
                    Some(d) => (fmt_week(d), TimexType::Date, None),
                    None => (fmt_month(y, *mo), TimexType::Date, None),
                };
            }
            let day = match pick {
                Pick::LastWeekend | Pick::Week(_) => None,
                Pick::Day(d) => NaiveDate::from_ymd_opt(y, *mo, *d),
                Pick::LastDay(back) => NaiveDate::from_ymd_opt(y, *mo, 1)
                    .map(|f| add_months(f, 1) - Duration::days(1 + *back as i64))
                    .filter(|d| d.month() == *mo),
                Pick::Weekday(wd, n) => {
                    crate::holidays::date_in(crate::holidays::Rule::Nth(*mo, *wd, *n), y).filter(|d| d.month() == *mo)
                }
            };
            match day {
                Some(d) => (fmt_day(d), TimexType::Date, None),
                None => (fmt_month(y, *mo), TimexType::Date, None),
            }
        }
        Sem::Weekday { wd, rel } => (fmt_day(resolve_weekday(dct, *wd, *rel, dir)), TimexType::Date, None),
        Sem::DayOfMonth { d } => {
            // The nearest month (within a year) that has day `d`, on or
            // before the DCT in a past clause, on or after it otherwise.
            let future = dir == Direction::Future;
            let first = dct.with_day(1).unwrap_or(dct);
            let pick = (0..13).find_map(|k| {
                let mo = add_months(first, if future { k } else { -k });
                NaiveDate::from_ymd_opt(mo.year(), mo.month(), *d)
                    .filter(|x| if future { *x >= dct } else { *x <= dct })
            });
            match pick {
                Some(x) => (fmt_day(x), TimexType::Date, None),
                None => ("XXXX-XX-XX".to_string(), TimexType::Date, None),
            }
        }
        Sem::Holiday { rule, year, rel } => {
            let at = |y: i32| crate::holidays::date_in(*rule, y);
            let y0 = dct.year();
            // Four years either way: some days are not yearly (Super
            // Tuesday); a day that happened once is its own candidate.
            let mut cands: Vec<NaiveDate> = (y0 - 4..=y0 + 4).filter_map(at).collect();
            if let crate::holidays::Rule::Once(y1, ..) = rule {
                cands = at(*y1).into_iter().collect();
            }
            let pick = match (year, rel) {
                (Some(y), _) => at(*y),
                (None, -1) => cands.iter().rev().find(|d| **d < dct).copied(),
                (None, 1) => cands.iter().find(|d| **d > dct).copied(),
                (None, 2) => at(y0),
                (None, _) => match dir {
                    Direction::Past => cands.iter().rev().find(|d| **d <= dct).copied(),
                    Direction::Future => cands.iter().find(|d| **d >= dct).copied(),
                    _ => cands.iter().min_by_key(|d| (**d - dct).num_days().abs()).copied(),
                },
            };
            // A holiday of several days resolves to its first day here (so
            // "three days after Passover", "Ramadan 2018 at 5pm" count from
            // it); the caller makes the whole expression a duration.
            match pick {
                Some(d) => (fmt_day(d), TimexType::Date, None),
                None => ("XXXX-XX-XX".to_string(), TimexType::Date, None),
            }
        }
        Sem::ThatYear => (format!("{:04}", dct.year()), TimexType::Date, None),
        Sem::ThatQuarter => (relative_unit(dct, Unit::Quarter, -1), TimexType::Date, None),
        Sem::InTime { unit, n } => {
            if dir == Direction::Future {
                (relative_unit(dct, *unit, (*n).clamp(-10_000, 10_000) as i32), TimexType::Date, None)
            } else {
                (duration(*unit, Some(*n as f64)), TimexType::Duration, None)
            }
        }
        Sem::SameQuarter { fallback, .. } => (fallback.clone(), TimexType::Date, None),
        Sem::Pick { what, anchor, nth, closest } => {
            let (av, _, _) = resolve(anchor, dct, dir, last_day, now);
            match pick_day(what, &av, *nth, *closest) {
                Some(d) => (fmt_day(d), TimexType::Date, None),
                None => ("XXXX-XX-XX".to_string(), TimexType::Date, None),
            }
        }
        Sem::YearEnd => {
            let y = if dir == Direction::Past { dct.year() - 1 } else { dct.year() };
            (format!("{y:04}"), TimexType::Date, None)
        }
        Sem::Quarter { q } => {
            let cur = quarter_of(dct.month());
            let mut y = dct.year();
            if *q > cur && dir == Direction::Past {
                y -= 1;
            }
            (format!("{y:04}-Q{q}"), TimexType::Date, None)
        }
        Sem::Season { s } => {
            let cur = season_of(dct.month());
            let mut y = dct.year();
            if *s > cur && dir == Direction::Past {
                y -= 1;
            }
            (format!("{y:04}-{}", SEASONS[*s as usize]), TimexType::Date, None)
        }
        Sem::Anchored { days } => {
            let (base, anchor) = match last_day {
                Some(d) => (d, Some(fmt_day(d))),
                None => (dct, Some("DCT".to_string())),
            };
            (fmt_day(base + Duration::days(*days)), TimexType::Date, anchor)
        }
        Sem::Length { value, days } => {
            let base = last_day.unwrap_or(dct);
            (value.clone(), TimexType::Duration, days.map(|d| fmt_day(base + Duration::days(d))))
        }
        Sem::Today { .. } => (fmt_day(dct), TimexType::Date, None),
        Sem::Shifted { base, unit, n } => {
            let (v, k, a) = resolve(base, dct, dir, last_day, now);
            match value_day(&v) {
                Some(d) => {
                    let n = (*n).clamp(-100_000, 100_000);
                    let day = match unit {
                        Unit::Day => d + Duration::days(n),
                        Unit::Week => d + Duration::days(7 * n),
                        Unit::Month => add_months(d, n as i32),
                        Unit::Year => add_months(d, 12 * n as i32),
                        Unit::Decade => add_months(d, 120 * n as i32),
                        _ => add_months(d, 1200 * n as i32),
                    };
                    (fmt_day(day), TimexType::Date, a)
                }
                None => (v, k, a),
            }
        }
        Sem::PreviousWeekday { wd } => {
            let (base, anchor) = match last_day {
                Some(d) => (d, Some(fmt_day(d))),
                None => (dct, Some("DCT".to_string())),
            };
            let back = (base.weekday().number_from_monday() + 6 - wd) % 7 + 1;
            (fmt_day(base - Duration::days(back as i64)), TimexType::Date, anchor)
        }
        Sem::Ending { unit, day } => {
            let (v, k, a) = resolve(day, dct, dir, last_day, now);
            match value_day(&v) {
                // The period holding most of the days up to the end: the
                // (Monday to Sunday) week of the day three days before it
                // ("the week ended Monday" is mostly the week before), the
                // quarter of the day 45 days before it ("the quarter ended
                // July 31" is May to July, mostly the second quarter).
                Some(d) if v.len() == 10 && *unit == Unit::Week => {
                    (fmt_week(d - Duration::days(3)), TimexType::Date, a)
                }
                Some(d) if v.len() == 10 => {
                    let mid = d - Duration::days(45);
                    (format!("{:04}-Q{}", mid.year(), (mid.month() - 1) / 3 + 1), TimexType::Date, a)
                }
                _ => (v, k, a),
            }
        }
        Sem::WeekOf(base, weekend) => {
            // A holiday's week under way ("as Easter week began", on its
            // Monday) is this one, though the holiday is still ahead.
            let under_way = matches!(base.as_ref(), Sem::Holiday { year: None, rel: 0, .. })
                && !*weekend
                && dir != Direction::Future
                && {
                    let (f, ..) = resolve(base, dct, Direction::Future, last_day, now);
                    value_day(&f).is_some_and(|d| {
                        f.len() == 10 && d - Duration::days(i64::from(d.weekday().num_days_from_monday())) <= dct
                    })
                };
            let dir = if under_way { Direction::Future } else { dir };
            let (v, k, a) = resolve(base, dct, dir, last_day, now);
            match value_day(&v) {
                Some(d) if v.len() == 10 && *weekend => (format!("{}-WE", fmt_week(d)), TimexType::Date, a),
                Some(d) if v.len() == 10 => (fmt_week(d), TimexType::Date, a),
                _ => (v, k, a),
            }
        }
        Sem::AnchoredUnit { unit, n } => {
            let (base, anchor) = match last_day {
                Some(d) => (d, Some(fmt_day(d))),
                None => (dct, Some("DCT".to_string())),
            };
            (relative_unit(base, *unit, *n), TimexType::Date, anchor)
        }
        Sem::WithTime { day, suffix } => {
            let hm = suffix
                .get(1..3)
                .zip(suffix.get(4..6))
                .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)));
            let (v, _, a) = match day.as_ref() {
                Sem::Today { ambiguous } => {
                    // A bare clock time: the nearest matching clock reading
                    // before (past clause) or after (future clause) the DCT's
                    // time of day, when it is known; the DCT's day otherwise.
                    if let (Some(t), Some((h, mi))) = (now, hm) {
                        let now_dt = dct.and_time(t);
                        let mut cands = Vec::new();
                        for off in [-1i64, 0, 1] {
                            let d = dct + Duration::days(off);
                            for hh in [h, h + 12] {
                                if hh == h + 12 && (!*ambiguous || hh >= 24) {
                                    continue;
                                }
                                if let Some(x) = d.and_hms_opt(hh.min(23), mi.min(59), 0) {
                                    cands.push(x);
                                }
                            }
                        }
                        cands.sort();
                        let pick = match dir {
                            Direction::Future => cands.iter().find(|x| **x >= now_dt).copied(),
                            Direction::Past => cands.iter().rev().find(|x| **x <= now_dt).copied(),
                            _ => None,
                        };
                        if let Some(x) = pick {
                            let v = x.format("%Y-%m-%dT%H:%M").to_string();
                            return (v, TimexType::Time, None);
                        }
                    }
                    (fmt_day(dct), TimexType::Date, None)
                }
                other => resolve(other, dct, dir, last_day, now),
            };
            (format!("{v}{suffix}"), TimexType::Time, a)
        }
    }
}

impl M {
    pub(crate) fn needs_direction(&self) -> bool {
        self.sem.needs_direction()
    }

    /// A bare clock time ("3 p.m."), whose day depends on the direction
    /// when the DCT's time of day is known.
    pub(crate) fn is_bare_clock(&self) -> bool {
        matches!(&self.sem, Sem::WithTime { day, .. } if matches!(day.as_ref(), Sem::Today { .. }))
    }
}

/// A plain decimal of at most three integer and two fraction digits
/// ("2.5", "0.75"), as in "2.5 hours".
fn decimal(w: &str) -> Option<f64> {
    let (a, b) = w.split_once('.')?;
    let digits = |x: &str, max: usize| !x.is_empty() && x.len() <= max && x.bytes().all(|c| c.is_ascii_digit());
    if !digits(a, 3) || !digits(b, 2) {
        return None;
    }
    w.parse::<f64>().ok().filter(|v| *v > 0.0)
}

/// The Monday of the nth (negative: nth last) full Monday-to-Sunday week
/// between `first` and `last`.
fn nth_full_week(first: NaiveDate, last: NaiveDate, n: i32) -> Option<NaiveDate> {
    let to_monday = (7 - first.weekday().num_days_from_monday() as i64) % 7;
    let mondays: Vec<NaiveDate> = (0..54)
        .map(|w| first + Duration::days(to_monday + 7 * w))
        .take_while(|d| *d + Duration::days(6) <= last)
        .collect();
    if n > 0 {
        mondays.get(n as usize - 1).copied()
    } else {
        mondays.iter().rev().nth(n.unsigned_abs() as usize - 1).copied()
    }
}
