package com.activationdesk.request.service;

import java.util.List;

import com.activationdesk.organization.domain.PartnerTier;

/**
 * How the logged-in partner's requests are routed, for the request form: the tier, and for tier 2 the
 * distributors the partner works with (empty for tier 1).
 */
public record PartnerRouting(long partnerId, String partnerName, PartnerTier tier, List<DistributorChoice> distributors) {

    public PartnerRouting {
        distributors = List.copyOf(distributors);
    }
}
