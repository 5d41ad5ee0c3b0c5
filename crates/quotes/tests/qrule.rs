//! The hand rules measured one by one (session qrule): each attribution
//! of [`Ctx::reported_by_rule`] names the rule that made it (see the
//! table in the doc of `attribution`), and a rule whose predictions on
//! train were mostly wrong is restricted.

mod common;

use common::reported;

#[test]
fn each_attribution_names_its_rule() {
    let got = reported("The governor said that the bridge would reopen in May.");
    assert!(
        got.iter().any(|(x, c, _, r)| x.contains("the bridge would reopen") && c == "say" && r.starts_with("clause/")),
        "{got:?}"
    );
    let got = reported("According to the county clerk, turnout fell sharply this spring.");
    assert!(got.iter().any(|(_, _, _, r)| *r == "according_to"), "{got:?}");
}

#[test]
fn adding_things_to_something_reports_nothing() {
    // The loose words after "add" (no complement, no object read as a
    // view) were right 3 of 18 times on train: "added fuel to ...".
    for text in [
        "The organizers added 160 more guards along the river route this year.",
        "The ruling added fresh fuel to the long quarrel over water rights.",
    ] {
        let got = reported(text);
        assert!(!got.iter().any(|(_, c, _, _)| c == "add"), "{text}: {got:?}");
    }
}

#[test]
fn loose_words_of_other_verbs_are_kept() {
    let got = reported("Hernandez noted the new levy would hit renters first and hardest.");
    assert!(got.iter().any(|(x, c, _, _)| c == "note" && x.contains("renters")), "{got:?}");
}
