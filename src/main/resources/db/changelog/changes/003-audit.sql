--liquibase formatted sql

--changeset activationdesk:003-audit-entry
-- Append-only audit trail of requests. request_id has no foreign key on purpose: the request table belongs to
-- another changeset, and an audit row must outlive anything that happens to the request it describes. Actor
-- fields are copies taken at the time of the action, not references, for the same reason.
CREATE TABLE audit_entry (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id              BIGINT       NOT NULL,
    request_reference       VARCHAR(20),
    occurred_at             DATETIME(6)  NOT NULL, -- UTC (hibernate.jdbc.time_zone=UTC)
    actor_user_id           BIGINT       NULL,     -- NULL for SYSTEM and INVITEE
    actor_email             VARCHAR(254),
    actor_role              VARCHAR(20)  NOT NULL,
    actor_organization_id   BIGINT,
    actor_organization_name VARCHAR(200),
    action                  VARCHAR(40)  NOT NULL,
    from_status             VARCHAR(30),
    to_status               VARCHAR(30),
    comment                 TEXT,
    changes                 TEXT,                  -- JSON array of {"field", "old", "new"}; NULL = no field changed
    CONSTRAINT ck_audit_entry_changes_json CHECK (changes IS NULL OR JSON_VALID(changes))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_request ON audit_entry (request_id, id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_email, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_entry_reference ON audit_entry (request_reference, occurred_at);
--rollback DROP TABLE audit_entry;

--changeset activationdesk:003-audit-entry-no-update splitStatements:false
-- Why triggers: the application never updates or deletes audit entries (immutable entity, no delete method),
-- but that only binds our own code. The triggers make the database itself refuse UPDATE and DELETE on the table
-- from any client, script or future code path, in every transaction, so a wrong or malicious statement cannot
-- rewrite history silently. They cannot stop TRUNCATE or DROP TABLE (DDL fires no trigger); that needs a
-- database account without DROP privilege. Each trigger is its own changeset with splitStatements:false, so
-- Liquibase sends the CREATE TRIGGER as one statement. With binary logging on, MariaDB may require SUPER or
-- log_bin_trust_function_creators=1 for the account that runs Liquibase to create triggers.
CREATE TRIGGER trg_audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'
--rollback DROP TRIGGER trg_audit_entry_no_update

--changeset activationdesk:003-audit-entry-no-delete splitStatements:false
CREATE TRIGGER trg_audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'
--rollback DROP TRIGGER trg_audit_entry_no_delete
