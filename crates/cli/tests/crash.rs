//! Crash safety of ingest, end to end: SIGKILL at pseudo-random points (20
//! times) and a disk that fills up mid-write. After each, the store passes
//! SQLite's integrity check, holds every article committed before (never
//! fewer) and none twice, and a final re-run ends with exactly the articles
//! and annotations of one clean run; the search index holds each article
//! once. The runs use `--fast-quotes` (the quotes layer without its
//! neural tagger): what is tested is the store, and thousands of articles
//! through the tagger would take most of the suite's time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-crash-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], data: &Path) -> Output {
    bin().arg("--data").arg(data).args(args).output().expect("runs")
}

fn articles(data: &Path) -> u64 {
    let out = run(&["stats", "--json"], data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["articles"].as_u64().unwrap()
}

/// SQLite's own check of every page, index and constraint.
fn integrity(data: &Path) {
    let conn = rusqlite::Connection::open_with_flags(
        data.join("dateline.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap();
    conn.busy_timeout(Duration::from_secs(30)).unwrap();
    let res: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(res, vec!["ok".to_string()], "integrity_check");
    let fk: usize = conn.prepare("PRAGMA foreign_key_check").unwrap().query_map([], |_| Ok(())).unwrap().count();
    assert_eq!(fk, 0, "foreign keys");
    let dup: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM (SELECT article_id, idx FROM times GROUP BY article_id, idx HAVING COUNT(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dup, 0, "duplicated annotation rows");
}

fn search_total(data: &Path, q: &str) -> u64 {
    let out = run(&["search", q, "--json", "--limit", "1"], data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["total"].as_u64().unwrap()
}

fn reuters_subset(n: usize, name: &str) -> PathBuf {
    let src = dateline_testkit::shared_path("corpora/reuters21578/reuters21578.jsonl");
    let raw = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
    let p = tmpdir(name).join("subset.jsonl");
    let lines: Vec<&str> = raw.lines().take(n).collect();
    std::fs::write(&p, lines.join("\n")).unwrap();
    p
}

fn clean_run(input: &Path, name: &str) -> (PathBuf, u64) {
    let clean = tmpdir(name);
    let out = run(&["ingest", input.to_str().unwrap(), "--quiet", "--fast-quotes"], &clean);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    let want = articles(&clean);
    (clean, want)
}

/// Finishes with an unhindered run and compares with the clean run.
fn finish_and_compare(input: &Path, data: &Path, clean: &Path, want: u64) {
    let out = run(&["ingest", input.to_str().unwrap(), "--quiet", "--fast-quotes"], data);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    integrity(data);
    assert_eq!(articles(data), want, "the store holds exactly the distinct articles");
    let a = run(&["export"], clean).stdout;
    let b = run(&["export"], data).stdout;
    assert_eq!(a.len(), b.len(), "export sizes differ");
    assert!(a == b, "exports differ");
    // The index holds each article once: a rebuild finds the same hits.
    let before = search_total(data, "the");
    assert!(before > want / 2, "{before} of {want}");
    let out = run(&["reindex"], data);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(search_total(data, "the"), before, "index after crashes differs from a rebuilt one");
}

#[test]
fn sigkill_20_times_mid_ingest_loses_nothing_and_duplicates_nothing() {
    let input = reuters_subset(3000, "kill-in");
    let (clean, want) = clean_run(&input, "kill-clean");
    assert!(want > 2000, "{want}");

    let data = tmpdir("kill-data");
    let mut last = 0u64;
    let mut killed = 0;
    let mut seed = 0x2545F4914F6CDD1Du64;
    for round in 0..20 {
        // xorshift: a fixed but irregular spread of kill points
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let extra_ms = seed % 150;
        let mut child = bin()
            .arg("--data")
            .arg(&data)
            .args(["ingest", input.to_str().unwrap(), "--quiet", "--fast-quotes", "--batch-size", "8"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until this run has committed something new, then kill it a
        // little later (in extraction, mid-batch, mid-commit or mid-index).
        let start = Instant::now();
        let mut finished = false;
        loop {
            if child.try_wait().unwrap().is_some() {
                finished = true;
                break;
            }
            if articles(&data) > last || start.elapsed() > Duration::from_secs(120) {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(extra_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        }
        let _ = child.wait();
        integrity(&data);
        let now = articles(&data);
        assert!(now >= last, "round {round}: committed articles went from {last} to {now}");
        assert!(now <= want, "round {round}: {now} > {want}: duplicates");
        last = now;
        if finished {
            break;
        }
    }
    eprintln!("killed {killed} times; {last} of {want} articles committed before the final run");
    assert!(killed >= 10, "the ingest was killed mid-run only {killed} times");
    assert!(last < want, "kills happened before the end");
    finish_and_compare(&input, &data, &clean, want);
}

#[test]
fn disk_full_mid_ingest_gives_a_clear_error_and_a_usable_store() {
    let input = reuters_subset(1500, "full-in");
    let (clean, want) = clean_run(&input, "full-clean");
    let data = tmpdir("full-data");
    // A file-size limit makes every write past 3 MB fail with EFBIG (the
    // signal it would raise is ignored), as a full disk does.
    let script = format!(
        "trap '' XFSZ; ulimit -f 3072; exec '{}' --data '{}' ingest '{}' --quiet --fast-quotes --batch-size 32",
        env!("CARGO_BIN_EXE_dateline"),
        data.display(),
        input.display()
    );
    let out = Command::new("bash").arg("-c").arg(&script).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "ingest into a full disk must fail");
    assert!(out.status.code().is_some(), "killed by a signal instead of failing cleanly: {:?}", out.status);
    assert!(
        err.contains("full") || err.contains("too large") || err.contains("disk") || err.contains("I/O"),
        "unclear error: {err}"
    );
    assert!(err.contains("dateline.db") || err.contains("index"), "the error does not name what failed: {err}");
    integrity(&data);
    let partial = articles(&data);
    assert!(partial < want, "{partial} of {want}");
    finish_and_compare(&input, &data, &clean, want);
}
