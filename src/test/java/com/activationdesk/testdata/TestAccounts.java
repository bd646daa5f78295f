package com.activationdesk.testdata;

import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;

/** New vendor users created by the admin through the service, as the login and password tests need them. */
public final class TestAccounts {

    /** A password the policy accepts. */
    public static final String PASSWORD = "Tastatur-Kaffee-2026";

    private TestAccounts() {
    }

    /** A Cloud Ops user with {@link #PASSWORD}, set by the admin (so it must be changed at the first login). */
    public static UserRow cloudOps(RunAs runAs, UserService users, OrganizationService organizations,
                                   String localPrefix) {
        return runAs.as(VENDOR_ADMIN, () -> {
            long vendor = organizations.findByType(OrganizationType.VENDOR).getFirst().id();
            return users.create(new UserForm(Unique.email(localPrefix, "vendor.example"), Unique.name("Test user"),
                    Role.CLOUD_OPS, vendor, "en"), PASSWORD);
        });
    }
}
