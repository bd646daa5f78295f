package com.activationdesk.mail;

import java.time.Clock;
import java.time.Instant;

import com.activationdesk.base.scheduling.Batches;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from growing without bound and from holding mail contents longer than needed: empties the
 * bodies of mails sent longer than {@link MailRetention#bodies()} ago and deletes finished mails older than
 * {@link MailRetention#rows()}. Works in batches, each statement committed on its own, so a first run on a big
 * table holds no long locks. Each run happens on one instance (ShedLock).
 */
@Component
class MailRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(MailRetentionJob.class);
    static final int BATCH = 1000;

    private final OutboxStore store;
    private final MailRetention retention;
    private final Clock clock;

    MailRetentionJob(OutboxStore store, MailRetention retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${activationdesk.jobs.mail-retention-delay:PT1H}")
    @SchedulerLock(name = "mail-retention")
    public void apply() {
        Instant now = clock.instant();
        int redacted = Batches.untilShort(BATCH,
                () -> store.redactBodiesSentBefore(now.minus(retention.bodies()), now, BATCH));
        int deleted = Batches.untilShort(BATCH, () -> store.deleteFinishedBefore(now.minus(retention.rows()), BATCH));
        if (redacted + deleted > 0) {
            log.info("Mail retention: bodies of {} sent mail(s) emptied, {} old mail(s) deleted", redacted, deleted);
        }
    }
}
