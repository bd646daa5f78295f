package com.activationdesk.mail;

import com.activationdesk.base.metrics.CachedSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator sees it: gauges for the backlog ({@code activationdesk.mail.outbox.pending}, the age of
 * the oldest overdue mail) and for mails given up ({@code activationdesk.mail.outbox.failed}), and the readiness
 * contributor {@code mailOutbox}: DOWN while a mail has waited past its attempt time for longer than
 * {@code activationdesk.ops.outbox-max-delay} (default 15 min) — the delivery job is stuck or the SMTP server
 * refuses. A mail in retry back-off is not late: its next attempt lies in the future.
 */
@Component("mailOutboxHealthIndicator") // shown as "mailOutbox" in health
class MailOutboxMonitor implements HealthIndicator, MeterBinder {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxDelay;
    private final CachedSnapshot<Backlog> backlog;

    MailOutboxMonitor(JdbcTemplate jdbc, Clock clock,
                      @Value("${activationdesk.ops.outbox-max-delay:PT15M}") Duration maxDelay,
                      @Value("${activationdesk.metrics.max-age:PT30S}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxDelay = maxDelay;
        this.backlog = new CachedSnapshot<>(this::readBacklog, maxAge, clock);
    }

    @Override
    public Health health() {
        Backlog now = readBacklog();
        Health.Builder health = now.oldestOverdue() != null && now.oldestOverdue().compareTo(maxDelay) > 0
                ? Health.down() : Health.up();
        return health.withDetail("pending", now.pending()).withDetail("failed", now.failed()).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("activationdesk.mail.outbox.pending", backlog, b -> b.get().pending())
                .description("Mails waiting for delivery").register(registry);
        Gauge.builder("activationdesk.mail.outbox.failed", backlog, b -> b.get().failed())
                .description("Mails given up after the last attempt").register(registry);
        Gauge.builder("activationdesk.mail.outbox.oldest.overdue", backlog,
                        b -> b.get().oldestOverdue() == null ? 0 : b.get().oldestOverdue().toSeconds())
                .description("How long the oldest due mail has waited past its attempt time").baseUnit("seconds")
                .register(registry);
    }

    /** Two index reads on (status, next_attempt_at). */
    private Backlog readBacklog() {
        Instant now = clock.instant();
        return jdbc.queryForObject("""
                        SELECT SUM(status = 'PENDING'), SUM(status = 'FAILED'),
                               MIN(CASE WHEN status = 'PENDING' AND next_attempt_at <= ? THEN next_attempt_at END)
                        FROM mail_outbox WHERE status IN ('PENDING', 'FAILED')""",
                (rs, row) -> {
                    LocalDateTime oldest = rs.getObject(3, LocalDateTime.class); // UTC, like every DATETIME here
                    return new Backlog(rs.getLong(1), rs.getLong(2),
                            oldest == null ? null : Duration.between(oldest.toInstant(ZoneOffset.UTC), now));
                }, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private record Backlog(long pending, long failed, Duration oldestOverdue) {
    }
}
