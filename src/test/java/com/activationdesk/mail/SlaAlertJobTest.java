package com.activationdesk.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.SlaWatchJob;
import com.activationdesk.testdata.TestRequest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA alerts to Cloud Ops ({@link SlaWatchJob} publishes, mail sends): at risk and breached, each once per clock,
 * again for the new clock of a resend.
 */
class SlaAlertJobTest extends MailIntegrationTest {

    @Autowired
    SlaWatchJob slaAlerts;
    @Autowired
    RequestService requests;

    @Test
    void atRiskAndBreachAlertOncePerClockAndAResendStartsANewClock() throws Exception {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).withAdminLanguage("de").form()));
        String ref = draft.reference();
        String customer = draft.data().company().name();
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> requests.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM1, () -> requests.forwardToCloudOps(draft.id(),
                submitted.version(), new ForwardChecklist(true, true), null));
        // 48 working hours from Monday 09:00 Berlin: due Wednesday 09:00, at risk 12 h before (Tuesday 21:00)
        assertThat(forwarded.slaDueAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
        deliverAndReceive();

        clock.set(Instant.parse("2026-12-08T19:59:59Z"));
        slaAlerts.publishDue();
        assertThat(to(deliverAndReceive(), OPS1, ref)).as("not at risk yet").isEmpty();

        clock.set(Instant.parse("2026-12-08T20:00:00Z"));
        runConcurrently(3, slaAlerts::publishDue); // several runs at once still alert once
        List<MimeMessage> mails = deliverAndReceive();
        assertThat(to(mails, OPS1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": SLA gefährdet für " + customer);
            assertThat(mail.text()).contains("Guten Tag Olga Operations,",
                    "fällig bis Mittwoch, 9. Dezember 2026, 09:00 Uhr MEZ (Europe/Berlin)");
        });
        assertThat(to(mails, OPS2, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": SLA at risk for " + customer);
            assertThat(mail.text()).contains("due by Wednesday, 9 December 2026, 09:00 CET (Europe/Berlin)");
        });

        clock.set(Instant.parse("2026-12-09T08:00:00Z")); // the due instant itself is still in time
        slaAlerts.publishDue();
        assertThat(to(deliverAndReceive(), OPS1, ref)).as("at risk was alerted already; not breached yet").isEmpty();

        clock.set(Instant.parse("2026-12-09T08:00:01Z"));
        slaAlerts.publishDue();
        slaAlerts.publishDue();
        mails = deliverAndReceive();
        assertThat(subjects(to(mails, OPS1, ref))).containsExactly(ref + ": SLA verletzt für " + customer);
        assertThat(subjects(to(mails, OPS2, ref))).containsExactly(ref + ": SLA breached for " + customer);
        clock.advance(Duration.ofHours(4));
        slaAlerts.publishDue();
        assertThat(to(deliverAndReceive(), OPS2, ref)).as("breach alerted once").isEmpty();

        // Late invitation, then the CAM asks for a resend: a new 48-hour clock from Wednesday 14:00 Berlin.
        RequestDetails invited = runAs.as(OPS2, () -> requests.provisionAndInvite(draft.id(), forwarded.version(), "t-9"));
        clock.set(Instant.parse("2026-12-09T13:00:00Z"));
        RequestDetails resend = runAs.as(CAM1, () -> requests.requestResend(draft.id(),
                invited.version(), "customer lost the link"));
        assertThat(resend.slaDueAt()).isEqualTo(Instant.parse("2026-12-11T13:00:00Z"));
        deliverAndReceive(); // the resend notification itself
        clock.set(Instant.parse("2026-12-11T01:00:00Z")); // Friday 02:00 Berlin: 12 working hours left
        slaAlerts.publishDue();
        assertThat(subjects(to(deliverAndReceive(), OPS2, ref))).containsExactly(ref + ": SLA at risk for " + customer);

        assertThat(jdbc.sql("SELECT kind FROM sla_notification WHERE request_id = ? ORDER BY notified_at, kind")
                .param(draft.id()).query(String.class).list()).containsExactly("AT_RISK", "BREACHED", "AT_RISK");
    }

    @Test
    void aPausedClockDoesNotAlert() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).withAdminLanguage("en").form()));
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> requests.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM1, () -> requests.forwardToCloudOps(draft.id(),
                submitted.version(), new ForwardChecklist(true, true), null));
        runAs.as(OPS1, () -> requests.askManager(draft.id(), forwarded.version(), "Which site?"));
        deliverAndReceive(); // the arrival notification to Cloud Ops

        clock.set(Instant.parse("2026-12-10T08:00:00Z")); // past the original due instant, but paused
        slaAlerts.publishDue();
        assertThat(to(deliverAndReceive(), OPS1, draft.reference())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_notification WHERE request_id = ?").param(draft.id())
                .query(Long.class).single()).isZero();
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(MailIntegrationTest::subject).toList();
    }

    static void runConcurrently(int threads, Runnable work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<CompletableFuture<Void>> runs = IntStream.range(0, threads).mapToObj(i -> CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            work.run();
        })).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
    }
}
