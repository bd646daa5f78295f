--liquibase formatted sql

--changeset activationdesk:011-request-grid-indexes
-- Found with the grid benchmark (README): the default order is "last change, newest first", so each scope needs
-- an index that yields rows in that order; the Cloud Ops/admin index also covers the scope and status columns so
-- a deep page is an index-only scan. MET/MISSED/PAUSED cover most rows and are read in that order as well.
DROP INDEX ix_request_cloud_ops ON activation_request;
CREATE INDEX ix_request_updated ON activation_request (updated_at, reached_cloud_ops_at, status);
-- the new distributor index also serves the foreign key, so it must exist before the old one goes
CREATE INDEX ix_request_distributor_updated ON activation_request (distributor_id, updated_at, submitted_at);
DROP INDEX ix_request_distributor ON activation_request;
CREATE INDEX ix_request_sla_phase_updated ON activation_request (sla_phase, updated_at);
