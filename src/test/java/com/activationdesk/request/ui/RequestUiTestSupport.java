package com.activationdesk.request.ui;

import java.util.List;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import com.activationdesk.testdata.TestRequest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;

/**
 * Shared set-up of the request view tests: a fixed Monday morning, demo users who log in and out within one
 * test, and requests brought into each status through the real services.
 */
abstract class RequestUiTestSupport extends SpringBrowserlessTest {

    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestSteps steps;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    UserDetailsService userDetailsService;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Acts as this user from now on, for the services and for Vaadin's view access checks. */
    void login(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Navigates like typing the URL, and returns what is shown (a view, or the not-found page). */
    HasElement open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView();
    }

    String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The action buttons of the detail view, by id, in display order. */
    List<String> actionButtons() {
        Div bar = $(Div.class).id("actions");
        return bar.getChildren().filter(Button.class::isInstance).map(Component::getId)
                .map(id -> id.orElseThrow()).toList();
    }

    List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    // ---- requests in each status, through the real services ----------------------------------------------

    /** Valid data with an English-speaking administrator, so mail texts compare with the English bundle. */
    TestRequest valid() {
        return TestRequest.valid(clock).withAdminLanguage("en");
    }

    RequestDetails draft() {
        return steps.draft(NORDLICHT_USER2, valid().form());
    }

    RequestDetails inReview() {
        return steps.submit(NORDLICHT_USER2, draft());
    }

    RequestDetails returned() {
        return steps.returnToPartner(CAM1, inReview());
    }

    RequestDetails atDistributor() {
        long alpha = organizations.demo(OrganizationType.DISTRIBUTOR, TestOrganizations.ALPHA_DISTRIBUTION).getId();
        return steps.submit(BAVARIA_USER2, steps.draft(BAVARIA_USER2, valid().viaDistributor(alpha).form()));
    }

    RequestDetails atCloudOps() {
        return steps.forward(CAM1, inReview());
    }

    RequestDetails invitationSent() {
        return steps.invite(OPS2, atCloudOps());
    }

    RequestDetails resendRequested() {
        return steps.requestResend(CAM1, invitationSent());
    }

    RequestDetails activated() {
        RequestDetails sent = invitationSent();
        steps.activate(sent, organizations.demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK),
                "2026-11");
        return runAs.as(MUSTER_ADMIN, () -> requests.get(sent.id()));
    }
}
