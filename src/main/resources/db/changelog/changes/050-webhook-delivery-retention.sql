--liquibase formatted sql

--changeset activationdesk:050-webhook-delivery-retention
-- The retention job (ApiRetentionJob) deletes delivered webhook deliveries by their delivery time; given-up ones it
-- finds by ix_webhook_delivery_due (status, next_attempt_at), old Idempotency-Key answers by ix_api_idempotency_created.
CREATE INDEX ix_webhook_delivery_delivered ON webhook_delivery (status, delivered_at);
--rollback DROP INDEX ix_webhook_delivery_delivered ON webhook_delivery;
