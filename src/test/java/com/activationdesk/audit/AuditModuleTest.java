package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

import com.activationdesk.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail alone (with base): it needs no request table, only an id and a reference. */
@ModuleTest
class AuditModuleTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordsAndReadsBackAnEntryWithoutAnyRequest() {
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        transaction.executeWithoutResult(status -> auditTrail.record(new AuditRecord(4711, "UP-2026-04711",
                AuditActor.system(), at, "EXPIRE_INVITATION", "INVITATION_SENT", "INVITATION_EXPIRED", null,
                List.of(new FieldChange("termsVersion", null, "2026-11")))));
        assertThat(auditTrail.timeline(4711)).singleElement().satisfies(entry -> {
            assertThat(entry.occurredAt()).isEqualTo(at);
            assertThat(entry.toStatus()).isEqualTo("INVITATION_EXPIRED");
            assertThat(entry.changes()).containsExactly(new FieldChange("termsVersion", null, "2026-11"));
        });
    }
}
