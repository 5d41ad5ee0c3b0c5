//! Throughput of the time extractor alone (documents already segmented) on
//! Reuters-21578 bodies, one core. Asserts that it finds times.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_core::{Document, Extractor, Segmenter};
use dateline_time::TimeExtractor;

fn bench(c: &mut Criterion) {
    let shared = dateline_testkit::shared_dir();
    if !shared.join("corpora/reuters21578/reuters21578.jsonl").exists() {
        eprintln!("skipping: {} has no Reuters corpus", shared.display());
        return;
    }
    let docs: Vec<Document> = dateline_testkit::reuters(2000)
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            Segmenter.extract(&mut d).expect("segments");
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let ex = TimeExtractor::new();
    // The count check: Reuters bodies are full of dates.
    let mut found = 0;
    let mut work = docs.clone();
    for d in &mut work {
        ex.extract(d).expect("extracts");
        found += d.times.len();
    }
    assert!(found > docs.len() / 2, "only {found} times in {} Reuters articles", docs.len());
    eprintln!("{} articles, {:.1} MB, {found} times", docs.len(), bytes as f64 / 1e6);
    let mut g = c.benchmark_group("times");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("reuters_2000", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &mut work {
                ex.extract(d).expect("extracts");
                n += d.times.len();
            }
            assert_eq!(n, found);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
