//! Prints the time layer's evaluation reports: TimeBank + AQUAINT
//! (TempEval-3 style) and Duckling's English time corpus.
//!
//! `cargo run --release -p dateline-time --example time_eval [-- --errors N] [--misses [N]] [--no-syntax]`
//!
//! `--errors N` lists N examples of each kind of error; `--misses [N]`
//! lists every error grouped by the pattern of its words (`WD night`,
//! `last week`, `MON 99`), largest groups first, with up to N (default 3)
//! examples in context per group; `--with-correct` adds the right values
//! to that listing (kind `Correct`), for comparing a form's hits with its
//! errors.

use dateline_core::{Document, Extractor};
use dateline_time::eval::{duckling, pattern_of, timebank_with, TbErrorKind};
use dateline_time::TimeExtractor;
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let errors: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let misses: Option<usize> =
        args.iter().position(|a| a == "--misses").map(|k| args.get(k + 1).and_then(|n| n.parse().ok()).unwrap_or(3));
    let shared = dateline_testkit::shared_dir();
    let tb = shared.join("eval/time-timebank/TBAQ-cleaned");
    let ex = TimeExtractor::new();
    // As in the pipeline, the syntax layer runs first (its clause view gives
    // the direction of bare weekdays and months); `--no-syntax` measures the
    // word-cue fallback the layer uses alone.
    let syntax = if args.iter().any(|a| a == "--no-syntax") {
        None
    } else {
        Some(dateline_syntax::SyntaxAnnotator::load().expect("syntax models load"))
    };
    let prepare = |doc: &mut Document| {
        if let Some(s) = &syntax {
            let _ = s.extract(doc);
        }
    };
    match timebank_with(&tb, &ex, None, &prepare) {
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
            if let Some(n) = misses {
                let mut groups: HashMap<(TbErrorKind, String), Vec<usize>> = HashMap::new();
                let with_correct = args.iter().any(|a| a == "--with-correct");
                let listed: Vec<_> = r.errors.iter().chain(r.correct.iter().filter(|_| with_correct)).collect();
                for (k, e) in listed.iter().enumerate() {
                    let text = if e.kind == TbErrorKind::Spurious { &e.sys_text } else { &e.gold_text };
                    groups.entry((e.kind, pattern_of(text))).or_default().push(k);
                }
                let mut groups: Vec<_> = groups.into_iter().collect();
                groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
                let mut right: HashMap<String, usize> = HashMap::new();
                for e in &r.correct {
                    *right.entry(pattern_of(&e.gold_text)).or_default() += 1;
                }
                println!("TimeBank errors by pattern ({} errors, {} groups)", r.errors.len(), groups.len());
                for ((kind, pat), ks) in &groups {
                    let ok = right.get(pat).copied().unwrap_or(0);
                    println!("  {:>4} {kind:?} {pat:?} (right values with this pattern: {ok})", ks.len());
                    for &k in ks.iter().take(n) {
                        let e = listed[k];
                        println!(
                            "         {} dct {} gold {:?}={} sys {:?}={} :: {}",
                            e.doc, e.dct, e.gold_text, e.gold, e.sys_text, e.sys, e.context
                        );
                    }
                }
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
            if let Some(n) = misses {
                let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
                for (k, c) in r.cases.iter().enumerate() {
                    if !c.pass && !c.future_bias {
                        groups.entry(pattern_of(&c.text)).or_default().push(k);
                    }
                }
                let mut groups: Vec<_> = groups.into_iter().collect();
                groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
                let fails: usize = groups.iter().map(|g| g.1.len()).sum();
                println!("Duckling failures by pattern ({fails} failures, {} groups)", groups.len());
                for (pat, ks) in &groups {
                    println!("  {:>4} {pat:?}", ks.len());
                    for &k in ks.iter().take(n) {
                        let c = &r.cases[k];
                        println!("         [{}] {:?} expected {} got {:?}", c.locale, c.text, c.expected, c.got);
                    }
                }
                println!(
                    "Duckling future-bias exclusions (a miss as a bare phrase, Duckling's value in a future clause):"
                );
                for c in r.cases.iter().filter(|c| c.future_bias) {
                    println!("         [{}] {:?}: {}", c.locale, c.text, c.future_bias_reason);
                }
            }
        }
        Err(e) => eprintln!("Duckling: {e}"),
    }
}
