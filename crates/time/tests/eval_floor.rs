//! Floors on the measured scores over the shared evaluation data. Skipped
//! (with a message) when ../shared is missing. The normal suite scores a
//! subset of TimeBank to stay fast in debug builds; the full run is
//! `#[ignore]`d (and printed by `cargo run --release -p dateline-time --example time_eval`).

use dateline_time::eval::{duckling, read_timeml_dir, score_timebank};
use dateline_time::TimeExtractor;

fn shared() -> std::path::PathBuf {
    dateline_testkit::shared_path("eval/time-timebank");
    dateline_testkit::shared_dir()
}

#[test]
fn timebank_subset_floor() {
    let s = shared();
    let docs = read_timeml_dir(&s.join("eval/time-timebank/TBAQ-cleaned")).expect("TimeML reads");
    assert!(docs.len() >= 250, "{} docs", docs.len());
    // Every 4th document: a fixed, spread-out subset.
    let subset: Vec<_> = docs.into_iter().step_by(4).collect();
    let r = score_timebank(&subset, &TimeExtractor::new());
    println!("{r}");
    // Measured 2026-11-29: relaxed 0.926, strict 0.864, value 0.773; with
    // the earnings-report periods, "current" and the direction cues of
    // branch time5: relaxed 0.931, strict 0.879, value 0.784; 2026-11-30
    // (branch time11: schedules, deadlines, model years, "soon"): relaxed
    // 0.935, strict 0.884, value 0.791; (branch tim13: idioms, "ago" and
    // weekday-set forms, participle cues) relaxed 0.941, strict 0.896,
    // value 0.805; (branch tim14: "Two days later" a duration, counted
    // days, fronted past plans, holiday weeks, "extended ... through")
    // relaxed 0.944, strict 0.898, value 0.810; (branch tim15: earnings
    // comparisons, "the past year", decades, "that day", "in five years")
    // relaxed 0.947, strict 0.902, value 0.830.
    assert!(r.relaxed.f1() >= 0.944, "relaxed span F1 {:.3}", r.relaxed.f1());
    assert!(r.strict.f1() >= 0.898, "strict span F1 {:.3}", r.strict.f1());
    assert!(r.value.f1() >= 0.826, "value F1 {:.3}", r.value.f1());
}

#[test]
#[ignore = "full TimeBank+AQUAINT run; use --release"]
fn timebank_full_floor() {
    let s = shared();
    let docs = read_timeml_dir(&s.join("eval/time-timebank/TBAQ-cleaned")).expect("TimeML reads");
    let r = score_timebank(&docs, &TimeExtractor::new());
    println!("{r}");
    // Measured 2026-11-29: relaxed 0.943, strict 0.866, value 0.799; then
    // (branch time5) relaxed 0.946, strict 0.878, value 0.820; (branch
    // tfix, past-clause "effective" dates nearest) value 0.819; 2026-11-30
    // (branch time11; this test runs without the syntax layer) relaxed
    // 0.948, strict 0.880, value 0.823; (branch tim13) relaxed 0.953,
    // strict 0.892, value 0.832; (branch tim14) relaxed 0.954, strict
    // 0.895, value 0.838; (branch tim15) relaxed 0.956, strict 0.897,
    // value 0.849 (0.850 with the syntax layer, as time_eval runs it).
    assert!(r.relaxed.f1() >= 0.953, "relaxed span F1 {:.3}", r.relaxed.f1());
    assert!(r.strict.f1() >= 0.894, "strict span F1 {:.3}", r.strict.f1());
    assert!(r.value.f1() >= 0.846, "value F1 {:.3}", r.value.f1());
}

#[test]
fn duckling_floor() {
    let s = shared();
    let r = duckling(&s.join("eval/time-duckling/duckling_en_examples.jsonl")).expect("duckling reads");
    println!("{r}");
    let (pass, total) = r.rate(|c| !c.future_bias);
    assert!(total > 1000, "{total} examples");
    let rate = pass as f64 / total as f64;
    // Measured 2026-11-29: 0.904 (1299/1437) without future-bias examples
    // (0.905, 1299/1436, once "the week of october 7th" is a week),
    // 0.813 over all examples (the future-bias set depends on our own
    // output, so the all-examples rate is asserted too), 0.976 on the
    // regional locales.
    assert!(rate >= 0.900, "Duckling pass rate without future-bias examples {rate:.3}");
    let (all_pass, all_total) = r.rate(|_| true);
    let all = all_pass as f64 / all_total as f64;
    assert!(all >= 0.808, "Duckling pass rate over all examples {all:.3}");
    let (reg_pass, reg_total) = r.rate(|c| !c.future_bias && c.locale.starts_with("EN_"));
    let regional = reg_pass as f64 / reg_total.max(1) as f64;
    assert!(regional >= 0.970, "Duckling pass rate on regional locales {regional:.3}");
    // Excluded examples are misses that a future clause fixes; their number
    // must not grow (measured: 142 at first).
    let fb: Vec<_> = r.cases.iter().filter(|c| c.future_bias).collect();
    assert!(fb.iter().all(|c| c.pass_in_future_clause && !c.pass));
    // Each exclusion says which reading the direction changed: a weekday,
    // a date or holiday without a year, a clock time or a day of the month.
    assert!(fb.iter().all(|c| c.future_bias_reason.contains(" vs ")), "an exclusion without a reason");
    // (measured: 147 with the regional holidays added since, each a
    // holiday without a year read as last year's; 152 with the Hindu
    // lunar days and the intervals "(from) 18th Dec for 10 days", each a day
    // without a year: "guru gobind singh jayanti" is likewise the
    // last one in a bare phrase, Duckling's next one in a future clause;
    // 155 with South Africa's Day of Reconciliation under its three names;
    // 157 with "the (second) closest Monday to Oct 5th", whose anchor is a
    // date without a year; 158 once a holiday of several days is compared
    // by its first day too: "national arbor week" is last September's in
    // a bare phrase, Duckling's next one in a future clause; 160 with
    // "half three" and "3 in the AM", clock times like "3 in the morning":
    // the last reading in a bare phrase, Duckling's next one in a future
    // clause; 161 with "the week of october 7th", the week of a date
    // without a year: last year's in a bare phrase, Duckling's next in a
    // future clause).
    assert!(fb.len() <= 161, "{} future-bias exclusions", fb.len());
}
