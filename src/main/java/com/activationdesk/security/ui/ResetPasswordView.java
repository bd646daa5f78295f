package com.activationdesk.security.ui;

import java.util.Map;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.organization.OrganizationLinks;
import com.activationdesk.organization.service.InvalidResetLinkException;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.PasswordResetService;
import com.activationdesk.organization.ui.PasswordInput;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page behind a "forgot password" link: a new password under the one policy, shown while typing. Unknown,
 * truncated, expired and used links all get one neutral page.
 */
@Route(value = OrganizationLinks.PASSWORD_RESET_ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final PasswordPolicy passwordPolicy;
    private String token;
    private String titleKey = "password.reset.title";

    public ResetPasswordView(PasswordResetService resets, PasswordPolicy passwordPolicy) {
        this.resets = resets;
        this.passwordPolicy = passwordPolicy;
        addClassName("password-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(OrganizationLinks.RESET_TOKEN_PARAMETER).orElse("");
        resets.findLive(token).ifPresentOrElse(this::showForm, this::showInvalidLink);
    }

    private void showForm(String email) {
        Div card = PasswordPages.card("reset-password-form");
        PasswordInput password = new PasswordInput(passwordPolicy, "reset-password", "password.change.new",
                () -> email);
        PasswordField confirmation = PasswordPages.confirmation("reset-password-confirmation",
                getTranslation("password.change.confirmation"), passwordPolicy.maxLength());
        Map<String, HasValidation> fields = Map.of("password", password.field(), "passwordConfirmation",
                confirmation);
        Button save = new Button(getTranslation("password.reset.submit"), click -> {
            if (!password.validate() || !PasswordPages.matches(password.getValue(), confirmation)) {
                return;
            }
            try {
                resets.reset(token, password.getValue(), confirmation.getValue());
                show("reset-password-done", "password.reset.done.title", "password.reset.done.text");
            } catch (InvalidResetLinkException e) {
                showInvalidLink();
            } catch (FieldValidationException e) {
                FieldErrors.showOrNotify(fields, e);
            }
        });
        save.setId("reset-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        card.add(new H2(getTranslation("password.reset.title")),
                new Paragraph(getTranslation("password.reset.intro", email)), password, confirmation, save);
        titleKey = "password.reset.title";
        removeAll();
        add(card);
    }

    private void showInvalidLink() {
        show("reset-password-invalid", "password.reset.invalid.title", "password.reset.invalid.text");
    }

    private void show(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        Div card = PasswordPages.card(id);
        RouterLink login = new RouterLink(getTranslation("password.forgot.back"), LoginView.class);
        login.setId("reset-login-link");
        card.add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), login);
        removeAll();
        add(card);
        // after a click the page changes without navigation, so the title follows by hand
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
