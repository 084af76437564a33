-- Notifications (通知): one row per observed decision event and recipient, written by the mailer
-- (MDB) before it sends. The unique event key makes a redelivered JMS message a no-op; the row keeps
-- what was sent to whom, or why not (FAILED with the error, NO_ADDRESS when the PI has no email).

CREATE TABLE notification (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key             VARCHAR(64)   NOT NULL,     -- the identity of the observed event (carried by the JMS message)
    kind                  VARCHAR(40)   NOT NULL,     -- SUBMITTED, ENDORSED, RETURNED_BY_UNIT, ACCEPTED, …
    application_id        BIGINT        NOT NULL,
    action                VARCHAR(60)   NOT NULL,     -- the DomainEvent action, e.g. APPLICATION_ENDORSEMENT
    decision              VARCHAR(20)   NULL,         -- ENDORSE, RETURN, ACCEPT, … (none for submission, withdrawal)
    comment               VARCHAR(2000) NULL,         -- the decision's reasons as given
    occurred_at           DATETIME(6)   NOT NULL,     -- when the decision was committed
    recipient_account_id  BIGINT        NULL,
    email                 VARCHAR(254)  NULL,
    subject               VARCHAR(500)  NULL,
    status                VARCHAR(20)   NOT NULL,     -- SENDING, SENT, FAILED, NO_ADDRESS
    attempts              INT           NOT NULL DEFAULT 0,
    redeliveries          INT           NOT NULL DEFAULT 0,  -- copies of the message received after the first, ignored
    error                 VARCHAR(1000) NULL,
    created_at            DATETIME(6)   NOT NULL,
    sent_at               DATETIME(6)   NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_notification_event UNIQUE (event_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_account_id) REFERENCES account (id),
    INDEX ix_notification_recipient (recipient_account_id, created_at),
    INDEX ix_notification_application (application_id),
    INDEX ix_notification_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
