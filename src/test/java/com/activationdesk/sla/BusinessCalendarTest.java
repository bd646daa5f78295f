package com.activationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All expected values are worked out by hand (day by day, noting CET = UTC+1 and CEST = UTC+2), not by
 * calling the code under test. Configurations: default = MON-FRI 00:00-24:00; all-week = MON-SUN
 * 00:00-24:00 (working time equals elapsed time, which makes DST and weekend holidays visible);
 * office = MON-FRI 08:00-17:00; extra = default plus extra holidays 24 and 31 Dec 2026;
 * gap = MON-SUN 02:30-12:00 (02:30 does not exist on 29 Mar 2026).
 */
class BusinessCalendarTest {

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "default", calendar("MON-FRI", "00:00-24:00"),
            "all-week", calendar("MON-SUN", "00:00-24:00"),
            "office", calendar("MON-FRI", "08:00-17:00"),
            "extra", calendar("MON-FRI", "00:00-24:00", LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31")),
            "gap", calendar("MON-SUN", "02:30-12:00"));

    private static final BusinessCalendar DEFAULT = CALENDARS.get("default");

    static BusinessCalendar calendar(String days, String hours, LocalDate... extraHolidays) {
        return new BusinessCalendar(new SlaProperties(ZoneId.of("Europe/Berlin"), SlaProperties.WorkingDays.parse(days),
                SlaProperties.WorkingHours.parse(hours), List.of(extraHolidays), Duration.ofHours(48), Duration.ofHours(12)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case (local times)                                                           | config   | start (UTC)          | amount  | expected (UTC)
            Mon 2 Mar 2026 09:00 CET + 48h -> Wed 4 Mar 09:00                              | default  | 2026-03-02T08:00:00Z | PT48H   | 2026-03-04T08:00:00Z
            Fri 6 Mar 15:00 CET + 48h: 9h Fri, 24h Mon -> Tue 10 Mar 15:00                 | default  | 2026-03-06T14:00:00Z | PT48H   | 2026-03-10T14:00:00Z
            Sat 7 Mar 10:00 CET: clock starts Mon 00:00 -> Wed 11 Mar 00:00 CET            | default  | 2026-03-07T09:00:00Z | PT48H   | 2026-03-10T23:00:00Z
            Sun 8 Mar 23:30 CET + 1h -> Mon 9 Mar 01:00                                    | default  | 2026-03-08T22:30:00Z | PT1H    | 2026-03-09T00:00:00Z
            Fri 6 Mar 00:00 CET + 24h ends Fri 24:00, not Mon                              | default  | 2026-03-05T23:00:00Z | PT24H   | 2026-03-06T23:00:00Z
            New Year Thu 1 Jan 2026: Wed 31 Dec 12:00 CET + 24h -> Fri 2 Jan 12:00         | default  | 2025-12-31T11:00:00Z | PT24H   | 2026-01-02T11:00:00Z
            Easter 2026: Thu 2 Apr 12:00 CEST + 24h -> Tue 7 Apr 12:00                     | default  | 2026-04-02T10:00:00Z | PT24H   | 2026-04-07T10:00:00Z
            Good Friday 3 Apr 2026 alone: Thu 2 Apr 12:00 CEST + 24h -> Sat 4 Apr 12:00    | all-week | 2026-04-02T10:00:00Z | PT24H   | 2026-04-04T10:00:00Z
            Easter Monday 6 Apr 2026 alone: Sun 5 Apr 12:00 CEST + 24h -> Tue 7 Apr 12:00  | all-week | 2026-04-05T10:00:00Z | PT24H   | 2026-04-07T10:00:00Z
            Labour Day Fri 1 May 2026: Thu 30 Apr 12:00 CEST + 24h -> Mon 4 May 12:00      | default  | 2026-04-30T10:00:00Z | PT24H   | 2026-05-04T10:00:00Z
            Ascension Thu 14 May 2026: Wed 13 May 12:00 CEST + 24h -> Fri 15 May 12:00     | default  | 2026-05-13T10:00:00Z | PT24H   | 2026-05-15T10:00:00Z
            Whit Monday 25 May 2026: Fri 22 May 12:00 CEST + 24h -> Tue 26 May 12:00       | default  | 2026-05-22T10:00:00Z | PT24H   | 2026-05-26T10:00:00Z
            Unity Day Sat 3 Oct 2026: Fri 2 Oct 12:00 CEST + 24h -> Sun 4 Oct 12:00        | all-week | 2026-10-02T10:00:00Z | PT24H   | 2026-10-04T10:00:00Z
            Christmas Fri 25 Dec 2026: Thu 24 Dec 12:00 CET + 24h -> Mon 28 Dec 12:00      | default  | 2026-12-24T11:00:00Z | PT24H   | 2026-12-28T11:00:00Z
            25 + 26 Dec 2026 (Fri/Sat): Thu 24 Dec 12:00 CET + 24h -> Sun 27 Dec 12:00     | all-week | 2026-12-24T11:00:00Z | PT24H   | 2026-12-27T11:00:00Z
            Wed 23 Dec 2026 10:00 CET + 48h: 14h Wed, 24h Thu -> Mon 28 Dec 10:00          | default  | 2026-12-23T09:00:00Z | PT48H   | 2026-12-28T09:00:00Z
            Mon 21 Dec 2026 09:00 CET + 120h -> Tue 29 Dec 09:00                           | default  | 2026-12-21T08:00:00Z | PT120H  | 2026-12-29T08:00:00Z
            Year boundary: Wed 30 Dec 2026 10:00 CET + 48h -> Mon 4 Jan 2027 10:00         | default  | 2026-12-30T09:00:00Z | PT48H   | 2027-01-04T09:00:00Z
            New Year Fri 1 Jan 2027: Thu 31 Dec 12:00 CET + 24h -> Mon 4 Jan 12:00         | default  | 2026-12-31T11:00:00Z | PT24H   | 2027-01-04T11:00:00Z
            Easter 2027 + DST: Thu 25 Mar 12:00 CET + 24h -> Tue 30 Mar 12:00 CEST         | default  | 2027-03-25T11:00:00Z | PT24H   | 2027-03-30T10:00:00Z
            Good Friday 26 Mar 2027 alone: Thu 25 Mar 12:00 CET + 24h -> Sat 27 Mar 12:00  | all-week | 2027-03-25T11:00:00Z | PT24H   | 2027-03-27T11:00:00Z
            Easter Monday 29 Mar 2027 alone: Sun 28 Mar 12:00 CEST + 24h -> Tue 30 Mar     | all-week | 2027-03-28T10:00:00Z | PT24H   | 2027-03-30T10:00:00Z
            Labour Day Sat 1 May 2027: Fri 30 Apr 12:00 CEST + 24h -> Sun 2 May 12:00      | all-week | 2027-04-30T10:00:00Z | PT24H   | 2027-05-02T10:00:00Z
            Ascension Thu 6 May 2027: Wed 5 May 12:00 CEST + 24h -> Fri 7 May 12:00        | default  | 2027-05-05T10:00:00Z | PT24H   | 2027-05-07T10:00:00Z
            Whit Monday 17 May 2027: Fri 14 May 12:00 CEST + 24h -> Tue 18 May 12:00       | default  | 2027-05-14T10:00:00Z | PT24H   | 2027-05-18T10:00:00Z
            Unity Day Sun 3 Oct 2027: Sat 2 Oct 12:00 CEST + 24h -> Mon 4 Oct 12:00        | all-week | 2027-10-02T10:00:00Z | PT24H   | 2027-10-04T10:00:00Z
            25 + 26 Dec 2027 (Sat/Sun): Fri 24 Dec 12:00 CET + 24h -> Mon 27 Dec 12:00     | all-week | 2027-12-24T11:00:00Z | PT24H   | 2027-12-27T11:00:00Z
            DST start, Mon-Fri: Fri 27 Mar 2026 15:00 CET + 48h -> Tue 31 Mar 15:00 CEST   | default  | 2026-03-27T14:00:00Z | PT48H   | 2026-03-31T13:00:00Z
            DST start, all week: Fri 27 Mar 15:00 CET + 48h -> Sun 29 Mar 16:00 CEST       | all-week | 2026-03-27T14:00:00Z | PT48H   | 2026-03-29T14:00:00Z
            DST start, all week: Sun 29 Mar 00:00 CET + 24h (23h day) -> Mon 01:00 CEST    | all-week | 2026-03-28T23:00:00Z | PT24H   | 2026-03-29T23:00:00Z
            DST end, Mon-Fri: Fri 23 Oct 2026 15:00 CEST + 48h -> Tue 27 Oct 15:00 CET     | default  | 2026-10-23T13:00:00Z | PT48H   | 2026-10-27T14:00:00Z
            DST end, all week: Fri 23 Oct 15:00 CEST + 48h -> Sun 25 Oct 14:00 CET        | all-week | 2026-10-23T13:00:00Z | PT48H   | 2026-10-25T13:00:00Z
            DST end, all week: Sun 25 Oct 00:00 CEST + 24h (25h day) -> Sun 23:00 CET      | all-week | 2026-10-24T22:00:00Z | PT24H   | 2026-10-25T22:00:00Z
            DST gap: Sat 28 Mar 13:00 CET + 1h, Sun starts 03:30 CEST -> 04:30 CEST        | gap      | 2026-03-28T12:00:00Z | PT1H    | 2026-03-29T02:30:00Z
            Epiphany Tue 6 Jan 2026 is worked: Mon 5 Jan 12:00 CET + 24h -> Tue 12:00      | default  | 2026-01-05T11:00:00Z | PT24H   | 2026-01-06T11:00:00Z
            Corpus Christi Thu 4 Jun 2026 is worked: Wed 12:00 CEST + 24h -> Thu 12:00     | default  | 2026-06-03T10:00:00Z | PT24H   | 2026-06-04T10:00:00Z
            Reformation Sat 31 Oct + All Saints Sun 1 Nov 2026 are worked: Fri 12:00 + 48h | all-week | 2026-10-30T11:00:00Z | PT48H   | 2026-11-01T11:00:00Z
            All Saints Mon 1 Nov 2027 is worked: Mon 12:00 CET + 24h -> Tue 2 Nov 12:00    | default  | 2027-11-01T11:00:00Z | PT24H   | 2027-11-02T11:00:00Z
            Office: Mon 2 Mar 16:00 CET + 2h -> Tue 09:00                                  | office   | 2026-03-02T15:00:00Z | PT2H    | 2026-03-03T08:00:00Z
            Office: Mon 06:30 (before 08:00) + 2h -> Mon 10:00                             | office   | 2026-03-02T05:30:00Z | PT2H    | 2026-03-02T09:00:00Z
            Office: Mon 18:00 (after 17:00) + 2h -> Tue 10:00                              | office   | 2026-03-02T17:00:00Z | PT2H    | 2026-03-03T09:00:00Z
            Office: Fri 6 Mar 16:00 + 2h -> Mon 9 Mar 09:00                                | office   | 2026-03-06T15:00:00Z | PT2H    | 2026-03-09T08:00:00Z
            Office: Mon 08:00 + 9h ends Mon 17:00, not Tue 08:00                           | office   | 2026-03-02T07:00:00Z | PT9H    | 2026-03-02T16:00:00Z
            Office: Mon 2 Mar 09:00 + 48h: 8h + 4 x 9h + 4h -> Mon 9 Mar 12:00             | office   | 2026-03-02T08:00:00Z | PT48H   | 2026-03-09T11:00:00Z
            Office over DST: Fri 27 Mar 16:00 CET + 2h -> Mon 30 Mar 09:00 CEST            | office   | 2026-03-27T15:00:00Z | PT2H    | 2026-03-30T07:00:00Z
            Office, 10 days: Mon 5 Oct 2026 08:00 CEST + 90h -> Fri 16 Oct 17:00           | office   | 2026-10-05T06:00:00Z | PT90H   | 2026-10-16T15:00:00Z
            Extra 24 + 31 Dec: Wed 23 Dec 2026 10:00 + 48h -> Tue 29 Dec 10:00             | extra    | 2026-12-23T09:00:00Z | PT48H   | 2026-12-29T09:00:00Z
            Extra 24 + 31 Dec: Wed 30 Dec 2026 10:00 + 48h -> Tue 5 Jan 2027 10:00         | extra    | 2026-12-30T09:00:00Z | PT48H   | 2027-01-05T09:00:00Z
            10 weeks across Easter, 1 May, Ascension: Mon 2 Mar 09:00 -> Fri 15 May 09:00  | default  | 2026-03-02T08:00:00Z | PT1200H | 2026-05-15T07:00:00Z
            4 weeks across Christmas + New Year: Mon 7 Dec 2026 09:00 -> Wed 6 Jan 2027    | default  | 2026-12-07T08:00:00Z | PT480H  | 2027-01-06T08:00:00Z
            """)
    void addsWorkingTime(String description, String config, Instant start, Duration amount, Instant expected) {
        BusinessCalendar calendar = CALENDARS.get(config);

        assertThat(calendar.addWorkingTime(start, amount)).isEqualTo(expected);
        // Consistency: exactly `amount` lies between start and the result, and the result is the earliest such instant.
        assertThat(calendar.workingTimeBetween(start, expected)).isEqualTo(amount);
        assertThat(calendar.workingTimeBetween(start, expected.minusNanos(1))).isLessThan(amount);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case (local times)                                           | config   | from (UTC)           | to (UTC)             | expected
            Mon 2 Mar 2026 00:00 CET -> Mon 9 Mar 00:00: five days         | default  | 2026-03-01T23:00:00Z | 2026-03-08T23:00:00Z | PT120H
            Weekend Sat 7 + Sun 8 Mar 2026                                 | default  | 2026-03-06T23:00:00Z | 2026-03-08T23:00:00Z | PT0S
            Two weeks from Mon 30 Mar 2026 lose Good Friday, Easter Monday | default  | 2026-03-29T22:00:00Z | 2026-04-12T22:00:00Z | PT192H
            Christmas 25 + 26 Dec 2026                                     | default  | 2026-12-24T23:00:00Z | 2026-12-26T23:00:00Z | PT0S
            Year 2026: 261 weekdays - 7 weekday holidays = 254 days        | default  | 2025-12-31T23:00:00Z | 2026-12-31T23:00:00Z | PT6096H
            Mon 21 Dec 2026 -> Mon 4 Jan 2027: 8 days                      | default  | 2026-12-20T23:00:00Z | 2027-01-03T23:00:00Z | PT192H
            Same span with extra holidays 24 + 31 Dec: 6 days              | extra    | 2026-12-20T23:00:00Z | 2027-01-03T23:00:00Z | PT144H
            Sun 29 Mar 2026 has 23 h                                       | all-week | 2026-03-28T23:00:00Z | 2026-03-29T22:00:00Z | PT23H
            Sun 25 Oct 2026 has 25 h                                       | all-week | 2026-10-24T22:00:00Z | 2026-10-25T23:00:00Z | PT25H
            DST gap: Sun 29 Mar 2026 works 03:30-12:00 CEST                | gap      | 2026-03-28T23:00:00Z | 2026-03-29T22:00:00Z | PT8H30M
            Office: Mon 06:00 -> 20:00 CET counts 08:00-17:00              | office   | 2026-03-02T05:00:00Z | 2026-03-02T19:00:00Z | PT9H
            Office: Fri 16:30 -> Mon 08:30 CET                             | office   | 2026-03-06T15:30:00Z | 2026-03-09T07:30:00Z | PT1H
            to before from                                                 | default  | 2026-03-04T08:00:00Z | 2026-03-02T08:00:00Z | PT0S
            to equals from                                                 | default  | 2026-03-02T08:00:00Z | 2026-03-02T08:00:00Z | PT0S
            """)
    void measuresWorkingTimeBetween(String description, String config, Instant from, Instant to, Duration expected) {
        assertThat(CALENDARS.get(config).workingTimeBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T08:00:00Z", "2026-03-07T09:00:00Z"}) // Mon 09:00 and Sat 10:00 CET
    void addingZeroReturnsStartInsideAndOutsideWorkingTime(Instant start) {
        assertThat(DEFAULT.addWorkingTime(start, Duration.ZERO)).isEqualTo(start);
    }

    @Test
    void rejectsNegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULT.addWorkingTime(Instant.parse("2026-03-02T08:00:00Z"), Duration.ofHours(-1)))
                .withMessageContaining("negative");
    }

    @Test
    void holidaysOf2026AreExactlyTheNationwideOnes() {
        assertThat(holidaysOf(2026)).containsExactly(
                "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
                "2026-05-25", "2026-10-03", "2026-12-25", "2026-12-26");
    }

    @Test
    void holidaysOf2027AreExactlyTheNationwideOnes() {
        assertThat(holidaysOf(2027)).containsExactly(
                "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06",
                "2027-05-17", "2027-10-03", "2027-12-25", "2027-12-26");
    }

    private static List<String> holidaysOf(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(DEFAULT::isHoliday).map(LocalDate::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-01-06", // Epiphany (BW, BY, ST)
            "2026-03-08", // International Women's Day (BE, MV)
            "2026-04-05", // Easter Sunday (BB only)
            "2026-05-24", // Whit Sunday (BB only)
            "2026-06-04", // Corpus Christi (BW, BY, HE, NW, RP, SL)
            "2026-08-15", // Assumption (SL, parts of BY)
            "2026-09-20", // Children's Day (TH)
            "2026-10-31", // Reformation Day (northern and eastern states)
            "2026-11-01", // All Saints' Day (BW, BY, NW, RP, SL)
            "2026-11-18"  // Repentance and Prayer Day (SN)
    })
    void regionalHolidaysAreNotHolidays(LocalDate date) {
        assertThat(DEFAULT.isHoliday(date)).isFalse();
    }

    @Test
    void workingDayNeedsConfiguredWeekdayAndNoHoliday() {
        assertThat(DEFAULT.isWorkingDay(LocalDate.parse("2026-03-02"))).isTrue();  // Monday
        assertThat(DEFAULT.isWorkingDay(LocalDate.parse("2026-01-06"))).isTrue();  // Tuesday, regional holiday only
        assertThat(DEFAULT.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
        assertThat(DEFAULT.isWorkingDay(LocalDate.parse("2026-04-03"))).isFalse(); // Good Friday
        assertThat(CALENDARS.get("all-week").isWorkingDay(LocalDate.parse("2026-03-07"))).isTrue();
    }

    @Test
    void extraHolidaysCountOnlyWhereConfigured() {
        LocalDate christmasEve = LocalDate.parse("2026-12-24");
        assertThat(CALENDARS.get("extra").isHoliday(christmasEve)).isTrue();
        assertThat(CALENDARS.get("extra").isWorkingDay(christmasEve)).isFalse();
        assertThat(DEFAULT.isHoliday(christmasEve)).isFalse();
    }
}
