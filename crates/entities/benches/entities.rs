//! Criterion benchmark of the whole entity layer on Reuters articles; asserts
//! that it finds entities.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_core::{Document, Extractor, Segmenter};
use dateline_entities::EntityExtractor;

fn bench(c: &mut Criterion) {
    let ex = EntityExtractor::load().expect("model loads");
    let docs: Vec<Document> = if dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl").exists()
    {
        dateline_testkit::reuters(200)
            .into_iter()
            .map(|a| {
                let mut d = Document::new(a);
                let _ = Segmenter.extract(&mut d);
                d
            })
            .collect()
    } else {
        println!("Reuters corpus missing: benchmarking the seed-like sample only");
        let mut d = Document::new(dateline_core::Article::new(
            dateline_core::PubDate::parse("2025-03-11").expect("date"),
            "U.S. Secretary of State Marco Rubio met Ukrainian officials in Jeddah. Rubio said Kyiv was ready.",
        ));
        let _ = Segmenter.extract(&mut d);
        vec![d]
    };
    let words: usize = docs.iter().map(|d| d.tokens.len()).sum();
    // Count check: the layer must find entities on the sample.
    let mut found = 0;
    for d in &docs {
        let mut d = d.clone();
        ex.extract(&mut d).expect("extracts");
        found += d.entities.len();
    }
    assert!(found > 0, "no entities found on the benchmark sample");
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Elements(words as u64));
    g.sample_size(10);
    g.bench_function("reuters_200_docs", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let mut d = d.clone();
                let _ = ex.extract(&mut d);
                n += d.entities.len();
            }
            assert!(n > 0);
            n
        })
    });
    g.bench_function("model_load", |b| b.iter(|| EntityExtractor::load().expect("loads")));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
