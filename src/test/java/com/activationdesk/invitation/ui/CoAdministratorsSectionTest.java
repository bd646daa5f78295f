package com.activationdesk.invitation.ui;

import java.util.Locale;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.request.service.RequestService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.activationdesk.invitation.InvitedRequests.CONSENT;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/** The co-administrator section of the request detail view: Cloud Ops adds with consent, the partner sees it. */
@UiTest
@RecordApplicationEvents
class CoAdministratorsSectionTest extends SpringBrowserlessTest {

    @Autowired
    RequestService requestService;
    @Autowired
    ActivationService activation;
    @Autowired
    CoAdministratorService coAdministrators;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MutableClock clock;
    @Autowired
    InvitedRequests fixtures;
    @Autowired
    RunAs runAs;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void cloudOpsAddsAPartnerUserOnlyWithTheCustomersConsentAndThePartnerSeesIt() {
        InvitedRequests.Invited invited = fixtures.invite();
        activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);

        logIn(NORDLICHT_USER2);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("requests/" + invited.id());
        assertThat(find(Span.class).id("co-admin-me").getText()).isEqualTo("You are not a co-administrator of this tenant yet. The customer's administrator can add you.");
        assertThat(find(Button.class).all()).noneMatch(b -> "co-admin-add".equals(b.getId().orElse("")));

        logIn(OPS1);
        UI.getCurrent().navigate("requests/" + invited.id());
        ComboBox<CoAdministratorCandidate> candidate = find(ComboBox.class).id("co-admin-candidate");
        CoAdministratorCandidate colleague = candidate.getListDataView().getItems()
                .filter(c -> c.email().equals(NORDLICHT_USER2)).findFirst().orElseThrow();
        test(candidate).selectItem(colleague.displayName() + " <" + colleague.email() + ">");
        test(find(Button.class).id("co-admin-add")).click();
        TextArea consent = find(TextArea.class).id("co-admin-consent");
        assertThat(consent.isInvalid()).isTrue();
        assertThat(coAdministrators.list(invited.id())).isEmpty();

        test(consent).setValue("Customer admin agreed by phone on 7 Dec 2026, ticket 4711");
        test(find(Button.class).id("co-admin-add")).click();
        assertThat(runAs.as(OPS1, () -> coAdministrators.list(invited.id())))
                .extracting(row -> row.email()).containsExactly(NORDLICHT_USER2);

        logIn(NORDLICHT_USER2);
        UI.getCurrent().navigate("requests/" + invited.id());
        assertThat(find(Span.class).id("co-admin-me").getText()).isEqualTo("You are a co-administrator of this tenant.");
    }

    private void logIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
