package com.activationdesk.mail;

import java.time.Instant;

import com.activationdesk.request.SlaAtRisk;
import com.activationdesk.request.SlaBreached;
import com.activationdesk.request.service.RequestParticipants;
import com.activationdesk.request.service.RequestParticipants.Participants;
import com.activationdesk.request.service.RequestParticipants.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts every enabled Cloud Ops user when an SLA clock becomes at risk and when it is breached. The request module
 * publishes each once per clock; this runs synchronously inside the transaction that records the publication, so
 * the alert is in the outbox exactly when that record commits.
 */
@Component
class SlaAlerts {

    private static final Logger log = LoggerFactory.getLogger(SlaAlerts.class);

    private final RequestParticipants participants;
    private final NotificationMails mails;

    SlaAlerts(RequestParticipants participants, NotificationMails mails) {
        this.participants = participants;
        this.mails = mails;
    }

    @EventListener
    void on(SlaAtRisk event) {
        alert(event.requestId(), event.clockStartedAt(), event.dueAt(), Notice.SLA_AT_RISK, "AT_RISK");
    }

    @EventListener
    void on(SlaBreached event) {
        alert(event.requestId(), event.clockStartedAt(), event.dueAt(), Notice.SLA_BREACHED, "BREACHED");
    }

    private void alert(long requestId, Instant clockStartedAt, Instant dueAt, Notice notice, String kind) {
        Participants request = participants.of(requestId);
        String keyPrefix = "sla-" + requestId + "-" + clockStartedAt.toEpochMilli() + "-" + kind;
        for (Person person : mails.cloudOps()) {
            mails.send(notice, person, request, keyPrefix, null, dueAt);
        }
        log.info("SLA {} alert for request {} (due {})", kind, request.reference(), dueAt);
    }
}
