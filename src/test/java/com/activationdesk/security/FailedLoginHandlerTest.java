package com.activationdesk.security;

import com.activationdesk.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed login goes back to the login page with its error and leaves the typed e-mail for it. */
class FailedLoginHandlerTest {

    @Test
    void theTypedEmailWaitsInTheSessionForTheLoginPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter(FailedLoginHandler.EMAIL_PARAMETER, " typo@example.com ");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new FailedLoginHandler("/login").onAuthenticationFailure(request, response, new BadCredentialsException("bad"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(request.getSession().getAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE)).isEqualTo("typo@example.com");
    }
}
