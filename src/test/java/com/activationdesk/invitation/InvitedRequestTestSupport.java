package com.activationdesk.invitation;

import java.time.Instant;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.invitation.service.InvitationService;
import com.activationdesk.request.service.RequestService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Shared set-up of the tests that need invited requests: the clock at the test class's {@link #start()} and
 * {@link InvitedRequests} walking fresh Nordlicht requests
 * through the real workflow, with the services the tests act on.
 */
@IntegrationTest
@RecordApplicationEvents
abstract class InvitedRequestTestSupport {

    @Autowired
    RequestService requestService;
    @Autowired
    InvitationService invitations;
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
    @Autowired
    InvitedRequests fixtures;

    /** The instant each test starts at: the working-time rules make the weekday matter. */
    abstract Instant start();

    @BeforeEach
    void startClock() {
        clock.set(start());
    }
}
