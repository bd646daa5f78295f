package com.activationdesk.security.ui;

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
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            failedEmail().ifPresent(this::prefillEmail);
        }
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
