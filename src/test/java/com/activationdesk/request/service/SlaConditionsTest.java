package com.activationdesk.request.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaState;
import com.activationdesk.testdata.TestSla;
import org.junit.jupiter.api.Test;

/**
 * The SQL of SLA states and the clock's {@link SlaClock#stateAt} must put every clock into the same bucket. Default
 * calendar (Europe/Berlin, MON-FRI 00:00-24:00), target 48h, at risk 12h before due.
 */
class SlaConditionsTest {

    private static final BusinessCalendar CALENDAR = TestSla.CALENDAR;
    private static final SlaPolicy POLICY = TestSla.POLICY;

    private static final Instant MON_0900 = Instant.parse("2026-03-02T08:00:00Z"); // Mon 2 Mar 09:00 CET
    private static final Instant TUE_2100 = Instant.parse("2026-03-03T20:00:00Z"); // 36h after start: at risk
    private static final Instant WED_0900 = Instant.parse("2026-03-04T08:00:00Z"); // 48h after start: due

    private static SlaClock startedMonday() {
        SlaClock clock = new SlaClock();
        clock.start(MON_0900, POLICY);
        return clock;
    }

    /** The grid filters with SQL on the stored columns; stateAt must put every clock into the same bucket. */
    @Test
    void stateAgreesWithGridSqlPredicates() {
        SlaClock normal = startedMonday();
        SlaClock atRiskFromStart = new SlaClock();
        atRiskFromStart.start(MON_0900, new SlaPolicy(CALENDAR, Duration.ofHours(12), Duration.ofHours(24)));
        SlaClock resumedBreached = startedMonday();
        resumedBreached.pause(WED_0900.plusSeconds(60), POLICY);
        resumedBreached.resume(TUE_2100.plus(Duration.ofDays(2)), POLICY);

        for (SlaClock clock : List.of(normal, atRiskFromStart, resumedBreached)) {
            Stream.of(clock.getStartedAt(), clock.getAtRiskAt(), clock.getDueAt())
                    .flatMap(t -> Stream.of(t.minusNanos(1), t, t.plusNanos(1)))
                    .forEach(now -> assertThat(clock.stateAt(now)).as("at %s", now).isEqualTo(sqlState(clock, now)));
        }
    }

    private static SlaState sqlState(SlaClock c, Instant now) {
        if (c.getPhase() != SlaPhase.RUNNING) {
            return c.getPhase() == null ? null : SlaState.valueOf(c.getPhase().name());
        }
        if (c.getAtRiskAt().isAfter(now)) {
            return SlaState.ON_TRACK;
        }
        if (!c.getAtRiskAt().isAfter(now) && !now.isAfter(c.getDueAt())) {
            return SlaState.AT_RISK;
        }
        return now.isAfter(c.getDueAt()) ? SlaState.BREACHED : null;
    }

    /** All running states together are one index-friendly condition; nothing selected selects nothing. */
    @Test
    void allRunningStatesAreOneConditionAndNoStateIsFalse() {
        assertThat(SlaConditions.anyOf(EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED)))
                .isEqualTo("((r.sla_phase = 'RUNNING' AND r.sla_at_risk_at IS NOT NULL AND r.sla_due_at IS NOT NULL))");
        assertThat(SlaConditions.anyOf(EnumSet.of(SlaState.AT_RISK, SlaState.MET)))
                .isEqualTo("(" + SlaConditions.of(SlaState.AT_RISK) + " OR " + SlaConditions.of(SlaState.MET) + ")");
        assertThat(SlaConditions.anyOf(Set.of())).isEqualTo("FALSE");
    }
}
