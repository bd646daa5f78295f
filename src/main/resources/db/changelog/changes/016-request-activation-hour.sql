--liquibase formatted sql

--changeset activationdesk:016-request-activation-hour
-- The admin's activations per month cover every activated request of 12 months: counted live, that is an index
-- range of several hundred thousand entries at a million requests (266 ms on the benchmark machine, nearly all of
-- the dashboard's 300 ms). So activations are counted here per hour, by the triggers below, in the same
-- transaction as each change of a request (as request_total, 012). Hours, not days: activated_hour holds UTC
-- wall-clock time like every column, and Europe/Berlin's offset is always whole hours, so the hours between two
-- Berlin midnights are exactly the activations of those Berlin days; 12 months are at most 8,784 rows.
CREATE TABLE request_activation_hour (
    activated_hour DATETIME NOT NULL PRIMARY KEY, -- UTC, minutes and seconds zero
    requests       BIGINT   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO request_activation_hour (activated_hour, requests)
SELECT DATE_FORMAT(activated_at, '%Y-%m-%d %H:00:00'), COUNT(*) FROM activation_request
WHERE activated_at IS NOT NULL GROUP BY 1;
--rollback DROP TABLE request_activation_hour;

--changeset activationdesk:016-request-activation-hour-insert splitStatements:false
-- Each trigger is its own changeset with splitStatements:false (see 003). FOLLOWS fixes what creation order
-- would give anyway: on every change of a request, request_total is written first, then this table.
CREATE TRIGGER trg_request_activation_hour_insert AFTER INSERT ON activation_request FOR EACH ROW
FOLLOWS trg_request_total_insert
    IF NEW.activated_at IS NOT NULL THEN
        INSERT INTO request_activation_hour (activated_hour, requests)
        VALUES (DATE_FORMAT(NEW.activated_at, '%Y-%m-%d %H:00:00'), 1)
        ON DUPLICATE KEY UPDATE requests = requests + 1;
    END IF
--rollback DROP TRIGGER trg_request_activation_hour_insert

--changeset activationdesk:016-request-activation-hour-update splitStatements:false
-- Only a change of the hour counts (DATE_FORMAT of NULL is NULL; <=> is NULL-safe): almost every update leaves
-- activated_at alone and ends at the first IF. A move between two hours locks both rows in key order, whichever
-- way it goes, so two transactions moving activations in opposite directions wait instead of deadlocking.
CREATE TRIGGER trg_request_activation_hour_update AFTER UPDATE ON activation_request FOR EACH ROW
FOLLOWS trg_request_total_update
BEGIN
    DECLARE old_hour DATETIME DEFAULT DATE_FORMAT(OLD.activated_at, '%Y-%m-%d %H:00:00');
    DECLARE new_hour DATETIME DEFAULT DATE_FORMAT(NEW.activated_at, '%Y-%m-%d %H:00:00');
    IF NOT (old_hour <=> new_hour) THEN
        IF old_hour IS NOT NULL AND (new_hour IS NULL OR old_hour < new_hour) THEN
            UPDATE request_activation_hour SET requests = requests - 1 WHERE activated_hour = old_hour;
        END IF;
        IF new_hour IS NOT NULL THEN
            INSERT INTO request_activation_hour (activated_hour, requests) VALUES (new_hour, 1)
            ON DUPLICATE KEY UPDATE requests = requests + 1;
        END IF;
        IF old_hour > new_hour THEN
            UPDATE request_activation_hour SET requests = requests - 1 WHERE activated_hour = old_hour;
        END IF;
    END IF;
END
--rollback DROP TRIGGER trg_request_activation_hour_update

--changeset activationdesk:016-request-activation-hour-delete splitStatements:false
-- Without an activation, OLD's hour is NULL and matches no row.
CREATE TRIGGER trg_request_activation_hour_delete AFTER DELETE ON activation_request FOR EACH ROW
FOLLOWS trg_request_total_delete
    UPDATE request_activation_hour SET requests = requests - 1
    WHERE activated_hour = DATE_FORMAT(OLD.activated_at, '%Y-%m-%d %H:00:00')
--rollback DROP TRIGGER trg_request_activation_hour_delete
