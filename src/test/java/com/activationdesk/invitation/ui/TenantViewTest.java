package com.activationdesk.invitation.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/** The customer admin's tenant page: details, and adding and removing a co-administrator (no browser). */
@UiTest
@RecordApplicationEvents
class TenantViewTest extends SpringBrowserlessTest {

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
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCustomerAdminAddsAndRemovesACoAdministrator() {
        InvitedRequests.Invited invited = fixtures.invite();
        String admin = activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);
        logIn(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(TenantView.class);
        assertThat(find(Span.class).id("tenant-reference").getText()).isEqualTo(invited.request().reference());
        assertThat(find(Span.class).id("tenant-id").getText()).isEqualTo("tenant-" + invited.request().reference());
        assertThat(find(Span.class).id("tenant-status").getText()).isEqualTo("Activated");
        assertThat(find(Span.class).id("tenant-terms").getText()).startsWith("Version 2026-11, on ");
        assertThat(find(Paragraph.class).id("co-admin-none").isVisible()).isTrue();

        ComboBox<?> candidate = find(ComboBox.class).id("co-admin-candidate");
        test(candidate).selectItem("Nordlicht Two (" + NORDLICHT_USER2 + ")");
        test(find(Button.class).id("co-admin-add")).click();

        @SuppressWarnings("unchecked")
        Grid<CoAdministratorRow> grid = find(Grid.class).id("co-admin-grid");
        assertThat(grid.isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo(NORDLICHT_USER2);
        assertThat(runAs.as(admin, () -> coAdministrators.list(invited.id())))
                .extracting(CoAdministratorRow::email).containsExactly(NORDLICHT_USER2);
        assertThat(test(candidate).getSuggestions()).noneMatch(label -> label.contains(NORDLICHT_USER2));

        Button remove = (Button) test(grid).getCellComponent(0, 3);
        test(remove).click();
        assertThat(runAs.as(admin, () -> coAdministrators.list(invited.id()))).isEmpty();
        assertThat(grid.isVisible()).isFalse();
        assertThat(runAs.as(admin, () -> requestService.timeline(invited.id())))
                .extracting(entry -> entry.action()).endsWith("ADD_CO_ADMIN", "REMOVE_CO_ADMIN");
    }

    /** #12 item 4: the consent note Cloud Ops documented is internal; the customer's page has no trace of it. */
    @Test
    void theCustomerAdminsViewDataHasNoConsentNoteAndNoStaffName() {
        InvitedRequests.Invited invited = fixtures.invite();
        String admin = activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);
        String consent = "Kunde hat am Telefon zugestimmt, Ticket " + Unique.tag();
        long colleague = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(NORDLICHT_USER2)
                .query(Long.class).single();
        runAs.run(OPS1, () -> coAdministrators.add(invited.id(), requestService.get(invited.id()).version(),
                colleague, consent));
        logIn(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(TenantView.class);

        @SuppressWarnings("unchecked")
        Grid<CoAdministratorRow> grid = find(Grid.class).id("co-admin-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        CoAdministratorRow row = test(grid).getRow(0);
        assertThat(row).as("all the row holds").isEqualTo(new CoAdministratorRow(colleague, NORDLICHT_USER2,
                "Nordlicht Two", row.addedAt()));
        assertThat(row.addedAt()).isBetween(clock.instant().minus(Duration.ofMinutes(5)), clock.instant());
        List<String> cells = List.of(test(grid).getCellText(0, 0), test(grid).getCellText(0, 1),
                test(grid).getCellText(0, 2));
        assertThat(cells).contains("Nordlicht Two", NORDLICHT_USER2);
        assertThat(getCurrentView().getElement().getTextRecursively() + cells)
                .doesNotContain(consent, "Olga Operations");
    }

    @Test
    void aCustomerWithoutTenantSeesSo() {
        // its own customer: other tests in this context may activate tenants for the demo customer
        String email = "no-tenant-" + Unique.tag() + "@customer.example";
        long customer = jdbc.sql("INSERT INTO organization (name, type, country) VALUES (?, 'END_CUSTOMER', 'DE') RETURNING id")
                .param("Kunde ohne Mandant " + email).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO app_user (email, display_name, password_hash, role, organization_id, organization_type, preferred_language)
                VALUES (?, 'Ohne Mandant', '{noop}unused', 'CUSTOMER_ADMIN', ?, 'END_CUSTOMER', 'de')""")
                .params(email, customer).update();
        logIn(email);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(TenantView.class);
        assertThat(find(Paragraph.class).id("tenant-none").getText())
                .isEqualTo("Zu Ihrer Organisation gehört noch kein Unify Phone Mandant.");
    }

    /** The account exists only after activation, so the login happens here rather than by annotation. */
    private void logIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
