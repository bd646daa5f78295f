package com.activationdesk.request.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
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

/**
 * Shared set-up of the request view tests: a fixed Monday morning, demo users who log in and out within one
 * test, and requests brought into each status through the real services.
 */
abstract class RequestUiTestSupport extends SpringBrowserlessTest {

    /** Monday 7 December 2026, 09:00 in Berlin: a working day, so SLA due times are easy to state. */
    static final Instant MONDAY_0900 = Instant.parse("2026-12-07T08:00:00Z");

    /** English-speaking users (user2@), so texts can be compared with the English bundle. */
    static final String TIER1_PARTNER = "user2@nordlicht.example";
    static final String TIER1_PARTNER_COLLEAGUE = "user1@nordlicht.example";
    static final String OTHER_TIER1_PARTNER = "user2@rheinwerk.example";
    static final String TIER2_PARTNER = "user2@bavaria-voice.example";
    static final String TIER2_PARTNER_TWO_DISTRIBUTORS = "user2@elbe-netz.example";
    static final String ALPHA_DISTRIBUTOR = "user2@alpha-dist.example";
    static final String CAM = "cam1@vendor.example";
    static final String DAM = "dam1@vendor.example";
    static final String CLOUD_OPS = "ops2@vendor.example";
    static final String CUSTOMER_ADMIN = "admin@muster-logistik.example";

    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
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

    static CustomerData validData() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new CustomerData(
                new Company("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", "DE",
                        "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users",
                        "https://kunde.example"),
                new TenantAdministrator("Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456",
                        "en"),
                new PlatformPlan(Platform.OPENSCAPE_BUSINESS, "V3R3", Licensing.SSL_SUBSCRIPTION, 40,
                        LocalDate.of(2027, 3, 1)),
                new Declarations(true, true));
    }

    long distributorId(String name) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(distributor -> distributor.getName().equals(name)).map(Organization::getId)
                .findFirst().orElseThrow();
    }

    RequestDetails draft() {
        return runAs.as(TIER1_PARTNER, () -> requests.createDraft(new RequestForm(validData(), null)));
    }

    RequestDetails inReview() {
        RequestDetails draft = draft();
        return runAs.as(TIER1_PARTNER, () -> requests.submit(draft.id(), draft.version()));
    }

    RequestDetails returned() {
        RequestDetails review = inReview();
        return runAs.as(CAM, () -> requests.returnToPartner(review.id(), review.version(), "VAT number is missing a digit"));
    }

    RequestDetails atDistributor() {
        RequestForm form = new RequestForm(validData(), distributorId("Alpha Distribution GmbH"));
        RequestDetails draft = runAs.as(TIER2_PARTNER, () -> requests.createDraft(form));
        return runAs.as(TIER2_PARTNER, () -> requests.submit(draft.id(), draft.version()));
    }

    RequestDetails atCloudOps() {
        RequestDetails review = inReview();
        return runAs.as(CAM, () -> requests.forwardToCloudOps(review.id(), review.version(),
                new ForwardChecklist(true, true), null));
    }

    RequestDetails invitationSent() {
        RequestDetails atCloudOps = atCloudOps();
        return runAs.as(CLOUD_OPS, () -> requests.provisionAndInvite(atCloudOps.id(), atCloudOps.version(),
                "tenant-" + atCloudOps.id()));
    }

    RequestDetails resendRequested() {
        RequestDetails sent = invitationSent();
        return runAs.as(CAM, () -> requests.requestResend(sent.id(), sent.version(), null));
    }

    RequestDetails activated() {
        RequestDetails sent = invitationSent();
        long customer = organizations.findByTypeOrderByName(OrganizationType.END_CUSTOMER).stream()
                .filter(o -> o.getName().equals("Muster Logistik GmbH")).map(Organization::getId).findFirst().orElseThrow();
        requests.activate(sent.id(), sent.data().administrator().email(), customer, "2026-11");
        return runAs.as(CUSTOMER_ADMIN, () -> requests.get(sent.id()));
    }
}
