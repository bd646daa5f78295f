package com.activationdesk.request;

import com.activationdesk.ModuleTest;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests with the modules they name (base, audit, organization, security, sla), without invitation, mail or
 * dashboard: the services answer in the user's scope and the port for invitations is there.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(RunAs.class)
class RequestModuleTest {

    @Autowired
    RequestService requests;
    @Autowired
    RequestSearch search;
    @Autowired
    Tenants tenants;
    @Autowired
    RunAs runAs;

    @Test
    void servesPartnersInTheirScopeAndOffersThePortForInvitations() {
        assertThat(runAs.as(NORDLICHT_USER1, () -> requests.myRouting().tier())).isEqualTo(PartnerTier.TIER_1);
        assertThat(runAs.as(VENDOR_ADMIN, () -> search.count(RequestFilter.none()))).isZero();
        assertThat(tenants.expireDueInvitations()).isEmpty();
    }
}
