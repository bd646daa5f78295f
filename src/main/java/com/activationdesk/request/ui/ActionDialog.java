package com.activationdesk.request.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.InputLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The dialog behind a workflow action: a text, the inputs the action needs (reason, tenant id, checklist) and
 * confirm / cancel. Enter confirms, Esc cancels, the first input has the focus. The service validates; its
 * field errors come back through {@link #showError} and appear at the matching input.
 */
final class ActionDialog extends Dialog {

    /** Longest comment the service accepts (RequestService.MAX_COMMENT). */
    static final int MAX_COMMENT = 2000;
    /** Longest tenant id the request stores. */
    private static final int MAX_TENANT_ID = 64;

    private final VerticalLayout body = new VerticalLayout();
    private final Button confirm = new Button();
    /** Service field name → input, in display order. */
    private final Map<String, HasValidationProperties> inputs = new LinkedHashMap<>();

    ActionDialog(String title, String confirmText, boolean destructive) {
        setHeaderTitle(title);
        setId("action-dialog");
        addClassName("action-dialog");
        setWidth("min(36rem, 95vw)");
        body.setPadding(false);
        body.setSpacing(true);
        add(body);
        confirm.setText(confirmText);
        confirm.setId("confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        // Listening on the dialog: Enter in any of its inputs confirms; Esc closes the dialog (Dialog's default).
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("request.dialog.cancel"), event -> close());
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    ActionDialog text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("dialog-text");
        body.add(paragraph);
        return this;
    }

    ActionDialog warning(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("dialog-warning");
        paragraph.addClassNames("callout", "callout-error");
        body.add(paragraph);
        return this;
    }

    /** A reason, question or comment; the service reports problems with it as field {@code comment}. */
    TextArea reason(String label, boolean required) {
        TextArea reason = new TextArea(label);
        reason.setId("reason");
        reason.setWidthFull();
        InputLimits.countCharacters(reason, MAX_COMMENT);
        reason.setRequiredIndicatorVisible(required);
        reason.setManualValidation(true);
        reason.setHelperText(getTranslation("request.dialog.enter-confirms"));
        return input("comment", reason);
    }

    TextField tenantId(String label) {
        TextField tenantId = new TextField(label);
        tenantId.setId("tenant-id");
        tenantId.setWidthFull();
        InputLimits.countCharacters(tenantId, MAX_TENANT_ID);
        tenantId.setRequiredIndicatorVisible(true);
        tenantId.setManualValidation(true);
        return input("tenantId", tenantId);
    }

    Checkbox check(String id, String serviceField, String label) {
        Checkbox check = new Checkbox(label);
        check.setId(id);
        check.setRequiredIndicatorVisible(true);
        check.setManualValidation(true);
        return input(serviceField, check);
    }

    private <C extends Component & HasValidationProperties> C input(String serviceField, C input) {
        inputs.put(serviceField, input);
        body.add(input);
        return input;
    }

    void onConfirm(Runnable action) {
        confirm.addClickListener(event -> {
            inputs.values().forEach(input -> input.setInvalid(false));
            try {
                action.run();
            } finally {
                confirm.setEnabled(true);
            }
        });
    }

    /** Opens with the focus on the first input, so the user can type the reason right away. */
    @Override
    public void open() {
        super.open();
        inputs.values().stream().findFirst().ifPresent(input -> ((Focusable<?>) input).focus());
    }

    /** Shows a service error at its input; false when this dialog has no input for that field. */
    boolean showError(FieldValidationException error) {
        if (!FieldErrors.show(inputs, error.getField(), error.getMessageKey(), error.getArguments())) {
            return false;
        }
        ((Focusable<?>) inputs.get(error.getField())).focus();
        return true;
    }
}
