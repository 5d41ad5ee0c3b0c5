//! The `dateline` command line: a thin layer over the library crates.

mod config;
mod render;
mod scale;

use anyhow::{bail, Context, Result};
use clap::Parser;
use config::{Cli, Command, Config, ExportFormat, ExtractFormat};
use dateline_core::json::{to_json, JsonOptions};
use dateline_pipeline::{extract_article, ingest, IngestEvent, IngestOptions, LayerOptions};
use dateline_readers::{expand_inputs, read_input, Input};
use dateline_search::{SearchIndex, SearchQuery};
use dateline_store::query::{Bucket, TimelineItem};
use dateline_store::Store;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", error_message(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, joined with ": ", leaving out a cause whose
/// text the message already holds (the library errors name their cause in
/// their own message: "cannot read F: No such file or directory", which
/// anyhow's `{:#}` would repeat).
fn error_message(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if msg.contains(&text) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(&text);
    }
    msg
}

fn open_store(cfg: &Config) -> Result<Store> {
    let mut store = match &cfg.store {
        Some(url) => scale::open_remote_store(url)?,
        None => {
            Store::open(&cfg.data_dir).with_context(|| format!("opening the store in {}", cfg.data_dir.display()))?
        }
    };
    store.set_entity_key(dateline_pipeline::entity_key);
    Ok(store)
}

/// Opens the search index and brings it up to date with the store.
fn open_index(cfg: &Config, store: &Store) -> Result<SearchIndex> {
    let index = SearchIndex::open(&scale::index_dir(cfg))
        .with_context(|| format!("opening the search index in {}", cfg.data_dir.display()))?;
    index.sync(store)?;
    Ok(index)
}

fn print_json(v: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode> {
    let cfg = Config::resolve(&cli);
    match cli.command {
        Command::Ingest(args) => {
            let read = args.read.resolve()?;
            let inputs = expand_inputs(&args.paths)?;
            let mut store = open_store(&cfg)?;
            let layer_opts = LayerOptions::default()
                .event_dictionaries(args.event_dictionaries.clone())
                .fast_quotes(args.fast_quotes);
            let layers: Vec<&str> = match &args.layers {
                Some(l) => l.iter().map(String::as_str).collect(),
                None => dateline_pipeline::LAYERS.to_vec(),
            };
            let pipeline = dateline_pipeline::pipeline_with_options(&layers, &layer_opts)?;
            let mut opts = IngestOptions { read, batch_size: args.batch_size.max(1), ..IngestOptions::default() };
            if let Some(j) = args.jobs {
                opts.jobs = j.max(1);
            }
            let bar =
                if args.quiet || !std::io::stderr().is_terminal() && std::env::var_os("DATELINE_PROGRESS").is_none() {
                    ProgressBar::hidden()
                } else {
                    let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    b.set_style(
                        ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} articles ({per_sec}) {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    b.enable_steady_tick(std::time::Duration::from_millis(200));
                    b
                };
            let start = Instant::now();
            let bar2 = bar.clone();
            let summary = ingest(&mut store, &pipeline, &inputs, &opts, &bar, &mut |ev| match ev {
                IngestEvent::Rejected(e) => bar2.suspend(|| eprintln!("rejected: {e}")),
                IngestEvent::Note(n) => bar2.suspend(|| eprintln!("note: {n}")),
                IngestEvent::ExtractFailed(origin, e) => bar2.suspend(|| eprintln!("warning: {origin}: {e}")),
            })?;
            bar.finish_and_clear();
            let indexed = open_index(&cfg, &store)?;
            drop(indexed);
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "ingested {} inputs in {:.1}s: read {}, added {}, duplicates {}, rejected {}{} ({:.0} articles/s)",
                inputs.len(),
                secs,
                summary.read,
                summary.added,
                summary.duplicates,
                summary.rejected,
                if summary.extract_errors > 0 {
                    format!(", extractor failures {}", summary.extract_errors)
                } else {
                    String::new()
                },
                summary.read as f64 / secs.max(1e-9)
            );
            Ok(if summary.rejected > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Extract(args) => {
            let read = args.read.resolve()?;
            let input = if args.file.as_os_str() == "-" { Input::Stdin } else { Input::File(args.file.clone()) };
            if let Input::File(p) = &input {
                if p.is_dir() {
                    bail!("{}: is a directory; extract takes one file (use ingest for directories)", p.display());
                }
            }
            let layer_opts = LayerOptions::default()
                .event_dictionaries(args.event_dictionaries.clone())
                .fast_quotes(args.fast_quotes);
            let pipeline = dateline_pipeline::pipeline_with_options(dateline_pipeline::LAYERS, &layer_opts)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let mut rejected = 0usize;
            let mut failure: Option<std::io::Error> = None;
            read_input(&input, &read, &mut |item| match item {
                Err(e) => {
                    rejected += 1;
                    eprintln!("rejected: {e}");
                }
                Ok(item) => {
                    for n in &item.notes {
                        eprintln!("note: {n}");
                    }
                    let doc = extract_article(&pipeline, item.article);
                    let res = match args.format {
                        ExtractFormat::Json => {
                            serde_json::to_writer_pretty(&mut out, &to_json(&doc, JsonOptions { tokens: args.tokens }))
                                .map_err(std::io::Error::other)
                                .and_then(|_| writeln!(out))
                        }
                        ExtractFormat::Text => render::write_text(&mut out, &doc),
                    };
                    if let Err(e) = res {
                        failure.get_or_insert(e);
                    }
                }
            });
            out.flush()?;
            if let Some(e) = failure {
                return Err(e.into());
            }
            Ok(if rejected > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Show(args) => {
            let store = open_store(&cfg)?;
            let ids = store.ids_with_prefix(&args.id, 2)?;
            let id = match ids.as_slice() {
                [one] => one.clone(),
                [] => bail!("no article with id {:?} in {}", args.id, store.path().display()),
                _ => bail!("id prefix {:?} is ambiguous; give more characters", args.id),
            };
            let doc = store.load(&id)?.with_context(|| format!("article {id} vanished"))?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            if args.json {
                serde_json::to_writer_pretty(&mut out, &to_json(&doc, JsonOptions::default()))?;
                writeln!(out)?;
            } else {
                render::write_text(&mut out, &doc)?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats(args) => {
            let store = open_store(&cfg)?;
            let s = store.stats()?;
            if args.json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!("store          {}", store.path().display());
                println!("schema         v{}", s.schema_version);
                println!("articles       {}", s.articles);
                println!(
                    "days           {} .. {}",
                    s.first_day.as_deref().unwrap_or("-"),
                    s.last_day.as_deref().unwrap_or("-")
                );
                println!("entities       {} ({} canonical, {} mentions)", s.entities, s.canonical_entities, s.mentions);
                println!("times          {}", s.times);
                println!("amounts        {}", s.amounts);
                println!("quotes         {}", s.quotes);
                println!("events         {}", s.events);
                println!("ingest errors  {}", s.ingest_errors);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(args) => {
            let store = open_store(&cfg)?;
            let total = store.stats()?.articles;
            let bar =
                if std::io::stderr().is_terminal() && (args.output.is_some() || args.format == ExportFormat::Parquet) {
                    ProgressBar::new(total)
                } else {
                    ProgressBar::hidden()
                };
            let tick = || bar.inc(1);
            let table = dateline_export::Table::parse(&args.what).with_context(|| {
                format!("--what {:?}: expected articles, entities, times, amounts, quotes or events", args.what)
            })?;
            if args.format == ExportFormat::Parquet {
                let dir = args.output.clone().unwrap_or_else(|| std::path::PathBuf::from("dateline-export"));
                let counts = dateline_export::write_parquet(&store, &dir, &tick)?;
                bar.finish_and_clear();
                for (t, n) in counts {
                    eprintln!("{}: {n} rows", dir.join(format!("{}.parquet", t.name())).display());
                }
                return Ok(ExitCode::SUCCESS);
            }
            let path = args.output.clone().unwrap_or_else(|| std::path::PathBuf::from("<stdout>"));
            let sink: Box<dyn Write> = match &args.output {
                Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?),
                None => Box::new(std::io::stdout().lock()),
            };
            let mut out = BufWriter::new(sink);
            let n = match args.format {
                ExportFormat::Jsonl => dateline_export::write_jsonl(&store, &mut out, &path, &tick)?,
                ExportFormat::Csv => dateline_export::write_csv(&store, table, &mut out, &path, &tick)?,
                ExportFormat::Gdelt => dateline_export::write_gdelt(&store, &mut out, &path, &tick)?,
                ExportFormat::Parquet => unreachable!("handled above"),
            };
            out.flush()?;
            bar.finish_and_clear();
            if args.output.is_some() {
                eprintln!("wrote {n} rows to {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Search(args) => {
            let store = open_store(&cfg)?;
            let index = open_index(&cfg, &store)?;
            let q = SearchQuery {
                text: args.query.clone(),
                from: config::parse_day("from", &args.from)?,
                to: config::parse_day("to", &args.to)?,
                entity: args.entity.clone(),
                actor: args.actor.clone(),
                country: args.country.clone(),
                event: args.event.clone(),
                speaker: args.speaker.clone(),
                source: args.source.clone(),
                quotes: args.quotes,
                limit: args.limit,
                offset: args.offset,
            };
            if args.facets {
                let f = index.facets(&store, &q, args.sample, args.limit)?;
                if args.json {
                    print_json(&f)?;
                } else {
                    println!("{} results; facets of the best {}", f.total, f.sampled);
                    println!("top entities");
                    for e in &f.entities {
                        println!("  {:>5}  {:<12} {}", e.articles, e.kind, e.name);
                    }
                    println!("top actors (articles, events)");
                    for a in &f.actors {
                        println!(
                            "  {:>5} {:>5}  {:<10} {}",
                            a.articles,
                            a.events,
                            a.code,
                            a.name.as_deref().unwrap_or("")
                        );
                    }
                    println!("event roots (events, articles)");
                    for r in &f.event_roots {
                        println!("  {:>5} {:>5}  {:02}", r.events, r.articles, r.root);
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
            let res = index.search(&store, &q)?;
            if args.json {
                print_json(&res)?;
            } else {
                println!("{} results", res.total);
                for h in &res.hits {
                    let who = h.speaker.as_deref().map(|s| format!("{s}: ")).unwrap_or_default();
                    println!("{}  {}  {}", h.day, &h.article_id, h.title.as_deref().unwrap_or(""));
                    println!("    {who}{}", render::clip(&h.snippet, 160));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Timeline(args) => {
            let store = open_store(&cfg)?;
            config::parse_day("from", &args.from)?;
            config::parse_day("to", &args.to)?;
            let items = store.timeline(&args.who, args.from.as_deref(), args.to.as_deref(), args.limit)?;
            if args.json {
                print_json(&items)?;
            } else {
                for it in &items {
                    match it {
                        TimelineItem::Event(e) => println!(
                            "{}  event {:<5} {} -> {}  {} [{}] ({})",
                            e.date,
                            e.code,
                            e.source.as_deref().or(e.source_name.as_deref()).unwrap_or("-"),
                            e.target.as_deref().or(e.target_name.as_deref()).unwrap_or("-"),
                            e.trigger,
                            e.mode,
                            e.article_id
                        ),
                        TimelineItem::Quote(q) => println!(
                            "{}  quote {}: {} ({})",
                            q.date,
                            q.speaker.as_deref().or(q.speaker_text.as_deref()).unwrap_or("?"),
                            render::clip(&q.text, 120),
                            q.article_id
                        ),
                    }
                }
                println!("{} items", items.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Relations(args) => {
            let store = open_store(&cfg)?;
            let by =
                Bucket::parse(&args.by).with_context(|| format!("--by {:?}: expected day, week or month", args.by))?;
            config::parse_day("from", &args.from)?;
            config::parse_day("to", &args.to)?;
            let rows = store.relations(&args.a, &args.b, by, args.from.as_deref(), args.to.as_deref())?;
            if args.json {
                print_json(&rows)?;
            } else {
                println!(
                    "{:<12} {:<5} {:>6} {:>6} {:>6} {:>6} {:>9}",
                    "period", "dir", "vcoop", "mcoop", "vconf", "mconf", "goldstein"
                );
                for r in &rows {
                    let dir = if r.direction == "a->b" {
                        format!("{}>{}", args.a, args.b)
                    } else {
                        format!("{}>{}", args.b, args.a)
                    };
                    println!(
                        "{:<12} {:<5} {:>6} {:>6} {:>6} {:>6} {:>9.1}",
                        r.period, dir, r.quad[0], r.quad[1], r.quad[2], r.quad[3], r.goldstein
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Quotes(args) => {
            let store = open_store(&cfg)?;
            let rows = store.quotes_by_speaker(&args.speaker, args.limit, args.offset)?;
            if args.json {
                print_json(&rows)?;
            } else {
                for q in &rows {
                    println!(
                        "{}  {} ({}): {}",
                        q.date,
                        q.speaker.as_deref().or(q.speaker_text.as_deref()).unwrap_or("?"),
                        q.kind,
                        render::clip(&q.text, 140)
                    );
                }
                println!("{} quotes", rows.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reindex => {
            let store = open_store(&cfg)?;
            let index = SearchIndex::open(&scale::index_dir(&cfg))?;
            let n = index.rebuild(&store)?;
            eprintln!("reindexed {n} articles");
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => {
            // One store connection per core, so requests run in parallel.
            let stores = (0..dateline_server::connections()).map(|_| open_store(&cfg)).collect::<Result<Vec<_>>>()?;
            let state = dateline_server::AppState::open_pool(stores, &scale::index_dir(&cfg), args.token.clone())?;
            let scfg = dateline_server::ServerConfig {
                addr: args.addr,
                timeout: std::time::Duration::from_secs(args.timeout_secs.max(1)),
                max_body_bytes: args.max_body_bytes,
                ..dateline_server::ServerConfig::default()
            };
            if !args.addr.ip().is_loopback() {
                eprintln!("warning: listening on {} (not localhost)", args.addr);
            }
            eprintln!(
                "dateline serving {} on http://{} (writes {})",
                scale::describe(&cfg),
                args.addr,
                if args.token.is_some() { "need the token" } else { "disabled" }
            );
            let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            rt.block_on(dateline_server::serve(scfg, state))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Train(config::TrainCommand::Ner(args)) => {
            let mut opts = dateline_entities::TrainOptions::from_shared(&args.shared).out_dir(&args.out).progress(true);
            if let Some(e) = args.epochs {
                opts = opts.epochs(e);
            }
            if let Some(sd) = args.seed {
                opts = opts.seed(sd);
            }
            let report = dateline_entities::train(&opts)?;
            if let Some(dev) = &report.dev {
                println!("{}", dev.table());
            }
            println!("model written to {} (rebuild dateline to embed it)", report.model_path);
            Ok(ExitCode::SUCCESS)
        }
        Command::Train(config::TrainCommand::Syntax(args)) => {
            let opts = dateline_syntax::TrainOptions::new(
                args.shared.join("eval/ud-english-ewt/en_ewt-ud-train.conllu"),
                &args.out,
            )
            .dev(args.shared.join("eval/ud-english-ewt/en_ewt-ud-dev.conllu"))
            .parser_epochs(args.parser_epochs)
            .tagger_epochs(args.tagger_epochs)
            .jackknife(args.jackknife)
            .seed(args.seed)
            .unlabeled(if args.clusters { dateline_syntax::cluster::default_sources(&args.shared) } else { Vec::new() })
            .progress(true);
            let report = dateline_syntax::train(&opts)?;
            println!("{report}");
            println!("models written to {} (rebuild dateline to embed them)", args.out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Train(config::TrainCommand::Quotes(args)) => {
            let mut opts = dateline_quotes::learned::TrainOptions::from_shared(&args.shared);
            opts.out = args.out.clone();
            opts.epochs = args.epochs;
            opts.folds = args.folds;
            opts.seed = args.seed;
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed_precise}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            let report = dateline_quotes::learned::train(&opts, &mut |done, total| {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            })?;
            bar.finish_and_clear();
            println!("{report}");
            println!("model written to {} (rebuild dateline to embed it)", opts.out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(config::EvalCommand::Syntax(args)) => {
            let file =
                args.file.clone().unwrap_or_else(|| args.shared.join("eval/ud-english-ewt/en_ewt-ud-dev.conllu"));
            let annotator = dateline_syntax::SyntaxAnnotator::load()?;
            let report = dateline_syntax::evaluate(&file, &annotator)?;
            println!("{} (gold tokenization):\n{report}", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(config::EvalCommand::Ner(args)) => {
            let file = args.file.clone().unwrap_or_else(|| args.shared.join("eval/ner-conll2003/eng.testa"));
            let ex = dateline_entities::EntityExtractor::load()?;
            let tagger = dateline_entities::evaluate_conll(&file, &ex)?;
            println!("tagger on the file's own tokens ({}):\n{}", file.display(), tagger.table());
            let layer = dateline_entities::evaluate_conll_runtime(&file, &ex)?;
            println!("whole entity layer on text rebuilt from the file:\n{}", layer.table());
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(config::EvalCommand::Time(args)) => {
            let ex = dateline_time::TimeExtractor::new();
            // The syntax layer runs first, as in the pipeline (its clause
            // view is the direction rule's fallback).
            let syntax = dateline_syntax::SyntaxAnnotator::load()?;
            let prepare = |doc: &mut dateline_core::Document| {
                let _ = dateline_core::Extractor::extract(&syntax, doc);
            };
            let tb = dateline_time::eval::timebank_with(
                &args.shared.join("eval/time-timebank/TBAQ-cleaned"),
                &ex,
                None,
                &prepare,
            )?;
            println!("TimeBank + AQUAINT (TempEval-3 style):\n{tb}");
            let dk = dateline_time::eval::duckling(&args.shared.join("eval/time-duckling/duckling_en_examples.jsonl"))?;
            println!("Duckling English time examples:\n{dk}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Enqueue(args) => scale::enqueue(&cfg, &args),
        Command::Worker(args) => scale::worker(&cfg, &args),
        Command::Status(args) => scale::status(&cfg, &args),
        Command::Errors(args) => {
            let store = open_store(&cfg)?;
            let rows = store.errors(args.limit)?;
            if args.json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                for r in rows {
                    println!("{}", r.message);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
