package com.activationdesk.request.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.PartnerTier;

import static com.activationdesk.request.domain.Actor.CAM;
import static com.activationdesk.request.domain.Actor.CLOUD_OPS;
import static com.activationdesk.request.domain.Actor.CUSTOMER_ADMIN;
import static com.activationdesk.request.domain.Actor.DAM;
import static com.activationdesk.request.domain.Actor.DISTRIBUTOR;
import static com.activationdesk.request.domain.Actor.INVITEE;
import static com.activationdesk.request.domain.Actor.PARTNER;
import static com.activationdesk.request.domain.Actor.SYSTEM;
import static com.activationdesk.request.domain.RequestAction.*;
import static com.activationdesk.request.domain.RequestStatus.*;

/**
 * The one place the activation workflow is written down (PROCESS.md, "Workflow"): from which statuses, by
 * whom, each action leads where. Buttons are rendered from {@link #allowedActions}; every service operation
 * goes through {@link #transition}. Who may see a request at all is the data scope's business, not this table's.
 */
public final class Workflow {

    /**
     * One row of the table.
     *
     * @param commentRequired a reason, question or consent note must accompany the move
     * @param target          the status after the move; a function because a submission routes by tier
     */
    public record Transition(Set<RequestStatus> from, RequestAction action, Set<Actor> actors,
                             Function<ActivationRequest, RequestStatus> target, boolean commentRequired) {

        public boolean permits(RequestStatus status, RequestAction requested, Actor actor) {
            return action == requested && from.contains(status) && actors.contains(actor);
        }

        /** The trimmed comment, or {@code null} for none; refused where this row requires one. */
        public String comment(String given) {
            String text = given == null || given.isBlank() ? null : given.trim();
            if (commentRequired && text == null) {
                throw new FieldValidationException("comment", "request.error.comment-required");
            }
            return text;
        }
    }

    private static final List<Transition> TABLE = List.of(
            row(EnumSet.of(DRAFT, RETURNED), EDIT, EnumSet.of(PARTNER), ActivationRequest::getStatus, false),
            row(EnumSet.of(DRAFT, RETURNED), SUBMIT, EnumSet.of(PARTNER), Workflow::routeSubmission, false),
            row(EnumSet.of(AT_DISTRIBUTOR), PASS_TO_DAM, EnumSet.of(DISTRIBUTOR), to(IN_REVIEW), false),
            row(EnumSet.of(AT_DISTRIBUTOR), RETURN, EnumSet.of(DISTRIBUTOR), to(RETURNED), true),
            row(EnumSet.of(IN_REVIEW), RETURN, EnumSet.of(CAM, DAM), to(RETURNED), true),
            row(EnumSet.of(IN_REVIEW), FORWARD_TO_CLOUD_OPS, EnumSet.of(CAM, DAM), to(AT_CLOUD_OPS), false),
            row(EnumSet.of(IN_REVIEW), REJECT, EnumSet.of(CAM, DAM), to(REJECTED), true),
            row(EnumSet.of(DRAFT, RETURNED, AT_DISTRIBUTOR, IN_REVIEW), WITHDRAW, EnumSet.of(PARTNER), to(WITHDRAWN), false),
            row(EnumSet.of(AT_CLOUD_OPS, RESEND_REQUESTED), ASK_MANAGER, EnumSet.of(CLOUD_OPS), to(IN_REVIEW), true),
            row(EnumSet.of(AT_CLOUD_OPS), PROVISION_AND_INVITE, EnumSet.of(CLOUD_OPS), to(INVITATION_SENT), false),
            row(EnumSet.of(INVITATION_SENT), EXPIRE_INVITATION, EnumSet.of(SYSTEM), to(INVITATION_EXPIRED), false),
            row(EnumSet.of(INVITATION_SENT, INVITATION_EXPIRED), REQUEST_RESEND, EnumSet.of(CAM, DAM), to(RESEND_REQUESTED), false),
            row(EnumSet.of(RESEND_REQUESTED), RESEND_INVITATION, EnumSet.of(CLOUD_OPS), to(INVITATION_SENT), false),
            row(EnumSet.of(INVITATION_SENT), ACTIVATE, EnumSet.of(INVITEE), to(ACTIVATED), false),
            row(EnumSet.of(ACTIVATED), ADD_CO_ADMIN, EnumSet.of(CUSTOMER_ADMIN), to(ACTIVATED), false),
            // Cloud Ops acts for the customer only with the customer's documented consent (the comment).
            row(EnumSet.of(ACTIVATED), ADD_CO_ADMIN, EnumSet.of(CLOUD_OPS), to(ACTIVATED), true),
            row(EnumSet.of(ACTIVATED), REMOVE_CO_ADMIN, EnumSet.of(CUSTOMER_ADMIN), to(ACTIVATED), false),
            row(EnumSet.of(ACTIVATED), REMOVE_CO_ADMIN, EnumSet.of(CLOUD_OPS), to(ACTIVATED), true),
            // A co-administrator whose account was disabled or left the partner loses the role with it.
            row(EnumSet.of(ACTIVATED), REMOVE_CO_ADMIN, EnumSet.of(SYSTEM), to(ACTIVATED), false));

    /** "— | create | PARTNER | DRAFT": only partners start requests. */
    private static final Set<Actor> CREATORS = EnumSet.of(PARTNER);

    private Workflow() {
    }

    public static boolean mayCreate(Actor actor) {
        return CREATORS.contains(actor);
    }

    public static List<Transition> table() {
        return TABLE;
    }

    /** The actions the actor may take on the request now, in table order; the UI renders its buttons from this. */
    public static List<RequestAction> allowedActions(ActivationRequest request, Actor actor) {
        return TABLE.stream()
                .filter(t -> t.from().contains(request.getStatus()) && t.actors().contains(actor))
                .map(Transition::action)
                .distinct()
                .toList();
    }

    public static Optional<Transition> find(RequestStatus status, RequestAction action, Actor actor) {
        return TABLE.stream().filter(t -> t.permits(status, action, actor)).findFirst();
    }

    /** The row that permits the move, or a translatable error naming the action and the current status. */
    public static Transition transition(ActivationRequest request, RequestAction action, Actor actor) {
        return find(request.getStatus(), action, actor).orElseThrow(() -> new DomainException(
                "request.error.action-not-allowed", action.messageKey(), request.getStatus().messageKey()));
    }

    /** Tier 1 goes to its CAM for review; tier 2 first to the distributor it chose. Never to Cloud Ops. */
    private static RequestStatus routeSubmission(ActivationRequest request) {
        return request.getPartnerTier() == PartnerTier.TIER_2 ? AT_DISTRIBUTOR : IN_REVIEW;
    }

    private static Function<ActivationRequest, RequestStatus> to(RequestStatus status) {
        return request -> status;
    }

    private static Transition row(Set<RequestStatus> from, RequestAction action, Set<Actor> actors,
                                  Function<ActivationRequest, RequestStatus> target, boolean commentRequired) {
        return new Transition(Set.copyOf(from), action, Set.copyOf(actors), target, commentRequired);
    }
}
