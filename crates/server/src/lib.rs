//! # dateline-server
//!
//! The HTTP API: the same query layer as the CLI (search, article views,
//! timelines, relations, quotes, stats), `POST /api/articles` to ingest, and
//! an OpenAPI 3 document at `/openapi.json` generated from the route table
//! that also registers the routes, so the two cannot drift apart.
//!
//! Hardening: bound to localhost unless told otherwise; request bodies,
//! query strings and result pages are bounded; every request has a time
//! limit; write endpoints need a bearer token, compared in constant time;
//! every SQL statement is parameterized (in `dateline-store`).
//!
//! ```no_run
//! # async fn run() -> Result<(), dateline_server::ServerError> {
//! use dateline_server::{AppState, ServerConfig};
//! let cfg = ServerConfig::default();
//! let state = AppState::open(std::path::Path::new("dateline-data"), None)?;
//! dateline_server::serve(cfg, state).await
//! # }
//! ```
#![warn(missing_docs)]

pub mod dashboard;
mod openapi;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use dateline_core::json::{to_json, JsonOptions};
use dateline_core::{Article, Pipeline, PubDate};
use dateline_pipeline::{default_pipeline, extract_article};
use dateline_readers::plain::{parse_plain, PlainOptions};
use dateline_search::{SearchIndex, SearchQuery};
use dateline_store::query::Bucket;
use dateline_store::Store;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use openapi::openapi;

/// Errors that stop the server from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The store failed to open.
    #[error(transparent)]
    Store(#[from] dateline_store::StoreError),
    /// The index failed to open.
    #[error(transparent)]
    Search(#[from] dateline_search::SearchError),
    /// The pipeline failed to build.
    #[error(transparent)]
    Pipeline(#[from] dateline_pipeline::PipelineError),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("server error: {0}")]
    Serve(std::io::Error),
    /// A pool was given no store connection.
    #[error("no store connection to serve")]
    NoStore,
}

/// Server options.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Where to listen (default 127.0.0.1:8080).
    pub addr: SocketAddr,
    /// Largest request body.
    pub max_body_bytes: usize,
    /// Longest query string.
    pub max_query_bytes: usize,
    /// Time limit per request.
    pub timeout: Duration,
    /// Requests handled at once (the rest wait).
    pub max_concurrency: usize,
}

impl Default for ServerConfig {
    fn default() -> ServerConfig {
        ServerConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: 10 * 1024 * 1024,
            max_query_bytes: 4096,
            timeout: Duration::from_secs(10),
            max_concurrency: 256,
        }
    }
}

/// What handlers share.
pub struct AppState {
    /// Connections to the one store, used by concurrent requests (SQLite in
    /// WAL mode and PostgreSQL both serve readers in parallel).
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    index: SearchIndex,
    pipeline: Pipeline,
    token: Option<String>,
}

impl AppState {
    /// Opens the store and index in `data_dir` (syncing the index) and
    /// builds the pipeline, with one store connection per core (at most 4).
    /// Without a token, write endpoints are refused.
    pub fn open(data_dir: &Path, token: Option<String>) -> Result<Arc<AppState>, ServerError> {
        let stores = (0..connections()).map(|_| Store::open(data_dir)).collect::<Result<Vec<_>, _>>()?;
        AppState::open_pool(stores, &data_dir.join("index"), token)
    }

    /// Serves any store (embedded or PostgreSQL) with the search index of
    /// this node in `index_dir` (synced here), over one connection.
    pub fn open_with(store: Store, index_dir: &Path, token: Option<String>) -> Result<Arc<AppState>, ServerError> {
        AppState::open_pool(vec![store], index_dir, token)
    }

    /// Serves several connections to one store (requests take a free one);
    /// the index is synced through the first.
    pub fn open_pool(
        mut stores: Vec<Store>,
        index_dir: &Path,
        token: Option<String>,
    ) -> Result<Arc<AppState>, ServerError> {
        for s in &mut stores {
            s.set_entity_key(dateline_pipeline::entity_key);
        }
        let first = stores.first().ok_or(ServerError::NoStore)?;
        let index = SearchIndex::open(index_dir)?;
        index.sync(first)?;
        let pipeline = default_pipeline()?;
        Ok(Arc::new(AppState {
            stores: stores.into_iter().map(Mutex::new).collect(),
            next: AtomicUsize::new(0),
            index,
            pipeline,
            token: token.filter(|t| !t.is_empty()),
        }))
    }

    /// A free store connection (round robin; waits for one when all are
    /// busy).
    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        let n = self.stores.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for k in 0..n {
            if let Ok(g) = self.stores[(start + k) % n].try_lock() {
                return g;
            }
        }
        self.stores[start % n].lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Store connections a server opens: one per core, 1 to 4.
pub fn connections() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4)
}

/// A JSON error response.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    fn internal(e: impl std::fmt::Display) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({"error": {"status": self.status.as_u16(), "message": self.message}}))).into_response()
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

/// Query parameters, parsed with clear errors.
struct Params(HashMap<String, String>);

impl Params {
    fn str(&self, k: &str) -> Option<String> {
        self.0.get(k).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
    }
    fn required(&self, k: &str) -> Result<String, ApiError> {
        self.str(k).ok_or_else(|| ApiError::bad(format!("missing query parameter `{k}`")))
    }
    fn usize(&self, k: &str, default: usize) -> Result<usize, ApiError> {
        match self.str(k) {
            None => Ok(default),
            Some(v) => v.parse().map_err(|_| ApiError::bad(format!("`{k}` must be a non-negative integer, got {v:?}"))),
        }
    }
    fn date(&self, k: &str) -> Result<Option<NaiveDate>, ApiError> {
        match self.str(k) {
            None => Ok(None),
            Some(v) => NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| ApiError::bad(format!("`{k}` must be YYYY-MM-DD, got {v:?}"))),
        }
    }
    fn bool(&self, k: &str) -> Result<bool, ApiError> {
        match self.str(k).as_deref() {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(v) => Err(ApiError::bad(format!("`{k}` must be true or false, got {v:?}"))),
        }
    }
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(ApiError::internal)?
}

async fn health() -> Json<Value> {
    Json(json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")}))
}

async fn stats(State(st): State<Arc<AppState>>) -> ApiResult {
    blocking(move || {
        let s = st.store().stats().map_err(ApiError::internal)?;
        Ok(Json(serde_json::to_value(s).map_err(ApiError::internal)?))
    })
    .await
}

/// The search parameters of a request (shared by `/api/search` and the
/// dashboard's facets and network).
fn search_query(p: &Params) -> Result<SearchQuery, ApiError> {
    Ok(SearchQuery {
        text: p.str("q"),
        from: p.date("from")?,
        to: p.date("to")?,
        entity: p.str("entity"),
        actor: p.str("actor"),
        country: p.str("country"),
        event: p.str("event"),
        speaker: p.str("speaker"),
        source: p.str("source"),
        quotes: p.bool("quotes")?,
        limit: p.usize("limit", 20)?,
        offset: p.usize("offset", 0)?,
    })
}

async fn search(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let query = search_query(&Params(q))?;
    blocking(move || {
        let store = st.store();
        let res = st.index.search(&store, &query).map_err(|e| match e {
            dateline_search::SearchError::BadQuery { .. } => ApiError::bad(e.to_string()),
            other => ApiError::internal(other),
        })?;
        Ok(Json(serde_json::to_value(res).map_err(ApiError::internal)?))
    })
    .await
}

async fn article(State(st): State<Arc<AppState>>, UrlPath(id): UrlPath<String>) -> ApiResult {
    if id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(ApiError::bad("article ids are short alphanumeric strings"));
    }
    blocking(move || {
        let store = st.store();
        let doc = store
            .load(&id)
            .map_err(ApiError::internal)?
            .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no article {id}")))?;
        Ok(Json(to_json(&doc, JsonOptions::default())))
    })
    .await
}

async fn timeline(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let p = Params(q);
    let who = p.required("who")?;
    let from = p.date("from")?.map(|d| d.to_string());
    let to = p.date("to")?.map(|d| d.to_string());
    let limit = p.usize("limit", 100)?;
    blocking(move || {
        let items = st.store().timeline(&who, from.as_deref(), to.as_deref(), limit).map_err(ApiError::internal)?;
        Ok(Json(json!({"who": who, "items": items})))
    })
    .await
}

async fn relations(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let p = Params(q);
    let a = p.required("a")?;
    let b = p.required("b")?;
    let by_s = p.str("by").unwrap_or_else(|| "week".into());
    let by =
        Bucket::parse(&by_s).ok_or_else(|| ApiError::bad(format!("`by` must be day, week or month, got {by_s:?}")))?;
    let from = p.date("from")?.map(|d| d.to_string());
    let to = p.date("to")?.map(|d| d.to_string());
    blocking(move || {
        let rows = st.store().relations(&a, &b, by, from.as_deref(), to.as_deref()).map_err(ApiError::internal)?;
        Ok(Json(json!({"a": a, "b": b, "by": by, "buckets": rows})))
    })
    .await
}

async fn quotes(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let p = Params(q);
    let speaker = p.required("speaker")?;
    let limit = p.usize("limit", 50)?;
    let offset = p.usize("offset", 0)?.min(100_000);
    blocking(move || {
        let rows = st.store().quotes_by_speaker(&speaker, limit, offset).map_err(ApiError::internal)?;
        Ok(Json(json!({"speaker": speaker, "quotes": rows})))
    })
    .await
}

async fn top_entities(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let limit = Params(q).usize("limit", 20)?;
    blocking(move || {
        let rows = st.store().top_entities(limit).map_err(ApiError::internal)?;
        Ok(Json(json!({"entities": rows})))
    })
    .await
}

/// Constant-time comparison of two byte strings (length leaks, content
/// does not).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b) {
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}

fn authorize(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &st.token else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes are disabled: start the server with --token or DATELINE_TOKEN",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if ct_eq(given.as_bytes(), token.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::new(StatusCode::UNAUTHORIZED, "missing or wrong bearer token"))
    }
}

fn article_from_json(v: &Value, i: usize) -> Result<Article, ApiError> {
    let obj = v.as_object().ok_or_else(|| ApiError::bad(format!("article {i}: expected a JSON object")))?;
    let s = |k: &str| -> Result<Option<String>, ApiError> {
        match obj.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(ApiError::bad(format!("article {i}: `{k}` must be a string"))),
        }
    };
    let text = s("text")?
        .or(s("body")?)
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| ApiError::bad(format!("article {i}: `text` is required")))?;
    let date_s = s("date")?.ok_or_else(|| ApiError::bad(format!("article {i}: `date` is required")))?;
    let date = PubDate::parse(&date_s)
        .ok_or_else(|| ApiError::bad(format!("article {i}: impossible or unreadable date {date_s:?}")))?;
    Ok(Article::new(date, text).with_source(s("source")?).with_title(s("title")?).with_url(s("url")?))
}

async fn post_articles(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    authorize(&st, &headers)?;
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let articles: Vec<Article> = if ctype.starts_with("text/plain") {
        let text = std::str::from_utf8(&body).map_err(|_| ApiError::bad("body is not UTF-8"))?;
        vec![parse_plain("request", text, &PlainOptions::default()).map_err(|e| ApiError::bad(e.to_string()))?]
    } else {
        let v: Value = serde_json::from_slice(&body).map_err(|e| ApiError::bad(format!("body is not JSON: {e}")))?;
        match &v {
            Value::Array(items) if items.len() <= 1000 => {
                items.iter().enumerate().map(|(i, a)| article_from_json(a, i)).collect::<Result<_, _>>()?
            }
            Value::Array(_) => {
                return Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "at most 1000 articles per request"))
            }
            _ => vec![article_from_json(&v, 0)?],
        }
    };
    blocking(move || {
        let docs: Vec<_> =
            articles.into_iter().map(|a| (extract_article(&st.pipeline, a), Some("api".to_string()), None)).collect();
        let ids: Vec<String> = docs.iter().map(|d| d.0.article.id.clone()).collect();
        let out = {
            let mut store = st.store();
            let out = store.insert_batch(&docs).map_err(ApiError::internal)?;
            st.index.sync(&store).map_err(ApiError::internal)?;
            out
        };
        let status = if out.added > 0 { StatusCode::CREATED } else { StatusCode::OK };
        Ok((status, Json(json!({"ids": ids, "added": out.added, "duplicates": out.duplicates}))))
    })
    .await
}

async fn openapi_json() -> Json<Value> {
    Json(openapi())
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such endpoint; see /openapi.json")
}

async fn limit_query(max: usize, req: Request, next: Next) -> Response {
    if req.uri().query().is_some_and(|q| q.len() > max) {
        return ApiError::new(StatusCode::URI_TOO_LONG, format!("query string longer than {max} bytes"))
            .into_response();
    }
    next.run(req).await
}

/// The router with every route and limit.
pub fn router(state: Arc<AppState>, cfg: &ServerConfig) -> Router {
    let max_query = cfg.max_query_bytes;
    Router::new()
        .route("/api/health", get(health))
        .route("/api/stats", get(stats))
        .route("/api/search", get(search))
        .route("/api/articles", post(post_articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/timeline", get(timeline))
        .route("/api/relations", get(relations))
        .route("/api/quotes", get(quotes))
        .route("/api/entities/top", get(top_entities))
        .route("/openapi.json", get(openapi_json))
        .merge(dashboard::routes())
        .fallback(not_found)
        .layer(middleware::from_fn(move |req, next| limit_query(max_query, req, next)))
        .layer(DefaultBodyLimit::max(cfg.max_body_bytes))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, cfg.timeout))
        .layer(tower::limit::ConcurrencyLimitLayer::new(cfg.max_concurrency))
        .with_state(state)
}

/// Serves until Ctrl-C.
pub async fn serve(cfg: ServerConfig, state: Arc<AppState>) -> Result<(), ServerError> {
    let listener =
        tokio::net::TcpListener::bind(cfg.addr).await.map_err(|e| ServerError::Bind { addr: cfg.addr, source: e })?;
    let app = router(state, &cfg);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(ServerError::Serve)
}
