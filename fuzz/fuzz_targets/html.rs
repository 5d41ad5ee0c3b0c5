//! The HTML article reader (boilerplate removal, metadata, date) on any text.
#![no_main]
use dateline_readers::html::{read_html, HtmlOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let opts = HtmlOptions::default().with_max_depth(64);
    if let Ok(page) = read_html("fuzz.html", html, &opts) {
        let _ = page;
    }
});
