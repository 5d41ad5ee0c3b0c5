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
    // 3 -> 4: timelines, quote lists and relations through indexes instead
    // of scans. Events and quotes keep their day (the event's own full
    // date, else the article day) and the canonical entity of their actors
    // and speaker; every actor code is listed once; `dyad_days` sums events
    // per (source code prefix, target code prefix, day), prefixes taken at
    // CAMEO's 3-letter segment boundaries plus the whole code. Row counts
    // of the large tables are kept per batch (`stats` without scans).
    r#"
ALTER TABLE events ADD COLUMN day TEXT;
ALTER TABLE events ADD COLUMN source_canon INTEGER;
ALTER TABLE events ADD COLUMN target_canon INTEGER;
UPDATE events SET
  day = (SELECT CASE WHEN length(events.date) = 10 AND events.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     THEN events.date ELSE a.day END FROM articles a WHERE a.id = events.article_id),
  source_canon = (SELECT en.canonical_id FROM entities en WHERE en.article_id = events.article_id AND en.local_id = events.source_entity),
  target_canon = (SELECT en.canonical_id FROM entities en WHERE en.article_id = events.article_id AND en.local_id = events.target_entity);
ALTER TABLE quotes ADD COLUMN day TEXT;
ALTER TABLE quotes ADD COLUMN speaker_canon INTEGER;
UPDATE quotes SET
  day = COALESCE(quotes.date, (SELECT a.day FROM articles a WHERE a.id = quotes.article_id)),
  speaker_canon = (SELECT en.canonical_id FROM entities en WHERE en.article_id = quotes.article_id AND en.local_id = quotes.speaker);
CREATE INDEX events_source_day ON events(source, day, article_id, idx);
CREATE INDEX events_target_day ON events(target, day, article_id, idx);
CREATE INDEX events_source_canon_day ON events(source_canon, day, article_id, idx);
CREATE INDEX events_target_canon_day ON events(target_canon, day, article_id, idx);
CREATE INDEX events_day ON events(day, article_id, idx);
CREATE INDEX quotes_speaker_day ON quotes(speaker_canon, day, article_id, idx);
CREATE INDEX canonical_articles ON canonical_entities(articles);
CREATE TABLE actor_codes (code TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO actor_codes(code)
  SELECT source FROM events WHERE source IS NOT NULL AND source <> ''
  UNION SELECT target FROM events WHERE target IS NOT NULL AND target <> '';
CREATE TABLE dyad_days (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    day       TEXT NOT NULL,
    q1        INTEGER NOT NULL,
    q2        INTEGER NOT NULL,
    q3        INTEGER NOT NULL,
    q4        INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (a, b, day)
) WITHOUT ROWID;
WITH n(k) AS (VALUES (3), (6), (9), (12), (15), (18), (21), (24), (27), (30), (100000)),
ev AS (SELECT article_id, idx, source, target, day, quad, goldstein FROM events
       WHERE source IS NOT NULL AND source <> '' AND target IS NOT NULL AND target <> '' AND day IS NOT NULL),
sp AS (SELECT DISTINCT ev.article_id, ev.idx, substr(ev.source, 1, n.k) AS p FROM ev, n
       WHERE n.k < length(ev.source) OR n.k = 100000),
tp AS (SELECT DISTINCT ev.article_id, ev.idx, substr(ev.target, 1, n.k) AS p FROM ev, n
       WHERE n.k < length(ev.target) OR n.k = 100000)
INSERT INTO dyad_days(a, b, day, q1, q2, q3, q4, goldstein, events)
  SELECT sp.p, tp.p, ev.day, SUM(ev.quad = 1), SUM(ev.quad = 2), SUM(ev.quad = 3), SUM(ev.quad = 4), SUM(ev.goldstein), COUNT(*)
  FROM ev JOIN sp ON sp.article_id = ev.article_id AND sp.idx = ev.idx
          JOIN tp ON tp.article_id = ev.article_id AND tp.idx = ev.idx
  GROUP BY sp.p, tp.p, ev.day;
CREATE TABLE row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO row_counts(name, n)
  SELECT 'articles', COUNT(*) FROM articles UNION ALL SELECT 'entities', COUNT(*) FROM entities
  UNION ALL SELECT 'mentions', COUNT(*) FROM mentions UNION ALL SELECT 'times', COUNT(*) FROM times
  UNION ALL SELECT 'amounts', COUNT(*) FROM amounts UNION ALL SELECT 'quotes', COUNT(*) FROM quotes
  UNION ALL SELECT 'events', COUNT(*) FROM events;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
