--liquibase formatted sql

--changeset activationdesk:039-scope-status-move-collation splitStatements:false
-- request_scope_status_move (018) declared its status parameters without a collation, so they took the database's
-- default. On a database created with the server's default (utf8mb4_general_ci on MariaDB 10.11, e.g. through
-- createDatabaseIfNotExist) every UPDATE of activation_request then failed in the trigger: "Illegal mix of
-- collations (utf8mb4_unicode_ci,IMPLICIT) and (utf8mb4_general_ci,IMPLICIT)". Found by the load benchmark
-- (docs/load-benchmark.md); the embedded server hid it (its default is utf8mb4_unicode_ci). Same body, parameters
-- now in the table's collation, whatever the database's default.
CREATE OR REPLACE PROCEDURE request_scope_status_move(IN p_kind CHAR(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_old_id BIGINT, IN p_old_status VARCHAR(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_old_paused BOOLEAN,
    IN p_new_id BIGINT, IN p_new_status VARCHAR(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_new_paused BOOLEAN)
BEGIN
    DECLARE old_first BOOLEAN DEFAULT p_new_id IS NULL
        OR (p_old_id IS NOT NULL AND (p_old_id, p_old_status, p_old_paused) < (p_new_id, p_new_status, p_new_paused));
    IF NOT (p_old_id <=> p_new_id AND p_old_status <=> p_new_status AND p_old_paused <=> p_new_paused) THEN
        IF p_old_id IS NOT NULL AND old_first THEN
            UPDATE request_scope_status SET requests = requests - 1 WHERE scope_kind = p_kind
            AND scope_id = p_old_id AND status = p_old_status AND sla_paused = p_old_paused;
        END IF;
        IF p_new_id IS NOT NULL THEN
            INSERT INTO request_scope_status (scope_kind, scope_id, status, sla_paused, requests)
            VALUES (p_kind, p_new_id, p_new_status, p_new_paused, 1) ON DUPLICATE KEY UPDATE requests = requests + 1;
        END IF;
        IF p_old_id IS NOT NULL AND NOT old_first THEN
            UPDATE request_scope_status SET requests = requests - 1 WHERE scope_kind = p_kind
            AND scope_id = p_old_id AND status = p_old_status AND sla_paused = p_old_paused;
        END IF;
    END IF;
END

--changeset activationdesk:039-request-total-update-collation splitStatements:false
-- The same for the local variables of trg_request_total_update (012), compared with request_total's columns.
-- Replaced in place: still the first AFTER UPDATE trigger, so the lock order of 016's comment holds.
CREATE OR REPLACE TRIGGER trg_request_total_update AFTER UPDATE ON activation_request FOR EACH ROW
PRECEDES trg_request_activation_hour_update
BEGIN
    DECLARE old_platform VARCHAR(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT COALESCE(OLD.platform, '');
    DECLARE old_country VARCHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT COALESCE(OLD.country, '');
    DECLARE new_platform VARCHAR(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT COALESCE(NEW.platform, '');
    DECLARE new_country VARCHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT COALESCE(NEW.country, '');
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
