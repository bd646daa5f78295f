package com.activationdesk.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.dashboard.service.DashboardService;
import com.activationdesk.dashboard.service.ManagerDashboard;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.screening.MatchDecision;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grid and the CAM/DAM dashboard filter by the state of a request's latest screening; partners and
 * distributors cannot use that filter at all (no tipping off through a count or an empty grid).
 */
@IntegrationTest
class ScreeningStateFilterTest {

    @Autowired
    RequestService service;
    @Autowired
    RequestScreening screening;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestSearch search;
    @Autowired
    DashboardService dashboards;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    private RequestSteps steps;

    @BeforeEach
    void listAnAvionicsCompany() {
        clock.set(MONDAY_0900);
        steps = new RequestSteps(service, runAs, clock);
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("601", "Kestrel Avionics Ltd."))));
        awaitListUpdate(jdbc);
    }

    @Test
    void eachRequestIsFoundUnderTheStateOfItsLatestScreening() {
        RequestDetails undecided = submitFor("Kestrel Avionics GmbH");
        RequestDetails noMatches = submitFor("Orion Microsystems");
        RequestDetails cleared = submitFor("Kestrel Avionics AG");
        decide(cleared, MatchDecision.NO_MATCH);
        RequestDetails confirmed = submitFor("Kestrel Avionics");
        decide(confirmed, MatchDecision.CONFIRMED);
        RequestDetails draft = steps.draft(NORDLICHT_USER1, steps.valid().withCustomerName("Kestrel Avionics").form());
        List<Long> mine = List.of(undecided.id(), noMatches.id(), cleared.id(), confirmed.id(), draft.id());

        assertThat(ids(CAM1, ScreeningState.UNDECIDED, mine)).containsExactly(undecided.id());
        assertThat(ids(CAM1, ScreeningState.NO_MATCHES, mine)).containsExactly(noMatches.id());
        assertThat(ids(CAM1, ScreeningState.CLEARED, mine)).containsExactly(cleared.id());
        assertThat(ids(CAM1, ScreeningState.CONFIRMED, mine)).containsExactly(confirmed.id());
        assertThat(ids(VENDOR_ADMIN, ScreeningState.NOT_SCREENED, mine)).containsExactly(draft.id());
        assertThat(runAs.as(VENDOR_ADMIN, () -> search.page(RequestFilter.none().withScreeningStates(
                EnumSet.of(ScreeningState.NOT_SCREENED, ScreeningState.UNDECIDED)), RequestSort.UPDATED, false, 0, 500))
                .stream().map(RequestRow::id).filter(mine::contains))
                .containsExactlyInAnyOrder(draft.id(), undecided.id());

        // a decision moves the request to its new state at once
        decide(undecided, MatchDecision.NO_MATCH);
        assertThat(ids(CAM1, ScreeningState.CLEARED, mine)).containsExactlyInAnyOrder(cleared.id(), undecided.id());
        assertThat(ids(CAM1, ScreeningState.UNDECIDED, mine)).isEmpty();
    }

    @Test
    void theManagerDashboardCountsTheMatchesToReviewAsTheGridBehindItsLinkDoes() {
        RequestDetails undecided = submitFor("Kestrel Avionics GmbH");
        ManagerDashboard dashboard = runAs.as(CAM1, dashboards::manager);
        assertThat(dashboard.matchesToReview().filter().screeningStates()).containsExactly(ScreeningState.UNDECIDED);
        long inGrid = runAs.as(CAM1, () -> search.count(dashboard.matchesToReview().filter()));
        assertThat(dashboard.matchesToReview().value()).isEqualTo(inGrid).isPositive();
        assertThat(ids(CAM1, ScreeningState.UNDECIDED, List.of(undecided.id()))).containsExactly(undecided.id());

        decide(undecided, MatchDecision.NO_MATCH);
        assertThat(runAs.as(CAM1, dashboards::manager).matchesToReview().value()).isEqualTo(inGrid - 1);
    }

    @Test
    void partnersAndDistributorsCannotFilterByScreeningState() {
        submitFor("Kestrel Avionics GmbH");
        RequestFilter undecided = RequestFilter.none().withScreeningStates(Set.of(ScreeningState.UNDECIDED));
        for (String user : List.of(NORDLICHT_USER1, ALPHA_USER1)) {
            assertThatThrownBy(() -> runAs.as(user, () -> search.count(undecided))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(user, () -> search.page(undecided, RequestSort.UPDATED, false, 0, 50)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<Long> ids(String user, ScreeningState state, List<Long> among) {
        return runAs.as(user, () -> search.page(RequestFilter.none().withScreeningStates(EnumSet.of(state)),
                        RequestSort.UPDATED, false, 0, 500)).stream()
                .map(RequestRow::id).filter(among::contains).toList();
    }

    private void decide(RequestDetails request, MatchDecision decision) {
        long matchId = runAs.as(CAM1, () -> screening.results(request.id())).getFirst().id();
        runAs.run(CAM1, () -> screening.decide(request.id(), matchId, decision, "Checked the register entry"));
    }

    private RequestDetails submitFor(String customerName) {
        return steps.submit(NORDLICHT_USER1,
                steps.draft(NORDLICHT_USER1, steps.valid().withCustomerName(customerName).form()));
    }
}
