package com.activationdesk.request;

import java.util.List;
import java.util.Optional;

import com.activationdesk.audit.FieldChange;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;

/**
 * The one door of the invitation module into requests: the tenant an invitation link belongs to, its activation and
 * the expiry of links, the customer administrator's own tenant, and who may add or remove co-administrators. Every
 * move still takes the request's own path (workflow table, version, audit entry, event); the invitation module
 * keeps its own records (links, co-administrators) and never sees the request's entity, repository or scope.
 */
public interface Tenants {

    /** The tenant of this request, for the public invitation link (no login: the link is the authorisation). */
    Tenant tenant(long requestId);

    /**
     * The tenant administrator activated the tenant through a live link (checked by the caller, which owns the
     * links) and accepted the terms (stored and audited with their evidence); the new end-customer organisation
     * becomes the customer admin's scope.
     */
    void activate(long requestId, String administratorEmail, long customerOrganizationId, TermsAcceptance terms);

    /** Moves requests whose invitation link ran out to INVITATION_EXPIRED; the references of those moved. */
    List<String> expireDueInvitations();

    /** The logged-in customer administrator's tenant; empty before an activation made one. */
    Optional<RequestDetails> ownTenant();

    /** The request in the logged-in user's data scope, or {@code NotFoundException}. */
    RequestDetails visibleTenant(long requestId);

    /** Whether the logged-in user must give a note (the customer's consent) for this co-administrator action. */
    boolean coAdministratorNoteRequired(RequestStatus status, RequestAction action);

    /**
     * Adds or removes a co-administrator in one transaction: loads the request in the caller's scope once, asks the
     * workflow table once, lets {@code change} keep the invitation module's record, then checks the version and
     * records the change on the request (version, audit entry, event).
     *
     * @param action ADD_CO_ADMIN or REMOVE_CO_ADMIN
     * @return the request after the change (new version)
     */
    RequestDetails changeCoAdministrators(long requestId, long version, RequestAction action, String note,
                                          CoAdministratorChange change);

    /**
     * Removes a co-administrator whose account no longer qualifies (disabled, moved out of the partner), as the
     * system and without the caller's scope or a version check: the admin who changed the account need not see
     * the tenant. Recorded on the request like any removal (version, audit entry, event).
     */
    void removeCoAdministratorAsSystem(long requestId, CoAdministratorChange change);

    /** The invitation module's part of a co-administrator change: checks and stores it, returns it for the audit. */
    @FunctionalInterface
    interface CoAdministratorChange {

        /**
         * @param partnerId    the requesting partner, whose users alone may be co-administrators
         * @param noteRequired whether the workflow table requires a note for the caller's role
         */
        FieldChange apply(long partnerId, boolean noteRequired);
    }

    /** What an invitation link and the activation need to know of the request. */
    record Tenant(long requestId, String customerName, String country, String partnerName, Long createdByUserId,
                  String administratorEmail, String administratorFirstName, String administratorLastName,
                  String administratorLanguage, boolean awaitingActivation) {
    }
}
