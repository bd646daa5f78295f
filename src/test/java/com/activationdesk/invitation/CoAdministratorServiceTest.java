package com.activationdesk.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.activationdesk.invitation.InvitedRequests.CLOUD_OPS;
import static com.activationdesk.invitation.InvitedRequests.PARTNER;
import static com.activationdesk.invitation.InvitedRequests.PARTNER_COLLEAGUE;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Co-administrators of an activated tenant: partner users only, table-driven rights, audited. */
@IntegrationTest
@RecordApplicationEvents
class CoAdministratorServiceTest {

    static final Instant WEDNESDAY_1000 = Instant.parse("2026-12-09T09:00:00Z");
    static final String OTHER_PARTNER = "user1@rheinwerk.example";
    static final String OTHER_CUSTOMER_ADMIN = "admin@muster-logistik.example";

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
    JdbcTemplate jdbc;

    InvitedRequests fixtures;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY_1000);
        fixtures = new InvitedRequests(requestService, runAs, clock, events);
    }

    @Test
    void theCustomerAdminAddsAndRemovesAPartnerUserAndEachChangeIsAudited() {
        Tenant tenant = activatedTenant();
        long colleague = userId(PARTNER_COLLEAGUE);

        List<CoAdministratorCandidate> candidates = runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id()));
        assertThat(candidates).extracting(CoAdministratorCandidate::email)
                .contains(PARTNER, PARTNER_COLLEAGUE).doesNotContain(OTHER_PARTNER, "cam1@vendor.example")
                .allMatch(email -> email.endsWith("@nordlicht.example"));
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.ownTenant())).hasValueSatisfying(
                own -> assertThat(own.id()).isEqualTo(tenant.id()));

        clock.advance(Duration.ofMinutes(10));
        RequestDetails before = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()));
        RequestDetails added = runAs.as(tenant.admin(),
                () -> coAdministrators.add(tenant.id(), before.version(), colleague, null));
        assertThat(added.version()).isGreaterThan(before.version());
        assertThat(added.updatedAt()).isEqualTo(clock.instant());
        assertThat(added.status()).isEqualTo(RequestStatus.ACTIVATED);

        List<CoAdministratorRow> rows = runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo(PARTNER_COLLEAGUE);
            assertThat(row.displayName()).isEqualTo("Nordlicht Two");
            assertThat(row.addedAt()).isEqualTo(clock.instant());
            assertThat(row.addedByName()).isEqualTo("Erika Mustermann");
        });
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id())))
                .extracting(CoAdministratorCandidate::email).contains(PARTNER).doesNotContain(PARTNER_COLLEAGUE);
        assertThat(runAs.as(PARTNER_COLLEAGUE, () -> coAdministrators.isCoAdministrator(tenant.id()))).isTrue();
        assertThat(runAs.as(PARTNER, () -> coAdministrators.isCoAdministrator(tenant.id()))).isFalse();
        assertThat(runAs.as(PARTNER, () -> coAdministrators.list(tenant.id()))).hasSize(1);
        assertThatThrownBy(() -> runAs.as(tenant.admin(),
                () -> coAdministrators.add(tenant.id(), added.version(), colleague, null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.already");

        clock.advance(Duration.ofMinutes(10));
        RequestDetails removed = runAs.as(tenant.admin(),
                () -> coAdministrators.remove(tenant.id(), added.version(), colleague, null));
        assertThat(removed.version()).isGreaterThan(added.version());
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()))).isEmpty();
        assertThat(runAs.as(PARTNER_COLLEAGUE, () -> coAdministrators.isCoAdministrator(tenant.id()))).isFalse();

        List<AuditEntryView> timeline = runAs.as(tenant.admin(), () -> requestService.timeline(tenant.id()));
        assertThat(timeline).extracting(AuditEntryView::action).endsWith("ACTIVATE", "ADD_CO_ADMIN", "REMOVE_CO_ADMIN");
        AuditEntryView add = timeline.get(timeline.size() - 2);
        AuditEntryView remove = timeline.getLast();
        assertThat(add.fromStatus()).isEqualTo("ACTIVATED");
        assertThat(add.toStatus()).isEqualTo("ACTIVATED");
        assertThat(add.actor().role()).isEqualTo("CUSTOMER_ADMIN");
        assertThat(add.actor().email()).isEqualTo(tenant.admin());
        assertThat(add.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("coAdministrator");
            assertThat(change.oldValue()).isNull();
            assertThat(change.newValue()).isEqualTo(PARTNER_COLLEAGUE);
        });
        assertThat(remove.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("coAdministrator");
            assertThat(change.oldValue()).isEqualTo(PARTNER_COLLEAGUE);
            assertThat(change.newValue()).isNull();
        });
    }

    @Test
    void aStaleVersionIsRefusedAsChangedMeanwhile() {
        Tenant tenant = activatedTenant();
        RequestDetails seen = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()));
        clock.advance(Duration.ofMinutes(1));
        runAs.run(tenant.admin(), () -> coAdministrators.add(tenant.id(), seen.version(), userId(PARTNER), null));
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> runAs.as(tenant.admin(),
                () -> coAdministrators.add(tenant.id(), seen.version(), userId(PARTNER_COLLEAGUE), null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id())))
                .extracting(CoAdministratorRow::email).containsExactly(PARTNER);
    }

    @Test
    void onlyEnabledUsersOfTheRequestingPartnerCanBeAdded() {
        Tenant tenant = activatedTenant();
        long version = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()).version());
        for (String outsider : List.of(OTHER_PARTNER, "cam1@vendor.example", "user1@alpha-dist.example")) {
            assertThatThrownBy(() -> runAs.as(tenant.admin(),
                    () -> coAdministrators.add(tenant.id(), version, userId(outsider), null)))
                    .as(outsider)
                    .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.not-partner-user");
        }
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE email = ?", PARTNER_COLLEAGUE);
        try {
            assertThatThrownBy(() -> runAs.as(tenant.admin(),
                    () -> coAdministrators.add(tenant.id(), version, userId(PARTNER_COLLEAGUE), null)))
                    .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.not-partner-user");
            assertThat(runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id())))
                    .extracting(CoAdministratorCandidate::email).contains(PARTNER).doesNotContain(PARTNER_COLLEAGUE);
        } finally {
            jdbc.update("UPDATE app_user SET enabled = TRUE WHERE email = ?", PARTNER_COLLEAGUE);
        }
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()))).isEmpty();
        assertThat(runAs.as(tenant.admin(), () -> requestService.timeline(tenant.id())).getLast().action())
                .isEqualTo("ACTIVATE");
    }

    @Test
    void cloudOpsAddsAndRemovesOnlyWithTheCustomersConsentNote() {
        Tenant tenant = activatedTenant();
        long colleague = userId(PARTNER_COLLEAGUE);
        RequestDetails seen = runAs.as(CLOUD_OPS, () -> requestService.get(tenant.id()));

        assertThatThrownBy(() -> runAs.as(CLOUD_OPS, () -> coAdministrators.add(tenant.id(), seen.version(), colleague, " ")))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.consent-required")
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("consentNote");
        assertThat(runAs.as(CLOUD_OPS, () -> coAdministrators.list(tenant.id()))).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        String consent = "Customer (Erika Mustermann) agreed by phone on 9 Dec 2026, ticket 4711";
        RequestDetails added = runAs.as(CLOUD_OPS,
                () -> coAdministrators.add(tenant.id(), seen.version(), colleague, consent));
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()))).singleElement()
                .satisfies(row -> {
                    assertThat(row.consentNote()).isEqualTo(consent);
                    assertThat(row.addedByName()).isEqualTo("Olga Operations");
                });
        AuditEntryView entry = runAs.as(CLOUD_OPS, () -> requestService.timeline(tenant.id())).getLast();
        assertThat(entry.action()).isEqualTo("ADD_CO_ADMIN");
        assertThat(entry.actor().role()).isEqualTo("CLOUD_OPS");
        assertThat(entry.comment()).isEqualTo(consent);

        assertThatThrownBy(() -> runAs.as(CLOUD_OPS, () -> coAdministrators.remove(tenant.id(), added.version(), colleague, null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.consent-required");
        clock.advance(Duration.ofMinutes(5));
        runAs.run(CLOUD_OPS, () -> coAdministrators.remove(tenant.id(), added.version(), colleague,
                "Customer asked to remove the partner, e-mail of 9 Dec 2026"));
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()))).isEmpty();
    }

    @Test
    void partnersAndOtherCustomersCannotChangeCoAdministrators() {
        Tenant tenant = activatedTenant();
        long version = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()).version());
        long colleague = userId(PARTNER_COLLEAGUE);

        assertThatThrownBy(() -> runAs.as(PARTNER, () -> coAdministrators.add(tenant.id(), version, colleague, "me")))
                .isInstanceOf(DomainException.class).hasMessageContaining("request.error.action-not-allowed");
        assertThat(runAs.as(PARTNER, () -> coAdministrators.candidates(tenant.id()))).isEmpty();
        assertThatThrownBy(() -> runAs.as(OTHER_CUSTOMER_ADMIN, () -> coAdministrators.add(tenant.id(), version, colleague, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(OTHER_CUSTOMER_ADMIN, () -> coAdministrators.list(tenant.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(OTHER_PARTNER, () -> coAdministrators.isCoAdministrator(tenant.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(tenant.admin(), () -> coAdministrators.isCoAdministrator(tenant.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void beforeActivationThereAreNoCoAdministrators() {
        InvitedRequests.Invited invited = fixtures.invite();
        assertThatThrownBy(() -> runAs.as(CLOUD_OPS, () -> coAdministrators.add(invited.id(), invited.request().version(),
                userId(PARTNER_COLLEAGUE), "customer agreed")))
                .isInstanceOf(DomainException.class).hasMessageContaining("request.error.action-not-allowed");
        assertThat(runAs.as(CLOUD_OPS, () -> coAdministrators.candidates(invited.id()))).isEmpty();
    }

    private Tenant activatedTenant() {
        InvitedRequests.Invited invited = fixtures.invite();
        String admin = activation.activate(invited.token(), PASSWORD, PASSWORD, true);
        return new Tenant(invited.id(), admin);
    }

    private long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }

    record Tenant(long id, String admin) {
    }
}
