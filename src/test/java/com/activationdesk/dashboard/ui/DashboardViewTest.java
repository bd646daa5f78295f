package com.activationdesk.dashboard.ui;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.dashboard.service.Counter;
import com.activationdesk.UiTest;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.request.RequestFilterParameters;
import com.activationdesk.request.ui.RequestsView;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.DemoUsers.HANSE_USER1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.RUHR_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.WEDNESDAY_1000;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn dashboards in the browserless UI: every number on the page is a link whose grid shows exactly that many
 * rows, texts follow the user's language, empty states show, and Refresh re-queries without leaving the page.
 */
@UiTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    RequestService requests;
    @Autowired
    RequestSearch search;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    AppUserRepository users;

    RequestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new RequestSteps(requests, runAs, clock);
        clock.set(WEDNESDAY_1000);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnerNumbersLinkToTheGridWithExactlyTheirRowsInGerman() {
        clock.set(WEDNESDAY_1000.minus(Duration.ofDays(2)));
        steps.draft(NORDLICHT_USER2);
        steps.returnToPartner(CAM1, steps.submittedAt(NORDLICHT_USER2, WEDNESDAY_1000.minus(Duration.ofDays(2))));
        steps.submittedAt(NORDLICHT_USER2, WEDNESDAY_1000.minus(Duration.ofDays(1)));
        clock.set(WEDNESDAY_1000);

        navigate(DashboardView.class);

        assertThat(sectionTitles()).contains("Was jetzt auf Sie wartet", "Ihre Anträge nach Status",
                "Ihr erster Ansprechpartner bei Fragen");
        assertThat(text(find(Div.class).id("first-contact"))).contains("Clara Kanal", CAM1);
        Anchor returned = find(Anchor.class).id("card-returned");
        assertThat(value(returned)).isGreaterThanOrEqualTo(1);
        assertEveryNumberIsItsGridCount();
        assertGridShowsExactly(returned);
        assertGridShowsExactly(statusBar("chart-status", 0));
        assertGridShowsExactly(find(Anchor.class).id("card-co-admin-missing"));
    }

    @Test
    @WithUserDetails(RUHR_USER1)
    void partnerWithoutRequestsSeesEmptyStates() {
        navigate(DashboardView.class);

        assertThat(find(Div.class).id("nothing-waiting").getText()).isEqualTo("Nichts wartet auf Sie.");
        assertThat(text(find(Div.class).id("section-status"))).contains("Sie haben noch keine Anträge.");
        assertThat(text(find(Div.class).id("section-invitations"))).contains("Keine Einladung wartet auf Aktivierung.");
        assertThat(text(find(Div.class).id("section-co-admin")))
                .contains("Noch keiner Ihrer Anträge hat einen aktivierten Mandanten.")
                .doesNotContain("Co-Administrator aller");
        assertThat(value(find(Anchor.class).id("card-returned"))).isZero();
    }

    @Test
    @WithUserDetails(CAM2)
    void refreshShowsNewWorkWithoutLeavingThePageAndPollsEveryMinute() {
        navigate(DashboardView.class);
        DashboardView view = (DashboardView) getCurrentView();
        long before = value(find(Anchor.class).id("card-waiting-check"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(60_000);
        assertThat(sectionTitles()).contains("What needs you now", "Requests per partner, last 30 days");

        steps.submittedAt(ALPEN_USER1, WEDNESDAY_1000.minus(Duration.ofHours(1)));
        clock.set(WEDNESDAY_1000);
        assertThat(value(find(Anchor.class).id("card-waiting-check"))).as("not before the refresh").isEqualTo(before);
        test(find(Button.class).id("dashboard-refresh")).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(value(find(Anchor.class).id("card-waiting-check"))).isEqualTo(before + 1);
        assertEveryNumberIsItsGridCount();
        assertGridShowsExactly(find(Anchor.class).id("card-waiting-check"));
    }

    @Test
    @WithUserDetails(OPS1)
    void cloudOpsSeesTheQueueAndTheWeeklyChartDrawnAsLinksAndAnSvgLine() {
        // at Cloud Ops since Tuesday a week ago: invited this Monday, long after its 48 working hours
        RequestDetails late = steps.forwardedAt(RHEINWERK_USER1, CAM1,
                WEDNESDAY_1000.minus(Duration.ofDays(8)));
        RequestDetails forwarded = steps.forwardedAt(RHEINWERK_USER1, CAM1,
                WEDNESDAY_1000.minus(Duration.ofDays(3)));
        clock.set(WEDNESDAY_1000.minus(Duration.ofDays(2)));
        steps.invite(OPS1, forwarded);
        steps.invite(OPS1, late);
        steps.forwardedAt(RHEINWERK_USER1, CAM1, WEDNESDAY_1000.minus(Duration.ofHours(2)));
        clock.set(WEDNESDAY_1000);

        navigate(DashboardView.class);

        assertThat(value(find(Anchor.class).id("card-sla-ON_TRACK"))).isGreaterThanOrEqualTo(1);
        assertThat(find(Div.class).id("chart-sla-weeks").getChildren().count()).isEqualTo(12);
        assertThat(find(Html.class).id("chart-median").getInnerHtml()).contains("<svg", "<polyline");
        assertEveryNumberIsItsGridCount();
        assertGridShowsExactly(find(Anchor.class).id("card-sla-ON_TRACK"));

        // this week's note (median · MET share) links to the week's MET and MISSED invitations together
        Component thisWeek = find(Div.class).id("chart-sla-weeks").getChildren().reduce((first, second) -> second).orElseThrow();
        Anchor note = (Anchor) thisWeek.getChildren()
                .filter(c -> c.getElement().getClassList().contains("column-note")).findFirst().orElseThrow();
        List<Anchor> segments = thisWeek.getChildren().findFirst().orElseThrow().getChildren().map(Anchor.class::cast).toList();
        assertThat(segments).as("MET and MISSED").hasSize(2);
        assertThat(text(note)).matches(".+ · \\d+ %");
        assertThat(value(note)).isEqualTo(segments.stream().mapToLong(DashboardViewTest::value).sum());
        List<Long> behindSegments = segments.stream().flatMap(s -> rowsBehind(s).stream()).map(RequestRow::id).toList();
        assertThat(rowsBehind(note)).extracting(RequestRow::id).hasSize((int) value(note))
                .containsExactlyInAnyOrderElementsOf(behindSegments).contains(forwarded.id(), late.id());
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void adminSeesTotalsAndLinksToUsersAndOrganisations() {
        navigate(DashboardView.class);

        assertThat(find(Anchor.class).id("card-users").getHref()).isEqualTo("admin/users");
        assertThat(find(Anchor.class).id("card-organizations").getHref()).isEqualTo("admin/organizations");
        assertThat(value(find(Anchor.class).id("card-total"))).isEqualTo(search.count(RequestFilter.none()));
        assertThat(find(Div.class).id("chart-activations").getChildren().count()).isEqualTo(12);
        assertEveryNumberIsItsGridCount();
    }

    @Test
    @WithUserDetails(MUSTER_ADMIN)
    void customerAdminSeesItsTenantWithALinkToIt() {
        Organization muster = new TestOrganizations(organizations, users)
                .demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK);
        RequestDetails activated = steps.activateAt(steps.invitedAt(HANSE_USER1, CAM2,
                WEDNESDAY_1000.minus(Duration.ofDays(2)), WEDNESDAY_1000.minus(Duration.ofDays(1))), muster, WEDNESDAY_1000.minus(Duration.ofHours(3)));
        clock.set(WEDNESDAY_1000);

        navigate(DashboardView.class);

        Anchor link = find(Anchor.class).id("tenant-link-" + activated.id());
        assertThat(link.getText()).isEqualTo(activated.reference());
        assertThat(text(find(Div.class).id("tenant-" + activated.id()))).contains("Aktiviert", "tenant-" + activated.reference());
        assertThat(rowsBehind(link)).extracting(RequestRow::id).containsExactly(activated.id());
    }

    /** Issue 16: "1 Einladungen abgelaufen" read wrong; a card's title agrees with its number, in both languages. */
    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void cardTitlesAgreeWithTheirNumberInGermanAndEnglish() {
        navigate(DashboardView.class);

        assertThat(cardTitle(Locale.GERMAN, "dashboard.partner.invitations-expired", 1)).isEqualTo("Einladung abgelaufen");
        assertThat(cardTitle(Locale.GERMAN, "dashboard.partner.invitations-expired", 2)).isEqualTo("Einladungen abgelaufen");
        assertThat(cardTitle(Locale.GERMAN, "dashboard.partner.invitations-expired", 0)).isEqualTo("Einladungen abgelaufen");
        assertThat(cardTitle(Locale.GERMAN, "dashboard.manager.waiting", 1)).isEqualTo("Wartet auf Ihre Prüfung");
        assertThat(cardTitle(Locale.GERMAN, "dashboard.manager.waiting", 3)).isEqualTo("Warten auf Ihre Prüfung");
        assertThat(cardTitle(Locale.ENGLISH, "dashboard.admin.total", 1)).isEqualTo("Request");
        assertThat(cardTitle(Locale.ENGLISH, "dashboard.admin.total", 2)).isEqualTo("Requests");
        assertThat(cardTitle(Locale.ENGLISH, "dashboard.cloud-ops.expiring", 1)).isEqualTo("Invitation expiring within 24 h");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** Every link to the grid on the page: its number is what the grid counts for the filter in its URL. */
    private void assertEveryNumberIsItsGridCount() {
        List<Anchor> links = gridLinks();
        assertThat(links).isNotEmpty();
        for (Anchor link : links) {
            RequestFilterParameters target = RequestFilterParameters.from(QueryParameters.fromString(query(link)));
            long expected = link.getElement().hasAttribute("data-value") ? value(link) : 1; // a listed request
            assertThat(search.count(target.filter())).as(link.getHref()).isEqualTo(expected);
        }
    }

    /** Follows the link into the request grid and checks it lists exactly as many rows as the number says. */
    private void assertGridShowsExactly(Anchor link) {
        long expected = value(link);
        assertThat(rowsBehind(link)).as(link.getHref()).hasSize((int) expected);
    }

    private List<RequestRow> rowsBehind(Anchor link) {
        UI.getCurrent().navigate("requests", QueryParameters.fromString(query(link)));
        assertThat(getCurrentView()).isInstanceOf(RequestsView.class);
        @SuppressWarnings("unchecked")
        Grid<RequestRow> grid = (Grid<RequestRow>) find(Grid.class).id("requests-grid");
        @SuppressWarnings("unchecked")
        DataProvider<RequestRow, Void> provider = (DataProvider<RequestRow, Void>) grid.getDataProvider();
        List<RequestRow> rows = provider.fetch(new Query<>(0, 500, List.of(), null, null)).toList();
        navigate(DashboardView.class);
        return rows;
    }

    private List<Anchor> gridLinks() {
        return $(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("requests?")).toList();
    }

    private Anchor statusBar(String chartId, int index) {
        return (Anchor) find(Div.class).id(chartId).getChildren().skip(index).findFirst().orElseThrow();
    }

    private static String query(Anchor link) {
        return link.getHref().substring(link.getHref().indexOf('?') + 1);
    }

    private static String cardTitle(Locale locale, String titleKey, long value) {
        UI.getCurrent().setLocale(locale);
        Component card = new Charts(new Formats(locale, ZoneOffset.UTC)).countedCard("card", titleKey,
                new Counter(value, RequestFilter.none(), RequestSort.UPDATED, false), null, Badge.Tone.INFO);
        return card.getChildren().filter(child -> child.getElement().getClassList().contains("dashboard-card-title"))
                .map(child -> ((Span) child).getText()).findFirst().orElseThrow();
    }

    private static long value(Anchor link) {
        return Long.parseLong(link.getElement().getAttribute("data-value"));
    }

    private List<String> sectionTitles() {
        return $(H3.class).all().stream().map(H3::getText).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
