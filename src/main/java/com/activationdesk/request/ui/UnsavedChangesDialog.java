package com.activationdesk.request.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before unsaved input is left behind; staying is the safe default. */
final class UnsavedChangesDialog {

    private UnsavedChangesDialog() {
    }

    /** @param leave runs when the user chooses to leave and drop the input */
    static void open(Runnable leave) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-changes");
        confirm.setHeader(confirm.getTranslation("request.form.unsaved.title"));
        confirm.setText(confirm.getTranslation("request.form.unsaved.text"));
        confirm.setConfirmText(confirm.getTranslation("request.form.unsaved.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> leave.run());
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("request.form.unsaved.stay"));
        confirm.open();
    }
}
