package com.activationdesk.base.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Readiness of the scheduled jobs, judged from ShedLock's table on the real database. */
@IntegrationTest
class ScheduledJobsHealthTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    /** Daily jobs: a day's silence is noticed too late to matter for readiness (docs/operations.md). */
    private static final Set<String> NOT_WATCHED = Set.of("screening-list-fetch", "audit-chain-verification");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobWatchProperties watchedJobs;

    @AfterEach
    void forgetTestJobs() {
        jdbc.update("DELETE FROM shedlock WHERE name LIKE 'health-test-%'");
    }

    /** A new job (as api-retention and webhook-delivery once were) must be watched or deliberately left out. */
    @Test
    void everyLockedJobOfTheApplicationIsWatchedUnlessDaily() throws IOException {
        // the class files, not the context's beans: a job switched off by a property here (the list fetch) counts too
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        Set<String> jobs = new TreeSet<>();
        for (Resource type : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:com/activationdesk/**/*.class")) {
            for (MethodMetadata method : readers.getMetadataReader(type).getAnnotationMetadata()
                    .getAnnotatedMethods(SchedulerLock.class.getName())) {
                jobs.add(method.getAnnotations().get(SchedulerLock.class).getString("name"));
            }
        }

        assertThat(jobs).contains("api-retention", "webhook-delivery", "outbox-delivery").containsAll(NOT_WATCHED);
        jobs.removeAll(NOT_WATCHED);
        assertThat(watchedJobs.jobMaxSilence().keySet()).containsExactlyInAnyOrderElementsOf(jobs);
    }

    @Test
    void aJobThatRanRecentlyIsAlive() {
        ranMinutesAgo("health-test-recent", 3);

        Health health = healthAfterStartUp(Map.of("health-test-recent", TEN_MINUTES));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aJobSilentLongerThanAllowedMakesTheInstanceNotReadyAndIsNamed() {
        ranMinutesAgo("health-test-recent", 3);
        ranMinutesAgo("health-test-stuck", 25);

        Health health = healthAfterStartUp(Map.of("health-test-recent", TEN_MINUTES, "health-test-stuck", TEN_MINUTES));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("health-test-stuck").doesNotContainKey("health-test-recent");
        assertThat((String) health.getDetails().get("health-test-stuck")).matches("last run 150\\d s ago");
    }

    @Test
    void aJobThatNeverRanIsMissingOnlyAfterItsGraceSinceStartUp() {
        Map<String, Duration> watched = Map.of("health-test-never", TEN_MINUTES);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
        ScheduledJobsHealth health = new ScheduledJobsHealth(jdbc, clock, new JobWatchProperties(watched), true);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofMinutes(11));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("health-test-never", "no run since start-up");
    }

    @Test
    void withSchedulingOffHereTheStateIsUnknownNotDown() {
        ranMinutesAgo("health-test-stuck", 25);
        ScheduledJobsHealth health = new ScheduledJobsHealth(jdbc, Clock.systemUTC(),
                new JobWatchProperties(Map.of("health-test-stuck", TEN_MINUTES)), false);

        assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    private Health healthAfterStartUp(Map<String, Duration> watched) {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
        ScheduledJobsHealth health = new ScheduledJobsHealth(jdbc, clock, new JobWatchProperties(watched), true);
        clock.advance(Duration.ofHours(1)); // past every job's grace after start-up
        return health.health();
    }

    /** ShedLock writes locked_at with the database's clock; so does this. */
    private void ranMinutesAgo(String job, int minutes) {
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES"
                + " (?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) - INTERVAL ? MINUTE, 'test')", job, minutes);
    }
}
