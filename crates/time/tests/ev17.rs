//! Faults found in session 17, each on the team's own sentences.

use chrono::NaiveDate;
use dateline_time::{times_in, TimeOptions};

/// (text, value, anchor) of every expression found in `text` against `dct`.
fn found(text: &str, dct: &str) -> Vec<(String, String, Option<String>)> {
    let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").unwrap();
    times_in(text, d, TimeOptions::default())
        .into_iter()
        .map(|t| (text[t.span.range()].to_string(), t.value, t.anchor))
        .collect()
}

/// A holiday followed by "last year", "this year" or "next year" is the
/// holiday of that year, one expression ("during Ramadan last year" had
/// been this year's Ramadan and a second expression "last year").
#[test]
fn a_holiday_then_a_year_named_after_it_is_that_years_holiday() {
    let got = found("Sales of dates soared during Ramadan last year.", "2025-06-12");
    assert_eq!(got, [("Ramadan last year".to_string(), "P30D".to_string(), Some("2024-03-11".to_string()))]);
    let got = found("The shop was closed on Christmas last year.", "2025-06-12");
    assert_eq!(got, [("Christmas last year".to_string(), "2024-12-25".to_string(), None)]);
    let got = found("The talks could resume after Easter next year.", "2025-06-12");
    assert_eq!(got, [("Easter next year".to_string(), "2026-04-05".to_string(), None)]);
    // "last" before the holiday keeps its own reading.
    let got = found("Prices rose last Christmas.", "2025-06-12");
    assert_eq!(got, [("last Christmas".to_string(), "2024-12-25".to_string(), Some("DCT".to_string()))]);
}
