--liquibase formatted sql

--changeset activationdesk:051-screening-list-update-interrupted
-- An update stopped by a shutdown or a crash must not show as running forever: the instance that runs it writes
-- updated_at with every step (a heartbeat), a running update silent for longer than a few minutes reads as
-- interrupted, and a graceful shutdown records INTERRUPTED itself. The admin can then re-screen the rest.
ALTER TABLE screening_list_update ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE screening_list_update SET updated_at = started_at;
ALTER TABLE screening_list_update MODIFY updated_at DATETIME(6) NOT NULL;
ALTER TABLE screening_list_update DROP CONSTRAINT ck_screening_list_update_phase;
ALTER TABLE screening_list_update ADD CONSTRAINT ck_screening_list_update_phase
    CHECK (phase IN ('IMPORTING', 'RESCREENING', 'DONE', 'FAILED', 'INTERRUPTED'));
--rollback ALTER TABLE screening_list_update DROP CONSTRAINT ck_screening_list_update_phase;
--rollback ALTER TABLE screening_list_update ADD CONSTRAINT ck_screening_list_update_phase CHECK (phase IN ('IMPORTING', 'RESCREENING', 'DONE', 'FAILED'));
--rollback ALTER TABLE screening_list_update DROP COLUMN updated_at;
