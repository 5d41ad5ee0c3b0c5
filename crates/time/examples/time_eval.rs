//! Prints the time layer's evaluation reports: TimeBank + AQUAINT
//! (TempEval-3 style) and Duckling's English time corpus.
//!
//! `cargo run --release -p dateline-time --example time_eval [-- --errors N]`

use dateline_time::eval::{duckling, timebank};
use dateline_time::TimeExtractor;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let errors: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let shared = dateline_testkit::shared_dir();
    let tb = shared.join("eval/time-timebank/TBAQ-cleaned");
    let ex = TimeExtractor::new();
    match timebank(&tb, &ex, None) {
        Ok(r) => {
            println!("{r}");
            for e in r.value_errors.iter().take(errors) {
                println!("  VALUE {} | {} | gold {} | sys {}", e.0, e.1, e.2, e.3);
            }
            for e in r.span_errors.iter().take(errors) {
                println!("  SPAN  {} | gold {:?} | sys {:?}", e.0, e.1, e.2);
            }
            for e in r.missed.iter().take(errors) {
                println!("  MISS  {} | {} | {}", e.0, e.1, e.2);
            }
            for e in r.spurious.iter().take(errors) {
                println!("  SPUR  {} | {} | {}", e.0, e.1, e.2);
            }
        }
        Err(e) => eprintln!("TimeBank: {e}"),
    }
    let dk = shared.join("eval/time-duckling/duckling_en_examples.jsonl");
    match duckling(&dk) {
        Ok(r) => {
            println!("{r}");
            for c in r.cases.iter().filter(|c| !c.pass && !c.future_bias).take(errors) {
                println!("  FAIL [{}:{}] {:?} expected {} got {}", c.locale, c.section, c.text, c.expected, c.got);
            }
            for c in r.cases.iter().filter(|c| c.future_bias).take(errors / 4) {
                println!(
                    "  FUTURE-BIAS {:?} expected {} got {} (future clause passes: {})",
                    c.text, c.expected, c.got, c.pass_in_future_clause
                );
            }
        }
        Err(e) => eprintln!("Duckling: {e}"),
    }
}
