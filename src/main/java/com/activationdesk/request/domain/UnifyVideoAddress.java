package com.activationdesk.request.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail address once used with Unify Video; it can never administer a new Unify Phone tenant. */
@Entity
@Table(name = "unify_video_address")
public class UnifyVideoAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Lower-case: addresses compare case-insensitively. */
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected UnifyVideoAddress() {
    }

    public UnifyVideoAddress(String email, Instant importedAt) {
        this.email = email;
        this.importedAt = importedAt;
    }

    public String getEmail() {
        return email;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
