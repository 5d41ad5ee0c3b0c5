//! Errors of the readers: each names the input (file, and line for JSON
//! Lines) and the problem.

use std::fmt;

/// Where a problem is: a file, and a line for line-based formats.
fn at(origin: &str, line: &Option<usize>) -> String {
    match line {
        Some(l) => format!("{origin}:{l}"),
        None => origin.to_string(),
    }
}

/// Why an input could not be read as an article.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("{origin}: cannot read: {source}")]
    Io {
        /// The file.
        origin: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The input holds nothing but whitespace.
    #[error("{origin}: empty input")]
    Empty {
        /// The file.
        origin: String,
    },
    /// The input is binary data, not text.
    #[error("{origin}: binary data, not text ({reason})")]
    Binary {
        /// The file.
        origin: String,
        /// What gave it away.
        reason: String,
    },
    /// No publication date and no `--default-date`.
    #[error("{}: no publication date (give one in the input or pass --default-date)", at(origin, line))]
    MissingDate {
        /// The file.
        origin: String,
        /// The line, for JSON Lines.
        line: Option<usize>,
    },
    /// A date that does not parse or does not exist.
    #[error("{}: impossible or unreadable date {value:?}", at(origin, line))]
    BadDate {
        /// The file.
        origin: String,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// The date as written.
        value: String,
    },
    /// The article has no body text.
    #[error("{}: no article text", at(origin, line))]
    NoText {
        /// The file.
        origin: String,
        /// The line, for JSON Lines.
        line: Option<usize>,
    },
    /// A JSON Lines line that is not a JSON object.
    #[error("{origin}:{line}: not a JSON object: {message}")]
    BadJson {
        /// The file.
        origin: String,
        /// The line.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// A field with the wrong JSON type.
    #[error("{}: field {field:?} must be {expected}", at(origin, line))]
    BadField {
        /// The file.
        origin: String,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// The field name.
        field: String,
        /// What it should have been.
        expected: &'static str,
    },
    /// The article is larger than the limit.
    #[error("{}: article of {size} bytes exceeds the {limit}-byte limit", at(origin, line))]
    TooLarge {
        /// The file.
        origin: String,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A gzip stream that ends early or is corrupt.
    #[error("{origin}: corrupt or truncated gzip: {message}")]
    Gzip {
        /// The file.
        origin: String,
        /// The decoder's message.
        message: String,
    },
    /// An HTML page with no recognizable article.
    #[error("{origin}: no article text found in HTML")]
    NoHtmlArticle {
        /// The file.
        origin: String,
    },
}

impl ReadError {
    /// The input the error is about.
    pub fn origin(&self) -> &str {
        match self {
            ReadError::Io { origin, .. }
            | ReadError::Empty { origin }
            | ReadError::Binary { origin, .. }
            | ReadError::MissingDate { origin, .. }
            | ReadError::BadDate { origin, .. }
            | ReadError::NoText { origin, .. }
            | ReadError::BadJson { origin, .. }
            | ReadError::BadField { origin, .. }
            | ReadError::TooLarge { origin, .. }
            | ReadError::Gzip { origin, .. }
            | ReadError::NoHtmlArticle { origin } => origin,
        }
    }

    /// The line, for line-based formats.
    pub fn line(&self) -> Option<usize> {
        match self {
            ReadError::MissingDate { line, .. }
            | ReadError::BadDate { line, .. }
            | ReadError::NoText { line, .. }
            | ReadError::BadField { line, .. }
            | ReadError::TooLarge { line, .. } => *line,
            ReadError::BadJson { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// A short machine-readable kind (`bad_date`, `binary`...).
    pub fn kind(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "io",
            ReadError::Empty { .. } => "empty",
            ReadError::Binary { .. } => "binary",
            ReadError::MissingDate { .. } => "missing_date",
            ReadError::BadDate { .. } => "bad_date",
            ReadError::NoText { .. } => "no_text",
            ReadError::BadJson { .. } => "bad_json",
            ReadError::BadField { .. } => "bad_field",
            ReadError::TooLarge { .. } => "too_large",
            ReadError::Gzip { .. } => "gzip",
            ReadError::NoHtmlArticle { .. } => "no_html_article",
        }
    }
}

/// Something worth telling about an input that was still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadNote {
    /// The input.
    pub origin: String,
    /// What happened (e.g. "transcoded from windows-1252").
    pub message: String,
}

impl fmt::Display for ReadNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}
