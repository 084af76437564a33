-- Platform: jurisdictions, disciplines, organizations, accounts, API tokens.
-- All times are UTC in DATETIME(6); money is DECIMAL(15,2) yuan.

CREATE TABLE jurisdiction (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,   -- GB/T 2260 (650000) or XJBT, XJBT-03
    name         VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    level        VARCHAR(20)  NOT NULL,               -- REGION, PREFECTURE, COUNTY, CORPS, DIVISION
    parent_code  VARCHAR(20)  NULL,
    CONSTRAINT fk_jurisdiction_parent FOREIGN KEY (parent_code) REFERENCES jurisdiction (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discipline (
    code         VARCHAR(10)  NOT NULL PRIMARY KEY,   -- GB/T 13745: 3 digits, then 5, then 7
    name         VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NULL,
    parent_code  VARCHAR(10)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_discipline_parent FOREIGN KEY (parent_code) REFERENCES discipline (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    credit_code       VARCHAR(18)  NOT NULL,          -- 统一社会信用代码
    type              VARCHAR(20)  NOT NULL,
    jurisdiction_code VARCHAR(20)  NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_organization_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_organization_jurisdiction FOREIGN KEY (jurisdiction_code) REFERENCES jurisdiction (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    organization_id  BIGINT       NULL,
    birth_date       DATE         NULL,
    email            VARCHAR(200) NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_discipline (
    account_id      BIGINT      NOT NULL,
    discipline_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, discipline_code),
    CONSTRAINT fk_account_discipline_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_discipline_code FOREIGN KEY (discipline_code) REFERENCES discipline (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bearer tokens are opaque random strings; only their SHA-256 is stored.
CREATE TABLE api_token (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    issued_at   DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_api_token_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
