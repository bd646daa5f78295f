package com.activationdesk.mail;

import java.util.Locale;
import java.util.Map;

import com.activationdesk.ModuleTest;
import com.activationdesk.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Mail with what it listens to (request, invitation and theirs): a queued mail shows in the admin's mail log. */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(RunAs.class)
class MailModuleTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailLogService mailLog;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RunAs runAs;

    @Test
    void aQueuedMailIsInTheMailLog() {
        transaction.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail("module-test", "x@partner.example",
                Locale.ENGLISH, NotificationMails.TEMPLATE, Map.of("subject", "Module test", "name", "Tester",
                "message", "Hello", "reference", "UP-1", "customerName", "Kunde GmbH"), null, null)));
        assertThat(runAs.as(VENDOR_ADMIN, () -> mailLog.count(new MailLogFilter(null, "Module test"))))
                .isEqualTo(1);
        assertThat(runAs.as(VENDOR_ADMIN, () -> mailLog.failedCount())).isZero();
    }
}
