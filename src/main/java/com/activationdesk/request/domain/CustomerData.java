package com.activationdesk.request.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.springframework.modulith.NamedInterface;

/**
 * Everything the partner enters (except the routing choice of a distributor) about the end customer, its tenant administrator and platform — the data the
 * export-control end-use check needs. Immutable; a change replaces it, which makes the audit diff simple.
 */
@Embeddable
@NamedInterface("details")
public record CustomerData(
        @Column(name = "customer_name", length = 200) String customerName,
        @Column(name = "customer_other_names", length = 500) String customerOtherNames,
        @Column(name = "street", length = 200) String street,
        @Column(name = "postal_code", length = 20) String postalCode,
        @Column(name = "city", length = 100) String city,
        @Column(name = "country", length = 2) String country,
        @Column(name = "vat_or_registration_number", length = 50) String vatOrRegistrationNumber,
        @Column(name = "industry", length = 100) String industry,
        @Column(name = "intended_use", length = 2000) String intendedUse,
        @Column(name = "website", length = 200) String website,
        @Column(name = "admin_first_name", length = 100) String adminFirstName,
        @Column(name = "admin_last_name", length = 100) String adminLastName,
        @Column(name = "admin_email", length = 254) String adminEmail,
        @Column(name = "admin_phone", length = 20) String adminPhone,
        @Column(name = "admin_language", length = 2) String adminLanguage,
        @Enumerated(EnumType.STRING) @Column(name = "platform", length = 30) Platform platform,
        @Column(name = "platform_version", length = 50) String platformVersion,
        @Enumerated(EnumType.STRING) @Column(name = "licensing", length = 30) Licensing licensing,
        @Column(name = "planned_users") Integer plannedUsers,
        @Column(name = "planned_rollout_date") LocalDate plannedRolloutDate,
        @Column(name = "declaration_no_unify_video", nullable = false) boolean declarationNoUnifyVideo,
        @Column(name = "declaration_data_correct", nullable = false) boolean declarationDataCorrect) {

    /** Field name → printable value, in form order; the audit trail records the entries that differ. */
    public Map<String, String> asFieldMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerName", customerName);
        fields.put("customerOtherNames", customerOtherNames);
        fields.put("street", street);
        fields.put("postalCode", postalCode);
        fields.put("city", city);
        fields.put("country", country);
        fields.put("vatOrRegistrationNumber", vatOrRegistrationNumber);
        fields.put("industry", industry);
        fields.put("intendedUse", intendedUse);
        fields.put("website", website);
        fields.put("adminFirstName", adminFirstName);
        fields.put("adminLastName", adminLastName);
        fields.put("adminEmail", adminEmail);
        fields.put("adminPhone", adminPhone);
        fields.put("adminLanguage", adminLanguage);
        fields.put("platform", platform == null ? null : platform.name());
        fields.put("platformVersion", platformVersion);
        fields.put("licensing", licensing == null ? null : licensing.name());
        fields.put("plannedUsers", plannedUsers == null ? null : plannedUsers.toString());
        fields.put("plannedRolloutDate", plannedRolloutDate == null ? null : plannedRolloutDate.toString());
        fields.put("declarationNoUnifyVideo", Boolean.toString(declarationNoUnifyVideo));
        fields.put("declarationDataCorrect", Boolean.toString(declarationDataCorrect));
        return fields;
    }

    /** Fields whose values differ between the two, with old and new value. */
    public static Map<String, String[]> differences(CustomerData before, CustomerData after) {
        Map<String, String> old = before == null ? Map.of() : before.asFieldMap();
        Map<String, String[]> changes = new LinkedHashMap<>();
        after.asFieldMap().forEach((field, value) -> {
            String previous = old.get(field);
            if (!Objects.equals(previous, value)) {
                changes.put(field, new String[] {previous, value});
            }
        });
        return changes;
    }
}
