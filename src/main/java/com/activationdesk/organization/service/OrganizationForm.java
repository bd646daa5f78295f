package com.activationdesk.organization.service;

import java.util.Set;

import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin enters for an organisation. Assignments that do not apply to the type must be empty:
 * {@code camId} only for tier-1 partners, {@code damId} only for distributors, {@code distributorIds} only for
 * tier-2 partners.
 */
public record OrganizationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}") String name,
        @NotNull(message = "{validation.required}") OrganizationType type,
        PartnerTier tier,
        @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}") String country,
        Long camId,
        Long damId,
        Set<Long> distributorIds) {
}
