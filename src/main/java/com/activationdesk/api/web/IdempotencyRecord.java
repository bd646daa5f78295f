package com.activationdesk.api.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first answer to a call with an Idempotency-Key (changeset 046). */
@Entity
@Table(name = "api_idempotency")
class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_id")
    private long tokenId;
    @Column(name = "idempotency_key")
    private String key;
    private String operation;
    @Column(name = "status_code")
    private int statusCode;
    private String etag;
    private String location;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long tokenId, String key, String operation, int statusCode, String etag, String location,
                      String body, Instant createdAt) {
        this.tokenId = tokenId;
        this.key = key;
        this.operation = operation;
        this.statusCode = statusCode;
        this.etag = etag;
        this.location = location;
        this.body = body;
        this.createdAt = createdAt;
    }

    String getOperation() {
        return operation;
    }

    int getStatusCode() {
        return statusCode;
    }

    String getEtag() {
        return etag;
    }

    String getLocation() {
        return location;
    }

    String getBody() {
        return body;
    }
}
