//! Per-dimension pass rates on Duckling's English examples.
//!
//! `cargo run --release -p dateline-amounts --example amounts_eval [-- --failures]`
#[path = "../tests/common/duckling.rs"]
mod duckling_eval;

fn main() {
    let path = dateline_testkit::shared_dir().join("eval/time-duckling/duckling_en_examples.jsonl");
    let show = std::env::args().any(|a| a == "--failures");
    let scores = match duckling_eval::evaluate(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let (mut p, mut t) = (0, 0);
    for (dim, s) in &scores {
        println!("{dim:<14} {:>4}/{:<4} {:6.1}%", s.pass, s.total, 100.0 * s.rate());
        p += s.pass;
        t += s.total;
        if show {
            for f in &s.failures {
                println!("    {f}");
            }
        }
    }
    println!("{:<14} {p:>4}/{t:<4} {:6.1}%", "all", 100.0 * p as f64 / t.max(1) as f64);
}
