package com.activationdesk.invitation;


import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #11 item 1: a co-administrator whose account is disabled or who leaves the partner loses the co-administration
 * in the admin's transaction, recorded on the tenant's timeline with the system as the actor; moving within the
 * partner's own role keeps it.
 */
class CoAdministratorRevocationTest extends CoAdministratorTestSupport {

    private static final String USER_PASSWORD = "Partner-Passwort-2026";

    @Autowired
    UserService users;

    @Test
    void disablingACoAdministratorRemovesTheCoAdministrationAsTheSystem() {
        UserRow partnerUser = newNordlichtUser();
        Tenant tenant = tenantCoAdministeredBy(partnerUser);

        runAs.run(VENDOR_ADMIN, () -> users.setEnabled(partnerUser.id(), partnerUser.version(), false));

        assertThat(coAdministratorsOf(tenant)).isEmpty();
        AuditEntryView removal = lastTimelineEntry(tenant);
        assertThat(removal.action()).isEqualTo("REMOVE_CO_ADMIN");
        assertThat(removal.actor().role()).isEqualTo("SYSTEM");
        assertThat(removal.changes()).singleElement().satisfies(change -> {
            assertThat(change.oldValue()).isEqualTo(partnerUser.email());
            assertThat(change.newValue()).isNull();
        });
    }

    @Test
    void movingToAnotherPartnerRemovesTheCoAdministration() {
        UserRow partnerUser = newNordlichtUser();
        Tenant tenant = tenantCoAdministeredBy(partnerUser);
        long rheinwerk = organizationId("Rheinwerk IT AG");

        runAs.run(VENDOR_ADMIN, () -> users.update(partnerUser.id(), partnerUser.version(),
                new UserForm(partnerUser.email(), partnerUser.displayName(), Role.PARTNER, rheinwerk, "de")));

        assertThat(coAdministratorsOf(tenant)).isEmpty();
        assertThat(lastTimelineEntry(tenant).actor().role()).isEqualTo("SYSTEM");
    }

    @Test
    void aChangeThatKeepsThePartnerKeepsTheCoAdministration() {
        UserRow partnerUser = newNordlichtUser();
        Tenant tenant = tenantCoAdministeredBy(partnerUser);

        runAs.run(VENDOR_ADMIN, () -> users.resetPassword(partnerUser.id(), partnerUser.version(),
                "Neues-Passwort-2026"));

        assertThat(coAdministratorsOf(tenant)).extracting(CoAdministratorRow::email).containsExactly(partnerUser.email());
        assertThat(lastTimelineEntry(tenant).action()).isEqualTo("ADD_CO_ADMIN");
    }

    private UserRow newNordlichtUser() {
        return runAs.as(VENDOR_ADMIN, () -> users.create(new UserForm(Unique.email("coadmin", "nordlicht.example"),
                "Co Admin " + Unique.tag(), Role.PARTNER, organizationId("Nordlicht Systemhaus GmbH"), "de"),
                USER_PASSWORD));
    }

    /** A tenant of Nordlicht (the fixtures' partner), activated, with the user added by its customer admin. */
    private Tenant tenantCoAdministeredBy(UserRow partnerUser) {
        Tenant tenant = activatedTenant();
        RequestDetails activated = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()));
        runAs.run(tenant.admin(), () -> coAdministrators.add(tenant.id(), activated.version(), partnerUser.id(), null));
        assertThat(coAdministratorsOf(tenant)).extracting(CoAdministratorRow::email).containsExactly(partnerUser.email());
        return tenant;
    }

    /** As Cloud Ops, who sees every entry with its field changes (the customer admin sees others' without). */
    private AuditEntryView lastTimelineEntry(Tenant tenant) {
        return runAs.as(OPS1, () -> requestService.timeline(tenant.id())).getLast();
    }

    private long organizationId(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }
}
