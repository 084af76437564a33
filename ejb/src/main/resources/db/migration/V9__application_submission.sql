-- What submission needs besides the content (issue 4): the programme and section an application
-- counts against for the limits (限项), its PDF attachments, the signed integrity pledge (承诺书) and
-- the text fingerprint for the duplicate-submission check (查重).

-- Limits are counted per call, per section (as PI) and per section (as team member): the application
-- carries its programme and its section ("<catalog code>/<section code>") so the counts stay in this table.
ALTER TABLE grant_application
    ADD COLUMN programme_code VARCHAR(60)  NULL AFTER call_id,
    ADD COLUMN section_ref    VARCHAR(110) NULL AFTER programme_code;

UPDATE grant_application a
    JOIN grant_call c ON c.id = a.call_id
    JOIN programme p ON p.code = c.programme_code
    JOIN section s ON s.id = p.section_id
    JOIN plan_catalog k ON k.id = s.catalog_id
SET a.programme_code = p.code, a.section_ref = CONCAT(k.code, '/', s.code);

ALTER TABLE grant_application
    MODIFY programme_code VARCHAR(60)  NOT NULL,
    MODIFY section_ref    VARCHAR(110) NOT NULL,
    ADD INDEX ix_application_section_pi (section_ref, pi_account_id, status);

-- PDF attachments of a draft; part of the frozen version (name and SHA-256) once submitted. The bytes
-- are kept in the database with the application (one backup, one transaction); never executed, served
-- only as a download.
CREATE TABLE application_attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,            -- PROPOSAL, BUDGET_NOTE, SUPPORTING, OTHER
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,            -- as sniffed, never as declared
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    pages          INT           NOT NULL,
    content        LONGBLOB      NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    INDEX ix_attachment_application (application_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A signed pledge (承诺书): who signed which text (by its hash) for which content (by its hash), when.
-- Append-only: a pledge is never changed.
CREATE TABLE integrity_pledge (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,              -- SUBMISSION, CONTRACT
    subject_type  VARCHAR(40)  NOT NULL,              -- GrantApplication, Project
    subject_id    BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    text_version  VARCHAR(20)  NOT NULL,
    text_hash     CHAR(64)     NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    signed_at     DATETIME(6)  NOT NULL,
    INDEX ix_pledge_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 查重: a MinHash signature of the title and abstract at each submission, and its LSH bands, so that the
-- near-identical applications of any call are found by an index lookup instead of a scan.
CREATE TABLE application_fingerprint (
    application_id BIGINT       NOT NULL PRIMARY KEY,
    signature      VARBINARY(1024) NOT NULL,          -- 128 32-bit minimum hashes
    shingles       INT          NOT NULL,
    computed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_fingerprint_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB;

CREATE TABLE application_fingerprint_band (
    band           SMALLINT NOT NULL,
    band_hash      BIGINT   NOT NULL,
    application_id BIGINT   NOT NULL,
    PRIMARY KEY (band, band_hash, application_id),
    INDEX ix_band_application (application_id),
    CONSTRAINT fk_band_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB;
