package com.activationdesk.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 8, "2026-12-05 20:00 MEZ" beside "05.12.26 UTC" on one page: every way a view writes a date (alone,
 * with the time, with seconds, with the zone) writes the day the same way in each language, and a zone is either the
 * abbreviation of the instant's zone or its full name, never another zone's.
 */
class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant WINTER_EVENING = Instant.parse("2026-12-05T19:00:00Z");
    private static final Instant SUMMER_EVENING = Instant.parse("2026-07-05T18:00:00Z");

    @Test
    void germanWritesEveryDateTheSameWay() {
        Formats formats = new Formats(Locale.GERMAN, BERLIN);

        assertThat(formats.date(LocalDate.of(2026, 12, 5))).isEqualTo("05.12.2026");
        assertThat(formats.dateTime(WINTER_EVENING)).isEqualTo("05.12.2026, 20:00");
        assertThat(formats.dateTimeWithZone(WINTER_EVENING)).isEqualTo("05.12.2026, 20:00 MEZ");
        assertThat(formats.dateTimeWithZone(SUMMER_EVENING)).isEqualTo("05.07.2026, 20:00 MESZ");
        assertThat(formats.timestamp(WINTER_EVENING)).isEqualTo("05.12.2026, 20:00:00");
        assertThat(formats.zoneName()).isEqualTo("Mitteleuropäische Zeit");
    }

    @Test
    void englishWritesEveryDateTheSameWay() {
        Formats formats = new Formats(Locale.ENGLISH, BERLIN);

        assertThat(formats.date(LocalDate.of(2026, 12, 5))).isEqualTo("Dec 5, 2026");
        assertThat(formats.dateTime(WINTER_EVENING)).isEqualTo("Dec 5, 2026, 8:00\u00A0PM");
        assertThat(formats.dateTimeWithZone(WINTER_EVENING)).isEqualTo("Dec 5, 2026, 8:00\u00A0PM CET");
        assertThat(formats.timestamp(WINTER_EVENING)).isEqualTo("Dec 5, 2026, 8:00:00\u00A0PM");
        assertThat(formats.zoneName()).isEqualTo("Central European Time");
    }

    @Test
    void theBrowsersZoneIsNamedForItsOwnInstants() {
        Formats formats = new Formats(Locale.GERMAN, ZoneId.of("UTC"));

        assertThat(formats.dateTimeWithZone(WINTER_EVENING)).isEqualTo("05.12.2026, 19:00 UTC");
    }
}
