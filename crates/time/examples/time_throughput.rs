//! Throughput of the time extractor on Reuters bodies, measured in CPU time
//! of this process (robust on a loaded machine), plus wall time.
//!
//! `cargo run --release -p dateline-time --example time_throughput [-- ARTICLES ROUNDS]`

use dateline_core::{Document, Extractor, Segmenter};
use dateline_time::TimeExtractor;
use std::time::Instant;

/// User + system CPU seconds of this process (Linux), if readable.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5000);
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let mut docs: Vec<Document> = dateline_testkit::reuters(n)
        .into_iter()
        .map(|a| {
            let mut d = Document::new(a);
            Segmenter.extract(&mut d).expect("segments");
            d
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let ex = TimeExtractor::new();
    let c0 = cpu_seconds();
    let t0 = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        found = 0;
        for d in &mut docs {
            ex.extract(d).expect("extracts");
            found += d.times.len();
        }
    }
    let wall = t0.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!("{} articles, {:.2} MB x {rounds} rounds, {found} times per round", docs.len(), bytes as f64 / 1e6);
    println!("wall: {:.2} s = {:.1} MB/s", wall, mb / wall);
    if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
        println!("cpu : {:.2} s = {:.1} MB/s (one thread)", b - a, mb / (b - a));
    }
    assert!(found > 0, "no times found");
}
