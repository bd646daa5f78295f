package com.activationdesk.dashboard;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.InvitationWeek;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts the database keeps by triggers follow every insert, update and delete of a request: each check compares
 * the kept table with the same count computed live from {@code activation_request}.
 */
class DashboardCountTriggersTest extends DashboardServiceTestSupport {

    @Test
    void theAdminTotalsFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        assertThat(totals()).isEqualTo(liveTotals());

        RequestDetails draft = draft(partner, null, Platform.OPENSCAPE_VOICE, "NL");
        RequestDetails edited = runAs.as(partner, () -> requests.saveDraft(draft.id(), draft.version(),
                TestRequest.of(draft.data()).withCountry("BE").form()));
        steps.forward(cam.getEmail(), steps.submit(partner, edited));
        assertThat(totals()).isEqualTo(liveTotals());
        jdbc.update("UPDATE activation_request SET platform = NULL, country = NULL WHERE id = ?", draft.id());
        assertThat(totals()).isEqualTo(liveTotals());
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(totals()).isEqualTo(liveTotals());
    }

    @Test
    void theActivationHoursFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        RequestDetails draft = draft(partner, null);
        clock.set(berlin("2026-04-15T10:00"));
        AdminDashboard before = runAs.as(VENDOR_ADMIN, dashboards::admin);

        // 00:30 on 1 April in Berlin (summer time) is still 31 March in UTC: counts for April
        jdbc.update("""
                INSERT INTO activation_request (reference, status, partner_id, partner_tier, created_by_id, created_at,
                    updated_at, activated_at)
                SELECT ?, 'ACTIVATED', partner_id, partner_tier, created_by_id, created_at, updated_at, ?
                FROM activation_request WHERE id = ?""",
                "T-" + draft.id(), utc("2026-03-31T22:30:00Z"), draft.id());
        long copy = jdbc.queryForObject("SELECT id FROM activation_request WHERE reference = ?", Long.class, "T-" + draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours()).containsKey("2026-03-31 22:00:00");
        AdminDashboard inserted = runAs.as(VENDOR_ADMIN, dashboards::admin);
        assertThat(monthlyChanges(before, inserted)).containsExactly("2026-04+1");
        Bucket<YearMonth> april = inserted.activationsPerMonth().getLast();
        assertThat(april.key()).isEqualTo(YearMonth.of(2026, 4));
        assertCounts(VENDOR_ADMIN, april.counter(), "activated_at >= ? AND activated_at < ?",
                utc("2026-03-31T22:00:00Z"), utc("2026-04-30T22:00:00Z"));

        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-03-31T22:59:59Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as(VENDOR_ADMIN, dashboards::admin))).containsExactly("2026-04+2");
        // into the hour before (23:30 on 31 March in Berlin), back and forth between other hours, within one hour
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-03-31T21:30:00Z"), copy);
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as(VENDOR_ADMIN, dashboards::admin)))
                .containsExactly("2026-03+1", "2026-04+1");
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-01-10T08:00:00Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-02-10T08:15:00Z"), draft.id());
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-02-10T08:45:00Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as(VENDOR_ADMIN, dashboards::admin)))
                .containsExactly("2026-02+1", "2026-03+1");
        jdbc.update("UPDATE activation_request SET activated_at = NULL WHERE id = ?", draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());

        jdbc.update("DELETE FROM activation_request WHERE id = ?", copy);
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as(VENDOR_ADMIN, dashboards::admin))).isEmpty();
    }

    /** The trigger-kept activations per hour, without the emptied ones. */
    @Test
    void theWeeklyVerdictsFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        RequestDetails draft = draft(partner, null);
        assertThat(slaWeeks()).isEqualTo(liveSlaWeeks());
        jdbc.update("""
                INSERT INTO activation_request (reference, status, partner_id, partner_tier, created_by_id, created_at,
                    updated_at, sla_phase, invitation_week)
                SELECT ?, 'DRAFT', partner_id, partner_tier, created_by_id, created_at, updated_at, 'MET', '2026-03-30'
                FROM activation_request WHERE id = ?""", "W-" + draft.id(), draft.id());
        long copy = jdbc.queryForObject("SELECT id FROM activation_request WHERE reference = ?", Long.class, "W-" + draft.id());
        assertThat(slaWeeks()).isEqualTo(liveSlaWeeks()).containsKey("2026-03-30 MET");
        // a week without a verdict, a verdict without a week, then both; changes of either; a verdict taken away
        String[][] steps = {{"2026-03-30", "RUNNING"}, {null, "MET"}, {"2026-03-30", "MISSED"}, {"2026-03-23", "MISSED"},
                {"2026-04-06", "MISSED"}, {"2026-04-06", "MET"}, {"2026-03-30", "MET"}, {"2026-03-30", null}};
        for (String[] step : steps) {
            jdbc.update("UPDATE activation_request SET invitation_week = ?, sla_phase = ? WHERE id = ?", step[0], step[1], draft.id());
            assertThat(slaWeeks()).as("%s %s", step[0], step[1]).isEqualTo(liveSlaWeeks());
        }
        jdbc.update("UPDATE activation_request SET invitation_week = '2026-04-06', sla_phase = 'MISSED' WHERE id = ?", draft.id());
        jdbc.update("DELETE FROM activation_request WHERE id = ?", copy);
        assertThat(slaWeeks()).isEqualTo(liveSlaWeeks());
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(slaWeeks()).isEqualTo(liveSlaWeeks()).doesNotContainKeys("2026-03-30 MET", "2026-04-06 MISSED");
    }

    @Test
    void theScopeCountsFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        AppUser otherCam = orgs.vendorUser(Role.CAM);
        Organization partner = orgs.tier1(cam);
        Organization distributor = orgs.distributor(orgs.vendorUser(Role.DAM));
        String user = orgs.user(partner, Role.PARTNER);
        RequestDetails draft = draft(user, null);
        assertThat(scopeCounts()).isEqualTo(liveScopeCounts());
        jdbc.update("""
                INSERT INTO activation_request (reference, status, partner_id, partner_tier, created_by_id, created_at,
                    updated_at, submitted_at, distributor_id, responsible_manager_id, sla_phase)
                SELECT ?, 'IN_REVIEW', partner_id, partner_tier, created_by_id, created_at, updated_at, updated_at, ?, ?,
                    'PAUSED' FROM activation_request WHERE id = ?""", "S-" + draft.id(), distributor.getId(), cam.getId(), draft.id());
        long copy = jdbc.queryForObject("SELECT id FROM activation_request WHERE reference = ?", Long.class, "S-" + draft.id());
        assertThat(scopeCounts()).isEqualTo(liveScopeCounts());
        // every column a scope or a count depends on, one at a time, and back
        String[] steps = {"status = 'IN_REVIEW', responsible_manager_id = " + cam.getId(),
                "submitted_at = updated_at", "distributor_id = " + distributor.getId(), "sla_phase = 'RUNNING'",
                "sla_phase = 'PAUSED'", "responsible_manager_id = " + otherCam.getId(), "status = 'AT_CLOUD_OPS'",
                "submitted_at = NULL", "responsible_manager_id = NULL, distributor_id = NULL, sla_phase = NULL",
                "partner_id = " + orgs.tier1(otherCam).getId(), "status = 'DRAFT', partner_id = " + partner.getId()};
        for (String step : steps) {
            jdbc.update("UPDATE activation_request SET " + step + " WHERE id = ?", draft.id());
            assertThat(scopeCounts()).as(step).isEqualTo(liveScopeCounts());
        }
        jdbc.update("DELETE FROM activation_request WHERE id = ?", copy);
        assertThat(scopeCounts()).isEqualTo(liveScopeCounts());
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(scopeCounts()).isEqualTo(liveScopeCounts());
    }

    private Map<String, Long> scopeCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT scope_kind, scope_id, status, sla_paused, requests FROM request_scope_status WHERE requests <> 0",
                rs -> {
                    counts.put(rs.getString(1) + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getBoolean(4), rs.getLong(5));
                });
        return counts;
    }

    /** The same counts straight from the requests, with the data scopes of RequestScope. */
    private Map<String, Long> liveScopeCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT 'P', partner_id, status, sla_phase <=> 'PAUSED', COUNT(*) FROM activation_request GROUP BY 2, 3, 4
                UNION ALL SELECT 'D', distributor_id, status, sla_phase <=> 'PAUSED', COUNT(*) FROM activation_request
                  WHERE distributor_id IS NOT NULL AND submitted_at IS NOT NULL GROUP BY 2, 3, 4
                UNION ALL SELECT 'M', responsible_manager_id, status, sla_phase <=> 'PAUSED', COUNT(*) FROM activation_request
                  WHERE responsible_manager_id IS NOT NULL GROUP BY 2, 3, 4""", rs -> {
                    counts.put(rs.getString(1) + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getBoolean(4), rs.getLong(5));
                });
        return counts;
    }

    @Test
    void theMigrationGivesEarlierInvitationsTheirBerlinWeek() throws Exception {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        RequestDetails sunday = draft(partner, null);
        RequestDetails monday = draft(partner, null);
        // 23:30 on Sunday 29 March in UTC is already Monday 30 March in Berlin (summer time since that night)
        jdbc.update("UPDATE activation_request SET invitation_sent_at = ?, invitation_week = NULL WHERE id = ?",
                utc("2026-03-29T21:30:00Z"), sunday.id());
        jdbc.update("UPDATE activation_request SET invitation_sent_at = ?, invitation_week = NULL WHERE id = ?",
                utc("2026-03-29T22:30:00Z"), monday.id());

        try (Connection connection = dataSource.getConnection()) {
            assertThat(InvitationWeek.backfill(connection, BERLIN)).isGreaterThanOrEqualTo(2);
            assertThat(InvitationWeek.backfill(connection, BERLIN)).as("nothing left to do").isZero();
        }

        assertThat(jdbc.queryForObject("SELECT invitation_week FROM activation_request WHERE id = ?", LocalDate.class,
                sunday.id())).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(jdbc.queryForObject("SELECT invitation_week FROM activation_request WHERE id = ?", LocalDate.class,
                monday.id())).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    private Map<String, Long> slaWeeks() {
        Map<String, Long> weeks = new java.util.TreeMap<>();
        jdbc.query("SELECT invitation_week, sla_phase, requests FROM request_sla_week WHERE requests <> 0",
                rs -> {
                    weeks.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                });
        return weeks;
    }

    private Map<String, Long> liveSlaWeeks() {
        Map<String, Long> weeks = new java.util.TreeMap<>();
        jdbc.query("SELECT invitation_week, sla_phase, COUNT(*) FROM activation_request WHERE invitation_week IS NOT NULL"
                + " AND sla_phase IN ('MET', 'MISSED') GROUP BY invitation_week, sla_phase", rs -> {
                    weeks.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                });
        return weeks;
    }

    private Map<String, Long> activationHours() {
        Map<String, Long> hours = new java.util.TreeMap<>();
        jdbc.query("SELECT DATE_FORMAT(activated_hour, '%Y-%m-%d %H:00:00'), requests FROM request_activation_hour"
                + " WHERE requests <> 0", rs -> {
            hours.put(rs.getString(1), rs.getLong(2));
        });
        return hours;
    }

    private Map<String, Long> liveActivationHours() {
        Map<String, Long> hours = new java.util.TreeMap<>();
        jdbc.query("SELECT DATE_FORMAT(activated_at, '%Y-%m-%d %H:00:00'), COUNT(*) FROM activation_request"
                + " WHERE activated_at IS NOT NULL GROUP BY 1", rs -> {
            hours.put(rs.getString(1), rs.getLong(2));
        });
        return hours;
    }

    private static Timestamp utc(String instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** The trigger-kept totals, without the emptied ones. */
    private Map<String, Long> totals() {
        Map<String, Long> totals = new java.util.TreeMap<>();
        jdbc.query("SELECT status, platform, country, requests FROM request_total WHERE requests <> 0", rs -> {
            totals.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
        });
        return totals;
    }

    private Map<String, Long> liveTotals() {
        Map<String, Long> totals = new java.util.TreeMap<>();
        jdbc.query("SELECT status, COALESCE(platform, ''), COALESCE(country, ''), COUNT(*) FROM activation_request"
                + " GROUP BY 1, 2, 3", rs -> {
            totals.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
        });
        return totals;
    }
}
