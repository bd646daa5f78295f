package com.activationdesk.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.activationdesk.invitation.domain.InvitationToken;
import com.activationdesk.invitation.service.InvalidLinkException;
import com.activationdesk.invitation.service.InvitationExpiryJob;
import com.activationdesk.invitation.service.LinkState;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.invitation.InvitedRequests.CONSENT;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The link clock's records: secret, hashed, 72 hours, single use, replaced by a resend. */
class InvitationLinkTest extends InvitedRequestTestSupport {

    @Autowired
    InvitationExpiryJob expiryJob;

    @Override
    Instant start() {
        return MONDAY_0900;
    }

    @Test
    void theLinkCarriesA256BitRandomTokenAndTheDatabaseOnlyItsHash() {
        InvitedRequests.Invited invited = fixtures.invite();
        InvitationMailDue mail = invited.mail();
        String token = invited.token();

        // No server in this test context: the configured port (the real one once a server has started).
        assertThat(invited.activationUrl()).isEqualTo("http://localhost:8080/activate/" + token);
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32); // 256 bits >= 128
        assertThat(fixtures.invite().token()).isNotEqualTo(token);
        assertThat(mail.recipientEmail()).isEqualTo(invited.adminEmail());
        assertThat(mail.recipientLanguage()).isEqualTo("de");
        assertThat(mail.recipientName()).isEqualTo("Erika Mustermann");
        assertThat(mail.customerName()).isEqualTo(invited.request().data().company().name());
        assertThat(mail.partnerName()).isEqualTo("Nordlicht Systemhaus GmbH");
        assertThat(mail.requestedByName()).isEqualTo("Nordlicht One");
        assertThat(mail.reference()).isEqualTo(invited.request().reference());
        assertThat(mail.expiresAt()).isEqualTo(MONDAY_0900.plus(Duration.ofHours(72)))
                .isEqualTo(invited.request().invitationExpiresAt());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM invitation WHERE id = ?", mail.invitationId());
        assertThat(row.get("token_hash")).isEqualTo(InvitationToken.hash(token));
        assertThat(row.get("token_hash").toString()).matches("[0-9a-f]{64}");
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE token_hash = ?", Long.class, token))
                .isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE comment LIKE ? OR changes LIKE ?""", Long.class,
                "%" + token + "%", "%" + token + "%")).isZero();
        assertThat(invitations.check(token)).isEqualTo(LinkState.LIVE);
        assertThat(invitations.findLive(token)).hasValueSatisfying(live -> {
            assertThat(live.requestId()).isEqualTo(invited.id());
            assertThat(live.adminEmail()).isEqualTo(invited.adminEmail());
            assertThat(live.partnerName()).isEqualTo("Nordlicht Systemhaus GmbH");
        });
    }

    @Test
    void theSecretIsMintedOnlyAtDeliveryAndEachDeliveryAttemptReplacesThePreviousLink() {
        RequestSteps steps = new RequestSteps(requestService, runAs, clock);
        RequestDetails invited = steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        long invitationId = events.stream(InvitationMailDue.class)
                .filter(mail -> mail.requestId() == invited.id()).findFirst().orElseThrow().invitationId();
        assertThat(jdbc.queryForObject("SELECT token_hash FROM invitation WHERE id = ?", String.class, invitationId))
                .as("no link exists before the mail is handed to SMTP").isNull();

        clock.advance(Duration.ofHours(2)); // e.g. SMTP was down: the link still ends 72 h after Cloud Ops sent it
        String firstAttempt = token(links.issue(invitationId).orElseThrow());
        String secondAttempt = token(links.issue(invitationId).orElseThrow());

        assertThat(secondAttempt).isNotEqualTo(firstAttempt);
        assertThat(invitations.check(firstAttempt)).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.findLive(secondAttempt)).hasValueSatisfying(live ->
                assertThat(live.expiresAt()).isEqualTo(MONDAY_0900.plus(Duration.ofHours(72))));
        assertThat(jdbc.queryForObject("SELECT token_hash FROM invitation WHERE id = ?", String.class, invitationId))
                .isEqualTo(InvitationToken.hash(secondAttempt));
    }

    @Test
    void noLinkIsMintedForAnInvitationThatCanNoLongerBeUsed() {
        InvitedRequests.Invited replaced = fixtures.invite();
        InvitedRequests.Invited resent = fixtures.resend(replaced.request());
        assertThat(links.issue(replaced.mail().invitationId())).as("superseded").isEmpty();
        assertThat(invitations.check(resent.token())).isEqualTo(LinkState.LIVE);

        activation.activate(resent.token(), PASSWORD, PASSWORD, CONSENT);
        assertThat(links.issue(resent.mail().invitationId())).as("used").isEmpty();

        InvitedRequests.Invited expired = fixtures.invite();
        clock.set(expired.mail().expiresAt());
        assertThat(links.issue(expired.mail().invitationId())).as("expired").isEmpty();
        assertThat(invitations.check(expired.token())).as("the delivered link stays what it was")
                .isEqualTo(LinkState.EXPIRED);

        clock.set(MONDAY_0900);
        InvitedRequests.Invited resendRequested = fixtures.invite();
        runAs.run(CAM1, () -> requestService.requestResend(resendRequested.id(), resendRequested.request().version(),
                "wrong address"));
        assertThat(links.issue(resendRequested.mail().invitationId())).as("request no longer waiting").isEmpty();
        assertThat(invitations.check(resendRequested.token())).isEqualTo(LinkState.REQUEST_NOT_WAITING);
    }

    @Test
    void aResendKillsTheOldLinkAndOnlyTheNewOneActivates() {
        InvitedRequests.Invited first = fixtures.invite();
        clock.advance(Duration.ofHours(5));
        InvitedRequests.Invited second = fixtures.resend(first.request());

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(invitations.check(first.token())).isEqualTo(LinkState.SUPERSEDED);
        assertThat(invitations.findLive(first.token())).isEmpty();
        assertThat(invitations.check(second.token())).isEqualTo(LinkState.LIVE);
        assertThat(second.mail().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        Map<String, Object> old = jdbc.queryForMap("SELECT superseded_at, superseded_by_id FROM invitation WHERE id = ?",
                first.mail().invitationId());
        assertThat(((Number) old.get("superseded_by_id")).longValue()).isEqualTo(second.mail().invitationId());
        assertThat(old.get("superseded_at")).isNotNull();

        assertThatThrownBy(() -> activation.activate(first.token(), PASSWORD, PASSWORD, CONSENT))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(activation.activate(second.token(), PASSWORD, PASSWORD, CONSENT)).isEqualTo(first.adminEmail());
        assertThat(status(first.id())).isEqualTo(RequestStatus.ACTIVATED);
    }

    @Test
    void theLinkDiesExactly72HoursAfterSending() {
        InvitedRequests.Invited invited = fixtures.invite();
        Instant expiry = MONDAY_0900.plus(Duration.ofHours(72)); // Thursday 09:00 Berlin, wall-clock

        clock.set(expiry);
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT))
                .isInstanceOf(InvalidLinkException.class);

        clock.set(expiry.minusNanos(1));
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.LIVE);
        assertThat(activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT)).isEqualTo(invited.adminEmail());
        assertThat(status(invited.id())).isEqualTo(RequestStatus.ACTIVATED);
    }

    @Test
    void theExpiryJobMovesTheRequestOnceTheLinkIsDead() {
        InvitedRequests.Invited invited = fixtures.invite();
        clock.advance(Duration.ofHours(72).minusSeconds(1));
        expiryJob.expireDueInvitations();
        assertThat(status(invited.id())).isEqualTo(RequestStatus.INVITATION_SENT);

        clock.advance(Duration.ofSeconds(1));
        expiryJob.expireDueInvitations();
        assertThat(status(invited.id())).isEqualTo(RequestStatus.INVITATION_EXPIRED);
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.EXPIRED);
        assertThat(runAs.as(CAM1, () -> requestService.timeline(invited.id())).getLast().action())
                .isEqualTo("EXPIRE_INVITATION");
    }

    @Test
    void aLinkWorksOnlyOnce() {
        InvitedRequests.Invited invited = fixtures.invite();
        activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);

        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> activation.activate(invited.token(), "another-pass-2026", "another-pass-2026", CONSENT))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email = ?", Long.class,
                invited.adminEmail())).isEqualTo(1);
    }

    @Test
    void ofTwoParallelActivationsExactlyOneWins() throws Exception {
        InvitedRequests.Invited invited = fixtures.invite();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> activate = () -> {
            start.await();
            return activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(activate), pool.submit(activate)));
            start.countDown();
            List<String> won = new ArrayList<>();
            List<Throwable> lost = new ArrayList<>();
            for (Future<String> result : results) {
                try {
                    won.add(result.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            assertThat(won).containsExactly(invited.adminEmail());
            assertThat(lost).singleElement().isInstanceOf(InvalidLinkException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(status(invited.id())).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email = ?", Long.class,
                invited.adminEmail())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ? AND action = 'ACTIVATE'",
                Long.class, invited.id())).isEqualTo(1);
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        fixtures.invite();
        String neverIssued = InvitationToken.generate();
        assertThat(invitations.check(neverIssued)).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.check("not-a-token")).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.check("")).isEqualTo(LinkState.UNKNOWN);
        assertThat(invitations.findLive(neverIssued)).isEmpty();
        assertThatThrownBy(() -> activation.activate(neverIssued, PASSWORD, PASSWORD, CONSENT))
                .isInstanceOf(InvalidLinkException.class).hasMessage("activation.link.invalid");
    }

    @Test
    void whileAResendIsRequestedTheOldLinkCannotActivate() {
        InvitedRequests.Invited invited = fixtures.invite();
        runAs.run(CAM1, () -> requestService.requestResend(invited.id(), invited.request().version(), "lost the mail"));
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.REQUEST_NOT_WAITING);
        assertThatThrownBy(() -> activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(status(invited.id())).isEqualTo(RequestStatus.RESEND_REQUESTED);
    }

    private static String token(String activationUrl) {
        return activationUrl.substring(activationUrl.lastIndexOf('/') + 1);
    }

    private RequestStatus status(long requestId) {
        return runAs.as(NORDLICHT_USER1, () -> requestService.get(requestId).status());
    }
}
