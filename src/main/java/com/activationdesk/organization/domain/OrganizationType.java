package com.activationdesk.organization.domain;

public enum OrganizationType {
    VENDOR, DISTRIBUTOR, PARTNER, END_CUSTOMER;

    public String messageKey() {
        return "organization.type." + name();
    }
}
