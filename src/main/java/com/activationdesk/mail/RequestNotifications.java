package com.activationdesk.mail;

import java.util.List;

import com.activationdesk.request.RequestTransitioned;
import com.activationdesk.request.service.RequestParticipants;
import com.activationdesk.request.service.RequestParticipants.Participants;
import com.activationdesk.request.service.RequestParticipants.Person;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who must act (or wait) that a request moved. Runs synchronously inside the transaction of the
 * move, so the notification is stored exactly when the move commits. Who gets what (PROCESS.md, issue 5):
 * <ul>
 * <li>distributor users: a tier-2 request arrived (AT_DISTRIBUTOR);</li>
 * <li>the responsible CAM/DAM: a request arrived IN_REVIEW (new, passed on by the distributor, or a question
 * from Cloud Ops), the invitation expired (resend due), the tenant was activated;</li>
 * <li>every enabled user of the partner: returned, rejected, forwarded to Cloud Ops, invitation sent,
 * invitation expired, activated;</li>
 * <li>every enabled Cloud Ops user: a request arrived at Cloud Ops, a resend was requested.</li>
 * </ul>
 * Drafts, edits, withdrawals and co-administrator changes notify nobody.
 */
@Component
class RequestNotifications {

    private final RequestParticipants participants;
    private final NotificationMails mails;

    RequestNotifications(RequestParticipants participants, NotificationMails mails) {
        this.participants = participants;
        this.mails = mails;
    }

    @EventListener
    void on(RequestTransitioned event) {
        switch (event.action()) {
            case SUBMIT -> {
                Participants request = participants.of(event.requestId());
                switch (event.to()) {
                    case AT_DISTRIBUTOR -> notify(event, request, Notice.DISTRIBUTOR_NEW_REQUEST, request.distributorUsers());
                    case IN_REVIEW -> notify(event, request, Notice.MANAGER_NEW_REQUEST, manager(request));
                    default -> { }
                }
            }
            case PASS_TO_DAM -> notifyManager(event, Notice.MANAGER_PASSED_BY_DISTRIBUTOR);
            case ASK_MANAGER -> notifyManager(event, Notice.MANAGER_QUESTION);
            case RETURN -> notifyPartner(event, Notice.PARTNER_RETURNED);
            case REJECT -> notifyPartner(event, Notice.PARTNER_REJECTED);
            case FORWARD_TO_CLOUD_OPS -> {
                Participants request = participants.of(event.requestId());
                notify(event, request, Notice.PARTNER_FORWARDED, request.partnerUsers());
                notify(event, request, Notice.CLOUD_OPS_NEW_REQUEST, mails.cloudOps());
            }
            case PROVISION_AND_INVITE, RESEND_INVITATION -> notifyPartner(event, Notice.PARTNER_INVITATION_SENT);
            case EXPIRE_INVITATION -> {
                Participants request = participants.of(event.requestId());
                notify(event, request, Notice.MANAGER_RESEND_DUE, manager(request));
                notify(event, request, Notice.PARTNER_INVITATION_EXPIRED, request.partnerUsers());
            }
            case REQUEST_RESEND -> notify(event, participants.of(event.requestId()), Notice.CLOUD_OPS_RESEND_REQUESTED,
                    mails.cloudOps());
            case ACTIVATE -> {
                Participants request = participants.of(event.requestId());
                notify(event, request, Notice.ACTIVATED, request.partnerUsers());
                notify(event, request, Notice.ACTIVATED, manager(request));
            }
            case CREATE, EDIT, WITHDRAW, ADD_CO_ADMIN, REMOVE_CO_ADMIN -> { }
        }
    }

    private void notifyManager(RequestTransitioned event, Notice notice) {
        Participants request = participants.of(event.requestId());
        notify(event, request, notice, manager(request));
    }

    private void notifyPartner(RequestTransitioned event, Notice notice) {
        Participants request = participants.of(event.requestId());
        notify(event, request, notice, request.partnerUsers());
    }

    private void notify(RequestTransitioned event, Participants request, Notice notice, List<Person> recipients) {
        // Unique per move and person; the move's instant separates e.g. a first and a second return.
        String keyPrefix = event.requestId() + "-" + event.action() + "-" + event.to() + "-" + event.at().toEpochMilli();
        for (Person recipient : recipients) {
            mails.send(notice, recipient, request, keyPrefix, event.comment(), request.invitationExpiresAt());
        }
    }

    private static List<Person> manager(Participants request) {
        return request.responsibleManager() == null ? List.of() : List.of(request.responsibleManager());
    }
}
