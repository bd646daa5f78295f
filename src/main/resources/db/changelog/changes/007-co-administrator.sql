--liquibase formatted sql

--changeset activationdesk:007-request-co-admin
-- Partner users the end customer allowed to help administer its tenant. The history (who added or removed whom,
-- with which consent note) is in the audit trail; this table holds the current state only.
CREATE TABLE request_co_admin (
    request_id       BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    added_at         DATETIME(6)   NOT NULL, -- UTC
    added_by_user_id BIGINT        NOT NULL, -- the customer admin, or Cloud Ops acting on documented consent
    consent_note     VARCHAR(2000),
    PRIMARY KEY (request_id, user_id),
    CONSTRAINT fk_request_co_admin_request FOREIGN KEY (request_id) REFERENCES activation_request (id),
    CONSTRAINT fk_request_co_admin_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_request_co_admin_added_by FOREIGN KEY (added_by_user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- "is this partner user a co-administrator anywhere"
CREATE INDEX ix_request_co_admin_user ON request_co_admin (user_id);
--rollback DROP TABLE request_co_admin;
