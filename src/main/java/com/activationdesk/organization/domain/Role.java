package com.activationdesk.organization.domain;

/** Exactly one per user; each role belongs to one kind of organisation (also enforced by a database check). */
public enum Role {
    PARTNER(OrganizationType.PARTNER),
    DISTRIBUTOR(OrganizationType.DISTRIBUTOR),
    CAM(OrganizationType.VENDOR),
    DAM(OrganizationType.VENDOR),
    CLOUD_OPS(OrganizationType.VENDOR),
    CUSTOMER_ADMIN(OrganizationType.END_CUSTOMER),
    ADMIN(OrganizationType.VENDOR);

    private final OrganizationType organizationType;

    Role(OrganizationType organizationType) {
        this.organizationType = organizationType;
    }

    public OrganizationType organizationType() {
        return organizationType;
    }

    /** The Spring Security authority, e.g. {@code ROLE_CAM}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
