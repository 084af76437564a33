-- Calls for proposals (申报指南): one per programme round, with its window, money and rubric.

CREATE TABLE grant_call (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_code              VARCHAR(60)   NOT NULL,
    funding_mode                VARCHAR(30)   NOT NULL,     -- copied from the programme when the call is made
    title                       VARCHAR(300)  NOT NULL,
    guide                       TEXT          NULL,         -- the guide text (指南正文)
    opens_at                    DATETIME(6)   NOT NULL,
    closes_at                   DATETIME(6)   NOT NULL,
    ceiling                     DECIMAL(15,2) NOT NULL,     -- per application
    total_budget                DECIMAL(15,2) NOT NULL,
    reviewers_per_application   INT           NOT NULL,
    max_per_expert              INT           NULL,
    challenge_problem           TEXT          NULL,         -- CHALLENGE (揭榜挂帅): the published problem
    challenge_bounty            DECIMAL(15,2) NULL,         -- and its bounty
    race_teams                  INT           NULL,         -- RACE (赛马制): teams funded in parallel
    status                      VARCHAR(20)   NOT NULL,     -- DRAFT, PENDING_APPROVAL, OPEN, CLOSED
    created_by                  VARCHAR(64)   NOT NULL,
    created_at                  DATETIME(6)   NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_grant_call_programme FOREIGN KEY (programme_code) REFERENCES programme (code),
    INDEX ix_grant_call_status (status, closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_rubric_criterion (
    call_id    BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    weight     INT          NOT NULL,                     -- whole percent; the weights of a call sum to 100
    max_score  INT          NOT NULL,
    PRIMARY KEY (call_id, seq),
    CONSTRAINT fk_rubric_call FOREIGN KEY (call_id) REFERENCES grant_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_topic (
    call_id  BIGINT        NOT NULL,
    seq      INT           NOT NULL,
    topic    VARCHAR(300)  NOT NULL,
    PRIMARY KEY (call_id, seq),
    CONSTRAINT fk_topic_call FOREIGN KEY (call_id) REFERENCES grant_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
