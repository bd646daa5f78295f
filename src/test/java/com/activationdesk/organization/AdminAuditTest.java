package com.activationdesk.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditFilter;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change an admin makes to users and organisations writes exactly one audit entry, by the admin, with the
 * old and new value of each changed field, in the change's transaction: a refused or rolled-back change writes none.
 */
@IntegrationTest
@WithUserDetails(VENDOR_ADMIN)
class AdminAuditTest {

    private static final String PASSWORD = "Sicher-Passwort-2026";

    @Autowired
    UserService users;
    @Autowired
    AppUserRepository appUsers;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eachUserChangeWritesOneEntryWithOldAndNewValues() {
        String email = Unique.email("audited", "vendor.example");
        UserRow created = users.create(new UserForm(email, "Audited Ops", Role.CLOUD_OPS, vendorId(), "en"), PASSWORD);
        AuditEntryView create = onlyNewEntry(email, 0);
        assertThat(create.action()).isEqualTo("USER_CREATE");
        assertThat(create.subject().id()).isEqualTo(created.id());
        assertThat(create.actor().email()).isEqualTo(VENDOR_ADMIN);
        assertThat(create.actor().role()).isEqualTo("ADMIN");
        assertThat(create.changes()).contains(new FieldChange("email", null, email),
                new FieldChange("role", null, "CLOUD_OPS"), new FieldChange("organization", null, "Unify (Vendor)"),
                new FieldChange("enabled", null, "true"));

        long nordlicht = organizationId(OrganizationType.PARTNER, "Nordlicht Systemhaus GmbH");
        UserForm partnerForm = new UserForm(email, "Audited Partner", Role.PARTNER, nordlicht, "de");
        UserRow moved = users.update(created.id(), created.version(), partnerForm);
        assertThat(onlyNewEntry(email, 1)).satisfies(update -> {
            assertThat(update.action()).isEqualTo("USER_UPDATE");
            assertThat(update.changes()).containsExactly(
                    new FieldChange("displayName", "Audited Ops", "Audited Partner"),
                    new FieldChange("role", "CLOUD_OPS", "PARTNER"),
                    new FieldChange("organization", "Unify (Vendor)", "Nordlicht Systemhaus GmbH"),
                    new FieldChange("preferredLanguage", "en", "de"));
        });

        UserRow unchanged = users.update(moved.id(), moved.version(), partnerForm);
        assertThat(entries(email)).as("saving without a change is no change").hasSize(2);

        UserRow disabled = users.setEnabled(unchanged.id(), unchanged.version(), false);
        assertThat(onlyNewEntry(email, 2)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_DISABLE");
            assertThat(entry.changes()).containsExactly(new FieldChange("enabled", "true", "false"));
        });
        UserRow enabled = users.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(onlyNewEntry(email, 3).changes()).containsExactly(new FieldChange("enabled", "false", "true"));

        users.resetPassword(enabled.id(), enabled.version(), "Neues-Passwort-2026");
        assertThat(onlyNewEntry(email, 4)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_PASSWORD_RESET");
            assertThat(entry.changes()).as("no password, no hash").isEmpty();
            assertThat(entry.comment()).isNull();
        });

        Instant lockedUntil = Instant.parse("2026-12-07T10:15:00Z");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> appUsers.lockUntil(email, lockedUntil));
        users.unlock(enabled.id());
        assertThat(onlyNewEntry(email, 5)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_UNLOCK");
            assertThat(entry.changes()).containsExactly(new FieldChange("lockedUntil", lockedUntil.toString(), null));
        });
    }

    @Test
    void aRefusedOrRolledBackChangeWritesNoEntry() {
        String email = Unique.email("rollback", "vendor.example");
        UserRow created = users.create(new UserForm(email, "Rolled Back", Role.CLOUD_OPS, vendorId(), "en"), PASSWORD);
        assertThat(entries(email)).hasSize(1);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            users.setEnabled(created.id(), created.version(), false);
            status.setRollbackOnly();
        });
        long nordlicht = organizationId(OrganizationType.PARTNER, "Nordlicht Systemhaus GmbH");
        assertThatThrownBy(() -> users.update(created.id(), created.version(),
                new UserForm(email, "Wrong Organisation", Role.CAM, nordlicht, "en")))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> users.create(new UserForm(email, "Duplicate", Role.CLOUD_OPS, vendorId(), "en"),
                PASSWORD)).isInstanceOf(FieldValidationException.class);

        assertThat(entries(email)).hasSize(1);
    }

    @Test
    void organisationChangesWriteOneEntryEachWithAssignments() {
        String name = Unique.name("Audited Partner");
        long cam = users.findEnabledByRole(Role.CAM).stream().filter(user -> user.email().equals(CAM1))
                .findFirst().orElseThrow().id();
        OrganizationRow created = organizations.create(
                new OrganizationForm(name, OrganizationType.PARTNER, PartnerTier.TIER_1, "DE", cam, null, Set.of()));
        AuditEntryView create = onlyNewOrganizationEntry(name, 0);
        assertThat(create.action()).isEqualTo("ORGANIZATION_CREATE");
        assertThat(create.subject().id()).isEqualTo(created.id());
        assertThat(create.changes()).containsExactly(new FieldChange("name", null, name),
                new FieldChange("type", null, "PARTNER"), new FieldChange("tier", null, "TIER_1"),
                new FieldChange("country", null, "DE"), new FieldChange("cam", null, "Clara Kanal <" + CAM1 + ">"));

        OrganizationRow distributor = organizations.findByType(OrganizationType.DISTRIBUTOR).getFirst();
        organizations.update(created.id(), created.version(), new OrganizationForm(name, OrganizationType.PARTNER,
                PartnerTier.TIER_2, "AT", null, null, Set.of(distributor.id())));
        assertThat(onlyNewOrganizationEntry(name, 1)).satisfies(update -> {
            assertThat(update.action()).isEqualTo("ORGANIZATION_UPDATE");
            assertThat(update.actor().email()).isEqualTo(VENDOR_ADMIN);
            assertThat(update.changes()).containsExactly(new FieldChange("tier", "TIER_1", "TIER_2"),
                    new FieldChange("country", "DE", "AT"), new FieldChange("cam", "Clara Kanal <" + CAM1 + ">", null),
                    new FieldChange("distributors", null, distributor.name()));
        });
    }

    /** The entry written since {@code before} entries existed, which must be the only new one. */
    private AuditEntryView onlyNewEntry(String email, int before) {
        List<AuditEntryView> entries = entries(email);
        assertThat(entries).hasSize(before + 1);
        return entries.getFirst(); // newest first
    }

    private AuditEntryView onlyNewOrganizationEntry(String name, int before) {
        List<AuditEntryView> entries = auditTrail.search(
                new AuditFilter(name, null, null, null, null, AuditSubjectType.ORGANIZATION), PageRequest.of(0, 20));
        assertThat(entries).hasSize(before + 1);
        return entries.getFirst();
    }

    private List<AuditEntryView> entries(String email) {
        return auditTrail.search(new AuditFilter(email, null, null, null, null, AuditSubjectType.USER),
                PageRequest.of(0, 20));
    }

    private long vendorId() {
        return organizationId(OrganizationType.VENDOR, "Unify (Vendor)");
    }

    private long organizationId(OrganizationType type, String name) {
        return organizations.findByType(type).stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow().id();
    }
}
