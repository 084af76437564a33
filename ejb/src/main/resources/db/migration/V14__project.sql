-- Projects (项目) from an approved application to a signed contract (任务书), and the application's
-- optional performance targets that the contract's KPIs start from.

-- What the applicant promises (all optional; a NULL target is "none promised").
ALTER TABLE grant_application
    ADD COLUMN target_papers           INT           NULL,
    ADD COLUMN target_patents          INT           NULL,
    ADD COLUMN target_standards        INT           NULL,
    ADD COLUMN target_products         INT           NULL,
    ADD COLUMN target_transfer_income  DECIMAL(15,2) NULL,   -- income from transferring results (成果转化收入), yuan
    ADD COLUMN target_people_trained   INT           NULL;

CREATE TABLE project (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT        NOT NULL,
    call_id               BIGINT        NOT NULL,
    programme_code        VARCHAR(60)   NOT NULL,
    funding_mode          VARCHAR(30)   NOT NULL,       -- copied from the call: CHALLENGE contracts carry the 军令状
    pi_account_id         BIGINT        NOT NULL,
    pi_username           VARCHAR(64)   NOT NULL,
    host_organization_id  BIGINT        NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    status                VARCHAR(30)   NOT NULL,       -- CONTRACTING, ACTIVE, SUSPENDED, CONCLUSION_SUBMITTED, ACCEPTANCE_REVIEW, CONCLUDED, TERMINATED
    approved_amount       DECIMAL(15,2) NOT NULL,
    paid_amount           DECIMAL(15,2) NOT NULL DEFAULT 0.00,
    requested_amount      DECIMAL(15,2) NOT NULL,       -- the application's total, to show a cut
    cut_reason            VARCHAR(2000) NULL,           -- why less than requested was approved
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    plan_confirmed_at     DATETIME(6)   NULL,
    plan_confirmed_by     VARCHAR(64)   NULL,
    contract_content      MEDIUMTEXT    NULL,           -- the canonical contract content (JSON), frozen at confirmation
    contract_hash         CHAR(64)      NULL,           -- its SHA-256: what every signature refers to
    created_by            VARCHAR(64)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_project_application UNIQUE (application_id),
    CONSTRAINT fk_project_application FOREIGN KEY (application_id) REFERENCES grant_application (id),
    CONSTRAINT fk_project_call FOREIGN KEY (call_id) REFERENCES grant_call (id),
    CONSTRAINT fk_project_pi FOREIGN KEY (pi_account_id) REFERENCES account (id),
    CONSTRAINT fk_project_host FOREIGN KEY (host_organization_id) REFERENCES organization (id),
    INDEX ix_project_pi (pi_account_id, id),
    INDEX ix_project_host (host_organization_id, id),
    INDEX ix_project_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The approved budget: the application's lines, scaled to the approved amount when it was cut (sum exact).
CREATE TABLE project_budget_line (
    project_id        BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    amount            DECIMAL(15,2) NOT NULL,
    requested_amount  DECIMAL(15,2) NOT NULL,
    PRIMARY KEY (project_id, seq),
    CONSTRAINT fk_project_budget_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tranches of the programme's schedule at the time of creation (amounts sum exactly to the approved amount).
CREATE TABLE project_tranche (
    project_id         BIGINT        NOT NULL,
    no                 INT           NOT NULL,
    share              DECIMAL(5,4)  NOT NULL,
    amount             DECIMAL(15,2) NOT NULL,
    release_condition  VARCHAR(30)   NOT NULL,           -- AT_CONTRACT, AFTER_MIDTERM, AFTER_ACCEPTANCE
    status             VARCHAR(20)   NOT NULL,           -- PLANNED (later: RELEASED, PAID)
    PRIMARY KEY (project_id, no),
    CONSTRAINT fk_project_tranche_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contract KPIs (绩效目标): target, and the floor the application promised (a refinement never goes below it).
CREATE TABLE project_kpi (
    project_id  BIGINT        NOT NULL,
    code        VARCHAR(30)   NOT NULL,                  -- PAPERS, PATENTS, STANDARDS, PRODUCTS, TRANSFER_INCOME, PEOPLE_TRAINED
    target      DECIMAL(15,2) NOT NULL,
    floor_value DECIMAL(15,2) NOT NULL,
    PRIMARY KEY (project_id, code),
    CONSTRAINT fk_project_kpi_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_milestone (
    project_id   BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    due_on       DATE          NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (project_id, seq),
    CONSTRAINT fk_project_milestone_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A recorded electronic signature of the contract: who, when, the hash of the content signed. One per role.
CREATE TABLE contract_signature (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    role          VARCHAR(20)  NOT NULL,                 -- PI, UNIT, BUREAU
    account_id    BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    signed_at     DATETIME(6)  NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    CONSTRAINT uq_contract_signature_role UNIQUE (project_id, role),
    CONSTRAINT fk_contract_signature_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_contract_signature_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_status_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT        NOT NULL,
    from_status  VARCHAR(30)   NULL,
    to_status    VARCHAR(30)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NULL,
    at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_project_status_change_project FOREIGN KEY (project_id) REFERENCES project (id),
    INDEX ix_project_status_change_project (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
