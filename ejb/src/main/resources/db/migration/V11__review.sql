-- Expert review (专家评审): the expert pool, declared conflicts, assignment runs, reviews and their
-- scores, and the panel (会议评审) that freezes a call's ranking.

-- A call's dispersion threshold: applications whose reviews' standard deviation (on the 0–100
-- weighted scale) exceeds it are flagged for the panel.
ALTER TABLE grant_call ADD COLUMN dispersion_threshold DECIMAL(5,2) NOT NULL DEFAULT 15.00;

CREATE TABLE expert (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    title            VARCHAR(100) NULL,                -- professional title (职称)
    region_code      VARCHAR(20)  NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    available_from   DATE         NULL,
    available_until  DATE         NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_expert_account UNIQUE (account_id),
    CONSTRAINT fk_expert_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_expert_region FOREIGN KEY (region_code) REFERENCES jurisdiction (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_discipline (
    expert_id        BIGINT      NOT NULL,
    discipline_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (expert_id, discipline_code),
    CONSTRAINT fk_expert_discipline_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_expert_discipline_code FOREIGN KEY (discipline_code) REFERENCES discipline (code),
    INDEX ix_expert_discipline_code (discipline_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_keyword (
    expert_id  BIGINT      NOT NULL,
    seq        INT         NOT NULL,
    keyword    VARCHAR(60) NOT NULL,
    PRIMARY KEY (expert_id, seq),
    CONSTRAINT fk_expert_keyword_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A conflict the expert declared (回避申请): with one application, an organization or a person.
CREATE TABLE expert_conflict (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id        BIGINT        NOT NULL,
    application_id   BIGINT        NULL,
    organization_id  BIGINT        NULL,
    person_id        BIGINT        NULL,
    reason           VARCHAR(1000) NOT NULL,
    declared_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_expert_conflict_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    INDEX ix_expert_conflict_expert (expert_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One assignment run (分配): its mode and seed are kept so a RANDOM draw can be reproduced.
CREATE TABLE assignment_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id          BIGINT       NOT NULL,
    mode             VARCHAR(20)  NOT NULL,            -- RANDOM, OPTIMAL, REPLACEMENT, MANUAL
    seed             BIGINT       NULL,
    per_application  INT          NOT NULL,
    assigned         INT          NOT NULL,
    unfilled         INT          NOT NULL,
    actor            VARCHAR(64)  NOT NULL,
    at               DATETIME(6)  NOT NULL,
    CONSTRAINT fk_assignment_run_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    INDEX ix_assignment_run_call (call_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A review task: one expert on one application. The pair is unique for ever: a declined or
-- withdrawn expert is never drawn again for the same application.
CREATE TABLE review (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id           BIGINT        NOT NULL,
    application_id    BIGINT        NOT NULL,
    expert_id         BIGINT        NOT NULL,
    run_id            BIGINT        NOT NULL,
    affinity          INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,          -- ASSIGNED, SUBMITTED, DECLINED, WITHDRAWN
    comment_text      TEXT          NULL,
    recommendation    CHAR(1)       NULL,              -- A, B, C, D
    weighted_score    DECIMAL(5,2)  NULL,
    due_at            DATETIME(6)   NOT NULL,
    reminded_at       DATETIME(6)   NULL,
    submitted_at      DATETIME(6)   NULL,
    closing_reason    VARCHAR(1000) NULL,              -- why DECLINED or WITHDRAWN
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_pair UNIQUE (application_id, expert_id),
    CONSTRAINT fk_review_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    CONSTRAINT fk_review_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_review_run FOREIGN KEY (run_id) REFERENCES assignment_run (id),
    INDEX ix_review_call (call_id, status),
    INDEX ix_review_expert (expert_id, status),
    INDEX ix_review_due (status, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_score (
    review_id      BIGINT      NOT NULL,
    criterion_code VARCHAR(40) NOT NULL,
    score          INT         NOT NULL,
    PRIMARY KEY (review_id, criterion_code),
    CONSTRAINT fk_review_score_review FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The panel meeting (会议评审) of a call: it sees the ranking, adjusts it with reasons, and freezes it.
CREATE TABLE review_panel (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id     BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,                 -- OPEN, CLOSED
    opened_by   VARCHAR(64)  NOT NULL,
    opened_at   DATETIME(6)  NOT NULL,
    closed_by   VARCHAR(64)  NULL,
    closed_at   DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_panel_call UNIQUE (call_id),
    CONSTRAINT fk_review_panel_call FOREIGN KEY (call_id) REFERENCES grant_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ranking as the panel holds it: computed figures at opening, the panel's rank and its reason.
CREATE TABLE panel_entry (
    panel_id        BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    computed_rank   INT           NOT NULL,
    panel_rank      INT           NOT NULL,
    score           DECIMAL(5,2)  NULL,
    std_dev         DECIMAL(5,2)  NULL,
    reviews         INT           NOT NULL,
    flagged         BOOLEAN       NOT NULL,
    discuss         BOOLEAN       NOT NULL DEFAULT FALSE,
    reason          VARCHAR(2000) NULL,
    PRIMARY KEY (panel_id, application_id),
    CONSTRAINT fk_panel_entry_panel FOREIGN KEY (panel_id) REFERENCES review_panel (id),
    CONSTRAINT fk_panel_entry_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
