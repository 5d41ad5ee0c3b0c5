//! CoNLL-2003 reading and conlleval-exact chunk scoring.

use crate::error::EntityError;
pub use dateline_core::Prf;
use std::collections::BTreeMap;
use std::path::Path;

/// One CoNLL document: sentences of `(word, tag)` pairs (tags in the file's
/// IOB1 form, e.g. `I-PER`, `B-LOC`, `O`).
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// Sentences of words.
    pub sentences: Vec<Vec<String>>,
    /// Their gold tags, parallel to `sentences`.
    pub tags: Vec<Vec<String>>,
}

/// Reads a CoNLL-2003 file (`WORD POS CHUNK NER` per line) into documents.
pub fn read_conll(path: &Path) -> Result<Vec<ConllDoc>, EntityError> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| EntityError::Io { path: path.display().to_string(), source: e })?;
    Ok(parse_conll(&raw))
}

/// Parses CoNLL-2003 text (see [`read_conll`]).
pub fn parse_conll(raw: &str) -> Vec<ConllDoc> {
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut cur = ConllDoc::default();
    let mut words = Vec::new();
    let mut tags = Vec::new();
    let flush = |cur: &mut ConllDoc, words: &mut Vec<String>, tags: &mut Vec<String>| {
        if !words.is_empty() {
            cur.sentences.push(std::mem::take(words));
            cur.tags.push(std::mem::take(tags));
        }
    };
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut cur, &mut words, &mut tags);
            continue;
        }
        let mut parts = line.split_whitespace();
        let Some(word) = parts.next() else { continue };
        let tag = parts.last().unwrap_or("O");
        if word == "-DOCSTART-" {
            flush(&mut cur, &mut words, &mut tags);
            if !cur.sentences.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        words.push(word.to_string());
        tags.push(tag.to_string());
    }
    flush(&mut cur, &mut words, &mut tags);
    if !cur.sentences.is_empty() {
        docs.push(cur);
    }
    docs
}

/// A chunk: `[start, end)` word range and type.
pub type Chunk = (usize, usize, String);

fn split_tag(t: &str) -> (char, &str) {
    if t == "O" || t.len() < 2 {
        return ('O', "");
    }
    let prefix = t.chars().next().unwrap_or('O');
    let ty = t.get(2..).unwrap_or("");
    (prefix, ty)
}

/// Chunks of a tag sequence with conlleval's rules (IOB1, IOB2 and BIOES
/// prefixes all accepted): a chunk starts at `B-`/`S-`, or at `I-`/`E-` after
/// `O` or another type; it ends before `O`, `B-`, `S-` or a type change, and
/// after `E-`/`S-`.
pub fn chunks(tags: &[String]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start: Option<(usize, String)> = None;
    let mut prev = ('O', String::new());
    for (i, t) in tags.iter().enumerate() {
        let (p, ty) = split_tag(t);
        // End of chunk (conlleval endOfChunk).
        let (pp, pt) = (&prev.0, prev.1.as_str());
        let ends = matches!(*pp, 'E' | 'S')
            || (*pp != 'O' && (p == 'O' || p == 'B' || p == 'S'))
            || (*pp != 'O' && p != 'O' && pt != ty);
        if ends {
            if let Some((s, sty)) = start.take() {
                out.push((s, i, sty));
            }
        }
        let begins = p == 'B'
            || p == 'S'
            || (p != 'O' && (*pp == 'O' || *pp == 'E' || *pp == 'S'))
            || (p != 'O' && *pp != 'O' && pt != ty);
        if begins {
            if let Some((s, sty)) = start.take() {
                out.push((s, i, sty));
            }
            start = Some((i, ty.to_string()));
        }
        prev = (p, ty.to_string());
    }
    if let Some((s, sty)) = start {
        out.push((s, tags.len(), sty));
    }
    out
}

/// conlleval-style evaluation: overall and per-type chunk P/R/F1 plus
/// token accuracy.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct EvalReport {
    /// All types together.
    pub overall: Prf,
    /// Per type (`PER`, `ORG`, `LOC`, `MISC`).
    pub per_type: BTreeMap<String, Prf>,
    /// Tokens whose tag type (ignoring B/I) matches.
    pub token_accuracy: f64,
    /// Number of tokens scored.
    pub tokens: usize,
    /// Seconds spent tagging (excluding file reading), wall clock.
    pub seconds: f64,
    /// CPU seconds of the tagging thread (Linux; 0 elsewhere): robust to a
    /// busy machine.
    pub cpu_seconds: f64,
}

/// CPU time of the calling thread in seconds (`/proc/thread-self/schedstat`
/// on Linux; `None` elsewhere).
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

impl EvalReport {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[String], pred: &[String]) {
        let g = chunks(gold);
        let p = chunks(pred);
        for c in &g {
            self.overall.gold += 1;
            self.per_type.entry(c.2.clone()).or_default().gold += 1;
        }
        for c in &p {
            self.overall.predicted += 1;
            self.per_type.entry(c.2.clone()).or_default().predicted += 1;
            if g.contains(c) {
                self.overall.correct += 1;
                self.per_type.entry(c.2.clone()).or_default().correct += 1;
            }
        }
        let mut ok = 0usize;
        for (a, b) in gold.iter().zip(pred) {
            if split_tag(a).1 == split_tag(b).1 {
                ok += 1;
            }
        }
        let before = self.token_accuracy * self.tokens as f64;
        self.tokens += gold.len();
        if self.tokens > 0 {
            self.token_accuracy = (before + ok as f64) / self.tokens as f64;
        }
    }

    /// A conlleval-like text table.
    pub fn table(&self) -> String {
        let mut s = format!(
            "tokens {}  accuracy {:.2}%  precision {:.2}%  recall {:.2}%  FB1 {:.2}\n",
            self.tokens,
            100.0 * self.token_accuracy,
            100.0 * self.overall.precision(),
            100.0 * self.overall.recall(),
            100.0 * self.overall.f1()
        );
        for (t, p) in &self.per_type {
            s.push_str(&format!(
                "{t:>6}: precision {:6.2}%  recall {:6.2}%  FB1 {:6.2}  ({} gold, {} predicted)\n",
                100.0 * p.precision(),
                100.0 * p.recall(),
                100.0 * p.f1(),
                p.gold,
                p.predicted
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn iob1_chunks() {
        let t = v(&["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"]);
        assert_eq!(
            chunks(&t),
            vec![
                (0, 2, "PER".into()),
                (3, 4, "LOC".into()),
                (4, 5, "LOC".into()),
                (5, 6, "ORG".into()),
                (6, 7, "MISC".into())
            ]
        );
    }

    #[test]
    fn scoring() {
        let mut r = EvalReport::default();
        r.add(&v(&["I-PER", "I-PER", "O", "I-LOC"]), &v(&["I-PER", "O", "O", "I-LOC"]));
        assert_eq!(r.overall.gold, 2);
        assert_eq!(r.overall.predicted, 2);
        assert_eq!(r.overall.correct, 1);
        assert!((r.overall.f1() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn parses_docs() {
        let d = parse_conll("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nX NN O O\n");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].sentences.len(), 2);
        assert_eq!(d[0].tags[0], v(&["I-ORG", "O"]));
    }
}
