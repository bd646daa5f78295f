package com.activationdesk.invitation;

import java.time.Duration;
import java.util.List;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Co-administrators of an activated tenant: partner users only, table-driven rights, audited. */
class CoAdministratorServiceTest extends CoAdministratorTestSupport {

    @Test
    void theCustomerAdminAddsAndRemovesAPartnerUserAndEachChangeIsAudited() {
        Tenant tenant = activatedTenant();
        long colleague = userId(NORDLICHT_USER2);

        List<CoAdministratorCandidate> candidates = runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id()));
        assertThat(candidates).extracting(CoAdministratorCandidate::email)
                .contains(NORDLICHT_USER1, NORDLICHT_USER2).doesNotContain(RHEINWERK_USER1, CAM1)
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

        List<CoAdministratorRow> rows = coAdministratorsOf(tenant);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo(NORDLICHT_USER2);
            assertThat(row.displayName()).isEqualTo("Nordlicht Two");
            assertThat(row.addedAt()).isEqualTo(clock.instant());
        });
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id())))
                .extracting(CoAdministratorCandidate::email).contains(NORDLICHT_USER1).doesNotContain(NORDLICHT_USER2);
        assertThat(runAs.as(NORDLICHT_USER2, () -> coAdministrators.isCoAdministrator(tenant.id()))).isTrue();
        assertThat(runAs.as(NORDLICHT_USER1, () -> coAdministrators.isCoAdministrator(tenant.id()))).isFalse();
        assertThat(runAs.as(NORDLICHT_USER1, () -> coAdministrators.list(tenant.id()))).hasSize(1);
        assertThatThrownBy(() -> runAs.as(tenant.admin(),
                () -> coAdministrators.add(tenant.id(), added.version(), colleague, null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.already");

        clock.advance(Duration.ofMinutes(10));
        RequestDetails removed = runAs.as(tenant.admin(),
                () -> coAdministrators.remove(tenant.id(), added.version(), colleague, null));
        assertThat(removed.version()).isGreaterThan(added.version());
        assertThat(coAdministratorsOf(tenant)).isEmpty();
        assertThat(runAs.as(NORDLICHT_USER2, () -> coAdministrators.isCoAdministrator(tenant.id()))).isFalse();

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
            assertThat(change.newValue()).isEqualTo(NORDLICHT_USER2);
        });
        assertThat(remove.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("coAdministrator");
            assertThat(change.oldValue()).isEqualTo(NORDLICHT_USER2);
            assertThat(change.newValue()).isNull();
        });
    }

    @Test
    void aStaleVersionIsRefusedAsChangedMeanwhile() {
        Tenant tenant = activatedTenant();
        RequestDetails seen = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()));
        clock.advance(Duration.ofMinutes(1));
        runAs.run(tenant.admin(), () -> coAdministrators.add(tenant.id(), seen.version(), userId(NORDLICHT_USER1), null));
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> runAs.as(tenant.admin(),
                () -> coAdministrators.add(tenant.id(), seen.version(), userId(NORDLICHT_USER2), null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(coAdministratorsOf(tenant))
                .extracting(CoAdministratorRow::email).containsExactly(NORDLICHT_USER1);
    }

    @Test
    void onlyEnabledUsersOfTheRequestingPartnerCanBeAdded() {
        Tenant tenant = activatedTenant();
        long version = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()).version());
        for (String outsider : List.of(RHEINWERK_USER1, CAM1, ALPHA_USER1)) {
            assertThatThrownBy(() -> runAs.as(tenant.admin(),
                    () -> coAdministrators.add(tenant.id(), version, userId(outsider), null)))
                    .as(outsider)
                    .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.not-partner-user");
        }
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE email = ?", NORDLICHT_USER2);
        try {
            assertThatThrownBy(() -> runAs.as(tenant.admin(),
                    () -> coAdministrators.add(tenant.id(), version, userId(NORDLICHT_USER2), null)))
                    .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.not-partner-user");
            assertThat(runAs.as(tenant.admin(), () -> coAdministrators.candidates(tenant.id())))
                    .extracting(CoAdministratorCandidate::email).contains(NORDLICHT_USER1).doesNotContain(NORDLICHT_USER2);
        } finally {
            jdbc.update("UPDATE app_user SET enabled = TRUE WHERE email = ?", NORDLICHT_USER2);
        }
        assertThat(coAdministratorsOf(tenant)).isEmpty();
        assertThat(runAs.as(tenant.admin(), () -> requestService.timeline(tenant.id())).getLast().action())
                .isEqualTo("ACTIVATE");
    }

    @Test
    void cloudOpsAddsAndRemovesOnlyWithTheCustomersConsentNote() {
        Tenant tenant = activatedTenant();
        long colleague = userId(NORDLICHT_USER2);
        RequestDetails seen = runAs.as(OPS1, () -> requestService.get(tenant.id()));

        assertThatThrownBy(() -> runAs.as(OPS1, () -> coAdministrators.add(tenant.id(), seen.version(), colleague, " ")))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.consent-required")
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("consentNote");
        assertThat(runAs.as(OPS1, () -> coAdministrators.list(tenant.id()))).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        String consent = "Customer (Erika Mustermann) agreed by phone on 9 Dec 2026, ticket 4711";
        RequestDetails added = runAs.as(OPS1,
                () -> coAdministrators.add(tenant.id(), seen.version(), colleague, consent));
        assertThat(runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id())))
                .as("the customer's projection: who and since when, no consent note, no staff name")
                .containsExactly(new CoAdministratorRow(colleague, NORDLICHT_USER2, "Nordlicht Two", clock.instant()));
        AuditEntryView entry = runAs.as(OPS1, () -> requestService.timeline(tenant.id())).getLast();
        assertThat(entry.action()).isEqualTo("ADD_CO_ADMIN");
        assertThat(entry.actor().role()).isEqualTo("CLOUD_OPS");
        assertThat(entry.comment()).isEqualTo(consent);

        assertThatThrownBy(() -> runAs.as(OPS1, () -> coAdministrators.remove(tenant.id(), added.version(), colleague, null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("coadmin.error.consent-required");
        clock.advance(Duration.ofMinutes(5));
        runAs.run(OPS1, () -> coAdministrators.remove(tenant.id(), added.version(), colleague,
                "Customer asked to remove the partner, e-mail of 9 Dec 2026"));
        assertThat(coAdministratorsOf(tenant)).isEmpty();
    }

    @Test
    void partnersAndOtherCustomersCannotChangeCoAdministrators() {
        Tenant tenant = activatedTenant();
        long version = runAs.as(tenant.admin(), () -> requestService.get(tenant.id()).version());
        long colleague = userId(NORDLICHT_USER2);

        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> coAdministrators.add(tenant.id(), version, colleague, "me")))
                .isInstanceOf(DomainException.class).hasMessageContaining("request.error.action-not-allowed");
        assertThat(runAs.as(NORDLICHT_USER1, () -> coAdministrators.candidates(tenant.id()))).isEmpty();
        assertThatThrownBy(() -> runAs.as(MUSTER_ADMIN, () -> coAdministrators.add(tenant.id(), version, colleague, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(MUSTER_ADMIN, () -> coAdministrators.list(tenant.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(RHEINWERK_USER1, () -> coAdministrators.isCoAdministrator(tenant.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.as(tenant.admin(), () -> coAdministrators.isCoAdministrator(tenant.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void beforeActivationThereAreNoCoAdministrators() {
        InvitedRequests.Invited invited = fixtures.invite();
        assertThatThrownBy(() -> runAs.as(OPS1, () -> coAdministrators.add(invited.id(), invited.request().version(),
                userId(NORDLICHT_USER2), "customer agreed")))
                .isInstanceOf(DomainException.class).hasMessageContaining("request.error.action-not-allowed");
        assertThat(runAs.as(OPS1, () -> coAdministrators.candidates(invited.id()))).isEmpty();
    }

    private long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }
}
