package com.activationdesk.organization.service;

import java.util.List;

import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;

/** One line of the organisations grid, flattened so the grid triggers no lazy loading. */
public record OrganizationRow(long id, long version, String name, OrganizationType type, PartnerTier tier,
                              String country, Long camId, String camName, Long damId, String damName,
                              List<Long> distributorIds, List<String> distributorNames) {
}
