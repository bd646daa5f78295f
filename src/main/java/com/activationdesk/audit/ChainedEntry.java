package com.activationdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Every column of an audit entry that the hash chain protects, in its canonical form (docs/audit-chain.md):
 * {@code audit-entry-v1}, then each column in a fixed order as {@code name=~} for NULL or
 * {@code name=<UTF-8 byte length>:<value>}, one per line, the previous entry's hash last. The length prefix makes
 * the form unambiguous whatever a value contains; the id and the previous hash in it make a deleted, inserted or
 * moved entry break the chain, not only a changed one. Built the same way from a new entry and from a stored row.
 */
record ChainedEntry(long id, String subjectType, Long subjectId, String subjectLabel, Long requestId,
                    String requestReference, Instant occurredAt, Long actorUserId, String actorEmail,
                    String actorRole, Long actorOrganizationId, String actorOrganizationName, String action,
                    String fromStatus, String toStatus, String comment, String changes, String prevHash) {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** The columns {@link #of(ResultSet)} reads, in the canonical order. */
    static final String COLUMNS = "id, subject_type, subject_id, subject_label, request_id, request_reference, "
            + "occurred_at, actor_user_id, actor_email, actor_role, actor_organization_id, actor_organization_name, "
            + "action, from_status, to_status, comment, changes, prev_hash";

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A stored row, selected with {@link #COLUMNS}. */
    static ChainedEntry of(ResultSet row) throws SQLException {
        return new ChainedEntry(row.getLong("id"), row.getString("subject_type"), nullableLong(row, "subject_id"),
                row.getString("subject_label"), nullableLong(row, "request_id"), row.getString("request_reference"),
                // the column holds UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                nullableLong(row, "actor_user_id"), row.getString("actor_email"), row.getString("actor_role"),
                nullableLong(row, "actor_organization_id"), row.getString("actor_organization_name"),
                row.getString("action"), row.getString("from_status"), row.getString("to_status"),
                row.getString("comment"), row.getString("changes"), row.getString("prev_hash"));
    }

    ChainedEntry withPrevHash(String previous) {
        return new ChainedEntry(id, subjectType, subjectId, subjectLabel, requestId, requestReference, occurredAt,
                actorUserId, actorEmail, actorRole, actorOrganizationId, actorOrganizationName, action, fromStatus,
                toStatus, comment, changes, previous);
    }

    String canonical() {
        StringBuilder form = new StringBuilder(512).append("audit-entry-v1\n");
        field(form, "id", Long.toString(id));
        field(form, "subject_type", subjectType);
        field(form, "subject_id", text(subjectId));
        field(form, "subject_label", subjectLabel);
        field(form, "request_id", text(requestId));
        field(form, "request_reference", requestReference);
        field(form, "occurred_at", MICROS.format(occurredAt));
        field(form, "actor_user_id", text(actorUserId));
        field(form, "actor_email", actorEmail);
        field(form, "actor_role", actorRole);
        field(form, "actor_organization_id", text(actorOrganizationId));
        field(form, "actor_organization_name", actorOrganizationName);
        field(form, "action", action);
        field(form, "from_status", fromStatus);
        field(form, "to_status", toStatus);
        field(form, "comment", comment);
        field(form, "changes", changes);
        field(form, "prev_hash", prevHash);
        return form.toString();
    }

    /** SHA-256 of the canonical form's UTF-8 bytes, 64 lower-case hex digits. */
    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append('~');
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        form.append('\n');
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
