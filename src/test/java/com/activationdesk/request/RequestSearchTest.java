package com.activationdesk.request;

import java.io.StringWriter;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.SearchWordsBackfill;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestPager;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.sla.SlaState;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.ALPEN_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.HANSE_USER1;
import static com.activationdesk.testdata.DemoUsers.HANSE_USER2;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grid's queries: scope, filters, SLA states at chosen "now"s, statement counts and the CSV export. */
@IntegrationTest
class RequestSearchTest {

    static final Set<SlaState> RUNNING = EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);

    @Autowired
    RequestService service;
    @Autowired
    RequestSearch search;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RequestSteps steps;

    @BeforeEach
    void setClock() {
        clock.set(MONDAY_0900);
    }

    @Test
    void aPageIsOneSelectAndTheCountIsSeparate() {
        runAs.run(CAM1, () -> {
            sql.reset();
            search.page(RequestFilter.none(), RequestSort.UPDATED, false, 0, 50);
            assertThat(sql.statements()).hasSize(1);
            assertThat(sql.selects()).isEqualTo(1);
            assertThat(sql.counts()).isZero();

            sql.reset();
            search.page(RequestFilter.none().withSlaStates(EnumSet.of(SlaState.AT_RISK, SlaState.BREACHED)),
                    RequestSort.SLA_DUE, true, 100, 50);
            assertThat(sql.statements()).hasSize(1);

            sql.reset();
            search.count(RequestFilter.none());
            assertThat(sql.statements()).hasSize(1);
            assertThat(sql.counts()).isEqualTo(1);
        });
    }

    @Test
    void pagesLoadedAfterTheLastSeenRowEqualOffsetPagesInEveryOrder() {
        // values and NULLs in every nullable sort column: drafts (not submitted, no SLA) and forwarded requests
        for (int i = 0; i < 3; i++) {
            runAs.run(ALPEN_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
            forwardedTier1Request();
        }
        runAs.run(VENDOR_ADMIN, () -> {
            int total = (int) Math.min(search.count(RequestFilter.none()), RequestSearch.MAX_PAGE_SIZE);
            assertThat(total).isGreaterThanOrEqualTo(6);
            for (RequestSort sort : RequestSort.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    List<Long> byOffset = search.page(RequestFilter.none(), sort, ascending, 0, total).stream()
                            .map(RequestRow::id).toList();
                    RequestPager pager = search.pager(RequestFilter.none());
                    List<Long> scrolled = new ArrayList<>();
                    while (scrolled.size() < total) {
                        sql.reset();
                        List<RequestRow> page = pager.fetch(sort, ascending, scrolled.size(),
                                Math.min(4, total - scrolled.size()));
                        assertThat(sql.statements()).as("one statement per page").hasSize(1);
                        assertThat(page).as("%s %s at %d", sort, ascending, scrolled.size()).isNotEmpty();
                        page.forEach(row -> scrolled.add(row.id()));
                    }
                    assertThat(scrolled).as("%s ascending=%s", sort, ascending).isEqualTo(byOffset);
                    // a jump past loaded pages, and back to a page loaded before
                    int jump = Math.min(total - 1, 9);
                    RequestPager jumping = search.pager(RequestFilter.none());
                    jumping.fetch(sort, ascending, 0, 2);
                    assertThat(jumping.fetch(sort, ascending, jump, 1)).extracting(RequestRow::id)
                            .containsExactly(byOffset.get(jump));
                    assertThat(jumping.fetch(sort, ascending, 1, 3)).extracting(RequestRow::id)
                            .containsExactlyElementsOf(byOffset.subList(1, 4));
                }
            }
        });
    }

    @Test
    void theCappedCountIsExactBelowTheCapAndStopsJustAboveIt() {
        for (int i = 0; i < 3; i++) {
            runAs.run(ALPEN_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        }
        runAs.run(ALPEN_USER2, () -> {
            long exact = search.count(RequestFilter.none());
            assertThat(exact).isGreaterThanOrEqualTo(3);
            assertThat(search.countUpTo(RequestFilter.none(), (int) exact + 5)).isEqualTo(exact);
            assertThat(search.countUpTo(RequestFilter.none(), 2)).isEqualTo(3);
        });
    }

    @Test
    void slaStateFilterMatchesTheClockAtChosenNows() {
        RequestDetails atCloudOps = forwardedTier1Request();
        String reference = atCloudOps.reference();
        assertThat(referencesWithSla(OPS1, SlaState.ON_TRACK, reference)).containsExactly(reference);
        assertThat(referencesWithSla(OPS1, RUNNING, reference)).containsExactly(reference);

        clock.set(MONDAY_0900.plus(Duration.ofHours(36))); // 12 working hours left: at risk
        assertThat(referencesWithSla(OPS1, SlaState.ON_TRACK, reference)).isEmpty();
        assertThat(referencesWithSla(OPS1, SlaState.AT_RISK, reference)).containsExactly(reference);

        clock.set(MONDAY_0900.plus(Duration.ofHours(48))); // due instant itself: still in time
        assertThat(referencesWithSla(OPS1, SlaState.AT_RISK, reference)).containsExactly(reference);
        assertThat(referencesWithSla(OPS1, RUNNING, reference)).containsExactly(reference);
        clock.set(MONDAY_0900.plus(Duration.ofHours(48)).plusMillis(1));
        assertThat(referencesWithSla(OPS1, SlaState.BREACHED, reference)).containsExactly(reference);
        assertThat(referencesWithSla(OPS1, RUNNING, reference)).containsExactly(reference);

        RequestDetails asked = runAs.as(OPS1,
                () -> service.askManager(atCloudOps.id(), atCloudOps.version(), "Which tenant name?"));
        assertThat(referencesWithSla(OPS1, SlaState.PAUSED, reference)).containsExactly(reference);
        assertThat(referencesWithSla(OPS1, SlaState.BREACHED, reference)).isEmpty();
        assertThat(referencesWithSla(OPS1, RUNNING, reference)).as("paused is not running").isEmpty();
        Set<SlaState> runningOrPaused = EnumSet.of(SlaState.PAUSED, SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
        assertThat(referencesWithSla(OPS1, runningOrPaused, reference)).containsExactly(reference);
        assertThat(asked.slaState()).isEqualTo(SlaState.PAUSED);
    }

    @Test
    void filtersNarrowTheScopedRows() {
        CustomerData data = TestRequest.valid(clock).data();
        String uniqueWord = "Zebrafisch" + Math.abs(data.company().name().hashCode());
        RequestForm named = TestRequest.of(data).withCustomerName(uniqueWord + " Logistik GmbH").withCountry("AT")
                .with("website", null).withAdminLanguage("en").form();
        RequestDetails draft = runAs.as(ALPEN_USER1, () -> service.createDraft(named));

        runAs.run(ALPEN_USER2, () -> {
            assertThat(ids(RequestFilter.none().withText(uniqueWord.substring(0, 8))))
                    .containsExactly(draft.id());
            assertThat(ids(RequestFilter.none().withText(draft.reference())))
                    .containsExactly(draft.id());
            assertThat(ids(RequestFilter.none().withText(data.administrator().email().substring(0, data.administrator().email().indexOf("@") + 3).toUpperCase()))).containsExactly(draft.id());
            assertThat(ids(RequestFilter.none().withStatuses(Set.of(RequestStatus.DRAFT)).withCountry("at")))
                    .contains(draft.id());
            assertThat(ids(RequestFilter.none().withStatuses(Set.of(RequestStatus.IN_REVIEW)).withText(uniqueWord)))
                    .isEmpty();
        });
        // another tier-1 partner's user searching for the same words finds nothing: scope first
        runAs.run(NORDLICHT_USER1, () ->
                assertThat(ids(RequestFilter.none().withText(uniqueWord))).isEmpty());
        runAs.run(VENDOR_ADMIN, () ->
                assertThat(ids(RequestFilter.none().withText(uniqueWord))).containsExactly(draft.id()));
    }

    @Test
    void freeTextFindsEachWordPrefixOfTheNamesWithAccentsFoldedAndEachRequestOnce() {
        CustomerData data = TestRequest.valid(clock).data();
        String unique = "Qx" + Long.toString(System.nanoTime(), 36);
        RequestForm named = TestRequest.of(data).withCustomerName(unique + " Müller-Straße Bau & Bauer GmbH")
                .with("customerOtherNames", "Øresund Holding").with("website", null).form();
        RequestDetails draft = runAs.as(ALPEN_USER1, () -> service.createDraft(named));

        runAs.run(ALPEN_USER2, () -> {
            for (String typed : List.of(unique, unique + " MÜLL", unique + " strasse", unique + " Straße",
                    unique + " oresund", "mULLER " + unique + " bau")) {
                assertThat(ids(RequestFilter.none().withText(typed))).as(typed).containsExactly(draft.id());
            }
            // "bau" starts two of its words, yet the request is one row and counts once
            assertThat(ids(RequestFilter.none().withText(unique + " bau"))).containsExactly(draft.id());
            assertThat(search.count(RequestFilter.none().withText(unique + " bau"))).isEqualTo(1);
            // every typed word must start a word: not inside one, not a word it lacks
            for (String typed : List.of(unique + " asse", unique + " holdings", unique + " zzz", unique.substring(1))) {
                assertThat(ids(RequestFilter.none().withText(typed))).as(typed).isEmpty();
            }
            sql.reset();
            search.page(RequestFilter.none().withText(unique + " bau"), RequestSort.UPDATED, false, 0, 50);
            assertThat(sql.selects()).as("a word search is still one SELECT per page").isEqualTo(1);
            assertThat(sql.statements()).hasSize(1);
        });

        // a renamed draft is found by its new words only
        RequestForm renamed = TestRequest.of(named.data()).withCustomerName(unique + " Schulze Logistik").form();
        RequestDetails saved = runAs.as(ALPEN_USER1,
                () -> service.saveDraft(draft.id(), draft.version(), renamed));
        runAs.run(ALPEN_USER1, () -> {
            assertThat(ids(RequestFilter.none().withText(unique + " schulz"))).containsExactly(saved.id());
            assertThat(ids(RequestFilter.none().withText(unique + " muller"))).isEmpty();
            assertThat(ids(RequestFilter.none().withText(unique + " oresund"))).containsExactly(saved.id());
        });
    }

    @Test
    void theMigrationFillsTheWordsOfRequestsThatHaveNone() throws Exception {
        RequestDetails draft = runAs.as(ALPEN_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        List<String> words = jdbc.queryForList("SELECT word FROM request_search_word WHERE request_id = ? ORDER BY word",
                String.class, draft.id());
        assertThat(words).isNotEmpty();
        jdbc.update("DELETE FROM request_search_word WHERE request_id = ?", draft.id());

        int inserted;
        try (Connection connection = dataSource.getConnection()) {
            inserted = SearchWordsBackfill.backfill(connection);
            assertThat(SearchWordsBackfill.backfill(connection)).as("a second run finds nothing to do").isZero();
        }

        assertThat(inserted).as("requests inserted by plain SQL elsewhere may be filled too").isGreaterThanOrEqualTo(words.size());
        assertThat(jdbc.queryForList("SELECT word FROM request_search_word WHERE request_id = ? ORDER BY word",
                String.class, draft.id())).isEqualTo(words);
    }

    @Test
    void invitationDateIsABerlinDayAndExpiringMeansStillValidWithinTheHours() {
        Instant invitedAt = Instant.parse("2026-12-07T23:30:00Z"); // 00:30 on 8 December in Berlin
        RequestDetails forwarded = forwardedTier1Request();
        clock.set(invitedAt);
        runAs.run(OPS1, () -> service.provisionAndInvite(forwarded.id(), forwarded.version(), "t-1"));
        RequestFilter mine = RequestFilter.none().withText(forwarded.reference());

        assertThat(idsAsOps(mine.withDates(RequestDate.INVITED, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8))))
                .containsExactly(forwarded.id());
        assertThat(idsAsOps(mine.withDates(RequestDate.INVITED, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))).isEmpty();
        assertThat(idsAsOps(mine.withDates(RequestDate.ACTIVATED, LocalDate.of(2026, 12, 8), null))).as("not activated").isEmpty();

        RequestFilter expiring = mine.withInvitationExpiringWithin(24);
        clock.set(invitedAt.plus(Duration.ofHours(48)).minusMillis(1)); // expires in 24 h and 1 ms
        assertThat(idsAsOps(expiring)).isEmpty();
        clock.set(invitedAt.plus(Duration.ofHours(48))); // expires in exactly 24 h
        assertThat(idsAsOps(expiring)).containsExactly(forwarded.id());
        clock.set(invitedAt.plus(Duration.ofHours(72)).minusMillis(1));
        assertThat(idsAsOps(expiring)).containsExactly(forwarded.id());
        clock.set(invitedAt.plus(Duration.ofHours(72))); // the link is dead from its expiry instant on
        assertThat(idsAsOps(expiring)).isEmpty();
    }

    @Test
    void withoutMeAsCoAdministratorHidesOnlyTheLoggedInUsersTenantsAndStaysInScope() {
        String word = "Kolibri" + Unique.tag();
        RequestDetails mine = draftNamed(ALPEN_USER1, word);
        RequestDetails colleagues = draftNamed(ALPEN_USER1, word);
        RequestDetails foreign = draftNamed(NORDLICHT_USER1, word);
        // Rows written directly keep this short; the database takes co-administrators only on activated tenants.
        addCoAdmin(mine, ALPEN_USER2);
        addCoAdmin(colleagues, ALPEN_USER1);
        RequestFilter named = RequestFilter.none().withText(word);
        RequestFilter withoutMe = named.withoutMeAsCoAdministrator(true);

        runAs.run(ALPEN_USER2, () -> {
            assertThat(ids(named)).containsExactlyInAnyOrder(mine.id(), colleagues.id());
            // a colleague as co-administrator does not hide the request, and the other partner's stays out of scope
            assertThat(ids(withoutMe)).containsExactly(colleagues.id());
            assertThat(search.count(withoutMe)).isEqualTo(1);
        });
        runAs.run(ALPEN_USER1, () -> assertThat(ids(withoutMe)).containsExactly(mine.id()));
        runAs.run(NORDLICHT_USER1, () -> assertThat(ids(withoutMe)).containsExactly(foreign.id()));
        runAs.run(VENDOR_ADMIN, () -> assertThat(ids(withoutMe))
                .containsExactlyInAnyOrder(mine.id(), colleagues.id(), foreign.id()));
    }

    @Test
    void theDatabaseTakesCoAdministratorsOnlyOnActivatedTenants() {
        RequestDetails draft = draftNamed(ALPEN_USER1, "Pinguin" + Unique.tag());
        assertThatThrownBy(() -> jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id)"
                + " SELECT ?, u.id, ?, u.id FROM app_user u WHERE u.email = 'user2@alpen-telecom.example'",
                draft.id(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .hasMessageContaining("Co-administrators only on activated tenants");
        addCoAdmin(draft, ALPEN_USER2);
        assertThat(jdbc.queryForObject("SELECT partner_id FROM request_co_admin WHERE request_id = ?", Long.class, draft.id()))
                .as("the requesting partner, set by the database")
                .isEqualTo(jdbc.queryForObject("SELECT partner_id FROM activation_request WHERE id = ?", Long.class, draft.id()));
    }

    private RequestDetails draftNamed(String partnerUser, String word) {
        return steps.draft(partnerUser, steps.valid().with("customerName", word + " Telefonie GmbH").form());
    }

    private void addCoAdmin(RequestDetails request, String userEmail) {
        jdbc.update("UPDATE activation_request SET status = 'ACTIVATED' WHERE id = ?", request.id());
        assertThat(jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id)"
                + " SELECT ?, u.id, ?, u.id FROM app_user u WHERE u.email = ?",
                request.id(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), userEmail)).isEqualTo(1);
    }

    private List<Long> idsAsOps(RequestFilter filter) {
        return runAs.as(OPS1, () -> ids(filter));
    }

    @Test
    void exportIsScopedAndNeutralisesFormulas() {
        CustomerData data = TestRequest.valid(clock).data();
        RequestForm formula = TestRequest.of(data).withCustomerName("=HYPERLINK(\"http://evil.example\")")
                .with("intendedUse", "@SUM(1+1)").with("website", null).form();
        RequestDetails draft = runAs.as(HANSE_USER1, () -> service.createDraft(formula));
        StringWriter csv = new StringWriter();
        int rows = runAs.as(HANSE_USER2, () -> search.exportCsv(RequestFilter.none(), RequestSort.UPDATED,
                false, csv, key -> key));
        assertThat(rows).isGreaterThanOrEqualTo(1);
        assertThat(csv.toString()).contains(draft.reference()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .doesNotContain(";=HYPERLINK");
        assertThat(csv.toString().lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain("nordlicht"));
    }

    private RequestDetails forwardedTier1Request() {
        return steps.forward(CAM1, steps.submitted(RHEINWERK_USER1));
    }

    private List<String> referencesWithSla(String user, SlaState state, String reference) {
        return referencesWithSla(user, Set.of(state), reference);
    }

    private List<String> referencesWithSla(String user, Set<SlaState> states, String reference) {
        return runAs.as(user, () -> search.page(RequestFilter.none().withSlaStates(states).withText(reference),
                RequestSort.UPDATED, false, 0, 50).stream().map(RequestRow::reference).toList());
    }

    private List<Long> ids(RequestFilter filter) {
        return search.page(filter, RequestSort.UPDATED, false, 0, 50).stream().map(RequestRow::id).toList();
    }
}
