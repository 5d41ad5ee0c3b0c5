//! The learned attribution decision: the embedded model loads, scores an
//! invented belief report above its threshold, and adds an attitude the
//! hand rules leave out.

mod common;

use dateline_core::{Article, PubDate, QuoteKind};
use dateline_quotes::attribution::Ctx;
use dateline_quotes::learned::{self, Model};
use dateline_quotes::QuoteExtractor;

fn article(text: &str) -> Article {
    Article::new(PubDate::Date(Default::default()), text.to_string())
}

#[test]
fn embedded_model_scores_a_belief() {
    let model = Model::embedded().expect("crates/quotes/model/attribution.bin is a trained model");
    // (The present tense "doubts" is read as a plural noun by the tagger.)
    let doc = common::annotate(article("The governor doubted that the plan would pass."));
    let ctx = Ctx::new(&doc);
    let best = learned::scored_candidates(&ctx, &[])
        .into_iter()
        .filter(|c| c.cue.lemma == "doubt")
        .max_by(|a, b| model.score(&a.feats).total_cmp(&model.score(&b.feats)))
        .expect("a candidate for 'doubted'");
    let content = doc.slice(best.content);
    assert!(content == "that the plan would pass" || content == "the plan would pass", "content {content:?}");
    assert!(model.score(&best.feats) > model.threshold, "score {} <= {}", model.score(&best.feats), model.threshold);
    assert_eq!(best.cue.speaker.map(|s| doc.slice(s)), Some("The governor"));
}

#[test]
fn adds_an_attitude_only_when_switched_on() {
    // An attitude by an adjective with a preposition, which no hand rule
    // takes.
    let text = "The coach was furious about the referee's decision.";
    let run = |learned: bool| {
        let mut doc = dateline_core::Document::new(article(text));
        let errors = common::layers().with(QuoteExtractor::new().with_learned(learned).without_tagger()).run(&mut doc);
        assert!(errors.is_empty(), "{errors:?}");
        doc
    };
    let off = run(false);
    let on = run(true);
    assert!(off.quotes.is_empty(), "{:?}", off.quotes);
    let q = on.quotes.iter().find(|q| on.slice(q.span) == "the referee's decision").unwrap_or_else(|| {
        panic!("no attribution: {:?}", on.quotes.iter().map(|q| (on.slice(q.span), q.cue.clone())).collect::<Vec<_>>())
    });
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.as_deref(), Some("furious"));
    assert_eq!(q.speaker_span.map(|s| on.slice(s)), Some("The coach"));
}

#[test]
fn a_control_or_appearance_verb_does_not_wrap_the_attribution_it_holds() {
    // "declined to comment on ...", "seemed to endorse ...": one
    // attribution, of the inner verb, not a second one of the outer verb
    // whose content holds it.
    for (text, content, cue) in [
        ("The mayor declined to comment on the audit of the city budget.", "the audit of the city budget", "comment"),
        ("The senator seemed to endorse the new farm bill.", "the new farm bill", "endorse"),
    ] {
        let mut doc = dateline_core::Document::new(article(text));
        let errors = common::layers().with(QuoteExtractor::new()).run(&mut doc);
        assert!(errors.is_empty(), "{errors:?}");
        let found: Vec<(&str, Option<&str>)> =
            doc.quotes.iter().map(|q| (doc.slice(q.span), q.cue.as_deref())).collect();
        assert_eq!(found, vec![(content, Some(cue))], "{text}");
    }
}

#[test]
fn the_veto_leaves_out_hand_rule_contents_that_are_no_statement() {
    // A bare pronoun as what was "challenged" or "called" (a phone
    // call): the hand rules take it, the learned veto (on with the
    // learned layer) leaves some such out, and keeps a plain statement.
    // Which borderline content the veto drops moves with each
    // retraining ("The committee will consider the matter next week" was
    // dropped by session 14's branch models, "challenged him" by session
    // 16's, "called him" by session 17's), so the test asks for one of
    // them, not a given one.
    let run = |text: &str, learned: bool| {
        let mut doc = dateline_core::Document::new(article(text));
        let errors = common::layers().with(QuoteExtractor::new().with_learned(learned).without_tagger()).run(&mut doc);
        assert!(errors.is_empty(), "{errors:?}");
        doc.quotes.iter().map(|q| doc.slice(q.span).to_string()).collect::<Vec<_>>()
    };
    let borderline = [("The coach challenged him to a rematch.", "him"), ("She called him yesterday.", "him")];
    let mut dropped = 0;
    for (text, content) in borderline {
        assert_eq!(run(text, false), vec![content.to_string()], "{text}: the hand rules take it");
        if run(text, true).is_empty() {
            dropped += 1;
        }
    }
    assert!(dropped >= 1, "the veto left every borderline content in");
    let text = "The minister said the talks would resume on Friday.";
    assert_eq!(run(text, true), vec!["the talks would resume on Friday".to_string()], "{text}");
}
