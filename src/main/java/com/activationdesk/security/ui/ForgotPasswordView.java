package com.activationdesk.security.ui;

import com.activationdesk.organization.service.PasswordResetService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password?" from the login page: an e-mail address in, the same answer out whether it has an account or
 * not (the service also takes the same time), and a link in the mailbox if it has.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    private final PasswordResetService resets;

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("password-page");
        showForm();
    }

    private void showForm() {
        Div card = PasswordPages.card("forgot-password-form");
        EmailField email = new EmailField(getTranslation("password.forgot.email"));
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("validation.email"));
        email.setWidthFull();
        Button send = new Button(getTranslation("password.forgot.submit"), click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestReset(email.getValue(), getLocale());
            showSent(email.getValue());
        });
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        card.add(new H2(getTranslation("password.forgot.title")), new Paragraph(getTranslation(
                "password.forgot.intro", resets.validity().toMinutes())), email, send, loginLink());
        removeAll();
        add(card);
    }

    private void showSent(String email) {
        Div card = PasswordPages.card("forgot-password-sent");
        card.add(new H2(getTranslation("password.forgot.title")),
                new Paragraph(getTranslation("password.forgot.sent", email.strip())), loginLink());
        removeAll();
        add(card);
    }

    private RouterLink loginLink() {
        RouterLink login = new RouterLink(getTranslation("password.forgot.back"), LoginView.class);
        login.setId("forgot-login-link");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forgot.title") + " | " + getTranslation("app.name");
    }
}
