package com.activationdesk.invitation;

import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.request.service.RequestService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.activationdesk.invitation.InvitedRequests.CONSENT;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.testdata.TestInstants.WEDNESDAY_1000;

/**
 * Shared set-up of the co-administrator tests: a Wednesday morning, tenants of Nordlicht invited through the real
 * workflow ({@link InvitedRequests}) and activated by their administrator, and what the customer admin lists.
 */
@IntegrationTest
@RecordApplicationEvents
abstract class CoAdministratorTestSupport {

    @Autowired
    CoAdministratorService coAdministrators;
    @Autowired
    RequestService requestService;
    @Autowired
    ActivationService activation;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ActivationLinkIssuer links;
    @Autowired
    JdbcTemplate jdbc;

    InvitedRequests fixtures;

    @BeforeEach
    void startOnWednesdayMorning() {
        clock.set(WEDNESDAY_1000);
        fixtures = new InvitedRequests(requestService, runAs, clock, events, links);
    }

    /** A fresh tenant of Nordlicht, activated through its link: no co-administrator yet. */
    Tenant activatedTenant() {
        InvitedRequests.Invited invited = fixtures.invite();
        String admin = activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);
        return new Tenant(invited.id(), admin);
    }

    /** The co-administrators as the tenant's customer admin lists them. */
    List<CoAdministratorRow> coAdministratorsOf(Tenant tenant) {
        return runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()));
    }

    /** An activated request and the customer admin who activated it. */
    record Tenant(long id, String admin) {
    }
}
