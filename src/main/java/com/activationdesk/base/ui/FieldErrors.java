package com.activationdesk.base.ui;

import java.util.Map;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

/**
 * Puts a service's verdict about a field where the user looks for it: at that field, translated. Services name
 * fields by their own names; a form passes its inputs by those names.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks the named field invalid with the translated message.
     *
     * @return {@code false} if the form has no such field, so the caller shows the message elsewhere
     */
    public static boolean show(Map<String, ? extends HasValidation> fields, String field, String messageKey,
                               Object... arguments) {
        HasValidation input = fields.get(field);
        if (input == null) {
            return false;
        }
        input.setErrorMessage(UI.getCurrent().getTranslation(messageKey, arguments));
        input.setInvalid(true);
        return true;
    }

    /** Marks the field the error names, or shows it as an error notification when the form lacks that field. */
    public static void showOrNotify(Map<String, ? extends HasValidation> fields, FieldValidationException error) {
        if (!show(fields, error.getField(), error.getMessageKey(), error.getArguments())) {
            Notifications.error(error);
        }
    }

    /**
     * Runs a service call and reports a refusal: a broken field rule at that field, anything else as an error.
     *
     * @param onConflict runs after the "changed meanwhile" message, typically closing the form and reloading
     * @return {@code true} if the call succeeded
     */
    public static boolean attempt(Runnable call, Map<String, ? extends HasValidation> fields, Runnable onConflict) {
        try {
            call.run();
            return true;
        } catch (FieldValidationException error) {
            showOrNotify(fields, error);
        } catch (ConcurrentChangeException error) {
            // Saving the stale data again would only fail again: the user has to start from the reloaded state.
            Notifications.error(error);
            onConflict.run();
        } catch (DomainException error) {
            Notifications.error(error);
        }
        return false;
    }
}
