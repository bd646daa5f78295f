package com.activationdesk.testdata;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;

/** The default SLA of PROCESS.md for tests without Spring: Berlin, Monday to Friday whole days, 48 h, at risk at 12 h. */
public final class TestSla {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Duration TARGET = Duration.ofHours(48);
    public static final Duration AT_RISK_BEFORE = Duration.ofHours(12);
    public static final BusinessCalendar CALENDAR = new BusinessCalendar(new SlaProperties(ZONE,
            SlaProperties.WorkingDays.parse("MON-FRI"), SlaProperties.WorkingHours.parse("00:00-24:00"), List.of(),
            TARGET, AT_RISK_BEFORE));
    public static final SlaPolicy POLICY = new SlaPolicy(CALENDAR, TARGET, AT_RISK_BEFORE);

    private TestSla() {
    }
}
