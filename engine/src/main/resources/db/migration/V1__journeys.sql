-- The journey API's tables. Migrations V1..V49 belong to the journey API; V50.. to the run-time.
-- One SQL dialect for both databases: H2 runs in PostgreSQL mode. Timestamps are UTC.

CREATE TABLE environments (
    id                     VARCHAR(40)  PRIMARY KEY,
    name                   VARCHAR(64)  NOT NULL UNIQUE,
    default_identity_email VARCHAR(254),
    variables              TEXT         NOT NULL,   -- JSON object of string -> string
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Keys are stored only as SHA-256 hex of the whole key; the key itself lives in the credentials file.
CREATE TABLE api_keys (
    key_hash       VARCHAR(64) PRIMARY KEY,
    environment_id VARCHAR(40) NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    kind           VARCHAR(12) NOT NULL,            -- 'secret' | 'publishable'
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE journeys (
    id             VARCHAR(16)  PRIMARY KEY,        -- jrn_ + 12 base-62
    environment_id VARCHAR(40)  NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    name           VARCHAR(200) NOT NULL,
    status         VARCHAR(10)  NOT NULL,           -- draft | active | paused | archived
    version        BIGINT       NOT NULL,
    entry_event    VARCHAR(200) NOT NULL,
    definition     TEXT         NOT NULL,           -- JSON of model.JourneyDefinition (EngineJson)
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journeys_by_entry ON journeys (environment_id, entry_event, status);

CREATE TABLE templates (
    environment_id VARCHAR(40)  NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    slug           VARCHAR(100) NOT NULL,
    subject        VARCHAR(998) NOT NULL,
    html           TEXT,
    text_body      TEXT,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment_id, slug)
);

CREATE TABLE surveys (
    environment_id VARCHAR(40)  NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    slug           VARCHAR(100) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment_id, slug)
);

CREATE TABLE identities (
    environment_id VARCHAR(40)  NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(200),
    verified       BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment_id, email)
);

-- Idempotency-Key: the first response to (environment, key) is replayed for 24 h.
CREATE TABLE idempotency_keys (
    environment_id VARCHAR(40)  NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    method         VARCHAR(10)  NOT NULL,
    path           VARCHAR(1000) NOT NULL,
    body_hash      VARCHAR(64)  NOT NULL,
    status         INTEGER      NOT NULL,
    response       TEXT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment_id, idem_key)
);

-- Analytics counters. Kept by the run-time in the same transaction as the change they count, so a
-- read costs the same for ten users and ten million. Writers add to one of N shard rows (chosen at
-- random) so that concurrent transactions do not serialize on one hot row; reads sum the shards.
CREATE TABLE journey_totals (
    journey_id VARCHAR(16) NOT NULL,
    shard      INTEGER     NOT NULL,
    enrolled   BIGINT      NOT NULL DEFAULT 0,
    active     BIGINT      NOT NULL DEFAULT 0,
    completed  BIGINT      NOT NULL DEFAULT 0,
    failed     BIGINT      NOT NULL DEFAULT 0,
    exited     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (journey_id, shard)
);

CREATE TABLE node_counters (
    journey_id    VARCHAR(16) NOT NULL,
    node          VARCHAR(64) NOT NULL,
    shard         INTEGER     NOT NULL,
    current_users BIGINT      NOT NULL DEFAULT 0,
    entered       BIGINT      NOT NULL DEFAULT 0,
    left_count    BIGINT      NOT NULL DEFAULT 0,   -- visits ended (for the average)
    seconds_total BIGINT      NOT NULL DEFAULT 0,   -- summed seconds of ended visits
    PRIMARY KEY (journey_id, node, shard)
);

-- Time in node as a log-scale histogram of ended visits: bucket b holds visits of
-- [2^(b/4), 2^((b+1)/4)) seconds (bucket 0 also holds < 1 s); the median is read off it.
CREATE TABLE node_time_histogram (
    journey_id VARCHAR(16) NOT NULL,
    node       VARCHAR(64) NOT NULL,
    bucket     INTEGER     NOT NULL,
    shard      INTEGER     NOT NULL,
    visits     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (journey_id, node, bucket, shard)
);

CREATE TABLE transition_counters (
    journey_id VARCHAR(16)  NOT NULL,
    transition VARCHAR(160) NOT NULL,
    shard      INTEGER      NOT NULL,
    fired      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (journey_id, transition, shard)
);
