package com.activationdesk.request.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestFilterParameters;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.LinkClock;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FilterChoices;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestPager;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.request.service.SavedFilter;
import com.activationdesk.request.service.SavedFilters;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;

/**
 * The one request grid every role works from, seen through the role's data scope (enforced by the services).
 * Loads lazily, one page per query; the filter lives in the URL so it can be bookmarked and the back button works.
 */
@Route(RequestLinks.GRID_ROUTE)
@Menu(title = "menu.requests", icon = "vaadin:table", order = 1)
@PermitAll
public class RequestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Above this many rows the grid shows "more than …" instead of counting every row of a large scope. */
    static final int COUNT_CAP = 10_000;

    private final RequestSearch search;
    private final SavedFilters savedFilters;
    private final UserPrincipal user;
    private final ViewerTime viewerTime;
    private final Grid<RequestRow> grid = new Grid<>();
    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SlaState> slaStates = new MultiSelectComboBox<>();
    private final ComboBox<FilterChoices.Choice> partner = new ComboBox<>();
    private final ComboBox<FilterChoices.Choice> distributor = new ComboBox<>();
    private final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>();
    private final TextField country = new TextField();
    private final Select<RequestDate> dateField = new Select<>();
    private final DatePicker dateFrom = new DatePicker();
    private final DatePicker dateTo = new DatePicker();
    private final IntegerField expiringWithin = new IntegerField();
    private final TextField text = new TextField();
    private final Checkbox withoutMeAsCoAdmin = new Checkbox();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final Span total = new Span();
    private final Anchor export = new Anchor();

    private RequestFilterParameters state = RequestFilterParameters.defaults();
    /** True while the fields are set from the URL, so their change events do not write the URL back. */
    private boolean applyingState;

    public RequestsView(RequestSearch search, SavedFilters savedFilters, CurrentUser currentUser, ViewerTime viewerTime) {
        this.search = search;
        this.viewerTime = viewerTime;
        this.savedFilters = savedFilters;
        this.user = currentUser.require();
        addClassName("requests-view");
        add(toolbar(), filters(), grid());
    }

    // ---- layout ------------------------------------------------------------------------------------------

    private Component toolbar() {
        Div bar = new Div();
        bar.addClassName("requests-toolbar");
        total.setId("requests-total");
        total.addClassName("cell-secondary");
        if (user.role() == Role.PARTNER) {
            Button create = new Button(getTranslation("requests.new"), new Icon(VaadinIcon.PLUS),
                    e -> RequestLinks.showNewRequest());
            create.setId("new-request");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        Button clear = new Button(getTranslation("requests.filter.clear"), e -> applyAndPush(RequestFilterParameters.defaults()));
        clear.setId("clear-filters");
        Button preset = new Button(getTranslation("requests.filter.preset"), e -> applyAndPush(preset()));
        preset.setId("preset-filter");
        preset.setVisible(preset() != null);
        saved.setId("saved-filters");
        saved.setPlaceholder(getTranslation("requests.filter.saved"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setItems(savedFilters.mine());
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                applyAndPush(RequestFilterParameters.from(QueryParameters.fromString(e.getValue().query())));
            }
        });
        Button save = new Button(getTranslation("requests.filter.save"), new Icon(VaadinIcon.BOOKMARK_O), e -> saveFilterDialog());
        save.setId("save-filter");
        export.setText(getTranslation("requests.export"));
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        Span spacer = new Span();
        spacer.addClassName("spacer");
        bar.add(preset, clear, saved, save, spacer, total, export);
        return bar;
    }

    private Component filters() {
        Div filters = new Div();
        filters.addClassName("requests-filters");
        statuses.setLabel(getTranslation("requests.column.status"));
        statuses.setId("filter-status");
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        slaStates.setLabel(getTranslation("requests.column.sla"));
        slaStates.setId("filter-sla");
        slaStates.setItems(SlaState.values());
        slaStates.setItemLabelGenerator(s -> getTranslation("sla.state." + s.name()));
        FilterChoices choices = search.filterChoices();
        partner.setLabel(getTranslation("requests.column.partner"));
        partner.setId("filter-partner");
        partner.setItems(choices.partners());
        partner.setItemLabelGenerator(FilterChoices.Choice::name);
        partner.setClearButtonVisible(true);
        partner.setVisible(!choices.partners().isEmpty());
        distributor.setLabel(getTranslation("requests.column.distributor"));
        distributor.setId("filter-distributor");
        distributor.setItems(choices.distributors());
        distributor.setItemLabelGenerator(FilterChoices.Choice::name);
        distributor.setClearButtonVisible(true);
        distributor.setVisible(!choices.distributors().isEmpty());
        platforms.setLabel(getTranslation("requests.column.platform"));
        platforms.setId("filter-platform");
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        country.setLabel(getTranslation("requests.column.country"));
        country.setId("filter-country");
        country.setMaxLength(2);
        country.setWidth("6rem");
        country.setValueChangeMode(ValueChangeMode.LAZY);
        dateField.setLabel(getTranslation("requests.filter.date"));
        dateField.setId("filter-date");
        dateField.setItems(RequestDate.values());
        dateField.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        dateField.setValue(RequestDate.SUBMITTED);
        dateFrom.setLabel(getTranslation("requests.filter.date-from"));
        dateFrom.setId("filter-from");
        dateTo.setLabel(getTranslation("requests.filter.date-to"));
        dateTo.setId("filter-to");
        expiringWithin.setLabel(getTranslation("requests.filter.expiring"));
        expiringWithin.setId("filter-expiring");
        expiringWithin.setMin(1);
        expiringWithin.setMax((int) LinkClock.VALIDITY.toHours());
        expiringWithin.setSuffixComponent(new Span(getTranslation("requests.filter.hours")));
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setValueChangeMode(ValueChangeMode.LAZY);
        text.setLabel(getTranslation("requests.filter.text"));
        text.setPlaceholder(getTranslation("requests.filter.text-placeholder"));
        text.setId("filter-text");
        text.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        withoutMeAsCoAdmin.setLabel(getTranslation("requests.filter.co-admin"));
        withoutMeAsCoAdmin.setId("filter-co-admin");
        // only partner users can be co-administrators of a tenant
        withoutMeAsCoAdmin.setVisible(user.role() == Role.PARTNER);
        List<HasValue<?, ?>> fields = List.of(statuses, slaStates, partner, distributor, platforms, country,
                dateField, dateFrom, dateTo, expiringWithin, text, withoutMeAsCoAdmin);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            if (!applyingState) {
                applyAndPush(new RequestFilterParameters(filterFromFields(), state.sort(), state.ascending()));
            }
        }));
        filters.add(text, statuses, slaStates, partner, distributor, platforms, country, dateField, dateFrom, dateTo,
                expiringWithin, withoutMeAsCoAdmin);
        return filters;
    }

    private Component grid() {
        grid.setId("requests-grid");
        grid.addClassName("requests-grid");
        grid.setMultiSort(false);
        grid.addColumn(RequestRow::reference).setHeader(getTranslation("requests.column.reference"))
                .setSortProperty(RequestSort.REFERENCE.name()).setKey("reference").setAutoWidth(true).setFrozen(true);
        grid.addColumn(RequestRow::customerName).setHeader(getTranslation("requests.column.customer"))
                .setSortProperty(RequestSort.CUSTOMER.name()).setKey("customer").setFlexGrow(2);
        grid.addColumn(RequestRow::country).setHeader(getTranslation("requests.column.country"))
                .setSortProperty(RequestSort.COUNTRY.name()).setKey("country").setAutoWidth(true);
        grid.addComponentColumn(this::partnerCell).setHeader(getTranslation("requests.column.partner"))
                .setKey("partner").setFlexGrow(2).setVisible(user.role() != Role.PARTNER);
        grid.addColumn(RequestRow::distributorName).setHeader(getTranslation("requests.column.distributor"))
                .setKey("distributor").setFlexGrow(1).setVisible(user.role() != Role.DISTRIBUTOR && user.role() != Role.CAM);
        grid.addColumn(row -> row.platform() == null ? "" : getTranslation(row.platform().messageKey()))
                .setHeader(getTranslation("requests.column.platform")).setKey("platform").setAutoWidth(true);
        grid.addComponentColumn(row -> RequestBadges.status(row.status()))
                .setHeader(getTranslation("requests.column.status")).setSortProperty(RequestSort.STATUS.name())
                .setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::slaCell).setHeader(getTranslation("requests.column.sla"))
                .setSortProperty(RequestSort.SLA_DUE.name()).setKey("sla").setAutoWidth(true)
                .setVisible(user.role() != Role.CUSTOMER_ADMIN);
        grid.addColumn(row -> viewerTime.formats(getLocale()).dateTimeWithZone(row.invitationExpiresAt()))
                .setHeader(getTranslation("requests.column.invitation-expires"))
                .setSortProperty(RequestSort.INVITATION_EXPIRES.name()).setKey("invitation").setAutoWidth(true);
        grid.addColumn(row -> viewerTime.formats(getLocale()).dateTimeWithZone(row.updatedAt()))
                .setHeader(getTranslation("requests.column.updated")).setSortProperty(RequestSort.UPDATED.name())
                .setKey("updated").setAutoWidth(true);
        grid.addColumn(RequestRow::responsibleManagerName).setHeader(getTranslation("requests.column.manager"))
                .setKey("manager").setAutoWidth(true).setVisible(user.role() != Role.CAM && user.role() != Role.DAM);
        grid.addItemClickListener(e -> RequestLinks.showRequest(e.getItem().id()));
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                List<GridSortOrder<RequestRow>> orders = e.getSortOrder();
                RequestSort sort = orders.isEmpty() ? RequestSort.UPDATED : sortOf(orders.getFirst().getSorted());
                boolean ascending = !orders.isEmpty() && orders.getFirst().getDirection() == SortDirection.ASCENDING;
                state = new RequestFilterParameters(state.filter(), sort, ascending);
                pushUrl();
            }
        });
        grid.setEmptyStateText(getTranslation("requests.empty"));
        return grid;
    }

    private static RequestSort sortOf(Grid.Column<RequestRow> column) {
        return switch (column.getKey()) {
            case "reference" -> RequestSort.REFERENCE;
            case "customer" -> RequestSort.CUSTOMER;
            case "country" -> RequestSort.COUNTRY;
            case "status" -> RequestSort.STATUS;
            case "sla" -> RequestSort.SLA_DUE;
            case "invitation" -> RequestSort.INVITATION_EXPIRES;
            default -> RequestSort.UPDATED;
        };
    }

    private Component partnerCell(RequestRow row) {
        Div cell = new Div(new Span(row.partnerName() + " "),
                Badge.of(row.partnerTier() == PartnerTier.TIER_1 ? "T1" : "T2", Badge.Tone.NEUTRAL));
        return cell;
    }

    private Component slaCell(RequestRow row) {
        if (row.slaState() == null) {
            return new Span();
        }
        Div cell = new Div(RequestBadges.sla(row.slaState()));
        if (row.slaDueAt() != null && (row.slaState() == SlaState.ON_TRACK || row.slaState() == SlaState.AT_RISK
                || row.slaState() == SlaState.BREACHED)) {
            Span due = new Span(" " + viewerTime.formats(getLocale()).dateTimeWithZone(row.slaDueAt()));
            due.addClassName("cell-secondary");
            cell.add(due);
        }
        return cell;
    }

    // ---- state: URL <-> fields <-> grid -------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        RequestFilterParameters preset = preset();
        if (parameters.getParameters().isEmpty() && preset != null) {
            // First visit without a filter: forward to the role's preset, so the URL shows it and can be shared.
            // A forward (not a history change during navigation) keeps browser and server in step.
            event.forwardTo(RequestLinks.GRID_ROUTE, preset.toQueryParameters());
            return;
        }
        apply(RequestFilterParameters.from(parameters));
    }

    private void applyAndPush(RequestFilterParameters parameters) {
        apply(parameters);
        pushUrl();
    }

    private void pushUrl() {
        UI.getCurrent().getPage().getHistory().pushState(null, new Location(RequestLinks.GRID_ROUTE, state.toQueryParameters()));
        updateExport();
    }

    private void apply(RequestFilterParameters parameters) {
        state = parameters;
        applyingState = true;
        try {
            RequestFilter f = parameters.filter();
            statuses.setValue(f.statuses());
            slaStates.setValue(f.slaStates());
            partner.setValue(choice(partner, f.partnerId()));
            distributor.setValue(choice(distributor, f.distributorId()));
            platforms.setValue(f.platforms());
            country.setValue(f.country() == null ? "" : f.country());
            dateField.setValue(f.dateField());
            dateFrom.setValue(f.dateFrom());
            dateTo.setValue(f.dateTo());
            expiringWithin.setValue(f.invitationExpiresWithinHours());
            text.setValue(f.text() == null ? "" : f.text());
            withoutMeAsCoAdmin.setValue(f.withoutMeAsCoAdministrator());
        } finally {
            applyingState = false;
        }
        refreshGrid();
        updateExport();
    }

    private void refreshGrid() {
        RequestFilter filter = state.filter();
        RequestSort sort = state.sort();
        boolean ascending = state.ascending();
        // One capped COUNT per filter change; every page afterwards is one SELECT and no count.
        long count = search.countUpTo(filter, COUNT_CAP);
        RequestPager pager = search.pager(filter);
        CallbackDataProvider.FetchCallback<RequestRow, Void> fetch = query -> pager.fetch(
                sortFrom(query.getSortOrders(), sort), ascendingFrom(query.getSortOrders(), ascending),
                query.getOffset(), query.getLimit()).stream();
        if (count <= COUNT_CAP) {
            total.setText(getTranslation("requests.total", count));
            grid.setItems(fetch, query -> (int) count);
        } else {
            // Too many to count cheaply: the grid grows its size estimate as the user scrolls.
            total.setText(getTranslation("requests.total-more", COUNT_CAP));
            grid.setItems(fetch);
            grid.getLazyDataView().setItemCountEstimate(COUNT_CAP);
        }
    }

    private static RequestSort sortFrom(List<com.vaadin.flow.data.provider.QuerySortOrder> orders, RequestSort fallback) {
        if (orders.isEmpty()) {
            return fallback;
        }
        try {
            return RequestSort.valueOf(orders.getFirst().getSorted());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static boolean ascendingFrom(List<com.vaadin.flow.data.provider.QuerySortOrder> orders, boolean fallback) {
        return orders.isEmpty() ? fallback : orders.getFirst().getDirection() == SortDirection.ASCENDING;
    }

    private RequestFilter filterFromFields() {
        return new RequestFilter(Set.copyOf(statuses.getValue()), Set.copyOf(slaStates.getValue()),
                partner.getValue() == null ? null : partner.getValue().id(),
                distributor.getValue() == null ? null : distributor.getValue().id(),
                Set.copyOf(platforms.getValue()), country.getValue(), dateField.getValue(), dateFrom.getValue(),
                dateTo.getValue(), expiringWithin.getValue(), text.getValue(), withoutMeAsCoAdmin.getValue());
    }

    private static FilterChoices.Choice choice(ComboBox<FilterChoices.Choice> box, Long id) {
        if (id == null) {
            return null;
        }
        return box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    /** The role's sensible default view of the grid (issue: "needs my action", "to pass on", …). */
    private RequestFilterParameters preset() {
        Map<Role, RequestFilterParameters> presets = Map.of(
                Role.PARTNER, new RequestFilterParameters(RequestFilter.none().withStatuses(EnumSet.of(
                        RequestStatus.DRAFT, RequestStatus.RETURNED, RequestStatus.AT_DISTRIBUTOR, RequestStatus.IN_REVIEW,
                        RequestStatus.AT_CLOUD_OPS, RequestStatus.INVITATION_SENT, RequestStatus.INVITATION_EXPIRED,
                        RequestStatus.RESEND_REQUESTED)), RequestSort.UPDATED, false),
                Role.DISTRIBUTOR, new RequestFilterParameters(RequestFilter.none().withStatuses(
                        EnumSet.of(RequestStatus.AT_DISTRIBUTOR)), RequestSort.SUBMITTED, true),
                Role.CAM, needsManagerAction(),
                Role.DAM, needsManagerAction(),
                Role.CLOUD_OPS, new RequestFilterParameters(RequestFilter.none().withStatuses(
                        EnumSet.of(RequestStatus.AT_CLOUD_OPS, RequestStatus.RESEND_REQUESTED)), RequestSort.SLA_DUE, true));
        return presets.get(user.role());
    }

    private static RequestFilterParameters needsManagerAction() {
        return new RequestFilterParameters(RequestFilter.none().withStatuses(
                EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.INVITATION_EXPIRED)), RequestSort.SUBMITTED, true);
    }

    // ---- saved filters and export ------------------------------------------------------------------------

    private void saveFilterDialog() {
        Dialog dialog = new Dialog(getTranslation("requests.filter.save"));
        TextField name = new TextField(getTranslation("requests.filter.name"));
        name.setId("filter-name");
        name.setWidthFull();
        name.focus();
        Button confirm = new Button(getTranslation("action.save"), e -> {
            if (FieldErrors.attempt(() -> savedFilters.save(name.getValue(), state.toQueryString()),
                    Map.of("name", name), dialog::close)) {
                saved.setItems(savedFilters.mine());
                dialog.close();
                Notifications.success(getTranslation("requests.filter.saved-ok", name.getValue().trim()));
            }
        });
        confirm.setId("confirm-save-filter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void updateExport() {
        RequestFilterParameters current = state;
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        List<String> header = List.of("reference", "customer", "country", "adminEmail", "partner", "tier", "distributor",
                "platform", "status", "sla", "slaDue", "invitationExpires", "submitted", "updated", "manager").stream()
                .map(key -> getTranslation("requests.csv." + key)).toList();
        export.setHref((DownloadHandler) event -> {
            event.setFileName("activation-requests-" + LocalDate.now(viewerTime.businessZone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                out.write('\uFEFF'); // lets spreadsheet programs detect UTF-8
                search.exportCsv(current.filter(), current.sort(), current.ascending(), out,
                        key -> ui.getTranslation(locale, key), header);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.requests");
    }
}
