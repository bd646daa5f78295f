package com.activationdesk.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's dashboard: totals per status, platform and country, activations per Berlin month, mail failures. */
class AdminDashboardTest extends DashboardServiceTestSupport {

    @Test
    void adminSeesTotalsPerStatusPlatformCountryAndActivationsPerBerlinMonth() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        Organization customer = orgs.customer();
        AdminDashboard before = runAs.as(VENDOR_ADMIN, dashboards::admin);

        clock.set(NOW.minus(Duration.ofDays(60)));
        draft(partner, null, Platform.OPENSCAPE_VOICE, "LU");
        RequestDetails austrian = draft(partner, null, Platform.OPENSCAPE_4000, "AT");
        steps.submit(partner, runAs.as(partner, () -> requests.saveDraft(austrian.id(), austrian.version(),
                TestRequest.of(austrian.data()).withCountry("LU").form()))); // moved to Luxembourg
        // activated at 00:30 on 1 June in Berlin, which is still 31 May in UTC: counts for June
        steps.activateAt(steps.invitedAt(partner, cam.getEmail(), berlin("2035-05-29T09:00"), berlin("2035-05-30T09:00")),
                customer, berlin("2035-06-01T00:30"));
        steps.activateAt(steps.invitedAt(partner, cam.getEmail(), berlin("2035-04-02T09:00"), berlin("2035-04-02T12:00")),
                customer, berlin("2035-04-03T09:00"));
        clock.set(NOW);

        AdminDashboard now = runAs.as(VENDOR_ADMIN, dashboards::admin);

        assertThat(now.total().value()).isEqualTo(before.total().value() + 4);
        assertCounts(VENDOR_ADMIN, now.total(), "TRUE");
        assertThat(values(now.byStatus())).containsEntry(RequestStatus.DRAFT,
                values(before.byStatus()).getOrDefault(RequestStatus.DRAFT, 0L) + 1);
        for (Bucket<RequestStatus> bucket : now.byStatus()) {
            assertCounts(VENDOR_ADMIN, bucket.counter(), "status = ?", bucket.key().name());
        }
        for (Bucket<Platform> bucket : now.byPlatform()) {
            assertCounts(VENDOR_ADMIN, bucket.counter(), "platform = ?", bucket.key().name());
        }
        assertThat(now.byCountry()).extracting(Bucket::key).contains("LU");
        for (Bucket<String> bucket : now.byCountry()) {
            assertCounts(VENDOR_ADMIN, bucket.counter(), "country = ?", bucket.key());
        }
        assertThat(now.byCountry()).extracting(bucket -> bucket.counter().value()).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        long luxembourg = now.byCountry().stream().filter(b -> b.key().equals("LU")).findFirst().orElseThrow().counter().value();
        assertThat(luxembourg).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM activation_request WHERE country = 'LU'", Long.class))
                .isGreaterThanOrEqualTo(2);

        assertThat(now.activationsPerMonth()).extracting(Bucket::key).first().isEqualTo(YearMonth.of(2034, 7));
        assertThat(now.activationsPerMonth()).extracting(Bucket::key).last().isEqualTo(YearMonth.of(2035, 6));
        assertThat(monthlyChanges(before, now)).containsExactly("2035-04+1", "2035-06+1");
        for (Bucket<YearMonth> month : now.activationsPerMonth()) {
            Timestamp from = Timestamp.valueOf(LocalDateTime.ofInstant(month.key().atDay(1).atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            Timestamp to = Timestamp.valueOf(LocalDateTime.ofInstant(month.key().plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            assertCounts(VENDOR_ADMIN, month.counter(), "activated_at >= ? AND activated_at < ?", from, to);
        }
        assertThat(now.users()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class));
        assertThat(now.organizations()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class));
    }

    @Test
    void adminSeesMailDeliveryFailures() {
        long failed = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'", Long.class);

        assertThat(runAs.as(VENDOR_ADMIN, dashboards::admin).mailFailures()).isEqualTo(failed);
    }
}
