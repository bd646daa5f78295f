--liquibase formatted sql

--changeset activationdesk:024-app-user-login-protection
-- Per account: consecutive failed logins (forgotten after a quiet period or a successful login), the lock they
-- caused, and whether the password was set by someone else (admin, bootstrap) and must be changed at the next
-- login. Written without touching app_user.version, so a failed login never makes an admin's form stale.
ALTER TABLE app_user
    ADD COLUMN failed_logins            INT         NOT NULL DEFAULT 0,
    ADD COLUMN last_failed_login_at     DATETIME(6) NULL, -- UTC
    ADD COLUMN locked_until             DATETIME(6) NULL, -- UTC; locked while in the future
    ADD COLUMN password_change_required BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_app_user_failed_logins CHECK (failed_logins >= 0);
-- the admins' "locked" filter
CREATE INDEX ix_app_user_locked_until ON app_user (locked_until);
--rollback DROP INDEX ix_app_user_locked_until ON app_user;
--rollback ALTER TABLE app_user DROP CONSTRAINT ck_app_user_failed_logins, DROP COLUMN password_change_required, DROP COLUMN locked_until, DROP COLUMN last_failed_login_at, DROP COLUMN failed_logins;

--changeset activationdesk:024-login-address-throttle
-- Per client address: failed logins whatever the account (also unknown e-mails), so one address cannot try
-- many accounts. In the database, so every instance behind a load balancer counts the same attempts.
CREATE TABLE login_address_throttle (
    address         VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY, -- IPv6 at most 45
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL, -- UTC
    locked_until    DATETIME(6) NULL,     -- UTC
    CONSTRAINT ck_login_address_throttle_failures CHECK (failures >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE login_address_throttle;
