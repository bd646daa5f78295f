package com.activationdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.activationdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar the running application uses (the bean in the shared test context, not one built by hand):
 * Europe/Berlin, Monday to Friday, whole days, bound from {@code activationdesk.sla.*} with their defaults.
 */
@IntegrationTest
class BusinessCalendarBeanTest {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    SlaProperties properties;
    @Autowired
    SlaPolicy policy;

    @Test
    void applicationPropertiesBindToTheDefaults() {
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(properties.workingDays().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(properties.workingHours()).hasToString("00:00-24:00");
        assertThat(properties.extraHolidays()).isEmpty();
        assertThat(properties.target()).isEqualTo(Duration.ofHours(48));
        assertThat(properties.atRiskBefore()).isEqualTo(Duration.ofHours(12));
        // the services' policy uses this very calendar bean
        assertThat(policy.calendar()).isSameAs(calendar);
        assertThat(policy.target()).isEqualTo(properties.target());
    }

    @Test
    void theCalendarBeanCountsMondayToFridayInBerlin() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 4))).isTrue();   // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();  // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse(); // Christmas Day, a Friday

        // Friday 23:30 in Berlin is 22:30 UTC; one working hour later it is Monday 00:30 in Berlin. A UTC
        // calendar would answer Friday 23:30 UTC instead.
        assertThat(calendar.addWorkingTime(Instant.parse("2026-12-04T22:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-06T23:30:00Z"));
        // Saturday 00:00 to Monday 00:00 in Berlin: no working time at all
        assertThat(calendar.workingTimeBetween(Instant.parse("2026-12-04T23:00:00Z"), Instant.parse("2026-12-06T23:00:00Z")))
                .isZero();
        // a whole Berlin working day is 24 hours (00:00-24:00)
        assertThat(calendar.workingTimeBetween(Instant.parse("2026-12-06T23:00:00Z"), Instant.parse("2026-12-07T23:00:00Z")))
                .isEqualTo(Duration.ofHours(24));
    }
}
