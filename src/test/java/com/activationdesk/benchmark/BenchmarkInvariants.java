package com.activationdesk.benchmark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the seeded data must be before its timings mean anything: once every seeded request went to the vendor
 * organisation and the benchmark measured (and partly crashed on) that instead. Checked after seeding, before
 * measuring; any violation stops the run with all of them listed.
 */
final class BenchmarkInvariants {

    /** Counts farther than this many standard deviations from the intended spread are a seeding bug, not chance. */
    private static final double SIGMAS = 5;

    private final JdbcTemplate jdbc;
    private final List<String> violations = new ArrayList<>();

    private BenchmarkInvariants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Routing, count and spreads of the requests just seeded. */
    static void check(JdbcTemplate jdbc, BenchmarkData.Seeded seeded) {
        BenchmarkInvariants invariants = new BenchmarkInvariants(jdbc);
        invariants.routing(seeded.firstId(), seeded.lastId());
        invariants.spread(seeded);
        invariants.throwIfViolated();
    }

    /** Routing of every request: a reused database had its spread checked when it was seeded. */
    static void checkRouting(JdbcTemplate jdbc) {
        BenchmarkInvariants invariants = new BenchmarkInvariants(jdbc);
        invariants.routing(0, Long.MAX_VALUE);
        invariants.throwIfViolated();
    }

    private void routing(long firstId, long lastId) {
        none("requests whose partner is not a PARTNER organisation", firstId, lastId,
                "JOIN organization p ON p.id = r.partner_id WHERE p.type <> 'PARTNER'");
        none("requests whose tier is not their partner's", firstId, lastId,
                "JOIN organization p ON p.id = r.partner_id WHERE NOT p.tier <=> r.partner_tier");
        none("requests created by a user outside their partner", firstId, lastId,
                "JOIN app_user u ON u.id = r.created_by_id WHERE u.organization_id <> r.partner_id");
        none("tier-2 requests without one of their partner's distributors, or tier-1 requests with one", firstId, lastId,
                "WHERE (r.partner_tier = 'TIER_2') <> EXISTS (SELECT 1 FROM partner_distributor pd"
                        + " WHERE pd.partner_id = r.partner_id AND pd.distributor_id = r.distributor_id)");
        none("submitted requests not with their partner's CAM (tier 1) or their distributor's DAM (tier 2)", firstId,
                lastId, """
                JOIN organization p ON p.id = r.partner_id LEFT JOIN organization d ON d.id = r.distributor_id
                WHERE r.submitted_at IS NOT NULL
                  AND NOT r.responsible_manager_id <=> IF(r.partner_tier = 'TIER_1', p.cam_id, d.dam_id)""");
    }

    private void spread(BenchmarkData.Seeded seeded) {
        long rows = count(seeded, "");
        if (rows != seeded.rows()) {
            violations.add("%d requests seeded, %d found".formatted(seeded.rows(), rows));
        }
        none("seeded requests without search words", seeded.firstId(), seeded.lastId(),
                "WHERE NOT EXISTS (SELECT 1 FROM request_search_word w WHERE w.request_id = r.id)");
        Map<String, Long> statuses = new HashMap<>();
        for (String status : BenchmarkData.statuses()) {
            long count = count(seeded, "WHERE r.status = '" + status + "'");
            statuses.put(status, count);
            near("status " + status, count, rows, BenchmarkData.share(status, seeded.realistic()));
        }
        if (!seeded.realistic()) {
            long first = count(seeded, "WHERE r.partner_id = (SELECT MIN(id) FROM organization WHERE type = 'PARTNER')");
            long partners = jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE type = 'PARTNER'", Long.class);
            double percent = BenchmarkData.FIRST_PARTNER_PERCENT / 100.0;
            near("the first partner's requests", first, rows, percent + (1 - percent) / partners);
        }
        slaSpread(seeded, statuses);
    }

    /** SLA states at the instant of seeding, against the shares {@link BenchmarkData} draws them with. */
    private void slaSpread(BenchmarkData.Seeded seeded, Map<String, Long> statuses) {
        String now = "'" + LocalDateTime.ofInstant(seeded.now(), ZoneOffset.UTC) + "'";
        long running = statuses.get("AT_CLOUD_OPS") + statuses.get("RESEND_REQUESTED");
        long stopped = statuses.get("INVITATION_SENT") + statuses.get("INVITATION_EXPIRED") + statuses.get("ACTIVATED");
        // running: due uniformly from 2 days ago to 3 days ahead, at risk 12 hours before due
        near("SLA BREACHED", count(seeded, "WHERE r.sla_phase = 'RUNNING' AND r.sla_due_at <= " + now), running, 0.4);
        near("SLA AT_RISK", count(seeded, "WHERE r.sla_phase = 'RUNNING' AND r.sla_at_risk_at <= " + now
                + " AND r.sla_due_at > " + now), running, 0.1);
        near("SLA ON_TRACK", count(seeded, "WHERE r.sla_phase = 'RUNNING' AND r.sla_at_risk_at > " + now), running, 0.5);
        near("SLA PAUSED", count(seeded, "WHERE r.sla_phase = 'PAUSED'"), statuses.get("IN_REVIEW"), 0.1);
        near("SLA MISSED", count(seeded, "WHERE r.sla_phase = 'MISSED'"), stopped, 0.1);
        near("SLA MET", count(seeded, "WHERE r.sla_phase = 'MET'"), stopped, 0.9);
    }

    /** {@code count} of {@code of} is binomially near the intended {@code share}. */
    private void near(String what, long count, long of, double share) {
        double expected = of * share;
        double tolerance = SIGMAS * Math.sqrt(of * share * (1 - share)) + 1;
        if (Math.abs(count - expected) > tolerance) {
            violations.add(String.format(Locale.ROOT, "%s: %d of %d, intended %.1f ± %.1f", what, count, of, expected,
                    tolerance));
        }
    }

    private void none(String what, long firstId, long lastId, String joinAndWhere) {
        long count = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request r " + joinAndWhere
                + (joinAndWhere.contains("WHERE") ? " AND" : " WHERE") + " r.id BETWEEN ? AND ?", Long.class,
                firstId, lastId);
        if (count > 0) {
            violations.add(count + " " + what);
        }
    }

    private long count(BenchmarkData.Seeded seeded, String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activation_request r " + where
                + (where.isEmpty() ? " WHERE" : " AND") + " r.id BETWEEN ? AND ?", Long.class,
                seeded.firstId(), seeded.lastId());
    }

    private void throwIfViolated() {
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The seeded data is not what the benchmark measures:\n  "
                    + String.join("\n  ", violations));
        }
    }
}
