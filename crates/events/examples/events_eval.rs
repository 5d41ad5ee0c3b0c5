//! Prints the event coder's figures on PETRARCH's unit-test records (with the
//! PETR.Validate dictionaries) and on PLOVER's gold records.
//!
//! ```sh
//! cargo run --release -p dateline-events --example events_eval [-- --misses] [--syntax-model DIR] [--golden]
//! ```
//!
//! `--syntax-model DIR` parses with the models a `dateline train syntax
//! --out DIR` run wrote instead of the embedded ones: the events figures
//! depend on the parser's output, and a retrained parser is checked here
//! before it is shipped. `--golden` also runs the golden checks of
//! `testdata/golden/events_*.toml` (the `golden` test's, which uses the
//! embedded models) with these models and prints each failure.
#[path = "../tests/common/golden.rs"]
mod golden;

use dateline_core::{Pipeline, Segmenter};
use dateline_events::{eval, petrarch::Dictionaries, EventExtractor};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show = args.iter().any(|a| a == "--misses");
    let goldens = args.iter().any(|a| a == "--golden");
    let syntax = match args.iter().position(|a| a == "--syntax-model").map(|k| args.get(k + 1)) {
        Some(Some(dir)) => dateline_syntax::SyntaxAnnotator::from_dir(std::path::Path::new(dir)),
        Some(None) => {
            eprintln!("--syntax-model needs a directory");
            std::process::exit(2);
        }
        None => dateline_syntax::SyntaxAnnotator::load(),
    };
    let syntax = syntax.unwrap_or_else(|e| {
        eprintln!("syntax model: {e}");
        std::process::exit(1);
    });
    let shared = dateline_testkit::shared_dir();
    let pipeline = Pipeline::new()
        .with(Segmenter)
        .with(syntax)
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new());
    let dir = shared.join("eval/events-petrarch");
    match (
        eval::petrarch_records(&dir.join("petr_unittest_records.jsonl")),
        Dictionaries::load(&dir.join("PETR.Validate")),
    ) {
        (Ok(records), Ok(dicts)) => {
            let coder = EventExtractor::with_dictionaries(dicts);
            let r = eval::eval_petrarch(&pipeline, &coder, &records);
            println!(
                "PETRARCH unit tests: {} records, {} expected codings: exact {} ({:.1}%), produced {}, records without a false coding {} ({:.1}%)",
                r.records,
                r.expected,
                r.exact,
                100.0 * r.exact_share(),
                r.produced,
                r.clean_records,
                100.0 * r.clean_share()
            );
            for (cat, (n, hit)) in &r.by_category {
                println!("  {cat:<10} {hit:>3}/{n:<3}");
            }
            if show {
                for (id, exp, got) in &r.misses {
                    println!("  MISS {id}: expected {exp:?} got {got:?}");
                }
            }
        }
        (a, b) => println!("PETRARCH data missing: {:?} {:?}", a.err(), b.err()),
    }
    match eval::plover_records(&shared.join("eval/events-plover/PLOVER_GSR_CAMEO.json")) {
        Ok(records) => {
            let r = eval::eval_plover(&pipeline, &EventExtractor::new(), &records);
            println!(
                "PLOVER gold: {} records, coded {}: category {} ({:.1}%), source {} ({:.1}%), target {}/{} ({:.1}%), actors {} ({:.1}%)",
                r.records,
                r.coded,
                r.category,
                100.0 * r.category_share(),
                r.source,
                100.0 * r.source as f64 / r.records.max(1) as f64,
                r.target,
                r.with_target,
                100.0 * r.target as f64 / r.with_target.max(1) as f64,
                r.actors,
                100.0 * r.actor_share()
            );
            if show {
                let mut conf: Vec<_> = r.confusion.iter().filter(|((g, p), _)| g != p).collect();
                conf.sort_by(|a, b| b.1.cmp(a.1));
                for ((g, p), n) in conf.iter().take(30) {
                    println!("  gold {g:<12} predicted {p:<12} {n}");
                }
                for m in &r.misses {
                    println!(
                        "  PMISS {}: gold {} {:?} -> {:?}; got {} {} -> {}",
                        m.id, m.gold, m.gold_sources, m.gold_targets, m.predicted, m.source, m.target
                    );
                }
            }
        }
        Err(e) => println!("PLOVER data missing: {e}"),
    }
    if goldens {
        for r in golden::check(&pipeline) {
            println!("golden {}: {}/{} expectations pass", r.name, r.checked - r.failed, r.checked);
            for f in &r.failures {
                println!("  GOLDEN FAIL {f}");
            }
        }
    }
}
