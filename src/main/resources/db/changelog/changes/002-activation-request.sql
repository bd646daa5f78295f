--liquibase formatted sql

--changeset activationdesk:002-request-reference-sequence
-- Source of the human-readable reference UP-<year>-<number>; a sequence never hands out a number twice.
CREATE SEQUENCE request_reference_seq START WITH 1 INCREMENT BY 1;
--rollback DROP SEQUENCE request_reference_seq;

--changeset activationdesk:002-activation-request
CREATE TABLE activation_request (
    id                             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                        BIGINT        NOT NULL DEFAULT 0,
    reference                      VARCHAR(20)   NOT NULL,
    status                         VARCHAR(30)   NOT NULL,
    -- end customer
    customer_name                  VARCHAR(200),
    customer_other_names           VARCHAR(500),
    street                         VARCHAR(200),
    postal_code                    VARCHAR(20),
    city                           VARCHAR(100),
    country                        VARCHAR(2),
    vat_or_registration_number     VARCHAR(50),
    industry                       VARCHAR(100),
    intended_use                   VARCHAR(2000),
    website                        VARCHAR(200),
    customer_name_normalized       VARCHAR(200),
    vat_normalized                 VARCHAR(50),
    -- tenant administrator
    admin_first_name               VARCHAR(100),
    admin_last_name                VARCHAR(100),
    admin_email                    VARCHAR(254),
    admin_phone                    VARCHAR(20),
    admin_language                 VARCHAR(2),
    -- platform
    platform                       VARCHAR(30),
    platform_version               VARCHAR(50),
    licensing                      VARCHAR(30),
    planned_users                  INT,
    planned_rollout_date           DATE,
    declaration_no_unify_video     BOOLEAN       NOT NULL DEFAULT FALSE,
    declaration_data_correct       BOOLEAN       NOT NULL DEFAULT FALSE,
    -- routing
    partner_id                     BIGINT        NOT NULL,
    partner_tier                   VARCHAR(10)   NOT NULL,
    distributor_id                 BIGINT,
    responsible_manager_id         BIGINT,
    created_by_id                  BIGINT        NOT NULL,
    created_at                     DATETIME(6)   NOT NULL,
    updated_at                     DATETIME(6)   NOT NULL,
    submitted_at                   DATETIME(6),
    reached_cloud_ops_at           DATETIME(6),
    last_comment                   VARCHAR(2000),
    export_control_confirmed_at    DATETIME(6),
    export_control_confirmed_by_id BIGINT,
    tenant_id                      VARCHAR(64),
    -- SLA clock (Cloud Ops, business calendar); the instants are fixed when the clock starts or resumes
    sla_phase                      VARCHAR(10),
    sla_started_at                 DATETIME(6),
    sla_due_at                     DATETIME(6),
    sla_at_risk_at                 DATETIME(6),
    sla_paused_at                  DATETIME(6),
    sla_stopped_at                 DATETIME(6),
    sla_remaining_seconds          BIGINT,
    -- link clock (current invitation, 72 h wall-clock)
    invitation_sent_at             DATETIME(6),
    invitation_expires_at          DATETIME(6),
    -- activation
    activated_at                   DATETIME(6),
    terms_version                  VARCHAR(20),
    terms_accepted_at              DATETIME(6),
    customer_organization_id       BIGINT,
    CONSTRAINT uk_activation_request_reference UNIQUE (reference),
    CONSTRAINT fk_activation_request_partner FOREIGN KEY (partner_id) REFERENCES organization (id),
    CONSTRAINT fk_activation_request_distributor FOREIGN KEY (distributor_id) REFERENCES organization (id),
    CONSTRAINT fk_activation_request_manager FOREIGN KEY (responsible_manager_id) REFERENCES app_user (id),
    CONSTRAINT fk_activation_request_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_activation_request_customer FOREIGN KEY (customer_organization_id) REFERENCES organization (id),
    CONSTRAINT ck_activation_request_status CHECK (status IN ('DRAFT', 'AT_DISTRIBUTOR', 'IN_REVIEW', 'RETURNED',
        'AT_CLOUD_OPS', 'INVITATION_SENT', 'INVITATION_EXPIRED', 'RESEND_REQUESTED', 'ACTIVATED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_activation_request_tier CHECK (partner_tier IN ('TIER_1', 'TIER_2')),
    -- Partners never reach Cloud Ops directly: a request at Cloud Ops was forwarded after the export-control check.
    CONSTRAINT ck_activation_request_cloud_ops CHECK (reached_cloud_ops_at IS NULL OR export_control_confirmed_at IS NOT NULL),
    CONSTRAINT ck_activation_request_users CHECK (planned_users IS NULL OR planned_users BETWEEN 1 AND 100000),
    CONSTRAINT ck_activation_request_sla_phase CHECK (sla_phase IS NULL OR sla_phase IN ('RUNNING', 'PAUSED', 'MET', 'MISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- data scopes: partner, distributor, CAM/DAM, Cloud Ops, customer admin; each sorted by last change
CREATE INDEX ix_request_partner ON activation_request (partner_id, updated_at);
CREATE INDEX ix_request_distributor ON activation_request (distributor_id, submitted_at, updated_at);
CREATE INDEX ix_request_manager ON activation_request (responsible_manager_id, updated_at);
CREATE INDEX ix_request_cloud_ops ON activation_request (reached_cloud_ops_at, updated_at);
CREATE INDEX ix_request_customer ON activation_request (customer_organization_id);
CREATE INDEX ix_request_status ON activation_request (status, updated_at);
-- "which requests are AT_RISK / BREACHED now" is a range query on these, no recomputation job
CREATE INDEX ix_request_sla_due ON activation_request (sla_phase, sla_due_at);
CREATE INDEX ix_request_sla_at_risk ON activation_request (sla_phase, sla_at_risk_at);
CREATE INDEX ix_request_invitation_expiry ON activation_request (status, invitation_expires_at);
-- validation: administrator e-mail in use, duplicate customer
CREATE INDEX ix_request_admin_email ON activation_request (admin_email);
CREATE INDEX ix_request_vat ON activation_request (vat_normalized);
CREATE INDEX ix_request_customer_name ON activation_request (customer_name_normalized, country);
--rollback DROP TABLE activation_request;

--changeset activationdesk:002-unify-video-address
-- Addresses once used with Unify Video: they must never become a new tenant's administrator (vendor letter).
CREATE TABLE unify_video_address (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_unify_video_address_email UNIQUE (email),
    CONSTRAINT ck_unify_video_address_lower CHECK (email COLLATE utf8mb4_bin = LOWER(email) COLLATE utf8mb4_bin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE unify_video_address;
