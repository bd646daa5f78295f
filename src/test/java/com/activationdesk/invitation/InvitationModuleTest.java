package com.activationdesk.invitation;

import java.time.Clock;

import com.activationdesk.ModuleTest;
import com.activationdesk.RunAs;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations with what they depend on (request and its dependencies), without mail: a link issued by Cloud Ops
 * activates the tenant through the {@code Tenants} port, and the new customer admin finds the tenant.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(RunAs.class)
@RecordApplicationEvents
class InvitationModuleTest {

    @Autowired
    RequestService requestService;
    @Autowired
    ActivationService activation;
    @Autowired
    CoAdministratorService coAdministrators;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;
    @Autowired
    ActivationLinkIssuer links;

    @Test
    void anIssuedLinkActivatesTheTenantForItsNewAdministrator() {
        InvitedRequests.Invited invited = new InvitedRequests(new RequestSteps(requestService, runAs, clock), links).invite();
        String admin = activation.activate(invited.token(), InvitedRequests.PASSWORD, InvitedRequests.PASSWORD,
                InvitedRequests.CONSENT);
        assertThat(runAs.as(admin, () -> coAdministrators.ownTenant())).get().extracting(RequestDetails::status)
                .isEqualTo(RequestStatus.ACTIVATED);
    }
}
