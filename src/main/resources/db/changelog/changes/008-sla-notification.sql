--liquibase formatted sql

--changeset activationdesk:008-sla-notification
-- One row per SLA alert sent: the primary key makes "each clock alerts once per kind" a database fact, also
-- with several instances. A resend starts a new clock (new sla_started_at), so it may alert again.
CREATE TABLE sla_notification (
    request_id       BIGINT      NOT NULL,
    clock_started_at DATETIME(6) NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    notified_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (request_id, clock_started_at, kind),
    CONSTRAINT fk_sla_notification_request FOREIGN KEY (request_id) REFERENCES activation_request (id),
    CONSTRAINT ck_sla_notification_kind CHECK (kind IN ('AT_RISK', 'BREACHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sla_notification;
