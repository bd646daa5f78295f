package com.activationdesk.testdata;

import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;

/**
 * The demo organisations by name, and new organisations and logins of a test's own, so numbers counted in a scope
 * are exact even in the shared database.
 */
public final class TestOrganizations {

    public static final String ALPHA_DISTRIBUTION = "Alpha Distribution GmbH";
    public static final String MUSTER_LOGISTIK = "Muster Logistik GmbH";

    private final OrganizationRepository organizations;
    private final AppUserRepository users;

    public TestOrganizations(OrganizationRepository organizations, AppUserRepository users) {
        this.organizations = organizations;
        this.users = users;
    }

    /** A demo organisation, e.g. {@code demo(OrganizationType.DISTRIBUTOR, ALPHA_DISTRIBUTION)}. */
    public Organization demo(OrganizationType type, String name) {
        return organizations.findByTypeOrderByName(type).stream().filter(o -> o.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No demo " + type + " " + name));
    }

    public AppUser vendorUser(Role role) {
        Organization vendor = organizations.findByTypeOrderByName(OrganizationType.VENDOR).getFirst();
        return users.save(new AppUser(Unique.email(role.name().toLowerCase(), "vendor.test"), "Test " + role,
                "{noop}x", role, vendor));
    }

    public Organization tier1(AppUser cam) {
        Organization partner = new Organization(Unique.name("Partner"), OrganizationType.PARTNER, PartnerTier.TIER_1, "DE");
        partner.setCam(cam);
        return organizations.save(partner);
    }

    public Organization distributor(AppUser dam) {
        Organization distributor = new Organization(Unique.name("Distributor"), OrganizationType.DISTRIBUTOR, null, "DE");
        distributor.setDam(dam);
        return organizations.save(distributor);
    }

    public Organization tier2(Organization distributor) {
        Organization partner = new Organization(Unique.name("Partner"), OrganizationType.PARTNER, PartnerTier.TIER_2, "DE");
        partner.getDistributors().add(distributor);
        return organizations.save(partner);
    }

    public Organization customer() {
        return organizations.save(new Organization(Unique.name("Customer"), OrganizationType.END_CUSTOMER, null, "DE"));
    }

    /** A login of the organisation; the e-mail is what {@link RunAs} takes. */
    public String user(Organization organization, Role role) {
        return users.save(new AppUser(Unique.email("user", organization.getId() + ".test"),
                "User of " + organization.getName(), "{noop}x", role, organization)).getEmail();
    }
}
