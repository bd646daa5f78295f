package com.activationdesk.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.activationdesk.request.domain.InvitationWeek;
import com.activationdesk.request.domain.SearchWords;
import com.activationdesk.sla.BusinessCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds N activation requests with a realistic spread over partners, statuses and SLA states, directly with
 * batched JDBC inserts (the services would take hours for a million rows). Deterministic: the same N and seed
 * give the same data.
 */
final class BenchmarkData {

    /**
     * Status, share in per mille ("stress"): far more open requests than a real vendor would have, so every grid
     * filter and SLA state has deep result sets, and a handful of demo partners and account managers hold them all.
     */
    private static final String[][] STRESS_SHARES = {
            {"DRAFT", "80"}, {"AT_DISTRIBUTOR", "30"}, {"IN_REVIEW", "60"}, {"RETURNED", "25"},
            {"AT_CLOUD_OPS", "60"}, {"INVITATION_SENT", "80"}, {"INVITATION_EXPIRED", "25"},
            {"RESEND_REQUESTED", "15"}, {"ACTIVATED", "545"}, {"REJECTED", "40"}, {"WITHDRAWN", "40"}};
    /**
     * Status, share in per ten thousand ("realistic"): a million requests over two years arrive at about 1,370 a
     * day, and an open step holds arrivals × dwell time (Little's law): about two days at Cloud Ops (the SLA),
     * in review and with invitations; abandoned drafts and expired invitations pile up; most end activated.
     */
    private static final String[][] REALISTIC_SHARES = {
            {"DRAFT", "300"}, {"AT_DISTRIBUTOR", "10"}, {"IN_REVIEW", "30"}, {"RETURNED", "10"},
            {"AT_CLOUD_OPS", "35"}, {"INVITATION_SENT", "25"}, {"INVITATION_EXPIRED", "200"},
            {"RESEND_REQUESTED", "3"}, {"ACTIVATED", "8587"}, {"REJECTED", "400"}, {"WITHDRAWN", "400"}};
    /** The stress spread's share of the first partner (Nordlicht) on top of its even share, in per cent. */
    static final int FIRST_PARTNER_PERCENT = 15;
    /** The realistic spread's organisations: partners per account manager as at a large vendor. */
    private static final int CAMS = 40;
    private static final int DISTRIBUTORS = 10;
    private static final int TIER_1_PARTNERS = 1_000;
    private static final int TIER_2_PARTNERS = 500;
    /** The application's default business zone (activationdesk.sla.zone), as the invitation week is derived in. */
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Berlin");
    private static final String[] PLATFORMS = {"OPENSCAPE_BUSINESS", "OPENSCAPE_4000", "OPENSCAPE_VOICE"};
    private static final String[] COUNTRIES = {"DE", "DE", "DE", "AT", "CH", "NL", "FR", "IT", "ES", "PL"};
    private static final String[] WORDS = {"Logistik", "Bau", "Klinik", "Handel", "Metall", "Software", "Energie",
            "Transport", "Versicherung", "Druck", "Pharma", "Textil", "Agrar", "Medien", "Hotel", "Immobilien"};

    /**
     * The inserted columns, in the order of {@link #row}; the placeholders are generated from this list, so a
     * placeholder too many (which once stored every request at the vendor) cannot recur.
     */
    private static final String[] COLUMNS = {"id", "reference", "status", "customer_name", "street", "postal_code",
            "city", "country", "vat_or_registration_number", "industry", "intended_use", "customer_name_normalized",
            "vat_normalized", "admin_first_name", "admin_last_name", "admin_email", "admin_phone", "admin_language",
            "platform", "platform_version", "licensing", "planned_users", "planned_rollout_date",
            "declaration_no_unify_video", "declaration_data_correct", "partner_id", "partner_tier", "distributor_id",
            "responsible_manager_id", "created_by_id", "created_at", "updated_at", "submitted_at",
            "reached_cloud_ops_at", "export_control_confirmed_at", "tenant_id", "sla_phase", "sla_started_at",
            "sla_due_at", "sla_at_risk_at", "sla_paused_at", "sla_stopped_at", "sla_remaining_seconds",
            "sla_working_seconds", "invitation_sent_at", "invitation_week", "invitation_expires_at", "activated_at",
            "terms_version", "terms_accepted_at"};

    private static final String PARTNER_NAME = "Benchmark Partner ";
    private static final String INSERT_USER = """
            INSERT INTO app_user (email, display_name, password_hash, role, organization_id, organization_type)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private record Partner(long id, String tier, Long camId, Long distributorId, Long damId, long userId) {
    }

    /** The requests one {@link #seed} call inserted (ids {@code firstId} to {@code lastId}), as of {@code now}. */
    record Seeded(long firstId, long lastId, Instant now, boolean realistic) {

        long rows() {
            return lastId - firstId + 1;
        }
    }

    private BenchmarkData() {
    }

    /**
     * @param calendar  for the SLA working time of stopped clocks, as the application records it
     * @param realistic the realistic spread (many partners and account managers, few open requests) instead of
     *                  the stress spread
     */
    static Seeded seed(JdbcTemplate jdbc, int rows, Instant now, BusinessCalendar calendar, boolean realistic) {
        if (realistic) {
            seedOrganisations(jdbc);
        }
        List<Partner> partners = partners(jdbc);
        String[][] shares = realistic ? REALISTIC_SHARES : STRESS_SHARES;
        Random random = new Random(42);
        long base = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM activation_request", Long.class);
        String sql = "INSERT INTO activation_request (" + String.join(", ", COLUMNS) + ") VALUES ("
                + "?, ".repeat(COLUMNS.length - 1) + "?)";
        String wordSql = "INSERT INTO request_search_word (request_id, word) VALUES (?, ?)";
        List<Object[]> batch = new ArrayList<>(2_000);
        List<Object[]> words = new ArrayList<>(8_000);
        for (int i = 1; i <= rows; i++) {
            Object[] row = row(base + i, partners, random, now, calendar, shares, realistic);
            if (row.length != COLUMNS.length) {
                throw new IllegalStateException(row.length + " values for " + COLUMNS.length + " columns");
            }
            batch.add(row);
            for (String word : SearchWords.of((String) row[3], null)) { // as the application stores them
                words.add(new Object[] {row[0], word});
            }
            if (batch.size() == 2_000) {
                jdbc.batchUpdate(sql, batch);
                jdbc.batchUpdate(wordSql, words);
                batch.clear();
                words.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
            jdbc.batchUpdate(wordSql, words);
        }
        jdbc.execute("ANALYZE TABLE activation_request, request_search_word");
        return new Seeded(base + 1, base + rows, now, realistic);
    }

    /**
     * Every second activated tenant gets its partner's first user as co-administrator, so "activated tenants
     * without me as co-administrator" has both kinds at scale. Runs once (when no co-administrator exists yet).
     */
    static int seedCoAdministrators(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM request_co_admin", Long.class) > 0) {
            return 0;
        }
        // read first, then inserted with VALUES: MariaDB refused one INSERT ... SELECT from activation_request in
        // request_co_admin's insert trigger (020, "only on activated tenants"), though it selects activated ones only
        List<Object[]> coAdministrators = jdbc.query("""
                SELECT r.id, u.user_id, r.activated_at FROM activation_request r
                JOIN (SELECT organization_id, MIN(id) AS user_id FROM app_user GROUP BY organization_id) u
                  ON u.organization_id = r.partner_id
                WHERE r.status = 'ACTIVATED' AND r.id % 2 = 0""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3), rs.getLong(2)});
        for (int from = 0; from < coAdministrators.size(); from += 2_000) {
            jdbc.batchUpdate("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id) VALUES (?, ?, ?, ?)",
                    coAdministrators.subList(from, Math.min(from + 2_000, coAdministrators.size())));
        }
        jdbc.execute("ANALYZE TABLE request_co_admin");
        return coAdministrators.size();
    }

    private static Object[] row(long n, List<Partner> partners, Random random, Instant now, BusinessCalendar calendar,
                                String[][] shares, boolean realistic) {
        // stress: the first partner (Nordlicht) has 15 %, so partner pages go deep; realistic: a long tail in
        // which the first partners (the demo ones, Nordlicht first) are the biggest, about 2.6 % for Nordlicht
        Partner partner = realistic ? partners.get((int) (partners.size() * Math.pow(random.nextDouble(), 2)))
                : random.nextInt(100) < FIRST_PARTNER_PERCENT ? partners.getFirst() : partners.get(random.nextInt(partners.size()));
        String status = status(random, shares);
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 730)));
        boolean submitted = !status.equals("DRAFT") && !(status.equals("WITHDRAWN") && random.nextBoolean());
        Instant submittedAt = submitted ? created.plus(Duration.ofMinutes(random.nextInt(60 * 24))) : null;
        boolean atCloudOps = List.of("AT_CLOUD_OPS", "INVITATION_SENT", "INVITATION_EXPIRED", "RESEND_REQUESTED",
                "ACTIVATED").contains(status) || (status.equals("IN_REVIEW") && random.nextInt(10) == 0);
        Instant forwardedAt = atCloudOps ? submittedAt.plus(Duration.ofHours(1 + random.nextInt(48))) : null;
        Instant updated = forwardedAt != null ? forwardedAt.plus(Duration.ofHours(random.nextInt(96)))
                : submittedAt != null ? submittedAt : created;
        if (updated.isAfter(now)) {
            updated = now.minusSeconds(random.nextInt(3600));
        }
        String phase = null;
        Instant slaStarted = null;
        Instant due = null;
        Instant atRisk = null;
        Instant paused = null;
        Instant stopped = null;
        Long remaining = null;
        Instant invitationSent = null;
        Instant invitationExpires = null;
        Instant activated = null;
        switch (status) {
            case "AT_CLOUD_OPS", "RESEND_REQUESTED" -> {
                phase = "RUNNING"; // due spread from 2 days ago to 3 days ahead: breached, at risk and on track
                due = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 5) - 60 * 24 * 2));
                atRisk = due.minus(Duration.ofHours(12));
                slaStarted = due.minus(Duration.ofHours(48));
            }
            case "IN_REVIEW" -> {
                if (atCloudOps) {
                    phase = "PAUSED";
                    slaStarted = forwardedAt;
                    due = forwardedAt.plus(Duration.ofHours(48));
                    atRisk = due.minus(Duration.ofHours(12));
                    paused = forwardedAt.plus(Duration.ofHours(random.nextInt(40)));
                    remaining = (long) random.nextInt(48 * 3600);
                }
            }
            case "INVITATION_SENT", "INVITATION_EXPIRED", "ACTIVATED" -> {
                phase = random.nextInt(10) == 0 ? "MISSED" : "MET";
                slaStarted = forwardedAt;
                due = forwardedAt.plus(Duration.ofHours(48));
                atRisk = due.minus(Duration.ofHours(12));
                stopped = phase.equals("MET") ? forwardedAt.plus(Duration.ofHours(random.nextInt(47)))
                        : due.plus(Duration.ofHours(1 + random.nextInt(24)));
                invitationSent = stopped;
                invitationExpires = status.equals("INVITATION_SENT") ? now.plus(Duration.ofMinutes(random.nextInt(72 * 60)))
                        : invitationSent.plus(Duration.ofHours(72));
                if (status.equals("ACTIVATED")) {
                    activated = invitationSent.plus(Duration.ofHours(random.nextInt(72)));
                }
            }
            default -> {
            }
        }
        String word = WORDS[random.nextInt(WORDS.length)];
        String customer = word + " " + Long.toString(n, 36).toUpperCase() + " GmbH";
        String vat = "DE" + (100_000_000 + n);
        boolean tier2 = partner.tier().equals("TIER_2");
        Long manager = submitted ? (tier2 ? partner.damId() : partner.camId()) : null;
        return new Object[] {n, "UP-%d-%06d".formatted(2000 + n / 1_000_000, n % 1_000_000), status, customer, "Hauptstraße " + (n % 200),
                String.format("%05d", n % 99_999), "Stadt", COUNTRIES[random.nextInt(COUNTRIES.length)], vat, word,
                "Cloud telephony", (word + Long.toString(n, 36) + "gmbh").toLowerCase(), vat, "Vorname", "Nachname",
                "admin" + n + "@customer" + (n % 5000) + ".example", "+4989" + (1_000_000 + n % 8_999_999), n % 3 == 0 ? "en" : "de",
                PLATFORMS[random.nextInt(3)], "V" + (1 + random.nextInt(10)), random.nextBoolean() ? "PERPETUAL" : "SSL_SUBSCRIPTION",
                1 + random.nextInt(2000), LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365)), true, true,
                partner.id(), partner.tier(), tier2 ? partner.distributorId() : null, manager, partner.userId(),
                ts(created), ts(updated), ts(submittedAt), ts(forwardedAt), ts(forwardedAt),
                invitationSent == null ? null : "tenant-" + n, phase, ts(slaStarted), ts(due), ts(atRisk), ts(paused),
                ts(stopped), remaining, stopped == null ? null : calendar.workingTimeBetween(slaStarted, stopped).toSeconds(),
                ts(invitationSent), invitationSent == null ? null : InvitationWeek.of(invitationSent, BUSINESS_ZONE),
                ts(invitationExpires), ts(activated),
                activated == null ? null : "2026-11", ts(activated)};
    }

    /** The share of {@code status} among the requests of the spread. */
    static double share(String status, boolean realistic) {
        String[][] shares = realistic ? REALISTIC_SHARES : STRESS_SHARES;
        int total = 0;
        int of = 0;
        for (String[] share : shares) {
            total += Integer.parseInt(share[1]);
            of += share[0].equals(status) ? Integer.parseInt(share[1]) : 0;
        }
        return (double) of / total;
    }

    static String[] statuses() {
        return Arrays.stream(STRESS_SHARES).map(share -> share[0]).toArray(String[]::new);
    }

    private static String status(Random random, String[][] shares) {
        int total = 0;
        for (String[] share : shares) {
            total += Integer.parseInt(share[1]);
        }
        int roll = random.nextInt(total);
        for (String[] share : shares) {
            roll -= Integer.parseInt(share[1]);
            if (roll < 0) {
                return share[0];
            }
        }
        return "ACTIVATED";
    }

    /** Columns hold UTC wall-clock time. */
    private static LocalDateTime ts(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The realistic spread's organisations next to the demo ones, once: CAMs with 25 tier-1 partners each,
     * distributors with a DAM and 50 tier-2 partners each, one user per partner (password as the first demo user).
     */
    private static void seedOrganisations(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE name LIKE 'Benchmark %'", Long.class) > 0) {
            return;
        }
        long vendor = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE type = 'VENDOR'", Long.class);
        String password = jdbc.queryForObject("SELECT password_hash FROM app_user ORDER BY id LIMIT 1", String.class);
        List<Long> cams = new ArrayList<>();
        for (int i = 1; i <= CAMS; i++) {
            cams.add(user(jdbc, "cam-b%d@vendor.example".formatted(i), "CAM", vendor, "VENDOR", password));
        }
        List<Long> distributors = new ArrayList<>();
        for (int i = 1; i <= DISTRIBUTORS; i++) {
            long dam = user(jdbc, "dam-b%d@vendor.example".formatted(i), "DAM", vendor, "VENDOR", password);
            long distributor = organisation(jdbc, "Benchmark Distributor " + i, "DISTRIBUTOR", null, null, dam);
            user(jdbc, "user1@bench-dist-%d.example".formatted(i), "DISTRIBUTOR", distributor, "DISTRIBUTOR", password);
            distributors.add(distributor);
        }
        // batched, their ids read back by name: a statement per partner took most of a small run's time
        List<Object[]> partners = new ArrayList<>();
        for (int i = 1; i <= TIER_1_PARTNERS + TIER_2_PARTNERS; i++) {
            boolean tier1 = i <= TIER_1_PARTNERS;
            partners.add(new Object[] {PARTNER_NAME + i, tier1 ? "TIER_1" : "TIER_2", tier1 ? cams.get(i % CAMS) : null});
        }
        jdbc.batchUpdate("INSERT INTO organization (name, type, tier, country, cam_id) VALUES (?, 'PARTNER', ?, 'DE', ?)",
                partners);
        List<Object[]> distributorLinks = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        jdbc.query("SELECT id, name FROM organization WHERE name LIKE ?", rs -> {
            long partner = rs.getLong("id");
            int i = Integer.parseInt(rs.getString("name").substring(PARTNER_NAME.length()));
            if (i > TIER_1_PARTNERS) {
                distributorLinks.add(new Object[] {partner, distributors.get(i % DISTRIBUTORS)});
            }
            String email = "user1@bench-partner-%d.example".formatted(i);
            users.add(new Object[] {email, email.substring(0, email.indexOf('@')), password, "PARTNER", partner, "PARTNER"});
        }, PARTNER_NAME + "%");
        jdbc.batchUpdate("INSERT INTO partner_distributor (partner_id, distributor_id) VALUES (?, ?)", distributorLinks);
        jdbc.batchUpdate(INSERT_USER, users);
    }

    private static long organisation(JdbcTemplate jdbc, String name, String type, String tier, Long cam, Long dam) {
        jdbc.update("INSERT INTO organization (name, type, tier, country, cam_id, dam_id) VALUES (?, ?, ?, 'DE', ?, ?)",
                name, type, tier, cam, dam);
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    private static long user(JdbcTemplate jdbc, String email, String role, long organisation, String type, String password) {
        jdbc.update(INSERT_USER, email, email.substring(0, email.indexOf('@')), password, role, organisation, type);
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    private static List<Partner> partners(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT p.id, p.tier, p.cam_id, MIN(pd.distributor_id) AS distributor_id,
                       (SELECT d.dam_id FROM organization d WHERE d.id = MIN(pd.distributor_id)) AS dam_id,
                       (SELECT MIN(u.id) FROM app_user u WHERE u.organization_id = p.id) AS user_id
                FROM organization p LEFT JOIN partner_distributor pd ON pd.partner_id = p.id
                WHERE p.type = 'PARTNER' GROUP BY p.id, p.tier, p.cam_id ORDER BY p.id""",
                (rs, i) -> new Partner(rs.getLong("id"), rs.getString("tier"), (Long) rs.getObject("cam_id", Long.class),
                        (Long) rs.getObject("distributor_id", Long.class), (Long) rs.getObject("dam_id", Long.class),
                        rs.getLong("user_id")));
    }
}
