package com.activationdesk.mail.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.mail.MailContent;
import com.activationdesk.mail.MailLinks;
import com.activationdesk.mail.MailLogEntry;
import com.activationdesk.mail.MailLogFilter;
import com.activationdesk.mail.MailLogService;
import com.activationdesk.mail.MailStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Every mail the application sent or will send, newest first, loaded page by page: whom, what, for which
 * request, whether it went out, and why not. A row opens the mail itself — the HTML part (sanitised, links
 * work) and the text part — and a failed mail can be sent again.
 */
@Route(MailLinks.LOG_ROUTE)
@Menu(title = "menu.mail-log", icon = "vaadin:envelopes-o", order = 40)
@RolesAllowed({"ADMIN", "CLOUD_OPS"})
public class MailLogView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    /**
     * What of a stored HTML mail the log may render: text structure and links, no scripts, styles, forms or
     * images (which would load remote content into the app). Links open in a new tab, never in the app's.
     */
    private static final Safelist MAIL_HTML = Safelist.relaxed().removeTags("img")
            .addEnforcedAttribute("a", "target", "_blank")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private final MailLogService mailLog;
    private final Select<MailStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final Grid<MailLogEntry> grid = new Grid<>();
    private Grid.Column<MailLogEntry> createdColumn;
    private ZoneId zone;
    private MailLogFilter filter = MailLogFilter.ALL;

    public MailLogView(MailLogService mailLog, ViewerTime viewerTime) {
        this.mailLog = mailLog;
        this.zone = viewerTime.zone();
        addClassName("page");
        addClassName("mail-log");
        setSizeFull();
        add(filters(), grid());
        viewerTime.onBrowserZone(this::useZone);
    }

    private Component filters() {
        status.setId("mail-filter-status");
        status.setLabel(getTranslation("mail.log.filter.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.log.filter.status.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("mail.log.filter.status.all")
                : getTranslation(value.messageKey()));
        status.addValueChangeListener(e -> applyFilter());
        text.setId("mail-filter-text");
        text.setLabel(getTranslation("mail.log.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> applyFilter());
        HorizontalLayout bar = new HorizontalLayout(status, text);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<MailLogEntry> grid() {
        grid.setId("mail-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("mail.log.empty"));
        createdColumn = grid.addColumn(entry -> time(entry.createdAt())).setKey("created")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailLogEntry::recipient).setKey("recipient")
                .setHeader(getTranslation("mail.log.column.recipient")).setFlexGrow(1)
                .setTooltipGenerator(MailLogEntry::recipient);
        grid.addColumn(MailLogEntry::subject).setKey("subject")
                .setHeader(getTranslation("mail.log.column.subject")).setFlexGrow(3)
                .setTooltipGenerator(MailLogEntry::subject);
        grid.addColumn(entry -> entry.requestReference() == null ? "" : entry.requestReference()).setKey("request")
                .setHeader(getTranslation("mail.log.column.request")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setKey("status")
                .setHeader(getTranslation("mail.log.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailLogEntry::attempts).setKey("attempts")
                .setHeader(getTranslation("mail.log.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.lastError() == null ? "" : entry.lastError()).setKey("last-error")
                .setHeader(getTranslation("mail.log.column.last-error")).setFlexGrow(2)
                .setTooltipGenerator(MailLogEntry::lastError);
        grid.addColumn(entry -> entry.sentAt() == null ? "" : time(entry.sentAt())).setKey("sent")
                .setHeader(getTranslation("mail.log.column.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        updateCreatedHeader();
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        // Lazy: one page (one SELECT without the bodies) per fetch, plus one COUNT for the scroll bar.
        grid.setItems(query -> mailLog.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, mailLog.count(filter)));
        return grid;
    }

    private Span statusBadge(MailLogEntry entry) {
        Span badge = Badge.of(getTranslation(entry.status().messageKey()), switch (entry.status()) {
            case SENT -> Badge.Tone.SUCCESS;
            case FAILED -> Badge.Tone.ERROR;
            case PENDING -> Badge.Tone.CONTRAST;
        });
        badge.setId("mail-status-" + entry.id());
        return badge;
    }

    private Component retryButton(MailLogEntry entry) {
        if (entry.status() != MailStatus.FAILED) {
            return new Span();
        }
        Button retry = new Button(getTranslation("mail.log.retry"), VaadinIcon.REFRESH.create(), e -> retry(entry));
        retry.setId("mail-retry-" + entry.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private void retry(MailLogEntry entry) {
        mailLog.retry(entry.id());
        Notifications.success(getTranslation("mail.log.retried"));
        grid.getDataProvider().refreshAll();
    }

    /**
     * The mail: the HTML part sanitised (no iframe, no scripts) and the text part verbatim. An invitation's or a
     * password reset's link is not stored; the service gives the catcher's copy with the link outside production,
     * else it shows as a note.
     */
    Component details(MailLogEntry entry) {
        MailContent content = mailLog.content(entry.id())
                .withLinksShownAs(getTranslation("mail.log.details.link-not-stored"),
                        getTranslation("mail.log.details.reset-link-not-stored"));
        Div details = new Div();
        details.addClassName("mail-details");
        details.setId("mail-details-" + entry.id());
        if (content.bodyRedactedAt() != null) {
            Span deleted = new Span(getTranslation("mail.log.details.body-deleted", time(content.bodyRedactedAt())));
            deleted.setId("mail-body-deleted-" + entry.id());
            details.add(new Span(getTranslation("mail.log.details.message-id", entry.messageId())), deleted);
            return details;
        }
        // Only the body: cleaning the whole document would keep the text of <title> as stray body text.
        String body = Jsoup.clean(Jsoup.parse(content.html()).body().html(), MAIL_HTML);
        Div html = new Div(new Html("<div class=\"mail-html\">" + body + "</div>"));
        html.setId("mail-html-" + entry.id());
        Pre text = new Pre(content.text());
        text.setId("mail-text-" + entry.id());
        text.addClassName("mail-text");
        details.add(new Span(getTranslation("mail.log.details.message-id", entry.messageId())),
                new H4(getTranslation("mail.log.details.html")), html,
                new H4(getTranslation("mail.log.details.text")), text);
        return details;
    }

    private String time(Instant instant) {
        return new Formats(getLocale(), zone).timestamp(instant);
    }

    private void applyFilter() {
        filter = new MailLogFilter(status.getValue(), text.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void useZone(ZoneId browserZone) {
        zone = browserZone;
        updateCreatedHeader();
        grid.getDataProvider().refreshAll();
    }

    private void updateCreatedHeader() {
        createdColumn.setHeader(getTranslation("mail.log.column.created", new Formats(getLocale(), zone).zoneName()));
    }

    /**
     * Loads at every navigation here, also when the user picks this page in the menu while on it: Vaadin then keeps
     * the instance shown, which would otherwise go on showing what it loaded at the first visit.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.mail-log");
    }
}
