//! Scores the embedded models on a CoNLL-U file:
//! `cargo run --release -p dateline-syntax --example syntax_eval -- FILE.conllu [MODEL_DIR]`.
use dateline_syntax::{evaluate, SyntaxAnnotator};
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(file) = args.get(1) else {
        eprintln!("usage: eval FILE.conllu [MODEL_DIR]");
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    let ann = match args.get(2) {
        Some(d) => SyntaxAnnotator::from_dir(Path::new(d)),
        None => SyntaxAnnotator::load(),
    };
    let ann = match ann {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    println!("model loaded in {:.3} s", t.elapsed().as_secs_f64());
    match evaluate(Path::new(file), &ann) {
        Ok(r) => println!("{r}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
