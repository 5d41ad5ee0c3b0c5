//! Tokens per second of tagging + parsing on Reuters-21578 (one thread):
//! `cargo run --release -p dateline-syntax --example syntax_throughput -- [DOCS] [MODEL_DIR...]`.
//! Run under `/usr/bin/time -v` for peak memory. With model directories
//! (written by `dateline train syntax --out DIR`), each is timed in three
//! alternating rounds and its best round is reported, to compare models on
//! a busy machine.
use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_syntax::SyntaxAnnotator;
use std::time::Instant;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let shared = std::env::var("DATELINE_SHARED").unwrap_or_else(|_| "../shared".into());
    let path = format!("{shared}/corpora/reuters21578/reuters21578.jsonl");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1)
    });
    let mut docs = Vec::new();
    for line in raw.lines() {
        if docs.len() >= n {
            break;
        }
        // Minimal field extraction, so this example needs no JSON crate.
        let Some(body) = json_str(line, "\"body\"") else {
            continue;
        };
        let Some(date) = json_str(line, "\"date\"").as_deref().and_then(PubDate::parse) else {
            continue;
        };
        if body.trim().is_empty() {
            continue;
        }
        let mut d = Document::new(Article::new(date, &body));
        Pipeline::segment_only().run(&mut d);
        docs.push(d);
    }
    let dirs: Vec<String> = std::env::args().skip(2).collect();
    if !dirs.is_empty() {
        let anns: Vec<SyntaxAnnotator> =
            dirs.iter().map(|d| SyntaxAnnotator::from_dir(std::path::Path::new(d)).expect("model directory")).collect();
        let ntok: usize = docs.iter().map(|d| d.tokens.len()).sum();
        let mut best = vec![0.0f64; anns.len()];
        for _round in 0..3 {
            for (k, ann) in anns.iter().enumerate() {
                let mut ds = docs.clone();
                let cpu0 = cpu_seconds();
                let t = Instant::now();
                for d in &mut ds {
                    ann.annotate(d);
                }
                let secs = cpu_seconds()
                    .zip(cpu0)
                    .map(|(b, a)| b - a)
                    .filter(|&c| c > 0.0)
                    .unwrap_or(t.elapsed().as_secs_f64());
                best[k] = best[k].max(ntok as f64 / secs);
            }
        }
        for (d, b) in dirs.iter().zip(&best) {
            println!("{d}: {b:.0} tokens per CPU second (best of 3, {ntok} tokens)");
        }
        return;
    }
    let t = Instant::now();
    let ann = SyntaxAnnotator::load().expect("model");
    let load = t.elapsed().as_secs_f64();
    let ntok: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    for d in &mut docs {
        ann.annotate(d);
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let roots = docs.iter().flat_map(|d| &d.tokens).filter(|t| t.head.is_none()).count();
    assert!(roots > 0);
    println!(
        "dateline-syntax: {} docs, {ntok} tokens in {secs:.3} s = {:.0} tokens/s wall (model load {load:.3} s)",
        docs.len(),
        ntok as f64 / secs
    );
    if let Some(cpu) = cpu.filter(|&c| c > 0.0) {
        println!("dateline-syntax: {cpu:.2} s of CPU = {:.0} tokens/s per CPU second", ntok as f64 / cpu);
    }
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The string value of `key` in a flat JSON object line (handles escapes).
fn json_str(line: &str, key: &str) -> Option<String> {
    let at = line.find(key)? + key.len();
    let rest = line[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}
