--liquibase formatted sql

--changeset activationdesk:012-sla-working-seconds
-- Working time (business calendar, pauses excluded) from the SLA clock's start to its stop, set when it stops.
-- The dashboards take the weekly median of it in SQL; the calendar itself cannot be computed in SQL.
ALTER TABLE activation_request ADD COLUMN sla_working_seconds BIGINT NULL;
--rollback ALTER TABLE activation_request DROP COLUMN sla_working_seconds;

--changeset activationdesk:012-dashboard-indexes
-- Found with the dashboard benchmark (README): every dashboard number is a GROUP BY or a range count that must
-- be answered from an index alone. Each index starts with the columns of a data scope or a range and carries
-- the grouped columns, so no table row is read.
-- partner: requests per status, invitations by expiry
CREATE INDEX ix_request_partner_status ON activation_request (partner_id, status, invitation_expires_at);
-- distributor, CAM/DAM: requests per status (and SLA phase), oldest submission first
CREATE INDEX ix_request_distributor_status ON activation_request (distributor_id, status, submitted_at);
CREATE INDEX ix_request_manager_status ON activation_request (responsible_manager_id, status, sla_phase, submitted_at);
-- CAM/DAM: requests per partner submitted in the last days
CREATE INDEX ix_request_manager_submitted ON activation_request (responsible_manager_id, submitted_at, partner_id);
-- Cloud Ops: SLA performance per week of the invitation (verdict and working time read from the index)
CREATE INDEX ix_request_invited ON activation_request (invitation_sent_at, sla_phase, sla_working_seconds, reached_cloud_ops_at);
-- Cloud Ops: the queue per SLA state and the clocks due next; resend requests and invitations about to expire.
-- Both replace an index of 002 by one that also carries the Cloud Ops scope column, so no row is read. The primary
-- key is named right after the sorted column so that the grid's order "due/expiry, then id" still comes from the index.
DROP INDEX ix_request_sla_due ON activation_request;
CREATE INDEX ix_request_sla_due ON activation_request (sla_phase, sla_due_at, id, sla_at_risk_at, reached_cloud_ops_at);
DROP INDEX ix_request_invitation_expiry ON activation_request;
CREATE INDEX ix_request_invitation_expiry ON activation_request (status, invitation_expires_at, id, reached_cloud_ops_at);
-- admin: activations per month
CREATE INDEX ix_request_activated ON activation_request (activated_at);
--rollback DROP INDEX ix_request_sla_due ON activation_request; CREATE INDEX ix_request_sla_due ON activation_request (sla_phase, sla_due_at); DROP INDEX ix_request_invitation_expiry ON activation_request; CREATE INDEX ix_request_invitation_expiry ON activation_request (status, invitation_expires_at); DROP INDEX ix_request_partner_status ON activation_request; DROP INDEX ix_request_distributor_status ON activation_request; DROP INDEX ix_request_manager_status ON activation_request; DROP INDEX ix_request_manager_submitted ON activation_request; DROP INDEX ix_request_invited ON activation_request; DROP INDEX ix_request_activated ON activation_request;

--changeset activationdesk:012-request-total
-- The admin's totals per status, platform and country cover every request: counted live, that is a scan of the
-- whole table (about 200 ms per million rows on the benchmark machine, too slow for the dashboard's 300 ms).
-- So they are kept here, by the triggers below, in the same transaction as each change of a request: exact at any
-- snapshot, and read as a few hundred rows. Key columns cannot be NULL: '' stands for "no platform/country yet".
CREATE TABLE request_total (
    status   VARCHAR(30) NOT NULL,
    platform VARCHAR(30) NOT NULL,
    country  VARCHAR(2)  NOT NULL,
    requests BIGINT      NOT NULL,
    PRIMARY KEY (status, platform, country)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO request_total (status, platform, country, requests)
SELECT status, COALESCE(platform, ''), COALESCE(country, ''), COUNT(*) FROM activation_request
GROUP BY status, COALESCE(platform, ''), COALESCE(country, '');
--rollback DROP TABLE request_total;

--changeset activationdesk:012-request-total-insert splitStatements:false
-- Each trigger is its own changeset with splitStatements:false (see 003 for why, and for the binary-log privilege).
CREATE TRIGGER trg_request_total_insert AFTER INSERT ON activation_request FOR EACH ROW
    INSERT INTO request_total (status, platform, country, requests)
    VALUES (NEW.status, COALESCE(NEW.platform, ''), COALESCE(NEW.country, ''), 1)
    ON DUPLICATE KEY UPDATE requests = requests + 1
--rollback DROP TRIGGER trg_request_total_insert

--changeset activationdesk:012-request-total-update splitStatements:false
-- A move between two totals locks both rows in key order, whichever way it goes, so two transactions moving
-- requests between the same two totals in opposite directions wait for each other instead of deadlocking.
CREATE TRIGGER trg_request_total_update AFTER UPDATE ON activation_request FOR EACH ROW
BEGIN
    DECLARE old_platform VARCHAR(30) DEFAULT COALESCE(OLD.platform, '');
    DECLARE old_country VARCHAR(2) DEFAULT COALESCE(OLD.country, '');
    DECLARE new_platform VARCHAR(30) DEFAULT COALESCE(NEW.platform, '');
    DECLARE new_country VARCHAR(2) DEFAULT COALESCE(NEW.country, '');
    IF (OLD.status, old_platform, old_country) < (NEW.status, new_platform, new_country) THEN
        UPDATE request_total SET requests = requests - 1
        WHERE status = OLD.status AND platform = old_platform AND country = old_country;
        INSERT INTO request_total (status, platform, country, requests) VALUES (NEW.status, new_platform, new_country, 1)
        ON DUPLICATE KEY UPDATE requests = requests + 1;
    ELSEIF (OLD.status, old_platform, old_country) > (NEW.status, new_platform, new_country) THEN
        INSERT INTO request_total (status, platform, country, requests) VALUES (NEW.status, new_platform, new_country, 1)
        ON DUPLICATE KEY UPDATE requests = requests + 1;
        UPDATE request_total SET requests = requests - 1
        WHERE status = OLD.status AND platform = old_platform AND country = old_country;
    END IF;
END
--rollback DROP TRIGGER trg_request_total_update

--changeset activationdesk:012-request-total-delete splitStatements:false
CREATE TRIGGER trg_request_total_delete AFTER DELETE ON activation_request FOR EACH ROW
    UPDATE request_total SET requests = requests - 1
    WHERE status = OLD.status AND platform = COALESCE(OLD.platform, '') AND country = COALESCE(OLD.country, '')
--rollback DROP TRIGGER trg_request_total_delete
