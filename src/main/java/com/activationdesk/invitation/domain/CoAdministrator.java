package com.activationdesk.invitation.domain;

import java.time.Instant;

import com.activationdesk.organization.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A partner user the end customer allowed to help administer its tenant. Current state only; who added or
 * removed whom, and on which consent, is in the request's audit trail.
 */
@Entity
@Table(name = "request_co_admin")
public class CoAdministrator implements Persistable<CoAdministratorId> {

    @EmbeddedId
    private CoAdministratorId id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, insertable = false, updatable = false)
    private AppUser user;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by_user_id", nullable = false, updatable = false)
    private AppUser addedBy;

    @Column(name = "consent_note", length = 2000, updatable = false)
    private String consentNote;

    /** The key is assigned, not generated: without this flag Spring Data would merge (SELECT first) instead of insert. */
    @Transient
    private boolean isNew = true;

    protected CoAdministrator() {
    }

    public CoAdministrator(long requestId, AppUser user, AppUser addedBy, String consentNote, Instant addedAt) {
        this.id = new CoAdministratorId(requestId, user.getId());
        this.user = user;
        this.addedBy = addedBy;
        this.consentNote = consentNote;
        this.addedAt = addedAt;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        this.isNew = false;
    }

    @Override
    public CoAdministratorId getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public AppUser getAddedBy() {
        return addedBy;
    }

    public String getConsentNote() {
        return consentNote;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CoAdministrator other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
