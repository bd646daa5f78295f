package com.activationdesk.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SlaPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SlaConfiguration.class, BusinessCalendar.class);

    @Test
    void defaults() {
        runner.run(context -> {
            SlaProperties properties = context.getBean(SlaProperties.class);
            assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(properties.workingDays().days()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
            assertThat(properties.workingHours()).isEqualTo(new SlaProperties.WorkingHours(Duration.ZERO, Duration.ofHours(24)));
            assertThat(properties.extraHolidays()).isEmpty();
            assertThat(properties.target()).isEqualTo(Duration.ofHours(48));
            assertThat(properties.atRiskBefore()).isEqualTo(Duration.ofHours(12));
            assertThat(context.getBean(SlaPolicy.class).target()).isEqualTo(Duration.ofHours(48));
        });
    }

    @Test
    void bindsConfiguredValues() {
        runner.withPropertyValues(
                        "activationdesk.sla.zone=UTC",
                        "activationdesk.sla.working-days=MON,WED",
                        "activationdesk.sla.working-hours=08:00-17:00",
                        "activationdesk.sla.extra-holidays=2026-12-24,2026-12-31",
                        "activationdesk.sla.target=2d",
                        "activationdesk.sla.at-risk-before=4h")
                .run(context -> {
                    SlaProperties properties = context.getBean(SlaProperties.class);
                    assertThat(properties.zone()).isEqualTo(ZoneId.of("UTC"));
                    assertThat(properties.workingDays().days()).containsExactly(MONDAY, WEDNESDAY);
                    assertThat(properties.workingHours())
                            .isEqualTo(new SlaProperties.WorkingHours(Duration.ofHours(8), Duration.ofHours(17)));
                    assertThat(properties.extraHolidays())
                            .containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
                    assertThat(properties.target()).isEqualTo(Duration.ofDays(2));
                    assertThat(properties.atRiskBefore()).isEqualTo(Duration.ofHours(4));
                });
    }

    @Test
    void bindsRangeOfWorkingDaysAndIndexedHolidays() {
        runner.withPropertyValues(
                        "activationdesk.sla.working-days=MON-FRI",
                        "activationdesk.sla.extra-holidays[0]=2026-12-24")
                .run(context -> {
                    SlaProperties properties = context.getBean(SlaProperties.class);
                    assertThat(properties.workingDays().days()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
                    assertThat(properties.extraHolidays()).containsExactly(LocalDate.parse("2026-12-24"));
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            MON-FRI           | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY
            MON,WED           | MONDAY,WEDNESDAY
            mon, Wednesday    | MONDAY,WEDNESDAY
            SUN-TUE           | MONDAY,TUESDAY,SUNDAY
            MON-WED,FRI       | MONDAY,TUESDAY,WEDNESDAY,FRIDAY
            MON-SUN           | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY
            """)
    void parsesWorkingDays(String text, String expected) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : expected.split(",")) {
            days.add(DayOfWeek.valueOf(name));
        }
        assertThat(SlaProperties.WorkingDays.parse(text).days()).isEqualTo(days);
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            working-hours  | 17:00-08:00 | start < end
            working-hours  | 08:00-08:00 | start < end
            working-hours  | 08:00-00:00 | start < end
            working-hours  | 08:00       | HH:mm-HH:mm
            working-hours  | 8h-17h      | Invalid time
            working-days   | MON-FUN     | Unknown day 'FUN'
            working-days   | MON-WED-FRI | Invalid day range
            zone           | Mars/Olympus| Mars/Olympus
            target         | 0h          | must be positive
            at-risk-before | -1h         | must not be negative
            extra-holidays | 24.12.2026  | 24.12.2026
            """)
    void invalidValueFailsStartupNamingTheProperty(String property, String value, String reason) {
        runner.withPropertyValues("activationdesk.sla." + property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("activationdesk.sla." + property, reason);
        });
    }

    @Test
    void noWorkingDayIsRejectedBecauseNoWorkingTimeCouldEverElapse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlaProperties.WorkingDays(Set.of()))
                .withMessage("Working days must name at least one day");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
