package com.activationdesk.security;

import java.io.IOException;

import com.activationdesk.security.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with its error, as Spring Security's default does, and with the typed e-mail kept in the
 * session for the page to fill in again: a typo in the password should not cost the address as well.
 */
class FailedLoginHandler extends SimpleUrlAuthenticationFailureHandler {

    /** The login form's name for the e-mail field (Spring Security's default username parameter). */
    static final String EMAIL_PARAMETER = "username";

    FailedLoginHandler(String loginPath) {
        super(loginPath + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        String email = request.getParameter(EMAIL_PARAMETER);
        if (email != null) {
            request.getSession().setAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE, email.strip());
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
