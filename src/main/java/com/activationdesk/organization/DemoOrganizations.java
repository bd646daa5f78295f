package com.activationdesk.organization;

import java.util.List;

import com.activationdesk.base.db.DemoDataCondition;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisations and logins listed in the README into an empty database, so a new user can try
 * every role at once. Never active in the {@code prod} profile, and into an external database only when
 * {@code activationdesk.demo-data.enabled=true} says so ({@link DemoDataCondition}).
 */
@Component
@Profile("!prod")
@Conditional(DemoDataCondition.class)
@Order(10)
class DemoOrganizations implements ApplicationRunner {

    /** The password of every demo login (README). */
    static final String DEMO_PASSWORD = "demodemo2026";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

    private final OrganizationRepository organizations;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean withDemoRequests;

    DemoOrganizations(OrganizationRepository organizations, AppUserRepository users, PasswordEncoder passwordEncoder,
                      @Value("${activationdesk.demo-data.requests:false}") boolean demoRequests,
                      @Value("${spring.datasource.url:}") String externalDatabase) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        // Demo requests go only into the embedded database, the one used when no datasource URL is set.
        this.withDemoRequests = demoRequests && externalDatabase.isBlank();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.count() > 0) {
            return;
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD); // one hash for all: bcrypt is slow by design
        Organization vendor = organizations.save(new Organization("Unify (Vendor)", OrganizationType.VENDOR, null, "DE"));
        user("admin@vendor.example", "Ada Admin", Role.ADMIN, vendor, hash, "en");
        AppUser cam1 = user("cam1@vendor.example", "Clara Kanal", Role.CAM, vendor, hash, "de");
        AppUser cam2 = user("cam2@vendor.example", "Chris Channel", Role.CAM, vendor, hash, "en");
        AppUser dam1 = user("dam1@vendor.example", "Dora Distri", Role.DAM, vendor, hash, "de");
        AppUser dam2 = user("dam2@vendor.example", "Dan Wholesale", Role.DAM, vendor, hash, "en");
        user("ops1@vendor.example", "Olga Operations", Role.CLOUD_OPS, vendor, hash, "de");
        user("ops2@vendor.example", "Oscar Cloud", Role.CLOUD_OPS, vendor, hash, "en");

        Organization alpha = distributor("Alpha Distribution GmbH", "DE", dam1, "alpha-dist.example", hash);
        Organization beta = distributor("Beta Distribution AG", "AT", dam2, "beta-dist.example", hash);

        tier1("Nordlicht Systemhaus GmbH", "DE", cam1, "nordlicht.example", hash);
        tier1("Rheinwerk IT AG", "DE", cam1, "rheinwerk.example", hash);
        tier1("Alpen Telecom GmbH", "AT", cam2, "alpen-telecom.example", hash);
        tier1("Hanse Kommunikation KG", "DE", cam2, "hanse-kom.example", hash);
        tier2("Bavaria Voice GmbH", "DE", List.of(alpha), "bavaria-voice.example", hash);
        tier2("Elbe Netzwerke GmbH", "DE", List.of(alpha, beta), "elbe-netz.example", hash);
        tier2("Schwarzwald Connect GmbH", "DE", List.of(beta), "schwarzwald-connect.example", hash);
        tier2("Ruhr Phone Services GmbH", "DE", List.of(beta), "ruhr-phone.example", hash);

        if (!withDemoRequests) {
            // With the demo requests, this account comes from activating Muster Logistik's tenant (demo module).
            Organization customer = organizations.save(
                    new Organization("Muster Logistik GmbH", OrganizationType.END_CUSTOMER, null, "DE"));
            user("admin@muster-logistik.example", "Max Muster", Role.CUSTOMER_ADMIN, customer, hash, "de");
        }
        log.info("Demo data seeded: {} organisations, {} users (password in README)", organizations.count(), users.count());
    }

    private Organization distributor(String name, String country, AppUser dam, String domain, String hash) {
        Organization distributor = new Organization(name, OrganizationType.DISTRIBUTOR, null, country);
        distributor.setDam(dam);
        organizations.save(distributor);
        twoUsers(distributor, Role.DISTRIBUTOR, domain, hash);
        return distributor;
    }

    private void tier1(String name, String country, AppUser cam, String domain, String hash) {
        Organization partner = new Organization(name, OrganizationType.PARTNER, PartnerTier.TIER_1, country);
        partner.setCam(cam);
        organizations.save(partner);
        twoUsers(partner, Role.PARTNER, domain, hash);
    }

    private void tier2(String name, String country, List<Organization> distributors, String domain, String hash) {
        Organization partner = new Organization(name, OrganizationType.PARTNER, PartnerTier.TIER_2, country);
        partner.getDistributors().addAll(distributors);
        organizations.save(partner);
        twoUsers(partner, Role.PARTNER, domain, hash);
    }

    private void twoUsers(Organization organization, Role role, String domain, String hash) {
        String shortName = organization.getName().split(" ")[0];
        user("user1@" + domain, shortName + " One", role, organization, hash, "de");
        user("user2@" + domain, shortName + " Two", role, organization, hash, "en");
    }

    private AppUser user(String email, String name, Role role, Organization organization, String hash, String language) {
        AppUser user = new AppUser(email, name, hash, role, organization);
        user.setPreferredLanguage(language);
        return users.save(user);
    }
}
