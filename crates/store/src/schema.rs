//! The store's schema and its migrations.
//!
//! The schema version lives in SQLite's `user_version`. Each migration moves
//! the database from version `i` to `i + 1` inside one transaction, so a
//! store written by any earlier dateline opens and upgrades in place.
//! All offsets in the tables are UTF-8 byte offsets into `articles.text`.

/// Migrations in order; `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 0 -> 1: articles and one table per annotation layer.
    r#"
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    date        TEXT NOT NULL,
    day         TEXT NOT NULL,
    title       TEXT,
    source      TEXT,
    url         TEXT,
    external_id TEXT,
    origin      TEXT,
    text        TEXT NOT NULL,
    sentences   TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT,
    roles      TEXT NOT NULL DEFAULT '[]',
    code       TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    modifier   TEXT,
    anchor     TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE amounts (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    value        REAL,
    value_max    REAL,
    unit         TEXT,
    object_start INTEGER,
    object_end   INTEGER,
    modifier     TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    speaker       INTEGER,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    date          TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    code          TEXT NOT NULL,
    root          INTEGER NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     REAL NOT NULL,
    plover        TEXT,
    plover_mode   TEXT,
    source        TEXT,
    target        TEXT,
    source_entity INTEGER,
    target_entity INTEGER,
    date          TEXT,
    location      TEXT,
    mode          TEXT NOT NULL,
    negated       INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_actors ON events(source, target);

CREATE TABLE ingest_errors (
    id       INTEGER PRIMARY KEY,
    origin   TEXT NOT NULL,
    line     INTEGER,
    kind     TEXT NOT NULL,
    message  TEXT NOT NULL,
    at       TEXT NOT NULL
);
"#,
    // 1 -> 2: one canonical entity per real-world person or organization
    // across articles; error rows de-duplicated on re-runs.
    r#"
CREATE TABLE canonical_entities (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL,
    name     TEXT NOT NULL,
    country  TEXT,
    code     TEXT,
    articles INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE entities ADD COLUMN canonical_id INTEGER REFERENCES canonical_entities(id);
CREATE INDEX entities_canonical ON entities(canonical_id);
DELETE FROM ingest_errors WHERE id NOT IN (SELECT MIN(id) FROM ingest_errors GROUP BY origin, IFNULL(line, -1), kind);
CREATE UNIQUE INDEX ingest_errors_once ON ingest_errors(origin, IFNULL(line, -1), kind);
"#,
    // 2 -> 3: the workers that write to this store (distributed ingest)
    // and an index for throughput over recent batches.
    r#"
CREATE TABLE workers (
    name       TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    articles   INTEGER NOT NULL DEFAULT 0,
    batches    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_ingested ON articles(ingested_at);
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
