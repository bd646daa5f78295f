package com.activationdesk.request.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.activationdesk.request.domain.RequestField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One titled group of the request form with a {@link Binder} over the group's record. Each field takes its id,
 * label, length limit and required mark from its {@link RequestField}; whether a value is valid is the service's
 * call, so the components' own validation is switched off and cannot fight its messages.
 *
 * @param <T> the group's record, read with {@link Binder#readRecord} and built with {@link Binder#writeRecord}
 */
abstract class RequestSection<T extends Record> extends Composite<Section> {

    private final Binder<T> binder;
    private final FormLayout layout = new FormLayout();
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    RequestSection(Class<T> type, String name) {
        binder = new Binder<>(type);
        // The components' built-in checks (length, range, e-mail pattern) would refuse what the service judges.
        binder.setDefaultValidatorsEnabled(false);
        frame(getContent(), name, layout);
    }

    /** Titles the section ({@code request.form.group.<name>}), gives it its id and lays the form out in it. */
    static void frame(Section section, String name, FormLayout layout) {
        // One column on phones, two from tablet width: labels stay readable and the tab order follows the eye.
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        section.add(new H3(section.getTranslation("request.form.group." + name)), layout);
        section.setId("group-" + name);
        section.addClassName("form-group");
    }

    /** Adds the field to the layout, bound to the record component {@code property}. */
    protected <V, F extends Component & HasValue<?, V> & HasValidationProperties & HasLabel> F add(
            F field, RequestField spec, String property) {
        field.setId(spec.key());
        field.setLabel(getTranslation("request.form.field." + spec.key()));
        field.setRequiredIndicatorVisible(spec.required());
        configure(field, spec);
        binder.forField(field).bind(property);
        fields.put(spec.key(), field);
        layout.add(field);
        return field;
    }

    /** Lets the field span both columns of the layout. */
    protected void fullWidth(Component field) {
        layout.setColspan(field, 2);
    }

    /** Length limit and input mode from the specification; the component's own validation off. */
    private static void configure(Component field, RequestField spec) {
        switch (field) {
            case TextField f -> {
                f.setManualValidation(true);
                f.setMaxLength(spec.maxLength());
                f.setValueChangeMode(ValueChangeMode.LAZY);
            }
            case TextArea f -> {
                f.setManualValidation(true);
                f.setMaxLength(spec.maxLength());
                f.setValueChangeMode(ValueChangeMode.LAZY);
            }
            case EmailField f -> {
                f.setManualValidation(true);
                f.setMaxLength(spec.maxLength());
                f.setValueChangeMode(ValueChangeMode.LAZY);
            }
            case IntegerField f -> {
                f.setManualValidation(true);
                f.setValueChangeMode(ValueChangeMode.LAZY);
            }
            case DatePicker f -> f.setManualValidation(true);
            case ComboBox<?> f -> f.setManualValidation(true);
            case Select<?> f -> f.setManualValidation(true);
            case RadioButtonGroup<?> f -> f.setManualValidation(true);
            case Checkbox f -> f.setManualValidation(true);
            default -> throw new IllegalArgumentException("Unexpected field type " + field.getClass());
        }
    }

    void read(T value) {
        binder.readRecord(value);
    }

    /** The group as entered; the service checks it, so nothing here can refuse it. */
    T write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The section binds no validators", e);
        }
    }

    /** Calls back on every change of a field, typed or set. */
    void onChange(Runnable listener) {
        binder.addValueChangeListener(event -> listener.run());
    }

    /** The fields by their {@link RequestField#key() key}, in form order. */
    Map<String, HasValidationProperties> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
