//! Scaling out: the PostgreSQL store (`--store postgres://...`) and
//! distributed ingest on NATS JetStream (`enqueue`, `worker`, `status`).

use crate::config::{Config, ReadArgs};
use anyhow::{bail, Context, Result};
use clap::Args;
use dateline_queue::jetstream::{JetStream, StreamConfig};
use dateline_queue::{EnqueueEvent, WorkerEvent, WorkerOptions};
use dateline_readers::expand_inputs;
use dateline_store::Store;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// Where the queue is.
#[derive(Debug, Args, Clone)]
pub struct QueueArgs {
    /// The NATS server (JetStream enabled).
    #[arg(long, env = "DATELINE_NATS", default_value = "nats://127.0.0.1:4222", value_name = "URL")]
    pub nats: String,
    /// The stream (its subject is `dateline.<stream>`).
    #[arg(long, env = "DATELINE_STREAM", default_value = "articles")]
    pub stream: String,
    /// The durable consumer the workers share.
    #[arg(long, default_value = "workers")]
    pub consumer: String,
    /// Seconds a delivered message may stay unacknowledged before it is
    /// delivered again (set when the consumer is created).
    #[arg(long, default_value_t = 60)]
    pub ack_wait: u64,
    /// Deliveries after which a message is given up (set when the consumer
    /// is created).
    #[arg(long, default_value_t = 5)]
    pub max_deliver: i64,
}

impl QueueArgs {
    fn connect(&self, name: &str) -> Result<JetStream> {
        let mut cfg = StreamConfig::new(&self.stream);
        cfg.consumer = self.consumer.clone();
        cfg.ack_wait = Duration::from_secs(self.ack_wait.max(1));
        cfg.max_deliver = self.max_deliver.max(1);
        JetStream::connect(&self.nats, name, cfg).with_context(|| format!("connecting to {}", self.nats))
    }
}

/// `dateline enqueue`.
#[derive(Debug, Args)]
pub struct EnqueueArgs {
    /// Files, directories (recursive), .gz files, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Reading options.
    #[command(flatten)]
    pub read: ReadArgs,
    /// The queue.
    #[command(flatten)]
    pub queue: QueueArgs,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// `dateline worker`.
#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// The queue.
    #[command(flatten)]
    pub queue: QueueArgs,
    /// Messages per fetch, stored in one transaction and acknowledged after it.
    #[arg(long, default_value_t = 64)]
    pub batch_size: usize,
    /// Extraction threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Annotation layers to run, comma-separated (default: all).
    #[arg(long, value_delimiter = ',')]
    pub layers: Option<Vec<String>>,
    /// Run the quotes layer without its neural tagger (see `ingest`).
    #[arg(long)]
    pub fast_quotes: bool,
    /// Stop once the queue has given nothing for this many seconds and the
    /// stream is empty, unacknowledged messages included (default: run until
    /// killed).
    #[arg(long, value_name = "SECS")]
    pub exit_when_idle: Option<u64>,
    /// The worker's name in `dateline status` (default host:pid).
    #[arg(long)]
    pub name: Option<String>,
    /// No per-batch log lines.
    #[arg(long)]
    pub quiet: bool,
}

/// `dateline status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The queue.
    #[command(flatten)]
    pub queue: QueueArgs,
    /// Workers seen within this many seconds count as active.
    #[arg(long, default_value_t = 60)]
    pub window: u64,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Opens the store named by `--store`.
pub fn open_remote_store(url: &str) -> Result<Store> {
    if !dateline_store_pg::is_postgres_url(url) {
        bail!("--store {url:?}: expected postgres://user@host:5432/db[?schema=NAME] (the embedded store is chosen with --data)");
    }
    let pg = dateline_store_pg::PgStore::open(url)?;
    Ok(Store::from_backend(Box::new(pg)))
}

/// The search index of this node: `<data>/index` for the embedded store,
/// `<data>/index-pg-<hash of the store location>` for a PostgreSQL store
/// (so indexes of different stores never mix their marks).
pub fn index_dir(cfg: &Config) -> PathBuf {
    match &cfg.store {
        None => cfg.data_dir.join("index"),
        Some(url) => {
            let location = dateline_store_pg::parse_url(url).map(|u| u.location).unwrap_or_else(|_| url.clone());
            let id = dateline_core::Article::compute_id(None, &location);
            cfg.data_dir.join(format!("index-pg-{}", &id[..12.min(id.len())]))
        }
    }
}

/// The store for messages: its location without credentials.
pub fn describe(cfg: &Config) -> String {
    match &cfg.store {
        Some(url) => dateline_store_pg::parse_url(url).map(|u| u.location).unwrap_or_else(|_| "(bad --store)".into()),
        None => cfg.data_dir.display().to_string(),
    }
}

fn bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() && std::env::var_os("DATELINE_PROGRESS").is_none() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    b.set_style(
        ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} articles enqueued ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    b.enable_steady_tick(Duration::from_millis(200));
    b
}

/// `dateline enqueue PATH... --nats URL`. Rejected inputs are reported on
/// stderr, and also recorded in the store's `ingest_errors` when `--store`
/// is given.
pub fn enqueue(cfg: &Config, args: &EnqueueArgs) -> Result<ExitCode> {
    let read = args.read.resolve()?;
    let inputs = expand_inputs(&args.paths)?;
    let mut store = match &cfg.store {
        Some(_) => Some(crate::open_store(cfg)?),
        None => None,
    };
    let mut js = args.queue.connect("dateline-enqueue")?;
    let bar = bar(args.quiet);
    let start = Instant::now();
    let b2 = bar.clone();
    let mut record_failed: Option<dateline_store::StoreError> = None;
    let summary = dateline_queue::enqueue(&mut js, &inputs, &read, &bar, &mut |ev| {
        let (origin, line, kind, message) = match ev {
            EnqueueEvent::Rejected(e) => {
                b2.suspend(|| eprintln!("rejected: {e}"));
                (e.origin().to_string(), e.line(), e.kind().to_string(), e.to_string())
            }
            EnqueueEvent::Refused(origin, e) => {
                b2.suspend(|| eprintln!("rejected: {origin}: {e}"));
                (origin.to_string(), None, "refused_by_queue".to_string(), format!("{origin}: {e}"))
            }
        };
        if let Some(store) = store.as_mut() {
            if let Err(e) = store.record_error(&origin, line, &kind, &message) {
                record_failed.get_or_insert(e);
            }
        }
    })?;
    bar.finish_and_clear();
    if let Some(e) = record_failed {
        return Err(e).context("recording rejected inputs in the store");
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "enqueued {} inputs to stream {} in {:.1}s: read {}, published {}, duplicates {}, rejected {} ({:.0} articles/s)",
        inputs.len(),
        args.queue.stream,
        secs,
        summary.read,
        summary.published,
        summary.duplicates,
        summary.rejected,
        summary.read as f64 / secs.max(1e-9)
    );
    Ok(if summary.rejected > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `dateline worker --nats URL --store postgres://...`.
pub fn worker(cfg: &Config, args: &WorkerArgs) -> Result<ExitCode> {
    let mut store = crate::open_store(cfg)?;
    let layers: Vec<&str> = match &args.layers {
        Some(l) => l.iter().map(String::as_str).collect(),
        None => dateline_pipeline::LAYERS.to_vec(),
    };
    let layer_opts = dateline_pipeline::LayerOptions::default().fast_quotes(args.fast_quotes);
    let pipeline = dateline_pipeline::pipeline_with_options(&layers, &layer_opts)?;
    let mut opts = WorkerOptions { batch: args.batch_size.max(1), ..WorkerOptions::default() };
    if let Some(j) = args.jobs {
        opts.jobs = j.max(1);
    }
    if let Some(n) = &args.name {
        opts.name = n.clone();
    }
    opts.exit_when_idle = args.exit_when_idle.map(Duration::from_secs);
    let mut js = args.queue.connect(&format!("dateline-worker {}", opts.name))?;
    eprintln!(
        "worker {} on stream {} ({}), store {}, {} threads, batches of {}",
        opts.name,
        args.queue.stream,
        args.queue.nats,
        describe(cfg),
        opts.jobs,
        opts.batch
    );
    let start = Instant::now();
    let stop = AtomicBool::new(false);
    let quiet = args.quiet;
    let summary = dateline_queue::run_worker(&mut js, &mut store, &pipeline, &opts, &stop, &mut |ev| match ev {
        WorkerEvent::Rejected(seq, reason) => eprintln!("rejected: message {seq}: {reason}"),
        WorkerEvent::Committed(s) => {
            if !quiet {
                eprintln!("committed batch {}: added {} so far, duplicates {}", s.batches, s.added, s.duplicates)
            }
        }
    })?;
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "worker {} done in {:.1}s: received {}, added {}, duplicates {}, rejected {}, redelivered {} ({:.1} articles/s)",
        opts.name,
        secs,
        summary.received,
        summary.added,
        summary.duplicates,
        summary.rejected,
        summary.redelivered,
        summary.received as f64 / secs.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct StatusReport {
    stream: String,
    queue: dateline_queue::jetstream::QueueState,
    store: String,
    articles: u64,
    stored_last_minute: u64,
    articles_per_second: f64,
    workers_active: usize,
    workers: Vec<dateline_store::WorkerRow>,
}

/// `dateline status`.
pub fn status(cfg: &Config, args: &StatusArgs) -> Result<ExitCode> {
    let mut js = args.queue.connect("dateline-status")?;
    let queue = js.state()?;
    let store = crate::open_store(cfg)?;
    let now = chrono::Utc::now();
    let minute_ago = (now - chrono::Duration::seconds(60)).to_rfc3339();
    let window_start = (now - chrono::Duration::seconds(args.window.min(1 << 31) as i64)).to_rfc3339();
    let stored_last_minute = store.stored_since(&minute_ago)?;
    let workers = store.workers()?;
    let report = StatusReport {
        stream: args.queue.stream.clone(),
        queue,
        store: describe(cfg),
        articles: store.stats()?.articles,
        stored_last_minute,
        articles_per_second: stored_last_minute as f64 / 60.0,
        workers_active: workers.iter().filter(|w| w.last_seen >= window_start).count(),
        workers,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    let q = &report.queue;
    println!("stream         {} ({})", report.stream, args.queue.nats);
    println!("depth          {} messages ({} bytes), {} ever published", q.messages, q.bytes, q.last_seq);
    println!(
        "consumer       {} undelivered, {} awaiting ack, {} redelivered, {} waiting pulls",
        q.pending, q.ack_pending, q.redelivered, q.waiting
    );
    println!("store          {} ({} articles)", report.store, report.articles);
    println!(
        "throughput     {} articles in the last minute ({:.1}/s)",
        report.stored_last_minute, report.articles_per_second
    );
    println!(
        "workers        {} active in the last {}s, {} seen",
        report.workers_active,
        args.window,
        report.workers.len()
    );
    for w in &report.workers {
        let rate = match (
            chrono::DateTime::parse_from_rfc3339(&w.started_at),
            chrono::DateTime::parse_from_rfc3339(&w.last_seen),
        ) {
            (Ok(a), Ok(b)) if b > a => w.articles as f64 / (b - a).num_milliseconds().max(1) as f64 * 1000.0,
            _ => 0.0,
        };
        println!(
            "  {:<32} last seen {}  {} articles in {} batches ({:.1}/s)",
            w.name, w.last_seen, w.articles, w.batches, rate
        );
    }
    Ok(ExitCode::SUCCESS)
}
