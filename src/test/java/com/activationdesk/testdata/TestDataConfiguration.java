package com.activationdesk.testdata;

import java.time.Clock;

import com.activationdesk.RunAs;
import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.request.service.RequestService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test-data helpers as beans of the integration and browserless contexts, so a test asks for
 * {@link RequestSteps}, {@link InvitedRequests} and {@link TestOrganizations} instead of building them from the repositories and services
 * they need. Both are stateless; the steps read the context's clock (the test clock there).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    RequestSteps requestSteps(RequestService requests, RunAs runAs, Clock clock) {
        return new RequestSteps(requests, runAs, clock);
    }

    /** Needs {@code @RecordApplicationEvents} on the test class: it reads the invitation mails from its events. */
    @Bean
    InvitedRequests invitedRequests(RequestSteps steps, ActivationLinkIssuer links) {
        return new InvitedRequests(steps, links);
    }

    @Bean
    TestOrganizations testOrganizations(OrganizationRepository organizations, AppUserRepository users) {
        return new TestOrganizations(organizations, users);
    }
}
