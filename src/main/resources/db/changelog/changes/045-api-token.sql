--liquibase formatted sql

--changeset activationdesk:045-api-token
-- Partner API tokens (docs/api.md). A token acts as its technical user (same role, organisation, data scope); only
-- the SHA-256 of the secret is stored, so a leaked table reveals no usable token. The prefix (the first characters
-- of the secret, shown in lists and audit entries) identifies a token without revealing it.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL, -- hex SHA-256 of the whole secret
    scopes       VARCHAR(20)  NOT NULL, -- READ or READ_WRITE
    created_at   DATETIME(6)  NOT NULL, -- UTC, like every DATETIME here
    created_by   VARCHAR(254) NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_api_token_scopes CHECK (scopes IN ('READ', 'READ_WRITE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_created ON api_token (created_at);
--rollback DROP TABLE api_token;
