package com.activationdesk.organization;

import com.activationdesk.IntegrationTest;
import com.activationdesk.RunAs;
import com.activationdesk.SecurityLogCapture;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A password set by an admin must be changed by its user, who proves the current one; an admin reset asks for a
 * change again. Each step is in the security log, never the password itself.
 */
@IntegrationTest
class OwnPasswordTest {

    private static final String OWN_PASSWORD = "Mein-eigenes-Passwort-1";

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Autowired
    UserService users;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AppUserRepository userRepository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RunAs runAs;

    @Test
    void theUserReplacesTheAdminSetPasswordAndTheAdminCanAskAgain() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "own");
        assertThat(runAs.as(user.email(), () -> users.passwordChangeRequired(user.id()))).isTrue();

        assertField(() -> runAs.run(user.email(), () -> users.changeOwnPassword(user.id(), "wrong", OWN_PASSWORD)),
                "currentPassword", "password.error.current-wrong");
        assertField(() -> runAs.run(user.email(), () -> users.changeOwnPassword(user.id(), PASSWORD, user.email())),
                "password", "password.error.contains-email");
        assertThat(passwordEncoder.matches(PASSWORD, hash(user))).as("nothing half-changed").isTrue();

        runAs.run(user.email(), () -> users.changeOwnPassword(user.id(), PASSWORD, OWN_PASSWORD));

        assertThat(passwordEncoder.matches(OWN_PASSWORD, hash(user))).isTrue();
        assertThat(runAs.as(user.email(), () -> users.passwordChangeRequired(user.id()))).isFalse();

        UserRow current = runAs.as(VENDOR_ADMIN, () -> users.find(
                new UserFilter(null, null, user.email()),
                PageRequest.of(0, 1)).getFirst());
        runAs.run(VENDOR_ADMIN, () -> users.resetPassword(current.id(), current.version(), "Vom-Admin-gesetzt-2026"));
        assertThat(runAs.as(user.email(), () -> users.passwordChangeRequired(user.id()))).isTrue();

        assertThat(securityLog.lines("PASSWORD_CHANGED")).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("refused: wrong current password"))
                .anySatisfy(line -> assertThat(line).contains(user.email(), "by the user"))
                .anySatisfy(line -> assertThat(line).contains("set by admin " + VENDOR_ADMIN));
        assertThat(securityLog.lines()).noneSatisfy(line -> assertThat(line)
                .containsAnyOf(PASSWORD, OWN_PASSWORD, "Vom-Admin-gesetzt-2026"));
    }

    @Test
    void nobodyChangesSomeoneElsesPasswordAndTheRefusalIsLogged() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "victim");

        assertThatThrownBy(() -> runAs.run(VENDOR_ADMIN,
                () -> users.changeOwnPassword(user.id(), PASSWORD, OWN_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(securityLog.lines("ACCESS_DENIED")).singleElement().asString()
                .contains(VENDOR_ADMIN, "UserService.changeOwnPassword");
    }

    private String hash(UserRow user) {
        return userRepository.findById(user.id()).orElseThrow().getPasswordHash();
    }

    private static void assertField(Runnable call, String field, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldValidationException.class, error -> {
            assertThat(error.getField()).isEqualTo(field);
            assertThat(error.getMessageKey()).isEqualTo(messageKey);
        });
    }
}
