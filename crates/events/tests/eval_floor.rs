//! Accuracy floors on the shared gold data (skipped with a message when
//! ../shared is missing). The figures themselves are printed by
//! `cargo run --release -p dateline-events --example events_eval`.
use dateline_core::{Pipeline, Segmenter};
use dateline_events::{eval, petrarch::Dictionaries, EventExtractor};

fn pipeline() -> Pipeline {
    Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new())
}

#[test]
fn petrarch_unit_tests_floor() {
    let dir = dateline_testkit::shared_path("eval/events-petrarch");
    let records = eval::petrarch_records(&dir.join("petr_unittest_records.jsonl")).expect("records");
    assert_eq!(records.len(), 284);
    let dicts = Dictionaries::load(&dir.join("PETR.Validate")).expect("dictionaries");
    let r = eval::eval_petrarch(&pipeline(), &EventExtractor::with_dictionaries(dicts), &records);
    println!("PETRARCH exact {:.3} clean {:.3}", r.exact_share(), r.clean_share());
    assert!(r.exact_share() >= 0.85, "exact share fell to {:.3}", r.exact_share());
    assert!(r.clean_share() >= 0.92, "clean records fell to {:.3}", r.clean_share());
}

#[test]
fn plover_gold_floor() {
    let path = dateline_testkit::shared_path("eval/events-plover/PLOVER_GSR_CAMEO.json");
    let records = eval::plover_records(&path).expect("records");
    assert_eq!(records.len(), 322);
    let r = eval::eval_plover(&pipeline(), &EventExtractor::new(), &records);
    println!("PLOVER category {:.3} actors {:.3}", r.category_share(), r.actor_share());
    assert!(r.category_share() >= 0.78, "category accuracy fell to {:.3}", r.category_share());
    assert!(r.actor_share() >= 0.73, "actor accuracy fell to {:.3}", r.actor_share());
}
