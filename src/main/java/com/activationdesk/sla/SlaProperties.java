package com.activationdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA settings under {@code activationdesk.sla}. Every check fails start-up with a message naming the
 * property, so a typo in the configuration cannot silently produce wrong due dates.
 *
 * @param zone          zone in which working days and hours are interpreted
 * @param workingDays   e.g. {@code MON-FRI} or {@code MON,TUE,WED}
 * @param workingHours  daily working interval {@code HH:mm-HH:mm}; {@code 24:00} is the end of the day
 * @param extraHolidays company holidays (ISO dates) on top of the German nationwide public holidays
 * @param target        working time from start until the SLA is due
 * @param atRiskBefore  the clock counts as at risk once only this much working time is left
 */
@ConfigurationProperties("activationdesk.sla")
public record SlaProperties(
        @DefaultValue("Europe/Berlin") ZoneId zone,
        @DefaultValue("MON-FRI") WorkingDays workingDays,
        @DefaultValue("00:00-24:00") WorkingHours workingHours,
        @DefaultValue List<LocalDate> extraHolidays,
        @DefaultValue("48h") Duration target,
        @DefaultValue("12h") Duration atRiskBefore) {

    public SlaProperties {
        if (!target.isPositive()) {
            throw new IllegalArgumentException("activationdesk.sla.target must be positive, was " + target);
        }
        if (atRiskBefore.isNegative()) {
            throw new IllegalArgumentException("activationdesk.sla.at-risk-before must not be negative, was " + atRiskBefore);
        }
        extraHolidays = List.copyOf(extraHolidays);
    }

    /**
     * The days of the week with working time. A value type rather than a plain {@code Set<DayOfWeek>}: Spring
     * Boot binds collections element by element, which would split {@code MON,WED} but never expand {@code MON-FRI}.
     */
    public record WorkingDays(Set<DayOfWeek> days) {

        public WorkingDays {
            // Without any working day no working time ever elapses: the calendar would search forever.
            if (days.isEmpty()) {
                throw new IllegalArgumentException("Working days must name at least one day");
            }
            days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        }

        public boolean contains(DayOfWeek day) {
            return days.contains(day);
        }

        /**
         * Parses a comma-separated list of days or day ranges ({@code MON-FRI}, {@code MON,WED}, {@code SAT-MON});
         * days are three-letter abbreviations or full English names, case-insensitive. A range wraps around the
         * week, so {@code SUN-THU} works for a Sunday-to-Thursday week.
         */
        public static WorkingDays parse(String text) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String part : text.split(",")) {
                String[] range = part.split("-", -1);
                if (range.length > 2) {
                    throw new IllegalArgumentException("Invalid day range '" + part.trim() + "' in '" + text + "'");
                }
                DayOfWeek first = day(range[0], text);
                DayOfWeek last = range.length == 2 ? day(range[1], text) : first;
                for (DayOfWeek d = first; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == last) {
                        break;
                    }
                }
            }
            return new WorkingDays(days);
        }

        private static DayOfWeek day(String token, String text) {
            String name = token.trim().toUpperCase(Locale.ROOT);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equals(name) || d.name().substring(0, 3).equals(name)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("Unknown day '" + token.trim() + "' in '" + text + "', expected MON..SUN");
        }
    }

    /**
     * The daily working interval [start, end) as offsets from local midnight. Offsets rather than
     * {@link LocalTime} because the end may be 24:00, which {@code LocalTime} cannot represent.
     */
    public record WorkingHours(Duration start, Duration end) {

        private static final Duration DAY = Duration.ofHours(24);

        public WorkingHours {
            if (start.isNegative() || end.compareTo(DAY) > 0 || start.compareTo(end) >= 0) {
                throw new IllegalArgumentException(
                        "Working hours need 00:00 <= start < end <= 24:00, got " + format(start) + "-" + format(end));
            }
        }

        /** Parses {@code HH:mm-HH:mm}, e.g. {@code 08:00-17:00} or {@code 00:00-24:00}. */
        public static WorkingHours parse(String text) {
            String[] parts = text.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Working hours must look like HH:mm-HH:mm, got '" + text + "'");
            }
            return new WorkingHours(offset(parts[0], text), offset(parts[1], text));
        }

        private static Duration offset(String time, String text) {
            String t = time.trim();
            if (t.equals("24:00")) {
                return DAY;
            }
            try {
                return Duration.ofSeconds(LocalTime.parse(t).toSecondOfDay());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid time '" + t + "' in working hours '" + text + "'", e);
            }
        }

        /** Start of working time on {@code day}; a start inside a DST gap moves forward, as ZonedDateTime does. */
        Instant startOn(LocalDate day, ZoneId zone) {
            // LocalDateTime arithmetic is wall-clock time, so DST only enters in atZone().
            return day.atStartOfDay().plus(start).atZone(zone).toInstant();
        }

        Instant endOn(LocalDate day, ZoneId zone) {
            return day.atStartOfDay().plus(end).atZone(zone).toInstant();
        }

        private static String format(Duration offset) {
            return "%02d:%02d".formatted(offset.toHours(), offset.toMinutesPart());
        }

        @Override
        public String toString() {
            return format(start) + "-" + format(end);
        }
    }
}
