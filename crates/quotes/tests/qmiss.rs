//! Reported speech behind a clear cue that the hand rules missed outright
//! (session qmiss): a fronted "as X reported," clause reports the clause
//! it hangs on.

mod common;

use common::reported;

#[test]
fn a_fronted_as_clause_of_saying_reports_the_clause_after_it() {
    let got = reported("As the Daily Ledger reported, the senator was also accused of skipping the hearing.");
    assert!(
        got.iter().any(|(x, c, s, _)| c == "report"
            && x == "the senator was also accused of skipping the hearing"
            && s.contains("Daily Ledger")),
        "{got:?}"
    );
    let got = reported("As reported by the Daily Ledger, auditors found over 300 invoices with missing signatures.");
    assert!(
        got.iter().any(|(x, c, s, _)| c == "report" && x.starts_with("auditors found") && !s.contains("auditors")),
        "{got:?}"
    );
}

#[test]
fn an_as_clause_of_time_reports_nothing() {
    // An object other than an addressee: "as" is a time.
    let got = reported("As she announced her run for the Senate, hundreds of supporters cheered in the square.");
    assert!(!got.iter().any(|(_, _, _, r)| *r == "clause/as_reported"), "{got:?}");
}
