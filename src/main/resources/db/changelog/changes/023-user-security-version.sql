--liquibase formatted sql

--changeset activationdesk:023-user-security-version
-- The account's security stamp: raised when an admin disables the user, changes role, organisation or e-mail,
-- or a password is reset or changed. Each logged-in session carries the stamp it started with; a request whose
-- stamp no longer matches ends that session, on every instance, since all of them read the same row.
ALTER TABLE app_user ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0 AFTER enabled;
--rollback ALTER TABLE app_user DROP COLUMN security_version;
