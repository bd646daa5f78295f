package com.activationdesk.mail;

import java.time.Instant;

import com.activationdesk.request.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation mails of a past told after the fact: the demo requests are made through the services at instants before
 * the start-up, in one transaction, so their invitation mails are still in the outbox when the story has gone on
 * (the tenant activated, the invitation expired). Had that past been real, the delivery job would have sent each
 * mail seconds after it was queued, while its link still worked. Delivered now, they would be given up as FAILED
 * and show as false delivery failures. This records them as sent when they were queued, without SMTP, and leaves
 * mails whose request still waits for activation to the delivery job, which mints their links as usual. The
 * delivery rule itself is unchanged: in real operation a mail whose link is gone at delivery stays a failure.
 */
@Service
public class PastInvitationMails {

    private static final Logger log = LoggerFactory.getLogger(PastInvitationMails.class);

    private final OutboxStore store;
    private final Tenants tenants;

    PastInvitationMails(OutboxStore store, Tenants tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /**
     * In the transaction that told the past: the pending invitation mails queued before {@code before} whose request
     * no longer waits for activation become SENT at the instant they were queued.
     *
     * @return how many mails were settled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int settleQueuedBefore(Instant before) {
        int settled = 0;
        for (OutboxStore.QueuedInvitation mail : store.pendingInvitationsQueuedBefore(before)) {
            if (!tenants.tenant(mail.requestId()).awaitingActivation() && store.markSentAt(mail.id(), mail.queuedAt())) {
                settled++;
            }
        }
        log.info("{} invitation mails of the seeded past recorded as sent when queued", settled);
        return settled;
    }
}
