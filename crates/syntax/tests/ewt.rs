//! Scores on UD English EWT dev (gold tokenization): a floor on a subset in
//! the normal suite, the full targets behind `--ignored` (run in release).
mod common;

use dateline_syntax::conllu::read_conllu;
use dateline_syntax::evaluate_sentences;

fn dev() -> Vec<dateline_syntax::conllu::ConlluSentence> {
    let p = dateline_testkit::shared_path("eval/ud-english-ewt/en_ewt-ud-dev.conllu");
    read_conllu(&p).expect("dev file parses")
}

#[test]
fn dev_subset_floor() {
    let mut sents = dev();
    sents.truncate(400);
    let r = evaluate_sentences(&sents, common::annotator());
    println!("EWT dev (first 400 sentences): {r}");
    assert!(r.words > 4000);
    assert!(r.upos >= 93.0, "UPOS {:.2}", r.upos);
    assert!(r.uas >= 82.0, "UAS {:.2}", r.uas);
    assert!(r.las >= 78.0, "LAS {:.2}", r.las);
    assert!(r.lemma >= 93.0, "lemma {:.2}", r.lemma);
}

#[test]
#[ignore = "full dev set; run with --release -- --ignored"]
fn dev_full_targets() {
    let sents = dev();
    let r = evaluate_sentences(&sents, common::annotator());
    println!("EWT dev: {r}");
    assert!(r.upos >= 96.0, "UPOS {:.2}", r.upos);
    assert!(r.uas >= 88.0, "UAS {:.2}", r.uas);
    assert!(r.las >= 85.0, "LAS {:.2}", r.las);
}

#[test]
fn model_loads() {
    let t = std::time::Instant::now();
    let a = dateline_syntax::SyntaxAnnotator::load().expect("loads");
    let secs = t.elapsed().as_secs_f64();
    println!("model load: {secs:.3} s");
    assert!(!a.labels().is_empty());
    // Load time is reported, not asserted: timings belong to benchmarks
    // (`cargo bench -p dateline-syntax`), not to tests on a loaded machine.
    let _ = secs;
}
