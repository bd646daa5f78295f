--liquibase formatted sql

--changeset activationdesk:005-invitation
-- One row per invitation link sent for a request. Only the SHA-256 of the link's token is stored: whoever reads
-- the database cannot activate a tenant. A resend supersedes the earlier links; a used link stays used.
CREATE TABLE invitation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT       NOT NULL,
    token_hash         CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, -- lower-case hex
    recipient_email    VARCHAR(254) NOT NULL,
    sent_at            DATETIME(6)  NOT NULL, -- UTC
    expires_at         DATETIME(6)  NOT NULL, -- sent_at + 72 h wall-clock (LinkClock)
    used_at            DATETIME(6),
    superseded_at      DATETIME(6),
    superseded_by_id   BIGINT,
    created_by_user_id BIGINT,                -- the Cloud Ops user who sent it; NULL if no user was logged in
    CONSTRAINT uk_invitation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitation_request FOREIGN KEY (request_id) REFERENCES activation_request (id),
    CONSTRAINT fk_invitation_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES invitation (id),
    CONSTRAINT fk_invitation_created_by FOREIGN KEY (created_by_user_id) REFERENCES app_user (id),
    CONSTRAINT ck_invitation_token_hash CHECK (token_hash REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_invitation_expiry CHECK (expires_at > sent_at),
    CONSTRAINT ck_invitation_superseded CHECK ((superseded_at IS NULL) = (superseded_by_id IS NULL)),
    -- a link is either used or replaced, never both
    CONSTRAINT ck_invitation_used_or_superseded CHECK (used_at IS NULL OR superseded_at IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- "the open links of this request", read when a resend supersedes them
CREATE INDEX ix_invitation_request ON invitation (request_id, superseded_at, used_at);
--rollback DROP TABLE invitation;
