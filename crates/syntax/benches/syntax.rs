//! Tagging + parsing throughput on Reuters-21578 (tokens/s), with a count
//! check: every token of the sample gets a tag and a head or root.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_core::{Document, Pipeline};
use dateline_syntax::SyntaxAnnotator;
use dateline_testkit::{reuters, shared_dir};

fn bench(c: &mut Criterion) {
    if !shared_dir().join("corpora/reuters21578/reuters21578.jsonl").exists() {
        println!("skipping: ../shared is missing");
        return;
    }
    let ann = SyntaxAnnotator::load().expect("model");
    let docs: Vec<Document> = reuters(300)
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            Pipeline::segment_only().run(&mut d);
            d
        })
        .collect();
    let ntok: usize = docs.iter().map(|d| d.tokens.len()).sum();
    // Count check.
    let mut check = docs.clone();
    for d in &mut check {
        ann.annotate(d);
    }
    let tagged = check.iter().flat_map(|d| &d.tokens).filter(|t| t.upos.is_some() && t.deprel.is_some()).count();
    assert_eq!(tagged, ntok, "every token tagged and attached");
    assert!(ntok > 10_000, "sample too small: {ntok}");
    let roots = check.iter().flat_map(|d| &d.tokens).filter(|t| t.head.is_none()).count();
    assert!(roots > 0 && roots < ntok / 3, "roots {roots} of {ntok}");
    let mut g = c.benchmark_group("syntax");
    g.sample_size(10);
    g.throughput(Throughput::Elements(ntok as u64));
    g.bench_function(format!("tag+parse reuters 300 docs ({ntok} tokens)"), |b| {
        b.iter_batched(
            || docs.clone(),
            |mut ds| {
                for d in &mut ds {
                    ann.annotate(d);
                }
                ds
            },
            criterion::BatchSize::LargeInput,
        )
    });
    let tag_only = ann.clone().with_parser(false);
    g.bench_function("tag only", |b| {
        b.iter_batched(
            || docs.clone(),
            |mut ds| {
                for d in &mut ds {
                    tag_only.annotate(d);
                }
                ds
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
