//! A small CoNLL-U reader: the syntactic words of each sentence (multiword
//! token lines and empty nodes are skipped, as in CoNLL 2018 evaluation on
//! gold tokenization).

use crate::SyntaxError;
use std::path::Path;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Language-specific (Penn) tag.
    pub xpos: String,
    /// Features (`_` when empty).
    pub feats: String,
    /// Head: 0 for the root, else the 1-based index of the head word.
    pub head: usize,
    /// Dependency relation.
    pub deprel: String,
}

/// A sentence: its words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluSentence {
    /// The `# text =` comment, when present.
    pub text: Option<String>,
    /// Syntactic words in order.
    pub words: Vec<Word>,
}

/// Parses CoNLL-U text.
pub fn parse_conllu(raw: &str) -> Result<Vec<ConlluSentence>, SyntaxError> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    for (lineno, line) in raw.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.text = None;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(t) = c.trim_start().strip_prefix("text = ") {
                cur.text = Some(t.to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(SyntaxError::Format {
                line: lineno + 1,
                message: format!("expected 10 columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head = cols[6]
            .parse::<usize>()
            .map_err(|_| SyntaxError::Format { line: lineno + 1, message: format!("bad head {:?}", cols[6]) })?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for (si, s) in out.iter().enumerate() {
        if s.words.iter().any(|w| w.head > s.words.len()) {
            return Err(SyntaxError::Format { line: 0, message: format!("sentence {si}: head out of range") });
        }
    }
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>, SyntaxError> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| SyntaxError::Io { path: path.display().to_string(), source: e })?;
    parse_conllu(&raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_ranges() {
        let raw = "# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n\n";
        let s = parse_conllu(raw).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].words[2].head, 0);
        assert_eq!(s[0].text.as_deref(), Some("I don't."));
        assert!(parse_conllu("1\tx\n").is_err());
    }
}
