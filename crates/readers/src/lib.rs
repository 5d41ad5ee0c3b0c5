//! # dateline-readers
//!
//! Turns input files into [`Article`]s: the plain-text format of dateline
//! (`date YYYY-MM-DD` then the article), JSON Lines, HTML pages,
//! directories, `.gz` files and stdin. Every failure is a [`ReadError`]
//! naming the input (and line) and the problem; one bad article never stops
//! the others.
//!
//! ```
//! use dateline_readers::plain::{parse_plain, PlainOptions};
//!
//! let a = parse_plain("note.txt", "date 2025-03-11 Officials met.", &PlainOptions::default()).unwrap();
//! assert_eq!(a.date.to_string(), "2025-03-11");
//! assert_eq!(a.text, "Officials met.");
//! ```
#![warn(missing_docs)]

pub mod error;
pub mod html;
pub mod input;
pub mod jsonl;
pub mod plain;
pub mod text;

pub use dateline_core::Article;
pub use error::{ReadError, ReadNote};
pub use input::{expand_inputs, read_all, read_bytes, read_input, Format, Input, ReadItem, ReadOptions};
pub use jsonl::FieldMap;
