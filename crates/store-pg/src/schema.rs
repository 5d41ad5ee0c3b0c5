//! The PostgreSQL schema and its migrations.
//!
//! The version lives in the one-row table `dateline_schema`. Each migration
//! moves the schema from version `i` to `i + 1`; all run in one transaction
//! under a transaction-level advisory lock keyed by the schema name, so any
//! number of workers opening a new store at once migrate it exactly once.
//! Offsets are UTF-8 byte offsets into `articles.text`, as in the embedded
//! store; `byte_slice` cuts text by them.

/// Migrations in order; `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 0 -> 1: articles, one table per layer, canonical entities, errors,
    // workers, and the visibility sequence that feeds derived indexes.
    r#"
CREATE TABLE articles (
    id          TEXT COLLATE "C" PRIMARY KEY,
    date        TEXT COLLATE "C" NOT NULL,
    day         TEXT COLLATE "C" NOT NULL,
    title       TEXT,
    source      TEXT,
    url         TEXT,
    external_id TEXT,
    origin      TEXT,
    text        TEXT NOT NULL,
    sentences   TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL,
    seq         BIGINT UNIQUE
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_ingested ON articles(ingested_at);
CREATE SEQUENCE articles_seq;

CREATE TABLE canonical_entities (
    id       BIGSERIAL PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL,
    name     TEXT COLLATE "C" NOT NULL,
    country  TEXT,
    code     TEXT,
    articles BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE entities (
    article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    country      TEXT,
    roles        TEXT NOT NULL DEFAULT '[]',
    code         TEXT,
    canonical_id BIGINT REFERENCES canonical_entities(id),
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_canonical ON entities(canonical_id);

CREATE TABLE mentions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  BIGINT NOT NULL,
    start      BIGINT NOT NULL,
    "end"      BIGINT NOT NULL,
    kind       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);

CREATE TABLE times (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        BIGINT NOT NULL,
    start      BIGINT NOT NULL,
    "end"      BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    modifier   TEXT,
    anchor     TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE amounts (
    article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          BIGINT NOT NULL,
    start        BIGINT NOT NULL,
    "end"        BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    value        DOUBLE PRECISION,
    value_max    DOUBLE PRECISION,
    unit         TEXT,
    object_start BIGINT,
    object_end   BIGINT,
    modifier     TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id    TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           BIGINT NOT NULL,
    start         BIGINT NOT NULL,
    "end"         BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    speaker       BIGINT,
    speaker_start BIGINT,
    speaker_end   BIGINT,
    cue           TEXT,
    cue_start     BIGINT,
    cue_end       BIGINT,
    date          TEXT COLLATE "C",
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
    article_id    TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           BIGINT NOT NULL,
    start         BIGINT NOT NULL,
    "end"         BIGINT NOT NULL,
    trigger_start BIGINT NOT NULL,
    trigger_end   BIGINT NOT NULL,
    code          TEXT NOT NULL,
    root          BIGINT NOT NULL,
    quad          BIGINT NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    plover        TEXT,
    plover_mode   TEXT,
    source        TEXT COLLATE "C",
    target        TEXT COLLATE "C",
    source_entity BIGINT,
    target_entity BIGINT,
    date          TEXT COLLATE "C",
    location      TEXT,
    mode          TEXT NOT NULL,
    negated       BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_actors ON events(source, target);

CREATE TABLE ingest_errors (
    id       BIGSERIAL PRIMARY KEY,
    origin   TEXT NOT NULL,
    line     BIGINT,
    kind     TEXT NOT NULL,
    message  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE UNIQUE INDEX ingest_errors_once ON ingest_errors(origin, COALESCE(line, -1), kind);

CREATE TABLE workers (
    name       TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    articles   BIGINT NOT NULL DEFAULT 0,
    batches    BIGINT NOT NULL DEFAULT 0
);

CREATE FUNCTION byte_slice(t TEXT, s BIGINT, e BIGINT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT convert_from(substring(convert_to(t, 'UTF8') FROM (s + 1)::int FOR (e - s)::int), 'UTF8') $$;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
