package com.activationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.activationdesk.testdata.TestSla;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Default calendar (Europe/Berlin, MON-FRI 00:00-24:00), target 48h, at risk 12h before due. Expected instants
 * are worked out by hand; in March 2026 before the 29th Berlin is CET = UTC+1.
 */
class SlaClockTest {

    private static final BusinessCalendar CALENDAR = TestSla.CALENDAR;
    private static final SlaPolicy POLICY = TestSla.POLICY;

    private static final Instant MON_0900 = Instant.parse("2026-03-02T08:00:00Z"); // Mon 2 Mar 09:00 CET
    private static final Instant TUE_0900 = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant TUE_2100 = Instant.parse("2026-03-03T20:00:00Z"); // 36h after start: at risk
    private static final Instant WED_0900 = Instant.parse("2026-03-04T08:00:00Z"); // 48h after start: due

    private static SlaClock startedMonday() {
        SlaClock clock = new SlaClock();
        clock.start(MON_0900, POLICY);
        return clock;
    }

    @Test
    void startSetsDueAndAtRiskInWorkingTime() {
        SlaClock clock = startedMonday();

        assertThat(clock.getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(clock.getStartedAt()).isEqualTo(MON_0900);
        assertThat(clock.getDueAt()).isEqualTo(WED_0900);
        assertThat(clock.getAtRiskAt()).isEqualTo(TUE_2100);
        assertThat(clock.workingTimeLeft(TUE_0900, POLICY)).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
            "2026-03-02T08:00:00Z, ON_TRACK",            // at start
            "2026-03-03T19:59:59.999999999Z, ON_TRACK",  // just before at-risk
            "2026-03-03T20:00:00Z, AT_RISK",             // at-risk instant itself
            "2026-03-04T07:59:59.999999999Z, AT_RISK",   // just before due
            "2026-03-04T08:00:00Z, AT_RISK",             // due instant itself still counts as in time
            "2026-03-04T08:00:00.000000001Z, BREACHED",  // just after due
            "2026-03-09T08:00:00Z, BREACHED"
    })
    void runningStateFollowsAtRiskAndDueInstants(Instant now, SlaState expected) {
        assertThat(startedMonday().stateAt(now)).isEqualTo(expected);
    }

    @Test
    void noClockHasNoStateAndNoTimeLeft() {
        SlaClock clock = new SlaClock();

        assertThat(clock.stateAt(MON_0900)).isNull();
        assertThat(clock.workingTimeLeft(MON_0900, POLICY)).isZero();
    }

    @Test
    void pauseFreezesRemainingAndResumeMovesDue() {
        SlaClock clock = startedMonday();
        clock.pause(TUE_0900, POLICY);

        assertThat(clock.getPhase()).isEqualTo(SlaPhase.PAUSED);
        assertThat(clock.getPausedAt()).isEqualTo(TUE_0900);
        assertThat(clock.stateAt(Instant.parse("2026-03-20T08:00:00Z"))).isEqualTo(SlaState.PAUSED);
        assertThat(clock.workingTimeLeft(Instant.parse("2026-03-20T08:00:00Z"), POLICY)).isEqualTo(Duration.ofHours(24));

        clock.resume(Instant.parse("2026-03-09T08:00:00Z"), POLICY); // Mon 9 Mar 09:00 CET, 24h left

        assertThat(clock.getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(clock.getPausedAt()).isNull();
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));    // Tue 10 Mar 09:00
        assertThat(clock.getAtRiskAt()).isEqualTo(Instant.parse("2026-03-09T20:00:00Z")); // Mon 9 Mar 21:00
        assertThat(clock.getStartedAt()).isEqualTo(MON_0900);
    }

    @Test
    void pauseDuringWeekendDoesNotMoveDue() {
        SlaClock clock = new SlaClock();
        clock.start(Instant.parse("2026-03-06T14:00:00Z"), POLICY); // Fri 6 Mar 15:00 CET
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z")); // Tue 10 Mar 15:00

        clock.pause(Instant.parse("2026-03-07T11:00:00Z"), POLICY);  // Sat 12:00: 24h Mon + 15h Tue left
        assertThat(clock.workingTimeLeft(Instant.parse("2026-03-07T11:00:00Z"), POLICY)).isEqualTo(Duration.ofHours(39));
        clock.resume(Instant.parse("2026-03-08T11:00:00Z"), POLICY); // Sun 12:00

        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
        assertThat(clock.getAtRiskAt()).isEqualTo(Instant.parse("2026-03-10T02:00:00Z")); // Tue 03:00: 12h before due
    }

    @Test
    void resumeWithLessThanAtRiskLeftIsAtRiskAtOnce() {
        SlaClock clock = startedMonday();
        clock.pause(Instant.parse("2026-03-04T02:00:00Z"), POLICY); // Wed 03:00 CET: 6h left
        Instant resumedAt = Instant.parse("2026-03-05T09:00:00Z"); // Thu 10:00 CET

        clock.resume(resumedAt, POLICY);

        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z")); // Thu 16:00
        assertThat(clock.getAtRiskAt()).isEqualTo(resumedAt);
        assertThat(clock.stateAt(resumedAt)).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void pausedAfterDueResumesBreached() {
        SlaClock clock = startedMonday();
        clock.pause(Instant.parse("2026-03-04T09:00:00Z"), POLICY); // Wed 10:00, one hour past due
        Instant resumedAt = Instant.parse("2026-03-05T08:00:00Z");

        assertThat(clock.workingTimeLeft(resumedAt, POLICY)).isZero();
        clock.resume(resumedAt, POLICY);

        assertThat(clock.getDueAt()).isEqualTo(resumedAt);
        assertThat(clock.stateAt(resumedAt.plusNanos(1))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void fractionOfASecondLeftIsRoundedUpSoResumeIsNotBreached() {
        SlaClock clock = startedMonday();
        clock.pause(WED_0900.minusMillis(500), POLICY);
        Instant resumedAt = Instant.parse("2026-03-05T08:00:00Z");

        clock.resume(resumedAt, POLICY);

        assertThat(clock.getDueAt()).isEqualTo(resumedAt.plusSeconds(1));
        assertThat(clock.stateAt(resumedAt)).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void stopBeforeOrAtDueIsMet() {
        SlaClock early = startedMonday();
        early.stop(TUE_0900, POLICY);
        SlaClock atDue = startedMonday();
        atDue.stop(WED_0900, POLICY);

        assertThat(early.getPhase()).isEqualTo(SlaPhase.MET);
        assertThat(early.getStoppedAt()).isEqualTo(TUE_0900);
        assertThat(early.stateAt(Instant.parse("2026-04-01T08:00:00Z"))).isEqualTo(SlaState.MET);
        assertThat(atDue.getPhase()).isEqualTo(SlaPhase.MET);
        assertThat(early.workingTimeLeft(TUE_0900, POLICY)).isZero();
    }

    @Test
    void cancelledClockHasNoState() {
        SlaClock clock = startedMonday();
        clock.pause(TUE_0900, POLICY);
        clock.cancel();

        assertThat(clock.stateAt(WED_0900)).isNull();
        assertThat(clock.workingTimeLeft(WED_0900, POLICY)).isZero();
    }

    @Test
    void stopAfterDueIsMissed() {
        SlaClock clock = startedMonday();
        clock.stop(WED_0900.plusSeconds(1), POLICY);

        assertThat(clock.getPhase()).isEqualTo(SlaPhase.MISSED);
        assertThat(clock.stateAt(WED_0900)).isEqualTo(SlaState.MISSED);
    }

    @Test
    void stoppingAPausedClockJudgesThePauseMoment() {
        SlaClock pausedInTime = startedMonday();
        pausedInTime.pause(TUE_0900, POLICY);
        pausedInTime.stop(Instant.parse("2026-03-20T08:00:00Z"), POLICY); // long after the old due date

        SlaClock pausedLate = startedMonday();
        pausedLate.pause(WED_0900.plusSeconds(60), POLICY);
        pausedLate.stop(Instant.parse("2026-03-20T08:00:00Z"), POLICY);

        assertThat(pausedInTime.getPhase()).isEqualTo(SlaPhase.MET);
        assertThat(pausedInTime.getPausedAt()).isNull();
        assertThat(pausedInTime.getStoppedAt()).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(pausedLate.getPhase()).isEqualTo(SlaPhase.MISSED);
    }

    @Test
    void stopRecordsTheWorkingTimeUsedWithoutWeekendsAndPauses() {
        SlaClock early = startedMonday();
        early.stop(TUE_0900, POLICY);
        SlaClock late = startedMonday();
        late.stop(WED_0900.plusSeconds(90), POLICY);
        SlaClock overWeekend = new SlaClock();
        overWeekend.start(Instant.parse("2026-03-06T08:00:00Z"), POLICY); // Fri 09:00
        overWeekend.stop(Instant.parse("2026-03-09T08:00:00Z"), POLICY); // Mon 09:00
        SlaClock withPause = startedMonday();
        withPause.pause(TUE_0900, POLICY); // 24 h used
        withPause.resume(Instant.parse("2026-03-05T08:00:00Z"), POLICY); // Thu 09:00, two working days later
        withPause.stop(Instant.parse("2026-03-05T14:00:00Z"), POLICY); // 6 h more
        SlaClock pausedLate = startedMonday();
        pausedLate.pause(WED_0900.plusSeconds(60), POLICY);
        pausedLate.stop(Instant.parse("2026-03-20T08:00:00Z"), POLICY);

        assertThat(early.getWorkingTime()).isEqualTo(Duration.ofHours(24));
        assertThat(late.getWorkingTime()).isEqualTo(Duration.ofHours(48).plusSeconds(90));
        assertThat(overWeekend.getWorkingTime()).isEqualTo(Duration.ofHours(24));
        assertThat(withPause.getWorkingTime()).isEqualTo(Duration.ofHours(30));
        assertThat(pausedLate.getWorkingTime()).isEqualTo(Duration.ofHours(48).plusSeconds(60));
        assertThat(startedMonday().getWorkingTime()).isNull();

        early.start(Instant.parse("2026-03-09T08:00:00Z"), POLICY); // a resend: a new clock, no figure yet
        assertThat(early.getWorkingTime()).isNull();
    }

    @Test
    void startingAgainReplacesTheClock() {
        SlaClock clock = startedMonday();
        clock.pause(TUE_0900, POLICY);

        clock.start(Instant.parse("2026-03-09T08:00:00Z"), POLICY); // resend on Mon 9 Mar 09:00

        assertThat(clock.getPhase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(clock.getStartedAt()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-11T08:00:00Z"));
        assertThat(clock.getPausedAt()).isNull();
        assertThat(clock.workingTimeLeft(Instant.parse("2026-03-09T08:00:00Z"), POLICY)).isEqualTo(Duration.ofHours(48));

        clock.stop(Instant.parse("2026-03-10T08:00:00Z"), POLICY);
        clock.start(Instant.parse("2026-03-16T08:00:00Z"), POLICY);
        assertThat(clock.getStoppedAt()).isNull();
        assertThat(clock.stateAt(Instant.parse("2026-03-16T08:00:00Z"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void atRiskBeforeNotShorterThanTargetIsAtRiskFromTheStart() {
        SlaClock clock = new SlaClock();
        clock.start(MON_0900, new SlaPolicy(CALENDAR, Duration.ofHours(12), Duration.ofHours(12)));

        assertThat(clock.getAtRiskAt()).isEqualTo(MON_0900);
        assertThat(clock.getDueAt()).isEqualTo(MON_0900.plus(Duration.ofHours(12)));
        assertThat(clock.stateAt(MON_0900)).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void illegalTransitionsAreRejected() {
        assertIllegal(new SlaClock(), c -> c.pause(TUE_0900, POLICY));
        assertIllegal(new SlaClock(), c -> c.resume(TUE_0900, POLICY));
        assertIllegal(new SlaClock(), c -> c.stop(TUE_0900, POLICY));
        assertIllegal(startedMonday(), c -> c.resume(TUE_0900, POLICY));

        SlaClock paused = startedMonday();
        paused.pause(TUE_0900, POLICY);
        assertIllegal(paused, c -> c.pause(TUE_2100, POLICY));

        SlaClock stopped = startedMonday();
        stopped.stop(TUE_0900, POLICY);
        assertIllegal(stopped, c -> c.pause(TUE_2100, POLICY));
        assertIllegal(stopped, c -> c.resume(TUE_2100, POLICY));
        assertIllegal(stopped, c -> c.stop(TUE_2100, POLICY));
    }

    private static void assertIllegal(SlaClock clock, Consumer<SlaClock> call) {
        assertThatIllegalStateException().isThrownBy(() -> call.accept(clock));
    }
}
