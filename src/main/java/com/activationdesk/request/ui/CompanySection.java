package com.activationdesk.request.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.RequestField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The end customer; under its name a warning when the customer may already have a tenant. */
class CompanySection extends RequestSection<Company> {

    private final Span duplicateWarning = new Span();

    CompanySection(Locale locale) {
        super(Company.class, RequestField.Group.COMPANY.key());
        TextField name = add(new TextField(), RequestField.CUSTOMER_NAME, "name");
        duplicateWarning.setId("customer-warning");
        duplicateWarning.addClassName("field-warning");
        duplicateWarning.setVisible(false);
        name.setHelperComponent(duplicateWarning);
        add(new TextField(), RequestField.CUSTOMER_OTHER_NAMES, "otherNames");
        add(new TextField(), RequestField.STREET, "street");
        add(new TextField(), RequestField.POSTAL_CODE, "postalCode");
        add(new TextField(), RequestField.CITY, "city");
        ComboBox<String> country = add(new ComboBox<>(), RequestField.COUNTRY, "country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale))).toList());
        country.setItemLabelGenerator(code -> Formats.country(code, locale));
        country.setClearButtonVisible(true);
        // A country that is not in the list is refused at the field, never shown as if it had been taken.
        InputLimits.listOnly(country, typed -> InputLimits.country(typed, locale), message -> refuse(country, message));
        add(new TextField(), RequestField.VAT_OR_REGISTRATION_NUMBER, "vatOrRegistrationNumber");
        add(new TextField(), RequestField.INDUSTRY, "industry");
        add(new TextField(), RequestField.WEBSITE, "website").setPlaceholder("https://");
        TextArea intendedUse = add(new TextArea(), RequestField.INTENDED_USE, "intendedUse");
        intendedUse.setHelperText(getTranslation("request.form.help.intendedUse"));
        fullWidth(intendedUse);
    }

    /** Shows the warning, or hides it with {@code null}. */
    void showDuplicateWarning(String message) {
        duplicateWarning.setText(message == null ? "" : message);
        duplicateWarning.setVisible(message != null);
    }
}
