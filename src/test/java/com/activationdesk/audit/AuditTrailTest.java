package com.activationdesk.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.AuditRecords.inTransaction;
import static com.activationdesk.testdata.AuditRecords.partner;
import static com.activationdesk.testdata.AuditRecords.record;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.Unique.reference;
import static com.activationdesk.testdata.Unique.requestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording in the caller's transaction and reading a request's timeline back, on MariaDB. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordAndTimelineRoundTripEveryFieldIncludingNullsAndChanges() {
        long requestId = requestId();
        String reference = reference("RT-");
        // Berlin switches to summer time one second later; nanoseconds are cut to DATETIME(6)'s microseconds.
        Instant at = Instant.parse("2026-03-29T00:59:59.123456789Z");
        AuditActor actor = partner(NORDLICHT_USER1);
        List<FieldChange> changes = List.of(
                new FieldChange("companyName", "Alt GmbH", "Neu GmbH – Müller & Söhne \"Nord\""),
                new FieldChange("website", null, "https://neu.example"),
                new FieldChange("formerNames", "Alt\nÄlter", null));
        inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(requestId, reference, actor, at,
                "EDIT", "DRAFT", "RETURNED", "Zeile 1\nZeile 2 ✓", changes)));
        inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(requestId, null,
                AuditActor.system(), at.plusSeconds(3600), "EXPIRE", null, null, null, null)));
        inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(requestId, reference,
                AuditActor.invitee("it@kunde.example"), at.plusSeconds(7200), "ACTIVATE", "INVITATION_SENT",
                "ACTIVATED", null, List.of())));

        List<AuditEntryView> timeline = auditTrail.timeline(requestId);

        assertThat(timeline).hasSize(3);
        AuditEntryView edit = timeline.get(0);
        assertThat(edit.id()).isPositive();
        assertThat(edit).isEqualTo(new AuditEntryView(edit.id(), requestId, reference,
                at.truncatedTo(ChronoUnit.MICROS), actor, "EDIT", "DRAFT", "RETURNED", "Zeile 1\nZeile 2 ✓", changes));
        AuditEntryView expire = timeline.get(1);
        assertThat(expire).isEqualTo(new AuditEntryView(expire.id(), requestId, null,
                at.plusSeconds(3600).truncatedTo(ChronoUnit.MICROS), new AuditActor(null, null, "SYSTEM", null, null),
                "EXPIRE", null, null, null, List.of()));
        AuditEntryView activate = timeline.get(2);
        assertThat(activate.actor()).isEqualTo(new AuditActor(null, "it@kunde.example", "INVITEE", null, null));
        assertThat(activate.changes()).isEmpty();

        // Stored as UTC wall-clock time, whatever the JVM's zone; changes as a JSON array {field, old, new}.
        assertThat(jdbc.queryForObject("SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f') FROM audit_entry WHERE id = ?",
                String.class, edit.id())).isEqualTo("2026-03-29 00:59:59.123456");
        String json = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE id = ?", String.class, edit.id());
        assertThat(json).startsWith("[{\"field\":\"companyName\",\"old\":\"Alt GmbH\",\"new\":")
                .contains("{\"field\":\"website\",\"old\":null,\"new\":\"https://neu.example\"}");
        assertThat(jdbc.queryForObject("SELECT changes IS NULL FROM audit_entry WHERE id = ?", Boolean.class,
                expire.id())).isTrue();
    }

    @Test
    void occurredAtDefaultsToNow() {
        long requestId = requestId();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        inTransaction(transactionManager, () -> auditTrail.record(record(requestId, null, AuditActor.system(), null, "EXPIRE")));
        Instant after = Instant.now();
        assertThat(auditTrail.timeline(requestId)).singleElement()
                .satisfies(entry -> assertThat(entry.occurredAt()).isBetween(before, after));
    }

    @Test
    void recordOutsideATransactionFailsAndWritesNothing() {
        long requestId = requestId();
        assertThatThrownBy(() -> auditTrail.record(record(requestId, "NO-TX", partner(Unique.email("auditor", "test.example")), Instant.now(), "SUBMIT")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(auditTrail.timeline(requestId)).isEmpty();
    }

    @Test
    void entriesOfTwoRequestsDoNotMixAndComeOldestFirst() {
        long requestA = requestId();
        long requestB = requestId();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        Instant at = Instant.parse("2026-05-04T08:00:00Z");
        inTransaction(transactionManager, () -> {
            auditTrail.record(record(requestA, "A", actor, at, "CREATE"));
            auditTrail.record(record(requestB, "B", actor, at, "CREATE"));
        });
        inTransaction(transactionManager, () -> auditTrail.record(record(requestA, "A", actor, at.plusSeconds(60), "SUBMIT")));
        inTransaction(transactionManager, () -> auditTrail.record(record(requestB, "B", actor, at.plusSeconds(60), "WITHDRAW")));

        assertThat(auditTrail.timeline(requestA)).extracting(AuditEntryView::requestId, AuditEntryView::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(requestA, "CREATE"),
                        org.assertj.core.groups.Tuple.tuple(requestA, "SUBMIT"));
        assertThat(auditTrail.timeline(requestB)).extracting(AuditEntryView::action).containsExactly("CREATE", "WITHDRAW");
        assertThat(auditTrail.timeline(requestId())).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        long requestId = requestId();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditTrail.record(record(requestId, "RB", actor, Instant.now(), "SUBMIT"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditTrail.record(record(requestId, "RB", actor, Instant.now(), "SUBMIT"));
            throw new IllegalStateException("the change itself failed");
        })).hasMessage("the change itself failed");
        assertThat(auditTrail.timeline(requestId)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", Integer.class, requestId))
                .isZero();
    }

    @Test
    void anInvalidRecordIsRefusedAndRollsTheCallerBack() {
        long requestId = requestId();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        assertThatThrownBy(() -> inTransaction(transactionManager, () -> {
            auditTrail.record(record(requestId, "OK", actor, Instant.now(), "SUBMIT"));
            auditTrail.record(record(requestId, "OK", null, Instant.now(), "SUBMIT"));
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> inTransaction(transactionManager, () ->
                auditTrail.record(record(requestId, "OK", actor, Instant.now(), " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> inTransaction(transactionManager, () ->
                auditTrail.record(record(requestId, "R".repeat(21), actor, Instant.now(), "SUBMIT"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestReference");
        assertThatThrownBy(() -> inTransaction(transactionManager, () ->
                auditTrail.record(record(0, "OK", actor, Instant.now(), "SUBMIT"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new AuditActor(1L, "x@y.example", " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(auditTrail.timeline(requestId)).isEmpty();
    }
}
