package com.activationdesk.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.service.RequestDetails;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Every dashboard needs the same few SQL statements, whether its scope holds five requests or twenty-five. */
class DashboardStatementsTest extends DashboardServiceTestSupport {

    @Test
    void everyDashboardNeedsTheSameFewStatementsWithFiveOrTwentyFiveRequests() {
        AppUser dam = orgs.vendorUser(Role.DAM);
        Organization distributor = orgs.distributor(dam);
        Organization partner = orgs.tier2(distributor);
        String partnerUser = orgs.user(partner, Role.PARTNER);
        String distributorUser = orgs.user(distributor, Role.DISTRIBUTOR);
        Organization customer = orgs.customer();
        String customerAdmin = orgs.user(customer, Role.CUSTOMER_ADMIN);
        Map<String, Supplier<?>> roles = Map.of(
                partnerUser, dashboards::partner, distributorUser, dashboards::distributor,
                dam.getEmail(), dashboards::manager, OPS1, dashboards::cloudOps,
                VENDOR_ADMIN, dashboards::admin, customerAdmin, dashboards::customer);

        addTier2Requests(5, partnerUser, distributor, distributorUser, dam.getEmail(), customer);
        Map<String, Integer> withFive = statements(roles);
        addTier2Requests(20, partnerUser, distributor, distributorUser, dam.getEmail(), customer);
        Map<String, Integer> withTwentyFive = statements(roles);

        assertThat(withTwentyFive).isEqualTo(withFive);
        assertThat(withFive.values()).allSatisfy(count -> assertThat(count).isBetween(1, 8));
    }

    /** Requests in every stage: at the distributor, in review, at Cloud Ops, invited, activated. */
    private void addTier2Requests(int count, String partnerUser, Organization distributor, String distributorUser,
                                  String dam, Organization customer) {
        for (int i = 0; i < count; i++) {
            clock.set(NOW.minus(Duration.ofDays(3)));
            RequestDetails request = steps.submit(partnerUser, draft(partnerUser, distributor));
            if (i % 5 == 0) {
                continue;
            }
            request = steps.passToDam(distributorUser, request);
            if (i % 5 == 1) {
                continue;
            }
            request = steps.forward(dam, request);
            if (i % 5 == 2) {
                continue;
            }
            clock.set(NOW.minus(Duration.ofDays(2)));
            request = steps.invite(OPS1, request);
            if (i % 5 == 4) {
                steps.activateAt(request, customer, NOW.minus(Duration.ofDays(1)));
            }
        }
        clock.set(NOW);
    }

    private Map<String, Integer> statements(Map<String, Supplier<?>> roles) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        roles.forEach((user, dashboard) -> runAs.run(user, () -> {
            dashboard.get(); // first call may look up the optional tables once
            sql.reset();
            dashboard.get();
            counts.put(user, sql.statements().size());
        }));
        return counts;
    }
}
