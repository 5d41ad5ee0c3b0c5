//! API tests through the router (no network): every documented route
//! answers, errors are JSON with status codes, writes need the token, and
//! hostile parameters change nothing.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dateline_server::{openapi, router, AppState, ServerConfig};
use serde_json::Value;
use tower::ServiceExt;

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-api-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    token: Option<&str>,
    ctype: &str,
    body: &str,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri).header("content-type", ctype);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let res = app.clone().oneshot(req.body(Body::from(body.to_string())).unwrap()).await.unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 24).await.unwrap();
    let v = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, v)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_end_to_end() {
    let dir = tmp("e2e");
    let state = AppState::open(&dir, Some("s3cret".into())).unwrap();
    let app = router(state, &ServerConfig::default());

    // Writes need the token.
    let art = r#"{"date":"2025-03-11","title":"Talks","source":"Test Wire","text":"Officials met in Jeddah on Tuesday. \"We will work hard,\" the minister said. Aid worth $65 billion was discussed."}"#;
    assert_eq!(call(&app, "POST", "/api/articles", None, "application/json", art).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        call(&app, "POST", "/api/articles", Some("wrong"), "application/json", art).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (st, v) = call(&app, "POST", "/api/articles", Some("s3cret"), "application/json", art).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let id = v["ids"][0].as_str().unwrap().to_string();
    let (st, v) = call(&app, "POST", "/api/articles", Some("s3cret"), "application/json", art).await;
    assert_eq!((st, v["duplicates"].as_u64()), (StatusCode::OK, Some(1)));
    let (st, _) = call(
        &app,
        "POST",
        "/api/articles",
        Some("s3cret"),
        "text/plain",
        "date 2025-03-12 Second article about Jeddah talks.",
    )
    .await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, v) =
        call(&app, "POST", "/api/articles", Some("s3cret"), "application/json", r#"{"date":"2025-02-30","text":"x"}"#)
            .await;
    assert_eq!(st, StatusCode::BAD_REQUEST);
    assert!(v["error"]["message"].as_str().unwrap().contains("date"));
    assert_eq!(
        call(&app, "POST", "/api/articles", Some("s3cret"), "application/json", "{not json").await.0,
        StatusCode::BAD_REQUEST
    );

    // Reads.
    let (st, v) = call(&app, "GET", "/api/search?q=Jeddah", None, "", "").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["total"], 2);
    let (st, v) = call(&app, "GET", &format!("/api/articles/{id}"), None, "", "").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["article"]["id"], id.as_str());
    assert!(v["sentences"].as_array().unwrap().len() >= 3);
    assert_eq!(call(&app, "GET", "/api/articles/nope", None, "", "").await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        call(&app, "GET", "/api/articles/..%2F..%2Fetc%2Fpasswd", None, "", "").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(call(&app, "GET", "/api/stats", None, "", "").await.1["articles"], 2);
    assert_eq!(call(&app, "GET", "/api/timeline", None, "", "").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(&app, "GET", "/api/timeline?who=USA", None, "", "").await.0, StatusCode::OK);
    assert_eq!(call(&app, "GET", "/api/relations?a=USA&b=UKR&by=month", None, "", "").await.0, StatusCode::OK);
    assert_eq!(call(&app, "GET", "/api/relations?a=USA&b=UKR&by=year", None, "", "").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(&app, "GET", "/api/quotes?speaker=minister", None, "", "").await.0, StatusCode::OK);
    assert_eq!(call(&app, "GET", "/api/search?from=yesterday", None, "", "").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(&app, "GET", "/api/search?limit=-1", None, "", "").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(&app, "GET", "/api/search?q=title:(unclosed", None, "", "").await.0, StatusCode::BAD_REQUEST);
    let long = format!("/api/search?q={}", "a".repeat(5000));
    assert_eq!(call(&app, "GET", &long, None, "", "").await.0, StatusCode::URI_TOO_LONG);
    assert_eq!(call(&app, "GET", "/nowhere", None, "", "").await.0, StatusCode::NOT_FOUND);

    // Injection strings in every parameter change nothing.
    for inj in ["%27%3B%20DROP%20TABLE%20articles%3B--", "%25", "%00", "%22%29%29%29", "1%20OR%201%3D1"] {
        for p in ["q", "entity", "actor", "country", "event", "speaker", "source"] {
            let (st, _) = call(&app, "GET", &format!("/api/search?{p}={inj}"), None, "", "").await;
            assert!(st == StatusCode::OK || st == StatusCode::BAD_REQUEST, "{p}={inj}: {st}");
        }
        for uri in [
            format!("/api/timeline?who={inj}"),
            format!("/api/quotes?speaker={inj}"),
            format!("/api/relations?a={inj}&b={inj}"),
        ] {
            assert!(call(&app, "GET", &uri, None, "", "").await.0.is_success(), "{uri}");
        }
    }
    assert_eq!(call(&app, "GET", "/api/stats", None, "", "").await.1["articles"], 2);

    // Every documented path answers (with its required parameters).
    let doc = openapi();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        if ops.get("get").is_none() {
            continue;
        }
        let mut uri = path.replace("{id}", &id);
        let required: Vec<String> = ops["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["required"] == true && p["in"] == "query")
            .map(|p| format!("{}=USA", p["name"].as_str().unwrap()))
            .collect();
        if !required.is_empty() {
            uri = format!("{uri}?{}", required.join("&"));
        }
        let (st, _) = call(&app, "GET", &uri, None, "", "").await;
        assert_eq!(st, StatusCode::OK, "{uri}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_article_through_the_api() {
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/000_4f592e13d0db0899.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        eprintln!("skipping: {} not found", seed.display());
        return;
    };
    let dir = tmp("seed");
    let app = router(AppState::open(&dir, Some("t".into())).unwrap(), &ServerConfig::default());
    let (st, v) = call(&app, "POST", "/api/articles", Some("t"), "text/plain; charset=utf-8", &text).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let id = v["ids"][0].as_str().unwrap().to_string();
    let (st, doc) = call(&app, "GET", &format!("/api/articles/{id}"), None, "", "").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(doc["article"]["date"], "2025-03-11");
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 20);
    // Spans in code points read their text.
    let chars: Vec<char> = doc["article"]["text"].as_str().unwrap().chars().collect();
    for t in doc["times"].as_array().unwrap() {
        let (a, b) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[a..b].iter().collect::<String>(), t["text"].as_str().unwrap());
    }
    let (_, r) = call(&app, "GET", "/api/search?q=%22minerals%20deal%22", None, "", "").await;
    assert_eq!(r["total"], 1);
    let (_, r) = call(&app, "GET", "/api/search?country=SAU", None, "", "").await;
    assert_eq!(r["total"], 1, "the entity layer links Saudi Arabia: {r}");
}

#[tokio::test]
async fn writes_disabled_without_token_and_body_limit() {
    let dir = tmp("notoken");
    let state = AppState::open(&dir, None).unwrap();
    let cfg = ServerConfig { max_body_bytes: 1000, ..ServerConfig::default() };
    let app = router(state, &cfg);
    let (st, _) = call(
        &app,
        "POST",
        "/api/articles",
        Some("anything"),
        "application/json",
        r#"{"date":"2025-01-01","text":"x"}"#,
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let dir = tmp("limit");
    let state = AppState::open(&dir, Some("t".into())).unwrap();
    let app = router(state, &cfg);
    let big = format!(r#"{{"date":"2025-01-01","text":"{}"}}"#, "a".repeat(5000));
    let (st, _) = call(&app, "POST", "/api/articles", Some("t"), "application/json", &big).await;
    assert_eq!(st, StatusCode::PAYLOAD_TOO_LARGE);
}

#[test]
fn constant_time_compare() {
    assert!(dateline_server::ct_eq(b"abc", b"abc"));
    assert!(!dateline_server::ct_eq(b"abc", b"abd"));
    assert!(!dateline_server::ct_eq(b"abc", b"ab"));
}
