package com.activationdesk.api.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.activationdesk.base.scheduling.Batches;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the API's short-lived tables small: deletes Idempotency-Key answers older than
 * {@link ApiRetention#idempotency()} and finished webhook deliveries older than
 * {@link ApiRetention#webhookDeliveries()}. Deletes in batches, each statement committed on its own, so a first
 * run on a big table holds no long locks. Each run happens on one instance (ShedLock).
 */
@Component
@EnableConfigurationProperties(ApiRetention.class)
class ApiRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(ApiRetentionJob.class);
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final ApiRetention retention;
    private final Clock clock;

    ApiRetentionJob(JdbcClient jdbc, ApiRetention retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${activationdesk.jobs.api-retention-delay:PT1H}")
    @SchedulerLock(name = "api-retention")
    public void apply() {
        Instant now = clock.instant();
        LocalDateTime idempotencyCutoff = utc(now.minus(retention.idempotency()));
        LocalDateTime deliveryCutoff = utc(now.minus(retention.webhookDeliveries()));
        int answers = Batches.untilShort(BATCH, () -> jdbc.sql(
                        "DELETE FROM api_idempotency WHERE created_at < :cutoff LIMIT :limit")
                .param("cutoff", idempotencyCutoff).param("limit", BATCH).update());
        int delivered = Batches.untilShort(BATCH, () -> jdbc.sql("""
                        DELETE FROM webhook_delivery WHERE status = 'DELIVERED' AND delivered_at < :cutoff
                        LIMIT :limit""")
                .param("cutoff", deliveryCutoff).param("limit", BATCH).update());
        // a given-up delivery's next_attempt_at is the time of its last attempt (redeliver sets it anew)
        int failed = Batches.untilShort(BATCH, () -> jdbc.sql("""
                        DELETE FROM webhook_delivery WHERE status = 'FAILED' AND next_attempt_at < :cutoff
                        LIMIT :limit""")
                .param("cutoff", deliveryCutoff).param("limit", BATCH).update());
        if (answers + delivered + failed > 0) {
            log.info("API retention: {} idempotency answer(s), {} delivered and {} failed webhook delivery(ies) deleted",
                    answers, delivered, failed);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
