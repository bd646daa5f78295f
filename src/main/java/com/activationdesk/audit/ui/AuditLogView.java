package com.activationdesk.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditChainVerifier;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditFilter;
import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.base.ui.DatePickers;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.base.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The global audit log for administrators: every recorded change, newest first, loaded page by page. Filters
 * (subject type, reference/name prefix, actor e-mail, action, date range in the browser's time zone) live in the URL's
 * query parameters, so a filtered view can be bookmarked or sent to a colleague. Clicking a row shows every
 * changed field with old and new value.
 */
@Route("admin/audit")
@Menu(title = "menu.audit", icon = "vaadin:records", order = 30)
@RolesAllowed("ADMIN")
public class AuditLogView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAM_REFERENCE = "ref";
    static final String PARAM_ACTOR = "actor";
    static final String PARAM_ACTION = "action";
    static final String PARAM_FROM = "from";
    static final String PARAM_TO = "to";
    static final String PARAM_SUBJECT = "subject";

    private final AuditTrail auditTrail;
    private final TextField reference = new TextField();
    private final TextField actorEmail = new TextField();
    private final TextField action = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<AuditSubjectType> subjectType = new Select<>();
    private final Grid<AuditEntryView> grid = new Grid<>();
    private Grid.Column<AuditEntryView> timeColumn;

    private ZoneId zone;
    private AuditFilter filter = new AuditFilter(null, null, null, null, null, null);
    /** True while fields are filled from the URL, so that does not write the URL back. */
    private boolean readingUrl;

    public AuditLogView(AuditTrail auditTrail, AuditChainVerifier verifier, ViewerTime viewerTime) {
        this.auditTrail = auditTrail;
        this.zone = viewerTime.zone();
        addClassName("page");
        addClassName("audit-log");
        setSizeFull();
        add(new ChainVerificationPanel(verifier), filters(), grid());
        viewerTime.onBrowserZone(this::useZone);
    }

    private Component filters() {
        subjectType.setId("audit-filter-subject");
        subjectType.setLabel(getTranslation("audit.filter.subject"));
        subjectType.setItems(AuditSubjectType.values());
        subjectType.setEmptySelectionAllowed(true);
        subjectType.setEmptySelectionCaption(getTranslation("audit.subject.any"));
        subjectType.setItemLabelGenerator(type -> type == null ? getTranslation("audit.subject.any")
                : getTranslation("audit.subject." + type.name()));
        subjectType.addValueChangeListener(e -> filterChanged());
        reference.setId("audit-filter-reference");
        reference.setLabel(getTranslation("audit.filter.reference"));
        actorEmail.setId("audit-filter-actor");
        actorEmail.setLabel(getTranslation("audit.filter.actor"));
        action.setId("audit-filter-action");
        action.setLabel(getTranslation("audit.filter.action"));
        for (TextField field : List.of(reference, actorEmail, action)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> filterChanged());
        }
        from.setId("audit-filter-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-filter-to");
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            DatePickers.localized(picker, getLocale());
            picker.addValueChangeListener(e -> filterChanged());
        }
        Button clear = new Button(getTranslation("audit.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        clear.setId("audit-filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(subjectType, reference, actorEmail, action, from, to, clear);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<AuditEntryView> grid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.empty"));
        timeColumn = grid.addColumn(entry -> new Formats(getLocale(), zone).timestamp(entry.occurredAt()))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::subject).setKey("subject")
                .setHeader(getTranslation("audit.column.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> actor(entry.actor())).setKey("actor")
                .setHeader(getTranslation("audit.column.actor")).setFlexGrow(2)
                .setTooltipGenerator(entry -> actor(entry.actor()));
        grid.addColumn(entry -> actionLabel(entry.action())).setKey("action")
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(this::statusChange).setKey("status")
                .setHeader(getTranslation("audit.column.status")).setAutoWidth(true);
        grid.addColumn(entry -> entry.comment() == null ? "" : entry.comment()).setKey("comment")
                .setHeader(getTranslation("audit.column.comment")).setFlexGrow(2)
                .setTooltipGenerator(AuditEntryView::comment);
        grid.addColumn(AuditLogView::changedFields).setKey("changes")
                .setHeader(getTranslation("audit.column.changes")).setFlexGrow(1);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        updateTimeHeader();
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        // Lazy: one page (one SELECT) per fetch, plus one COUNT for the scroll bar.
        grid.setItems(query -> auditTrail.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, auditTrail.count(filter)));
        return grid;
    }

    /** The row details: who exactly, the full comment, and every field change old → new. */
    Component details(AuditEntryView entry) {
        Div details = new Div();
        details.addClassName("audit-details");
        details.setId("audit-details-" + entry.id());
        AuditActor actor = entry.actor();
        AuditSubject subject = entry.subject();
        details.add(line(getTranslation("audit.details.subject", subject(entry),
                subject.id() == null ? Formats.EMPTY : subject.id().toString())));
        details.add(line(getTranslation("audit.details.actor", actor(actor),
                actor.userId() == null ? Formats.EMPTY : actor.userId().toString())));
        if (entry.comment() != null && !entry.comment().isBlank()) {
            details.add(line(getTranslation("audit.column.comment") + ": " + entry.comment()));
        }
        if (entry.changes().isEmpty()) {
            details.add(line(getTranslation("audit.details.no-changes")));
        }
        for (FieldChange change : entry.changes()) {
            Div row = line(getTranslation("audit.details.change", change.field(), value(change.oldValue()),
                    value(change.newValue())));
            row.addClassName("audit-change");
            details.add(row);
        }
        return details;
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    private String value(String value) {
        return value == null || value.isEmpty() ? getTranslation("audit.details.empty") : value;
    }

    /** A request by its reference (the log's main subject); anything else with its kind: "User: a@b.example". */
    private String subject(AuditEntryView entry) {
        AuditSubject subject = entry.subject();
        String label = subject.label() != null ? subject.label()
                : subject.id() == null ? Formats.EMPTY : "#" + subject.id();
        return subject.isRequest() ? label
                : getTranslation("audit.subject.labelled", getTranslation("audit.subject." + subject.type()), label);
    }

    /** "e-mail (role, organisation)"; the system has no e-mail and shows its role only. */
    private static String actor(AuditActor actor) {
        return ActorLabels.actor(actor.email(), actor.role(), actor.organizationName());
    }

    /** Action codes belong to the calling module: its texts are used when it provides them, else the code. */
    private String actionLabel(String code) {
        return Texts.firstOf(code, "audit.action." + code, "request.action." + code);
    }

    private String statusLabel(String status) {
        return status == null ? Formats.EMPTY : Texts.firstOf(status, "request.status." + status);
    }

    private String statusChange(AuditEntryView entry) {
        if (entry.fromStatus() == null && entry.toStatus() == null) {
            return "";
        }
        return statusLabel(entry.fromStatus()) + " → " + statusLabel(entry.toStatus());
    }

    private static String changedFields(AuditEntryView entry) {
        return entry.changes().stream().map(FieldChange::field).distinct().collect(Collectors.joining(", "));
    }

    private void useZone(ZoneId browserZone) {
        if (!browserZone.equals(zone)) {
            zone = browserZone;
            updateTimeHeader();
            applyFilter(); // date filters mean days in this zone
        }
    }

    private void updateTimeHeader() {
        timeColumn.setHeader(getTranslation("audit.column.time", new Formats(getLocale(), zone).zoneName()));
    }

    private void clear() {
        readingUrl = true;
        try {
            subjectType.clear();
            reference.clear();
            actorEmail.clear();
            action.clear();
            from.clear();
            to.clear();
        } finally {
            readingUrl = false;
        }
        filterChanged();
    }

    private void filterChanged() {
        if (readingUrl) {
            return;
        }
        applyFilter();
        writeUrl();
    }

    private void applyFilter() {
        LocalDate fromDate = from.getValue();
        LocalDate toDate = to.getValue();
        to.setMin(fromDate);
        from.setMax(toDate);
        filter = new AuditFilter(reference.getValue(), actorEmail.getValue(), action.getValue(),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                // the "to" day is included: the filter's upper bound is exclusive, so the next midnight
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(), subjectType.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void writeUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, PARAM_SUBJECT, subjectType.getValue() == null ? null : subjectType.getValue().name());
        putIfPresent(parameters, PARAM_REFERENCE, reference.getValue());
        putIfPresent(parameters, PARAM_ACTOR, actorEmail.getValue());
        putIfPresent(parameters, PARAM_ACTION, action.getValue());
        putIfPresent(parameters, PARAM_FROM, from.getValue() == null ? null : from.getValue().toString());
        putIfPresent(parameters, PARAM_TO, to.getValue() == null ? null : to.getValue().toString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(AuditLogView.class),
                        QueryParameters.simple(parameters))));
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.trim());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            subjectType.setValue(subjectType(first(parameters, PARAM_SUBJECT)));
            reference.setValue(first(parameters, PARAM_REFERENCE));
            actorEmail.setValue(first(parameters, PARAM_ACTOR));
            action.setValue(first(parameters, PARAM_ACTION));
            from.setValue(date(first(parameters, PARAM_FROM)));
            to.setValue(date(first(parameters, PARAM_TO)));
        } finally {
            readingUrl = false;
        }
        applyFilter();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().trim();
    }

    private static AuditSubjectType subjectType(String text) {
        return Arrays.stream(AuditSubjectType.values()).filter(type -> type.name().equalsIgnoreCase(text))
                .findFirst().orElse(null); // a broken bookmark shows every subject
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null; // a broken bookmark shows the unfiltered log instead of an error
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
