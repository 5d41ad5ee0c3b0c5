//! Distributed ingest against real servers: PostgreSQL
//! (`DATELINE_TEST_POSTGRES`) and NATS JetStream (`DATELINE_TEST_NATS`).
//! Skipped, with a message, when either variable is unset.
//!
//! Reuters articles are enqueued (twice: the stream drops the repeats), a
//! message that is no article is slipped in, two workers consume, one is
//! killed with SIGKILL after its first committed batch and restarted; the
//! PostgreSQL store must end with exactly the articles and annotations of an
//! embedded (SQLite) ingest of the same input: same counts, byte-identical
//! JSONL export. Each run uses its own stream and schema.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Articles in the test (those of the first Reuters records with a body).
const ARTICLES: usize = 2000;
/// Layers run by both ingests (fast ones: the test stays well under two
/// minutes on two shared cores; bench/scale.sh runs every layer).
const LAYERS: &str = "entities,times,amounts";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

fn servers() -> Option<(String, String)> {
    let pg = std::env::var("DATELINE_TEST_POSTGRES").ok().filter(|s| !s.is_empty());
    let nats = std::env::var("DATELINE_TEST_NATS").ok().filter(|s| !s.is_empty());
    match (pg, nats) {
        (Some(pg), Some(nats)) => Some((pg, nats)),
        _ => {
            eprintln!("skipping: set DATELINE_TEST_POSTGRES and DATELINE_TEST_NATS to run the distributed ingest test");
            None
        }
    }
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-scale-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn ok(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed ({:?}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Removes the run's stream and schema whatever happens.
struct Cleanup {
    nats: String,
    stream: String,
    pg: String,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let cfg = dateline_queue::jetstream::StreamConfig::new(&self.stream);
        if let Ok(mut js) = dateline_queue::jetstream::JetStream::connect(&self.nats, "test-cleanup", cfg) {
            let _ = js.delete_stream();
        }
        if let Ok(s) = dateline_store_pg::PgStore::open(&self.pg) {
            let _ = s.drop_schema();
        }
    }
}

fn stats(args: &[&str]) -> serde_json::Value {
    let out = ok(bin().args(args).args(["stats", "--json"]).output().unwrap(), "stats");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn counts(v: &serde_json::Value) -> Vec<u64> {
    ["articles", "entities", "canonical_entities", "mentions", "times", "amounts", "quotes", "events"]
        .iter()
        .map(|k| v[*k].as_u64().unwrap_or(u64::MAX))
        .collect()
}

fn spawn_worker(store: &[&str], data: &Path, nats: &str, stream: &str, name: &str, log: &Path) -> Child {
    let log = std::fs::File::create(log).unwrap();
    bin()
        .arg("--data")
        .arg(data)
        .args(store)
        .args(["worker", "--nats", nats, "--stream", stream, "--ack-wait", "2", "--layers", LAYERS])
        .args(["--batch-size", "16", "--jobs", "1", "--exit-when-idle", "6", "--name", name])
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

fn wait(child: &mut Child, deadline: Instant, what: &str) {
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{what} exited with {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{what} did not finish in time");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Reads `redelivered N` from a worker's last line.
fn redelivered(log: &Path) -> u64 {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    text.lines()
        .rev()
        .find_map(|l| l.split("redelivered ").nth(1))
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

#[test]
fn two_workers_one_killed_end_with_the_embedded_result() {
    let Some((pg_server, nats)) = servers() else { return };
    let started = Instant::now();
    let dir = tmpdir("e2e");
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let run = format!("t{}_{}", std::process::id(), nanos % 1_000_000_000_000);
    let sep = if pg_server.contains('?') { '&' } else { '?' };
    let pg = format!("{pg_server}{sep}schema={run}");
    let _cleanup = Cleanup { nats: nats.clone(), stream: run.clone(), pg: pg.clone() };
    let store = ["--store", pg.as_str()];

    // The input: the first Reuters records with a body (not copied into the
    // repository: a temporary file).
    let corpus = dateline_testkit::shared_dir().join("corpora/reuters21578/reuters21578.jsonl");
    let text = std::fs::read_to_string(&corpus).expect("the Reuters corpus in ../shared");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .and_then(|v| v["body"].as_str().map(|b| !b.trim().is_empty()))
                .unwrap_or(false)
        })
        .take(ARTICLES)
        .collect();
    assert_eq!(lines.len(), ARTICLES);
    let input = dir.join("reuters.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();

    // The embedded reference run, with one extraction thread: Reuters has
    // records with the same text (same id) and different titles, and the
    // first one in input order is the one both runs must keep (the stream
    // keeps the first publish of an id; `ingest --jobs 2` keeps whichever
    // thread finishes first).
    let emb = dir.join("embedded");
    ok(
        bin()
            .arg("--data")
            .arg(&emb)
            .arg("ingest")
            .arg(&input)
            .args(["--layers", LAYERS, "--quiet", "--jobs", "1"])
            .output()
            .unwrap(),
        "embedded ingest",
    );
    let emb_stats = stats(&["--data", emb.to_str().unwrap()]);
    let emb_export = dir.join("embedded.jsonl");
    ok(
        bin().arg("--data").arg(&emb).args(["export", "--format", "jsonl", "-o"]).arg(&emb_export).output().unwrap(),
        "embedded export",
    );

    // Enqueue twice: the second time every message is a duplicate.
    let enqueue = || {
        let out = bin()
            .args(store)
            .arg("enqueue")
            .arg(&input)
            .args(["--nats", &nats, "--stream", &run, "--ack-wait", "2"])
            .output();
        String::from_utf8_lossy(&ok(out.unwrap(), "enqueue").stderr).into_owned()
    };
    let first = enqueue();
    let distinct = emb_stats["articles"].as_u64().unwrap();
    assert!(first.contains(&format!("published {distinct}, duplicates {}", ARTICLES as u64 - distinct)), "{first}");
    let second = enqueue();
    assert!(second.contains(&format!("published 0, duplicates {ARTICLES}")), "{second}");

    // A message that is no article: recorded and terminated, never blocking.
    {
        let cfg = dateline_queue::jetstream::StreamConfig::new(&run);
        let mut js = dateline_queue::jetstream::JetStream::connect(&nats, "test", cfg).unwrap();
        let out = js.publish_all(&[("garbage-1".into(), b"{not json".to_vec())], 1).unwrap();
        assert!(matches!(out[0], Ok(dateline_queue::jetstream::PubOutcome::Stored(_))));
    }

    // Two workers; A is killed after its first committed batch, then
    // restarted.
    let (data_a, data_b) = (dir.join("node-a"), dir.join("node-b"));
    let (log_a, log_a2, log_b) = (dir.join("a.log"), dir.join("a2.log"), dir.join("b.log"));
    let mut a = spawn_worker(&store, &data_a, &nats, &run, "worker-a", &log_a);
    let mut b = spawn_worker(&store, &data_b, &nats, &run, "worker-b", &log_b);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let log = std::fs::read_to_string(&log_a).unwrap_or_default();
        if log.contains("committed batch 1:") {
            break;
        }
        assert!(Instant::now() < deadline, "worker A committed nothing:\n{log}");
        assert!(a.try_wait().unwrap().is_none(), "worker A ended early:\n{log}");
        std::thread::sleep(Duration::from_millis(20));
    }
    a.kill().unwrap(); // SIGKILL
    a.wait().unwrap();
    let mid = stats(&store);
    assert!(mid["articles"].as_u64().unwrap() < distinct, "the kill came after the end: {mid}");
    let mut a2 = spawn_worker(&store, &data_a, &nats, &run, "worker-a", &log_a2);
    let deadline = Instant::now() + Duration::from_secs(100);
    wait(&mut b, deadline, "worker B");
    wait(&mut a2, deadline, "restarted worker A");
    let redelivered = redelivered(&log_b) + redelivered(&log_a2);
    eprintln!("messages redelivered after the kill: {redelivered}");

    // The store has exactly the embedded run's articles and annotations.
    let pg_stats = stats(&store);
    assert_eq!(counts(&pg_stats), counts(&emb_stats), "postgres {pg_stats}\nembedded {emb_stats}");
    let pg_export = dir.join("postgres.jsonl");
    ok(
        bin()
            .args(store)
            .arg("--data")
            .arg(&data_a)
            .args(["export", "--format", "jsonl", "-o"])
            .arg(&pg_export)
            .output()
            .unwrap(),
        "postgres export",
    );
    let (x, y) = (std::fs::read(&emb_export).unwrap(), std::fs::read(&pg_export).unwrap());
    assert_eq!(x.len(), y.len(), "export sizes differ");
    assert!(x == y, "the exports differ");
    assert_eq!(String::from_utf8_lossy(&y).lines().count() as u64, distinct);

    // The bad message is an ingest error; the queue is empty; status sees
    // both workers.
    let errors = ok(bin().args(store).args(["errors", "--json"]).output().unwrap(), "errors");
    let errors: serde_json::Value = serde_json::from_slice(&errors.stdout).unwrap();
    assert_eq!(errors.as_array().map(Vec::len), Some(1), "{errors}");
    assert_eq!(errors[0]["kind"], "bad_message");
    let status =
        ok(bin().args(store).args(["status", "--json", "--nats", &nats, "--stream", &run]).output().unwrap(), "status");
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["queue"]["messages"], 0, "{status}");
    assert_eq!(status["queue"]["ack_pending"], 0, "{status}");
    let names: Vec<&str> = status["workers"].as_array().unwrap().iter().filter_map(|w| w["name"].as_str()).collect();
    assert!(names.contains(&"worker-a") && names.contains(&"worker-b"), "{status}");
    let by_workers: u64 = status["workers"].as_array().unwrap().iter().filter_map(|w| w["articles"].as_u64()).sum();
    assert_eq!(by_workers, distinct, "each article was added by exactly one worker");

    // Search over the PostgreSQL store through the same query layer.
    let out = ok(
        bin().args(store).arg("--data").arg(&data_b).args(["search", "cocoa", "--json"]).output().unwrap(),
        "search",
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let emb_hits = ok(bin().arg("--data").arg(&emb).args(["search", "cocoa", "--json"]).output().unwrap(), "search");
    let emb_hits: serde_json::Value = serde_json::from_slice(&emb_hits.stdout).unwrap();
    assert_eq!(hits, emb_hits);

    // The HTTP API over the PostgreSQL store answers as over the embedded one.
    let api_pg = api_get(&store, &data_b, "/api/search?q=cocoa&limit=5");
    let api_emb = api_get(&[], &emb, "/api/search?q=cocoa&limit=5");
    assert!(api_pg.contains("\"hits\""), "{api_pg}");
    assert_eq!(api_pg, api_emb);
    eprintln!("distributed ingest test took {:.1}s", started.elapsed().as_secs_f64());
}

/// Starts `dateline serve` on a free port, GETs `path`, stops the server;
/// returns the response body.
fn api_get(store: &[&str], data: &Path, path: &str) -> String {
    use std::io::{Read, Write};
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = bin()
        .arg("--data")
        .arg(data)
        .args(store)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let body = loop {
        if let Ok(mut c) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            write!(c, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
            let mut resp = String::new();
            c.read_to_string(&mut resp).unwrap();
            break resp.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or(resp);
        }
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = server.kill();
    let _ = server.wait();
    body
}
