package com.activationdesk.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static com.activationdesk.testdata.AuditRecords.inTransaction;
import static com.activationdesk.testdata.AuditRecords.partner;
import static com.activationdesk.testdata.Unique.requestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps the trail append-only, and the code offers no path to change or delete an entry. */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseCreatedTheTableAndBothTriggers() {
        assertThat(jdbc.queryForList("SELECT ID FROM DATABASECHANGELOG WHERE ID LIKE '003-audit%' ORDER BY ORDEREXECUTED",
                String.class)).containsExactly("003-audit-entry", "003-audit-entry-no-update", "003-audit-entry-no-delete");
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(ACTION_TIMING, ' ', EVENT_MANIPULATION) FROM information_schema.TRIGGERS
                WHERE EVENT_OBJECT_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'audit_entry'""", String.class))
                .containsExactlyInAnyOrder("BEFORE UPDATE", "BEFORE DELETE");
    }

    @Test
    void databaseRefusesUpdateAndDelete() {
        long requestId = requestId();
        AuditRecord record = new AuditRecord(requestId, "AO-1", partner(Unique.email("auditor", "test.example")),
                Instant.parse("2026-01-15T09:30:00Z"), "SUBMIT", "DRAFT", "IN_REVIEW", "original",
                List.of(new FieldChange("city", "Kiel", "Lübeck")));
        inTransaction(transactionManager, () -> auditTrail.record(record));
        AuditEntryView before = auditTrail.timeline(requestId).getFirst();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET comment = 'rewritten' WHERE id = ?", before.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_entry is append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET request_id = request_id + 1 WHERE request_id = ?", requestId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_entry is append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", before.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_entry is append-only");
        // also inside a transaction of the application
        assertThatThrownBy(() -> inTransaction(transactionManager,
                () -> jdbc.update("DELETE FROM audit_entry WHERE request_id = ?", requestId)))
                .isInstanceOf(DataAccessException.class);

        assertThat(auditTrail.timeline(requestId)).containsExactly(before);
    }

    @Test
    void databaseRefusesChangesThatAreNotAJsonArrayOfChanges() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO audit_entry (request_id, occurred_at, actor_role, action, changes)
                VALUES (?, UTC_TIMESTAMP(6), 'SYSTEM', 'BROKEN', 'not json')""", requestId()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void codeOffersNoWayToChangeOrDeleteAnEntry() {
        List<String> repositoryMethods = Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName).toList();
        assertThat(repositoryMethods).containsExactlyInAnyOrder("findByRequestIdOrderByIdAsc", "search", "countMatching");
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(method -> !Modifier.isPrivate(method.getModifiers()))
                .map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
