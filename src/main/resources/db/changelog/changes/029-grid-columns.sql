--liquibase formatted sql

--changeset activationdesk:029-grid-columns
-- Each user's request grid columns (order, visibility, widths) as the grid writes them; one row per user.
CREATE TABLE grid_columns (
    user_id BIGINT        NOT NULL PRIMARY KEY,
    columns VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_grid_columns_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE grid_columns;
