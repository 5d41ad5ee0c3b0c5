//! End-to-end tests of the `dateline` binary: the README's main command,
//! bad inputs, exit codes and re-ingest (crash safety: tests/crash.rs).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], data: &Path) -> Output {
    bin().arg("--data").arg(data).args(args).output().expect("runs")
}

fn stats(data: &Path) -> serde_json::Value {
    let out = run(&["stats", "--json"], data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared() -> PathBuf {
    dateline_testkit::shared_dir()
}

#[test]
fn examples_ingest_cleanly_and_reingest_adds_nothing() {
    let data = tmpdir("examples");
    let ex = repo().join("examples");
    let out = run(&["ingest", ex.to_str().unwrap()], &data);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let s = stats(&data);
    let n = s["articles"].as_u64().unwrap();
    assert!(n >= 6, "examples stored: {n}\n{err}");
    let again = run(&["ingest", ex.to_str().unwrap()], &data);
    assert_eq!(again.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&again.stderr).contains("added 0"), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(stats(&data)["articles"].as_u64().unwrap(), n);
    // export prints one JSON document per article
    let out = run(&["export", "--format", "jsonl"], &data);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len() as u64, n);
    for l in &lines {
        assert!(l["article"]["text"].as_str().is_some());
    }
    // show by id prefix
    let id = lines[0]["article"]["id"].as_str().unwrap();
    let out = run(&["show", &id[..8]], &data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(id));
    assert_eq!(run(&["show", "zzzz"], &data).status.code(), Some(2));
}

#[test]
fn extract_seed_json_contract() {
    let seed = shared().join("seed/000_4f592e13d0db0899.txt");
    let out = bin().args(["extract", seed.to_str().unwrap(), "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["article"]["date"], "2025-03-11");
    let text = v["article"]["text"].as_str().unwrap();
    assert!(text.starts_with("U.S. and Ukrainian officials"));
    assert!(!text.contains("date 2025"));
    let chars: Vec<char> = text.chars().collect();
    let sents = v["sentences"].as_array().unwrap();
    assert_eq!(sents.len(), 20);
    for s in sents {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        let sent: String = chars[a..b].iter().collect();
        assert!(!sent.ends_with("U.S."), "{sent}");
    }
    for key in ["entities", "times", "amounts", "quotes", "events"] {
        assert!(v[key].is_array(), "{key}");
    }
    // every annotation's code-point span reads its text
    for key in ["entities", "times", "amounts", "quotes", "events"] {
        for item in v[key].as_array().unwrap() {
            let spans: Vec<&serde_json::Value> =
                if key == "entities" { item["mentions"].as_array().unwrap().iter().collect() } else { vec![item] };
            for s in spans {
                let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
                let got: String = chars[a..b].iter().collect();
                assert_eq!(got, s["text"].as_str().unwrap(), "{key}");
            }
        }
    }
}

#[test]
fn bad_inputs_are_rejected_one_by_one_and_the_rest_is_stored() {
    let dir = tmpdir("bad-in");
    let data = tmpdir("bad-data");
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    w("good.txt", b"date 2024-01-02 The council met on Monday.");
    w("latin1.txt", b"date 2024-01-03 The caf\xe9 owner said \x93no\x94.");
    w("empty.txt", b"   \n\n");
    w("nodate.txt", b"Officials met on Monday.");
    w("baddate.txt", b"date 2024-02-30 Officials met.");
    w("binary.txt", b"\x00\x01\x02\x03binary\x00\x00junk");
    w("lines.jsonl", b"{\"date\":\"2024-01-04\",\"text\":\"First record.\"}\n{not json\n{\"date\":\"2024-01-05\"}\n{\"date\":\"2024-01-06\",\"text\":\"Last record.\"}\n");
    // truncated gzip
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        b"date 2024-01-07 Compressed article text that goes on for a while to fill the stream. ".repeat(50).as_slice(),
    )
    .unwrap();
    let full = gz.finish().unwrap();
    w("cut.txt.gz", &full[..full.len() / 2]);
    // article over the 10 MB limit
    let mut big = b"date 2024-01-08 ".to_vec();
    big.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024 + 10));
    w("huge.txt", &big);

    let out = run(&["ingest", dir.to_str().unwrap()], &data);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (needle, why) in [
        ("empty.txt: empty input", "empty"),
        ("nodate.txt: no publication date", "missing date"),
        ("baddate.txt: impossible or unreadable date", "bad date"),
        ("binary.txt: binary data", "binary"),
        ("lines.jsonl:2: not a JSON object", "bad json"),
        ("lines.jsonl:3: no article text", "no text"),
        ("cut.txt.gz: corrupt or truncated gzip", "truncated gzip"),
        ("huge.txt: article of", "too large"),
        ("latin1.txt: not UTF-8; transcoded from windows-1252", "transcoded"),
    ] {
        assert!(err.contains(needle), "{why}: {needle:?} not in:\n{err}");
    }
    let s = stats(&data);
    assert_eq!(s["articles"], 4, "good, latin1, two JSONL records\n{err}");
    assert_eq!(s["ingest_errors"], 8);
    // transcoded text is right
    let out = run(&["export"], &data);
    assert!(String::from_utf8_lossy(&out.stdout).contains("caf\u{e9} owner said \u{201c}no\u{201d}"));
    // a re-run records no error twice and adds nothing
    let out = run(&["ingest", dir.to_str().unwrap()], &data);
    assert_eq!(out.status.code(), Some(1));
    let s = stats(&data);
    assert_eq!((s["articles"].as_u64(), s["ingest_errors"].as_u64()), (Some(4), Some(8)));
    // --default-date rescues the dateless article
    let out = run(&["ingest", dir.join("nodate.txt").to_str().unwrap(), "--default-date", "2024-01-09"], &data);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stats(&data)["articles"], 5);
}

#[test]
fn usage_errors_exit_2() {
    let data = tmpdir("usage");
    assert_eq!(run(&["ingest"], &data).status.code(), Some(2));
    assert_eq!(run(&["ingest", "/nonexistent/path"], &data).status.code(), Some(2));
    assert_eq!(run(&["ingest", "x", "--default-date", "soon"], &data).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], &data).status.code(), Some(2));
}

#[test]
fn stdin_and_jsonl_fields() {
    let data = tmpdir("stdin");
    let mut child = bin()
        .arg("--data")
        .arg(&data)
        .args(["ingest", "-", "--field", "text=content", "--field", "date=published"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"{\"published\":\"2024-03-01\",\"content\":\"Piped in.\"}\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stats(&data)["articles"], 1);
}

#[test]
fn petrarch_dictionaries_code_events_and_a_bad_stem_is_a_clear_error() {
    let stem = shared().join("eval/events-petrarch/PETR.Validate");
    let seed = shared().join("seed/000_4f592e13d0db0899.txt");
    assert!(seed.is_file(), "{} is missing", seed.display());
    assert!(stem.with_file_name("PETR.Validate.verbs.txt").is_file(), "{} is missing", stem.display());
    let data = tmpdir("petr");
    let out = run(
        &["extract", seed.to_str().unwrap(), "--format", "json", "--event-dictionaries", stem.to_str().unwrap()],
        &data,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = v["events"].as_array().unwrap();
    assert!(!events.is_empty(), "no events coded with the PETRARCH dictionaries");
    assert!(events.iter().all(|e| e["code"].as_str().is_some_and(|c| c.len() >= 3)));
    let out = run(&["extract", seed.to_str().unwrap(), "--event-dictionaries", "/nonexistent/PETR"], &data);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/PETR.actors.txt") && err.contains("events"), "{err}");
}

/// A failing command names the file and its cause once: the library errors
/// already hold their cause in their message.
#[test]
fn an_error_names_its_cause_once() {
    let data = tmpdir("cause-once");
    let missing = data.join("no-such-treebank.conllu");
    let out = run(&["eval", "syntax", missing.to_str().unwrap()], &data);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no-such-treebank.conllu"), "{err}");
    // ENOENT's own text ("No such file or directory (os error 2)").
    let cause = std::io::Error::from_raw_os_error(2).to_string();
    assert_eq!(err.matches(&cause).count(), 1, "{err}");
    let _ = std::fs::remove_dir_all(&data);
}
