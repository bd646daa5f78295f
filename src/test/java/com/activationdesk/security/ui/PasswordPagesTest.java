package com.activationdesk.security.ui;

import java.util.Locale;

import com.activationdesk.PasswordFieldLimit;
import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordResetService;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/** "Change password" and the reset link's page: every password field shows the policy's maximum, none cuts. */
@UiTest
class PasswordPagesTest extends SpringBrowserlessTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    UserService users;
    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails(OPS1)
    void theChangePageShowsTheMaximumInAllThreeFields() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ChangePasswordView.class);

        for (String id : new String[] {"current-password", "change-password-new", "change-password-confirmation"}) {
            PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id(id), this::type);
        }
    }

    @Test
    void theResetPageShowsTheMaximumInBothFields() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "limit");
        resets.requestReset(user.email(), Locale.ENGLISH);
        long resetId = jdbc.sql("SELECT password_reset_id FROM mail_outbox WHERE recipient = ?").param(user.email())
                .query(Long.class).single();
        String link = resets.issue(resetId).orElseThrow(); // as the delivery job mints it
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(link.substring(link.indexOf("reset-password/")));

        assertThat(getCurrentView()).isInstanceOf(ResetPasswordView.class);
        for (String id : new String[] {"reset-password", "reset-password-confirmation"}) {
            PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id(id), this::type);
        }
    }

    private void type(PasswordField field, String value) {
        test(field).setValue(value);
    }
}
