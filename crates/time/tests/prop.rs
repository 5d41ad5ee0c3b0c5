//! Property test: no input panics; every time span lies on character
//! boundaries inside the text; times are sorted.

use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_testkit::assert_invariants;
use dateline_time::{dateline_date, Region, TimeExtractor, TimeOptions};
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "March",
        "May",
        "Mar.",
        "Tuesday",
        "on",
        "last",
        "next",
        "week",
        "year",
        "ago",
        "three",
        "the",
        "1990s",
        "2014",
        "10:30",
        "a.m.",
        "p.m.",
        "-",
        ",",
        ".",
        "“",
        "”",
        "'s",
        "’s",
        "$",
        "2,000",
        "fiscal",
        "quarter",
        "third",
        "early",
        "since",
        "were",
        "to",
        "will",
        "said",
        "noon",
        "Sept.",
        "11",
        "3/11/2025",
        "2025-03-11",
        "é",
        "日本",
        "😀",
        "\n\n",
        "previous",
        "day",
        "weekend",
        "mid",
        "of",
        "from",
        "between",
        "and",
        "every",
        "daily",
        "recent",
        "years",
        "LONDON",
        "15h30",
        "3:15p",
        "330",
        "1030",
        "GMT",
        "past",
        "half",
        "a",
        "an",
        "hour",
        "minutes",
        "at",
        "tonight",
        "morning",
        "tomorrow",
        "31.10.1974",
        "15/2",
        "1/2",
        "/",
        "Eid",
        "al",
        "Adha",
        "Labour",
        "Day",
        "Tuesday",
        "last",
        "month",
        "end",
        "beginning",
        "summer",
        "this",
        "these",
        "days",
        "o'clock",
    ]);
    prop::collection::vec(prop_oneof![words.prop_map(str::to_string), "\\PC{0,6}", "[0-9:/.,-]{1,8}"], 0..40)
        .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_keeps_invariants(text in pieces(), lenient in any::<bool>(), day_first in any::<bool>(), y in 1990i32..2030) {
        let date = PubDate::Date(chrono::NaiveDate::from_ymd_opt(y, 3, 11).unwrap());
        let mut doc = Document::new(Article::new(date, text.clone()));
        let region = if day_first { Region::from_code("EN_AU") } else { None };
        let ex = TimeExtractor::with_options(
            TimeOptions::builder()
                .lenient(lenient)
                .day_first(day_first)
                .region(region)
                .build(),
        );
        let errs = Pipeline::segment_only().with(ex).run(&mut doc);
        prop_assert!(errs.is_empty());
        assert_invariants!(doc);
        for t in &doc.times {
            prop_assert!(!t.value.is_empty());
            prop_assert!(t.span.start < t.span.end);
        }
        // Without the segmenter too.
        let mut bare = Document::new(Article::new(date, text.clone()));
        let _ = Pipeline::new().with(TimeExtractor::new()).run(&mut bare);
        assert_invariants!(bare);
        if let Some((_, s)) = dateline_date(&text, Some(y)) {
            prop_assert!(s.get(&text).is_some());
        }
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,200}") {
        let date = PubDate::Date(chrono::NaiveDate::from_ymd_opt(2025, 3, 11).unwrap());
        let mut doc = Document::new(Article::new(date, text.clone()));
        let _ = Pipeline::segment_only().with(TimeExtractor::new()).run(&mut doc);
        assert_invariants!(doc);
        let _ = dateline_date(&text, None);
    }
}
