package com.activationdesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/**
 * The end customer as the export-control end-use check needs it; the "company" group of the form.
 *
 * @param country ISO 3166-1 alpha-2 code
 */
@Embeddable
@NamedInterface("details")
public record Company(
        @Column(name = "customer_name") String name,
        @Column(name = "customer_other_names") String otherNames,
        @Column(name = "street") String street,
        @Column(name = "postal_code") String postalCode,
        @Column(name = "city") String city,
        @Column(name = "country") String country,
        @Column(name = "vat_or_registration_number") String vatOrRegistrationNumber,
        @Column(name = "industry") String industry,
        @Column(name = "intended_use") String intendedUse,
        @Column(name = "website") String website) {

    /** Nothing entered yet; Hibernate loads a group whose columns are all NULL as {@code null}, so this stands in. */
    public static final Company EMPTY = new Company(null, null, null, null, null, null, null, null, null, null);
}
