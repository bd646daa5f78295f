package com.activationdesk.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/** Sent mails lose their bodies after 30 days and their rows after 365 days; pending mails are kept. */
class MailRetentionTest extends MailIntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailRetentionJob retentionJob;
    @Autowired
    MailRetention retention;
    @Autowired
    MailLogService mailLog;

    @Test
    void bodiesOfSentMailsAreEmptiedAfterTheRetentionAndOldRowsDeleted() {
        assertThat(retention.bodies()).isEqualTo(Duration.ofDays(30));
        assertThat(retention.rows()).isEqualTo(Duration.ofDays(365));
        String batch = "R" + Unique.tag();
        enqueue(batch, "early");
        enqueue(batch, "waiting");
        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = '2099-01-01' WHERE idempotency_key = ?")
                .param(batch + "-waiting").update();
        deliverAndReceive(); // "early" is sent on Monday 09:00
        clock.advance(Duration.ofDays(10));
        enqueue(batch, "later");
        deliverAndReceive();

        clock.set(MONDAY_0900.plus(Duration.ofDays(30)));
        retentionJob.apply();
        assertThat(outboxRows("idempotency_key = ? AND body_redacted_at IS NULL", batch + "-early"))
                .as("30 days to the microsecond are not over yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        retentionJob.apply();
        assertThat(outboxRows("idempotency_key = ? AND body_text = '' AND body_html = '' AND body_redacted_at = ?",
                batch + "-early", OutboxStore.utc(clock.instant()))).isEqualTo(1);
        assertThat(outboxRows("idempotency_key = ? AND status = 'SENT' AND subject = ?", batch + "-early",
                "Test " + batch)).as("the log keeps who, what and when").isEqualTo(1);
        assertThat(outboxRows("idempotency_key IN (?, ?) AND body_redacted_at IS NULL AND body_text LIKE '%Message%'",
                batch + "-later", batch + "-waiting")).isEqualTo(2);
        MailContent content = runAs.as(OPS1, () -> mailLog.content(id(batch + "-early")));
        assertThat(content.bodyRedactedAt()).isEqualTo(clock.instant());
        assertThat(content.text()).isEmpty();

        clock.set(MONDAY_0900.plus(Duration.ofDays(365)).plusSeconds(1));
        retentionJob.apply();
        assertThat(outboxRows("idempotency_key = ?", batch + "-early")).isZero();
        assertThat(outboxRows("idempotency_key = ? AND body_redacted_at IS NOT NULL", batch + "-later")).isEqualTo(1);
        assertThat(outboxRows("idempotency_key = ? AND status = 'PENDING' AND body_redacted_at IS NULL",
                batch + "-waiting")).as("a mail not sent yet is never touched").isEqualTo(1);
    }

    private void enqueue(String batch, String name) {
        transaction.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(batch + "-" + name,
                name + "-" + batch + "@partner.example", Locale.ENGLISH, NotificationMails.TEMPLATE,
                Map.of("subject", "Test " + batch, "name", "Tester", "message", "Message for " + name,
                        "reference", batch, "customerName", "Kunde GmbH"), null, batch)));
    }

    private long id(String key) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE idempotency_key = ?").param(key).query(Long.class).single();
    }
}
