package com.activationdesk.testdata;

import java.time.Instant;
import java.util.List;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditRecord;
import com.activationdesk.audit.AuditTrail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit records written straight into the trail, for tests of the trail itself and of its views. */
public final class AuditRecords {

    private AuditRecords() {
    }

    /** A partner of Nordlicht (ids that no real row has) with the given e-mail. */
    public static AuditActor partner(String email) {
        return new AuditActor(4711L, email, "PARTNER", 815L, "Nordlicht Systemhaus GmbH");
    }

    /** A submission: draft to in review, no comment, no field changes. */
    public static AuditRecord record(long requestId, String reference, AuditActor actor, Instant at, String action) {
        return new AuditRecord(requestId, reference, actor, at, action, "DRAFT", "IN_REVIEW", null, List.of());
    }

    /** {@link AuditTrail#record} requires a transaction: this is the caller's. */
    public static void inTransaction(PlatformTransactionManager transactionManager, Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }
}
