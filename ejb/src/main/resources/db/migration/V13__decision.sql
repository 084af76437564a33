-- Decision (立项): the officer's funding plan, the director's approval, the public notice (公示) and
-- the objections lodged against it.

CREATE TABLE funding_plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id           BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,        -- PROPOSED, RETURNED, SUPERSEDED, IN_PUBLIC_NOTICE, CONCLUDED
    total             DECIMAL(15,2) NOT NULL,
    proposed_by       VARCHAR(64)   NOT NULL,
    proposed_at       DATETIME(6)   NOT NULL,
    decided_by        VARCHAR(64)   NULL,
    decided_at        DATETIME(6)   NULL,
    decision_comment  VARCHAR(2000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_funding_plan_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    INDEX ix_funding_plan_call (call_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE funding_plan_item (
    plan_id         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    requested       DECIMAL(15,2) NOT NULL,
    amount          DECIMAL(15,2) NOT NULL,
    cut_reason      VARCHAR(1000) NULL,              -- why the amount is below the request
    PRIMARY KEY (plan_id, application_id),
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES funding_plan (id),
    CONSTRAINT fk_plan_item_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_notice (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id     BIGINT       NOT NULL,
    plan_id     BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,               -- OPEN, CLOSED
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    closed_by   VARCHAR(64)  NULL,
    closed_at   DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_public_notice_plan UNIQUE (plan_id),
    CONSTRAINT fk_public_notice_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    CONSTRAINT fk_public_notice_plan FOREIGN KEY (plan_id) REFERENCES funding_plan (id),
    INDEX ix_public_notice_status (status, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objection (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id           BIGINT        NOT NULL,
    application_id      BIGINT        NOT NULL,
    objector_account_id BIGINT        NOT NULL,
    objector            VARCHAR(64)   NOT NULL,
    reason              TEXT          NOT NULL,
    attachment_name     VARCHAR(200)  NULL,
    attachment          MEDIUMBLOB    NULL,
    attachment_sha256   CHAR(64)      NULL,
    status              VARCHAR(20)   NOT NULL,       -- OPEN, UPHELD, DISMISSED
    reply               TEXT          NULL,           -- the officer's written answer to the objector
    resolved_by         VARCHAR(64)   NULL,
    resolved_at         DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_objection_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    CONSTRAINT fk_objection_account FOREIGN KEY (objector_account_id) REFERENCES account (id),
    INDEX ix_objection_notice (notice_id, status),
    INDEX ix_objection_objector (objector_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
