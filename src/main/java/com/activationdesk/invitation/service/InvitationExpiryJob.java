package com.activationdesk.invitation.service;

import java.util.List;

import com.activationdesk.request.Tenants;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves requests whose invitation link ran out to INVITATION_EXPIRED, so the CAM/DAM sees that a resend is due.
 * The link itself is dead at its expiry instant whether or not this job has run (the link check reads the clock);
 * the job only updates the request. Each run happens on one instance (ShedLock).
 */
@Component
public class InvitationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(InvitationExpiryJob.class);

    private final Tenants tenants;

    InvitationExpiryJob(Tenants tenants) {
        this.tenants = tenants;
    }

    @Scheduled(fixedDelayString = "${activationdesk.jobs.invitation-expiry-delay:PT1M}")
    @SchedulerLock(name = "invitation-expiry")
    public void expireDueInvitations() {
        List<String> expired = tenants.expireDueInvitations();
        if (!expired.isEmpty()) {
            log.info("Invitations expired: {}", expired);
        }
    }
}
