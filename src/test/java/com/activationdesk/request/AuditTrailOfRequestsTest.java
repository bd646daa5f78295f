package com.activationdesk.request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.ScreeningAudit;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One audit entry per transition, written in the transaction of the change: who (e-mail, role, organisation),
 * when (the application clock), what, from where to where, the comment, and for edits the changed fields with
 * old and new value. A refused action leaves no entry.
 */
@IntegrationTest
class AuditTrailOfRequestsTest {

    @Autowired
    RequestService service;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @Test
    void everyTransitionWritesOneEntryWithWhoWhenWhatAndWhereFromAndTo() {
        CustomerData data = TestRequest.valid(clock).data();
        Instant created = at(0);
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(new RequestForm(data, null)));
        Instant edited = at(7);
        RequestDetails saved = runAs.as(NORDLICHT_USER1, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.of(data).with("street", "Nebenstraße 2").form()));
        Instant submitted = at(12);
        RequestDetails inReview = runAs.as(NORDLICHT_USER2, () -> service.submit(draft.id(), saved.version()));
        Instant returned = at(60);
        RequestDetails back = runAs.as(CAM1, () -> service.returnToPartner(draft.id(), inReview.version(),
                "  VAT number incomplete  "));
        Instant resubmitted = at(75);
        RequestDetails again = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), back.version()));
        Instant forwarded = at(90);
        RequestDetails atCloudOps = runAs.as(CAM1, () -> service.forwardToCloudOps(draft.id(), again.version(),
                new ForwardChecklist(true, true), "export control: no findings"));
        Instant asked = at(200);
        runAs.run(OPS1, () -> service.askManager(draft.id(), atCloudOps.version(), "Which site is the main one?"));

        List<AuditEntryView> camTimeline = runAs.as(CAM1, () -> service.timeline(draft.id()));
        assertThat(camTimeline).extracting(AuditEntryView::action).as("each submission is screened")
                .containsSubsequence("SUBMIT", ScreeningAudit.SCREENING, "RETURN", "SUBMIT", ScreeningAudit.SCREENING);
        // the screening's own entries are checked in ScreeningAuditTest
        List<AuditEntryView> timeline = camTimeline.stream()
                .filter(entry -> !ScreeningAudit.isScreeningAction(entry.action())).toList();
        assertThat(runAs.as(NORDLICHT_USER1, () -> service.timeline(draft.id()))).as("the partner's projection")
                .extracting(AuditEntryView::comment)
                .containsExactly(null, null, null, "VAT number incomplete", null, null, null);
        assertThat(timeline).extracting(AuditEntryView::action, AuditEntryView::fromStatus, AuditEntryView::toStatus,
                AuditEntryView::comment, AuditEntryView::occurredAt).containsExactly(
                tuple("CREATE", null, "DRAFT", null, created),
                tuple("EDIT", "DRAFT", "DRAFT", null, edited),
                tuple("SUBMIT", "DRAFT", "IN_REVIEW", null, submitted),
                tuple("RETURN", "IN_REVIEW", "RETURNED", "VAT number incomplete", returned),
                tuple("SUBMIT", "RETURNED", "IN_REVIEW", null, resubmitted),
                tuple("FORWARD_TO_CLOUD_OPS", "IN_REVIEW", "AT_CLOUD_OPS", "export control: no findings", forwarded),
                tuple("ASK_MANAGER", "AT_CLOUD_OPS", "IN_REVIEW", "Which site is the main one?", asked));
        assertThat(timeline).extracting(e -> e.actor().email(), e -> e.actor().role(), e -> e.actor().organizationName())
                .containsExactly(
                        tuple(NORDLICHT_USER1, "PARTNER", "Nordlicht Systemhaus GmbH"),
                        tuple(NORDLICHT_USER1, "PARTNER", "Nordlicht Systemhaus GmbH"),
                        tuple(NORDLICHT_USER2, "PARTNER", "Nordlicht Systemhaus GmbH"),
                        tuple(CAM1, "CAM", "Unify (Vendor)"),
                        tuple(NORDLICHT_USER1, "PARTNER", "Nordlicht Systemhaus GmbH"),
                        tuple(CAM1, "CAM", "Unify (Vendor)"),
                        tuple(OPS1, "CLOUD_OPS", "Unify (Vendor)"));
        long nordlicht = organizations.findByTypeOrderByName(OrganizationType.PARTNER).stream()
                .filter(o -> o.getName().startsWith("Nordlicht")).findFirst().orElseThrow().getId();
        assertThat(timeline.getFirst().actor().organizationId()).isEqualTo(nordlicht);
        assertThat(timeline).allSatisfy(e -> {
            assertThat(e.actor().userId()).isNotNull();
            assertThat(e.requestReference()).isEqualTo(draft.reference());
        });
        // the creation records every entered field, the transitions none
        assertThat(timeline.getFirst().changes()).extracting(FieldChange::field)
                .contains("customerName", "adminEmail", "plannedUsers", "declarationDataCorrect")
                .doesNotContain("customerOtherNames"); // left empty: nothing changed
        assertThat(timeline.subList(2, 7)).allSatisfy(e -> assertThat(e.changes()).isEmpty());
        // exactly one row per transition in the table itself, plus the screening of each of the two submissions
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", Integer.class, draft.id()))
                .isEqualTo(7 + 2);
    }

    @Test
    void editingTwoFieldsRecordsExactlyThoseTwoWithOldAndNewValue() {
        CustomerData data = TestRequest.valid(clock).data();
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(new RequestForm(data, null)));
        String newName = data.company().name() + " & Co. KG";
        // whitespace and case that normalise away are no change
        CustomerData changed = TestRequest.of(data).with("customerName", newName).with("plannedUsers", 55).with("adminEmail", "  " + data.administrator().email().toUpperCase() + " ").with("city", " " + data.company().city() + " ").data();

        runAs.run(NORDLICHT_USER1, () -> service.saveDraft(draft.id(), draft.version(), new RequestForm(changed, null)));

        AuditEntryView edit = runAs.as(NORDLICHT_USER1, () -> service.timeline(draft.id())).getLast();
        assertThat(edit.action()).isEqualTo("EDIT");
        assertThat(edit.changes()).containsExactly(
                new FieldChange("customerName", data.company().name(), newName),
                new FieldChange("plannedUsers", "40", "55"));
    }

    @Test
    void changingTheDistributorIsRecordedByName() {
        long alpha = distributor("Alpha");
        long beta = distributor("Beta");
        CustomerData data = TestRequest.valid(clock).data();
        RequestDetails draft = runAs.as(ELBE_USER1,
                () -> service.createDraft(new RequestForm(data, alpha)));
        runAs.run(ELBE_USER1,
                () -> service.saveDraft(draft.id(), draft.version(), new RequestForm(data, beta)));

        AuditEntryView edit = runAs.as(ELBE_USER1, () -> service.timeline(draft.id())).getLast();
        assertThat(edit.changes()).containsExactly(
                new FieldChange("distributor", "Alpha Distribution GmbH", "Beta Distribution AG"));
    }

    @Test
    void aRefusedActionLeavesNoEntry() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).with("industry", null).form()));
        // incomplete: submit refused
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOf(InvalidRequestException.class);
        // malformed: save refused
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.valid(clock).with("adminPhone", "12345").form())))
                .isInstanceOf(InvalidRequestException.class);
        RequestDetails complete = runAs.as(NORDLICHT_USER1, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.of(draft.data()).with("industry", "Retail").form()));
        RequestDetails inReview = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), complete.version()));
        assertThat(entries(draft.id())).isEqualTo(4); // CREATE, EDIT, SUBMIT, SCREENING

        // a reason is required to return or reject
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.returnToPartner(draft.id(), inReview.version(), "   ")))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("request.error.comment-required"));
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.reject(draft.id(), inReview.version(), null)))
                .isInstanceOf(FieldValidationException.class);
        // not allowed in this status, and a stale version
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), inReview.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("request.error.action-not-allowed"));
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.returnToPartner(draft.id(), draft.version(), "stale")))
                .isInstanceOf(ConcurrentChangeException.class);
        // the forward checklist incomplete
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.forwardToCloudOps(draft.id(), inReview.version(),
                new ForwardChecklist(true, false), null))).isInstanceOf(FieldValidationException.class);

        assertThat(entries(draft.id())).isEqualTo(4);
        assertThat(runAs.as(CAM1, () -> service.get(draft.id())).version()).isEqualTo(inReview.version());
    }

    /** Moves the clock to Monday 09:00 Berlin plus the minutes and returns that instant. */
    private Instant at(long minutes) {
        Instant instant = MONDAY_0900.plus(Duration.ofMinutes(minutes));
        clock.set(instant);
        return instant;
    }

    private int entries(long requestId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", Integer.class, requestId);
    }

    private long distributor(String namePrefix) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(namePrefix)).findFirst().orElseThrow().getId();
    }
}
