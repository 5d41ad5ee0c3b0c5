//! Trains the learned attribution decision on PolNeAR train (as `dateline
//! train quotes`, without the CLI).
//!
//! `cargo run --release -p dateline-quotes --example quotes_train -- [--limit N] [--out FILE] [--epochs N] [--seed N]`

use dateline_quotes::learned::{train, TrainOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = TrainOptions::from_shared(&dateline_testkit::shared_dir());
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--limit" => opts.limit = val.parse().ok(),
            "--out" => opts.out = val.into(),
            "--epochs" => opts.epochs = val.parse().unwrap_or(opts.epochs),
            "--folds" => opts.folds = val.parse().unwrap_or(opts.folds),
            "--seed" => opts.seed = val.parse().unwrap_or(opts.seed),
            other => {
                eprintln!("unknown argument {other:?}; use --limit N, --out FILE, --epochs N, --folds N, --seed N");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    let started = std::time::Instant::now();
    let mut last = 0;
    let report = train(&opts, &mut |done, total| {
        if done == total || done >= last + 50 {
            last = done;
            eprintln!("{done}/{total} articles");
        }
    });
    match report {
        Ok(r) => println!("{r}; {:.0} s; written to {}", started.elapsed().as_secs_f64(), opts.out.display()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
