package com.activationdesk.request.service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.screening.ScreeningAudit;
import com.activationdesk.security.UserPrincipal;

/**
 * The part of a request's timeline an external role may see (PROCESS.md, "Roles and what each one sees"), cut on
 * the server from the viewer's role, so the UI never receives the rest. Decided on the entries' action, status
 * and actor only. The vendor's roles see every entry as it is.
 * <ul>
 * <li>PARTNER: every entry; of other organisations' comments only the return and reject reasons addressed to it
 * (not the CAM/DAM's note to Cloud Ops, Cloud Ops' question, a distributor's hand-over note).</li>
 * <li>DISTRIBUTOR: the entries up to its hand-over — while the request was with the partner or with it, not another
 * distributor's — and its own; comments only its own.</li>
 * <li>CUSTOMER_ADMIN: its tenant — invitation, activation, co-administrators —; of entries by others (Cloud Ops,
 * the partner) without comment, field changes or who it was beyond role and organisation.</li>
 * </ul>
 * No external role sees the export-control screening's entries (no tipping off).
 */
final class TimelineAudience {

    private static final Set<String> ADDRESSED_TO_PARTNER = names(RequestAction.RETURN, RequestAction.REJECT);
    /** Moves out of these statuses happen before or at the distributor; everything later is past its hand-over. */
    private static final Set<String> UP_TO_DISTRIBUTOR = Set.of(RequestStatus.DRAFT.name(),
            RequestStatus.RETURNED.name(), RequestStatus.AT_DISTRIBUTOR.name());
    private static final Set<String> TENANT_ACTIONS = names(RequestAction.PROVISION_AND_INVITE,
            RequestAction.RESEND_INVITATION, RequestAction.EXPIRE_INVITATION, RequestAction.ACTIVATE,
            RequestAction.ADD_CO_ADMIN, RequestAction.REMOVE_CO_ADMIN);
    private static final String INVITEE = "INVITEE";
    private static final String DISTRIBUTOR = "DISTRIBUTOR";

    private TimelineAudience() {
    }

    static List<AuditEntryView> visibleTo(UserPrincipal viewer, List<AuditEntryView> timeline) {
        List<AuditEntryView> external = timeline.stream()
                .filter(entry -> !ScreeningAudit.isScreeningAction(entry.action())).toList();
        return switch (viewer.role()) {
            case ADMIN, CAM, DAM, CLOUD_OPS -> timeline;
            case PARTNER -> external.stream()
                    .map(entry -> entry.redacted(own(viewer, entry) || ADDRESSED_TO_PARTNER.contains(entry.action()),
                            true, true))
                    .toList();
            case DISTRIBUTOR -> external.stream()
                    .filter(entry -> own(viewer, entry) || beforeHandOver(entry))
                    .map(entry -> entry.redacted(own(viewer, entry), true, true))
                    .toList();
            case CUSTOMER_ADMIN -> external.stream()
                    .filter(entry -> TENANT_ACTIONS.contains(entry.action()))
                    .map(entry -> {
                        // its own entries: the activation (as invitee) and its co-administrator changes
                        boolean ownEntry = own(viewer, entry) || INVITEE.equals(entry.actor().role());
                        return entry.redacted(ownEntry, ownEntry, ownEntry);
                    })
                    .toList();
        };
    }

    private static boolean own(UserPrincipal viewer, AuditEntryView entry) {
        return Objects.equals(entry.actor().organizationId(), viewer.organizationId());
    }

    /** Made while the request was still with the partner or at a distributor, and not by another distributor. */
    private static boolean beforeHandOver(AuditEntryView entry) {
        return (entry.fromStatus() == null || UP_TO_DISTRIBUTOR.contains(entry.fromStatus()))
                && !DISTRIBUTOR.equals(entry.actor().role());
    }

    private static Set<String> names(RequestAction... actions) {
        return Arrays.stream(actions).map(Enum::name).collect(Collectors.toSet());
    }
}
