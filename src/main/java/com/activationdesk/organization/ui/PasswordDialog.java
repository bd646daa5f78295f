package com.activationdesk.organization.ui;

import java.util.Map;

import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Sets a new password for a user, e.g. one who forgot theirs; the admin passes it on. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users, PasswordPolicy policy, UserRow user, Runnable onChange) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("user.reset-password.title", user.displayName()));
        setWidth("28rem");
        PasswordInput password = new PasswordInput(policy, "new-password", "user.field.new-password", user::email);
        add(password);

        Runnable reload = () -> {
            close();
            onChange.run();
        };
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (password.validate() && FieldErrors.attempt(() -> users.resetPassword(user.id(), user.version(), password.getValue()),
                    Map.of("password", password.field()), reload)) {
                Notifications.success(getTranslation("user.password-reset", user.displayName()));
                reload.run();
            }
        });
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER); // Flow scopes it to the dialog while the modal dialog is open
        getFooter().add(cancel, save);
    }
}
