package com.activationdesk.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.mail.OutboxStore.ClaimedMail;
import com.activationdesk.organization.PasswordResetLinkIssuer;
import com.activationdesk.testdata.Unique;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import static com.activationdesk.testdata.DemoUsers.OPS2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delivery over real SMTP: failures, backoff, giving up, retry, crashes and parallel runs. */
class OutboxDeliveryTest extends MailIntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailLogService mailLog;
    @Autowired
    MailSettings settings;
    @Autowired
    OutboxStore store;
    @Autowired
    ObjectProvider<JavaMailSender> mailSenders;
    @Autowired
    ActivationLinkIssuer activationLinks;
    @Autowired
    PasswordResetLinkIssuer resetLinks;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** Every test leaves the SMTP server running for the next one. */
    @AfterEach
    void smtpUpAgain() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @Test
    void smtpDownThenUpDeliversEveryMailExactlyOnce() {
        String batch = unique();
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> "r" + i + "-" + batch + "@partner.example").toList();
        enqueue(batch, recipients);
        greenMail.stop();

        deliveryJob.deliverDue(); // attempt 1 fails for all
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'PENDING' AND attempts = 1 AND last_error IS NOT NULL",
                batch + "%")).isEqualTo(5);
        deliveryJob.deliverDue(); // backoff: nothing is due yet
        assertThat(outboxRows("idempotency_key LIKE ? AND attempts = 1", batch + "%")).isEqualTo(5);

        clock.advance(Duration.ofSeconds(30));
        deliveryJob.deliverDue(); // attempt 2, still down
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'PENDING' AND attempts = 2", batch + "%")).isEqualTo(5);

        greenMail.start();
        clock.advance(Duration.ofSeconds(59));
        assertThat(to(deliverAndReceive(), recipients.getFirst(), batch)).as("second backoff is 60 s").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        deliverAndReceive();
        clock.advance(Duration.ofHours(1));
        deliveryJob.deliverDue(); // nothing left: the mailbox still holds exactly what the first run sent
        List<MimeMessage> received = List.of(greenMail.getReceivedMessages());

        for (String recipient : recipients) {
            assertThat(to(received, recipient, batch)).as(recipient).hasSize(1);
        }
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT' AND attempts = 3 AND last_error IS NULL",
                batch + "%")).isEqualTo(5);
    }

    @Test
    void anUnreachableServerEndsTheRunAfterOneBatchInsteadOfTryingTheWholeBacklog() {
        String batch = unique();
        int backlog = 2 * settings.batchSize() + 20;
        enqueue(batch, IntStream.range(0, backlog).mapToObj(i -> "u" + i + "-" + batch + "@partner.example").toList());
        greenMail.stop();

        deliveryJob.deliverDue();

        // Other tests' due mails may share the first batch, so at most one batch of ours was claimed.
        long failed = outboxRows("idempotency_key LIKE ? AND status = 'PENDING' AND attempts = 1", batch + "%");
        assertThat(failed).isBetween(1L, (long) settings.batchSize());
        assertThat(outboxRows("idempotency_key LIKE ? AND attempts = 0", batch + "%"))
                .as("not claimed: they wait, their attempts unused").isEqualTo(backlog - failed);
        assertThat(outboxRows("idempotency_key LIKE ? AND attempts = 1 AND last_error LIKE ?", batch + "%",
                "Not tried: the mail server could not be reached (%Connect%")).as("the rest of the batch")
                .isEqualTo(failed - 1);
        assertThat(OutboxDeliveryJob.serverUnreachable(new MailSendException("no such recipient",
                new SendFailedException("550 unknown user")))).as("a refused mail is the mail's problem").isFalse();

        greenMail.start();
        clock.advance(Duration.ofHours(1));
        deliverAndReceive();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT'", batch + "%")).isEqualTo((long) backlog);
    }

    @Test
    void aRunStopsWhenTheApplicationClosesAndTheClaimedMailsAreSentAfterTheirLease() {
        String batch = unique();
        List<String> recipients = IntStream.range(0, 3).mapToObj(i -> "c" + i + "-" + batch + "@partner.example").toList();
        enqueue(batch, recipients);
        // A job of its own: the shared one must not stay closed for the other tests.
        OutboxDeliveryJob closingJob = new OutboxDeliveryJob(store, mailSenders, settings, activationLinks, resetLinks,
                transactionManager, clock);
        closingJob.applicationClosing();

        closingJob.deliverDue();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'PENDING' AND attempts = 1", batch + "%"))
                .as("claimed, then left when the application closed").isEqualTo(3);
        deliveryJob.deliverDue();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT'", batch + "%")).as("still leased").isZero();

        clock.advance(settings.lease().plusSeconds(1));
        deliveryJob.deliverDue();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT'", batch + "%")).isEqualTo(3);
    }

    @Test
    void givesUpAfterMaxAttemptsWithDoublingBackoffAndARetryFromTheLogSendsItOnce() {
        String batch = unique();
        String recipient = "failing-" + batch + "@partner.example";
        enqueue(batch, List.of(recipient));
        greenMail.stop();

        Duration expectedWait = settings.retryDelay();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Instant now = clock.instant();
            deliveryJob.deliverDue();
            assertThat(outboxRows("idempotency_key LIKE ? AND attempts = ?", batch + "%", attempt)).isEqualTo(1);
            if (attempt < settings.maxAttempts()) {
                assertThat(nextAttempt(batch)).as("wait after attempt " + attempt).isEqualTo(now.plus(expectedWait));
                clock.set(nextAttempt(batch));
                expectedWait = expectedWait.multipliedBy(2);
            }
        }
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'FAILED' AND attempts = 8", batch + "%")).isEqualTo(1);
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofSeconds(30 * 64));
        clock.advance(Duration.ofDays(2));
        deliveryJob.deliverDue();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'FAILED' AND attempts = 8", batch + "%"))
                .as("a failed mail stays failed").isEqualTo(1);

        greenMail.start();
        long id = jdbc.sql("SELECT id FROM mail_outbox WHERE idempotency_key LIKE ?").param(batch + "%")
                .query(Long.class).single();
        runAs.run(OPS2, () -> mailLog.retry(id));
        assertThat(outboxRows("id = ? AND status = 'PENDING' AND attempts = 0", id)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT CONCAT(actor_email, ' ', subject_label, ' ', changes) FROM audit_entry
                        WHERE subject_type = 'MAIL' AND subject_id = ? AND action = 'MAIL_RETRY'""").param(id)
                .query(String.class).list()).as("the retry is audited, once")
                .containsExactly(OPS2 + " " + recipient + " [{\"field\":\"status\",\"old\":\"FAILED\",\"new\":\"PENDING\"}]");
        List<MimeMessage> received = deliverAndReceive();
        assertThat(to(received, recipient, batch)).hasSize(1);
        assertThat(outboxRows("id = ? AND status = 'SENT' AND attempts = 1 AND last_error IS NULL", id)).isEqualTo(1);
    }

    @Test
    void crashAfterClaimingButBeforeSendingIsDeliveredOnceAfterTheLease() {
        String batch = unique();
        String recipient = "crash-" + batch + "@partner.example";
        enqueue(batch, List.of(recipient));

        List<ClaimedMail> claimedByCrashedRun = deliveryJob.claim(); // the run dies right after its claim commits
        assertThat(claimedByCrashedRun).extracting(ClaimedMail::recipient).contains(recipient);
        assertThat(to(deliverAndReceive(), recipient, batch)).as("leased: not sent by another run").isEmpty();

        clock.advance(settings.lease().minusMillis(1));
        assertThat(to(deliverAndReceive(), recipient, batch)).as("lease not over yet").isEmpty();
        clock.advance(Duration.ofMillis(1)); // the lease ends: the row may be claimed again
        assertThat(to(deliverAndReceive(), recipient, batch)).hasSize(1);
        assertThat(to(deliverAndReceive(), recipient, batch)).isEmpty();
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT' AND attempts = 2", batch + "%")).isEqualTo(1);
    }

    /**
     * The window docs/mail-outbox.md admits: SMTP accepted the mail, then the run died before writing SENT. After
     * the lease the mail goes out again — with the same Message-ID, so the copy is recognisable.
     */
    @Test
    void crashAfterSmtpAcceptedButBeforeMarkingSentResendsWithTheSameMessageId() throws Exception {
        String batch = unique();
        String recipient = "late-crash-" + batch + "@partner.example";
        enqueue(batch, List.of(recipient));

        ClaimedMail claimed = deliveryJob.claim().stream().filter(m -> m.recipient().equals(recipient))
                .findFirst().orElseThrow();
        purgeMailbox();
        deliveryJob.send(claimed); // accepted by SMTP; the process dies before markSent
        List<MimeMessage> first = List.of(greenMail.getReceivedMessages());

        clock.advance(settings.lease().plusSeconds(1));
        List<MimeMessage> second = deliverAndReceive();

        String messageId = jdbc.sql("SELECT message_id FROM mail_outbox WHERE id = ?").param(claimed.id())
                .query(String.class).single();
        assertThat(to(first, recipient, batch)).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(messageId));
        assertThat(to(second, recipient, batch)).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(messageId));
        assertThat(messageId).matches("<[0-9a-f]{40}\\.outbox@vendor\\.example>");
    }

    @Test
    void parallelRunsWithoutShedLockStillSendEachMailOnce() throws Exception {
        String batch = unique();
        List<String> recipients = IntStream.range(0, 30).mapToObj(i -> "p" + i + "-" + batch + "@partner.example").toList();
        enqueue(batch, recipients);
        purgeMailbox();

        CyclicBarrier start = new CyclicBarrier(3);
        List<CompletableFuture<Void>> runs = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.runAsync(() -> {
            await(start);
            deliveryJob.deliverDue();
        })).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        List<MimeMessage> received = List.of(greenMail.getReceivedMessages());
        for (String recipient : recipients) {
            assertThat(to(received, recipient, batch)).as(recipient).hasSize(1);
        }
        assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT' AND attempts = 1", batch + "%")).isEqualTo(30);
    }

    @Test
    void aDuplicateIdempotencyKeyIsIgnoredAndAMissingValueFailsTheEnqueue() {
        String batch = unique();
        enqueue(batch, List.of("dup-" + batch + "@partner.example"));
        enqueue(batch, List.of("dup-" + batch + "@partner.example"));
        assertThat(outboxRows("idempotency_key LIKE ?", batch + "%")).isEqualTo(1);

        OutgoingMail incomplete = new OutgoingMail(batch + "-incomplete", "x@partner.example", Locale.ENGLISH,
                NotificationMails.TEMPLATE, Map.of("subject", "s"), null, null);
        assertThatThrownBy(
                        () -> transaction.executeWithoutResult(status -> outbox.enqueue(incomplete)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{name}}");
        assertThat(outboxRows("idempotency_key = ?", batch + "-incomplete")).isZero();
    }

    private void enqueue(String batch, List<String> recipients) {
        transaction.executeWithoutResult(status -> {
            for (String recipient : recipients) {
                outbox.enqueue(new OutgoingMail(batch + "-" + recipient, recipient, Locale.ENGLISH,
                        NotificationMails.TEMPLATE, Map.of("subject", "Test " + batch, "name", "Tester",
                        "message", "Message for " + recipient, "reference", batch, "customerName", "Kunde GmbH"),
                        null, batch));
            }
        });
    }

    private Instant nextAttempt(String batch) {
        return jdbc.sql("SELECT next_attempt_at FROM mail_outbox WHERE idempotency_key LIKE ?").param(batch + "%")
                .query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
    }

    private static String unique() {
        return "T" + Unique.tag();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
