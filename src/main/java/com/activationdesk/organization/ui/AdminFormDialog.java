package com.activationdesk.organization.ui;

import java.util.Map;

import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * What the organisation and user dialogs do alike once their form is valid: call the service, show its field
 * errors at the fields, and on success (or when someone changed the record meanwhile) close and reload the list.
 */
abstract class AdminFormDialog extends Dialog {

    private final Runnable onChange;

    AdminFormDialog(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The dialog's fields by the service's field names, so a refused value is marked where it was typed. */
    abstract Map<String, HasValidation> fields();

    void store(Runnable serviceCall, String savedMessage) {
        Runnable closeAndReload = () -> {
            close();
            onChange.run();
        };
        if (FieldErrors.attempt(serviceCall, fields(), closeAndReload)) {
            Notifications.success(savedMessage);
            closeAndReload.run();
        }
    }
}
