package com.activationdesk.request.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaState;
import org.springframework.modulith.NamedInterface;

/**
 * SLA states as SQL over the clock's columns in {@code activation_request} (table alias {@code r}), comparing with
 * the parameter {@code :slaNow} (UTC). The clock ({@link SlaClock}) only knows time arithmetic; the table it is
 * embedded in is the request's, so the SQL lives here. It must agree exactly with {@link SlaClock#stateAt}.
 */
@NamedInterface("filter")
public final class SlaConditions {

    /** The states of a running clock; which one depends on the time. */
    private static final Set<SlaState> RUNNING_STATES = EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);

    private SlaConditions() {
    }

    /**
     * Any of {@code states} as SQL (see {@link #of(SlaState)}). ON_TRACK, AT_RISK and BREACHED together are every
     * running clock whatever the time, written as such: an OR of three ranges would hide from MariaDB that the
     * rows can be read in due order from the index (docs/query-plans.md).
     */
    public static String anyOf(Set<SlaState> states) {
        List<String> conditions = new ArrayList<>();
        Set<SlaState> rest = EnumSet.noneOf(SlaState.class);
        rest.addAll(states);
        if (rest.containsAll(RUNNING_STATES)) {
            rest.removeAll(RUNNING_STATES);
            // each running clock with both instants is in exactly one of the three, at any :slaNow
            conditions.add("(r.sla_phase = 'RUNNING' AND r.sla_at_risk_at IS NOT NULL AND r.sla_due_at IS NOT NULL)");
        }
        rest.stream().sorted().map(SlaConditions::of).forEach(conditions::add);
        return conditions.isEmpty() ? "FALSE" : "(" + String.join(" OR ", conditions) + ")";
    }

    /** One state as plain range conditions on indexed columns: no recomputation job is needed. */
    public static String of(SlaState state) {
        return switch (state) {
            case ON_TRACK -> "(r.sla_phase = 'RUNNING' AND r.sla_at_risk_at > :slaNow)";
            case AT_RISK -> "(r.sla_phase = 'RUNNING' AND r.sla_at_risk_at <= :slaNow AND r.sla_due_at >= :slaNow)";
            case BREACHED -> "(r.sla_phase = 'RUNNING' AND r.sla_due_at < :slaNow)";
            case PAUSED -> "r.sla_phase = 'PAUSED'";
            case MET -> "r.sla_phase = 'MET'";
            case MISSED -> "r.sla_phase = 'MISSED'";
        };
    }
}
