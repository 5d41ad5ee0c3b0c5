//! The crate's error type.

/// Errors of the entity layer.
#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The model bytes are missing, truncated or of another version.
    #[error("bad model: {0}")]
    BadModel(String),
    /// Training could not run (no data, bad options).
    #[error("training failed: {0}")]
    Train(String),
}
