--liquibase formatted sql

--changeset activationdesk:046-api-idempotency
-- The first answer to a create or an action sent with an Idempotency-Key, stored in the transaction of the change
-- itself: a retry with the same key gets this answer back, and two concurrent calls with one key cannot both
-- change the request (the second insert fails on the unique key and its transaction, change included, rolls back).
CREATE TABLE api_idempotency (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_id        BIGINT        NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    operation       VARCHAR(200)  NOT NULL, -- method and path: the same key on another call is refused
    status_code     INT           NOT NULL,
    etag            VARCHAR(40)   NULL,
    location        VARCHAR(200)  NULL,
    body            MEDIUMTEXT    NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_api_idempotency UNIQUE (token_id, idempotency_key),
    CONSTRAINT fk_api_idempotency_token FOREIGN KEY (token_id) REFERENCES api_token (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_api_idempotency_created ON api_idempotency (created_at);
--rollback DROP TABLE api_idempotency;
