package com.activationdesk.base.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/** Shows instants in the viewer's time zone (from the browser), falling back to the business zone. */
public final class ClientTime {

    public static final ZoneId FALLBACK = ZoneId.of("Europe/Berlin");

    private ClientTime() {
    }

    /** The browser's zone id as a zone; empty for a missing or unknown id, so callers keep their fallback. */
    public static Optional<ZoneId> parse(String timeZoneId) {
        if (timeZoneId == null || timeZoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZoneId));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return FALLBACK;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        return details == null ? FALLBACK : parse(details.getTimeZoneId()).orElse(FALLBACK);
    }

    /** Short date and time in the viewer's zone and language, with the zone's abbreviation; empty for null. */
    public static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone())) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone()));
    }
}
