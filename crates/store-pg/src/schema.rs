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
    // 1 -> 2: timelines, quote lists and relations through indexes instead
    // of scans, as the embedded store's version 4: events and quotes keep
    // their day and their actors' and speaker's canonical entity; actor
    // codes are listed once; `dyad_days` sums events per (source code
    // prefix, target code prefix, day) at 3-letter segment boundaries.
    r#"
ALTER TABLE events ADD COLUMN day TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN source_canon BIGINT;
ALTER TABLE events ADD COLUMN target_canon BIGINT;
UPDATE events e SET day = CASE WHEN e.date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN e.date ELSE a.day END
  FROM articles a WHERE a.id = e.article_id;
UPDATE events e SET source_canon = en.canonical_id FROM entities en
  WHERE en.article_id = e.article_id AND en.local_id = e.source_entity;
UPDATE events e SET target_canon = en.canonical_id FROM entities en
  WHERE en.article_id = e.article_id AND en.local_id = e.target_entity;
ALTER TABLE quotes ADD COLUMN day TEXT COLLATE "C";
ALTER TABLE quotes ADD COLUMN speaker_canon BIGINT;
UPDATE quotes q SET day = COALESCE(q.date, a.day) FROM articles a WHERE a.id = q.article_id;
UPDATE quotes q SET speaker_canon = en.canonical_id FROM entities en
  WHERE en.article_id = q.article_id AND en.local_id = q.speaker;
CREATE INDEX events_source_day ON events(source, day, article_id, idx);
CREATE INDEX events_target_day ON events(target, day, article_id, idx);
CREATE INDEX events_source_canon_day ON events(source_canon, day, article_id, idx);
CREATE INDEX events_target_canon_day ON events(target_canon, day, article_id, idx);
CREATE INDEX events_day ON events(day, article_id, idx);
CREATE INDEX quotes_speaker_day ON quotes(speaker_canon, day, article_id, idx);
CREATE INDEX canonical_articles ON canonical_entities(articles);
CREATE TABLE actor_codes (code TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO actor_codes(code)
  SELECT source FROM events WHERE source IS NOT NULL AND source <> ''
  UNION SELECT target FROM events WHERE target IS NOT NULL AND target <> ''
  ON CONFLICT DO NOTHING;
CREATE TABLE dyad_days (
    a         TEXT COLLATE "C" NOT NULL,
    b         TEXT COLLATE "C" NOT NULL,
    day       TEXT COLLATE "C" NOT NULL,
    q1        BIGINT NOT NULL,
    q2        BIGINT NOT NULL,
    q3        BIGINT NOT NULL,
    q4        BIGINT NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    events    BIGINT NOT NULL,
    PRIMARY KEY (a, b, day)
);
WITH n(k) AS (VALUES (3), (6), (9), (12), (15), (18), (21), (24), (27), (30), (100000)),
ev AS (SELECT article_id, idx, source, target, day, quad, goldstein FROM events
       WHERE source IS NOT NULL AND source <> '' AND target IS NOT NULL AND target <> '' AND day IS NOT NULL),
sp AS (SELECT DISTINCT ev.article_id, ev.idx, substr(ev.source, 1, n.k) AS p FROM ev, n
       WHERE n.k < length(ev.source) OR n.k = 100000),
tp AS (SELECT DISTINCT ev.article_id, ev.idx, substr(ev.target, 1, n.k) AS p FROM ev, n
       WHERE n.k < length(ev.target) OR n.k = 100000)
INSERT INTO dyad_days(a, b, day, q1, q2, q3, q4, goldstein, events)
  SELECT sp.p, tp.p, ev.day, COUNT(*) FILTER (WHERE ev.quad = 1), COUNT(*) FILTER (WHERE ev.quad = 2),
         COUNT(*) FILTER (WHERE ev.quad = 3), COUNT(*) FILTER (WHERE ev.quad = 4), SUM(ev.goldstein), COUNT(*)
  FROM ev JOIN sp ON sp.article_id = ev.article_id AND sp.idx = ev.idx
          JOIN tp ON tp.article_id = ev.article_id AND tp.idx = ev.idx
  GROUP BY sp.p, tp.p, ev.day;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
