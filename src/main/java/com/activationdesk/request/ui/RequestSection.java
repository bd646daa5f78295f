package com.activationdesk.request.ui;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.activationdesk.base.ui.InputLimits;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One titled group of the request form with a {@link Binder} over the group's record. Each field takes its id,
 * label, length limit and required mark from its {@link RequestField}; whether a value is valid is the service's
 * call, so the components' own validation is switched off and cannot fight its messages.
 *
 * @param <T> the group's record, read with {@link Binder#readRecord} and built with {@link Binder#writeRecord}
 */
abstract class RequestSection<T extends Record> extends Composite<Section> {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final Binder<T> binder;
    private final FormLayout layout = new FormLayout();
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();
    /** Bindings whose text may fail to convert, e.g. "12.5" as a number of users. */
    private final List<Binder.Binding<T, ?>> convertedBindings = new ArrayList<>();
    /** What a field says about its own input (a country not in the list, only spaces), until the value changes. */
    private final Map<HasValidationProperties, String> refusals = new HashMap<>();

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
        place(field, spec);
        binder.forField(field).bind(property);
        return field;
    }

    /**
     * Adds a text field for a whole number, bound to the {@code Integer} record component {@code property}. Not
     * an {@code IntegerField}: that one drops the characters it does not take while they are typed, so "1e9"
     * became 19 and "12.5" became 125 without a word. This one keeps what was typed and, if it is not a whole
     * number, says so at the field; {@link #readable()} then holds the form back.
     */
    protected TextField addWholeNumber(RequestField spec, String property) {
        TextField field = new TextField();
        place(field, spec);
        field.getElement().setAttribute("inputmode", "numeric");
        convertedBindings.add(binder.forField(field)
                .withConverter(wholeNumber(getTranslation("validation.whole-number"))).bind(property));
        return field;
    }

    private <F extends Component & HasValue<?, ?> & HasValidationProperties & HasLabel> void place(F field, RequestField spec) {
        field.setId(spec.key());
        field.setLabel(getTranslation("request.form.field." + spec.key()));
        field.setRequiredIndicatorVisible(spec.required());
        configure(field, spec);
        // Registered before the binding, so a new value has dropped the refusal before the form checks again.
        field.addValueChangeListener(event -> refusals.remove(field));
        if (spec.isText()) {
            // Blanks are stored as nothing at all: say so at once, not only when submitting finds the field empty.
            field.addValueChangeListener(event -> {
                if (event.getValue() instanceof String text && !text.isEmpty() && text.isBlank()) {
                    refusals.put(field, getTranslation("validation.only-spaces"));
                }
            });
        }
        fields.put(spec.key(), field);
        layout.add(field);
    }

    /**
     * Digits with an optional sign, nothing else; the service judges the range, so a number beyond {@code int}
     * is kept as the nearest {@code int} for it to refuse.
     */
    private static Converter<String, Integer> wholeNumber(String notWhole) {
        return Converter.from(text -> {
            String digits = text == null ? "" : text.strip();
            if (digits.isEmpty()) {
                return Result.ok(null);
            }
            if (!WHOLE_NUMBER.matcher(digits).matches()) {
                return Result.error(notWhole);
            }
            return Result.ok(new BigInteger(digits).max(INT_MIN).min(INT_MAX).intValue());
        }, value -> value == null ? "" : value.toString());
    }

    /** Whether every field's text makes a value; those that do not say so at the field. */
    boolean readable() {
        return convertedBindings.stream().map(Binder.Binding::validate).toList().stream()
                .noneMatch(BindingValidationStatus::isError);
    }

    /** Shows a refusal at the field and keeps showing it through later checks until the field's value changes. */
    protected void refuse(HasValidationProperties field, String message) {
        refusals.put(field, message);
        showRefusals();
    }

    /** Marks the fields that refused input; the form calls it after it has cleared the marks for a new check. */
    void showRefusals() {
        refusals.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
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
                text(f, spec);
            }
            case TextArea f -> {
                f.setManualValidation(true);
                text(f, spec);
            }
            case EmailField f -> {
                f.setManualValidation(true);
                text(f, spec);
            }
            case DatePicker f -> f.setManualValidation(true);
            case ComboBox<?> f -> f.setManualValidation(true);
            case Select<?> f -> f.setManualValidation(true);
            case RadioButtonGroup<?> f -> f.setManualValidation(true);
            case Checkbox f -> f.setManualValidation(true);
            default -> throw new IllegalArgumentException("Unexpected field type " + field.getClass());
        }
    }

    private static void text(TextFieldBase<?, String> field, RequestField spec) {
        if (spec.isText()) {
            InputLimits.countCharacters(field, spec.maxLength());
        }
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    void read(T value) {
        binder.readRecord(value);
    }

    /** The group as entered, once {@link #readable()}; the service checks it, so nothing here can refuse it. */
    T write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The section binds no validators; unreadable text is caught before", e);
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
