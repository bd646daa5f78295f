package com.activationdesk.request.ui;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.activationdesk.base.ui.DatePickers;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.request.domain.LinkClock;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FilterChoices;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The grid's filter fields: search, status and SLA in one row, the rest behind "More filters", and every active
 * filter as a chip that removes it. Every change by the user is reported as a whole new filter; showing a filter
 * (from the URL) sets the fields without reporting it back. At phone width only the search stays in the row.
 */
final class RequestFilterBar extends Div {

    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SlaState> slaStates = new MultiSelectComboBox<>();
    private final ComboBox<FilterChoices.Choice> partner = new ComboBox<>();
    private final ComboBox<FilterChoices.Choice> distributor = new ComboBox<>();
    private final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<RequestDate> dateField = new Select<>();
    private final DatePicker dateFrom = new DatePicker();
    private final DatePicker dateTo = new DatePicker();
    private final IntegerField expiringWithin = new IntegerField();
    private final TextField text = new TextField();
    private final Checkbox withoutMeAsCoAdmin = new Checkbox();
    private final MultiSelectComboBox<ScreeningState> screeningStates = new MultiSelectComboBox<>();
    private final Div row = new Div();
    private final Div more = new Div();
    private final Button moreToggle = new Button();
    private final FilterChips chips;
    private final Consumer<RequestFilter> changed;
    /** True while a filter is shown, so the fields' change events are not reported as the user's. */
    private boolean showing;

    /**
     * @param coAdminFilter   whether the "without me as co-administrator" box applies to the user
     * @param screeningFilter whether the user sees screening results, and so may filter by screening state
     * @param changed         receives the filter after each change by the user
     */
    RequestFilterBar(FilterChoices choices, boolean coAdminFilter, boolean screeningFilter,
                     Consumer<RequestFilter> changed) {
        this.changed = changed;
        addClassName("requests-filters");
        configure(statuses, "filter-status", "requests.column.status");
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        configure(slaStates, "filter-sla", "requests.column.sla");
        slaStates.setItems(SlaState.values());
        slaStates.setItemLabelGenerator(s -> getTranslation("sla.state." + s.name()));
        choice(partner, "filter-partner", "requests.column.partner", choices.partners());
        choice(distributor, "filter-distributor", "requests.column.distributor", choices.distributors());
        configure(platforms, "filter-platform", "requests.column.platform");
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        configure(country, "filter-country", "requests.column.country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Formats.country(code, getLocale()))).toList());
        country.setItemLabelGenerator(code -> Formats.country(code, getLocale()));
        country.setClearButtonVisible(true);
        InputLimits.listOnly(country, typed -> InputLimits.country(typed, getLocale()));
        dates();
        configure(text, "filter-text", "requests.filter.text");
        text.setPlaceholder(getTranslation("requests.filter.text-placeholder"));
        text.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        withoutMeAsCoAdmin.setLabel(getTranslation("requests.filter.co-admin"));
        withoutMeAsCoAdmin.setId("filter-co-admin");
        withoutMeAsCoAdmin.setVisible(coAdminFilter);
        configure(screeningStates, "filter-screening", "requests.filter.screening");
        screeningStates.setItems(ScreeningState.values());
        screeningStates.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        screeningStates.setVisible(screeningFilter);
        List<HasValue<?, ?>> fields = List.of(statuses, slaStates, partner, distributor, platforms, country,
                dateField, dateFrom, dateTo, expiringWithin, text, withoutMeAsCoAdmin, screeningStates);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            if (!showing) {
                changed.accept(value());
            }
        }));
        chips = new FilterChips(this::remove);
        moreToggle.setId("more-filters");
        moreToggle.setIcon(new Icon(VaadinIcon.SLIDERS));
        moreToggle.addClickListener(e -> more.setVisible(!more.isVisible()));
        row.addClassName("requests-filters");
        more.addClassNames("requests-filters", "more-filters");
        more.setId("more-filter-fields");
        more.setVisible(false);
        compact(false);
        add(row, more, chips);
    }

    /** Phone width: status and SLA join the fields behind "More filters", so the list starts high up. */
    void compact(boolean phone) {
        row.removeAll();
        more.removeAll();
        row.add(text);
        (phone ? more : row).add(statuses, slaStates);
        row.add(moreToggle);
        more.add(partner, distributor, platforms, country, dateField, dateFrom, dateTo, expiringWithin,
                screeningStates, withoutMeAsCoAdmin);
    }

    /** Clears the fields of one filter and reports the filter without it, as one change. */
    private void remove(Runnable clearFields) {
        showing = true;
        try {
            clearFields.run();
        } finally {
            showing = false;
        }
        changed.accept(value());
    }

    private void dates() {
        configure(dateField, "filter-date", "requests.filter.date");
        dateField.setItems(RequestDate.values());
        dateField.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        dateField.setValue(RequestDate.SUBMITTED);
        configure(dateFrom, "filter-from", "requests.filter.date-from");
        configure(dateTo, "filter-to", "requests.filter.date-to");
        DatePickers.localized(dateFrom, getLocale());
        DatePickers.localized(dateTo, getLocale());
        configure(expiringWithin, "filter-expiring", "requests.filter.expiring");
        expiringWithin.setMin(1);
        expiringWithin.setMax((int) LinkClock.VALIDITY.toHours());
        expiringWithin.setSuffixComponent(new Span(getTranslation("requests.filter.hours")));
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setValueChangeMode(ValueChangeMode.LAZY);
        // The field says why a number does not filter, instead of showing it as if it did.
        String range = getTranslation("validation.range", 1, LinkClock.VALIDITY.toHours());
        expiringWithin.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range)
                .setMaxErrorMessage(range).setBadInputErrorMessage(getTranslation("validation.whole-number")));
    }

    private <F extends Component & HasLabel> void configure(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    /** A partner or distributor box; hidden when the user's scope offers no choice. */
    private void choice(ComboBox<FilterChoices.Choice> box, String id, String labelKey, List<FilterChoices.Choice> items) {
        configure(box, id, labelKey);
        box.setItems(items);
        box.setItemLabelGenerator(FilterChoices.Choice::name);
        box.setClearButtonVisible(true);
        box.setVisible(!items.isEmpty());
    }

    void show(RequestFilter f) {
        showing = true;
        try {
            statuses.setValue(f.statuses());
            slaStates.setValue(f.slaStates());
            partner.setValue(find(partner, f.partnerId()));
            distributor.setValue(find(distributor, f.distributorId()));
            platforms.setValue(f.platforms());
            country.setValue(f.country() != null && Set.of(Locale.getISOCountries()).contains(f.country())
                    ? f.country() : null);
            dateField.setValue(f.dateField());
            dateFrom.setValue(f.dateFrom());
            dateTo.setValue(f.dateTo());
            expiringWithin.setValue(f.invitationExpiresWithinHours());
            text.setValue(f.text() == null ? "" : f.text());
            withoutMeAsCoAdmin.setValue(f.withoutMeAsCoAdministrator());
            screeningStates.setValue(f.screeningStates());
        } finally {
            showing = false;
        }
        showChips();
    }

    /** One chip per active filter; the toggle counts those waiting behind it. */
    private void showChips() {
        chips.clear();
        chips.chip("text", text.getValue(), text::clear);
        chips.chip("status", labels(statuses), statuses::clear);
        chips.chip("sla", labels(slaStates), slaStates::clear);
        chips.chip("partner", label(partner), partner::clear);
        chips.chip("distributor", label(distributor), distributor::clear);
        chips.chip("platform", labels(platforms), platforms::clear);
        chips.chip("country", country.isEmpty() ? "" : Formats.country(country.getValue(), getLocale()), country::clear);
        chips.chip("date", dateRange(), () -> {
            dateFrom.clear();
            dateTo.clear();
        });
        chips.chip("expiring", expiringWithin.isEmpty() ? ""
                : getTranslation("requests.filter.expiring") + " " + expiringWithin.getValue() + " "
                        + getTranslation("requests.filter.hours"), expiringWithin::clear);
        chips.chip("co-admin", withoutMeAsCoAdmin.getValue() ? withoutMeAsCoAdmin.getLabel() : "",
                () -> withoutMeAsCoAdmin.setValue(false));
        chips.chip("screening", labels(screeningStates), screeningStates::clear);
        long behind = Stream.<HasValue<?, ?>>of(partner, distributor, platforms, country, dateFrom, dateTo, expiringWithin,
                        screeningStates)
                .filter(field -> !field.isEmpty()).count() + (withoutMeAsCoAdmin.getValue() ? 1 : 0);
        moreToggle.setText(behind == 0 ? getTranslation("requests.filter.more")
                : getTranslation("requests.filter.more-active", behind));
    }

    private static <T> String labels(MultiSelectComboBox<T> box) {
        return box.getValue().stream().map(box.getItemLabelGenerator()).sorted().collect(Collectors.joining(", "));
    }

    private static String label(ComboBox<FilterChoices.Choice> box) {
        return box.isEmpty() ? "" : box.getValue().name();
    }

    /** "Submitted: 1.12.2026 – 5.12.2026", one end open if only one is set. */
    private String dateRange() {
        if (dateFrom.isEmpty() && dateTo.isEmpty()) {
            return "";
        }
        Formats formats = new Formats(getLocale(), ZoneOffset.UTC);
        return getTranslation(dateField.getValue().messageKey()) + ": "
                + (dateFrom.isEmpty() ? "" : formats.date(dateFrom.getValue())) + " – "
                + (dateTo.isEmpty() ? "" : formats.date(dateTo.getValue()));
    }

    RequestFilter value() {
        return new RequestFilter(Set.copyOf(statuses.getValue()), Set.copyOf(slaStates.getValue()),
                partner.getValue() == null ? null : partner.getValue().id(),
                distributor.getValue() == null ? null : distributor.getValue().id(),
                Set.copyOf(platforms.getValue()), country.getValue(), dateField.getValue(), dateFrom.getValue(),
                dateTo.getValue(), expiringWithin.getValue(), text.getValue(), withoutMeAsCoAdmin.getValue(),
                Set.copyOf(screeningStates.getValue()));
    }

    private static FilterChoices.Choice find(ComboBox<FilterChoices.Choice> box, Long id) {
        if (id == null) {
            return null;
        }
        return box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }
}
