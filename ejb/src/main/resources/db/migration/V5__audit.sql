-- The audit trail: append-only, hash-chained. Each event stores the hash of the one before it;
-- hash = SHA-256 over the canonical JSON array [seq, at, actor, action, entityType, entityId, detail, prevHash].
-- audit_chain_head holds the last seq and hash: writers lock it (SELECT ... FOR UPDATE), so the chain
-- has no forks under concurrency, and verify detects a deleted tail.

CREATE TABLE audit_event (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    detail       TEXT         NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    INDEX ix_audit_event_entity (entity_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id         INT      NOT NULL PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    version    BIGINT   NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
