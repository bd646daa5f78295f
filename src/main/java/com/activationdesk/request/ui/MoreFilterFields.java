package com.activationdesk.request.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.activationdesk.base.ui.DatePickers;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.request.domain.LinkClock;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.service.FilterChoices;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.screening.ScreeningState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The filter fields behind "More filters". {@link RequestFilterBar} builds them when the user first opens that
 * section: most tabs never do, and built but hidden they cost every open grid a share of its server memory (their
 * state nodes, and the calls Flow keeps for hidden components until they are shown).
 */
final class MoreFilterFields {

    private final ComboBox<FilterChoices.Choice> partner = new ComboBox<>();
    private final ComboBox<FilterChoices.Choice> distributor = new ComboBox<>();
    private final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<RequestDate> dateField = new Select<>();
    private final DatePicker dateFrom = new DatePicker();
    private final DatePicker dateTo = new DatePicker();
    private final IntegerField expiringWithin = new IntegerField();
    private final Checkbox withoutMeAsCoAdmin = new Checkbox();
    private final MultiSelectComboBox<ScreeningState> screeningStates = new MultiSelectComboBox<>();

    /**
     * @param labels          the bar, for translations
     * @param coAdminFilter   whether the "without me as co-administrator" box applies to the user
     * @param screeningFilter whether the user may filter by screening state
     * @param changed         called after every change of a field (the bar tells the user's from its own)
     */
    MoreFilterFields(Component labels, Locale locale, FilterChoices choices, boolean coAdminFilter,
                     boolean screeningFilter, Runnable changed) {
        choice(labels, partner, "filter-partner", "requests.column.partner", choices.partners());
        choice(labels, distributor, "filter-distributor", "requests.column.distributor", choices.distributors());
        RequestFilterBar.configure(platforms, "filter-platform", "requests.column.platform");
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(p -> labels.getTranslation(p.messageKey()));
        RequestFilterBar.configure(country, "filter-country", "requests.column.country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Formats.country(code, locale))).toList());
        country.setItemLabelGenerator(code -> Formats.country(code, locale));
        country.setClearButtonVisible(true);
        InputLimits.listOnly(country, typed -> InputLimits.country(typed, locale));
        dates(labels, locale);
        withoutMeAsCoAdmin.setLabel(labels.getTranslation("requests.filter.co-admin"));
        withoutMeAsCoAdmin.setId("filter-co-admin");
        withoutMeAsCoAdmin.setVisible(coAdminFilter);
        RequestFilterBar.configure(screeningStates, "filter-screening", "requests.filter.screening");
        screeningStates.setItems(ScreeningState.values());
        screeningStates.setItemLabelGenerator(s -> labels.getTranslation(s.messageKey()));
        screeningStates.setVisible(screeningFilter);
        List.<HasValue<?, ?>>of(partner, distributor, platforms, country, dateField, dateFrom, dateTo, expiringWithin,
                withoutMeAsCoAdmin, screeningStates).forEach(field -> field.addValueChangeListener(e -> changed.run()));
    }

    private void dates(Component labels, Locale locale) {
        RequestFilterBar.configure(dateField, "filter-date", "requests.filter.date");
        dateField.setItems(RequestDate.values());
        dateField.setItemLabelGenerator(d -> labels.getTranslation(d.messageKey()));
        dateField.setValue(RequestDate.SUBMITTED);
        RequestFilterBar.configure(dateFrom, "filter-from", "requests.filter.date-from");
        RequestFilterBar.configure(dateTo, "filter-to", "requests.filter.date-to");
        DatePickers.localized(dateFrom, locale);
        DatePickers.localized(dateTo, locale);
        RequestFilterBar.configure(expiringWithin, "filter-expiring", "requests.filter.expiring");
        expiringWithin.setMin(1);
        expiringWithin.setMax((int) LinkClock.VALIDITY.toHours());
        expiringWithin.setSuffixComponent(new Span(labels.getTranslation("requests.filter.hours")));
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setValueChangeMode(ValueChangeMode.LAZY);
        // The field says why a number does not filter, instead of showing it as if it did.
        String range = labels.getTranslation("validation.range", 1, LinkClock.VALIDITY.toHours());
        expiringWithin.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range)
                .setMaxErrorMessage(range).setBadInputErrorMessage(labels.getTranslation("validation.whole-number")));
    }

    /** A partner or distributor box; hidden when the user's scope offers no choice. */
    private static void choice(Component labels, ComboBox<FilterChoices.Choice> box, String id, String labelKey,
                               List<FilterChoices.Choice> items) {
        RequestFilterBar.configure(box, id, labelKey);
        box.setItems(items);
        box.setItemLabelGenerator(FilterChoices.Choice::name);
        box.setClearButtonVisible(true);
        box.setVisible(!items.isEmpty());
    }

    /** The fields in the order they appear. */
    Component[] components() {
        return new Component[] {partner, distributor, platforms, country, dateField, dateFrom, dateTo, expiringWithin,
                screeningStates, withoutMeAsCoAdmin};
    }

    /** Sets the fields to a filter the bar has checked against the choices ({@link RequestFilterBar#show}). */
    void show(RequestFilter f) {
        partner.setValue(find(partner, f.partnerId()));
        distributor.setValue(find(distributor, f.distributorId()));
        platforms.setValue(f.platforms());
        country.setValue(f.country());
        dateField.setValue(f.dateField());
        dateFrom.setValue(f.dateFrom());
        dateTo.setValue(f.dateTo());
        expiringWithin.setValue(f.invitationExpiresWithinHours());
        withoutMeAsCoAdmin.setValue(f.withoutMeAsCoAdministrator());
        screeningStates.setValue(f.screeningStates());
    }

    /** The filter with these fields' values in place of its own. */
    RequestFilter applyTo(RequestFilter f) {
        return new RequestFilter(f.statuses(), f.slaStates(),
                partner.getValue() == null ? null : partner.getValue().id(),
                distributor.getValue() == null ? null : distributor.getValue().id(),
                Set.copyOf(platforms.getValue()), country.getValue(), dateField.getValue(), dateFrom.getValue(),
                dateTo.getValue(), expiringWithin.getValue(), f.text(), withoutMeAsCoAdmin.getValue(),
                Set.copyOf(screeningStates.getValue()));
    }

    private static FilterChoices.Choice find(ComboBox<FilterChoices.Choice> box, Long id) {
        if (id == null) {
            return null;
        }
        return box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }
}
