-- warta corpus store, schema version 1.
-- Applied to a fresh database by warta.store.db.connect(); later changes go in
-- migrations/NNNN_name.sql (numbered, applied in order, tracked in PRAGMA user_version).
-- Dates are ISO text (YYYY-MM-DD); codes are actor codes (PRK, USAGOV, IGOUN).

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    doc          TEXT NOT NULL,              -- the id given by the input (file stem, jsonl id, url)
    content_hash TEXT NOT NULL UNIQUE,       -- sha1 of the normalised text: the idempotency key
    url          TEXT UNIQUE,                -- a second idempotency key where known
    title        TEXT,
    source       TEXT,                       -- the outlet (given, or the URL host)
    lang         TEXT,
    published    TEXT,                       -- ISO date of publication, or NULL
    origin       TEXT,                       -- file path, feed or URL it was read from
    text         TEXT NOT NULL,
    n_events     INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (article_id, start, end)
);

-- Full-text index over sentences (external content: the text lives once, in sentences).
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,        -- PRK, PRKMIL, USAGOV, IGOUN, ANON
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL,               -- country-level code: first three letters, IGO/NGO codes whole
    n_mentions  INTEGER NOT NULL DEFAULT 0   -- as source, target or claimant of a mention
);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE actor_aliases (
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,               -- the surface text seen (Korut, Pyongyang, tentara Korut)
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;

CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL DEFAULT '',
    lat         REAL,
    lon         REAL,
    UNIQUE (name, country)
);

-- One row per real-world event: a cluster of mentions (see warta.cluster for the rule).
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL,
    mode            TEXT,
    cameo           TEXT NOT NULL,
    quad            TEXT NOT NULL,
    goldstein       REAL,
    modality        TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES actors(id),
    target_id       INTEGER REFERENCES actors(id),
    source_country  TEXT NOT NULL,
    target_country  TEXT NOT NULL DEFAULT '',   -- '' when there is no target
    date            TEXT,                       -- anchor day: start of the first mention's date
    when_text       TEXT,                       -- the first mention's `when` as coded (2024-11, 2024-W46)
    date_lo         TEXT,                       -- earliest day any mention allows
    date_hi         TEXT,                       -- latest day any mention allows
    place_id        INTEGER REFERENCES places(id),
    quantity_value  REAL,
    quantity_unit   TEXT,
    n_mentions      INTEGER NOT NULL DEFAULT 0,
    n_articles      INTEGER NOT NULL DEFAULT 0,
    n_sources       INTEGER NOT NULL DEFAULT 0,
    n_asserting     INTEGER NOT NULL DEFAULT 0, -- mentions saying it happened
    n_denying       INTEGER NOT NULL DEFAULT 0, -- mentions saying it did not (negated)
    first_article   INTEGER REFERENCES articles(id)
);
CREATE INDEX events_dyad_date ON events(source_country, target_country, date);
CREATE INDEX events_rdyad_date ON events(target_country, source_country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_cluster ON events(type, source_country, target_country, modality, date_lo);

-- One row per extracted event (a report of an event in one sentence of one article).
CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id),
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id     INTEGER NOT NULL REFERENCES sentences(id),
    source_id       INTEGER NOT NULL REFERENCES actors(id),
    source_text     TEXT NOT NULL,
    source_start    INTEGER NOT NULL,
    source_end      INTEGER NOT NULL,
    target_id       INTEGER REFERENCES actors(id),
    target_text     TEXT,
    target_start    INTEGER,
    target_end      INTEGER,
    negated         INTEGER NOT NULL CHECK (negated IN (0, 1)),
    modality        TEXT NOT NULL,
    when_text       TEXT,
    date_lo         TEXT,
    date_hi         TEXT,
    place_id        INTEGER REFERENCES places(id),
    place_text      TEXT,
    quantity_value  REAL,
    quantity_unit   TEXT,
    quantity_qualifier TEXT,
    quantity_text   TEXT,
    trigger_text    TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    outlet          TEXT NOT NULL,              -- the distinct-source key (outlet, URL host or doc)
    json            TEXT NOT NULL               -- Event.to_dict() as extracted
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_article ON mentions(article_id);

-- Who the text says asserts or denies a mention (claimed_by of the extracted event).
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    mention_id  INTEGER NOT NULL UNIQUE REFERENCES mentions(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(id),
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    stance      TEXT NOT NULL CHECK (stance IN ('asserts', 'denies')),
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX claims_actor ON claims(actor_id, stance);
CREATE INDEX claims_event ON claims(event_id);
