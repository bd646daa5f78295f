package com.activationdesk.request.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.springframework.modulith.NamedInterface;

/**
 * Everything the partner enters (except the routing choice of a distributor) about the end customer, its tenant
 * administrator and platform — the data the export-control end-use check needs — in the four groups the form and
 * the detail view show. Immutable; a change replaces it, which makes the audit diff simple. {@link RequestField}
 * names, limits and orders the single fields.
 */
@Embeddable
@NamedInterface("details")
public record CustomerData(
        @Embedded Company company,
        @Embedded TenantAdministrator administrator,
        @Embedded PlatformPlan plan,
        @Embedded Declarations declarations) {

    /** A draft before anything was entered. */
    public static final CustomerData EMPTY =
            new CustomerData(Company.EMPTY, TenantAdministrator.EMPTY, PlatformPlan.EMPTY, Declarations.NONE);

    /** Groups never are {@code null}: Hibernate hands over {@code null} for a group whose columns are all empty. */
    public CustomerData {
        company = Objects.requireNonNullElse(company, Company.EMPTY);
        administrator = Objects.requireNonNullElse(administrator, TenantAdministrator.EMPTY);
        plan = Objects.requireNonNullElse(plan, PlatformPlan.EMPTY);
        declarations = Objects.requireNonNullElse(declarations, Declarations.NONE);
    }

    /** Fields whose printable values differ between the two, in form order, with old and new value. */
    public static Map<String, String[]> differences(CustomerData before, CustomerData after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (RequestField field : RequestField.values()) {
            String previous = before == null ? null : field.printable(before);
            String value = field.printable(after);
            if (!Objects.equals(previous, value)) {
                changes.put(field.key(), new String[] {previous, value});
            }
        }
        return changes;
    }
}
