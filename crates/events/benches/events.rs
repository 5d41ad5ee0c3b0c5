//! Criterion benchmark of the events layer on Reuters articles (after the
//! segment, syntax, entities and times layers); asserts that it codes events.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_core::{Document, Extractor, Pipeline, Segmenter};
use dateline_events::EventExtractor;

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new());
    let ex = EventExtractor::new();
    let articles = if dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl").exists() {
        dateline_testkit::reuters(200)
    } else {
        println!("Reuters corpus missing: benchmarking the seed-like sample only");
        vec![dateline_core::Article::new(
            dateline_core::PubDate::parse("2025-03-11").expect("date"),
            "U.S. and Ukrainian officials met in Jeddah on Tuesday. Russia invaded Ukraine in 2022.",
        )]
    };
    let docs: Vec<Document> = articles
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            let _ = pipeline.run(&mut d);
            d
        })
        .collect();
    let words: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut found = 0;
    for d in &docs {
        let mut d = d.clone();
        ex.extract(&mut d).expect("extracts");
        assert!(dateline_testkit::check_invariants(&d).is_empty());
        found += d.events.len();
    }
    println!("events on the sample: {found} over {} articles", docs.len());
    assert!(found >= docs.len() / 4, "too few events on the benchmark sample: {found}");
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Elements(words as u64));
    g.sample_size(10);
    g.bench_function("reuters_200_docs", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let mut d = d.clone();
                let _ = ex.extract(&mut d);
                n += d.events.len();
            }
            assert_eq!(n, found);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
