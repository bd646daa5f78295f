package com.activationdesk.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * The outbox table through plain SQL, because the delivery protocol needs statements JPA does not offer
 * ({@code FOR UPDATE SKIP LOCKED}, conditional updates guarded by the lease). Instants are stored as UTC
 * DATETIME(6), like Hibernate does here, and truncated to microseconds so a lease read back compares equal.
 */
@Repository
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the mail unless its idempotency key exists. {@code ON DUPLICATE KEY UPDATE} with a no-op rather
     * than {@code INSERT IGNORE}: it reacts only to the unique key, while INSERT IGNORE would also turn a value
     * that is too long or any other error into a silently truncated row. Needs the caller's transaction.
     */
    void insertIfAbsent(OutgoingMail mail, RenderedMail rendered, String locale, String messageId, MintedLink link,
                        Instant now) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (idempotency_key, recipient, locale, subject, body_text, body_html,
                            request_id, request_reference, invitation_id, password_reset_id, status, attempts,
                            next_attempt_at, created_at, message_id)
                        VALUES (:key, :recipient, :locale, :subject, :text, :html, :requestId, :reference, :invitationId,
                            :passwordResetId, 'PENDING', 0, :now, :now, :messageId)
                        ON DUPLICATE KEY UPDATE idempotency_key = idempotency_key""")
                .param("key", mail.idempotencyKey())
                .param("recipient", mail.recipient())
                .param("locale", locale)
                .param("subject", rendered.subject())
                .param("text", rendered.text())
                .param("html", rendered.html())
                .param("requestId", mail.requestId())
                .param("reference", mail.requestReference())
                .param("invitationId", link.invitationId())
                .param("passwordResetId", link.passwordResetId())
                .param("now", utc(now))
                .param("messageId", messageId)
                .update();
    }

    /**
     * Claims up to {@code limit} due mails for one delivery run: locks them with SKIP LOCKED (a concurrent run
     * takes other rows instead of waiting), sets the lease and counts the attempt. Run in a short transaction of
     * its own, so the claim is committed before any SMTP traffic.
     */
    List<ClaimedMail> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM mail_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                          AND (sending_until IS NULL OR sending_until <= :now)
                        ORDER BY next_attempt_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE mail_outbox SET sending_until = :until, attempts = attempts + 1 WHERE id IN (:ids)")
                .param("until", utc(leaseUntil))
                .param("ids", ids)
                .update();
        return jdbc.sql("""
                        SELECT id, recipient, subject, body_text, body_html, message_id, invitation_id,
                            password_reset_id, attempts, sending_until
                        FROM mail_outbox WHERE id IN (:ids) ORDER BY next_attempt_at, id""")
                .param("ids", ids)
                .query(OutboxStore::claimed).list();
    }

    /** @return false if the lease was lost meanwhile (another run claimed the mail after it expired) */
    boolean markSent(ClaimedMail mail, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :now, sending_until = NULL, last_error = NULL
                        WHERE id = :id AND sending_until = :lease""")
                .param("now", utc(now))
                .param("id", mail.id())
                .param("lease", utc(mail.leaseUntil()))
                .update() == 1;
    }

    /** Records a failed attempt: PENDING again at {@code nextAttemptAt}, or FAILED once the attempts are used up. */
    boolean markFailed(ClaimedMail mail, String error, Instant nextAttemptAt, int maxAttempts) {
        return jdbc.sql("""
                        UPDATE mail_outbox
                        SET status = CASE WHEN attempts >= :max THEN 'FAILED' ELSE 'PENDING' END,
                            next_attempt_at = :next, last_error = :error, sending_until = NULL
                        WHERE id = :id AND sending_until = :lease""")
                .param("max", maxAttempts)
                .param("next", utc(nextAttemptAt))
                .param("error", error)
                .param("id", mail.id())
                .param("lease", utc(mail.leaseUntil()))
                .update() == 1;
    }

    /** Gives up on the mail at once, e.g. because the link it would carry can no longer be used. */
    boolean markAbandoned(ClaimedMail mail, String error) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'FAILED', last_error = :error, sending_until = NULL
                        WHERE id = :id AND sending_until = :lease""")
                .param("error", error)
                .param("id", mail.id())
                .param("lease", utc(mail.leaseUntil()))
                .update() == 1;
    }

    /** Pending invitation mails queued before {@code before}: their ids, request ids and queueing instants. */
    List<QueuedInvitation> pendingInvitationsQueuedBefore(Instant before) {
        return jdbc.sql("""
                        SELECT id, request_id, created_at FROM mail_outbox
                        WHERE status = 'PENDING' AND invitation_id IS NOT NULL AND created_at < :before""")
                .param("before", utc(before))
                .query((rs, row) -> new QueuedInvitation(rs.getLong("id"), rs.getLong("request_id"),
                        rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    /** Records a pending, unleased mail as sent at {@code sentAt}; false if it is no longer pending. */
    boolean markSentAt(long id, Instant sentAt) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :sentAt, sending_until = NULL,
                            last_error = NULL
                        WHERE id = :id AND status = 'PENDING' AND sending_until IS NULL""")
                .param("sentAt", utc(sentAt))
                .param("id", id)
                .update() == 1;
    }

    /** A FAILED mail gets a fresh series of attempts, the first one right away; false if it is not FAILED. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            sending_until = NULL
                        WHERE id = :id AND status = 'FAILED'""")
                .param("now", utc(now))
                .param("id", id)
                .update() == 1;
    }

    /**
     * Empties the bodies of up to {@code limit} mails sent before {@code cutoff}; subject, recipient and the
     * delivery record stay for the log.
     */
    int redactBodiesSentBefore(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET body_text = '', body_html = '', body_redacted_at = :now
                        WHERE status = 'SENT' AND sent_at < :cutoff AND body_redacted_at IS NULL
                        LIMIT :limit""")
                .param("now", utc(now))
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .update();
    }

    /** Deletes up to {@code limit} mails that were sent, or given up on, before {@code cutoff}. */
    int deleteFinishedBefore(Instant cutoff, int limit) {
        int sent = jdbc.sql("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < :cutoff LIMIT :limit")
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .update();
        int failed = jdbc.sql("DELETE FROM mail_outbox WHERE status = 'FAILED' AND created_at < :cutoff LIMIT :limit")
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .update();
        return sent + failed;
    }

    long countFailed() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'").query(Long.class).single();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static ClaimedMail claimed(ResultSet rs, int row) throws SQLException {
        return new ClaimedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("message_id"),
                new MintedLink(rs.getObject("invitation_id", Long.class), rs.getObject("password_reset_id", Long.class)),
                rs.getInt("attempts"), rs.getObject("sending_until", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    /** An invitation mail waiting in the outbox since {@code queuedAt}. */
    record QueuedInvitation(long id, long requestId, Instant queuedAt) {
    }

    /**
     * A mail a delivery run owns until {@code leaseUntil}; {@code attempts} includes the current one; {@code link}
     * says whether it is an invitation or a password reset, whose link is minted when it is sent.
     */
    record ClaimedMail(long id, String recipient, String subject, String text, String html, String messageId,
                       MintedLink link, int attempts, Instant leaseUntil) {

        /** The mail with the link in place of its placeholder, for sending only: it is never stored. */
        ClaimedMail withLink(String placeholder, String url) {
            return new ClaimedMail(id, recipient, subject, text.replace(placeholder, url),
                    html.replace(placeholder, HtmlUtils.htmlEscape(url, "UTF-8")), messageId, link, attempts,
                    leaseUntil);
        }
    }
}
