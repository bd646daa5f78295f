--liquibase formatted sql

--changeset activationdesk:010-saved-filter
CREATE TABLE saved_filter (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT        NOT NULL,
    name    VARCHAR(80)   NOT NULL,
    query   VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_saved_filter_user_name UNIQUE (user_id, name),
    CONSTRAINT fk_saved_filter_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE saved_filter;
