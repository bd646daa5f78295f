package com.activationdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One row of {@code audit_entry}. Immutable on every level: no setters, Hibernate never updates it
 * ({@link Immutable}, {@code updatable = false}), the repository has no delete or update method, and database
 * triggers refuse UPDATE and DELETE from anyone (changeset {@code 003-audit.sql}).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "request_reference", length = 20, updatable = false)
    private String requestReference;

    /** UTC ({@code hibernate.jdbc.time_zone=UTC}), DATETIME(6). */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Column(name = "actor_email", length = 254, updatable = false)
    private String actorEmail;

    @Column(name = "actor_role", nullable = false, length = 20, updatable = false)
    private String actorRole;

    @Column(name = "actor_organization_id", updatable = false)
    private Long actorOrganizationId;

    @Column(name = "actor_organization_name", length = 200, updatable = false)
    private String actorOrganizationName;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "from_status", length = 30, updatable = false)
    private String fromStatus;

    @Column(name = "to_status", length = 30, updatable = false)
    private String toStatus;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String comment;

    /** JSON array of {@code {"field", "old", "new"}}; {@code null} when no field changed. */
    @Column(columnDefinition = "TEXT", updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord record, Instant occurredAt, String changesJson) {
        this.requestId = record.requestId();
        this.requestReference = record.requestReference();
        this.occurredAt = occurredAt;
        AuditActor actor = record.actor();
        this.actorUserId = actor.userId();
        this.actorEmail = actor.email();
        this.actorRole = actor.role();
        this.actorOrganizationId = actor.organizationId();
        this.actorOrganizationName = actor.organizationName();
        this.action = record.action();
        this.fromStatus = record.fromStatus();
        this.toStatus = record.toStatus();
        this.comment = record.comment();
        this.changes = changesJson;
    }

    AuditEntryView toView() {
        return new AuditEntryView(id, requestId, requestReference, occurredAt,
                new AuditActor(actorUserId, actorEmail, actorRole, actorOrganizationId, actorOrganizationName),
                action, fromStatus, toStatus, comment, FieldChangesJson.read(changes));
    }
}
