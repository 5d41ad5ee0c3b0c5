//! Measures the quotes layer on PolNeAR (train or dev split).
//!
//! `cargo run --release -p dateline-quotes --example quotes_eval -- [--split dev|train] [--limit N] [--show] [--learned on|off] [--tagger on|off] [--tagged FILE]`
//!
//! `--tagger off` measures the layer without its neural tagger (as
//! `--fast-quotes` runs it; on by default, as in the layer);
//! `--tagged FILE` replays a tagger's output (`scripts/nn/predict.py`).
//!
//! For development: `--article NAME` lists the quotes of one article of the
//! split, `--text FILE` those of a text file (with `QUOTES_PARSE=1`, its
//! tokens, tags and dependencies too); `--show` lists matches, misses,
//! wrong speakers (with the gold source), false positives (with their
//! best overlap with any gold attribution) and, under a near miss, the
//! prediction nearest to it (`NEAR`). `--learned on|off` switches the
//! learned attributions of [`dateline_quotes::learned`] on or off. With
//! `QRULE_DEBUG=1`, each `--show` label ends with the hand rule behind it
//! (`rule=clause/ccomp`, `rule=noun_cues`, `rule=direct` ...; see
//! `Ctx::reported_by_rule`). With `QNEST_DEBUG=1`, each pair of reported
//! contents the nesting rule met (an inner attribution, cue and all, in an
//! outer content) is printed to stderr as a `QNEST` line with both rules
//! and the gold it would match kept each way (the columns are described
//! in `eval.rs`).
//! `--agreement` scores PolNeAR's annotators
//! against each other instead (each other annotator of an article
//! annotated more than once against the first, whose file is the gold):
//! the ceiling to read the layer's numbers against.
//! With `QUOTES_EVAL_HEAD=1`, only the
//! attributions whose content starts in an article's first line (its
//! headline) are scored and shown.

use dateline_quotes::eval::{article_text, polnear_agreement, polnear_tagged, ClassReport, Prf, Tagger};
use dateline_quotes::neural::{MergePolicy, ReplayTagger};

fn line(name: &str, t: &str, p: &Prf) {
    println!(
        "{name:<7} overlap>={t}  P {:.3}  R {:.3}  F1 {:.3}   (correct {}, predicted {}, gold {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.correct,
        p.predicted,
        p.gold
    );
}

fn class(name: &str, c: &ClassReport) {
    line(name, "0.3", &c.loose);
    line(name, "0.8", &c.strict);
    println!(
        "{name:<7} speaker match {:.3} ({} of {} matched pairs with a gold source)",
        c.speaker_match(),
        c.speaker_hits,
        c.speaker_pairs
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut split = "dev".to_string();
    let mut limit = None;
    let mut show = false;
    let mut learned = true;
    let mut tagged: Option<String> = None;
    let mut tagger_on = true;
    let mut dir = dateline_testkit::shared_dir().join("eval/quotes-polnear");
    // `--learned` holds wherever it stands, `--text` too.
    let learned_off = args.windows(2).any(|w| w[0] == "--learned" && w[1] != "on");
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--split" => {
                i += 1;
                split = args.get(i).cloned().unwrap_or_default();
            }
            "--limit" => {
                i += 1;
                limit = args.get(i).and_then(|s| s.parse().ok());
            }
            "--dir" => {
                i += 1;
                dir = args.get(i).map(Into::into).unwrap_or(dir);
            }
            "--show" => show = true,
            "--tagger" => {
                i += 1;
                tagger_on = args.get(i).is_some_and(|s| s == "on");
            }
            "--tagged" => {
                i += 1;
                tagged = args.get(i).cloned();
            }
            "--agreement" => match polnear_agreement(&dir, &split) {
                Ok(r) => {
                    println!("PolNeAR {split}, annotators against the first: {} articles", r.articles);
                    class("direct", &r.direct);
                    class("all", &r.all);
                    return;
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::exit(1);
                }
            },
            "--learned" => {
                i += 1;
                learned = args.get(i).is_some_and(|s| s == "on");
            }
            "--text" => {
                i += 1;
                let text = args.get(i).and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
                match dateline_quotes::eval::describe_text_with(text, !learned_off) {
                    Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
                    Err(e) => eprintln!("error: {e}"),
                }
                return;
            }
            "--article" => {
                i += 1;
                let name = args.get(i).cloned().unwrap_or_default();
                match dateline_quotes::eval::polnear_article(&dir, &split, &name) {
                    Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
                    Err(e) => eprintln!("error: {e}"),
                }
                return;
            }
            other => {
                eprintln!(
                    "unknown argument {other:?}; use --split dev|train, --limit N, --dir DIR, --show, --learned on|off, --agreement, --tagger on|off, --tagged FILE"
                );
                std::process::exit(2);
            }
        }
        i += 1;
    }
    let only = std::env::var("QUOTES_EVAL_ONLY").ok();
    let tagger = match tagged {
        None if tagger_on => Tagger::Embedded,
        None => Tagger::Off,
        Some(path) => {
            let t = ReplayTagger::read(std::path::Path::new(&path), |a| article_text(&dir, &split, a)).unwrap_or_else(
                |e| {
                    eprintln!("error: {e}");
                    std::process::exit(1);
                },
            );
            let env = |k: &str| std::env::var(k).ok();
            let policy = MergePolicy {
                need_cue_and_source: env("QUOTES_NN_ANY").is_none(),
                min_confidence: env("QUOTES_NN_MIN")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(MergePolicy::default().min_confidence),
                min_words: env("QUOTES_NN_MINW")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(MergePolicy::default().min_words),
            };
            Tagger::Using((std::sync::Arc::new(t) as std::sync::Arc<dyn dateline_quotes::neural::PieceTagger>, policy))
        }
    };
    match polnear_tagged(&dir, &split, limit, show, only.as_deref(), learned, tagger) {
        Ok(r) => {
            if show {
                for s in &r.samples {
                    println!("{s}");
                }
                for s in &r.samples_all {
                    println!("ALL {s}");
                }
            }
            println!("PolNeAR {split}: {} articles", r.articles);
            class("direct", &r.direct);
            class("all", &r.all);
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
