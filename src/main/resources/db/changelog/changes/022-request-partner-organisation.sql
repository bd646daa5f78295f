--liquibase formatted sql

--changeset activationdesk:022-request-partner-organisation
-- A request's partner is a PARTNER organisation; the database refuses any other, as it refuses a user whose role
-- does not fit the organisation (001): the constant type column joins the foreign key to organization (id, type).
-- The application never writes the column, its default fills it. (The grid benchmark once seeded every request at
-- the vendor organisation, and the database accepted it.)
ALTER TABLE activation_request
    ADD COLUMN partner_type VARCHAR(20) NOT NULL DEFAULT 'PARTNER',
    ADD CONSTRAINT ck_activation_request_partner_type CHECK (partner_type = 'PARTNER'),
    ADD CONSTRAINT fk_activation_request_partner_type FOREIGN KEY (partner_id, partner_type)
        REFERENCES organization (id, type);
--rollback ALTER TABLE activation_request DROP FOREIGN KEY fk_activation_request_partner_type, DROP CONSTRAINT ck_activation_request_partner_type, DROP COLUMN partner_type;
