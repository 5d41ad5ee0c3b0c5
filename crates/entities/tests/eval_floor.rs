//! Measured quality floors on the shared evaluation data (skipped with a
//! message when ../shared is missing). The full dev set runs in release via
//! `cargo run --release -p dateline-entities --example entities_eval`; here a subset
//! keeps the debug test fast, and the full set runs behind `--ignored`.
use dateline_entities::conll::{parse_conll, EvalReport};
use dateline_entities::model::iob1_from_bilou;
use dateline_entities::{evaluate_conll, evaluate_conll_runtime, EntityExtractor};

fn testa() -> std::path::PathBuf {
    dateline_testkit::shared_path("eval/ner-conll2003/eng.testa")
}

/// The first 60 documents of eng.testa (about a quarter), tagger on the file's words.
#[test]
fn conll_dev_subset_floor() {
    let path = testa();
    let raw = std::fs::read_to_string(&path).expect("readable");
    let ex = EntityExtractor::load().expect("model loads");
    let docs = parse_conll(&raw);
    let mut rep = EvalReport::default();
    for d in docs.iter().take(60) {
        let pred = ex.model().tag_document(ex.gazetteer(), &d.sentences);
        for (g, p) in d.tags.iter().zip(pred) {
            rep.add(g, &iob1_from_bilou(&p));
        }
    }
    println!("{}", rep.table());
    assert!(rep.overall.gold > 1000);
    assert!(rep.overall.f1() > 0.87, "dev subset F1 {:.4} below floor", rep.overall.f1());
    for t in ["PER", "LOC", "ORG", "MISC"] {
        let p = rep.per_type.get(t).copied().unwrap_or_default();
        assert!(p.f1() > 0.75, "{t} F1 {:.4} below floor", p.f1());
    }
}

/// The whole dev set, tagger and whole layer (slow in debug).
#[test]
#[ignore]
fn conll_dev_full_floor() {
    let path = testa();
    let ex = EntityExtractor::load().expect("model loads");
    let tagger = evaluate_conll(&path, &ex).expect("evaluates");
    println!("{}", tagger.table());
    assert!(tagger.overall.f1() > 0.90, "tagger dev F1 {:.4}", tagger.overall.f1());
    let layer = evaluate_conll_runtime(&path, &ex).expect("evaluates");
    println!("{}", layer.table());
    assert!(layer.overall.f1() > 0.885, "layer dev F1 {:.4}", layer.overall.f1());
}

/// The tagger finds entities on Reuters (no gold there: a sanity floor).
#[test]
fn reuters_sample_has_entities() {
    use dateline_core::{Document, Pipeline};
    let pipeline = Pipeline::segment_only().with(EntityExtractor::load().expect("model loads"));
    let mut total = 0;
    let mut gpe_with_country = 0;
    for a in dateline_testkit::reuters(50) {
        let mut doc = Document::new(a);
        assert!(pipeline.run(&mut doc).is_empty());
        dateline_testkit::assert_invariants!(doc);
        total += doc.entities.len();
        gpe_with_country +=
            doc.entities.iter().filter(|e| e.kind == dateline_core::EntityKind::Gpe && e.country.is_some()).count();
    }
    assert!(total > 200, "only {total} entities in 50 Reuters articles");
    assert!(gpe_with_country > 30, "only {gpe_with_country} linked places");
}
