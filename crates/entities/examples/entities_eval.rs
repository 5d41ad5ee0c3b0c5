//! Scores and times the entity layer.
//!
//! `cargo run --release -p dateline-entities --example entities_eval -- [--conll FILE] [--reuters N] [--model FILE] [--json]`
//!
//! * `--conll FILE` (default `../shared/eval/ner-conll2003/eng.testa`): conlleval-exact
//!   P/R/F1 of the tagger on the file's own words, and of the whole layer run on the
//!   reconstructed text, with words/s of each.
//! * `--reuters N`: runs segmentation + entities over the first N Reuters articles and
//!   prints words/s and the number of entities (use with `/usr/bin/time -v` for peak memory).
use dateline_core::{Document, Extractor, Segmenter};
use dateline_entities::{evaluate_conll, evaluate_conll_runtime, thread_cpu_seconds, EntityExtractor};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let json = args.iter().any(|a| a == "--json");
    let shared = dateline_testkit::shared_dir();
    let t0 = Instant::now();
    let ex = match arg("--model") {
        Some(m) => EntityExtractor::from_file(std::path::Path::new(&m)),
        None => EntityExtractor::load(),
    };
    let ex = match ex {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let load_s = t0.elapsed().as_secs_f64();
    if let Some(n) = arg("--reuters").and_then(|s| s.parse::<usize>().ok()) {
        // Streams the articles: each is segmented, then timed through the
        // entity layer, then dropped (peak memory = model + one document).
        let articles = dateline_testkit::reuters(n);
        let ndocs = articles.len();
        let mut words = 0usize;
        let mut entities = 0usize;
        let mut mentions = 0usize;
        let mut s = 0.0f64;
        let mut cpu = 0.0f64;
        for a in articles {
            let mut d = Document::new(a);
            let _ = Segmenter.extract(&mut d);
            words += d.tokens.len();
            let t = Instant::now();
            let c0 = thread_cpu_seconds().unwrap_or(0.0);
            let _ = ex.extract(&mut d);
            cpu += thread_cpu_seconds().unwrap_or(0.0) - c0;
            s += t.elapsed().as_secs_f64();
            entities += d.entities.len();
            mentions += d.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
        }
        if json {
            println!("{{\"system\":\"dateline\",\"data\":\"reuters\",\"docs\":{},\"words\":{words},\"seconds\":{s:.4},\"cpu_seconds\":{cpu:.4},\"words_per_s\":{:.0},\"words_per_cpu_s\":{:.0},\"entities\":{entities},\"mentions\":{mentions}}}", ndocs, words as f64 / s, words as f64 / cpu.max(1e-9));
        } else {
            println!("reuters: {} docs, {words} tokens, {entities} entities, {mentions} mentions in {s:.3}s wall / {cpu:.3}s CPU = {:.0} tokens/s wall, {:.0} tokens/CPU-s (entity layer only; model load {load_s:.3}s)", ndocs, words as f64 / s, words as f64 / cpu.max(1e-9));
        }
        return;
    }
    let conll = arg("--conll").map(PathBuf::from).unwrap_or_else(|| shared.join("eval/ner-conll2003/eng.testa"));
    match (evaluate_conll(&conll, &ex), evaluate_conll_runtime(&conll, &ex)) {
        (Ok(tagger), Ok(layer)) => {
            if json {
                println!(
                    "{{\"system\":\"dateline\",\"data\":\"conll\",\"tagger_f1\":{:.4},\"f1\":{:.4},\"precision\":{:.4},\"recall\":{:.4},\"words\":{},\"seconds\":{:.4},\"words_per_s\":{:.0},\"cpu_seconds\":{:.4},\"words_per_cpu_s\":{:.0},\"tagger_words_per_s\":{:.0}}}",
                    tagger.overall.f1(),
                    layer.overall.f1(),
                    layer.overall.precision(),
                    layer.overall.recall(),
                    layer.tokens,
                    layer.seconds,
                    layer.tokens as f64 / layer.seconds,
                    layer.cpu_seconds,
                    layer.tokens as f64 / layer.cpu_seconds.max(1e-9),
                    tagger.tokens as f64 / tagger.seconds
                );
            } else {
                println!("model load: {load_s:.3}s");
                println!(
                    "== tagger on the file's words ({:.0} words/s)\n{}",
                    tagger.tokens as f64 / tagger.seconds,
                    tagger.table()
                );
                println!(
                    "== whole entity layer on reconstructed text ({:.0} words/s wall, {:.0} words/CPU-s, incl. segmentation)\n{}",
                    layer.tokens as f64 / layer.seconds,
                    layer.tokens as f64 / layer.cpu_seconds.max(1e-9),
                    layer.table()
                );
            }
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
