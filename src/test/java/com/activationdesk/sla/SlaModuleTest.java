package com.activationdesk.sla;

import java.time.Duration;
import java.time.Instant;

import com.activationdesk.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The SLA module alone: the configured calendar and policy move a clock, with no table and no other module. */
@ModuleTest
class SlaModuleTest {

    @Autowired
    SlaPolicy policy;

    @Test
    void theConfiguredPolicyStartsAClockDueAfterTheTargetInWorkingTime() {
        Instant mondayMorning = Instant.parse("2026-03-02T08:00:00Z"); // Mon 09:00 Berlin
        SlaClock clock = new SlaClock();
        clock.start(mondayMorning, policy);
        assertThat(policy.target()).isEqualTo(Duration.ofHours(48));
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
        assertThat(clock.stateAt(mondayMorning)).isEqualTo(SlaState.ON_TRACK);
    }
}
