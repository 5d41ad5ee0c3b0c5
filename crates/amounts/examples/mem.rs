//! Throughput and memory of the amounts extractor on Reuters-21578 bodies.
//! Documents are segmented first; only the amounts pass is timed, in CPU
//! time of this thread (the machine may be shared) and in wall time.
//!
//! `cargo build --release -p dateline-amounts --example mem &&
//!  /usr/bin/time -v target/release/examples/mem [N]`
use dateline_amounts::AmountExtractor;
use dateline_core::{Document, Extractor, Pipeline};
use std::time::Instant;

/// CPU seconds used by this thread so far (Linux; 0 elsewhere).
fn thread_cpu() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/schedstat") else {
        return 0.0;
    };
    stat.split_whitespace().next().and_then(|n| n.parse::<f64>().ok()).map_or(0.0, |ns| ns / 1e9)
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(usize::MAX);
    let seg = Pipeline::segment_only();
    let mut docs: Vec<Document> = dateline_testkit::reuters(n)
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            seg.run(&mut d);
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let ex = AmountExtractor::new();
    let (c0, t0) = (thread_cpu(), Instant::now());
    let mut found = 0usize;
    for d in docs.iter_mut() {
        if ex.extract(d).is_ok() {
            found += d.amounts.len();
        }
    }
    let (cpu, wall) = (thread_cpu() - c0, t0.elapsed().as_secs_f64());
    println!(
        "{} articles, {bytes} bytes, {found} amounts; amounts pass: {cpu:.3} s CPU ({:.1} MB/s), {wall:.3} s wall ({:.1} MB/s)",
        docs.len(),
        bytes as f64 / 1e6 / cpu.max(1e-9),
        bytes as f64 / 1e6 / wall.max(1e-9)
    );
}
