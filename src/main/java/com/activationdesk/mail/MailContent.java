package com.activationdesk.mail;

import java.time.Instant;

import org.springframework.web.util.HtmlUtils;

/**
 * What a mail says. Usually as stored in the outbox, where an invitation or a password reset has a placeholder
 * instead of its link (the link is never stored); outside production, for a mail the built-in SMTP catcher
 * received, the copy it received, with the working link.
 *
 * @param bodyRedactedAt when the retention job emptied the bodies, or {@code null}
 */
public record MailContent(long id, String subject, String text, String html, Instant bodyRedactedAt) {

    /** The mail with these labels where a stored invitation or password reset has the placeholder of its link. */
    public MailContent withLinksShownAs(String activationLabel, String resetLabel) {
        return new MailContent(id, subject,
                text.replace(InvitationMails.LINK_PLACEHOLDER, activationLabel)
                        .replace(PasswordResetMails.LINK_PLACEHOLDER, resetLabel),
                html.replace(InvitationMails.LINK_PLACEHOLDER, HtmlUtils.htmlEscape(activationLabel, "UTF-8"))
                        .replace(PasswordResetMails.LINK_PLACEHOLDER, HtmlUtils.htmlEscape(resetLabel, "UTF-8")),
                bodyRedactedAt);
    }
}
