package com.activationdesk.request.ui;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FilterChoices;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The grid's filter fields: search, status and SLA in one row, the rest behind "More filters" (built when first
 * opened, {@link MoreFilterFields}), and every active filter as a chip that removes it. Every change by the user is
 * reported as a whole new filter; showing a filter (from the URL) sets the fields without reporting it back. At
 * phone width only the search stays in the row.
 */
final class RequestFilterBar extends Div {

    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SlaState> slaStates = new MultiSelectComboBox<>();
    private final TextField text = new TextField();
    private final Div row = new Div();
    private final Div more = new Div();
    private final Button moreToggle = new Button();
    private final FilterChips chips = new FilterChips();
    private final FilterChoices choices;
    private final boolean coAdminFilter;
    private final boolean screeningFilter;
    private final Consumer<RequestFilter> changed;
    /** The fields behind "More filters", once the user has opened them; until then {@link #shown} holds their values. */
    private MoreFilterFields moreFields;
    /** The filter shown last, checked against the choices. */
    private RequestFilter shown = RequestFilter.none();
    private boolean phone;
    /** True while a filter is shown, so the fields' change events are not reported as the user's. */
    private boolean showing;

    /**
     * @param coAdminFilter   whether the "without me as co-administrator" box applies to the user
     * @param screeningFilter whether the user sees screening results, and so may filter by screening state
     * @param changed         receives the filter after each change by the user
     */
    RequestFilterBar(FilterChoices choices, boolean coAdminFilter, boolean screeningFilter,
                     Consumer<RequestFilter> changed) {
        this.choices = choices;
        this.coAdminFilter = coAdminFilter;
        this.screeningFilter = screeningFilter;
        this.changed = changed;
        addClassName("requests-filters");
        configure(statuses, "filter-status", "requests.column.status");
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        configure(slaStates, "filter-sla", "requests.column.sla");
        slaStates.setItems(SlaState.values());
        slaStates.setItemLabelGenerator(s -> getTranslation("sla.state." + s.name()));
        configure(text, "filter-text", "requests.filter.text");
        text.setPlaceholder(getTranslation("requests.filter.text-placeholder"));
        text.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        List.<HasValue<?, ?>>of(statuses, slaStates, text).forEach(field -> field.addValueChangeListener(e -> report()));
        moreToggle.setId("more-filters");
        moreToggle.setIcon(new Icon(VaadinIcon.SLIDERS));
        moreToggle.addClickListener(e -> toggleMore());
        row.addClassName("requests-filters");
        more.addClassNames("requests-filters", "more-filters");
        more.setId("more-filter-fields");
        more.setVisible(false);
        arrange();
        add(row, more, chips);
    }

    static <F extends Component & HasLabel> void configure(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
    }

    /** Phone width: status and SLA join the fields behind "More filters", so the list starts high up. */
    void compact(boolean phone) {
        this.phone = phone;
        arrange();
    }

    private void arrange() {
        row.removeAll();
        more.removeAll();
        row.add(text);
        (phone ? more : row).add(statuses, slaStates);
        row.add(moreToggle);
        if (moreFields != null) {
            more.add(moreFields.components());
        }
    }

    private void toggleMore() {
        if (moreFields == null) {
            moreFields = new MoreFilterFields(this, getLocale(), choices, coAdminFilter, screeningFilter, this::report);
            showing = true;
            try {
                moreFields.show(shown);
            } finally {
                showing = false;
            }
            arrange();
        }
        more.setVisible(!more.isVisible());
    }

    private void report() {
        if (!showing) {
            changed.accept(value());
        }
    }

    /** Shows the filter without one of its parts and reports it, as one change. */
    private void remove(UnaryOperator<RequestFilter> without) {
        RequestFilter next = without.apply(value());
        show(next);
        changed.accept(value());
    }

    void show(RequestFilter f) {
        // What the fields can show: a partner or distributor outside the choices, or an unknown country, is dropped.
        shown = new RequestFilter(f.statuses(), f.slaStates(), choice(choices.partners(), f.partnerId()),
                choice(choices.distributors(), f.distributorId()), f.platforms(),
                f.country() != null && Set.of(Locale.getISOCountries()).contains(f.country()) ? f.country() : null,
                f.dateField(), f.dateFrom(), f.dateTo(), f.invitationExpiresWithinHours(), f.text(),
                f.withoutMeAsCoAdministrator(), f.screeningStates());
        showing = true;
        try {
            statuses.setValue(f.statuses());
            slaStates.setValue(f.slaStates());
            text.setValue(f.text() == null ? "" : f.text());
            if (moreFields != null) {
                moreFields.show(shown);
            }
        } finally {
            showing = false;
        }
        showChips(value());
    }

    private static Long choice(List<FilterChoices.Choice> choices, Long id) {
        return id != null && choices.stream().anyMatch(c -> c.id() == id) ? id : null;
    }

    /** One chip per active filter; the toggle counts those waiting behind it. */
    private void showChips(RequestFilter f) {
        chips.clear();
        chips.chip("text", text.getValue(), () -> remove(v -> v.withText(null)));
        chips.chip("status", labels(f.statuses(), s -> getTranslation(s.messageKey())),
                () -> remove(v -> v.withStatuses(Set.of())));
        chips.chip("sla", labels(f.slaStates(), s -> getTranslation("sla.state." + s.name())),
                () -> remove(v -> v.withSlaStates(Set.of())));
        chips.chip("partner", name(choices.partners(), f.partnerId()), () -> remove(v -> v.withPartner(null)));
        chips.chip("distributor", name(choices.distributors(), f.distributorId()),
                () -> remove(v -> v.withDistributor(null)));
        chips.chip("platform", labels(f.platforms(), p -> getTranslation(p.messageKey())),
                () -> remove(v -> v.withPlatforms(Set.of())));
        chips.chip("country", f.country() == null ? "" : Formats.country(f.country(), getLocale()),
                () -> remove(v -> v.withCountry(null)));
        chips.chip("date", dateRange(f), () -> remove(v -> v.withDates(v.dateField(), null, null)));
        chips.chip("expiring", f.invitationExpiresWithinHours() == null ? ""
                : getTranslation("requests.filter.expiring") + " " + f.invitationExpiresWithinHours() + " "
                        + getTranslation("requests.filter.hours"), () -> remove(v -> v.withInvitationExpiringWithin(null)));
        chips.chip("co-admin", f.withoutMeAsCoAdministrator() ? getTranslation("requests.filter.co-admin") : "",
                () -> remove(v -> v.withoutMeAsCoAdministrator(false)));
        chips.chip("screening", labels(f.screeningStates(), s -> getTranslation(s.messageKey())),
                () -> remove(v -> v.withScreeningStates(Set.of())));
        long behind = Stream.of(f.partnerId(), f.distributorId(), f.country(), f.dateFrom(), f.dateTo(),
                f.invitationExpiresWithinHours()).filter(value -> value != null).count()
                + Stream.of(f.platforms(), f.screeningStates()).filter(set -> !set.isEmpty()).count()
                + (f.withoutMeAsCoAdministrator() ? 1 : 0);
        moreToggle.setText(behind == 0 ? getTranslation("requests.filter.more")
                : getTranslation("requests.filter.more-active", behind));
    }

    private static <T> String labels(Collection<T> values, Function<T, String> label) {
        return values.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    private static String name(List<FilterChoices.Choice> choices, Long id) {
        return choices.stream().filter(c -> id != null && c.id() == id).map(FilterChoices.Choice::name)
                .findFirst().orElse("");
    }

    /** "Submitted: 1.12.2026 – 5.12.2026", one end open if only one is set. */
    private String dateRange(RequestFilter f) {
        if (f.dateFrom() == null && f.dateTo() == null) {
            return "";
        }
        Formats formats = new Formats(getLocale(), ZoneOffset.UTC);
        return getTranslation(f.dateField().messageKey()) + ": "
                + (f.dateFrom() == null ? "" : formats.date(f.dateFrom())) + " – "
                + (f.dateTo() == null ? "" : formats.date(f.dateTo()));
    }

    RequestFilter value() {
        RequestFilter more = moreFields == null ? shown : moreFields.applyTo(shown);
        return more.withStatuses(Set.copyOf(statuses.getValue())).withSlaStates(Set.copyOf(slaStates.getValue()))
                .withText(text.getValue());
    }
}
