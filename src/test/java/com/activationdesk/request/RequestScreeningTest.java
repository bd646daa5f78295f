package com.activationdesk.request;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.MatchDecision;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.lists.ListImporter;
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
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Screening in the workflow: on submit, again at the forward step when a list changed, forward only when every
 * match is decided, a confirmed match rejects; the results stay with the vendor's internal roles.
 */
@IntegrationTest
class RequestScreeningTest {

    private static final String LISTED = "Kestrel Avionics Ltd.";

    @Autowired
    RequestService service;
    @Autowired
    RequestScreening screening;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ListImporter importer;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    private RequestSteps steps;

    @BeforeEach
    void listAnAvionicsCompany() {
        clock.set(MONDAY_0900);
        steps = new RequestSteps(service, runAs, clock);
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("501", LISTED))));
        awaitListUpdate(jdbc);
    }

    @Test
    void aMatchFoundOnSubmitBlocksTheForwardUntilItIsDecided() {
        RequestDetails submitted = submitFor("Kestrel Avionics GmbH");
        assertThat(results(CAM1, submitted)).singleElement().satisfies(match -> {
            assertThat(match.subject()).isEqualTo("CUSTOMER");
            assertThat(match.listedName()).isEqualTo(LISTED);
            assertThat(match.reference()).isEqualTo("EU.501");
            assertThat(match.decided()).isFalse();
        });
        assertThatThrownBy(() -> steps.forward(CAM1, submitted)).isInstanceOf(DomainException.class)
                .hasMessageContaining("screening.undecided-matches");

        long matchId = results(CAM1, submitted).getFirst().id();
        runAs.run(CAM1, () -> screening.decide(submitted.id(), matchId, MatchDecision.NO_MATCH,
                "Other company: registered in Munich since 1998, VAT number checked"));
        assertThat(results(CAM1, submitted).getFirst()).satisfies(match -> {
            assertThat(match.decision()).isEqualTo(MatchDecision.NO_MATCH);
            assertThat(match.decidedBy()).isEqualTo(CAM1);
            assertThat(match.decidedAt()).isEqualTo(MONDAY_0900);
        });
        assertThat(steps.forward(CAM1, current(submitted)).status()).isEqualTo(RequestStatus.AT_CLOUD_OPS);
        assertThat(results(OPS1, submitted)).hasSize(1);
    }

    @Test
    void aConfirmedMatchRejectsTheRequestWithANeutralReason() {
        RequestDetails submitted = submitFor("Kestrel Avionics");
        long matchId = results(CAM1, submitted).getFirst().id();
        runAs.run(CAM1, () -> screening.decide(submitted.id(), matchId, MatchDecision.CONFIRMED,
                "Same address as the listed entity"));
        RequestDetails rejected = current(submitted);
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.lastComment()).doesNotContainIgnoringCase("sanction").doesNotContain("EU.501");
    }

    @Test
    void aDecisionNeedsAReason() {
        RequestDetails submitted = submitFor("Kestrel Avionics");
        long matchId = results(CAM1, submitted).getFirst().id();
        assertThatThrownBy(() -> runAs.run(CAM1, () -> screening.decide(submitted.id(), matchId,
                MatchDecision.NO_MATCH, "  "))).isInstanceOf(DomainException.class);
    }

    @Test
    void aListChangedSinceSubmitIsScreenedAgainAtTheForwardStep() {
        RequestDetails submitted = submitFor("Orion Microsystems");
        assertThat(results(CAM1, submitted)).isEmpty();
        // imported without the re-screen that follows an import: as if it had not reached this request yet
        importer.importFile(ListFormat.EU_FSF_XML, stream(euFile(euEntity("501", LISTED)
                + euEntity("502", "Orion Micro Systems"))), "admin@vendor.example");
        assertThatThrownBy(() -> steps.forward(CAM1, submitted)).isInstanceOf(DomainException.class)
                .hasMessageContaining("screening.undecided-matches");
        assertThat(results(CAM1, submitted)).extracting(RequestMatch::reference).containsExactly("EU.502");
    }

    @Test
    void aDecidedMatchStaysDecidedWhenTheListIsUpdated() {
        RequestDetails submitted = submitFor("Kestrel Avionics");
        long matchId = results(CAM1, submitted).getFirst().id();
        runAs.run(CAM1, () -> screening.decide(submitted.id(), matchId, MatchDecision.NO_MATCH, "Other company"));
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("501", LISTED) + euEntity("503", "Vega Optics"))));
        awaitListUpdate(jdbc);
        assertThat(steps.forward(CAM1, current(submitted)).status()).isEqualTo(RequestStatus.AT_CLOUD_OPS);
        assertThat(results(CAM1, submitted)).singleElement()
                .satisfies(match -> assertThat(match.reason()).isEqualTo("Other company"));
    }

    @Test
    void partnersAndDistributorsNeverSeeScreeningResults() {
        RequestDetails submitted = submitFor("Kestrel Avionics");
        assertThatThrownBy(() -> results(NORDLICHT_USER1, submitted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results(ALPHA_USER1, submitted)).isInstanceOf(AccessDeniedException.class);
    }

    private RequestDetails submitFor(String customerName) {
        return steps.submit(NORDLICHT_USER1,
                steps.draft(NORDLICHT_USER1, steps.valid().withCustomerName(customerName).form()));
    }

    private java.util.List<RequestMatch> results(String user, RequestDetails request) {
        return runAs.as(user, () -> screening.results(request.id()));
    }

    private RequestDetails current(RequestDetails request) {
        return runAs.as(CAM1, () -> service.get(request.id()));
    }
}
