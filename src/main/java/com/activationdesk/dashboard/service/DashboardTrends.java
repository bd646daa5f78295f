package com.activationdesk.dashboard.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.request.service.RequestConditions;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaProperties;
import com.activationdesk.sla.SlaState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' series over calendar time in the business zone: SLA performance per week of the invitation
 * (Cloud Ops) and activations per month (administrator). Both read trigger-kept counts over all requests, which is
 * exactly those roles' scope. Runs in the caller's read-only transaction ({@link DashboardService}).
 */
@Component
class DashboardTrends {

    private final NamedParameterJdbcTemplate jdbc;
    private final RequestConditions conditions;
    private final Clock clock;
    private final ZoneId zone;

    DashboardTrends(NamedParameterJdbcTemplate jdbc, RequestConditions conditions, Clock clock,
                    SlaProperties slaProperties) {
        this.jdbc = jdbc;
        this.conditions = conditions;
        this.clock = clock;
        this.zone = slaProperties.zone();
    }

    /**
     * MET and MISSED per week of the invitation from the trigger-kept counts (changeset 017), then the median
     * working time of each week as the middle one or two entries of the index ordered by working time within the
     * week (MariaDB's MEDIAN: the mean of the two middle values for an even count) — one statement for all weeks.
     * Every invitation has reached Cloud Ops, so the counts over all requests are exactly Cloud Ops' scope.
     */
    List<SlaWeek> slaWeeks() {
        LocalDate thisMonday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = DashboardService.WEEKS - 1; i >= 0; i--) {
            mondays.add(thisMonday.minusWeeks(i));
        }
        Map<LocalDate, long[]> verdicts = new HashMap<>();
        jdbc.query("SELECT invitation_week, sla_phase, requests FROM request_sla_week"
                + " WHERE invitation_week BETWEEN :first AND :last AND requests > 0",
                new MapSqlParameterSource("first", mondays.getFirst()).addValue("last", mondays.getLast()), rs -> {
                    long[] counts = verdicts.computeIfAbsent(rs.getObject("invitation_week", LocalDate.class), w -> new long[2]);
                    counts[SlaPhase.valueOf(rs.getString("sla_phase")) == SlaPhase.MET ? 0 : 1] += rs.getLong("requests");
                });
        Map<LocalDate, Duration> medians = medians(verdicts);
        List<SlaWeek> weeks = new ArrayList<>();
        for (LocalDate monday : mondays) {
            long[] counts = verdicts.getOrDefault(monday, new long[2]);
            RequestFilter inWeek = RequestFilter.none().withDates(RequestDate.INVITED, monday, monday.plusDays(6));
            weeks.add(new SlaWeek(monday, Counter.of(counts[0], inWeek.withSlaStates(EnumSet.of(SlaState.MET))),
                    Counter.of(counts[1], inWeek.withSlaStates(EnumSet.of(SlaState.MISSED))),
                    Counter.of(counts[0] + counts[1], inWeek.withSlaStates(EnumSet.of(SlaState.MET, SlaState.MISSED))),
                    medians.get(monday)));
        }
        return weeks;
    }

    /** The weeks' medians in one UNION ALL: per week, skip to the middle of its entries in working-time order. */
    private Map<LocalDate, Duration> medians(Map<LocalDate, long[]> verdicts) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = conditions.where(RequestFilter.none(), params);
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, long[]> week : verdicts.entrySet()) {
            long n = week.getValue()[0] + week.getValue()[1];
            if (n == 0) {
                continue;
            }
            params.addValue("week" + i, week.getKey());
            params.addValue("middle" + i, (n - 1) / 2);
            params.addValue("take" + i, n % 2 == 0 ? 2 : 1);
            parts.add("(SELECT r.invitation_week AS week, r.sla_working_seconds AS seconds FROM activation_request r"
                    + " WHERE r.invitation_week = :week" + i + " AND r.sla_phase IN ('MET', 'MISSED') AND " + scope
                    + " ORDER BY r.sla_working_seconds LIMIT :take" + i + " OFFSET :middle" + i + ")");
            i++;
        }
        Map<LocalDate, long[]> middles = new HashMap<>(); // sum and count of the middle values
        if (!parts.isEmpty()) {
            jdbc.query(String.join(" UNION ALL ", parts), params, rs -> {
                long[] middle = middles.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new long[2]);
                middle[0] += rs.getLong("seconds");
                middle[1]++;
            });
        }
        Map<LocalDate, Duration> medians = new HashMap<>();
        middles.forEach((week, middle) -> medians.put(week, Duration.ofSeconds(Math.round((double) middle[0] / middle[1]))));
        return medians;
    }

    /**
     * From the trigger-kept activations per UTC hour (changeset 016): a few thousand rows instead of every activation
     * of 12 months. A Berlin month starts at a whole UTC hour, so its hours hold exactly the activations the grid's
     * ACTIVATED date filter finds for the month.
     */
    List<Bucket<YearMonth>> activationsPerMonth() {
        YearMonth thisMonth = YearMonth.from(today());
        List<LocalDate> firstDays = new ArrayList<>();
        for (int i = DashboardService.MONTHS - 1; i >= -1; i--) {
            firstDays.add(thisMonth.minusMonths(i).atDay(1));
        }
        MapSqlParameterSource params = new MapSqlParameterSource("from", startOfDayUtc(firstDays.getFirst()));
        StringBuilder month = new StringBuilder("CASE");
        for (int i = 0; i < DashboardService.MONTHS; i++) {
            month.append(" WHEN h.activated_hour < :until").append(i).append(" THEN ").append(i);
            params.addValue("until" + i, startOfDayUtc(firstDays.get(i + 1)));
        }
        month.append(" END");
        long[] counts = new long[DashboardService.MONTHS];
        jdbc.query("SELECT " + month + " AS month, SUM(h.requests) AS n FROM request_activation_hour h"
                + " WHERE h.activated_hour >= :from AND h.activated_hour < :until" + (DashboardService.MONTHS - 1) + " GROUP BY month",
                params, rs -> {
                    counts[rs.getInt("month")] = rs.getLong("n");
                });
        List<Bucket<YearMonth>> months = new ArrayList<>();
        for (int i = 0; i < DashboardService.MONTHS; i++) {
            YearMonth m = YearMonth.from(firstDays.get(i));
            months.add(new Bucket<>(m, Counter.of(counts[i],
                    RequestFilter.none().withDates(RequestDate.ACTIVATED, m.atDay(1), m.atEndOfMonth()))));
        }
        return months;
    }

    /**
     * The first instant of {@code day} in the business zone as a UTC hour of {@code request_activation_hour}. Exact
     * only while the zone's offset is whole hours (Europe/Berlin's always is); any other zone fails loudly rather
     * than moving activations into a neighbouring month.
     */
    private LocalDateTime startOfDayUtc(LocalDate day) {
        LocalDateTime utc = LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        if (!utc.equals(utc.truncatedTo(ChronoUnit.HOURS))) {
            throw new IllegalStateException("Activations are counted per UTC hour, but " + zone + " starts " + day
                    + " at " + utc + " UTC");
        }
        return utc;
    }

    /** Today in the business zone: weeks and months are Berlin's, whatever the server's zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
