package com.activationdesk.organization.ui;

import java.util.Map;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Shows the outcome of a service call where the admin looks for it: a broken field rule at that field, any
 * other rule violation as an error notification, success as a short notification.
 */
final class Feedback {

    private Feedback() {
    }

    /**
     * Runs a service call and reports a rule violation; {@code true} if the call succeeded.
     *
     * @param fields     the form's fields by the names the service uses, where field errors are shown
     * @param onConflict runs after the "changed meanwhile" message, typically closing the form and reloading
     */
    static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields, Runnable onConflict) {
        try {
            call.run();
            return true;
        } catch (FieldValidationException error) {
            HasValidation field = fields.get(error.getField());
            if (field == null) {
                error(error);
            } else {
                field.setErrorMessage(translate(error));
                field.setInvalid(true);
            }
        } catch (ConcurrentChangeException error) {
            // Saving the stale data again would only fail again: the admin has to start from the reloaded row.
            error(error);
            onConflict.run();
        } catch (DomainException error) {
            error(error);
        }
        return false;
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(DomainException error) {
        Notification.show(translate(error), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String translate(DomainException error) {
        return UI.getCurrent().getTranslation(error.getMessageKey(), error.getArguments());
    }
}
