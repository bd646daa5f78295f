package com.activationdesk.request;

import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.MatchDecision;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.ScreeningAudit;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 13, item 5: every screening and every decision is in the request's audit trail with the data as screened,
 * the list versions, the matches with scores and the reviewer's decision and reason; the partner, the distributor
 * and the customer's administrator never see these entries (no tipping off), the vendor's roles do.
 */
@IntegrationTest
class ScreeningAuditTest {

    private static final String REASON = "Other company: registered in Dresden since 2004";

    @Autowired
    RequestService service;
    @Autowired
    RequestScreening screening;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizationRepository;
    @Autowired
    AppUserRepository users;

    @BeforeEach
    void listAnAvionicsCompany() {
        clock.set(MONDAY_0900);
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("601", "Kestrel Avionics Ltd."))));
        awaitListUpdate(jdbc);
    }

    @Test
    void screeningAndDecisionAreAuditedForTheVendorAndHiddenFromEveryExternalRole() {
        RequestSteps steps = new RequestSteps(service, runAs, clock);
        TestOrganizations organizations = new TestOrganizations(organizationRepository, users);
        long alpha = organizations.demo(OrganizationType.DISTRIBUTOR, TestOrganizations.ALPHA_DISTRIBUTION).getId();
        RequestDetails atAlpha = steps.submit(ELBE_USER1, steps.draft(ELBE_USER1,
                steps.valid().viaDistributor(alpha).withCustomerName("Kestrel Avionics GmbH").form()));
        RequestDetails review = steps.passToDam(ALPHA_USER1, atAlpha);
        long matchId = runAs.as(DAM1, () -> screening.results(review.id())).getFirst().id();
        runAs.run(DAM1, () -> screening.decide(review.id(), matchId, MatchDecision.NO_MATCH, REASON));
        RequestDetails invited = steps.invite(OPS1, steps.forward(DAM1, runAs.as(DAM1, () -> service.get(review.id()))));
        steps.activate(invited, organizations.demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK),
                "2026-11");

        for (String vendor : List.of(DAM1, OPS1, VENDOR_ADMIN)) {
            assertThat(actions(vendor, review)).as(vendor).contains(ScreeningAudit.SCREENING, ScreeningAudit.DECISION);
        }
        List<AuditEntryView> timeline = runAs.as(DAM1, () -> service.timeline(review.id()));
        AuditEntryView screened = timeline.stream().filter(e -> e.action().equals(ScreeningAudit.SCREENING))
                .findFirst().orElseThrow();
        assertThat(screened.actor().role()).isEqualTo("SYSTEM");
        assertThat(screened.occurredAt()).isEqualTo(MONDAY_0900);
        assertThat(screened.changes()).extracting(FieldChange::field, FieldChange::newValue).contains(
                tuple("occasion", "SUBMIT"),
                tuple("subject.CUSTOMER", "Kestrel Avionics GmbH"),
                tuple("country", review.data().company().country()));
        assertThat(value(screened, "listVersions")).matches("EU_FSF_XML:\\d+");
        assertThat(value(screened, "match.1")).contains("Kestrel Avionics GmbH", "Kestrel Avionics Ltd.", "EU.601",
                "score 1.0000"); // legal-form words (GmbH, Ltd) are not part of the name
        AuditEntryView decided = timeline.stream().filter(e -> e.action().equals(ScreeningAudit.DECISION))
                .findFirst().orElseThrow();
        assertThat(decided.actor().email()).isEqualTo(DAM1);
        assertThat(decided.comment()).isEqualTo(REASON);
        assertThat(value(decided, "decision")).isEqualTo("NO_MATCH");
        assertThat(value(decided, "match")).contains("EU.601");

        for (String external : List.of(ELBE_USER1, ALPHA_USER1, MUSTER_ADMIN)) {
            assertThat(actions(external, review)).as(external).isNotEmpty()
                    .doesNotContain(ScreeningAudit.SCREENING, ScreeningAudit.DECISION);
        }
    }

    private List<String> actions(String user, RequestDetails request) {
        return runAs.as(user, () -> service.timeline(request.id())).stream().map(AuditEntryView::action).toList();
    }

    private static String value(AuditEntryView entry, String field) {
        return entry.changes().stream().filter(change -> change.field().equals(field)).findFirst()
                .map(FieldChange::newValue).orElseThrow(() -> new AssertionError("no field " + field));
    }
}
