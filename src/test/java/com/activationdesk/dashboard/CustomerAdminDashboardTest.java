package com.activationdesk.dashboard;

import java.time.Duration;

import com.activationdesk.dashboard.service.CustomerDashboard;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer administrator's dashboard: its own tenant only. */
class CustomerAdminDashboardTest extends DashboardServiceTestSupport {

    @Test
    void customerAdminSeesOnlyItsOwnTenant() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        Organization customerA = orgs.customer();
        Organization customerB = orgs.customer();
        String adminA = orgs.user(customerA, Role.CUSTOMER_ADMIN);
        String adminB = orgs.user(customerB, Role.CUSTOMER_ADMIN);
        RequestDetails tenantA = steps.activateAt(steps.invitedAt(partner, cam.getEmail(), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(2))), customerA, NOW.minus(Duration.ofDays(1)));
        RequestDetails tenantB = steps.activateAt(steps.invitedAt(partner, cam.getEmail(), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(2))), customerB, NOW.minus(Duration.ofHours(5)));
        clock.set(NOW);

        CustomerDashboard mine = runAs.as(adminA, dashboards::customer);

        assertThat(mine.tenants()).hasSize(1);
        CustomerDashboard.Tenant tenant = mine.tenants().getFirst();
        assertThat(tenant.request().reference()).isEqualTo(tenantA.reference());
        assertThat(tenant.request().status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(tenant.tenantId()).isEqualTo("tenant-" + tenantA.reference());
        assertThat(tenant.activatedAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(runAs.as(adminA, () -> search.count(tenant.request().filter()))).isEqualTo(1);
        assertThat(runAs.as(adminB, dashboards::customer).tenants()).extracting(t -> t.request().reference())
                .containsExactly(tenantB.reference());
        assertThat(runAs.as(adminB, () -> search.count(tenant.request().filter()))).as("outside B's scope").isZero();
    }
}
