package com.activationdesk.base.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness contributor {@code scheduledJobs}: each watched job ran recently on some instance. The evidence is
 * ShedLock's {@code locked_at}, written with the database's clock by whichever instance ran the job, so it
 * speaks for the whole cluster and is compared with the database's own "now". After start-up a job gets its
 * maximum silence as grace before its first run counts as missing. With scheduling off on this instance the
 * state is UNKNOWN: the jobs may well run elsewhere, and UNKNOWN does not pull readiness down.
 */
@Component("scheduledJobsHealthIndicator") // shown as "scheduledJobs" in health
class ScheduledJobsHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Duration> maxSilence;
    private final boolean schedulingHere;
    private final Instant startedAt;

    ScheduledJobsHealth(JdbcTemplate jdbc, Clock clock, JobWatchProperties properties,
                        @Value("${activationdesk.scheduling.enabled:true}") boolean schedulingHere) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSilence = properties.jobMaxSilence();
        this.schedulingHere = schedulingHere;
        this.startedAt = clock.instant();
    }

    @Override
    public Health health() {
        if (!schedulingHere) {
            return Health.unknown().withDetail("reason", "scheduling is off on this instance").build();
        }
        Map<String, Duration> sinceLastRun = new HashMap<>();
        jdbc.query("SELECT name, TIMESTAMPDIFF(SECOND, locked_at, CURRENT_TIMESTAMP(3)) FROM shedlock",
                rs -> {
                    sinceLastRun.put(rs.getString(1), Duration.ofSeconds(rs.getLong(2)));
                });
        Duration sinceStart = Duration.between(startedAt, clock.instant());
        Map<String, String> silent = new TreeMap<>();
        maxSilence.forEach((job, allowed) -> {
            Duration silence = sinceLastRun.getOrDefault(job, sinceStart);
            if (silence.compareTo(allowed) > 0 && sinceStart.compareTo(allowed) > 0) {
                silent.put(job, sinceLastRun.containsKey(job) ? "last run " + silence.toSeconds() + " s ago"
                        : "no run since start-up");
            }
        });
        return (silent.isEmpty() ? Health.up() : Health.down().withDetails(silent))
                .withDetail("watched", maxSilence.size()).build();
    }
}
