package com.activationdesk.security.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Spring Security form login; texts follow the browser's language. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    /** The query parameter that shows "session ended, please sign in again" (timeout, account change). */
    public static final String SESSION_ENDED_PARAMETER = "expired";

    /**
     * The HTTP session attribute under which a failed login leaves the e-mail it was tried with, so that the
     * login page can offer it again instead of an empty field.
     */
    public static final String FAILED_EMAIL_ATTRIBUTE = LoginView.class.getName() + ".failedEmail";

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.addForgotPasswordListener(forgot -> forgot.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());
        login.setId("login-form");
        add(login);
        keepLoginEventInTheBrowser();
    }

    /**
     * The login form posts natively to Spring Security, which gives the session a new id. Flow also sends the
     * form's {@code login} event to the server, with the old session id, at the same moment: when that request
     * arrives after the id changed, the old page's Flow client is told its session expired and reloads, cancelling
     * the redirect to the dashboard — a successful login lands on the login page again (vaadin/flow#12640, ~4 in
     * 100 logins). The server needs nothing from that event, so it is stopped before it reaches Flow's listener
     * (capture phase); the form still submits, as stopping propagation does not prevent its default.
     */
    private void keepLoginEventInTheBrowser() {
        getElement().executeJs("this.addEventListener('login', event => event.stopPropagation(), true)");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        if (failed) {
            failedEmail().ifPresent(this::prefillEmail);
        } else if (parameters.containsKey(SESSION_ENDED_PARAMETER)) {
            showSessionEnded();
        }
        login.setError(failed || parameters.containsKey(SESSION_ENDED_PARAMETER));
    }

    /** The form's error panel, with its own title and text: the one place the form shows a notice. */
    private void showSessionEnded() {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.session-ended.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.session-ended.message"));
        login.setI18n(i18n);
    }

    /** The e-mail of the failed attempt, taken once: a later visit to the login page starts empty. */
    private static Optional<String> failedEmail() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object email = session.getAttribute(FAILED_EMAIL_ATTRIBUTE);
        session.removeAttribute(FAILED_EMAIL_ATTRIBUTE);
        return Optional.ofNullable(email).map(Object::toString).filter(value -> !value.isBlank());
    }

    /** The login form has no server-side API for its fields; it renders them in its light DOM once updated. */
    private void prefillEmail(String email) {
        login.getElement().executeJs("this.updateComplete.then(() => {"
                + " const field = this.querySelector('#vaadinLoginUsername');"
                + " if (field) { field.value = $0; this.querySelector('#vaadinLoginPassword')?.focus(); } })", email);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title") + " | " + getTranslation("app.name");
    }
}
