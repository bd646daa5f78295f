package com.activationdesk.mail;

import java.time.Clock;
import java.util.Locale;

import com.activationdesk.base.domain.Sha256;
import com.activationdesk.base.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send a mail: store it, rendered, in the caller's transaction. If that transaction rolls back,
 * the mail was never there; if it commits, {@link OutboxDeliveryJob} delivers it, however often SMTP fails in
 * between. A mail whose idempotency key exists already is silently ignored.
 */
@Service
public class MailOutbox {

    private final MailTemplates templates;
    private final OutboxStore store;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(MailTemplates templates, OutboxStore store, MailSettings settings, Clock clock) {
        this.templates = templates;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Must run inside the business transaction: without one, an enqueue could outlive a rolled-back change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        store(mail, MintedLink.NONE);
    }

    /**
     * An invitation mail, rendered with {@link InvitationMails#LINK_PLACEHOLDER} for the link: the delivery job
     * asks the invitation module for the link of {@code invitationId} when it sends the mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueueInvitation(OutgoingMail mail, long invitationId) {
        store(mail, MintedLink.invitation(invitationId));
    }

    /**
     * A password reset mail, rendered with {@link PasswordResetMails#LINK_PLACEHOLDER} for the link: the delivery
     * job asks the organisation module for the link of {@code resetId} when it sends the mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueuePasswordReset(OutgoingMail mail, long resetId) {
        store(mail, MintedLink.passwordReset(resetId));
    }

    private void store(OutgoingMail mail, MintedLink link) {
        Locale locale = TranslationProvider.supported(mail.locale());
        RenderedMail rendered = templates.render(mail.template(), locale, mail.model());
        store.insertIfAbsent(mail, rendered, locale.toLanguageTag(), messageId(mail.idempotencyKey()), link,
                clock.instant());
    }

    /**
     * The Message-ID every attempt of this mail carries: a hash of the idempotency key at the sender's domain.
     * A copy delivered again after a crash has the same Message-ID, so mail clients and the mail log can tell.
     */
    String messageId(String idempotencyKey) {
        String domain = settings.from().substring(settings.from().lastIndexOf('@') + 1);
        return "<" + Sha256.hex(idempotencyKey).substring(0, 40) + ".outbox@" + domain + ">";
    }
}
