package com.activationdesk.request.service;

import java.util.List;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/** The reason shown to whoever acts next: the one behind the current status, never an older one. */
class RequestGuidanceTest {

    private final RequestGuidance guidance = new RequestGuidance(null, null);

    @Test
    void showsTheReasonOfTheMoveThatLedToTheCurrentStatus() {
        AuditEntryView returned = entry(2, "RETURN", "IN_REVIEW", "RETURNED", "VAT number missing");
        AuditEntryView edit = entry(3, "EDIT", "RETURNED", "RETURNED", null);
        assertThat(guidance.currentReason(List.of(edit, returned))).contains(returned);
    }

    @Test
    void showsNothingWhenTheLastMoveCameWithoutAReason() {
        AuditEntryView returned = entry(2, "RETURN", "IN_REVIEW", "RETURNED", "VAT number missing");
        AuditEntryView submitted = entry(3, "SUBMIT", "RETURNED", "IN_REVIEW", "fixed");
        assertThat(guidance.currentReason(List.of(submitted, returned))).isEmpty();
        assertThat(guidance.currentReason(List.of())).isEmpty();
    }

    private static AuditEntryView entry(long id, String action, String from, String to, String comment) {
        return new AuditEntryView(id, 1, "AR-1", MONDAY_0900.plusSeconds(id), AuditActor.system(), action, from, to, comment,
                List.of());
    }
}
