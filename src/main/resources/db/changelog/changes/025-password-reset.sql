--liquibase formatted sql

--changeset activationdesk:025-password-reset
-- One row per "forgot password" link. As with invitation links (005) only the SHA-256 of the token is stored.
-- A link is used once; a newer link or a password change makes the older ones unusable (used_at set).
CREATE TABLE password_reset (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, -- lower-case hex
    created_at DATETIME(6) NOT NULL, -- UTC
    expires_at DATETIME(6) NOT NULL, -- UTC
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_password_reset_token_hash CHECK (token_hash REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_password_reset_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- "the open links of this user" (ended by a newer link or a password change) and "requested lately"
CREATE INDEX ix_password_reset_user ON password_reset (user_id, used_at, created_at);
--rollback DROP TABLE password_reset;
