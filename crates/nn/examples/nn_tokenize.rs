//! Tokenize files with a model's vocab and print one JSON line per file:
//! `{"path": .., "tokens": [..], "offsets": [[start, end], ..]}` (byte
//! offsets). Used by `scripts/nn/tokcheck.py` to compare with Hugging Face
//! on real text.
//!
//! ```text
//! ls *.txt | cargo run --release -p dateline-nn --example nn_tokenize -- MODEL.dlnn
//! ```

use std::io::{BufRead, Write};

use dateline_nn::Tagger;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = std::env::args().nth(1).ok_or("usage: nn_tokenize MODEL.dlnn < paths")?;
    let tagger = Tagger::load(std::path::Path::new(&model))?;
    let tok = tagger.tokenizer();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let path = line?;
        let text = std::fs::read_to_string(&path)?;
        let pieces = tok.tokenize(&text);
        let tokens: Vec<String> =
            pieces.iter().map(|p| serde_json::Value::from(tok.token(p.id).unwrap_or("?")).to_string()).collect();
        let offsets: Vec<String> = pieces.iter().map(|p| format!("[{},{}]", p.start, p.end)).collect();
        writeln!(
            out,
            "{{\"path\":{},\"tokens\":[{}],\"offsets\":[{}]}}",
            serde_json::Value::from(path.as_str()),
            tokens.join(","),
            offsets.join(",")
        )?;
    }
    Ok(())
}
