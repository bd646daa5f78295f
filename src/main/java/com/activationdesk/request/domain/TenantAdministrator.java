package com.activationdesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/**
 * The person who gets the invitation and becomes the tenant's first administrator.
 *
 * @param phone    E.164, e.g. {@code +4989123456}
 * @param language {@code de} or {@code en}: the language of the invitation
 */
@Embeddable
@NamedInterface("details")
public record TenantAdministrator(
        @Column(name = "admin_first_name") String firstName,
        @Column(name = "admin_last_name") String lastName,
        @Column(name = "admin_email") String email,
        @Column(name = "admin_phone") String phone,
        @Column(name = "admin_language") String language) {

    /** Nothing entered yet (see {@link Company#EMPTY}). */
    public static final TenantAdministrator EMPTY = new TenantAdministrator(null, null, null, null, null);

    /** First and last name, as mails address the person. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
