--liquibase formatted sql

--changeset activationdesk:020-request-co-admin-activated-only splitStatements:false
-- The partner's co-administration count (019) relies on co-administrators existing only on activated tenants.
-- The workflow allows adding them only there; the database now refuses anything else as well.
DROP TRIGGER trg_request_co_admin_partner;
--rollback CREATE TRIGGER trg_request_co_admin_partner BEFORE INSERT ON request_co_admin FOR EACH ROW SET NEW.partner_id = (SELECT r.partner_id FROM activation_request r WHERE r.id = NEW.request_id)

--changeset activationdesk:020-request-co-admin-activated-only-trigger splitStatements:false
CREATE TRIGGER trg_request_co_admin_partner BEFORE INSERT ON request_co_admin FOR EACH ROW
BEGIN
    DECLARE request_partner BIGINT;
    DECLARE request_status VARCHAR(30);
    SELECT r.partner_id, r.status INTO request_partner, request_status FROM activation_request r WHERE r.id = NEW.request_id;
    IF request_status IS NULL OR request_status <> 'ACTIVATED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Co-administrators only on activated tenants';
    END IF;
    SET NEW.partner_id = request_partner;
END
--rollback DROP TRIGGER trg_request_co_admin_partner
