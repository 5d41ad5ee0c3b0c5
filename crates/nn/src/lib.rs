//! `dateline-nn`: a pure-Rust BERT token tagger, inference only.
//!
//! It runs a fine-tuned uncased BERT (MiniLM-L6 in practice) with a
//! token-classification head, exported from a Hugging Face checkpoint by
//! `scripts/nn/export.py` into a `.dlnn` file (see [`mod@format`]). The pieces:
//!
//! - [`WordPiece`]: a tokenizer that gives the same pieces as Hugging Face
//!   `BertTokenizerFast` (uncased), each with its byte span in the original text;
//! - the encoder: embeddings, `layers` x (self-attention, GELU feed-forward),
//!   LayerNorm, a linear classifier, in f32 with `matrixmultiply::sgemm`;
//! - [`window`]: how texts longer than 254 pieces are cut into overlapping
//!   windows and which window each piece takes its logits from.
//!
//! No network, no C or C++, no threads.
//!
//! ```
//! use dateline_nn::Tagger;
//!
//! // A tiny random model used by the tests (2 layers, hidden 32).
//! let bytes = include_bytes!("../tests/fixtures/tiny_f32.dlnn");
//! let tagger = Tagger::from_bytes(bytes)?;
//! let text = "The minister said on Tuesday that prices would fall.";
//! let pieces = tagger.tag(text);
//! assert!(!pieces.is_empty());
//! for p in &pieces {
//!     assert_eq!(p.logits.len(), tagger.labels().len());
//!     let _label: &str = tagger.label(p); // argmax of the logits
//!     let _surface = &text[p.start..p.end];
//! }
//! # Ok::<(), dateline_nn::NnError>(())
//! ```

use std::path::Path;

pub mod format;
mod model;
pub mod tokenizer;
mod unicode_tables;
pub mod window;

pub use format::Config;
pub use tokenizer::{Piece, WordPiece};

/// Errors from loading a model file.
#[derive(Debug, thiserror::Error)]
pub enum NnError {
    /// The file could not be read.
    #[error("reading model file: {0}")]
    Io(#[from] std::io::Error),
    /// The file does not start with `DLNNBERT`.
    #[error("not a dateline-nn model file (bad magic)")]
    Magic,
    /// A file version this crate does not read.
    #[error("unsupported model file version {0}")]
    Version(u32),
    /// The file ends early.
    #[error("model file truncated at byte {0}")]
    Truncated(usize),
    /// Anything else malformed.
    #[error("malformed model file: {0}")]
    Format(String),
    /// A tensor the model needs is absent.
    #[error("missing tensor {0}")]
    MissingTensor(String),
    /// A tensor has the wrong shape.
    #[error("tensor {name}: expected shape {expected:?}, found {found:?}")]
    Shape {
        /// Tensor name.
        name: String,
        /// Shape the config implies.
        expected: Vec<usize>,
        /// Shape in the file.
        found: Vec<usize>,
    },
}

/// One wordpiece of the input with its logits.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedPiece {
    /// Vocabulary id of the piece.
    pub id: u32,
    /// Start byte in the text.
    pub start: usize,
    /// End byte (exclusive) in the text.
    pub end: usize,
    /// One logit per label, in [`Tagger::labels`] order.
    pub logits: Vec<f32>,
}

impl TaggedPiece {
    /// Index of the largest logit (the first one on ties).
    pub fn argmax(&self) -> usize {
        let mut best = 0;
        for (i, &v) in self.logits.iter().enumerate() {
            if v > self.logits[best] {
                best = i;
            }
        }
        best
    }
}

/// A loaded model: tokenizer, encoder and classifier.
#[derive(Debug)]
pub struct Tagger {
    tokenizer: WordPiece,
    labels: Vec<String>,
    bert: model::Bert,
}

impl Tagger {
    /// Load a `.dlnn` file.
    pub fn load(path: &Path) -> Result<Tagger, NnError> {
        Tagger::from_bytes(&std::fs::read(path)?)
    }

    /// Load from the bytes of a `.dlnn` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, NnError> {
        let mut raw = format::parse(bytes)?;
        if raw.labels.is_empty() {
            return Err(NnError::Format("no labels".into()));
        }
        let bert = model::Bert::from_raw(&mut raw)?;
        let tokenizer = WordPiece::new(std::mem::take(&mut raw.vocab))?;
        Ok(Tagger { tokenizer, labels: raw.labels, bert })
    }

    /// Label names (the checkpoint's `id2label`), indexed like the logits.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The label of a piece's largest logit.
    pub fn label(&self, piece: &TaggedPiece) -> &str {
        self.labels.get(piece.argmax()).map_or("", String::as_str)
    }

    /// The model's hyper-parameters.
    pub fn config(&self) -> &Config {
        &self.bert.config
    }

    /// The tokenizer.
    pub fn tokenizer(&self) -> &WordPiece {
        &self.tokenizer
    }

    /// One entry per wordpiece of `text` (no `[CLS]`/`[SEP]`), in order.
    /// Long texts are windowed as [`window`] describes.
    pub fn tag(&self, text: &str) -> Vec<TaggedPiece> {
        let pieces = self.tokenizer.tokenize(text);
        let logits = self.logits_for(&pieces.iter().map(|p| p.id).collect::<Vec<_>>());
        pieces
            .into_iter()
            .zip(logits)
            .map(|(p, logits)| TaggedPiece { id: p.id, start: p.start, end: p.end, logits })
            .collect()
    }

    /// Logits for a sequence of wordpiece ids (without `[CLS]`/`[SEP]`), one
    /// vector per id, windowed as [`window`] describes. Ids outside the
    /// vocabulary are read as `[UNK]`.
    pub fn logits_for(&self, ids: &[u32]) -> Vec<Vec<f32>> {
        let n = ids.len();
        let nl = self.labels.len();
        let wins = window::windows(n);
        let owner: Vec<usize> = (0..n).map(|i| window::best_window(&wins, i).unwrap_or(0)).collect();
        let mut out = vec![Vec::new(); n];
        let vocab = self.tokenizer.vocab().len();
        let mut seq = Vec::with_capacity(window::WINDOW + 2);
        for (k, w) in wins.iter().enumerate() {
            seq.clear();
            seq.push(self.tokenizer.cls_id());
            seq.extend(ids[w.clone()].iter().map(
                |&id| {
                    if (id as usize) < vocab {
                        id
                    } else {
                        self.tokenizer.unk_id()
                    }
                },
            ));
            seq.push(self.tokenizer.sep_id());
            let logits = self.bert.forward(&seq);
            for i in w.clone() {
                if owner[i] == k {
                    let r = i - w.start + 1;
                    out[i] = logits[r * nl..(r + 1) * nl].to_vec();
                }
            }
        }
        out
    }
}
