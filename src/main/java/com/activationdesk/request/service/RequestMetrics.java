package com.activationdesk.request.service;

import com.activationdesk.base.metrics.CachedSnapshot;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.sla.SlaState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests per status ({@code activationdesk.requests}) and per SLA state ({@code activationdesk.requests.sla}).
 * Statuses come from the trigger-kept {@code request_total}; MET and MISSED from the trigger-kept weekly verdicts;
 * only the running and paused clocks are counted live, over the SLA indexes (docs/trigger-kept-counts.md).
 */
@Component
class RequestMetrics implements MeterBinder {

    private static final String SLA_STATE = "CASE WHEN " + SlaConditions.of(SlaState.BREACHED) + " THEN 'BREACHED' WHEN "
            + SlaConditions.of(SlaState.AT_RISK) + " THEN 'AT_RISK' WHEN " + SlaConditions.of(SlaState.ON_TRACK)
            + " THEN 'ON_TRACK' ELSE 'PAUSED' END";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final CachedSnapshot<Map<RequestStatus, Long>> statuses;
    private final CachedSnapshot<Map<SlaState, Long>> slaStates;

    RequestMetrics(NamedParameterJdbcTemplate jdbc, Clock clock,
                   @Value("${activationdesk.metrics.max-age:PT30S}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statuses = new CachedSnapshot<>(this::countStatuses, maxAge, clock);
        this.slaStates = new CachedSnapshot<>(this::countSlaStates, maxAge, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RequestStatus status : RequestStatus.values()) {
            Gauge.builder("activationdesk.requests", statuses, s -> s.get().getOrDefault(status, 0L))
                    .description("Requests in this status").tag("status", status.name()).register(registry);
        }
        for (SlaState state : SlaState.values()) {
            Gauge.builder("activationdesk.requests.sla", slaStates, s -> s.get().getOrDefault(state, 0L))
                    .description("Requests whose invitation SLA is in this state").tag("state", state.name())
                    .register(registry);
        }
    }

    private Map<RequestStatus, Long> countStatuses() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        jdbc.getJdbcTemplate().query("SELECT status, SUM(requests) FROM request_total GROUP BY status",
                rs -> {
                    counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private Map<SlaState, Long> countSlaStates() {
        Map<SlaState, Long> counts = new EnumMap<>(SlaState.class);
        EnumSet.allOf(SlaState.class).forEach(state -> counts.put(state, 0L));
        var now = new MapSqlParameterSource("slaNow", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        jdbc.query("SELECT " + SLA_STATE + " AS state, COUNT(*) FROM activation_request r"
                + " WHERE r.sla_phase IN ('RUNNING', 'PAUSED') GROUP BY state", now, rs -> {
                    counts.put(SlaState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        jdbc.getJdbcTemplate().query("SELECT sla_phase, SUM(requests) FROM request_sla_week"
                + " WHERE sla_phase IN ('MET', 'MISSED') GROUP BY sla_phase", rs -> {
            counts.put(SlaState.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }
}
