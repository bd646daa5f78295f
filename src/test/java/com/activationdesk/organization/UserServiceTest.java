package com.activationdesk.organization;

import java.util.Locale;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules an admin meets when maintaining users, checked in the service (demo data seeded). */
@IntegrationTest
@WithUserDetails(VENDOR_ADMIN)
class UserServiceTest {

    private static final String PASSWORD = "Sicher-Passwort-2026";

    @Autowired
    UserService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Test
    void createsUserWithNormalisedEmail() {
        String local = "Mixed." + Unique.tag();

        UserRow created = users.create(new UserForm(local + "@Nordlicht.Example", "Mixed Case", Role.PARTNER,
                organizationId(OrganizationType.PARTNER, "Nordlicht Systemhaus GmbH"), "de"), PASSWORD);

        assertThat(created.email()).isEqualTo(local.toLowerCase(Locale.ROOT) + "@nordlicht.example");
        assertThat(created.organizationName()).isEqualTo("Nordlicht Systemhaus GmbH");
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void refusesDuplicateEmailIgnoringCase() {
        assertField(() -> users.create(new UserForm("CAM1@vendor.example", "Second CAM", Role.CAM, vendorId(), "en"), PASSWORD),
                "email", "user.error.duplicate-email");
    }

    @Test
    void refusesWeakPasswordAtThePasswordField() {
        assertField(() -> users.create(new UserForm(Unique.email("user", "vendor.example"), "Weak", Role.CAM, vendorId(), "en"), "short1"),
                "password", "password.error.too-short");
        assertField(() -> users.create(new UserForm(Unique.email("user", "vendor.example"), "Weak", Role.CAM, vendorId(), "en"), "qwerty123456"),
                "password", "password.error.common");
    }

    @Test
    void refusesRoleThatDoesNotFitTheOrganisationWithTranslatedMessage() {
        long partner = organizationId(OrganizationType.PARTNER, "Nordlicht Systemhaus GmbH");

        assertThatThrownBy(() -> users.create(new UserForm(Unique.email("user", "vendor.example"), "CAM At Partner", Role.CAM, partner, "en"), PASSWORD))
                .isInstanceOfSatisfying(FieldValidationException.class, error -> {
                    assertThat(error.getField()).isEqualTo("organizationId");
                    assertThat(error.getMessageKey()).isEqualTo("user.error.role-organization-mismatch");
                    assertThat(messages.getMessage(error.getMessageKey(), error.getArguments(), Locale.ENGLISH))
                            .isEqualTo("The role Channel account manager (CAM) requires an organisation of type Vendor.");
                });
    }

    @Test
    void disablesEnablesAndResetsPasswordWithVersionCheck() {
        UserRow created = users.create(new UserForm(Unique.email("user", "vendor.example"), "Versioned", Role.CLOUD_OPS, vendorId(), "en"), PASSWORD);

        UserRow disabled = users.setEnabled(created.id(), created.version(), false);
        assertThat(disabled.enabled()).isFalse();
        assertThatThrownBy(() -> users.setEnabled(created.id(), created.version(), true))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> users.resetPassword(created.id(), created.version(), "Another-Password-2027"))
                .isInstanceOf(ConcurrentChangeException.class);

        UserRow reset = users.resetPassword(disabled.id(), disabled.version(), "Another-Password-2027");
        assertThat(passwordEncoder.matches("Another-Password-2027",
                userRepository.findById(reset.id()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(users.setEnabled(reset.id(), reset.version(), true).enabled()).isTrue();
    }

    @Test
    void assignedManagerCannotChangeRole() {
        UserRow cam = users.create(new UserForm(Unique.email("user", "vendor.example"), "Assigned CAM", Role.CAM, vendorId(), "en"), PASSWORD);
        organizations.create(new OrganizationForm(Unique.name("Partner Of New CAM"),
                OrganizationType.PARTNER, PartnerTier.TIER_1, "DE", cam.id(), null, Set.of()));

        assertThatThrownBy(() -> users.update(cam.id(), cam.version(),
                new UserForm(cam.email(), cam.displayName(), Role.DAM, vendorId(), "en")))
                .isInstanceOfSatisfying(DomainException.class,
                        error -> assertThat(error.getMessageKey()).isEqualTo("user.error.still-assigned"));
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void nonAdminIsDenied() {
        assertThatThrownBy(() -> users.find(UserFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new UserForm(Unique.email("user", "vendor.example"), "Denied", Role.ADMIN, 1L, "en"), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable call, String field, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldValidationException.class, error -> {
            assertThat(error.getField()).isEqualTo(field);
            assertThat(error.getMessageKey()).isEqualTo(messageKey);
        });
    }

    private long vendorId() {
        return organizationId(OrganizationType.VENDOR, "Unify (Vendor)");
    }

    private long organizationId(OrganizationType type, String name) {
        return organizations.findByType(type).stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow().id();
    }
}
