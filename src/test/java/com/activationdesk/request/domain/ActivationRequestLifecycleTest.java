package com.activationdesk.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.request.TermsAcceptance;
import com.activationdesk.testdata.TestSla;
import com.activationdesk.testdata.TestTerms;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request's intent methods without Spring: each asks the workflow table (every refused move throws the
 * service's DomainException and leaves the request as it was) and branches the SLA and link clocks.
 */
class ActivationRequestLifecycleTest {

    private static final ZoneId ZONE = TestSla.ZONE;
    private static final SlaPolicy POLICY = TestSla.POLICY;
    private static final Instant TUESDAY_0900 = MONDAY_0900.plus(Duration.ofDays(1));
    private static final Instant WEDNESDAY_0900 = MONDAY_0900.plus(Duration.ofDays(2));
    private static final Instant AFTER_THE_LINK = MONDAY_0900.plus(Duration.ofDays(4));
    private static final TermsAcceptance TERMS = TestTerms.accepted("2026-1");

    private final AppUser cam = new AppUser("cam@vendor.example", "Carla CAM", "-", Role.CAM,
            new Organization("Vendor", OrganizationType.VENDOR, null, "DE"));
    private final AppUser dam = new AppUser("dam@distributor.example", "Dana DAM", "-", Role.DAM,
            new Organization("Distributor", OrganizationType.DISTRIBUTOR, null, "DE"));

    /** One intent method called as {@code actor}, with a comment wherever it takes one. */
    @FunctionalInterface
    interface Call {
        RequestMove on(ActivationRequest request, Actor actor, Instant now);
    }

    record Intent(RequestAction action, Call call) {
    }

    static final List<Intent> INTENTS = List.of(
            new Intent(RequestAction.EDIT, (r, a, now) -> r.edit(a, () -> { }, now)),
            new Intent(RequestAction.SUBMIT, (r, a, now) -> r.submit(a, () -> null, now)),
            new Intent(RequestAction.WITHDRAW, (r, a, now) -> r.withdraw(a, "no longer needed", now)),
            new Intent(RequestAction.PASS_TO_DAM, (r, a, now) -> r.passToDam(a, null, now)),
            new Intent(RequestAction.RETURN, (r, a, now) -> r.returnToPartner(a, "VAT number missing", now)),
            new Intent(RequestAction.FORWARD_TO_CLOUD_OPS, (r, a, now) -> r.forwardToCloudOps(a, 7L, null, POLICY, now)),
            new Intent(RequestAction.REJECT, (r, a, now) -> r.reject(a, "sanctions list", now)),
            new Intent(RequestAction.ASK_MANAGER, (r, a, now) -> r.askManager(a, "which site?", POLICY, now)),
            new Intent(RequestAction.PROVISION_AND_INVITE, (r, a, now) -> r.provisionAndInvite(a, "tenant-1", POLICY, ZONE, now)),
            new Intent(RequestAction.REQUEST_RESEND, (r, a, now) -> r.requestResend(a, "lost mail", POLICY, now)),
            new Intent(RequestAction.RESEND_INVITATION, (r, a, now) -> r.resendInvitation(a, POLICY, ZONE, now)),
            new Intent(RequestAction.ADD_CO_ADMIN,
                    (r, a, now) -> r.changeCoAdministrators(RequestAction.ADD_CO_ADMIN, a, "consent by mail", now,
                            noteRequired -> { })),
            new Intent(RequestAction.REMOVE_CO_ADMIN,
                    (r, a, now) -> r.changeCoAdministrators(RequestAction.REMOVE_CO_ADMIN, a, "consent by mail", now,
                            noteRequired -> { })));

    @Test
    void everyMoveTheTableDoesNotListIsRefusedAndChangesNothing() {
        int refused = 0;
        for (RequestStatus status : RequestStatus.values()) {
            for (Intent intent : INTENTS) {
                for (Actor actor : Actor.values()) {
                    ActivationRequest request = requestIn(status);
                    Instant updatedAt = request.getUpdatedAt();
                    if (Workflow.find(status, intent.action(), actor).isPresent()) {
                        RequestMove move = intent.call().on(request, actor, AFTER_THE_LINK);
                        assertThat(move.from()).isEqualTo(status);
                        assertThat(request.getStatus()).isEqualTo(move.to());
                    } else {
                        assertThatThrownBy(() -> intent.call().on(request, actor, AFTER_THE_LINK))
                                .as("%s %s by %s", status, intent.action(), actor)
                                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessageKey())
                                        .isEqualTo("request.error.action-not-allowed"));
                        assertThat(request.getStatus()).isEqualTo(status);
                        assertThat(request.getUpdatedAt()).isEqualTo(updatedAt);
                        refused++;
                    }
                }
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void onlyTheInviteeActivatesAndOnlyASentInvitationExpires() {
        for (RequestStatus status : RequestStatus.values()) {
            ActivationRequest request = requestIn(status);
            if (status == RequestStatus.INVITATION_SENT) {
                assertThat(request.activate(42L, TERMS, AFTER_THE_LINK).to()).isEqualTo(RequestStatus.ACTIVATED);
                assertThat(requestIn(status).expireInvitation(AFTER_THE_LINK)).get()
                        .extracting(RequestMove::to).isEqualTo(RequestStatus.INVITATION_EXPIRED);
            } else {
                assertThatThrownBy(() -> request.activate(42L, TERMS, AFTER_THE_LINK))
                        .isInstanceOf(DomainException.class);
                if (request.getInvitation().getSentAt() != null) {
                    assertThatThrownBy(() -> request.expireInvitation(AFTER_THE_LINK))
                            .isInstanceOf(DomainException.class);
                } else {
                    assertThat(request.expireInvitation(AFTER_THE_LINK)).isEmpty();
                }
            }
        }
    }

    @Test
    void submissionGoesByTierToTheReviewerAskedOnlyWhenTheMoveIsAllowed() {
        ActivationRequest tier1 = draft(PartnerTier.TIER_1);
        RequestMove move = tier1.submit(Actor.PARTNER, () -> cam, MONDAY_0900);

        assertThat(move).isEqualTo(new RequestMove(RequestAction.SUBMIT, RequestStatus.DRAFT, RequestStatus.IN_REVIEW, null));
        assertThat(tier1.getResponsibleManager()).isSameAs(cam);
        assertThat(tier1.getSubmittedAt()).isEqualTo(MONDAY_0900);

        ActivationRequest tier2 = draft(PartnerTier.TIER_2);
        assertThat(tier2.submit(Actor.PARTNER, () -> dam, MONDAY_0900).to()).isEqualTo(RequestStatus.AT_DISTRIBUTOR);

        AtomicBoolean asked = new AtomicBoolean();
        assertThatThrownBy(() -> tier2.submit(Actor.PARTNER, () -> {
            asked.set(true);
            return dam;
        }, TUESDAY_0900)).isInstanceOf(DomainException.class);
        assertThat(asked).isFalse();
    }

    @Test
    void aReviewerThatRefusesLeavesTheDraftAsItWas() {
        ActivationRequest draft = draft(PartnerTier.TIER_1);

        assertThatThrownBy(() -> draft.submit(Actor.PARTNER, () -> {
            throw new DomainException("request.error.no-cam", "Partner");
        }, MONDAY_0900)).hasMessageContaining("request.error.no-cam");
        assertThat(draft.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.getSubmittedAt()).isNull();
    }

    @Test
    void aReasonIsRequiredWhereTheTableSaysSoAndEveryCommentIsTrimmedAndLimited() {
        assertThatThrownBy(() -> requestIn(RequestStatus.IN_REVIEW).returnToPartner(Actor.CAM, "  ", MONDAY_0900))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("comment");
                    assertThat(e.getMessageKey()).isEqualTo("request.error.comment-required");
                });
        assertThatThrownBy(() -> requestIn(RequestStatus.IN_REVIEW).reject(Actor.DAM, null, MONDAY_0900))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> requestIn(RequestStatus.AT_CLOUD_OPS).askManager(Actor.CLOUD_OPS, "", POLICY, MONDAY_0900))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> requestIn(RequestStatus.ACTIVATED)
                .changeCoAdministrators(RequestAction.ADD_CO_ADMIN, Actor.CLOUD_OPS, null, MONDAY_0900, noteRequired -> { }))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> requestIn(RequestStatus.DRAFT).withdraw(Actor.PARTNER, "x".repeat(2001), MONDAY_0900))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.max-length-n"));

        ActivationRequest inReview = requestIn(RequestStatus.IN_REVIEW);
        RequestMove returned = inReview.returnToPartner(Actor.CAM, "  VAT number missing ", MONDAY_0900);
        assertThat(returned.comment()).isEqualTo("VAT number missing");
        assertThat(inReview.getLastComment()).isEqualTo("VAT number missing");
        assertThat(requestIn(RequestStatus.DRAFT).withdraw(Actor.PARTNER, " ", MONDAY_0900).comment()).isNull();
    }

    @Test
    void onlyCoAdministratorActionsChangeCoAdministrators() {
        assertThatThrownBy(() -> requestIn(RequestStatus.ACTIVATED)
                .changeCoAdministrators(RequestAction.SUBMIT, Actor.PARTNER, null, MONDAY_0900, noteRequired -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstForwardStartsTheSlaClockAQuestionPausesItAndTheNextForwardResumesIt() {
        ActivationRequest request = requestIn(RequestStatus.IN_REVIEW);
        request.forwardToCloudOps(Actor.CAM, 7L, null, POLICY, MONDAY_0900);
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(request.getSlaClock().getDueAt()).isEqualTo(WEDNESDAY_0900);
        assertThat(request.getExportControlConfirmedAt()).isEqualTo(MONDAY_0900);

        request.askManager(Actor.CLOUD_OPS, "which site?", POLICY, MONDAY_0900.plus(Duration.ofHours(12)));
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.PAUSED);
        assertThat(request.getLastComment()).isEqualTo("which site?");

        request.forwardToCloudOps(Actor.CAM, 7L, null, POLICY, TUESDAY_0900);
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(request.getSlaClock().getStartedAt()).isEqualTo(MONDAY_0900);
        // 36 working hours were left when paused for 12 hours
        assertThat(request.getSlaClock().getDueAt()).isEqualTo(WEDNESDAY_0900.plus(Duration.ofHours(12)));
    }

    @Test
    void theInvitationStopsTheSlaClockAndStartsTheLinkClock() {
        ActivationRequest request = requestIn(RequestStatus.IN_REVIEW);
        request.forwardToCloudOps(Actor.DAM, 7L, null, POLICY, MONDAY_0900);
        request.provisionAndInvite(Actor.CLOUD_OPS, "tenant-1", POLICY, ZONE, WEDNESDAY_0900);

        // due on Wednesday 09:00, and the due instant itself is still in time
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.MET);
        TenantInvitation invitation = request.getInvitation();
        assertThat(invitation.getTenantId()).isEqualTo("tenant-1");
        assertThat(invitation.getSentAt()).isEqualTo(WEDNESDAY_0900);
        assertThat(invitation.getExpiresAt()).isEqualTo(WEDNESDAY_0900.plus(LinkClock.VALIDITY));
        assertThat(request.expireInvitation(WEDNESDAY_0900.plus(LinkClock.VALIDITY).minusSeconds(1))).isEmpty();
        assertThat(request.expireInvitation(WEDNESDAY_0900.plus(LinkClock.VALIDITY))).isPresent();
        assertThat(InvitationWeek.of(invitation.getSentAt(), ZONE)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aResendRunsOnANewSlaClockAndTheNewLinkKeepsTheTenant() {
        ActivationRequest request = requestIn(RequestStatus.INVITATION_EXPIRED);
        request.requestResend(Actor.DAM, null, POLICY, AFTER_THE_LINK);
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(request.getSlaClock().getStartedAt()).isEqualTo(AFTER_THE_LINK);

        Instant resent = AFTER_THE_LINK.plus(Duration.ofHours(1));
        request.resendInvitation(Actor.CLOUD_OPS, POLICY, ZONE, resent);
        assertThat(request.getSlaClock().getPhase()).isEqualTo(SlaPhase.MET);
        assertThat(request.getInvitation().getTenantId()).isEqualTo("tenant-1");
        assertThat(request.getInvitation().getExpiresAt()).isEqualTo(resent.plus(LinkClock.VALIDITY));
    }

    @Test
    void withdrawingOrRejectingEndsTheSlaClockWithoutAVerdict() {
        ActivationRequest asked = requestIn(RequestStatus.AT_CLOUD_OPS);
        asked.askManager(Actor.CLOUD_OPS, "which site?", POLICY, TUESDAY_0900);
        asked.reject(Actor.CAM, "sanctions list", WEDNESDAY_0900);
        assertThat(asked.getSlaClock().getPhase()).isNull();
        assertThat(asked.getLastComment()).isEqualTo("sanctions list");

        ActivationRequest askedAgain = requestIn(RequestStatus.AT_CLOUD_OPS);
        askedAgain.askManager(Actor.CLOUD_OPS, "which site?", POLICY, TUESDAY_0900);
        askedAgain.withdraw(Actor.PARTNER, null, WEDNESDAY_0900);
        assertThat(askedAgain.getSlaClock().getPhase()).isNull();
        assertThat(askedAgain.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void activationRecordsTheTermsAndTheCustomersOrganisation() {
        ActivationRequest request = requestIn(RequestStatus.INVITATION_SENT);
        RequestMove move = request.activate(42L, TERMS, TUESDAY_0900);

        assertThat(move.to()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(request.getInvitation().getTermsVersion()).isEqualTo("2026-1");
        assertThat(request.getInvitation().getTermsAcceptedAt()).isEqualTo(TUESDAY_0900);
        assertThat(request.getInvitation().getActivatedAt()).isEqualTo(TUESDAY_0900);
    }

    @Test
    void anEditWritesTheDataOnlyWhenAllowedAndEveryMoveAdvancesTheLastChange() {
        ActivationRequest draft = draft(PartnerTier.TIER_1);
        AtomicBoolean entered = new AtomicBoolean();
        draft.edit(Actor.PARTNER, () -> entered.set(true), MONDAY_0900);
        assertThat(entered).isTrue();

        // the same instant again: still a later last change, so the version moves with every save
        draft.edit(Actor.PARTNER, () -> { }, MONDAY_0900);
        assertThat(draft.getUpdatedAt()).isEqualTo(MONDAY_0900.plusNanos(1_000));

        ActivationRequest inReview = requestIn(RequestStatus.IN_REVIEW);
        entered.set(false);
        assertThatThrownBy(() -> inReview.edit(Actor.PARTNER, () -> entered.set(true), MONDAY_0900))
                .isInstanceOf(DomainException.class);
        assertThat(entered).isFalse();
    }

    // ---- a request in each status, reached through the intent methods --------------------------------------

    private ActivationRequest draft(PartnerTier tier) {
        Organization partner = new Organization("Partner " + tier, OrganizationType.PARTNER, tier, "DE");
        return new ActivationRequest("UP-2026-000001", partner, 1L, MONDAY_0900.minus(Duration.ofDays(7)));
    }

    private ActivationRequest requestIn(RequestStatus status) {
        Instant t = MONDAY_0900.minus(Duration.ofDays(7));
        if (status == RequestStatus.AT_DISTRIBUTOR) {
            ActivationRequest request = draft(PartnerTier.TIER_2);
            request.submit(Actor.PARTNER, () -> dam, t);
            return request;
        }
        ActivationRequest request = draft(PartnerTier.TIER_1);
        List<Call> path = switch (status) {
            case DRAFT -> List.of();
            case WITHDRAWN -> List.of(withdraw());
            case IN_REVIEW -> List.of(submit());
            case RETURNED -> List.of(submit(), (r, a, now) -> r.returnToPartner(Actor.CAM, "fix it", now));
            case REJECTED -> List.of(submit(), (r, a, now) -> r.reject(Actor.CAM, "no", now));
            case AT_CLOUD_OPS -> List.of(submit(), forward());
            case INVITATION_SENT -> List.of(submit(), forward(), invite());
            case INVITATION_EXPIRED -> List.of(submit(), forward(), invite(), (r, a, now) -> r.expireInvitation(now.plus(
                    LinkClock.VALIDITY)).orElseThrow());
            case RESEND_REQUESTED -> List.of(submit(), forward(), invite(),
                    (r, a, now) -> r.requestResend(Actor.CAM, null, POLICY, now));
            case ACTIVATED -> List.of(submit(), forward(), invite(), (r, a, now) -> r.activate(42L, TERMS, now));
            case AT_DISTRIBUTOR -> throw new IllegalStateException("handled above");
        };
        for (Call step : path) {
            step.on(request, null, t);
        }
        assertThat(request.getStatus()).isEqualTo(status);
        return request;
    }

    private Call submit() {
        return (r, a, now) -> r.submit(Actor.PARTNER, () -> cam, now);
    }

    private static Call withdraw() {
        return (r, a, now) -> r.withdraw(Actor.PARTNER, null, now);
    }

    private static Call forward() {
        return (r, a, now) -> r.forwardToCloudOps(Actor.CAM, 7L, null, POLICY, now);
    }

    private static Call invite() {
        return (r, a, now) -> r.provisionAndInvite(Actor.CLOUD_OPS, "tenant-1", POLICY, ZONE, now);
    }
}
