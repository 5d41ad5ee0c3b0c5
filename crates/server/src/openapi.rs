//! The OpenAPI 3 document, generated from the route table below (the same
//! paths the router registers; a test checks that every documented path
//! answers).

use serde_json::{json, Map, Value};

/// One documented parameter: name, type, required, description.
type Param = (&'static str, &'static str, bool, &'static str);

/// One documented route.
pub(crate) struct RouteDoc {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub params: &'static [Param],
    pub body: Option<&'static str>,
    pub auth: bool,
}

const DATE: &str = "date";

/// The filters of a search, as the dashboard's endpoints take them.
macro_rules! search_filters {
    ($($extra:expr),*) => {
        &[
            ("q", "string", false, "Query: words, \"phrases\", AND/OR, -exclude, title:word."),
            ("from", DATE, false, "First day, YYYY-MM-DD."),
            ("to", DATE, false, "Last day, YYYY-MM-DD."),
            ("entity", "string", false, "Entity name, exact, any case."),
            ("actor", "string", false, "Actor code or prefix (USA, USAGOV)."),
            ("country", "string", false, "ISO 3166 alpha-3 country of an entity."),
            ("event", "string", false, "CAMEO event code or root (036, 19)."),
            ("speaker", "string", false, "Quote speaker name."),
            ("source", "string", false, "Source or outlet."),
            ("sample", "integer", false, "Top-ranked matches to count (default 100, max 200)."),
            $($extra),*
        ]
    };
}

const FACET_PARAMS: &[Param] = search_filters!(("top", "integer", false, "Items per facet (default 15, max 100)."));
const NETWORK_PARAMS: &[Param] =
    search_filters!(("nodes", "integer", false, "Most active actors kept (default 40, max 200)."));

/// Every route of the API.
pub(crate) const ROUTES: &[RouteDoc] = &[
    RouteDoc { method: "get", path: "/api/health", summary: "Liveness and version.", params: &[], body: None, auth: false },
    RouteDoc { method: "get", path: "/api/stats", summary: "Row counts of the store.", params: &[], body: None, auth: false },
    RouteDoc {
        method: "get",
        path: "/api/search",
        summary: "Full-text and structured search over articles (or quotes with quotes=true); relevance order with q, newest first without.",
        params: &[
            ("q", "string", false, "Query: words, \"phrases\", AND/OR, -exclude, title:word."),
            ("from", DATE, false, "First day, YYYY-MM-DD."),
            ("to", DATE, false, "Last day, YYYY-MM-DD."),
            ("entity", "string", false, "Entity name, exact, any case."),
            ("actor", "string", false, "Actor code or prefix (USA, USAGOV)."),
            ("country", "string", false, "ISO 3166 alpha-3 country of an entity."),
            ("event", "string", false, "CAMEO event code or root (036, 19)."),
            ("speaker", "string", false, "Quote speaker name."),
            ("source", "string", false, "Source or outlet."),
            ("quotes", "boolean", false, "Search quotes instead of articles."),
            ("limit", "integer", false, "Page size (max 200)."),
            ("offset", "integer", false, "Results to skip (max 10000)."),
        ],
        body: None,
        auth: false,
    },
    RouteDoc { method: "get", path: "/api/articles/{id}", summary: "A stored article with every annotation layer (code-point offsets).", params: &[("id", "string", true, "Article id.")], body: None, auth: false },
    RouteDoc {
        method: "post",
        path: "/api/articles",
        summary: "Extract and store articles: one JSON object {date, text, title, source, url}, an array of up to 1000, or text/plain in dateline's plain format. Needs the bearer token.",
        params: &[],
        body: Some("article"),
        auth: true,
    },
    RouteDoc {
        method: "get",
        path: "/api/timeline",
        summary: "Events and quotes of an entity or actor in date order.",
        params: &[("who", "string", true, "Entity name or actor code."), ("from", DATE, false, "First day."), ("to", DATE, false, "Last day."), ("limit", "integer", false, "At most this many (max 1000).")],
        body: None,
        auth: false,
    },
    RouteDoc {
        method: "get",
        path: "/api/relations",
        summary: "Events between two actors per period and quad class, with summed Goldstein, both directions.",
        params: &[("a", "string", true, "First actor code."), ("b", "string", true, "Second actor code."), ("by", "string", false, "day, week or month (default week)."), ("from", DATE, false, "First day."), ("to", DATE, false, "Last day.")],
        body: None,
        auth: false,
    },
    RouteDoc {
        method: "get",
        path: "/api/quotes",
        summary: "Quotes of a speaker across articles, newest first.",
        params: &[("speaker", "string", true, "Speaker name or part of it."), ("limit", "integer", false, "Page size (max 1000)."), ("offset", "integer", false, "Results to skip.")],
        body: None,
        auth: false,
    },
    RouteDoc { method: "get", path: "/api/entities/top", summary: "Entities mentioned in the most articles.", params: &[("limit", "integer", false, "At most this many.")], body: None, auth: false },
    RouteDoc {
        method: "get",
        path: "/api/facets",
        summary: "Dashboard: top entities, actor codes and CAMEO event roots among the top `sample` matches of a search (same filters as /api/search).",
        params: FACET_PARAMS,
        body: None,
        auth: false,
    },
    RouteDoc {
        method: "get",
        path: "/api/network",
        summary: "Dashboard: actors as nodes and events as directed edges weighted by count (per quad class, summed Goldstein) among the top `sample` matches of a search.",
        params: NETWORK_PARAMS,
        body: None,
        auth: false,
    },
    RouteDoc { method: "get", path: "/openapi.json", summary: "This document.", params: &[], body: None, auth: false },
];

fn schema_of(ty: &str) -> Value {
    match ty {
        "date" => json!({"type": "string", "format": "date"}),
        "integer" => json!({"type": "integer", "minimum": 0}),
        "boolean" => json!({"type": "boolean"}),
        _ => json!({"type": "string"}),
    }
}

/// The OpenAPI 3.0 document of the API.
pub fn openapi() -> Value {
    let mut paths = Map::new();
    for r in ROUTES {
        let params: Vec<Value> = r
            .params
            .iter()
            .map(|(name, ty, required, desc)| {
                let location = if r.path.contains(&format!("{{{name}}}")) { "path" } else { "query" };
                json!({"name": name, "in": location, "required": *required || location == "path", "description": desc, "schema": schema_of(ty)})
            })
            .collect();
        let mut op = json!({
            "summary": r.summary,
            "parameters": params,
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}},
                "400": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}
            }
        });
        if r.body.is_some() {
            op["requestBody"] = json!({"required": true, "content": {
                "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/ArticleIn"}, {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}, "maxItems": 1000}]}},
                "text/plain": {"schema": {"type": "string"}}
            }});
            op["responses"]["201"] =
                json!({"description": "Stored", "content": {"application/json": {"schema": {"type": "object"}}}});
        }
        if r.auth {
            op["security"] = json!([{"bearer": []}]);
            op["responses"]["401"] = json!({"$ref": "#/components/responses/Error"});
            op["responses"]["403"] = json!({"$ref": "#/components/responses/Error"});
        }
        let entry = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        entry[r.method] = op;
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "dateline API", "version": env!("CARGO_PKG_VERSION"), "description": "Who said and did what to whom, when and where. All offsets are Unicode code-point offsets."},
        "servers": [{"url": "http://127.0.0.1:8080"}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "ArticleIn": {"type": "object", "required": ["date", "text"], "properties": {
                    "date": {"type": "string", "description": "YYYY-MM-DD or RFC 3339"},
                    "text": {"type": "string"}, "title": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"}}},
                "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}
            },
            "responses": {"Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}
        }
    })
}
