package com.activationdesk.organization.service;

/** Who a partner asks first: its CAM (tier 1) or the DAM behind a distributor it works with (tier 2). */
public record ContactPerson(String name, String email, String roleKey, String viaDistributor) {
}
