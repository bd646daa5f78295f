package com.activationdesk.invitation.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as the invitation pages show them: Central European time, as in the vendor's process (PROCESS.md). */
final class DateTimes {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private DateTimes() {
    }

    static String format(Instant instant, Locale locale) {
        return instant == null ? "—" : FORMAT.withLocale(locale).withZone(ZONE).format(instant);
    }
}
