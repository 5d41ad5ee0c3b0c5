//! Throughput of the amounts extractor alone (tokens and sentences
//! prepared beforehand) on Reuters-21578 bodies, one core.
//!
//! `cargo bench -p dateline-amounts --bench amounts`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_amounts::AmountExtractor;
use dateline_core::{Document, Extractor, Pipeline};

fn bench(c: &mut Criterion) {
    if !dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl").exists() {
        eprintln!("skipping: ../shared/corpora/reuters21578 is missing");
        return;
    }
    let seg = Pipeline::segment_only();
    let mut docs: Vec<Document> = dateline_testkit::reuters(2000)
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            seg.run(&mut d);
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let ex = AmountExtractor::new();
    // The counts the benchmark stands on.
    let mut found = 0;
    for d in docs.iter_mut() {
        ex.extract(d).expect("extract");
        found += d.amounts.len();
    }
    assert!(found > 10_000, "only {found} amounts on 2000 Reuters articles");
    eprintln!("{} articles, {bytes} bytes, {found} amounts", docs.len());

    let mut g = c.benchmark_group("amounts");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("reuters_2000_extract", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in docs.iter_mut() {
                d.amounts.clear();
                ex.extract(d).expect("extract");
                n += d.amounts.len();
            }
            assert_eq!(n, found);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
