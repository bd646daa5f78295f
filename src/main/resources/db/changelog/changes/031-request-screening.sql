--liquibase formatted sql

--changeset activationdesk:031-request-screening
-- The evidence of each screening of a request: the subject data as screened, the list versions used, every match
-- with its score, and the reviewer's decision with reason and time. request_id has no foreign key, like
-- audit_entry (003): the evidence must outlive the request, and the request table belongs to another module.
CREATE TABLE request_screening (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    screened_at   DATETIME(6)   NOT NULL,
    occasion      VARCHAR(20)   NOT NULL,
    country       VARCHAR(2)    NULL,
    subjects      VARCHAR(2000) NOT NULL,
    list_versions VARCHAR(200)  NOT NULL,
    match_count   INT           NOT NULL,
    KEY ix_request_screening_request (request_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_screening_match (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    screening_id  BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    subject       VARCHAR(20)   NOT NULL,
    screened_name VARCHAR(500)  NOT NULL,
    listed_name   VARCHAR(500)  NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    source        VARCHAR(20)   NOT NULL,
    score         DECIMAL(5, 4) NOT NULL,
    decision      VARCHAR(20)   NULL,
    reason        VARCHAR(1000) NULL,
    decided_by    VARCHAR(254)  NULL,
    decided_at    DATETIME(6)   NULL,
    CONSTRAINT fk_request_screening_match_screening FOREIGN KEY (screening_id) REFERENCES request_screening (id),
    CONSTRAINT ck_request_screening_match_decision CHECK (decision IS NULL OR decision IN ('NO_MATCH', 'CONFIRMED')),
    KEY ix_request_screening_match_request (request_id, screening_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE request_screening_match; DROP TABLE request_screening;
