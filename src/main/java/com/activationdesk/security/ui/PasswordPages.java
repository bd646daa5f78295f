package com.activationdesk.security.ui;

import com.activationdesk.base.ui.InputLimits;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;

/** What the public password pages share: their card and the "repeat the password" field. */
final class PasswordPages {

    private PasswordPages() {
    }

    static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("card", "password-card");
        return card;
    }

    /** @param maxLength the password policy's maximum: counted near it, refused beyond it, never cut */
    static PasswordField confirmation(String id, String label, int maxLength) {
        PasswordField confirmation = new PasswordField(label);
        confirmation.setId(id);
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setWidthFull();
        confirmation.addValueChangeListener(change -> confirmation.setInvalid(false));
        InputLimits.countWithoutCutting(confirmation, maxLength);
        return confirmation;
    }

    /** Marks the confirmation when it differs; the service checks again. */
    static boolean matches(String password, PasswordField confirmation) {
        boolean same = password.equals(confirmation.getValue());
        if (!same) {
            confirmation.setErrorMessage(confirmation.getTranslation("password.error.mismatch"));
            confirmation.setInvalid(true);
        }
        return same;
    }
}
