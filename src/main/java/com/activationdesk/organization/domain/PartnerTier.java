package com.activationdesk.organization.domain;

/** Tier 1 buys directly from the vendor (routed to its CAM); tier 2 buys through a distributor (routed to the DAM). */
public enum PartnerTier {
    TIER_1, TIER_2;

    public String messageKey() {
        return "organization.tier." + name();
    }
}
