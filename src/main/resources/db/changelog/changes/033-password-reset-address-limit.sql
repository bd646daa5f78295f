--liquibase formatted sql

--changeset activationdesk:033-password-reset-address-limit
-- "Forgot password" requests per client address, whatever the e-mail typed (also unknown ones), in a fixed window:
-- one address cannot mail links to many accounts or probe addresses without end. In the database, so every
-- instance counts the same requests.
CREATE TABLE password_reset_address_limit (
    address           VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY, -- IPv6 at most 45
    requests          INT         NOT NULL,
    window_started_at DATETIME(6) NOT NULL, -- UTC
    CONSTRAINT ck_password_reset_address_limit_requests CHECK (requests >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE password_reset_address_limit;
