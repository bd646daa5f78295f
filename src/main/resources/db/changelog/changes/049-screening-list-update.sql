--liquibase formatted sql

--changeset activationdesk:049-screening-list-update
-- The progress of each sanctions list update (import, then re-screening n of m), written by the instance that runs
-- it and read by the admin view on any instance. One row per update; the latest row is what the view shows.
-- The imported version's figures are read from screening_list_version (version_id); error arguments are kept with
-- their type (see ListUpdateLog), so a message with a number format still formats them.
CREATE TABLE screening_list_update (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    phase             VARCHAR(12)   NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    origin            VARCHAR(1000) NOT NULL,
    started_at        DATETIME(6)   NOT NULL,
    version_id        BIGINT        NULL,
    warnings          MEDIUMTEXT    NULL,
    error_key         VARCHAR(100)  NULL,
    error_arguments   VARCHAR(4000) NULL,
    rescreened        INT           NOT NULL,
    to_rescreen       INT           NOT NULL,
    new_tenant_alerts INT           NOT NULL,
    CONSTRAINT ck_screening_list_update_phase CHECK (phase IN ('IMPORTING', 'RESCREENING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE screening_list_update;
