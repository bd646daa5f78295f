--liquibase formatted sql

--changeset activationdesk:030-screening-lists
-- Sanctions lists for the export-control screening (issue #13). One row per imported file version; only the
-- active version of each source keeps its entries (an import replaces them in one transaction). Entries, aliases
-- and name keys are numbered within their version, so an import writes them in multi-row INSERTs without asking
-- the database for generated ids.
CREATE TABLE screening_list_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    source           VARCHAR(20)  NOT NULL,
    publication_date DATE         NULL,
    sha256           CHAR(64)     NOT NULL,
    entry_count      INT          NOT NULL,
    alias_count      INT          NOT NULL,
    added_count      INT          NOT NULL,
    changed_count    INT          NOT NULL,
    removed_count    INT          NOT NULL,
    imported_by      VARCHAR(254) NOT NULL,
    imported_at      DATETIME(6)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    KEY ix_screening_list_version_source (source, active, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screening_entry (
    version_id   BIGINT       NOT NULL,
    entry_no     INT          NOT NULL,
    external_id  VARCHAR(64)  NOT NULL,
    reference    VARCHAR(100) NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    countries    VARCHAR(255) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (version_id, entry_no),
    CONSTRAINT fk_screening_entry_version FOREIGN KEY (version_id) REFERENCES screening_list_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screening_alias (
    version_id  BIGINT       NOT NULL,
    alias_no    INT          NOT NULL,
    entry_no    INT          NOT NULL,
    listed_name VARCHAR(500) NOT NULL,
    normalized  VARCHAR(500) NOT NULL,
    PRIMARY KEY (version_id, alias_no),
    CONSTRAINT fk_screening_alias_entry FOREIGN KEY (version_id, entry_no)
        REFERENCES screening_entry (version_id, entry_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The candidate index: every normalised name token of an alias, and for longer tokens its first and last four
-- letters (so one typo still finds the alias). A screening looks up its own keys here and scores only the aliases
-- that share the most keys; it never reads all aliases.
CREATE TABLE screening_name_key (
    name_key   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version_id BIGINT      NOT NULL,
    alias_no   INT         NOT NULL,
    PRIMARY KEY (name_key, version_id, alias_no),
    KEY ix_screening_name_key_version (version_id)
) ENGINE = InnoDB;
--rollback DROP TABLE screening_name_key; DROP TABLE screening_alias; DROP TABLE screening_entry; DROP TABLE screening_list_version;
