//! Calendar arithmetic and TIMEX3 value formatting.

use crate::lexicon::Unit;
use crate::tense::Direction;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// `YYYY-MM-DD`.
pub(crate) fn fmt_day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// ISO week value `YYYY-Www`.
pub(crate) fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

pub(crate) fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

pub(crate) fn quarter_of(m: u32) -> u32 {
    (m.saturating_sub(1)) / 3 + 1
}

/// Adds `n` months, clamping the day.
pub(crate) fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let total = d.year() * 12 + d.month0() as i32 + n;
    let (y, m0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    let mut day = d.day();
    loop {
        if let Some(x) = NaiveDate::from_ymd_opt(y, m0 + 1, day) {
            return x;
        }
        if day <= 28 {
            return d;
        }
        day -= 1;
    }
}

fn weekday_of(n: u32) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Resolves a bare weekday (1 = Monday) against `dct`.
///
/// `rel`: 0 bare (direction decides), -1 "last", +1 "next", 2 "this".
pub(crate) fn resolve_weekday(dct: NaiveDate, wd: u32, rel: i32, dir: Direction) -> NaiveDate {
    let target = weekday_of(wd).num_days_from_monday() as i64;
    let cur = dct.weekday().num_days_from_monday() as i64;
    let back = (cur - target).rem_euclid(7); // 0..6 days back
    let fwd = (target - cur).rem_euclid(7); // 0..6 days ahead
    let past = dct - Duration::days(back);
    // Strictly after the DCT for "next"; a future clause on the same
    // weekday means the DCT itself ("will meet on Tuesday", said on Tuesday).
    let future = dct + Duration::days(if fwd == 0 { 7 } else { fwd });
    let future_or_today = dct + Duration::days(fwd);
    let same_week = dct + Duration::days(target - cur);
    match rel {
        -1 => {
            if back == 0 {
                dct - Duration::days(7)
            } else {
                past
            }
        }
        1 => future,
        2 => match dir {
            Direction::Past => past,
            Direction::Future if fwd > 0 => future,
            _ => same_week,
        },
        _ => match dir {
            Direction::Past => past,
            Direction::Future => future_or_today,
            Direction::SameWeek => same_week,
            Direction::Neutral => past,
            Direction::Nearest if fwd < back => future,
            Direction::Nearest => past,
        },
    }
}

/// The year of a month (and optional day) given without one.
pub(crate) fn resolve_month_year(dct: NaiveDate, m: u32, d: Option<u32>, dir: Direction) -> i32 {
    let y = dct.year();
    // A day within a month of the DCT stays in its year whatever the tense
    // says (tense cues are noisy; near dates are not).
    if let Some(day) = d {
        if let Some(x) = NaiveDate::from_ymd_opt(y, m, day) {
            if (x - dct).num_days().abs() <= 92 {
                return y;
            }
        }
    }
    // The month right after the DCT's is the coming one in a past clause
    // too: one eleven months back would be "last November" ("cut its oil
    // supply in September", said in August: the coming September).
    if d.is_none() && m == dct.month() % 12 + 1 {
        return if m > dct.month() { y } else { y + 1 };
    }
    let here = (dct.month(), dct.day());
    let there = (m, d.unwrap_or(if d.is_none() && m == dct.month() { dct.day() } else { 1 }));
    match dir {
        Direction::Past => {
            if there <= here || (d.is_none() && m == dct.month()) {
                y
            } else {
                y - 1
            }
        }
        Direction::Future => {
            if there >= here || (d.is_none() && m == dct.month()) {
                y
            } else {
                y + 1
            }
        }
        Direction::SameWeek => y,
        Direction::Neutral | Direction::Nearest => {
            // The nearest occurrence, within half a year either way.
            let diff = m as i32 - dct.month() as i32;
            if diff > 6 {
                y - 1
            } else if diff < -6 {
                y + 1
            } else {
                y
            }
        }
    }
}

/// The value of "last/this/next <unit>" (`n` = -1, 0, 1) against `dct`.
pub(crate) fn relative_unit(dct: NaiveDate, unit: Unit, n: i32) -> String {
    match unit {
        Unit::Day => fmt_day(dct + Duration::days(n as i64)),
        Unit::Week => fmt_week(dct + Duration::days(7 * n as i64)),
        Unit::Month => {
            let d = add_months(dct, n);
            fmt_month(d.year(), d.month())
        }
        Unit::Quarter => {
            let total = dct.year() * 4 + quarter_of(dct.month()) as i32 - 1 + n;
            format!("{:04}-Q{}", total.div_euclid(4), total.rem_euclid(4) + 1)
        }
        Unit::Year => format!("{:04}", dct.year() + n),
        Unit::Decade => format!("{:03}", dct.year().div_euclid(10) + n),
        Unit::Century => format!("{:02}", dct.year().div_euclid(100) + n),
        Unit::Hour | Unit::Minute | Unit::Second => fmt_day(dct),
    }
}

/// "N units ago" at the unit's granularity.
pub(crate) fn ago(dct: NaiveDate, unit: Unit, n: i64) -> String {
    match unit {
        Unit::Day => fmt_day(dct - Duration::days(n)),
        Unit::Week => fmt_week(dct - Duration::days(7 * n)),
        Unit::Month => {
            let d = add_months(dct, -(n.clamp(-100_000, 100_000) as i32));
            fmt_month(d.year(), d.month())
        }
        Unit::Quarter => relative_unit(dct, Unit::Quarter, -(n.clamp(-100_000, 100_000) as i32)),
        Unit::Year => format!("{:04}", dct.year() as i64 - n),
        Unit::Decade => format!("{:03}", dct.year().div_euclid(10) as i64 - n),
        Unit::Century => format!("{:02}", dct.year().div_euclid(100) as i64 - n),
        Unit::Hour | Unit::Minute | Unit::Second => fmt_day(dct),
    }
}

/// A duration value: `P3Y`, `PT2H`, `PXY` for an unknown count.
pub(crate) fn duration(unit: Unit, n: Option<f64>) -> String {
    if let (Unit::Decade | Unit::Century, Some(v)) = (unit, n) {
        let k = if unit == Unit::Decade { 10.0 } else { 100.0 };
        return format!("P{}Y", (v * k).round() as i64);
    }
    // "the last twenty four hours": a day, as TimeBank writes it.
    if unit == Unit::Hour && n == Some(24.0) {
        return "P1D".to_string();
    }
    let (letter, t) = unit.dur();
    let count = match n {
        None => "X".to_string(),
        Some(v) if v.fract() == 0.0 => format!("{}", v as i64),
        Some(v) => {
            // Fractions of a unit: the whole units and the rest in the next
            // smaller unit ("2 1/2 years" = P2Y6M, "half an hour" = PT30M).
            let whole = v.trunc() as i64;
            let part = |k: f64| ((v - v.trunc()) * k).round() as i64;
            let w = |s: &str| if whole > 0 { format!("{whole}{s}") } else { String::new() };
            return match unit {
                Unit::Hour => format!("PT{}{}M", w("H"), part(60.0)),
                Unit::Day => match whole {
                    0 => format!("PT{}H", part(24.0)),
                    _ => format!("P{whole}DT{}H", part(24.0)),
                },
                Unit::Year => format!("P{}{}M", w("Y"), part(12.0)),
                Unit::Minute => format!("PT{}{}S", w("M"), part(60.0)),
                _ => format!("P{v}{letter}"),
            };
        }
    };
    if t {
        format!("PT{count}{letter}")
    } else {
        format!("P{count}{letter}")
    }
}

/// Season of a month: 0 SP, 1 SU, 2 FA, 3 WI.
pub(crate) fn season_of(m: u32) -> u8 {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// The value's calendar day when it has one (`2025-03-10`, `2025-03-10T14`).
pub(crate) fn value_day(v: &str) -> Option<NaiveDate> {
    let d = v.get(..10)?;
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays() {
        let dct = d("2025-03-11"); // Tuesday
        assert_eq!(fmt_day(resolve_weekday(dct, 1, 0, Direction::Past)), "2025-03-10");
        assert_eq!(fmt_day(resolve_weekday(dct, 2, 0, Direction::SameWeek)), "2025-03-11");
        assert_eq!(fmt_day(resolve_weekday(dct, 2, 0, Direction::Future)), "2025-03-11");
        assert_eq!(fmt_day(resolve_weekday(dct, 2, 1, Direction::Neutral)), "2025-03-18");
        assert_eq!(fmt_day(resolve_weekday(dct, 5, 0, Direction::Past)), "2025-03-07");
        assert_eq!(fmt_day(resolve_weekday(dct, 5, 0, Direction::Future)), "2025-03-14");
        assert_eq!(fmt_day(resolve_weekday(dct, 2, -1, Direction::Neutral)), "2025-03-04");
        // Nearest: either side, the DCT itself when it matches.
        assert_eq!(fmt_day(resolve_weekday(dct, 5, 0, Direction::Nearest)), "2025-03-14");
        assert_eq!(fmt_day(resolve_weekday(dct, 1, 0, Direction::Nearest)), "2025-03-10");
        assert_eq!(fmt_day(resolve_weekday(dct, 2, 0, Direction::Nearest)), "2025-03-11");
    }

    #[test]
    fn months_and_units() {
        let dct = d("2025-03-11");
        assert_eq!(resolve_month_year(dct, 1, None, Direction::Past), 2025);
        assert_eq!(resolve_month_year(dct, 5, None, Direction::Past), 2024);
        // The month after the DCT's is the coming one, whatever the tense.
        assert_eq!(resolve_month_year(dct, 4, None, Direction::Past), 2025);
        assert_eq!(resolve_month_year(d("2025-12-20"), 1, None, Direction::Past), 2026);
        assert_eq!(resolve_month_year(dct, 1, None, Direction::Future), 2026);
        assert_eq!(resolve_month_year(dct, 3, None, Direction::Future), 2025);
        assert_eq!(relative_unit(dct, Unit::Month, -1), "2025-02");
        assert_eq!(relative_unit(dct, Unit::Week, 0), "2025-W11");
        assert_eq!(relative_unit(dct, Unit::Quarter, -1), "2024-Q4");
        assert_eq!(ago(dct, Unit::Year, 3), "2022");
        assert_eq!(duration(Unit::Hour, Some(2.0)), "PT2H");
        assert_eq!(duration(Unit::Year, None), "PXY");
        assert_eq!(add_months(d("2025-03-31"), -1), d("2025-02-28"));
    }
}
