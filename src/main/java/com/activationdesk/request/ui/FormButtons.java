package com.activationdesk.request.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The request form's submit, save-draft and cancel buttons. */
final class FormButtons extends HorizontalLayout {

    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button cancel = new Button();

    FormButtons(Runnable saveDraft, Runnable submitRequest, Runnable leave) {
        save.setText(getTranslation("request.form.save-draft"));
        save.setId("save-draft");
        save.setTooltipText(getTranslation("request.form.save-draft.tooltip"));
        save.setDisableOnClick(true);
        save.addClickListener(event -> whileBusy(saveDraft));
        // Ctrl+S (Cmd+S on a Mac) saves like the button; the focused field hands over its value first.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();

        submit.setText(getTranslation("request.form.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> whileBusy(submitRequest));

        cancel.setText(getTranslation("request.form.cancel"));
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> leave.run());
        // Deliberately no Enter shortcut: Enter in a field must never submit a request by accident.
        add(submit, save, cancel);
        addClassName("form-buttons");
    }

    /**
     * Save and submit stay disabled while the server works (disable-on-click does it in the browser at once), so a
     * double click cannot send twice; afterwards they are usable again, whatever the outcome.
     */
    private void whileBusy(Runnable work) {
        save.setEnabled(false);
        submit.setEnabled(false);
        try {
            work.run();
        } finally {
            save.setEnabled(true);
            submit.setEnabled(true);
        }
    }
}
