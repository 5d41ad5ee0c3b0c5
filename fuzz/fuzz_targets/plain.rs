//! The plain-text reader (`date YYYY-MM-DD` + headers + body) on any text.
#![no_main]
use dateline_readers::plain::{parse_plain, PlainOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(article) = parse_plain("fuzz.txt", text, &PlainOptions::default()) {
        assert!(!article.id.is_empty());
        // The body is the input's text with newlines normalized: never longer.
        assert!(article.text.len() <= text.len());
    }
});
