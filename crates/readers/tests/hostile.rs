//! Hostile inputs, generated here: each gives a clear error naming the input
//! or a correct article, within bounded time and memory, and never stops
//! the articles after it from being read.

use dateline_readers::{read_bytes, ReadError, ReadItem, ReadOptions};
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;

fn read(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<ReadItem, ReadError>> {
    let mut out = Vec::new();
    read_bytes(name, bytes, opts, &mut |r| out.push(r));
    out
}

fn one_error(name: &str, bytes: &[u8]) -> ReadError {
    let mut got = read(name, bytes, &ReadOptions::default());
    assert_eq!(got.len(), 1, "{name}: {} results", got.len());
    match got.remove(0) {
        Ok(item) => panic!("{name}: expected an error, got an article of {} bytes", item.article.text.len()),
        Err(e) => {
            assert!(e.to_string().starts_with(name), "error does not name the input: {e}");
            e
        }
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

const GOOD: &str = "date 2025-03-11\nThe minister met his counterpart in Geneva on Monday.\n";

#[test]
fn binary_files_are_rejected_as_binary() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    for (name, bytes) in [("a.txt", &png[..]), ("b", &elf[..]), ("c.txt", &noise[..]), ("d.html", &noise[..])] {
        let e = one_error(name, bytes);
        assert_eq!(e.kind(), "binary", "{name}: {e}");
    }
}

#[test]
fn truncated_and_corrupt_gzip_is_a_gzip_error() {
    let full = gzip(GOOD.as_bytes());
    for cut in [3, 10, full.len() / 2, full.len() - 4] {
        let e = one_error("t.txt.gz", &full[..cut]);
        assert_eq!(e.kind(), "gzip", "cut at {cut}: {e}");
    }
    let mut flipped = full.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0xFF;
    let got = read("f.txt.gz", &flipped, &ReadOptions::default());
    assert_eq!(got.len(), 1);
    // A flipped bit is caught by the deflate stream or the CRC.
    assert!(got[0].is_err(), "corrupt gzip was accepted");
}

#[test]
fn gzip_bomb_stops_at_the_limit() {
    // 200 MB of zeros compress to ~200 KB; the limit stops it at 16 MB.
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![b'a'; 1 << 20];
    for _ in 0..200 {
        enc.write_all(&zeros).unwrap();
    }
    let bomb = enc.finish().unwrap();
    assert!(bomb.len() < 1 << 20);
    let opts = ReadOptions::default().max_decompressed_bytes(16 << 20).max_article_bytes(64 << 20);
    let got = read("bomb.txt.gz", &bomb, &opts);
    assert_eq!(got.len(), 1);
    let e = got.into_iter().next().unwrap().unwrap_err();
    assert_eq!(e.kind(), "gzip", "{e}");
    assert!(e.to_string().contains("limit"), "{e}");
}

#[test]
fn invalid_utf8_is_transcoded_or_rejected_never_lost() {
    // windows-1252 curly quotes and an e-acute: transcoded, with a note.
    let mut bytes = b"date 2025-03-11\n\x93We will not give up,\x94 the caf\xe9 owner said.\n".to_vec();
    let got = read("cp1252.txt", &bytes, &ReadOptions::default());
    let item = got.into_iter().next().unwrap().unwrap();
    assert!(item.article.text.contains("\u{201c}We will not give up,\u{201d} the caf\u{e9} owner"));
    assert!(!item.notes.is_empty(), "transcoding must be noted");
    // A lone continuation byte inside JSON Lines: that line only.
    bytes = b"{\"date\":\"2025-03-11\",\"text\":\"ok one\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"date\":\"2025-03-11\",\"text\":\"bad \x80\x81 here\"}\n");
    bytes.extend_from_slice(b"{\"date\":\"2025-03-11\",\"text\":\"ok two\"}\n");
    let got = read("mixed.jsonl", &bytes, &ReadOptions::default());
    assert_eq!(got.len(), 3);
    assert!(got[0].is_ok() && got[2].is_ok());
}

#[test]
fn a_100_mb_single_line_is_too_large_and_the_next_line_still_reads() {
    let mut bytes = Vec::with_capacity(101 << 20);
    bytes.extend_from_slice(b"{\"date\":\"2025-03-11\",\"text\":\"");
    bytes.resize(100 << 20, b'x');
    bytes.extend_from_slice(b"\"}\n{\"date\":\"2025-03-11\",\"text\":\"after the giant line\"}\n");
    let got = read("giant.jsonl", &bytes, &ReadOptions::default());
    assert_eq!(got.len(), 2);
    let e = got[0].as_ref().unwrap_err();
    assert_eq!(e.kind(), "too_large", "{e}");
    assert!(e.to_string().contains("giant.jsonl:1"), "{e}");
    assert_eq!(got[1].as_ref().unwrap().article.text, "after the giant line");
    // The same as one plain-text file.
    let mut plain = b"date 2025-03-11\n".to_vec();
    plain.resize(100 << 20, b'y');
    let e = one_error("giant.txt", &plain);
    assert_eq!(e.kind(), "too_large", "{e}");
}

#[test]
fn deeply_nested_html_is_bounded() {
    let depth = 100_000;
    let mut html =
        String::from("<html><head><title>Deep</title><meta name=\"date\" content=\"2025-03-11\"></head><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str(
        "<p>The ministers met in Geneva on Monday to discuss the ceasefire and the exchange of prisoners.</p>",
    );
    html.push_str(&"</div>".repeat(depth));
    html.push_str("</body></html>");
    let start = std::time::Instant::now();
    let got = read("deep.html", html.as_bytes(), &ReadOptions::default());
    assert_eq!(got.len(), 1);
    // Either the article is found or a clear error says the page is too deep.
    match &got[0] {
        Ok(item) => assert!(item.article.text.contains("ministers met in Geneva")),
        Err(e) => assert!(e.to_string().starts_with("deep.html"), "{e}"),
    }
    assert!(start.elapsed().as_secs() < 60, "nested HTML took {:?}", start.elapsed());
}

#[test]
fn json_with_wrong_types_and_huge_numbers_gives_line_errors() {
    let lines = [
        r#"{"date": 20250311, "text": "date is a number"}"#,
        r#"{"date": "2025-03-11", "text": ["an", "array"]}"#,
        r#"{"date": "2025-03-11", "text": {"nested": true}}"#,
        r#"{"date": "2025-03-11", "text": 1e999}"#,
        r#"{"date": "9999999999-01-01", "text": "year out of range"}"#,
        r#"{"date": "2025-02-30", "text": "impossible day"}"#,
        r#"["not", "an", "object"]"#,
        r#"{"date": "2025-03-11", "text": "unterminated"#,
        r#"{"date": "2025-03-11", "id": 123456789012345678901234567890, "text": "huge id"}"#,
        r#"{"date": "2025-03-11", "text": "fine"}"#,
    ];
    let mut deep = "[".repeat(100_000);
    deep.push_str(&"]".repeat(100_000));
    let mut body = lines.join("\n");
    body.push('\n');
    body.push_str(&deep);
    body.push('\n');
    let got = read("types.jsonl", body.as_bytes(), &ReadOptions::default());
    assert_eq!(got.len(), lines.len() + 1);
    for (i, r) in got.iter().enumerate() {
        let line = i + 1;
        match r {
            Err(e) => assert!(e.to_string().starts_with(&format!("types.jsonl:{line}")), "line {line}: {e}"),
            Ok(item) => assert!(
                item.article.text == "fine"
                    || item.article.text == "huge id"
                    || item.article.text == "date is a number",
                "line {line} unexpectedly accepted: {:?}",
                item.article.text
            ),
        }
    }
    assert_eq!(got[9].as_ref().unwrap().article.text, "fine");
    assert!(got[1].is_err() && got[3].is_err() && got[5].is_err() && got[6].is_err() && got[7].is_err());
    assert!(got[10].is_err(), "100k nested arrays must be an error, not a stack overflow");
}

#[test]
fn unicode_edge_cases_keep_their_text() {
    let texts = [
        "\u{5d4}\u{5e9}\u{5e8} \u{5e0}\u{5e4}\u{5d2}\u{5e9} \u{202b}RTL embedding\u{202c} with Arabic \u{627}\u{644}\u{633}\u{644}\u{627}\u{645}",
        "Combining: e\u{301}\u{301}\u{301}\u{301} Zalgo o\u{336}\u{336}\u{336} and Hangul jamo \u{1100}\u{1161}",
        "Emoji: \u{1F1FA}\u{1F1E6} flags, family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}, skin \u{1F44D}\u{1F3FD}",
        "NUL inside\u{0} the text and other controls \u{1}\u{7}",
        "\u{FEFF}BOM at start and \u{2028} line separator \u{2029} paragraph separator",
    ];
    for (i, t) in texts.iter().enumerate() {
        let src = format!("date 2025-03-11\n{t}\n");
        let got = read(&format!("u{i}.txt"), src.as_bytes(), &ReadOptions::default());
        assert_eq!(got.len(), 1);
        match &got[0] {
            Ok(item) => {
                let body = &item.article.text;
                assert!(!body.is_empty());
                // Nothing but newlines is changed.
                let printable: String = t.chars().filter(|c| !c.is_control() || *c == '\u{0}').take(5).collect();
                assert!(body.contains(printable.trim_start_matches('\u{FEFF}')), "{body:?}");
            }
            // NUL bytes may be judged binary; then the error names the file.
            Err(e) => {
                assert!(t.contains('\u{0}'), "{i}: {e}");
                assert_eq!(e.kind(), "binary", "{e}");
            }
        }
    }
}

#[test]
fn a_broken_input_never_hides_the_good_ones_in_a_batch() {
    // Bad and good records interleaved in one JSONL stream.
    let mut s = String::new();
    for i in 0..50 {
        if i % 3 == 0 {
            s.push_str("{broken json\n");
        } else {
            s.push_str(&format!("{{\"date\":\"2025-03-11\",\"text\":\"article number {i}\"}}\n"));
        }
    }
    let got = read("batch.jsonl", s.as_bytes(), &ReadOptions::default());
    assert_eq!(got.len(), 50);
    assert_eq!(got.iter().filter(|r| r.is_ok()).count(), 33);
    assert_eq!(got.iter().filter(|r| r.is_err()).count(), 17);
}
