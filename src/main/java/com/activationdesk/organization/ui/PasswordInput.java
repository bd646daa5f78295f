package com.activationdesk.organization.ui;

import java.util.List;

import com.activationdesk.organization.service.PasswordPolicy;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A password field with the password rules below it, neutral until the admin types, then ticked off. */
class PasswordInput extends Div {

    private final PasswordField field = new PasswordField();
    private final UnorderedList rules = new UnorderedList();

    PasswordInput(String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
        field.addValueChangeListener(e -> showRules());
        rules.addClassName("password-rules");
        rules.getElement().setAttribute("aria-label", getTranslation("password.rules"));
        rules.getElement().setAttribute("aria-live", "polite");
        add(field, rules);
        showRules();
    }

    PasswordField field() {
        return field;
    }

    String getValue() {
        return field.getValue();
    }

    /** Marks the field if the password breaks a rule; the service checks the same rules again. */
    boolean validate() {
        boolean acceptable = PasswordPolicy.violations(getValue()).isEmpty();
        field.setErrorMessage(acceptable ? null : getTranslation("password.error.weak", PasswordPolicy.MIN_LENGTH));
        field.setInvalid(!acceptable);
        return acceptable;
    }

    /** @param met {@code null} before anything is typed: an empty field has broken no rule yet */
    private ListItem ruleItem(String rule, Boolean met) {
        VaadinIcon icon = met == null ? VaadinIcon.CIRCLE_THIN : met ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL;
        ListItem item = new ListItem(icon.create(), new Span(getTranslation(rule)));
        item.addClassName(met == null ? "rule-pending" : met ? "rule-met" : "rule-unmet");
        return item;
    }

    private void showRules() {
        List<String> broken = PasswordPolicy.violations(getValue());
        rules.removeAll();
        for (String rule : PasswordPolicy.RULES) {
            rules.add(ruleItem(rule, getValue().isEmpty() ? null : !broken.contains(rule)));
        }
        if (broken.isEmpty()) {
            field.setInvalid(false); // an earlier "too weak" no longer applies
        }
    }
}
