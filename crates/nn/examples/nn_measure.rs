//! Measure dateline-nn on the real MiniLM-L6 against PyTorch.
//!
//! First run `scripts/nn/measure.py OUT_DIR` (it writes the models and
//! `reference.json` with PyTorch logits and timing), then:
//!
//! ```text
//! cargo run --release -p dateline-nn --example nn_measure -- OUT_DIR
//! ```
//!
//! Prints file sizes, the max |logit difference| with PyTorch on 20 sentences
//! and on a ~700-word article, and the speed on one core.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline_nn::Tagger;
use serde_json::Value;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "/tmp/nn-measure".into()));
    let reference: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("reference.json"))?)?;
    let cases = reference["cases"].as_array().ok_or("no cases")?;
    let timing = &reference["torch_timing"];
    println!(
        "pytorch (1 thread): {} pieces, {:.3} s/article, {:.0} pieces/s",
        timing["pieces"],
        timing["seconds_per_article"].as_f64().unwrap_or(f64::NAN),
        timing["pieces_per_second"].as_f64().unwrap_or(f64::NAN)
    );
    for name in ["minilm_f32.dlnn", "minilm_f16.dlnn", "minilm_int8.dlnn", "minilm_int8_fullvocab.dlnn"] {
        let path = dir.join(name);
        if name.contains("fullvocab") {
            let size = std::fs::metadata(&path)?.len();
            println!("{name}: {size} bytes ({:.1} MB)", size as f64 / 1e6);
            continue;
        }
        measure(&path, cases)?;
    }
    Ok(())
}

fn measure(path: &Path, cases: &[Value]) -> Result<(), Box<dyn std::error::Error>> {
    let size = std::fs::metadata(path)?.len();
    let t0 = Instant::now();
    let tagger = Tagger::load(path)?;
    let load = t0.elapsed().as_secs_f64();
    let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("?");
    println!(
        "{name}: {size} bytes ({:.1} MB), vocab {}, load {load:.2} s",
        size as f64 / 1e6,
        tagger.tokenizer().vocab().len()
    );
    let mut sentence_diff = 0f32;
    let mut article_diff = 0f32;
    let mut argmax_agree = (0usize, 0usize);
    for (k, case) in cases.iter().enumerate() {
        let text = case["text"].as_str().ok_or("text")?;
        let ids: Vec<u64> = case["ids"].as_array().ok_or("ids")?.iter().filter_map(Value::as_u64).collect();
        let tagged = tagger.tag(text);
        let got: Vec<u64> = tagged.iter().map(|p| u64::from(p.id)).collect();
        if got != ids {
            return Err(format!("ids differ from HF for case {k}").into());
        }
        let want = case["logits"].as_array().ok_or("logits")?;
        let is_article = k + 1 == cases.len();
        for (p, w) in tagged.iter().zip(want) {
            let w: Vec<f32> = w.as_array().ok_or("row")?.iter().filter_map(Value::as_f64).map(|v| v as f32).collect();
            let d = p.logits.iter().zip(&w).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
            if is_article {
                article_diff = article_diff.max(d);
            } else {
                sentence_diff = sentence_diff.max(d);
            }
            let wmax = (0..w.len()).fold(0, |b, i| if w[i] > w[b] { i } else { b });
            argmax_agree.1 += 1;
            if p.argmax() == wmax {
                argmax_agree.0 += 1;
            }
        }
    }
    println!(
        "  max |logit diff| vs pytorch: 20 sentences {sentence_diff:.2e}, article {article_diff:.2e}; argmax agrees {}/{}",
        argmax_agree.0, argmax_agree.1
    );
    let article = cases.last().and_then(|c| c["text"].as_str()).ok_or("article")?;
    let words = article.split_whitespace().count();
    let pieces = tagger.tag(article).len();
    let reps = 5;
    let t0 = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(tagger.tag(article));
    }
    let dt = t0.elapsed().as_secs_f64() / reps as f64;
    println!(
        "  speed (1 thread): {words} words, {pieces} pieces: {dt:.3} s/article, {:.0} pieces/s",
        pieces as f64 / dt
    );
    Ok(())
}
