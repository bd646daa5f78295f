package com.activationdesk.request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.sla.SlaState;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.TestTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole process of PROCESS.md through the services, for both tiers, with both clocks. */
@IntegrationTest
@RecordApplicationEvents
class RequestLifecycleTest {

    @Autowired
    RequestService service;
    @Autowired
    Tenants tenants;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @Test
    void tier1RequestRunsFromDraftToActivation() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.reference()).matches("UP-2026-\\d{6}");
        assertThat(draft.allowedActions()).containsExactly(RequestAction.EDIT, RequestAction.SUBMIT, RequestAction.WITHDRAW);

        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(submitted.responsibleManagerName()).isEqualTo("Clara Kanal");
        assertThat(runAs.as(CAM1, () -> service.get(draft.id()).allowedActions()))
                .containsExactly(RequestAction.RETURN, RequestAction.FORWARD_TO_CLOUD_OPS, RequestAction.REJECT);

        RequestDetails forwarded = runAs.as(CAM1, () -> service.forwardToCloudOps(draft.id(),
                submitted.version(), new ForwardChecklist(true, true), null));
        assertThat(forwarded.status()).isEqualTo(RequestStatus.AT_CLOUD_OPS);
        assertThat(forwarded.slaState()).isEqualTo(SlaState.ON_TRACK);
        // 48 working hours from Monday 09:00 Berlin: Wednesday 09:00 Berlin
        assertThat(forwarded.slaDueAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));

        clock.advance(Duration.ofHours(40)); // Wednesday 01:00 Berlin, 8 h left
        assertThat(runAs.as(OPS1, () -> service.get(draft.id()).slaState())).isEqualTo(SlaState.AT_RISK);

        RequestDetails invited = runAs.as(OPS1,
                () -> service.provisionAndInvite(draft.id(), forwarded.version(), "tenant-4711"));
        assertThat(invited.status()).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(invited.slaState()).isEqualTo(SlaState.MET);
        assertThat(invited.tenantId()).isEqualTo("tenant-4711");
        assertThat(invited.invitationExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        assertThat(events.stream(InvitationIssued.class).filter(e -> e.requestId() == draft.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.recipientEmail()).isEqualTo(draft.data().administrator().email());
                    assertThat(e.recipientLanguage()).isEqualTo("de");
                    assertThat(e.expiresAt()).isEqualTo(invited.invitationExpiresAt());
                });

        clock.advance(Duration.ofHours(71));
        assertThat(tenants.expireDueInvitations()).doesNotContain(draft.reference());
        clock.advance(Duration.ofHours(1)); // exactly 72 h: the link is dead
        assertThat(tenants.expireDueInvitations()).contains(draft.reference());
        RequestDetails expired = runAs.as(CAM1, () -> service.get(draft.id()));
        assertThat(expired.status()).isEqualTo(RequestStatus.INVITATION_EXPIRED);
        assertThat(expired.allowedActions()).containsExactly(RequestAction.REQUEST_RESEND);

        RequestDetails resendRequested = runAs.as(CAM1,
                () -> service.requestResend(draft.id(), expired.version(), "customer asked again"));
        assertThat(resendRequested.status()).isEqualTo(RequestStatus.RESEND_REQUESTED);
        assertThat(resendRequested.slaState()).isEqualTo(SlaState.ON_TRACK); // a new 48 h clock
        RequestDetails resent = runAs.as(OPS2,
                () -> service.resendInvitation(draft.id(), resendRequested.version()));
        assertThat(resent.status()).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(resent.invitationExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));

        long customerId = organizations.findByTypeOrderByName(OrganizationType.END_CUSTOMER).getFirst().getId();
        service.activate(draft.id(), draft.data().administrator().email(), customerId, TestTerms.accepted("2026-11"));
        RequestDetails activated = runAs.as(NORDLICHT_USER2, () -> service.get(draft.id()));
        assertThat(activated.status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(activated.termsVersion()).isEqualTo("2026-11");
        assertThat(activated.termsAcceptedAt()).isEqualTo(clock.instant());

        List<AuditEntryView> timeline = runAs.as(NORDLICHT_USER1, () -> service.timeline(draft.id()));
        assertThat(timeline).extracting(AuditEntryView::action).containsExactly("CREATE", "SUBMIT",
                "FORWARD_TO_CLOUD_OPS", "PROVISION_AND_INVITE", "EXPIRE_INVITATION", "REQUEST_RESEND",
                "RESEND_INVITATION", "ACTIVATE");
        assertThat(timeline).extracting(AuditEntryView::toStatus).containsExactly("DRAFT", "IN_REVIEW",
                "AT_CLOUD_OPS", "INVITATION_SENT", "INVITATION_EXPIRED", "RESEND_REQUESTED", "INVITATION_SENT", "ACTIVATED");
        assertThat(timeline.get(1).actor().email()).isEqualTo(NORDLICHT_USER1);
        assertThat(timeline.get(1).actor().role()).isEqualTo("PARTNER");
        assertThat(timeline.get(1).actor().organizationName()).isEqualTo("Nordlicht Systemhaus GmbH");
        assertThat(timeline.get(1).fromStatus()).isEqualTo("DRAFT");
        assertThat(timeline.get(3).changes()).extracting(c -> c.field() + "=" + c.newValue()).containsExactly("tenantId=tenant-4711");
        assertThat(timeline.get(4).actor().role()).isEqualTo("SYSTEM");
        assertThat(timeline.get(5).comment()).as("the CAM's note to Cloud Ops is internal").isNull();
        assertThat(runAs.as(CAM1, () -> service.timeline(draft.id())))
                .filteredOn(entry -> entry.action().equals("REQUEST_RESEND")).singleElement()
                .satisfies(entry -> assertThat(entry.comment()).isEqualTo("customer asked again"));
        assertThat(timeline.get(7).actor().role()).isEqualTo("INVITEE");
        assertThat(timeline.getFirst().changes()).extracting(c -> c.field())
                .contains("customerName", "adminEmail", "plannedUsers");
    }

    @Test
    void tier2RequestGoesThroughTheDistributorToItsDamAndPausesWhileCloudOpsAsks() {
        long alpha = organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith("Alpha")).findFirst().orElseThrow().getId();
        RequestDetails draft = runAs.as(BAVARIA_USER1, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(alpha).form()));
        RequestDetails atDistributor = runAs.as(BAVARIA_USER1, () -> service.submit(draft.id(), draft.version()));
        assertThat(atDistributor.status()).isEqualTo(RequestStatus.AT_DISTRIBUTOR);
        assertThat(atDistributor.distributorName()).isEqualTo("Alpha Distribution GmbH");
        assertThat(atDistributor.responsibleManagerName()).isEqualTo("Dora Distri");

        RequestDetails inReview = runAs.as(ALPHA_USER1, () -> service.passToDam(draft.id(), atDistributor.version(), null));
        assertThat(inReview.status()).isEqualTo(RequestStatus.IN_REVIEW);
        RequestDetails atCloudOps = runAs.as(DAM1,
                () -> service.forwardToCloudOps(draft.id(), inReview.version(), new ForwardChecklist(true, true), null));
        assertThat(atCloudOps.slaDueAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));

        clock.advance(Duration.ofHours(10)); // Monday 19:00: 38 working hours left
        RequestDetails asked = runAs.as(OPS1,
                () -> service.askManager(draft.id(), atCloudOps.version(), "Which site is the main one?"));
        assertThat(asked.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(asked.slaState()).isEqualTo(SlaState.PAUSED);
        assertThat(asked.lastComment()).isEqualTo("Which site is the main one?");
        assertThat(asked.slaWorkingTimeLeft()).isEqualTo(Duration.ofHours(38));

        clock.advance(Duration.ofDays(4)); // Friday 19:00 Berlin: the paused days do not count
        RequestDetails again = runAs.as(DAM1,
                () -> service.forwardToCloudOps(draft.id(), asked.version(), new ForwardChecklist(true, true), "main site: Munich"));
        assertThat(again.slaState()).isEqualTo(SlaState.ON_TRACK);
        // 38 h from Friday 19:00: Friday's last 5 h, then Monday 00:00 + 33 h = Tuesday 09:00 Berlin
        assertThat(again.slaDueAt()).isEqualTo(Instant.parse("2026-12-15T08:00:00Z"));

        RequestDetails invited = runAs.as(OPS2,
                () -> service.provisionAndInvite(draft.id(), again.version(), "tenant-0815"));
        assertThat(invited.status()).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(invited.slaState()).isEqualTo(SlaState.MET);
    }

    @Test
    void partnersCannotSendToCloudOpsAndOthersCannotActOutOfTurn() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version()));

        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> service.forwardToCloudOps(draft.id(),
                submitted.version(), new ForwardChecklist(true, true), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(OPS1,
                () -> service.provisionAndInvite(draft.id(), submitted.version(), "t-1")))
                .isInstanceOf(DomainException.class).hasMessageContaining("request"); // not in Cloud Ops' scope yet
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.returnToPartner(draft.id(), submitted.version(), " ")))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("request.error.comment-required");
        assertThatThrownBy(() -> runAs.as(CAM1, () -> service.forwardToCloudOps(draft.id(),
                submitted.version(), new ForwardChecklist(true, false), null)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("checklist-export-control");
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), submitted.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("request.error.action-not-allowed");

        RequestDetails returned = runAs.as(CAM1,
                () -> service.returnToPartner(draft.id(), submitted.version(), "VAT number missing a digit"));
        assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);
        RequestDetails partnerView = runAs.as(NORDLICHT_USER1, () -> service.get(draft.id()));
        assertThat(partnerView.lastComment()).isEqualTo("VAT number missing a digit");
        assertThat(partnerView.allowedActions()).containsExactly(RequestAction.EDIT, RequestAction.SUBMIT, RequestAction.WITHDRAW);

        RequestDetails resubmitted = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), partnerView.version()));
        RequestDetails rejected = runAs.as(CAM1,
                () -> service.reject(draft.id(), resubmitted.version(), "End customer is on a sanctions list"));
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.allowedActions()).isEmpty();
        assertThat(runAs.as(NORDLICHT_USER1, () -> service.get(draft.id()).allowedActions())).isEmpty();
    }

    @Test
    void partnerWithdrawsARequestInReview() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version()));
        RequestDetails withdrawn = runAs.as(NORDLICHT_USER2, () -> service.withdraw(draft.id(), submitted.version(), null));
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.allowedActions()).isEmpty();
    }

    @Test
    void staleVersionIsRefusedAsChangedMeanwhile() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        runAs.as(NORDLICHT_USER1, () -> service.saveDraft(draft.id(), draft.version(), TestRequest.valid(clock).form()));
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER2, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.changed-meanwhile");
        assertThat(runAs.as(NORDLICHT_USER1, () -> service.get(draft.id()).status())).isEqualTo(RequestStatus.DRAFT);
    }
}
