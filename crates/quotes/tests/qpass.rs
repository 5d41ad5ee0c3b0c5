//! Candidates of the learned attribution decision whose content is the
//! clause's subject, with no speaker (session qpass): an agentless
//! passive ("Ms. Lane was widely seen as the stronger candidate") and an
//! appearance verb ("His answers sounded confident").

mod common;

use dateline_core::{Article, PubDate};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::learned;

/// The (content, cue lemma, speaker text, argument kind) of the learned
/// model's candidates for `text`.
fn candidates(text: &str) -> Vec<(String, String, Option<String>, String)> {
    let doc = common::annotate(Article::new(PubDate::Date(Default::default()), text.to_string()));
    let ctx = Ctx::new(&doc);
    learned::candidates(&ctx, &[])
        .into_iter()
        .map(|c| {
            (doc.slice(c.content).to_string(), c.cue.lemma, c.cue.speaker.map(|s| doc.slice(s).to_string()), c.arg)
        })
        .collect()
}

fn assert_candidate(text: &str, content: &str, cue: &str) {
    let got = candidates(text);
    assert!(
        got.iter().any(|(t, c, s, _)| t == content && c == cue && s.is_none()),
        "no speakerless candidate ({content:?}, {cue:?}) in {got:?}"
    );
}

#[test]
fn an_agentless_passive_offers_its_subject_and_its_subject_with_the_as_phrase() {
    let text = "After the forum, Ms. Lane was widely seen as the stronger candidate.";
    assert_candidate(text, "Ms. Lane", "see");
    // One span through the "as" phrase, the cue inside it; not the
    // oblique of time before it.
    assert_candidate(text, "Ms. Lane was widely seen as the stronger candidate", "see");
}

#[test]
fn an_agentless_passive_with_an_infinitive_runs_through_it() {
    assert_candidate(
        "The new grants are widely expected to help rural schools.",
        "The new grants are widely expected to help rural schools",
        "expect",
    );
}

#[test]
fn a_passive_with_an_agent_keeps_the_agent_as_its_speaker() {
    // The agent speaks: no speakerless candidate of the subject.
    let got = candidates("Ms. Lane was praised by the governor for her courage.");
    assert!(got.iter().all(|(_, c, s, _)| c != "praise" || s.is_some()), "{got:?}");
}

#[test]
fn an_appearance_verb_offers_its_subject() {
    let text = "By the end of the week his answers sounded more confident.";
    let got = candidates(text);
    assert!(
        got.iter()
            .any(|(t, c, s, a)| c == "sound" && s.is_none() && a.starts_with("look:") && t.contains("his answers")),
        "{got:?}"
    );
}

#[test]
fn an_active_verb_of_no_appearance_offers_no_subject() {
    let got = candidates("The committee approved the budget on Tuesday.");
    assert!(got.iter().all(|(_, _, _, a)| !a.starts_with("pass:") && !a.starts_with("look:")), "{got:?}");
}
