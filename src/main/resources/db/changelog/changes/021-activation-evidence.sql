--liquibase formatted sql

--changeset activationdesk:021-activation-evidence
-- The evidence of the terms' acceptance next to its version (002): a SHA-256 hash of the text shown, and the
-- client's address (IPv6 at most 45 characters) and browser. NULL on tenants activated before this change.
ALTER TABLE activation_request
    ADD COLUMN terms_hash                CHAR(64) NULL AFTER terms_accepted_at,
    ADD COLUMN activation_client_address VARCHAR(45) NULL AFTER terms_hash,
    ADD COLUMN activation_user_agent     VARCHAR(500) NULL AFTER activation_client_address;
--rollback ALTER TABLE activation_request DROP COLUMN activation_user_agent, DROP COLUMN activation_client_address, DROP COLUMN terms_hash;
