package com.activationdesk.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.mail.OutboxStore.ClaimedMail;
import com.activationdesk.organization.PasswordResetLinkIssuer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mails. Each batch is claimed in a short transaction of its own (row locks with SKIP LOCKED,
 * a lease in {@code sending_until}, the attempt counted), then sent over SMTP outside any transaction, and each
 * mail is marked SENT right after its SMTP hand-over. A run that dies after claiming leaves the rows leased;
 * once the lease has expired, the next run takes them again. What that leaves open (a crash after SMTP
 * accepted a mail but before SENT was written) is described in docs/mail-outbox.md.
 */
@Component
class OutboxDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryJob.class);
    private static final int MAX_ERROR = 1000;
    static final String LINK_GONE = "Not sent: the invitation link was used, replaced by a resend or expired, "
            + "or the request no longer waits for activation";
    static final String RESET_LINK_GONE = "Not sent: the password reset link was used, replaced by a newer one or "
            + "expired, or the account was disabled";

    private final OutboxStore store;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final ActivationLinkIssuer activationLinks;
    private final PasswordResetLinkIssuer resetLinks;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Set when the application begins to close: a run stops after the mail in hand. */
    private volatile boolean closing;

    OutboxDeliveryJob(OutboxStore store, ObjectProvider<JavaMailSender> mailSenders, MailSettings settings,
                      ActivationLinkIssuer activationLinks, PasswordResetLinkIssuer resetLinks,
                      PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.activationLinks = activationLinks;
        this.resetLinks = resetLinks;
        this.mailSender = mailSenders.getIfAvailable(OutboxDeliveryJob::noMailServer);
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Delivers every mail due now, batch by batch, until a batch comes back smaller than the batch size, or the
     * application closes: a long backlog must not hold the shutdown until the connection pool is gone. Mails
     * claimed but not sent then stay leased and are taken again once the lease has expired. When the mail server
     * cannot be reached, the rest of the batch fails with it and the run ends: every further mail would fail the
     * same way, and trying a backlog of thousands one by one kept half a core busy for the whole outage.
     */
    @Scheduled(fixedDelayString = "${activationdesk.jobs.outbox-delay:PT10S}")
    @SchedulerLock(name = "outbox-delivery")
    public void deliverDue() {
        List<ClaimedMail> batch;
        do {
            batch = claim();
            for (int i = 0; i < batch.size(); i++) {
                if (closing) {
                    return;
                }
                Optional<String> unreachable = deliver(batch.get(i));
                if (unreachable.isPresent()) {
                    failUnreachable(batch.subList(i + 1, batch.size()), unreachable.get());
                    return;
                }
            }
        } while (batch.size() == settings.batchSize() && !closing);
    }

    @EventListener(ContextClosedEvent.class)
    void applicationClosing() {
        closing = true;
    }

    List<ClaimedMail> claim() {
        Instant now = clock.instant();
        return transaction.execute(status -> store.claimDue(now, now.plus(settings.lease()), settings.batchSize()));
    }

    /** @return the error when the mail server could not be reached at all, empty otherwise */
    Optional<String> deliver(ClaimedMail mail) {
        try {
            Optional<ClaimedMail> ready = withLink(mail);
            if (ready.isEmpty()) {
                abandon(mail);
                return Optional.empty();
            }
            send(ready.get());
        } catch (Exception e) {
            String error = describe(e);
            fail(mail, error);
            log.warn("Mail {} to {} failed (attempt {} of {}): {}", mail.id(), mail.recipient(), mail.attempts(),
                    settings.maxAttempts(), error);
            return serverUnreachable(e) ? Optional.of(error) : Optional.empty();
        }
        if (!store.markSent(mail, clock.instant())) {
            // Another run took the mail after our lease ran out (SMTP slower than the lease): it may go out twice.
            log.warn("Mail {} to {} was sent, but its lease had expired; it may be delivered twice", mail.id(),
                    mail.recipient());
        }
        return Optional.empty();
    }

    /** The claimed mails after the one that found the server unreachable: the same failed attempt, not tried. */
    private void failUnreachable(List<ClaimedMail> rest, String error) {
        String notTried = truncate("Not tried: the mail server could not be reached (" + error + ")");
        rest.forEach(mail -> fail(mail, notTried));
        if (!rest.isEmpty()) {
            log.warn("Mail server unreachable: {} further mails of this run wait for their next attempt", rest.size());
        }
    }

    private void fail(ClaimedMail mail, String error) {
        Instant next = clock.instant().plus(settings.backoffAfter(mail.attempts()));
        if (!store.markFailed(mail, error, next, settings.maxAttempts())) {
            log.warn("Failed attempt of mail {} not recorded: its lease was lost", mail.id());
        }
    }

    /**
     * Refused or unknown host, no route, wrong credentials: the server, not the mail, is the problem. A mail the
     * server rejects (an unknown recipient, say) arrives as a {@link jakarta.mail.SendFailedException} instead.
     */
    static boolean serverUnreachable(Exception e) {
        if (e instanceof MailAuthenticationException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An invitation or a password reset gets a freshly minted link (committed as a hash before SMTP); the raw link
     * lives only in the message sent. A retry mints again, which ends the link of the previous attempt.
     */
    private Optional<ClaimedMail> withLink(ClaimedMail mail) {
        MintedLink link = mail.link();
        if (link.invitationId() != null) {
            return activationLinks.issue(link.invitationId())
                    .map(url -> mail.withLink(InvitationMails.LINK_PLACEHOLDER, url));
        }
        if (link.passwordResetId() != null) {
            return resetLinks.issue(link.passwordResetId())
                    .map(url -> mail.withLink(PasswordResetMails.LINK_PLACEHOLDER, url));
        }
        return Optional.of(mail);
    }

    private void abandon(ClaimedMail mail) {
        boolean recorded = store.markAbandoned(mail, mail.link().invitationId() != null ? LINK_GONE : RESET_LINK_GONE);
        log.info("Mail {} to {} not sent: its link can no longer be used{}", mail.id(), mail.recipient(),
                recorded ? "" : " - lease lost, not recorded");
    }

    void send(ClaimedMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(settings.from());
        helper.setReplyTo(settings.replyTo());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        // A plain multipart/alternative (text first, HTML preferred): no attachments, so no mixed/related layers.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        // JavaMailSenderImpl keeps an explicitly set Message-ID instead of generating a new one per attempt.
        message.setHeader("Message-ID", mail.messageId());
        mailSender.send(message);
    }

    /**
     * No SMTP server: {@code spring.mail.host} is unset and no built-in catcher runs (profile {@code prod}, or a
     * jar without GreenMail). The start fails and names the setting, rather than queueing mails nobody sends.
     */
    private static JavaMailSender noMailServer() {
        throw new IllegalStateException("No mail server configured: set spring.mail.host (SPRING_MAIL_HOST) and, "
                + "as needed, spring.mail.port, spring.mail.username and spring.mail.password. "
                + "See docs/mail-outbox.md, section Configuration.");
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return truncate(text.toString());
    }

    private static String truncate(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }
}
