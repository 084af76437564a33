-- Applications (申报书): drafts, their team and budget, frozen versions at submission, status history.

CREATE TABLE grant_application (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id               BIGINT        NOT NULL,
    pi_account_id         BIGINT        NOT NULL,
    pi_username           VARCHAR(64)   NOT NULL,
    host_organization_id  BIGINT        NULL,
    title                 VARCHAR(300)  NULL,
    abstract_text         TEXT          NULL,
    discipline            VARCHAR(10)   NULL,
    self_raised           DECIMAL(15,2) NULL,          -- co-funding raised by the host unit (自筹)
    status                VARCHAR(30)   NOT NULL,
    submitted_at          DATETIME(6)   NULL,
    frozen_version        INT           NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    CONSTRAINT fk_application_pi FOREIGN KEY (pi_account_id) REFERENCES account (id),
    INDEX ix_application_pi (pi_account_id, status),
    INDEX ix_application_call (call_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_keyword (
    application_id BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    keyword        VARCHAR(60)  NOT NULL,
    PRIMARY KEY (application_id, seq),
    CONSTRAINT fk_keyword_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_member (
    application_id BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    account_id     BIGINT       NOT NULL,
    role           VARCHAR(20)  NOT NULL,             -- CO_PI, MEMBER, STUDENT
    PRIMARY KEY (application_id, seq),
    CONSTRAINT fk_member_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_member_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_budget_line (
    application_id BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    category       VARCHAR(20)   NOT NULL,            -- EQUIPMENT, BUSINESS, LABOUR, CONSULTANCY, INDIRECT
    amount         DECIMAL(15,2) NOT NULL,
    PRIMARY KEY (application_id, seq),
    CONSTRAINT fk_budget_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_excluded_expert (
    application_id BIGINT NOT NULL,
    account_id     BIGINT NOT NULL,
    PRIMARY KEY (application_id, account_id),
    CONSTRAINT fk_excluded_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was submitted, frozen: later edits (after a RETURN) make a new version, never change this one.
CREATE TABLE application_version (
    application_id BIGINT      NOT NULL,
    no             INT         NOT NULL,
    content        MEDIUMTEXT  NOT NULL,              -- canonical JSON of the submitted content
    content_hash   CHAR(64)    NOT NULL,
    frozen_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (application_id, no),
    CONSTRAINT fk_version_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_status_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    from_status    VARCHAR(30)  NULL,
    to_status      VARCHAR(30)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    reason         VARCHAR(2000) NULL,
    at             DATETIME(6)  NOT NULL,
    CONSTRAINT fk_status_change_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    INDEX ix_status_change_application (application_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
