//! Trains the syntax models: `cargo run --release -p dateline-syntax --example syntax_train -- [OUT_DIR] [PARSER_EPOCHS] [TAGGER_EPOCHS] [FOLDS] [LIMIT]`.
//! Word clusters are learned from the unlabeled text of `../shared`
//! (`DATELINE_SHARED`), or read from the file named by `DATELINE_CLUSTERS`
//! (`none`: no clusters).
use dateline_syntax::{cluster, train, TrainOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = std::env::var("DATELINE_SHARED").unwrap_or_else(|_| "../shared".into());
    let ud = format!("{shared}/eval/ud-english-ewt");
    let out = args.get(1).cloned().unwrap_or_else(|| "crates/syntax/model".into());
    let num = |i: usize, d: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let mut opts = TrainOptions::new(format!("{ud}/en_ewt-ud-train.conllu"), out)
        .dev(format!("{ud}/en_ewt-ud-dev.conllu"))
        .parser_epochs(num(2, 12))
        .tagger_epochs(num(3, 6))
        .jackknife(num(4, 4))
        .limit(num(5, 0));
    match std::env::var("DATELINE_CLUSTERS").ok().as_deref() {
        Some("none") => {}
        Some(f) => opts = opts.clusters_file(f),
        None => opts = opts.unlabeled(cluster::default_sources(std::path::Path::new(&shared))),
    }
    match train(&opts) {
        Ok(r) => println!("{r}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
