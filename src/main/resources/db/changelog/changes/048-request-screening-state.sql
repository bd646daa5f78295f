--liquibase formatted sql

--changeset activationdesk:048-request-screening-state
-- The state of each request's latest screening, kept in step by RequestScreening on every screening and decision,
-- so the grid and the dashboards filter by it with an index instead of finding every request's latest screening
-- and its matches per query. No row: never screened. request_id has no foreign key, like request_screening (031).
CREATE TABLE request_screening_state (
    request_id   BIGINT      NOT NULL PRIMARY KEY,
    state        VARCHAR(20) NOT NULL,
    screening_id BIGINT      NOT NULL,
    CONSTRAINT ck_request_screening_state CHECK (state IN ('NO_MATCHES', 'UNDECIDED', 'CLEARED', 'CONFIRMED')),
    KEY ix_request_screening_state (state, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The requests screened before this changeset: the same rule as RequestScreening.refreshState.
INSERT INTO request_screening_state (request_id, state, screening_id)
SELECT s.request_id,
       CASE WHEN SUM(m.decision = 'CONFIRMED') > 0 THEN 'CONFIRMED'
            WHEN COUNT(m.id) = 0 THEN 'NO_MATCHES'
            WHEN SUM(m.decision IS NULL) > 0 THEN 'UNDECIDED'
            ELSE 'CLEARED' END,
       s.id
  FROM request_screening s
  LEFT JOIN request_screening_match m ON m.screening_id = s.id
 WHERE s.id = (SELECT MAX(latest.id) FROM request_screening latest WHERE latest.request_id = s.request_id)
 GROUP BY s.request_id, s.id;
--rollback DROP TABLE request_screening_state;
