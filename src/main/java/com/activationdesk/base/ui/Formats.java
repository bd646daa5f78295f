package com.activationdesk.base.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How every view writes dates, times, numbers, countries and languages: in the viewer's language and (for instants) the
 * zone {@link ViewerTime} chose. One instance per rendering, because the browser's zone may arrive later.
 */
public final class Formats {

    /** What an empty value shows. */
    public static final String EMPTY = "—";

    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Date and time, for pages that name their zone once (a "times in …" note). */
    public String dateTime(Instant instant) {
        return instant == null ? EMPTY
                : latinSpaces(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).format(instant.atZone(zone)));
    }

    /** Date and time with the zone's abbreviation, for cells and lines that stand alone. */
    public String dateTimeWithZone(Instant instant) {
        return instant == null ? EMPTY
                : dateTime(instant) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone));
    }

    /** The date of an instant in this zone, as {@link #date(LocalDate)} writes it. */
    public String date(Instant instant) {
        return instant == null ? EMPTY : date(instant.atZone(zone).toLocalDate());
    }

    /** The time of day with the zone's abbreviation: below {@link #date(Instant)} where a cell has two lines. */
    public String timeWithZone(Instant instant) {
        return instant == null ? EMPTY
                : latinSpaces(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                        .format(instant.atZone(zone))) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone));
    }

    /**
     * A log line's time, to the second: the same date and time as everywhere else, only with seconds; the views
     * name the zone in the column header with {@link #zoneName()}.
     */
    public String timestamp(Instant instant) {
        return instant == null ? EMPTY
                : latinSpaces(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                        .withLocale(locale).format(instant.atZone(zone)));
    }

    /**
     * CLDR puts a narrow no-break space before "PM"; a plain no-break space looks the same and also keeps the time
     * on one line. It matters for memory: Flow keeps each tab's last response as a String, and one character beyond
     * Latin-1 in it makes Java store the whole response at two bytes per character.
     */
    private static String latinSpaces(String formatted) {
        return formatted.replace('\u202F', '\u00A0');
    }

    /** The zone as headers and notes name it, e.g. "Mitteleuropäische Zeit": right in summer and winter alike. */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    public String date(LocalDate date) {
        return date == null ? EMPTY : DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
    }

    /**
     * The pattern of a date alone in {@code locale} ("MMM d, y", "dd.MM.y"): what {@link #date} writes and what
     * date pickers show ({@link DatePickers}), so a date looks the same in a field and in the text beside it.
     */
    public static String datePattern(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null, IsoChronology.INSTANCE,
                locale);
    }

    /** A month as charts label it, e.g. "Dec 26". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yy", locale).format(month);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A measure such as hours, to one decimal at most. */
    public String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String country(String code) {
        return country(code, locale);
    }

    /** "Germany (DE)" in the viewer's language; the code stays visible because that is what is stored. */
    public static String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return EMPTY;
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** "Deutsch" / "English", each in its own language, as the person it describes would recognise it. */
    public static String language(String code) {
        if (code == null || code.isBlank()) {
            return EMPTY;
        }
        Locale language = Locale.of(code);
        return language.getDisplayLanguage(language);
    }
}
