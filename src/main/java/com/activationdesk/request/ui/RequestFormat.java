package com.activationdesk.request.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.activationdesk.request.domain.RequestStatus;
import com.vaadin.flow.component.html.Span;

/**
 * How the request views write dates, durations, countries and statuses: in the viewer's language and (for
 * instants) time zone. One instance per rendering, because the browser's zone arrives after the view is built.
 */
final class RequestFormat {

    /** Used until (or unless) the browser tells its zone; also the business calendar's zone. */
    static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Berlin");
    static final String EMPTY = "—";

    private final Locale locale;
    private final ZoneId zone;

    RequestFormat(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String instant(Instant instant) {
        return instant == null ? EMPTY
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(instant.atZone(zone));
    }

    String date(LocalDate date) {
        return date == null ? EMPTY : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** "Germany (DE)" in the viewer's language; the code stays visible because that is what is stored. */
    String country(String code) {
        if (code == null || code.isBlank()) {
            return EMPTY;
        }
        return Locale.of("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    /** "Deutsch" / "English", each in its own language, as the tenant administrator would recognise it. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return EMPTY;
        }
        Locale language = Locale.of(code);
        return language.getDisplayLanguage(language);
    }

    /** "Name (role, via distributor), e-mail": how a first contact or responsible manager is named everywhere. */
    static String contact(String name, String roleLabel, String viaDistributor, String email) {
        return name + " (" + roleLabel + (viaDistributor == null ? "" : ", " + viaDistributor) + "), " + email;
    }

    static Span statusBadge(RequestStatus status, String text) {
        Span badge = new Span(text);
        badge.setId("status");
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
