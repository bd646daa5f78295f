package com.activationdesk.request.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.activationdesk.base.ui.Texts;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.request.RequestFilterParameters;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.service.GridOptions;
import com.activationdesk.request.service.GridPreset;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestPager;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.request.service.SavedFilter;
import com.activationdesk.request.service.SavedFilters;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

/**
 * The one request grid every role works from, seen through the role's data scope (enforced by the services).
 * Loads lazily, one page per query; the filter lives in the URL so it can be bookmarked and the back button works.
 * What the role is offered (default view, columns, creation) comes from {@link GridOptions}.
 */
@Route(RequestLinks.GRID_ROUTE)
@Menu(title = "menu.requests", icon = "vaadin:table", order = 1)
@PermitAll
public class RequestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Above this many rows the grid shows "more than …" instead of counting every row of a large scope. */
    static final int COUNT_CAP = 10_000;
    /** Below this window width a card per request replaces the table. */
    static final int PHONE_WIDTH = 640;

    private final RequestSearch search;
    private final SavedFilters savedFilters;
    private final ViewerTime viewerTime;
    private final GridOptions options;
    private final RequestFilterBar filters;
    private final Grid<RequestRow> grid = new Grid<>();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final Span total = new Span();
    private final Anchor export = new Anchor();
    private final MenuBar columnChooser;
    private GridColumns columns;
    private Registration widthListener;

    private RequestFilterParameters state = RequestFilterParameters.defaults();

    public RequestsView(RequestSearch search, SavedFilters savedFilters, ViewerTime viewerTime) {
        this.search = search;
        this.savedFilters = savedFilters;
        this.viewerTime = viewerTime;
        this.options = search.gridOptions();
        this.filters = new RequestFilterBar(search.filterChoices(), options.coAdminFilter(),
                options.screeningFilter(),
                filter -> applyAndPush(new RequestFilterParameters(filter, state.sort(), state.ascending())));
        this.columnChooser = GridColumns.chooserMenu(getTranslation("requests.columns"));
        addClassName("requests-view");
        add(toolbar(), filters, grid());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> useWidth(details.getWindowInnerWidth()));
        widthListener = page.addBrowserWindowResizeListener(resize -> useWidth(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        widthListener.remove();
    }

    private void useWidth(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        if (phone != columns.cardMode()) {
            columns.useCards(phone);
            filters.compact(phone);
            columnChooser.setVisible(!phone);
        }
    }

    // ---- layout ------------------------------------------------------------------------------------------

    private Component toolbar() {
        Div bar = new Div();
        bar.addClassName("requests-toolbar");
        total.setId("requests-total");
        total.addClassName("cell-secondary");
        if (options.mayCreate()) {
            Button create = new Button(getTranslation("requests.new"), new Icon(VaadinIcon.PLUS),
                    e -> RequestLinks.showNewRequest());
            create.setId("new-request");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        Button clear = new Button(getTranslation("requests.filter.clear"), e -> applyAndPush(RequestFilterParameters.defaults()));
        clear.setId("clear-filters");
        Button preset = new Button(getTranslation("requests.filter.preset"),
                e -> options.defaultView().map(RequestsView::parameters).ifPresent(this::applyAndPush));
        preset.setId("preset-filter");
        preset.setVisible(options.defaultView().isPresent());
        saved.setId("saved-filters");
        saved.setPlaceholder(getTranslation("requests.filter.saved"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setItems(savedFilters.mine());
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                applyAndPush(RequestFilterParameters.from(QueryParameters.fromString(e.getValue().query())));
            }
        });
        Button save = new Button(getTranslation("requests.filter.save"), new Icon(VaadinIcon.BOOKMARK_O),
                e -> new SaveFilterDialog(savedFilters, state.toQueryString(), () -> saved.setItems(savedFilters.mine())).open());
        save.setId("save-filter");
        export.setText(getTranslation("requests.export"));
        export.setId("export-csv");
        export.getElement().setAttribute("download", true);
        Span spacer = new Span();
        spacer.addClassName("spacer");
        bar.add(preset, clear, saved, save, spacer, total, columnChooser, export);
        return bar;
    }

    private Component grid() {
        GridCells cells = new GridCells(key -> getTranslation(key), () -> viewerTime.formats(getLocale()));
        grid.setId("requests-grid");
        grid.addClassName("requests-grid");
        grid.setMultiSort(false);
        // Each column is added to the grid only while it is shown (GridColumns): a hidden column would still cost
        // every open grid its state and listeners.
        Map<String, GridColumns.Definition> table = new LinkedHashMap<>();
        define(table, "reference", "requests.column.reference", true, () -> grid.addColumn(RequestRow::reference)
                .setSortProperty(RequestSort.REFERENCE.name()).setAutoWidth(true));
        define(table, "customer", "requests.column.customer", true, () -> grid.addColumn(RequestRow::customerName)
                .setSortProperty(RequestSort.CUSTOMER.name()).setWidth("12rem").setFlexGrow(2));
        define(table, "country", "requests.column.country", true, () -> grid.addColumn(RequestRow::country)
                .setSortProperty(RequestSort.COUNTRY.name()).setAutoWidth(true));
        define(table, "partner", "requests.column.partner", options.showPartner(),
                () -> grid.addColumn(cells.partner()).setWidth("12rem").setFlexGrow(1));
        // Names get a share of the width, not their own: a long one is cut in the cell (full name as tooltip)
        // instead of pushing the last columns off the screen.
        define(table, "distributor", "requests.column.distributor", options.showDistributor(),
                () -> grid.addColumn(RequestRow::distributorName).setWidth("10rem").setFlexGrow(1)
                        .setTooltipGenerator(RequestRow::distributorName));
        define(table, "platform", "requests.column.platform", true, () -> grid.addColumn(
                row -> row.platform() == null ? "" : getTranslation(row.platform().messageKey())).setAutoWidth(true));
        define(table, "status", "requests.column.status", true, () -> grid.addColumn(cells.status())
                .setSortProperty(RequestSort.STATUS.name()).setAutoWidth(true));
        define(table, "sla", "requests.column.sla", options.showSla(), () -> grid.addColumn(cells.sla())
                .setSortProperty(RequestSort.SLA_DUE.name()).setAutoWidth(true));
        define(table, "invitation", "requests.column.invitation-expires", true,
                () -> grid.addColumn(cells.twoLineTime(RequestRow::invitationExpiresAt))
                        .setSortProperty(RequestSort.INVITATION_EXPIRES.name()).setAutoWidth(true));
        define(table, "updated", "requests.column.updated", true,
                () -> grid.addColumn(cells.twoLineTime(RequestRow::updatedAt))
                        .setSortProperty(RequestSort.UPDATED.name()).setAutoWidth(true));
        define(table, "manager", "requests.column.manager", options.showManager(),
                () -> grid.addColumn(RequestRow::responsibleManagerName).setWidth("8rem").setFlexGrow(1)
                        .setTooltipGenerator(RequestRow::responsibleManagerName));
        columns = new GridColumns(grid, table,
                () -> grid.addColumn(cells.card()).setHeader(getTranslation("menu.requests")).setKey(GridColumns.CARD_KEY),
                savedFilters, columnChooser);
        // A click can name a row the grid has just dropped (clicked while a scroll's answer was on its way): the
        // item is then unknown, and the click is ignored rather than shown as an unexpected error.
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                RequestLinks.showRequest(e.getItem().id());
            }
        });
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

    /** A table column, if the role is offered it (the rest would tell it nothing), with its header and key. */
    private void define(Map<String, GridColumns.Definition> table, String key, String headerKey, boolean offered,
                        Supplier<Grid.Column<RequestRow>> add) {
        if (offered) {
            String header = getTranslation(headerKey);
            table.put(key, new GridColumns.Definition(header, () -> add.get().setHeader(header).setKey(key)));
        }
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

    // ---- state: URL <-> fields <-> grid -------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<GridPreset> preset = options.defaultView();
        if (parameters.getParameters().isEmpty() && preset.isPresent()) {
            // First visit without a filter: forward to the role's preset, so the URL shows it and can be shared.
            // A forward (not a history change during navigation) keeps browser and server in step.
            event.forwardTo(RequestLinks.GRID_ROUTE, parameters(preset.get()).toQueryParameters());
            return;
        }
        apply(RequestFilterParameters.from(parameters));
    }

    private static RequestFilterParameters parameters(GridPreset preset) {
        return new RequestFilterParameters(preset.filter(), preset.sort(), preset.ascending());
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
        // A shared link can carry a screening filter this role must not use: dropped here (the query refuses it).
        state = options.screeningFilter() ? parameters : new RequestFilterParameters(
                parameters.filter().withScreeningStates(Set.of()), parameters.sort(), parameters.ascending());
        filters.show(state.filter());
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
            total.setText(Texts.count("requests.total", count));
            grid.setItems(fetch, query -> (int) count);
        } else {
            // Too many to count cheaply: the grid grows its size estimate as the user scrolls.
            total.setText(getTranslation("requests.total-more", COUNT_CAP));
            grid.setItems(fetch);
            grid.getLazyDataView().setItemCountEstimate(COUNT_CAP);
        }
    }

    private static RequestSort sortFrom(List<QuerySortOrder> orders, RequestSort fallback) {
        if (orders.isEmpty()) {
            return fallback;
        }
        try {
            return RequestSort.valueOf(orders.getFirst().getSorted());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static boolean ascendingFrom(List<QuerySortOrder> orders, boolean fallback) {
        return orders.isEmpty() ? fallback : orders.getFirst().getDirection() == SortDirection.ASCENDING;
    }

    // ---- export ------------------------------------------------------------------------------------------

    private void updateExport() {
        RequestFilterParameters current = state;
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        export.setHref((DownloadHandler) event -> {
            event.setFileName("activation-requests-" + LocalDate.now(viewerTime.businessZone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                out.write('\uFEFF'); // lets spreadsheet programs detect UTF-8
                search.exportCsv(current.filter(), current.sort(), current.ascending(), out,
                        key -> ui.getTranslation(locale, key));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.requests");
    }
}
