package com.activationdesk.security.ui;

import java.util.Map;

import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.base.ui.MainLayout;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.organization.ui.PasswordInput;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "Change password" for every logged-in user, proving the current one. Also where {@code PasswordChangeGuard}
 * sends a user whose password an admin or the bootstrap set, until they have chosen their own.
 */
@Route(MainLayout.CHANGE_PASSWORD_ROUTE)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    public ChangePasswordView(UserService users, PasswordPolicy passwordPolicy, CurrentUser currentUser) {
        addClassName("page");
        UserPrincipal user = currentUser.require();
        Div card = PasswordPages.card("change-password-form");
        card.add(new H2(getTranslation("password.change.title")));
        if (users.passwordChangeRequired(user.userId())) {
            Paragraph required = new Paragraph(getTranslation("password.change.required"));
            required.setId("password-change-required");
            card.add(required);
        }
        PasswordField current = new PasswordField(getTranslation("password.change.current"));
        current.setId("current-password");
        current.setRequiredIndicatorVisible(true);
        current.setWidthFull();
        InputLimits.countWithoutCutting(current, passwordPolicy.maxLength());
        PasswordInput password = new PasswordInput(passwordPolicy, "change-password-new", "password.change.new",
                user::email);
        PasswordField confirmation = PasswordPages.confirmation("change-password-confirmation",
                getTranslation("password.change.confirmation"), passwordPolicy.maxLength());
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "password", password.field(),
                "passwordConfirmation", confirmation);
        Button save = new Button(getTranslation("password.change.submit"), click -> {
            if (password.validate() && PasswordPages.matches(password.getValue(), confirmation)
                    && FieldErrors.attempt(() -> users.changeOwnPassword(user.userId(), current.getValue(),
                    password.getValue()), fields, () -> { })) {
                Notifications.success(getTranslation("password.change.done"));
                UI.getCurrent().navigate("");
            }
        });
        save.setId("change-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        card.add(current, password, confirmation, save);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
