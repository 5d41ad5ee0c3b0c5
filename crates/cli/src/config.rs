//! Two-stage configuration: raw command-line arguments (clap) are resolved
//! into a [`Config`] that the commands use.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use dateline_core::PubDate;
use dateline_readers::{FieldMap, Format, ReadOptions};
use std::path::PathBuf;

/// dateline: who said and did what to whom, when and where.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, long_about = None)]
pub struct Cli {
    /// Data directory of the embedded store.
    #[arg(long, global = true, env = "DATELINE_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// A server-backed store instead of the embedded one:
    /// postgres://user@host:5432/db?schema=NAME (the search index stays per
    /// node, under --data).
    #[arg(long, global = true, env = "DATELINE_STORE", value_name = "URL")]
    pub store: Option<String>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract everything and store them.
    Ingest(IngestArgs),
    /// Annotate articles and print the result; stores nothing.
    Extract(ExtractArgs),
    /// Show a stored article with its annotations.
    Show(ShowArgs),
    /// Row counts of the store.
    Stats(JsonFlag),
    /// Export the store.
    Export(ExportArgs),
    /// List recorded ingest errors.
    Errors(ErrorsArgs),
    /// Full-text and structured search over stored articles (or quotes).
    Search(SearchArgs),
    /// Events and quotes of an entity or actor in date order.
    Timeline(TimelineArgs),
    /// Events between two actors per day, week or month, both directions.
    Relations(RelationsArgs),
    /// Quotes of a speaker across articles, newest first.
    Quotes(QuotesArgs),
    /// Rebuild the search index from the store.
    Reindex,
    /// Serve the HTTP API.
    Serve(ServeArgs),
    /// Train a model from the data in ../shared (progress bars; fixed seed).
    #[command(subcommand)]
    Train(TrainCommand),
    /// Measure a layer against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Publish articles to a NATS JetStream stream for workers (distributed ingest).
    Enqueue(crate::scale::EnqueueArgs),
    /// Consume articles from the stream: extract, store, acknowledge after commit.
    Worker(crate::scale::WorkerArgs),
    /// Stream depth, workers seen and throughput of distributed ingest.
    Status(crate::scale::StatusArgs),
}

/// `dateline train`.
#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// The entity tagger (CoNLL-2003 train, dev for early reporting, Reuters for word clusters).
    Ner(TrainNerArgs),
    /// The tagger, lemmatizer and parser (UD English EWT train; dev for the report).
    Syntax(TrainSyntaxArgs),
    /// The quotes layer's learned attribution decision (PolNeAR train; threshold on cross-validated folds).
    Quotes(TrainQuotesArgs),
}

/// `dateline train quotes`.
#[derive(Debug, Args)]
pub struct TrainQuotesArgs {
    /// The shared data folder.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// The model file written (the binary embeds crates/quotes/model/attribution.bin, and the content boundary and veto models boundary.bin and veto.bin beside it: rebuild after training; a file named boundary.bin or veto.bin is refused).
    #[arg(long, default_value = "crates/quotes/model/attribution.bin")]
    pub out: PathBuf,
    /// Training epochs of the attribution model (the content boundary ranking always runs 4).
    #[arg(long, default_value_t = 6)]
    pub epochs: usize,
    /// Cross-validation folds for the threshold.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Random seed.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

/// `dateline train syntax`.
#[derive(Debug, Args)]
pub struct TrainSyntaxArgs {
    /// The shared data folder.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Where the models are written (the binary embeds crates/syntax/model: rebuild after training).
    #[arg(long, default_value = "crates/syntax/model")]
    pub out: PathBuf,
    /// Parser epochs.
    #[arg(long, default_value_t = 12)]
    pub parser_epochs: usize,
    /// Tagger epochs.
    #[arg(long, default_value_t = 6)]
    pub tagger_epochs: usize,
    /// Folds of held-out tagger output for the parser's training tags.
    #[arg(long, default_value_t = 4)]
    pub jackknife: usize,
    /// Learn word clusters from unlabeled text in `--shared` first and train
    /// with cluster features (measured: EWT dev UAS +0.4, LAS +0.7, but the
    /// events floors drop; the shipped models are trained without).
    #[arg(long)]
    pub clusters: bool,
    /// Random seed.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

/// `dateline train ner`.
#[derive(Debug, Args)]
pub struct TrainNerArgs {
    /// The shared data folder.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Where the model is written (the binary embeds crates/entities/data/ner.model: rebuild after training).
    #[arg(long, default_value = "crates/entities/data")]
    pub out: PathBuf,
    /// Training epochs (default: the layer's).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Random seed.
    #[arg(long)]
    pub seed: Option<u64>,
}

/// `dateline eval`.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Entity F1 per type, conlleval-exact, on a CoNLL-2003 file (default: eng.testa).
    Ner(EvalFileArgs),
    /// Time expressions on TimeBank+AQUAINT (TempEval-3 style) and Duckling's English examples.
    Time(EvalSharedArgs),
    /// UPOS accuracy, UAS and LAS the CoNLL 2018 way on a CoNLL-U file (default: EWT dev), gold tokenization.
    Syntax(EvalFileArgs),
}

/// An evaluation over one file.
#[derive(Debug, Args)]
pub struct EvalFileArgs {
    /// The gold file (default: the standard development file under ../shared).
    pub file: Option<PathBuf>,
    /// The shared data folder.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
}

/// An evaluation over the shared data.
#[derive(Debug, Args)]
pub struct EvalSharedArgs {
    /// The shared data folder.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
}

/// `dateline serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (localhost unless told otherwise).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Bearer token required by write endpoints (without it, writes are refused).
    #[arg(long, env = "DATELINE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Time limit per request, in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout_secs: u64,
    /// Largest request body, in bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub max_body_bytes: usize,
}

/// `dateline search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Query: words, "phrases", AND/OR, -exclude, title:word.
    pub query: Option<String>,
    /// First day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Entity name (exact, any case).
    #[arg(long)]
    pub entity: Option<String>,
    /// Actor code or prefix (USA, USAGOV).
    #[arg(long)]
    pub actor: Option<String>,
    /// ISO 3166 alpha-3 country.
    #[arg(long)]
    pub country: Option<String>,
    /// CAMEO event code or root (036, 19).
    #[arg(long)]
    pub event: Option<String>,
    /// Quote speaker.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Source / outlet.
    #[arg(long)]
    pub source: Option<String>,
    /// Search quotes instead of articles.
    #[arg(long)]
    pub quotes: bool,
    /// Page size.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Results to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Instead of hits: the top entities, actors and event roots of the
    /// query's best-ranked matches.
    #[arg(long)]
    pub facets: bool,
    /// How many best-ranked matches facets count (at most 200).
    #[arg(long, default_value_t = 200, requires = "facets")]
    pub sample: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `dateline timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Entity name or actor code (USA, USAGOV, "Rubio").
    pub who: String,
    /// First day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many items.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `dateline relations`.
#[derive(Debug, Args)]
pub struct RelationsArgs {
    /// First actor code (USA).
    pub a: String,
    /// Second actor code (UKR).
    pub b: String,
    /// Period: day, week or month.
    #[arg(long, default_value = "week")]
    pub by: String,
    /// First day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `dateline quotes`.
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Speaker name (part of it, any case).
    #[arg(long)]
    pub speaker: String,
    /// At most this many.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Results to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Parses an optional `YYYY-MM-DD` option.
pub fn parse_day(name: &str, v: &Option<String>) -> Result<Option<chrono::NaiveDate>> {
    match v {
        None => Ok(None),
        Some(s) => chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map(Some)
            .with_context(|| format!("--{name} {s:?}: expected YYYY-MM-DD")),
    }
}

/// Options shared by commands that read inputs.
#[derive(Debug, Args, Clone)]
pub struct ReadArgs {
    /// Input format (default: by extension, else sniffed).
    #[arg(long = "input-format", value_name = "plain|jsonl|html")]
    pub input_format: Option<String>,
    /// Map a JSON Lines field: NAME=FIELD (NAME: id, date, title, source, url, text).
    #[arg(long = "field", value_name = "NAME=FIELD")]
    pub fields: Vec<String>,
    /// Date for articles without one (YYYY-MM-DD); without it they are rejected.
    #[arg(long, value_name = "DATE")]
    pub default_date: Option<String>,
    /// Largest article accepted, in bytes.
    #[arg(long, default_value_t = dateline_readers::input::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: u64,
}

/// `dateline ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories (recursive), .gz files, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Reading options.
    #[command(flatten)]
    pub read: ReadArgs,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch_size: usize,
    /// Extraction threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Annotation layers to run, comma-separated (default: all); `segment`
    /// alone stores articles with sentences only.
    #[arg(long, value_delimiter = ',')]
    pub layers: Option<Vec<String>>,
    /// Code events with PETRARCH-format dictionaries: the path stem, e.g.
    /// `dicts/PETR.Validate` for `dicts/PETR.Validate.{actors,agents,verbs,discards}.txt`.
    #[arg(long, value_name = "STEM")]
    pub event_dictionaries: Option<PathBuf>,
    /// Run the quotes layer without its neural tagger: about 200 times
    /// faster (some 1,700 instead of 8 Reuters articles/s on one core),
    /// less reported speech found (PolNeAR dev F1 0.777 instead of 0.805).
    #[arg(long)]
    pub fast_quotes: bool,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// The JSON contract (code-point offsets).
    Json,
    /// A readable summary.
    Text,
}

/// `dateline extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// An article file (any input format), or - for stdin.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
    /// Include tokens in JSON output.
    #[arg(long)]
    pub tokens: bool,
    /// Code events with PETRARCH-format dictionaries (path stem; see `ingest`).
    #[arg(long, value_name = "STEM")]
    pub event_dictionaries: Option<PathBuf>,
    /// Run the quotes layer without its neural tagger (see `ingest`).
    #[arg(long)]
    pub fast_quotes: bool,
    /// Reading options.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// `dateline show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Article id (a unique prefix is enough).
    pub id: String,
    /// Print the JSON contract instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A `--json` flag.
#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON document per article (the extract contract).
    Jsonl,
    /// CSV of one table (see --what).
    Csv,
    /// GDELT 2.0 event table layout (tab-separated, 61 columns).
    Gdelt,
    /// Parquet, one file per table, into the directory given with -o.
    Parquet,
}

/// `dateline export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Output file (default: stdout); for parquet, the output directory.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Table for CSV: articles, entities, times, amounts, quotes, events.
    #[arg(long, default_value = "articles")]
    pub what: String,
}

/// `dateline errors`.
#[derive(Debug, Args)]
pub struct ErrorsArgs {
    /// At most this many.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// The resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Data directory.
    pub data_dir: PathBuf,
    /// The server-backed store's URL, when one is used.
    pub store: Option<String>,
}

impl Config {
    /// Resolves the global options.
    pub fn resolve(cli: &Cli) -> Config {
        Config {
            data_dir: cli.data.clone().unwrap_or_else(|| PathBuf::from("dateline-data")),
            store: cli.store.clone().filter(|s| !s.is_empty()),
        }
    }
}

impl ReadArgs {
    /// Resolves reading options, validating every value.
    pub fn resolve(&self) -> Result<ReadOptions> {
        let mut fields = FieldMap::default();
        for f in &self.fields {
            fields.set(f).map_err(anyhow::Error::msg)?;
        }
        let format = match &self.input_format {
            Some(f) => {
                Some(Format::parse(f).with_context(|| format!("--input-format {f:?}: expected plain, jsonl or html"))?)
            }
            None => None,
        };
        let default_date = match &self.default_date {
            Some(d) => match PubDate::parse(d) {
                Some(p) => Some(p),
                None => bail!("--default-date {d:?}: expected YYYY-MM-DD"),
            },
            None => None,
        };
        Ok(ReadOptions::default()
            .fields(fields)
            .format(format)
            .default_date(default_date)
            .max_article_bytes(self.max_article_bytes))
    }
}
