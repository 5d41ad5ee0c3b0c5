//! Bytes to text: UTF-8, or Windows-1252/Latin-1 transcoded, or rejected as
//! binary.

/// How bytes were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoded {
    /// Valid UTF-8.
    Utf8,
    /// Not UTF-8; transcoded from Windows-1252 (a superset of Latin-1's
    /// printable range).
    Windows1252,
}

/// Decodes `bytes` as text. Returns an error message when the bytes look
/// like binary data rather than text in some encoding.
pub fn decode_text(bytes: &[u8]) -> Result<(String, Decoded), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(reason) = binary_reason(bytes) {
        return Err(reason);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), Decoded::Utf8)),
        Err(_) => {
            let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((cow.into_owned(), Decoded::Windows1252))
        }
    }
}

/// Why `bytes` look binary, if they do: NUL bytes or many control
/// characters in the first 8 KiB, or a known binary signature.
pub fn binary_reason(bytes: &[u8]) -> Option<String> {
    const SIGS: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF document"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x7FELF", "ELF executable"),
        (b"\x1F\x8B", "gzip data (name the file .gz)"),
        (b"SQLite format 3", "SQLite database"),
    ];
    for (sig, what) in SIGS {
        if bytes.starts_with(sig) {
            return Some((*what).to_string());
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("contains NUL bytes".into());
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if !head.is_empty() && controls * 10 > head.len() {
        return Some(format!("{controls} control bytes in the first {} bytes", head.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_latin1_binary() {
        assert_eq!(decode_text("café".as_bytes()).unwrap(), ("café".to_string(), Decoded::Utf8));
        assert_eq!(
            decode_text(b"caf\xe9 \x93quoted\x94").unwrap(),
            ("café “quoted”".to_string(), Decoded::Windows1252)
        );
        assert!(decode_text(b"abc\0def").is_err());
        assert!(decode_text(b"%PDF-1.4 ...").is_err());
        assert_eq!(decode_text(b"\xEF\xBB\xBFhi").unwrap().0, "hi");
    }
}
