--liquibase formatted sql

--changeset activationdesk:028-no-live-secret-at-rest
-- No live activation token at rest (docs/activation-tokens.md). The invitation's token hash is written when the
-- delivery job hands the mail to SMTP (NULL until then; the unique key allows several NULLs), and the outbox keeps
-- the invitation mail with a placeholder instead of the link. body_redacted_at: when the retention job replaced
-- the bodies of a sent mail.
ALTER TABLE invitation MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE mail_outbox
    ADD COLUMN invitation_id    BIGINT      NULL AFTER request_reference, -- the link is minted at delivery
    ADD COLUMN body_redacted_at DATETIME(6) NULL AFTER sent_at;
-- the retention job's scans: sent mails by age
CREATE INDEX ix_mail_outbox_sent ON mail_outbox (status, sent_at);
-- Invitation mails stored before this change carry the raw link: replace it by the placeholder. A pending one then
-- gets a fresh link at delivery (its old hash is replaced); a sent one keeps working for its recipient.
UPDATE mail_outbox
SET invitation_id = CAST(SUBSTRING(idempotency_key, 12) AS UNSIGNED),
    body_text     = REGEXP_REPLACE(body_text, '[^\\s"<>]*/activate/[A-Za-z0-9_-]{43}', '[[activation-link]]'),
    body_html     = REGEXP_REPLACE(body_html, '[^\\s"<>]*/activate/[A-Za-z0-9_-]{43}', '[[activation-link]]')
WHERE idempotency_key LIKE 'invitation-%';
--rollback ALTER TABLE mail_outbox DROP INDEX ix_mail_outbox_sent, DROP COLUMN body_redacted_at, DROP COLUMN invitation_id;
