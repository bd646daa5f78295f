package com.activationdesk.organization.ui;

import java.util.List;
import java.util.function.Supplier;

import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.PasswordRule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.springframework.modulith.NamedInterface;

/**
 * A password field with the {@link PasswordPolicy}'s rules below it, neutral until something is typed, then
 * ticked off while typing; near the policy's maximum length it counts, beyond it it says so (it never cuts). The
 * one way every form (admin dialogs, activation, self-service) asks for a new
 * password; the service checks the same rules again.
 */
@NamedInterface("password-input")
public class PasswordInput extends Div {

    private final PasswordPolicy policy;
    private final Supplier<String> email;
    private final PasswordField field = new PasswordField();
    private final UnorderedList rules = new UnorderedList();

    /** @param email the account's e-mail address as the form knows it now (the policy refuses passwords with it) */
    public PasswordInput(PasswordPolicy policy, String id, String labelKey, Supplier<String> email) {
        this.policy = policy;
        this.email = email;
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
        field.addValueChangeListener(e -> showRules());
        InputLimits.countWithoutCutting(field, policy.maxLength());
        rules.setId(id + "-rules");
        rules.addClassName("password-rules");
        rules.getElement().setAttribute("aria-label", getTranslation("password.rules"));
        rules.getElement().setAttribute("aria-live", "polite");
        add(field, rules);
        showRules();
    }

    public PasswordField field() {
        return field;
    }

    public String getValue() {
        return field.getValue();
    }

    /** Marks the field with the first broken rule; the service checks the same rules again. */
    public boolean validate() {
        List<PasswordRule> broken = policy.violations(getValue(), email.get());
        field.setErrorMessage(broken.isEmpty() ? null
                : getTranslation(broken.getFirst().errorKey(), policy.arguments(broken.getFirst())));
        field.setInvalid(!broken.isEmpty());
        return broken.isEmpty();
    }

    /** @param met {@code null} before anything is typed: an empty field has broken no rule yet */
    private ListItem ruleItem(PasswordRule rule, Boolean met) {
        VaadinIcon icon = met == null ? VaadinIcon.CIRCLE_THIN : met ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL;
        ListItem item = new ListItem(icon.create(), new Span(getTranslation(rule.ruleKey(), policy.arguments(rule))));
        item.addClassName(met == null ? "rule-pending" : met ? "rule-met" : "rule-unmet");
        item.getElement().setAttribute("data-rule", rule.name());
        return item;
    }

    private void showRules() {
        List<PasswordRule> broken = policy.violations(getValue(), email.get());
        rules.removeAll();
        for (PasswordRule rule : PasswordRule.values()) {
            rules.add(ruleItem(rule, getValue().isEmpty() ? null : !broken.contains(rule)));
        }
        if (broken.isEmpty()) {
            field.setInvalid(false); // an earlier "too weak" no longer applies
        }
    }
}
