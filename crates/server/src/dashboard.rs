//! The web dashboard: a small single-page application (plain HTML, CSS and
//! JavaScript written for dateline, in `crates/server/assets/`) embedded in
//! the binary, and the two JSON endpoints only its pages need: facets and
//! the actor network of a search.
//!
//! Static files are looked up by exact name in a fixed table, never on the
//! file system, so no request path can reach another file. Each response
//! carries its content type, `X-Content-Type-Options: nosniff`, an `ETag`
//! (a hash of the embedded bytes) and a cache policy: the page itself is
//! revalidated on every load, and assets requested with the current version
//! (`?v=<hash>`, as the page links them) are cached for a year.

use crate::{blocking, search_query, ApiError, ApiResult, AppState, Params};
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dateline_core::Document;
use dateline_search::facets::{compute_facets, compute_network};
use serde_json::json;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// One embedded file: its name under `/assets/`, content type and bytes.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const INDEX_HTML: &str = include_str!("../assets/index.html");

const ASSETS: &[Asset] = &[
    Asset { name: "app.js", content_type: "text/javascript; charset=utf-8", body: include_bytes!("../assets/app.js") },
    Asset { name: "app.css", content_type: "text/css; charset=utf-8", body: include_bytes!("../assets/app.css") },
    Asset { name: "icon.svg", content_type: "image/svg+xml", body: include_bytes!("../assets/icon.svg") },
];

/// How many top-ranked matches facets and the network are computed over
/// unless the request says otherwise (`sample`, at most [`dateline_search::MAX_PAGE`]).
pub const DEFAULT_SAMPLE: usize = 100;

/// The content security policy of the page: everything from this server.
const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                   connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// FNV-1a, 64 bits: a stable fingerprint of the embedded bytes.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in p.iter() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The version of the embedded assets (hex), used in asset URLs and ETags.
pub fn asset_version() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(|| {
        let mut parts: Vec<&[u8]> = vec![INDEX_HTML.as_bytes()];
        parts.extend(ASSETS.iter().map(|a| a.body));
        format!("{:016x}", fnv1a(&parts))
    })
}

fn index_html() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| INDEX_HTML.replace("{{v}}", asset_version()))
}

fn etag_matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

fn static_response(
    headers: &HeaderMap,
    content_type: &'static str,
    body: &'static [u8],
    cache: &'static str,
    csp: bool,
) -> Response {
    let etag = format!("\"{}\"", asset_version());
    let status = if etag_matches(headers, &etag) { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
    let mut res = if status == StatusCode::NOT_MODIFIED { status.into_response() } else { body.into_response() };
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if csp {
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    }
    res
}

async fn page(headers: HeaderMap) -> Response {
    static_response(&headers, "text/html; charset=utf-8", index_html().as_bytes(), "no-cache", true)
}

async fn asset(
    headers: HeaderMap,
    UrlPath(name): UrlPath<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    // Exact names only: `..`, `/`, `%2f` and friends simply match nothing.
    let Some(a) = ASSETS.iter().find(|a| a.name == name) else {
        return ApiError::new(StatusCode::NOT_FOUND, "no such asset").into_response();
    };
    let cache = if q.get("v").map(String::as_str) == Some(asset_version()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    static_response(&headers, a.content_type, a.body, cache, false)
}

/// The routes of the dashboard: the page at `/` and `/assets/{name}`, and
/// the JSON endpoints `/api/facets` and `/api/network`.
pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(page))
        .route("/assets/{*name}", get(asset))
        .route("/api/facets", get(facets))
        .route("/api/network", get(network))
}

/// The top `sample` matches of the request's search, loaded whole.
fn sample_docs(st: &AppState, p: &Params) -> Result<(usize, Vec<Document>), ApiError> {
    let query = search_query(p)?;
    let sample = p.usize("sample", DEFAULT_SAMPLE)?;
    let store = st.store();
    st.index.sample(&store, &query, sample).map_err(|e| match e {
        dateline_search::SearchError::BadQuery { .. } => ApiError::bad(e.to_string()),
        other => ApiError::internal(other),
    })
}

async fn facets(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let p = Params(q);
    let top = p.usize("top", 15)?.clamp(1, 100);
    blocking(move || {
        let (total, docs) = sample_docs(&st, &p)?;
        Ok(Json(json!(compute_facets(&docs, total, top))))
    })
    .await
}

async fn network(State(st): State<Arc<AppState>>, Query(q): Query<HashMap<String, String>>) -> ApiResult {
    let p = Params(q);
    let max_nodes = p.usize("nodes", 40)?.clamp(2, 200);
    blocking(move || {
        let (total, docs) = sample_docs(&st, &p)?;
        Ok(Json(json!(compute_network(&docs, total, max_nodes))))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_core::{Article, Entity, EntityKind, Event, EventMode, PubDate, Span};
    use dateline_search::facets::RootFacet;

    fn doc(events: &[(&str, &str, u8, u8, f32)]) -> Document {
        let date = PubDate::parse("2025-03-11").expect("date");
        let mut d = Document::new(Article::new(date, "Officials met in Jeddah and talked.".to_string()));
        d.entities.push(Entity {
            id: 0,
            kind: EntityKind::Gpe,
            name: "United States".into(),
            country: Some("USA".into()),
            roles: vec![],
            code: Some("USA".into()),
            mentions: vec![],
        });
        for (s, t, root, quad, g) in events {
            d.events.push(Event {
                span: Span::new(0, 9),
                trigger: Span::new(10, 13),
                code: format!("{root:02}0"),
                root: *root,
                quad: *quad,
                goldstein: *g,
                plover: None,
                plover_mode: None,
                source: Some(s.to_string()),
                target: Some(t.to_string()),
                source_entity: if *s == "USA" { Some(0) } else { None },
                target_entity: None,
                date: None,
                location: None,
                mode: EventMode::Asserted,
                negated: false,
            });
        }
        d
    }

    #[test]
    fn network_weights_and_labels() {
        let docs = vec![
            doc(&[("USA", "UKR", 4, 1, 1.0), ("USA", "UKR", 19, 4, -10.0)]),
            doc(&[("UKR", "USA", 4, 1, 1.0), ("RUS", "RUS", 19, 4, -10.0)]),
        ];
        let n = compute_network(&docs, 7, 10);
        assert_eq!(n.total, 7);
        assert_eq!(n.sampled, 2);
        assert_eq!(n.nodes.len(), 2, "self-loops add no node: {n:?}");
        assert_eq!(n.nodes[0].label, "United States");
        assert_eq!(n.nodes[1].label, "UKR");
        assert_eq!(n.edges[0].source, "USA");
        assert_eq!(n.edges[0].events, 2);
        assert_eq!(n.edges[0].quad, [1, 0, 0, 1]);
        assert!((n.edges[0].goldstein + 9.0).abs() < 1e-9);
        assert_eq!(n.edges[1].events, 1);
        let small = compute_network(&docs, 7, 1);
        assert_eq!(small.nodes.len(), 1);
        assert!(small.edges.is_empty());
    }

    #[test]
    fn facets_count_articles_and_events() {
        let docs =
            vec![doc(&[("USA", "UKR", 4, 1, 1.0), ("USA", "UKR", 4, 1, 1.0)]), doc(&[("RUS", "UKR", 19, 4, -10.0)])];
        let f = compute_facets(&docs, 2, 10);
        assert_eq!(f.entities.len(), 1);
        assert_eq!(f.entities[0].articles, 2);
        assert_eq!(f.event_roots[0], RootFacet { root: 4, events: 2, articles: 1 });
        assert_eq!(f.event_roots[1], RootFacet { root: 19, events: 1, articles: 1 });
        let usa = f.actors.iter().find(|a| a.code == "USA").expect("USA");
        assert_eq!((usa.articles, usa.events), (2, 2));
        let ukr = f.actors.iter().find(|a| a.code == "UKR").expect("UKR");
        assert_eq!((ukr.articles, ukr.events, ukr.name.as_deref()), (2, 3, None));
        assert_eq!(compute_facets(&[], 0, 10).entities, vec![]);
    }

    #[test]
    fn asset_table_is_exact() {
        assert!(ASSETS.iter().all(|a| !a.name.contains('/') && !a.name.contains("..")));
        assert!(index_html().contains(asset_version()));
        assert!(!index_html().contains("{{v}}"));
    }
}
