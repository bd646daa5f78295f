package com.activationdesk.request;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.Workflow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status × action × actor combination is allowed exactly when PROCESS.md's workflow table says so. The
 * expected table is written out here independently of {@link Workflow}, one line per allowed move.
 */
class WorkflowTableTest {

    /** status action actor, copied from PROCESS.md (return split by who returns from where). */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT EDIT PARTNER", "RETURNED EDIT PARTNER",
            "DRAFT SUBMIT PARTNER", "RETURNED SUBMIT PARTNER",
            "AT_DISTRIBUTOR PASS_TO_DAM DISTRIBUTOR",
            "AT_DISTRIBUTOR RETURN DISTRIBUTOR",
            "IN_REVIEW RETURN CAM", "IN_REVIEW RETURN DAM",
            "IN_REVIEW FORWARD_TO_CLOUD_OPS CAM", "IN_REVIEW FORWARD_TO_CLOUD_OPS DAM",
            "IN_REVIEW REJECT CAM", "IN_REVIEW REJECT DAM",
            "DRAFT WITHDRAW PARTNER", "RETURNED WITHDRAW PARTNER", "AT_DISTRIBUTOR WITHDRAW PARTNER",
            "IN_REVIEW WITHDRAW PARTNER",
            "AT_CLOUD_OPS ASK_MANAGER CLOUD_OPS", "RESEND_REQUESTED ASK_MANAGER CLOUD_OPS",
            "AT_CLOUD_OPS PROVISION_AND_INVITE CLOUD_OPS",
            "INVITATION_SENT EXPIRE_INVITATION SYSTEM",
            "INVITATION_SENT REQUEST_RESEND CAM", "INVITATION_SENT REQUEST_RESEND DAM",
            "INVITATION_EXPIRED REQUEST_RESEND CAM", "INVITATION_EXPIRED REQUEST_RESEND DAM",
            "RESEND_REQUESTED RESEND_INVITATION CLOUD_OPS",
            "INVITATION_SENT ACTIVATE INVITEE",
            "ACTIVATED ADD_CO_ADMIN CUSTOMER_ADMIN", "ACTIVATED ADD_CO_ADMIN CLOUD_OPS",
            "ACTIVATED REMOVE_CO_ADMIN CUSTOMER_ADMIN", "ACTIVATED REMOVE_CO_ADMIN CLOUD_OPS",
            "ACTIVATED REMOVE_CO_ADMIN SYSTEM");

    @Test
    void everyCombinationIsAllowedExactlyWhenTheProcessSaysSo() {
        Set<String> permitted = new HashSet<>();
        int combinations = 0;
        for (RequestStatus status : RequestStatus.values()) {
            for (RequestAction action : RequestAction.values()) {
                for (Actor actor : Actor.values()) {
                    combinations++;
                    if (Workflow.find(status, action, actor).isPresent()) {
                        permitted.add(status + " " + action + " " + actor);
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(11 * 16 * 9);
        assertThat(permitted).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void targetsFollowTheProcess() {
        assertThat(target("AT_DISTRIBUTOR", "PASS_TO_DAM", "DISTRIBUTOR")).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(target("AT_DISTRIBUTOR", "RETURN", "DISTRIBUTOR")).isEqualTo(RequestStatus.RETURNED);
        assertThat(target("IN_REVIEW", "RETURN", "CAM")).isEqualTo(RequestStatus.RETURNED);
        assertThat(target("IN_REVIEW", "FORWARD_TO_CLOUD_OPS", "DAM")).isEqualTo(RequestStatus.AT_CLOUD_OPS);
        assertThat(target("IN_REVIEW", "REJECT", "CAM")).isEqualTo(RequestStatus.REJECTED);
        assertThat(target("RETURNED", "WITHDRAW", "PARTNER")).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(target("RESEND_REQUESTED", "ASK_MANAGER", "CLOUD_OPS")).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(target("AT_CLOUD_OPS", "PROVISION_AND_INVITE", "CLOUD_OPS")).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(target("INVITATION_SENT", "EXPIRE_INVITATION", "SYSTEM")).isEqualTo(RequestStatus.INVITATION_EXPIRED);
        assertThat(target("INVITATION_EXPIRED", "REQUEST_RESEND", "CAM")).isEqualTo(RequestStatus.RESEND_REQUESTED);
        assertThat(target("RESEND_REQUESTED", "RESEND_INVITATION", "CLOUD_OPS")).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(target("INVITATION_SENT", "ACTIVATE", "INVITEE")).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(target("ACTIVATED", "ADD_CO_ADMIN", "CLOUD_OPS")).isEqualTo(RequestStatus.ACTIVATED);
    }

    @Test
    void noPartnerMoveEverLeadsToCloudOps() {
        for (Workflow.Transition transition : Workflow.table()) {
            if (transition.actors().contains(Actor.PARTNER)) {
                assertThat(transition.action()).isNotIn(RequestAction.FORWARD_TO_CLOUD_OPS);
                assertThat(transition.from()).doesNotContain(RequestStatus.AT_CLOUD_OPS);
            }
        }
        assertThat(Workflow.mayCreate(Actor.PARTNER)).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(Actor.PARTNER))).noneMatch(Workflow::mayCreate);
    }

    @Test
    void reasonsAreRequiredForReturnRejectQuestionAndCloudOpsConsent() {
        Set<String> commentRequired = new HashSet<>();
        Workflow.table().stream().filter(Workflow.Transition::commentRequired)
                .forEach(t -> t.actors().forEach(actor -> commentRequired.add(t.action() + " " + actor)));
        assertThat(commentRequired).containsExactlyInAnyOrder("RETURN DISTRIBUTOR", "RETURN CAM", "RETURN DAM",
                "REJECT CAM", "REJECT DAM", "ASK_MANAGER CLOUD_OPS", "ADD_CO_ADMIN CLOUD_OPS", "REMOVE_CO_ADMIN CLOUD_OPS");
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (RequestStatus status : RequestStatus.FINAL) {
            assertThat(Workflow.table()).noneMatch(t -> t.from().contains(status));
        }
    }

    private static RequestStatus target(String status, String action, String actor) {
        return Workflow.find(RequestStatus.valueOf(status), RequestAction.valueOf(action), Actor.valueOf(actor))
                .orElseThrow().target().apply(null);
    }
}
