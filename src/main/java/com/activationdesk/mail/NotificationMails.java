package com.activationdesk.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.activationdesk.base.domain.Sha256;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.service.RequestParticipants.Participants;
import com.activationdesk.request.service.RequestParticipants.Person;
import org.springframework.stereotype.Component;

/** Turns a {@link Notice} for one person into an outbox mail (template {@code notification}) in their language. */
@Component
class NotificationMails {

    static final String TEMPLATE = "notification";
    private static final int MAX_KEY = 200;

    private final MailOutbox outbox;
    private final MailTexts texts;
    private final MailSettings settings;
    private final AppUserRepository users;

    NotificationMails(MailOutbox outbox, MailTexts texts, MailSettings settings, AppUserRepository users) {
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.users = users;
    }

    /** Every enabled Cloud Ops user: the team shares one queue, so everybody hears of new work. */
    List<Person> cloudOps() {
        return users.findByRoleAndEnabledTrueOrderByDisplayName(Role.CLOUD_OPS).stream()
                .map(user -> new Person(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage()))
                .toList();
    }

    /**
     * Enqueues the notice in the caller's transaction. Message arguments: {0} reference, {1} customer,
     * {2} partner, {3} distributor, {4} tenant administrator's e-mail, {5} {@code when} as date and time,
     * {6} the sender address.
     *
     * @param keyPrefix what makes the mail unique apart from the recipient, e.g. request, action, status, time
     * @param comment   the transition's comment, shown if the notice has a label for it; may be {@code null}
     * @param when      the instant the message names (expiry, due time); may be {@code null}
     */
    void send(Notice notice, Person recipient, Participants request, String keyPrefix, String comment, Instant when) {
        Locale locale = MailTexts.locale(recipient.language());
        Object[] arguments = {request.reference(), orDash(request.customerName()), orDash(request.partnerName()),
                orDash(request.distributorName()), orDash(request.adminEmail()),
                when == null ? "-" : texts.dateTime(when, locale), settings.from()};
        Map<String, Object> model = new HashMap<>();
        model.put("subject", texts.text(notice.subjectKey(), locale, arguments));
        model.put("name", recipient.name());
        model.put("message", texts.text(notice.messageKey(), locale, arguments));
        model.put("reference", request.reference());
        model.put("customerName", orDash(request.customerName()));
        if (notice.commentLabelKey() != null && comment != null && !comment.isBlank()) {
            model.put("commentLabel", texts.text(notice.commentLabelKey(), locale));
            model.put("comment", comment);
        }
        if (notice.withSpamAdvice()) {
            model.put("advice", texts.text("mail.notice.spam-advice", locale, settings.from()));
        }
        outbox.enqueue(new OutgoingMail(key(keyPrefix, recipient.email()), recipient.email(), locale, TEMPLATE,
                model, request.requestId(), request.reference()));
    }

    /** prefix-recipient; a very long address is replaced by its hash to stay within the key column. */
    static String key(String prefix, String recipient) {
        String key = prefix + "-" + recipient;
        return key.length() <= MAX_KEY ? key : prefix + "-" + Sha256.hex(recipient);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
