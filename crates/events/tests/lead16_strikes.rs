//! Faults the lead found in session 16, each on the team's own sentences
//! run through the real layers.
#[path = "common/layers.rs"]
mod layers;

fn strikes(text: &str) -> Vec<(String, String, String, String)> {
    let doc = layers::annotated(text, "2025-06-12");
    layers::quads(&doc).into_iter().filter(|e| e.1 == "143").collect()
}

/// Walking off the job is a labor strike, and so is walking out when the
/// ones who walk out are workers ("out" read as an adverb, not a
/// particle); a delegation walking out of a meeting strikes nothing.
#[test]
fn walking_off_the_job_or_out_is_a_labor_strike() {
    assert_eq!(strikes("Nurses walked off the job on Monday.").len(), 1);
    assert_eq!(strikes("The factory workers walked out.").len(), 1);
    assert!(strikes("The delegation walked out of the meeting.").is_empty());
    assert!(strikes("The minister walked off the stage.").is_empty());
}

/// "Thousands of dock workers walked out": the lexicon's `subj=` reads
/// the people a quantity counts.
#[test]
fn a_counted_subject_is_what_it_counts() {
    assert_eq!(
        strikes("Thousands of dock workers walked out.").len(),
        1,
        "{:?}",
        strikes("Thousands of dock workers walked out.")
    );
    assert_eq!(strikes("Hundreds of nurses walked out at two hospitals.").len(), 1);
    assert!(strikes("Thousands of fans walked out.").is_empty());
}

/// Releasing money or papers is no release of persons (0841): money is
/// aid, papers and products are no event; persons are still released.
#[test]
fn releasing_money_or_papers_frees_no_one() {
    let codes = |text: &str| -> Vec<String> {
        let doc = layers::annotated(text, "2025-06-12");
        layers::quads(&doc).into_iter().map(|e| e.1).collect()
    };
    assert!(!codes("The ministry will release 2 billion dlrs worth of certificates to farmers.")
        .contains(&"0841".to_string()));
    assert!(codes("The company released its quarterly earnings on Monday.").is_empty());
    assert!(codes("The rebels released three hostages on Monday.").contains(&"0841".to_string()));
}
