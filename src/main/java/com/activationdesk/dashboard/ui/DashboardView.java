package com.activationdesk.dashboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.CloudOpsDashboard;
import com.activationdesk.dashboard.service.CustomerDashboard;
import com.activationdesk.dashboard.service.DashboardService;
import com.activationdesk.dashboard.service.DistributorDashboard;
import com.activationdesk.dashboard.service.ManagerDashboard;
import com.activationdesk.dashboard.service.PartnerDashboard;
import com.activationdesk.dashboard.service.RequestItem;
import com.activationdesk.dashboard.service.SlaWeek;
import com.activationdesk.mail.MailLinks;
import com.activationdesk.mail.MailStatus;
import com.activationdesk.organization.OrganizationLinks;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

/**
 * Every role's landing page: what needs the user now and how the process performs, drawn as cards, bars and
 * lines; each number opens the request grid filtered to exactly its requests. Loads at every navigation here (also
 * to the page shown: Vaadin keeps that view), on the button and every minute while open, without a page reload.
 */
@Route("")
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int POLL_MILLIS = 60_000;

    private final DashboardService dashboards;
    private final UserPrincipal user;
    private final Clock clock;
    private final ViewerTime viewerTime;
    private final Charts charts;
    private final Div content = new Div();
    private final Span updated = new Span();
    private Registration pollRegistration;

    public DashboardView(DashboardService dashboards, CurrentUser currentUser, Clock clock, ViewerTime viewerTime) {
        this.dashboards = dashboards;
        this.viewerTime = viewerTime;
        this.user = currentUser.require();
        this.clock = clock;
        this.charts = new Charts(viewerTime.formats(getLocale()));
        addClassNames("page", "dashboard");
        content.setId("dashboard-content");
        content.addClassName("dashboard-content");
        add(header(), content);
    }

    private Component header() {
        H2 welcome = new H2(getTranslation("dashboard.welcome", user.displayName()));
        Paragraph signedIn = new Paragraph(getTranslation("dashboard.signed-in-as",
                getTranslation(user.role().messageKey()), user.organizationName()));
        Button refresh = new Button(getTranslation("dashboard.refresh"), new Icon(VaadinIcon.REFRESH), e -> refresh());
        refresh.setId("dashboard-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        updated.setId("dashboard-updated");
        updated.addClassName("cell-secondary");
        Div actions = new Div(refresh, updated);
        actions.addClassName("dashboard-actions");
        Div header = new Div(new Div(welcome, signedIn), actions);
        header.addClassName("dashboard-header");
        return header;
    }

    /** Queries the role's dashboard again and redraws it. */
    void refresh() {
        Component dashboard = switch (dashboards.mine()) {
            case PartnerDashboard d -> partner(d);
            case DistributorDashboard d -> distributor(d);
            case ManagerDashboard d -> manager(d);
            case CloudOpsDashboard d -> cloudOps(d);
            case AdminDashboard d -> admin(d);
            case CustomerDashboard d -> customer(d);
        };
        content.removeAll();
        content.add(dashboard);
        updated.setText(getTranslation("dashboard.updated",
                viewerTime.formats(getLocale()).dateTimeWithZone(clock.instant())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        pollRegistration = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        pollRegistration.remove();
        event.getUI().setPollInterval(-1);
    }

    private Component partner(PartnerDashboard d) {
        Div page = new Div(attention(d.returned().value() + d.invitationsExpired().value() == 0,
                charts.card("card-returned", t("dashboard.partner.returned"), d.returned(),
                        t("dashboard.partner.returned-hint"), Badge.Tone.WARNING),
                charts.countedCard("card-invitations-sent", "dashboard.partner.invitations-sent", d.invitationsSent(),
                        null, Badge.Tone.INFO),
                charts.countedCard("card-invitations-expired", "dashboard.partner.invitations-expired",
                        d.invitationsExpired(), t("dashboard.partner.invitations-expired-hint"), Badge.Tone.WARNING)));
        page.add(Charts.section("section-invitations", t("dashboard.partner.invitations"),
                items("list-invitations", d.nextToExpire(), false,
                        item -> t("dashboard.item.expires", time(item)), t("dashboard.partner.no-invitations"))));
        page.add(Charts.section("section-co-admin", t("dashboard.partner.co-admin"),
                charts.countedCard("card-co-admin-missing", "dashboard.partner.co-admin-missing",
                        d.coAdministration().withoutMe(), t("dashboard.partner.co-admin-hint"), Badge.Tone.NEUTRAL),
                items("list-co-admin", d.coAdministration().latest(), false,
                        item -> t("dashboard.item.activated", time(item)), t(d.coAdministration().activated() == 0
                                ? "dashboard.partner.no-activated" : "dashboard.partner.co-admin-none"))));
        page.add(statusChart(d.byStatus(), t("dashboard.partner.by-status"), t("dashboard.partner.no-requests")));
        page.add(contacts(d.contacts()));
        return page;
    }

    private Component distributor(DistributorDashboard d) {
        Div page = new Div(attention(d.waiting().value() + d.returned().value() == 0,
                charts.countedCard("card-waiting", "dashboard.distributor.waiting", d.waiting(),
                        t("dashboard.oldest-first"), Badge.Tone.INFO),
                charts.card("card-returned", t("dashboard.distributor.returned"), d.returned(), null,
                        Badge.Tone.WARNING)));
        page.add(Charts.section("section-waiting", t("dashboard.distributor.oldest"),
                items("list-waiting", d.oldestWaiting(), true, item -> t("dashboard.item.submitted", time(item)),
                        t("dashboard.nothing-waiting"))));
        page.add(statusChart(d.byStatus(), t("dashboard.by-status"), t("dashboard.no-requests")));
        return page;
    }

    private Component manager(ManagerDashboard d) {
        Div page = new Div(attention(
                d.waitingForCheck().value() + d.resendDue().value() + d.matchesToReview().value() == 0,
                charts.countedCard("card-waiting-check", "dashboard.manager.waiting", d.waitingForCheck(),
                        t("dashboard.oldest-first"), Badge.Tone.INFO),
                charts.countedCard("card-questions", "dashboard.manager.questions", d.questions(),
                        t("dashboard.manager.questions-hint"), Badge.Tone.WARNING),
                charts.countedCard("card-resend-due", "dashboard.manager.resend-due", d.resendDue(),
                        t("dashboard.manager.resend-due-hint"), Badge.Tone.ERROR),
                charts.countedCard("card-screening-matches", "dashboard.manager.matches", d.matchesToReview(),
                        t("dashboard.manager.matches-hint"), Badge.Tone.ERROR)));
        page.add(Charts.section("section-waiting", t("dashboard.manager.oldest"),
                items("list-waiting", d.oldestWaiting(), true, item -> t("dashboard.item.submitted", time(item)),
                        t("dashboard.nothing-waiting"))));
        List<Charts.Bar> partners = d.partnerActivity().stream()
                .map(b -> new Charts.Bar(b.key().name(), b.counter(), Badge.Tone.INFO)).toList();
        page.add(Charts.section("section-partners", t("dashboard.manager.activity", DashboardService.ACTIVITY_DAYS),
                partners.isEmpty() ? Charts.empty(t("dashboard.manager.no-partners")) : charts.bars("chart-partners", partners)));
        page.add(statusChart(d.byStatus(), t("dashboard.by-status"), t("dashboard.no-requests")));
        return page;
    }

    private Component cloudOps(CloudOpsDashboard d) {
        Div page = new Div();
        List<Component> cards = new ArrayList<>();
        long urgent = 0;
        for (Bucket<SlaState> state : d.queue()) {
            cards.add(charts.card("card-sla-" + state.key().name(), t("sla.state." + state.key().name()),
                    state.counter(), t("dashboard.cloud-ops.queue-hint"), RequestBadges.tone(state.key())));
            urgent += state.counter().value();
        }
        cards.add(charts.countedCard("card-resend-requests", "dashboard.cloud-ops.resend", d.resendRequests(), null,
                Badge.Tone.WARNING));
        cards.add(charts.countedCard("card-expiring", "dashboard.cloud-ops.expiring", d.expiringSoon(),
                t("dashboard.cloud-ops.expiring-hint"), Badge.Tone.NEUTRAL));
        page.add(attention(urgent == 0, cards.toArray(Component[]::new)));
        page.add(Charts.section("section-next-due", t("dashboard.cloud-ops.next-due"),
                items("list-next-due", d.nextDue(), true, item -> t("dashboard.item.due", time(item)),
                        t("dashboard.nothing-waiting"))));
        page.add(slaWeeks(d.weeks()));
        return page;
    }

    private Component admin(AdminDashboard d) {
        Div page = new Div();
        Div cards = new Div(charts.countedCard("card-total", "dashboard.admin.total", d.total(), null, Badge.Tone.INFO),
                charts.linkCard("card-users", "dashboard.admin.users", d.users(), OrganizationLinks.USERS_ROUTE, Badge.Tone.NEUTRAL),
                charts.linkCard("card-organizations", "dashboard.admin.organizations", d.organizations(),
                        OrganizationLinks.ORGANIZATIONS_ROUTE, Badge.Tone.NEUTRAL));
        cards.add(charts.linkCard("card-mail-failures", "dashboard.admin.mail-failures", d.mailFailures(),
                MailLinks.log(MailStatus.FAILED), d.mailFailures() == 0 ? Badge.Tone.SUCCESS : Badge.Tone.ERROR));
        cards.addClassName("dashboard-cards");
        page.add(cards);
        page.add(statusChart(d.byStatus(), t("dashboard.by-status"), t("dashboard.no-requests")));
        List<Charts.Bar> platforms = d.byPlatform().stream()
                .map(b -> new Charts.Bar(t(b.key().messageKey()), b.counter(), Badge.Tone.INFO)).toList();
        page.add(Charts.section("section-platforms", t("dashboard.admin.by-platform"),
                d.total().value() == 0 ? Charts.empty(t("dashboard.no-requests")) : charts.bars("chart-platforms", platforms)));
        List<Charts.Bar> countries = d.byCountry().stream()
                .map(b -> new Charts.Bar(Formats.country(b.key(), getLocale()), b.counter(), Badge.Tone.INFO)).toList();
        Div countrySection = new Div(countries.isEmpty() ? Charts.empty(t("dashboard.no-requests"))
                : charts.bars("chart-countries", countries));
        if (d.otherCountries() > 0) {
            countrySection.add(new Paragraph(Texts.count("dashboard.admin.other-countries", d.otherCountries())));
        }
        page.add(Charts.section("section-countries", t("dashboard.admin.by-country"), countrySection));
        Formats format = viewerTime.formats(getLocale());
        List<Charts.Column> months = d.activationsPerMonth().stream()
                .map(b -> new Charts.Column(format.month(b.key()), format.month(b.key()),
                        List.of(new Charts.Bar(t("request.status.ACTIVATED"), b.counter(), Badge.Tone.SUCCESS)),
                        charts.format(b.counter().value()), b.counter()))
                .toList();
        page.add(Charts.section("section-activations", t("dashboard.admin.activations"),
                charts.columns("chart-activations", months)));
        return page;
    }

    private Component customer(CustomerDashboard d) {
        if (d.tenants().isEmpty()) {
            return Charts.empty(t("dashboard.customer.none"));
        }
        Div page = new Div();
        for (CustomerDashboard.Tenant tenant : d.tenants()) {
            RequestItem request = tenant.request();
            Div card = new Div();
            card.setId("tenant-" + request.id());
            card.addClassNames("card", "dashboard-tenant");
            Anchor reference = new Anchor(RequestLinks.grid(request.filter()), request.reference());
            reference.setId("tenant-link-" + request.id());
            card.add(new Div(new Span(request.customerName() + " "),
                    RequestBadges.status(request.status())),
                    new Div(new Span(t("dashboard.customer.reference") + " "), reference),
                    new Div(t("dashboard.customer.partner", request.partnerName())));
            if (tenant.tenantId() != null) {
                card.add(new Div(t("dashboard.customer.tenant-id", tenant.tenantId())));
            }
            if (tenant.activatedAt() != null) {
                card.add(new Div(t("dashboard.customer.activated", viewerTime.formats(getLocale()).dateTimeWithZone(tenant.activatedAt()))));
            }
            Div coAdmins = new Div();
            coAdmins.setId("co-admins-" + request.id());
            coAdmins.addClassName("dashboard-list");
            if (tenant.coAdministrators().isEmpty()) {
                coAdmins.add(Charts.empty(t("dashboard.customer.no-co-admins")));
            }
            for (CustomerDashboard.CoAdministrator coAdmin : tenant.coAdministrators()) {
                coAdmins.add(new Div(new Span(coAdmin.name() + " (" + coAdmin.organization() + ") "),
                        new Anchor("mailto:" + coAdmin.email(), coAdmin.email())));
            }
            card.add(Charts.section("section-co-admins-" + request.id(), t("dashboard.customer.co-admins"), coAdmins));
            page.add(card);
        }
        return Charts.section("section-tenants", t("dashboard.customer.tenant"), page);
    }

    // ---- shared pieces -----------------------------------------------------------------------------------

    /** The cards of what needs the user, with the empty state when nothing does. */
    private Component attention(boolean nothing, Component... cards) {
        Div row = new Div(cards);
        row.addClassName("dashboard-cards");
        Div section = Charts.section("section-attention", t("dashboard.attention"), row);
        if (nothing) {
            Component empty = Charts.empty(t("dashboard.nothing-waiting"));
            empty.setId("nothing-waiting");
            section.addComponentAtIndex(1, empty);
        }
        return section;
    }

    /** Statuses that have requests, in workflow order. */
    private Component statusChart(List<Bucket<RequestStatus>> byStatus, String title, String emptyText) {
        List<Charts.Bar> bars = byStatus.stream().filter(b -> b.counter().value() > 0)
                .map(b -> new Charts.Bar(t(b.key().messageKey()), b.counter(), RequestBadges.tone(b.key()))).toList();
        return Charts.section("section-status", title, bars.isEmpty() ? Charts.empty(emptyText) : charts.bars("chart-status", bars));
    }

    private Component slaWeeks(List<SlaWeek> weeks) {
        WeekFields iso = WeekFields.ISO;
        Formats format = viewerTime.formats(getLocale());
        List<Charts.Column> columns = new ArrayList<>();
        List<Double> medianHours = new ArrayList<>();
        for (SlaWeek week : weeks) {
            Integer share = week.metPercent();
            String title = t("dashboard.cloud-ops.week-title", format.date(week.monday()),
                    share == null ? "–" : share + " %", duration(week.medianWorkingTime()));
            columns.add(new Charts.Column(t("dashboard.cloud-ops.week", week.monday().get(iso.weekOfWeekBasedYear())), title,
                    List.of(new Charts.Bar(t("sla.state.MET"), week.met(), Badge.Tone.SUCCESS),
                            new Charts.Bar(t("sla.state.MISSED"), week.missed(), Badge.Tone.ERROR)),
                    share == null ? "–" : t("dashboard.cloud-ops.week-note", duration(week.medianWorkingTime()), share),
                    week.invited()));
            medianHours.add(week.medianWorkingTime() == null ? null : week.medianWorkingTime().toSeconds() / 3600.0);
        }
        boolean none = weeks.stream().allMatch(w -> w.invited().value() == 0);
        Div legend = new Div(Badge.of(t("sla.state.MET"), Badge.Tone.SUCCESS), Badge.of(t("sla.state.MISSED"), Badge.Tone.ERROR),
                new Span(t("dashboard.cloud-ops.median-legend")));
        legend.addClassName("dashboard-legend");
        return Charts.section("section-sla-weeks", t("dashboard.cloud-ops.performance"), legend,
                none ? Charts.empty(t("dashboard.cloud-ops.no-invitations")) : charts.columns("chart-sla-weeks", columns),
                Charts.line("chart-median", medianHours, t("dashboard.cloud-ops.median-legend")));
    }

    private Component contacts(List<ContactPerson> contacts) {
        if (contacts.isEmpty()) {
            return new Div();
        }
        Div box = new Div();
        box.setId("first-contact");
        for (ContactPerson contact : contacts) {
            box.add(new Div(new Span(contact.name() + " (" + t(contact.roleKey())
                    + (contact.viaDistributor() == null ? "" : ", " + contact.viaDistributor()) + ") "),
                    new Anchor("mailto:" + contact.email(), contact.email())));
        }
        return Charts.section("section-contact", t("dashboard.first-contact"), box);
    }

    /** A short list of requests; the reference opens the grid on that request. */
    private Component items(String id, List<RequestItem> items, boolean withPartner, Function<RequestItem, String> when,
                            String emptyText) {
        if (items.isEmpty()) {
            return Charts.empty(emptyText);
        }
        Div list = new Div();
        list.setId(id);
        list.addClassName("dashboard-list");
        for (RequestItem item : items) {
            Anchor reference = new Anchor(RequestLinks.grid(item.filter()), item.reference());
            reference.addClassName("item-reference");
            Div row = new Div(reference, new Span(item.customerName() == null ? "" : item.customerName()));
            row.addClassName("dashboard-item");
            if (withPartner) {
                Span partner = new Span(item.partnerName());
                partner.addClassName("cell-secondary");
                row.add(partner);
            }
            Span at = new Span(when.apply(item));
            at.addClassName("cell-secondary");
            row.add(at);
            if (item.slaState() == SlaState.PAUSED && item.status() == RequestStatus.IN_REVIEW) {
                row.add(Badge.of(t("dashboard.manager.question"), Badge.Tone.WARNING));
            } else if (item.slaState() == SlaState.AT_RISK || item.slaState() == SlaState.BREACHED) {
                row.add(RequestBadges.sla(item.slaState()));
            }
            list.add(row);
        }
        return list;
    }

    private String time(RequestItem item) {
        return viewerTime.formats(getLocale()).dateTimeWithZone(item.when());
    }

    private String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        return t("dashboard.hours", viewerTime.formats(getLocale()).decimal(duration.toSeconds() / 3600.0));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
