--liquibase formatted sql

--changeset activationdesk:047-webhook
-- Webhooks (docs/api.md): endpoints an organisation registers, and one delivery row per event and endpoint,
-- written in the transaction of the change that causes the event (the outbox pattern of mail_outbox) and sent by a
-- job with retries. The secret signs the deliveries (HMAC-SHA256), so it is kept as given, not hashed.
CREATE TABLE webhook_endpoint (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    url             VARCHAR(500)  NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    event_types     VARCHAR(500)  NOT NULL, -- comma-separated stable names, e.g. request.submitted
    enabled         BOOLEAN       NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_webhook_endpoint_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_webhook_endpoint_organization ON webhook_endpoint (organization_id, enabled);

CREATE TABLE webhook_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id         CHAR(36)      NOT NULL, -- the same on every attempt and redelivery: receivers de-duplicate by it
    endpoint_id      BIGINT        NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    request_id       BIGINT        NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL, -- PENDING, DELIVERED, FAILED (gave up after the maximum attempts)
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_status_code INT           NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6)   NULL,
    CONSTRAINT uk_webhook_delivery_event UNIQUE (event_id, endpoint_id),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id),
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the job's "due now" scan, the order per request and the log per endpoint (newest first)
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_request ON webhook_delivery (endpoint_id, request_id, status, id);
--rollback DROP TABLE webhook_delivery; DROP TABLE webhook_endpoint;
