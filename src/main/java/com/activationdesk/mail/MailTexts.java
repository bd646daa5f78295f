package com.activationdesk.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.activationdesk.base.i18n.TranslationProvider;
import com.activationdesk.sla.SlaProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts that go into mail models, in the recipient's language, from the mail bundle. Instants are shown in the
 * business time zone (Europe/Berlin by default) with the zone named: the recipients' own time zones are unknown.
 */
@Component
class MailTexts {

    private final MessageSource messages;
    private final ZoneId zone;

    MailTexts(MessageSource messages, SlaProperties slaProperties) {
        this.messages = messages;
        this.zone = slaProperties.zone();
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, TranslationProvider.supported(locale));
    }

    /** E.g. "Thursday, 10 December 2026, 09:00 CET (Europe/Berlin)". */
    String dateTime(Instant instant, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        return DateTimeFormatter.ofPattern(text("mail.datetime-pattern", supported), supported)
                .format(instant.atZone(zone));
    }

    static Locale locale(String language) {
        return TranslationProvider.supported(language == null ? null : Locale.forLanguageTag(language));
    }
}
