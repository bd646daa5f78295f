package com.activationdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Working time for SLA clocks: on working days that are not holidays, the local interval
 * [workingHours.start, workingHours.end) in the configured zone. Intervals are converted to instants via
 * ZonedDateTime, so a 00:00-24:00 day at a DST change really is 23 h or 25 h long.
 * <p>
 * Holidays are the German nationwide public holidays plus {@code activationdesk.sla.extra-holidays};
 * regional ones (Epiphany, Corpus Christi, Reformation Day, All Saints' Day, ...) do not count.
 * <p>
 * Both calculations walk day by day (never minute by minute), so even months of working time cost only
 * a few hundred cheap iterations. They always terminate: WorkingDays guarantees at least one working
 * day per week, and holidays are finite.
 */
@Component
public class BusinessCalendar {

    private final ZoneId zone;
    private final SlaProperties.WorkingDays workingDays;
    private final SlaProperties.WorkingHours workingHours;
    private final Set<LocalDate> extraHolidays;
    private final HolidayManager holidayManager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final Map<Integer, Set<LocalDate>> nationalHolidaysByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(SlaProperties properties) {
        this.zone = properties.zone();
        this.workingDays = properties.workingDays();
        this.workingHours = properties.workingHours();
        this.extraHolidays = Set.copyOf(properties.extraHolidays());
    }

    /**
     * The earliest instant at which {@code amount} of working time has elapsed since {@code start}.
     * A zero amount returns {@code start} unchanged even outside working time: zero working time has
     * elapsed at {@code start} itself, and an already-due clock should not move to the next working day.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative, was " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        for (LocalDate day = localDate(start); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant from = latest(start, workingHours.startOn(day, zone));
            Instant until = workingHours.endOn(day, zone);
            if (from.isBefore(until)) {
                Duration available = Duration.between(from, until);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    /** Working time within [from, to); zero if {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant start = latest(from, workingHours.startOn(day, zone));
            Instant end = earliest(to, workingHours.endOn(day, zone));
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** A configured working day of the week that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !isHoliday(date);
    }

    /** A German nationwide public holiday or one of the configured extra holidays. */
    public boolean isHoliday(LocalDate date) {
        return extraHolidays.contains(date) || nationalHolidays(date.getYear()).contains(date);
    }

    private Set<LocalDate> nationalHolidays(int year) {
        // No state codes: only the holidays all German states share.
        return nationalHolidaysByYear.computeIfAbsent(year, y ->
                holidayManager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
                        .map(Holiday::getDate)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
