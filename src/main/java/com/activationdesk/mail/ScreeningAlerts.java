package com.activationdesk.mail;

import java.util.ArrayList;
import java.util.List;

import com.activationdesk.request.service.RequestParticipants;
import com.activationdesk.request.service.RequestParticipants.Participants;
import com.activationdesk.request.service.RequestParticipants.Person;
import com.activationdesk.screening.ScreeningMatchOnActivatedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts every enabled Cloud Ops user and the request's CAM/DAM when a re-screening after a list update finds a
 * new possible match on an activated tenant. Synchronous, in the re-screening's transaction: the mail is in the
 * outbox exactly when the evidence commits. Internal recipients only; the mail names the request, not the listed
 * entry (the details are in the app, for those allowed to see them).
 */
@Component
class ScreeningAlerts {

    private static final Logger log = LoggerFactory.getLogger(ScreeningAlerts.class);

    private final RequestParticipants participants;
    private final NotificationMails mails;

    ScreeningAlerts(RequestParticipants participants, NotificationMails mails) {
        this.participants = participants;
        this.mails = mails;
    }

    @EventListener
    void on(ScreeningMatchOnActivatedTenant event) {
        Participants request = participants.of(event.requestId());
        List<Person> recipients = new ArrayList<>(mails.cloudOps());
        if (request.responsibleManager() != null) {
            recipients.add(request.responsibleManager());
        }
        String keyPrefix = "screening-" + event.requestId() + "-" + event.screeningId();
        for (Person person : recipients) {
            mails.send(Notice.SCREENING_MATCH, person, request, keyPrefix, null, null);
        }
        log.info("Screening alert for activated request {}: {} new possible match(es)", request.reference(),
                event.newMatches());
    }
}
