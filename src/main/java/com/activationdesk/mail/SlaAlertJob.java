package com.activationdesk.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.activationdesk.request.service.RequestParticipants;
import com.activationdesk.request.service.RequestParticipants.Participants;
import com.activationdesk.request.service.RequestParticipants.Person;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts Cloud Ops when an SLA clock becomes AT_RISK and when it is BREACHED, each once per clock. The due and
 * at-risk instants are stored when a clock starts, so "which clocks are at risk now" is a range query on indexed
 * columns against the injected clock. Each alert is recorded in {@code sla_notification}, whose primary key
 * (request, clock start, kind) makes "once" hold with several instances too; a resend starts a new clock
 * (new start instant) and so alerts again. A clock already breached when first seen gets only the breach alert.
 */
@Component
class SlaAlertJob {

    private static final Logger log = LoggerFactory.getLogger(SlaAlertJob.class);

    enum Kind { AT_RISK, BREACHED }

    private final JdbcClient jdbc;
    private final RequestParticipants participants;
    private final NotificationMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaAlertJob(JdbcClient jdbc, RequestParticipants participants, NotificationMails mails,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${activationdesk.jobs.sla-alert-delay:PT1M}")
    @SchedulerLock(name = "sla-alerts")
    public void alertDue() {
        Instant now = clock.instant();
        for (Clocked request : breached(now)) {
            alert(request, Kind.BREACHED, now);
        }
        for (Clocked request : atRisk(now)) {
            alert(request, Kind.AT_RISK, now);
        }
    }

    /** Running clocks past their due instant, not yet alerted as breached (index ix_request_sla_due). */
    private List<Clocked> breached(Instant now) {
        return jdbc.sql("""
                        SELECT r.id, r.sla_started_at, r.sla_due_at FROM activation_request r
                        WHERE r.sla_phase = 'RUNNING' AND r.sla_due_at < :now
                          AND NOT EXISTS (SELECT 1 FROM sla_notification n WHERE n.request_id = r.id
                                          AND n.clock_started_at = r.sla_started_at AND n.kind = 'BREACHED')
                        ORDER BY r.sla_due_at""")
                .param("now", OutboxStore.utc(now))
                .query(SlaAlertJob::clocked).list();
    }

    /** Running clocks at risk but not yet due (the due instant itself counts as in time), not yet alerted. */
    private List<Clocked> atRisk(Instant now) {
        return jdbc.sql("""
                        SELECT r.id, r.sla_started_at, r.sla_due_at FROM activation_request r
                        WHERE r.sla_phase = 'RUNNING' AND r.sla_at_risk_at <= :now AND r.sla_due_at >= :now
                          AND NOT EXISTS (SELECT 1 FROM sla_notification n WHERE n.request_id = r.id
                                          AND n.clock_started_at = r.sla_started_at AND n.kind = 'AT_RISK')
                        ORDER BY r.sla_at_risk_at""")
                .param("now", OutboxStore.utc(now))
                .query(SlaAlertJob::clocked).list();
    }

    /** Record and mails in one transaction: either the alert counts as sent and its mails are queued, or neither. */
    private void alert(Clocked request, Kind kind, Instant now) {
        transaction.executeWithoutResult(status -> {
            try {
                jdbc.sql("""
                                INSERT INTO sla_notification (request_id, clock_started_at, kind, notified_at)
                                VALUES (:id, :started, :kind, :now)""")
                        .param("id", request.id())
                        .param("started", OutboxStore.utc(request.clockStartedAt()))
                        .param("kind", kind.name())
                        .param("now", OutboxStore.utc(now))
                        .update();
            } catch (DuplicateKeyException e) {
                return; // recorded meanwhile by another run: that run sends the mails
            }
            Participants participants = this.participants.of(request.id());
            Notice notice = kind == Kind.AT_RISK ? Notice.SLA_AT_RISK : Notice.SLA_BREACHED;
            String keyPrefix = "sla-" + request.id() + "-" + request.clockStartedAt().toEpochMilli() + "-" + kind;
            for (Person person : mails.cloudOps()) {
                mails.send(notice, person, participants, keyPrefix, null, request.dueAt());
            }
            log.info("SLA {} alert for request {} (due {})", kind, participants.reference(), request.dueAt());
        });
    }

    private static Clocked clocked(ResultSet rs, int row) throws SQLException {
        return new Clocked(rs.getLong("id"), instant(rs.getObject("sla_started_at", LocalDateTime.class)),
                instant(rs.getObject("sla_due_at", LocalDateTime.class)));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    private record Clocked(long id, Instant clockStartedAt, Instant dueAt) {
    }
}
