package com.activationdesk.invitation.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner user is co-administrator of a tenant (= request) at most once. */
@Embeddable
public record CoAdministratorId(@Column(name = "request_id") long requestId,
                                @Column(name = "user_id") long userId) implements Serializable {
}
