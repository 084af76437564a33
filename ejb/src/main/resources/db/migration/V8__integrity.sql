-- Research integrity (科研诚信): records on persons and organizations. An active SERIOUS record vetoes
-- (一票否决) at submission, endorsement, formal check, expert assignment, contract and payment.

CREATE TABLE integrity_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type  VARCHAR(20)   NOT NULL,             -- PERSON, ORGANIZATION
    subject_id    BIGINT        NOT NULL,
    severity      VARCHAR(20)   NOT NULL,             -- SERIOUS, GENERAL
    reason        VARCHAR(2000) NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_until   DATE          NULL,                 -- NULL: lifelong (终身追究)
    created_by    VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_integrity_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
