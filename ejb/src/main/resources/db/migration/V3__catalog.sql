-- The plan catalog (五大板块＋基金): one catalog per jurisdiction and plan period.
-- Rules are data on the programme, evaluated by catalog.control classes.

CREATE TABLE plan_catalog (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    jurisdiction_code VARCHAR(20)  NOT NULL,
    plan_period       VARCHAR(20)  NOT NULL,          -- e.g. 2021-2025
    is_default        BOOLEAN      NOT NULL DEFAULT FALSE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_plan_catalog_code UNIQUE (code),
    CONSTRAINT fk_plan_catalog_jurisdiction FOREIGN KEY (jurisdiction_code) REFERENCES jurisdiction (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE section (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalog_id  BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,                -- MAJOR_SPECIAL, KEY_RD, ...
    name        VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_section_code UNIQUE (catalog_id, code),
    CONSTRAINT fk_section_catalog FOREIGN KEY (catalog_id) REFERENCES plan_catalog (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id              BIGINT        NOT NULL,
    code                    VARCHAR(60)   NOT NULL,   -- globally unique: the API's programmeCode
    name                    VARCHAR(200)  NOT NULL,
    name_en                 VARCHAR(200)  NOT NULL,
    description             VARCHAR(2000) NULL,
    funding_mode            VARCHAR(30)   NOT NULL,   -- COMPETITIVE, CHALLENGE, RACE, STABLE, POST_SUBSIDY, LUMP_SUM, EQUITY, LOAN_SUBSIDY, RISK_COMPENSATION
    evaluation_class        VARCHAR(30)   NOT NULL,   -- BASIC, APPLIED, CONDITION_BUILDING
    max_pi_per_call         INT           NOT NULL DEFAULT 1,
    max_pi_per_section      INT           NOT NULL DEFAULT 2,
    max_as_member           INT           NOT NULL DEFAULT 3,
    max_age                 INT           NULL,       -- youth programmes: PI age at the call's close
    min_co_funding_ratio    DECIMAL(5,2)  NULL,       -- self-raised : grant, e.g. 1.00 = 1:1
    eligible_unit_types     VARCHAR(200)  NULL,       -- comma-separated organization types; NULL = all
    default_ceiling         DECIMAL(15,2) NULL,
    public_notice_days      INT           NOT NULL DEFAULT 7,
    call_approval_required  BOOLEAN       NOT NULL DEFAULT FALSE,
    active                  BOOLEAN       NOT NULL DEFAULT TRUE,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_code UNIQUE (code),
    CONSTRAINT fk_programme_section FOREIGN KEY (section_id) REFERENCES section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Progressive indirect-cost brackets over (direct costs - equipment purchase).
-- up_to NULL = no upper bound (the last bracket). Rates as fractions (0.3000 = 30 %).
CREATE TABLE indirect_cost_bracket (
    programme_id BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    up_to        DECIMAL(15,2) NULL,
    rate         DECIMAL(5,4)  NOT NULL,
    PRIMARY KEY (programme_id, seq),
    CONSTRAINT fk_bracket_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tranche schedule: shares sum to 1.0000.
CREATE TABLE tranche_rule (
    programme_id BIGINT       NOT NULL,
    no           INT          NOT NULL,
    share        DECIMAL(5,4) NOT NULL,
    release_condition VARCHAR(30) NOT NULL,           -- AT_CONTRACT, AFTER_MIDTERM, AFTER_ACCEPTANCE
    PRIMARY KEY (programme_id, no),
    CONSTRAINT fk_tranche_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
