package com.activationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The outbox's readiness: late mails pull it down, mails in back-off or delivered do not. */
class MailOutboxMonitorTest extends MailIntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailOutboxMonitor monitor;

    @Test
    void aMailLateForLongerThanTheAllowedDelayMakesTheOutboxNotReadyUntilItIsDelivered() {
        String batch = Unique.name("monitor");
        transaction.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(batch, batch + "@partner.example",
                Locale.ENGLISH, NotificationMails.TEMPLATE, Map.of("subject", "Test " + batch, "name", "Tester",
                "message", "Message", "reference", batch, "customerName", "Kunde GmbH"), null, batch)));

        clock.advance(Duration.ofMinutes(10));
        Health tenMinutesLate = monitor.health();
        clock.advance(Duration.ofMinutes(10));
        Health twentyMinutesLate = monitor.health();
        deliverAndReceive();
        Health delivered = monitor.health();

        assertThat(tenMinutesLate.getStatus()).isEqualTo(Status.UP);
        assertThat((Long) tenMinutesLate.getDetails().get("pending")).isPositive();
        assertThat(twentyMinutesLate.getStatus()).isEqualTo(Status.DOWN);
        assertThat(delivered.getStatus()).isEqualTo(Status.UP);
    }
}
