//! Trains the NER model: `cargo run --release -p dateline-entities --example entities_train -- [--epochs N] [--bits B] [--out DIR] [--shared DIR]`.
use dateline_entities::{train, TrainOptions};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let shared = arg("--shared")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let mut opts = TrainOptions::from_shared(&shared)
        .out_dir(arg("--out").unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data").to_string()));
    if let Some(e) = arg("--epochs").and_then(|s| s.parse().ok()) {
        opts = opts.epochs(e);
    }
    if let Some(b) = arg("--bits").and_then(|s| s.parse().ok()) {
        opts = opts.bits(b);
    }
    if let Some(n) = arg("--reuters-limit").and_then(|s| s.parse().ok()) {
        opts = opts.reuters_limit(n);
    }
    match train(&opts) {
        Ok(r) => {
            if let Some(d) = &r.dev {
                println!("{}", d.table());
            }
            println!(
                "trained on {} sentences / {} tokens, {} clustered words; model {} ({} bytes) in {:.1}s",
                r.sentences, r.tokens, r.cluster_words, r.model_path, r.model_bytes, r.seconds
            );
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
