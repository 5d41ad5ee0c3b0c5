//! Learns the word clusters alone and shows a few:
//! `cargo run --release -p dateline-syntax --example syntax_clusters -- OUT.bin.gz [WORD...]`
//! (unlabeled text from `../shared`, or `DATELINE_SHARED`).
use dateline_syntax::cluster::{build_clusters, default_sources, ClusterOptions, Clusters};
use dateline_syntax::lex::Lex;
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = std::env::var("DATELINE_SHARED").unwrap_or_else(|_| "../shared".into());
    let Some(out) = args.get(1) else {
        eprintln!("usage: syntax_clusters OUT.bin.gz [WORD...]");
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    let sources = default_sources(std::path::Path::new(&shared));
    // Settings to try: DATELINE_CLUSTER_VOCAB, _MIN_COUNT, _DIMS, _WINDOW.
    let env = |k: &str, d: usize| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let d = ClusterOptions::default();
    let opts = ClusterOptions {
        vocab: env("DATELINE_CLUSTER_VOCAB", d.vocab),
        min_count: env("DATELINE_CLUSTER_MIN_COUNT", d.min_count as usize) as u32,
        dims: env("DATELINE_CLUSTER_DIMS", d.dims),
        window: env("DATELINE_CLUSTER_WINDOW", d.window),
        ..d
    };
    let c = match build_clusters(&sources, &opts, |stage, done, total| {
        eprint!("\r{stage} {done}/{total}    ");
    }) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let (leaves, deepest) = c.stats();
    eprintln!("\n{} words, {leaves} leaves, depth {deepest}, {:.1} s", c.len(), t.elapsed().as_secs_f64());
    let mut raw = Vec::new();
    c.write(&mut raw).expect("in memory");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&raw).expect("in memory");
    std::fs::write(out, enc.finish().expect("in memory")).expect("write clusters");
    let mut buf = String::new();
    for w in &args[2..] {
        let code = c.code(Lex::new(w, &mut buf).lower);
        let p = Clusters::prefixes(code);
        println!("{w}: {code:b} (4: {:b}, 6: {:b}, 10: {:b})", p[0], p[1], p[2]);
    }
}
