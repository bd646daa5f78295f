package com.activationdesk.request.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import com.activationdesk.request.SlaAtRisk;
import com.activationdesk.request.SlaBreached;
import com.activationdesk.sla.SlaState;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link SlaAtRisk} and {@link SlaBreached} when a running SLA clock reaches that state, each once per
 * clock. The due and at-risk instants are stored when a clock starts, so "which clocks are at risk now" is a range
 * query on indexed columns ({@link SlaConditions}) against the injected clock. Each publication is recorded in
 * {@code sla_notification}, whose primary key (request, clock start, kind) makes "once" hold with several instances
 * too; a resend starts a new clock (new start instant) and so publishes again. A clock already breached when first
 * seen is published only as breached, because breached clocks are handled first.
 */
@Component
public class SlaWatchJob {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaWatchJob(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${activationdesk.jobs.sla-alert-delay:PT1M}")
    @SchedulerLock(name = "sla-alerts")
    public void publishDue() {
        Instant now = clock.instant();
        for (Clocked request : notYetPublished(SlaState.BREACHED, "r.sla_due_at", now)) {
            publishOnce(request, SlaState.BREACHED, now,
                    r -> new SlaBreached(r.id(), r.reference(), r.clockStartedAt(), r.dueAt()));
        }
        for (Clocked request : notYetPublished(SlaState.AT_RISK, "r.sla_at_risk_at", now)) {
            publishOnce(request, SlaState.AT_RISK, now,
                    r -> new SlaAtRisk(r.id(), r.reference(), r.clockStartedAt(), r.dueAt()));
        }
    }

    /** Clocks in {@code state} now whose current clock was not published in it yet, in the order they got there. */
    private List<Clocked> notYetPublished(SlaState state, String orderColumn, Instant now) {
        return jdbc.sql("SELECT r.id, r.reference, r.sla_started_at, r.sla_due_at FROM activation_request r WHERE "
                        + SlaConditions.of(state) + """
                         AND NOT EXISTS (SELECT 1 FROM sla_notification n WHERE n.request_id = r.id
                                        AND n.clock_started_at = r.sla_started_at AND n.kind = :kind)
                        ORDER BY\s""" + orderColumn)
                .param("slaNow", utc(now))
                .param("kind", state.name())
                .query(SlaWatchJob::clocked).list();
    }

    /** Record and event in one transaction: the listeners' work (the mails) commits with the record, or neither. */
    private void publishOnce(Clocked request, SlaState state, Instant now, Function<Clocked, Object> event) {
        transaction.executeWithoutResult(status -> {
            try {
                jdbc.sql("""
                                INSERT INTO sla_notification (request_id, clock_started_at, kind, notified_at)
                                VALUES (:id, :started, :kind, :now)""")
                        .param("id", request.id())
                        .param("started", utc(request.clockStartedAt()))
                        .param("kind", state.name())
                        .param("now", utc(now))
                        .update();
            } catch (DuplicateKeyException e) {
                return; // recorded meanwhile by another run: that run publishes
            }
            events.publishEvent(event.apply(request));
        });
    }

    private static Clocked clocked(ResultSet rs, int row) throws SQLException {
        return new Clocked(rs.getLong("id"), rs.getString("reference"),
                instant(rs.getObject("sla_started_at", LocalDateTime.class)),
                instant(rs.getObject("sla_due_at", LocalDateTime.class)));
    }

    /** Columns hold UTC wall-clock time (hibernate.jdbc.time_zone=UTC); parameters must match. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    private record Clocked(long id, String reference, Instant clockStartedAt, Instant dueAt) {
    }
}
