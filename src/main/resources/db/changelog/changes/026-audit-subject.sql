--liquibase formatted sql

--changeset activationdesk:026-audit-subject-unlock splitStatements:false
-- The existing rows get their subject (the request they describe) with one UPDATE: the append-only trigger of 003
-- is lifted for it and put back, unchanged, by the last changeset of this file.
DROP TRIGGER trg_audit_entry_no_update
--rollback CREATE TRIGGER trg_audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'

--changeset activationdesk:026-audit-subject
-- Admin changes (users, organisations, the Unify Video register, mail retries) are audited next to requests: each
-- entry names its subject by type, id and a label copied at the time (an e-mail, a name, a file name), so the log
-- stays readable after the subject was renamed. request_id stays the key of a request's timeline and is set for
-- request entries only; every existing row is a request entry.
ALTER TABLE audit_entry
    ADD COLUMN subject_type  VARCHAR(20)  NOT NULL DEFAULT 'REQUEST' AFTER id,
    ADD COLUMN subject_id    BIGINT       NULL AFTER subject_type, -- NULL: the subject has no row (the register)
    ADD COLUMN subject_label VARCHAR(254) NULL AFTER subject_id,
    MODIFY request_id BIGINT NULL;
UPDATE audit_entry SET subject_id = request_id, subject_label = request_reference;
ALTER TABLE audit_entry
    ALTER subject_type DROP DEFAULT,
    ADD CONSTRAINT ck_audit_entry_subject_type
        CHECK (subject_type IN ('REQUEST', 'USER', 'ORGANIZATION', 'REGISTER', 'MAIL')),
    ADD CONSTRAINT ck_audit_entry_request_subject
        CHECK ((subject_type = 'REQUEST') = (request_id IS NOT NULL)
               AND (subject_type <> 'REQUEST' OR subject_id = request_id));
-- The log's text filter is a prefix of the label (a request's reference, an e-mail, a name) for every subject.
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, occurred_at);
CREATE INDEX ix_audit_entry_label ON audit_entry (subject_label, occurred_at);
DROP INDEX ix_audit_entry_reference ON audit_entry;
--rollback CREATE INDEX ix_audit_entry_reference ON audit_entry (request_reference, occurred_at);
--rollback DROP INDEX ix_audit_entry_label ON audit_entry;
--rollback DROP INDEX ix_audit_entry_subject ON audit_entry;
--rollback ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_request_subject, DROP CONSTRAINT ck_audit_entry_subject_type, DROP COLUMN subject_label, DROP COLUMN subject_id, DROP COLUMN subject_type, MODIFY request_id BIGINT NOT NULL;

--changeset activationdesk:026-audit-subject-relock splitStatements:false
CREATE TRIGGER trg_audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'
--rollback DROP TRIGGER trg_audit_entry_no_update
