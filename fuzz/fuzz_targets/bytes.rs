//! The byte-level reader: format detection, gzip (with the bomb limit),
//! UTF-8 / windows-1252 decoding and binary rejection, on any bytes, under
//! each kind of file name.
#![no_main]
use dateline_readers::{read_bytes, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else { return };
    let name = ["in.txt", "in.jsonl", "in.html", "in", "in.txt.gz", "in.jsonl.gz"][sel as usize % 6];
    let opts = ReadOptions::default().max_article_bytes(1 << 20).max_decompressed_bytes(8 << 20);
    let mut n = 0usize;
    read_bytes(name, bytes, &opts, &mut |item| {
        n += 1;
        if let Ok(item) = item {
            assert!(item.article.text.len() as u64 <= 8 << 20);
        }
    });
    // Every input yields at least one article or one error.
    assert!(n >= 1 || bytes.iter().all(|b| b.is_ascii_whitespace()) || name.contains("jsonl"));
});
