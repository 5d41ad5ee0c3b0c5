//! Inputs: files, directories (recursive), `.gz` files and stdin, read into
//! a stream of articles or errors. One bad record never stops the others.

use crate::error::{ReadError, ReadNote};
use crate::html::{parse_html, HtmlOptions};
use crate::jsonl::{parse_jsonl_line, FieldMap};
use crate::plain::{parse_plain, PlainOptions};
use crate::text::{binary_reason, decode_text, Decoded};
use dateline_core::{Article, PubDate};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Largest article accepted by default (10 MB).
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;
/// Largest decompressed size of one `.gz` input by default (1 GiB).
pub const DEFAULT_MAX_DECOMPRESSED_BYTES: u64 = 1024 * 1024 * 1024;

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `date YYYY-MM-DD` then the article.
    Plain,
    /// One JSON object per line.
    Jsonl,
    /// An HTML page.
    Html,
}

impl Format {
    /// Parses a format name (`plain`/`txt`, `jsonl`/`json`/`ndjson`, `html`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "plain" | "txt" | "text" => Format::Plain,
            "jsonl" | "json" | "ndjson" => Format::Jsonl,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }

    /// The format an extension names, if any.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Plain),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of the content.
    pub fn sniff(head: &[u8]) -> Format {
        let s = String::from_utf8_lossy(&head[..head.len().min(1024)]);
        let t = s.trim_start_matches('\u{FEFF}').trim_start();
        let lower = t.get(..t.len().min(200)).unwrap_or("").to_ascii_lowercase();
        if t.starts_with('{') {
            Format::Jsonl
        } else if lower.starts_with("<!doctype html")
            || lower.starts_with("<html")
            || lower.starts_with("<?xml")
            || lower.starts_with("<!--")
            || lower.starts_with("<head")
            || lower.starts_with("<body")
        {
            Format::Html
        } else {
            Format::Plain
        }
    }
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Input {
    /// The name used in messages.
    pub fn origin(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".into(),
        }
    }
}

/// Options for reading, set with builder-style methods.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Date for articles that have none.
    pub default_date: Option<PubDate>,
    /// Field names for JSON Lines.
    pub fields: FieldMap,
    /// Force a format instead of detecting it.
    pub format: Option<Format>,
    /// Largest article (plain file, JSON line or HTML page) accepted.
    pub max_article_bytes: u64,
    /// Largest decompressed size of one `.gz` input.
    pub max_decompressed_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            default_date: None,
            fields: FieldMap::default(),
            format: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            max_decompressed_bytes: DEFAULT_MAX_DECOMPRESSED_BYTES,
        }
    }
}

impl ReadOptions {
    /// Sets the default date.
    pub fn default_date(mut self, d: Option<PubDate>) -> Self {
        self.default_date = d;
        self
    }
    /// Sets the JSON field map.
    pub fn fields(mut self, f: FieldMap) -> Self {
        self.fields = f;
        self
    }
    /// Forces a format.
    pub fn format(mut self, f: Option<Format>) -> Self {
        self.format = f;
        self
    }
    /// Sets the article size limit.
    pub fn max_article_bytes(mut self, n: u64) -> Self {
        self.max_article_bytes = n;
        self
    }
    /// Sets the decompression limit.
    pub fn max_decompressed_bytes(mut self, n: u64) -> Self {
        self.max_decompressed_bytes = n;
        self
    }
}

/// An article read from an input.
#[derive(Debug, Clone)]
pub struct ReadItem {
    /// The article.
    pub article: Article,
    /// Where it came from (`file` or `file:line`).
    pub origin: String,
    /// The record's own id, when the input had one.
    pub external_id: Option<String>,
    /// Things worth telling (transcoding...).
    pub notes: Vec<ReadNote>,
}

/// Expands paths into inputs: files as given, directories recursively
/// (sorted, hidden entries skipped, files with a known extension or `.gz`,
/// or any other file whose content sniffs as text), `-` as stdin.
pub fn expand_inputs(paths: &[PathBuf]) -> Result<Vec<Input>, ReadError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| ReadError::Io { origin: p.display().to_string(), source: e })?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(Input::File(p.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<Input>) -> Result<(), ReadError> {
    let io = |e| ReadError::Io { origin: dir.display().to_string(), source: e };
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        // Do not follow symlinked directories (no cycles).
        let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
        if meta.is_dir() {
            walk(&p, out)?;
        } else if meta.is_file() && wanted(&p) {
            out.push(Input::File(p));
        }
    }
    Ok(())
}

fn wanted(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let inner = name.strip_suffix(".gz").unwrap_or(&name);
    match Path::new(inner).extension().and_then(|e| e.to_str()) {
        Some(ext) if Format::from_extension(ext).is_some() => true,
        Some("md" | "toml" | "yaml" | "yml" | "csv" | "rs" | "py" | "sh" | "png" | "jpg" | "pdf" | "zip") => false,
        _ => {
            // No or unknown extension: sniff for text that starts with a date line.
            let mut head = [0u8; 512];
            let n = std::fs::File::open(p).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
            let head = &head[..n];
            binary_reason(head).is_none() && String::from_utf8_lossy(head).trim_start().starts_with("date ")
        }
    }
}

fn format_of(named: Option<&Path>, head: &[u8], forced: Option<Format>) -> Format {
    if let Some(f) = forced {
        return f;
    }
    if let Some(p) = named {
        let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        let inner = name.strip_suffix(".gz").unwrap_or(&name);
        if let Some(f) = Path::new(inner).extension().and_then(|e| e.to_str()).and_then(Format::from_extension) {
            return f;
        }
    }
    Format::sniff(head)
}

/// A reader that fails once more than `limit` bytes came through.
struct Limited<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            return Err(std::io::Error::other(format!(
                "decompressed data exceeds the {}-byte limit (gzip bomb?)",
                self.limit
            )));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

fn open<'a>(origin: &str, raw: Box<dyn Read + 'a>, opts: &ReadOptions) -> Result<Box<dyn BufRead + 'a>, ReadError> {
    let mut buf = BufReader::with_capacity(64 * 1024, raw);
    let head = buf.fill_buf().map_err(|e| ReadError::Io { origin: origin.to_string(), source: e })?;
    if head.starts_with(b"\x1F\x8B") {
        let dec = flate2::bufread::MultiGzDecoder::new(buf);
        let limited = Limited { inner: dec, left: opts.max_decompressed_bytes, limit: opts.max_decompressed_bytes };
        return Ok(Box::new(BufReader::with_capacity(64 * 1024, limited)));
    }
    Ok(Box::new(buf))
}

fn io_or_gzip(origin: &str, e: std::io::Error) -> ReadError {
    let msg = e.to_string();
    if e.kind() == std::io::ErrorKind::UnexpectedEof
        || e.kind() == std::io::ErrorKind::InvalidInput
        || e.kind() == std::io::ErrorKind::InvalidData
        || msg.contains("gzip")
        || msg.contains("limit")
        || msg.contains("deflate")
        || msg.contains("corrupt")
    {
        ReadError::Gzip { origin: origin.into(), message: msg }
    } else {
        ReadError::Io { origin: origin.into(), source: e }
    }
}

/// Reads up to `limit` bytes of the next line (without the newline) into
/// `buf`. Returns `Ok(None)` at end of input, `Ok(Some(total_len))` with
/// the full length of the line, which may exceed what was kept.
fn read_line_bounded(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> std::io::Result<Option<usize>> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(total));
        }
        any = true;
        let (take, done) = match memchr_nl(chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        total += take;
        r.consume(if done { take + 1 } else { take });
        if done {
            return Ok(Some(total));
        }
    }
}

fn memchr_nl(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// Reads every article of one input, calling `sink` with each article or
/// error in input order. Returns an error only when the input cannot be
/// opened at all (which is also reported through `sink` by callers that
/// want one stream: see [`read_all`]).
pub fn read_input(input: &Input, opts: &ReadOptions, sink: &mut dyn FnMut(Result<ReadItem, ReadError>)) {
    let origin = input.origin();
    match input {
        Input::Stdin => read_stream(&origin, None, Box::new(std::io::stdin()), opts, sink),
        Input::File(p) => match std::fs::File::open(p) {
            Ok(f) => read_stream(&origin, Some(p), Box::new(f), opts, sink),
            Err(e) => sink(Err(ReadError::Io { origin, source: e })),
        },
    }
}

/// Reads every article of an in-memory input (plain, JSONL, HTML, or any
/// of them gzipped), exactly as [`read_input`] reads a file whose name is
/// `origin`: the name's extension picks the format, else the content does.
pub fn read_bytes(origin: &str, bytes: &[u8], opts: &ReadOptions, sink: &mut dyn FnMut(Result<ReadItem, ReadError>)) {
    read_stream(origin, Some(Path::new(origin)), Box::new(bytes), opts, sink)
}

fn read_stream(
    origin: &str,
    named: Option<&Path>,
    raw: Box<dyn Read + '_>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<ReadItem, ReadError>),
) {
    let origin = origin.to_string();
    let mut r = match open(&origin, raw, opts) {
        Ok(r) => r,
        Err(e) => return sink(Err(e)),
    };
    let head = match r.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => return sink(Err(io_or_gzip(&origin, e))),
    };
    let format = format_of(named, &head, opts.format);
    if format == Format::Jsonl {
        let mut line = Vec::new();
        let mut no = 0usize;
        loop {
            no += 1;
            match read_line_bounded(&mut *r, &mut line, opts.max_article_bytes as usize + 1) {
                Ok(None) => break,
                Ok(Some(len)) => {
                    if line.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    if len as u64 > opts.max_article_bytes {
                        sink(Err(ReadError::TooLarge {
                            origin: origin.clone(),
                            line: Some(no),
                            size: len as u64,
                            limit: opts.max_article_bytes,
                        }));
                        continue;
                    }
                    let mut notes = Vec::new();
                    let text = match std::str::from_utf8(&line) {
                        Ok(s) => s.to_string(),
                        Err(_) => match decode_text(&line) {
                            Ok((s, _)) => {
                                notes.push(ReadNote {
                                    origin: format!("{origin}:{no}"),
                                    message: "not UTF-8; transcoded from windows-1252".into(),
                                });
                                s
                            }
                            Err(reason) => {
                                sink(Err(ReadError::Binary { origin: format!("{origin}:{no}"), reason }));
                                continue;
                            }
                        },
                    };
                    match parse_jsonl_line(&origin, no, &text, &opts.fields, opts.default_date) {
                        Ok((article, external_id)) => {
                            sink(Ok(ReadItem { article, origin: format!("{origin}:{no}"), external_id, notes }))
                        }
                        Err(e) => sink(Err(e)),
                    }
                }
                Err(e) => {
                    sink(Err(io_or_gzip(&origin, e)));
                    break;
                }
            }
        }
        return;
    }
    // Whole-file formats: read at most the limit (+1 to detect overflow).
    // HTML pages carry markup around the article, so they get 4x the room.
    let limit = if format == Format::Html { opts.max_article_bytes.saturating_mul(4) } else { opts.max_article_bytes };
    let mut bytes = Vec::new();
    if let Err(e) = (&mut r).take(limit + 1).read_to_end(&mut bytes) {
        return sink(Err(io_or_gzip(&origin, e)));
    }
    if bytes.len() as u64 > limit {
        // Drain to learn the size without keeping it (bounded by the gzip limit).
        let rest = std::io::copy(&mut r, &mut std::io::sink()).unwrap_or(0);
        return sink(Err(ReadError::TooLarge { origin, line: None, size: bytes.len() as u64 + rest, limit }));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return sink(Err(ReadError::Empty { origin }));
    }
    let (text, decoded) = match decode_text(&bytes) {
        Ok(t) => t,
        Err(reason) => return sink(Err(ReadError::Binary { origin, reason })),
    };
    let mut notes = Vec::new();
    if decoded == Decoded::Windows1252 {
        notes.push(ReadNote { origin: origin.clone(), message: "not UTF-8; transcoded from windows-1252".into() });
    }
    let parsed = match format {
        Format::Plain => parse_plain(&origin, &text, &PlainOptions { default_date: opts.default_date }),
        Format::Html => {
            parse_html(&origin, &text, &HtmlOptions { default_date: opts.default_date, ..HtmlOptions::default() })
        }
        Format::Jsonl => unreachable!("handled above"),
    };
    match parsed {
        Ok(article) => sink(Ok(ReadItem { article, origin, external_id: None, notes })),
        Err(e) => sink(Err(e)),
    }
}

/// Reads every input in order; see [`read_input`].
pub fn read_all(inputs: &[Input], opts: &ReadOptions, sink: &mut dyn FnMut(Result<ReadItem, ReadError>)) {
    for input in inputs {
        read_input(input, opts, sink);
    }
}
