package com.activationdesk.security.ui;

import java.util.List;

import com.activationdesk.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page: a title that names the page, and after a failed attempt the e-mail that was typed. */
@UiTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theTabTitleNamesThePageOnce() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Log in | Activation Desk");
    }

    @Test
    void afterAFailedLoginTheTypedEmailIsFilledInAgainOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE, "typo@example.com");

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(pendingScriptArguments()).contains("typo@example.com");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE)).isNull();
    }

    private static List<Object> pendingScriptArguments() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream()).toList();
    }
}
