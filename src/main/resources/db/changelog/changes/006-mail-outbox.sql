--liquibase formatted sql

--changeset activationdesk:006-mail-outbox
-- Transactional outbox: a mail is written in the transaction of the business change that causes it, already
-- rendered (subject, text, HTML), and sent later by the delivery job, so a retry sends exactly the same mail.
-- request_id has no foreign key on purpose: the mail log must outlive anything that happens to the request.
CREATE TABLE mail_outbox (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key   VARCHAR(200)  NOT NULL, -- a second enqueue with the same key is ignored
    recipient         VARCHAR(254)  NOT NULL,
    locale            VARCHAR(10)   NOT NULL,
    subject           VARCHAR(500)  NOT NULL,
    body_text         TEXT          NOT NULL,
    body_html         MEDIUMTEXT    NOT NULL,
    request_id        BIGINT        NULL,
    request_reference VARCHAR(20),
    status            VARCHAR(10)   NOT NULL, -- PENDING, SENT, FAILED (gave up after the maximum attempts)
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NOT NULL, -- UTC, like every DATETIME here
    sending_until     DATETIME(6)   NULL,     -- lease of the delivery run that claimed the row
    last_error        VARCHAR(1000),
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    message_id        VARCHAR(200)  NOT NULL, -- derived from the idempotency key: the same on every attempt
    CONSTRAINT uk_mail_outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the delivery job's "due now" scan; the mail log (newest first) and the mails of one request
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
CREATE INDEX ix_mail_outbox_request ON mail_outbox (request_id);
--rollback DROP TABLE mail_outbox;
