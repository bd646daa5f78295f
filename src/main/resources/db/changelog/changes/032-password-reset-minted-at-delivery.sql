--liquibase formatted sql

--changeset activationdesk:032-password-reset-minted-at-delivery
-- No live reset link at rest, as for invitations (028, docs/activation-tokens.md): a "forgot password" link gets its
-- token when the delivery job hands the mail to SMTP (token_hash NULL until then; the unique key allows several
-- NULLs, the CHECK passes NULL), and the outbox keeps the mail with a placeholder instead of the link.
ALTER TABLE password_reset MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE mail_outbox ADD COLUMN password_reset_id BIGINT NULL AFTER invitation_id; -- the link is minted at delivery
-- Reset mails stored before this change carry the raw link: replace it by the placeholder. A pending one then gets a
-- fresh link at delivery (its old hash is replaced); a sent one keeps working for its recipient until it expires.
UPDATE mail_outbox
SET password_reset_id = CAST(SUBSTRING(idempotency_key, 16) AS UNSIGNED),
    body_text         = REGEXP_REPLACE(body_text, '[^\\s"<>]*/reset-password/[A-Za-z0-9_-]{43}', '[[password-reset-link]]'),
    body_html         = REGEXP_REPLACE(body_html, '[^\\s"<>]*/reset-password/[A-Za-z0-9_-]{43}', '[[password-reset-link]]')
WHERE idempotency_key LIKE 'password-reset-%';
--rollback ALTER TABLE mail_outbox DROP COLUMN password_reset_id;
