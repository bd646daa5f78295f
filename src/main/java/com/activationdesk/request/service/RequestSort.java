package com.activationdesk.request.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import org.springframework.modulith.NamedInterface;

/** The columns the grid can sort by, mapped to indexed (or at least real) columns; nothing else reaches SQL. */
@NamedInterface("filter")
public enum RequestSort {
    UPDATED("r.updated_at", false, RequestRow::updatedAt),
    SUBMITTED("r.submitted_at", true, RequestRow::submittedAt),
    REFERENCE("r.reference", false, RequestRow::reference),
    CUSTOMER("r.customer_name", true, RequestRow::customerName),
    COUNTRY("r.country", true, RequestRow::country),
    STATUS("r.status", false, row -> row.status().name()),
    SLA_DUE("r.sla_due_at", true, RequestRow::slaDueAt),
    INVITATION_EXPIRES("r.invitation_expires_at", true, RequestRow::invitationExpiresAt);

    final String column;
    /** Whether the column can be NULL: MariaDB sorts NULL first ascending and last descending. */
    final boolean nullable;
    private final Function<RequestRow, Object> value;

    RequestSort(String column, boolean nullable, Function<RequestRow, Object> value) {
        this.column = column;
        this.nullable = nullable;
        this.value = value;
    }

    /** Where {@code row} stands in this order, as the column's value (as bound in SQL) and the tie-breaking id. */
    public PageKey keyOf(RequestRow row) {
        Object sortValue = value.apply(row);
        // columns hold UTC wall-clock time (hibernate.jdbc.time_zone=UTC)
        return new PageKey(sortValue instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : sortValue,
                row.id());
    }
}
