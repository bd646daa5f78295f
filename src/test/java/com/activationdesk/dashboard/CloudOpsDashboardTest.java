package com.activationdesk.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.CloudOpsDashboard;
import com.activationdesk.dashboard.service.RequestItem;
import com.activationdesk.dashboard.service.SlaWeek;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.sla.SlaState;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/** Cloud Ops' dashboard: the queue by SLA state and twelve weeks of performance on the business calendar. */
class CloudOpsDashboardTest extends DashboardServiceTestSupport {

    /**
     * Wednesday 11 June 2031, 10:00 in Berlin: "now" of this test only, so its twelve weeks hold nothing but its own
     * invitations (the weekly medians cannot be compared as differences).
     */
    private static final Instant OPS_NOW = berlin("2031-06-11T10:00");

    @Test
    void cloudOpsSeesTheQueueBySlaStateAndTwelveWeeksOfPerformanceOnTheBusinessCalendar() {
        clock.set(OPS_NOW);
        AppUser cam = orgs.vendorUser(Role.CAM);
        String partner = orgs.user(orgs.tier1(cam), Role.PARTNER);
        String camUser = cam.getEmail();
        CloudOpsDashboard before = runAs.as(OPS1, dashboards::cloudOps);

        // Week of 19 May: Wed 09:00 to Fri 09:00 across Ascension Day (Thu 22 May) = 24 working hours, met.
        steps.invitedAt(partner, camUser, berlin("2031-05-21T09:00"), berlin("2031-05-23T09:00"));
        // Week of 26 May: 24 h and 6 h, both met: median 15 h.
        steps.invitedAt(partner, camUser, berlin("2031-05-26T09:00"), berlin("2031-05-27T09:00"));
        steps.invitedAt(partner, camUser, berlin("2031-05-26T10:00"), berlin("2031-05-26T16:00"));
        // Week of 2 June (Whit Monday a holiday): Tue 09:00 to Fri 10:00 = 73 h, missed; and 12 h, met: median 42.5 h.
        RequestDetails late = steps.invitedAt(partner, camUser, berlin("2031-06-03T09:00"), berlin("2031-06-06T10:00"));
        RequestDetails quick = steps.invitedAt(partner, camUser, berlin("2031-06-04T08:00"), berlin("2031-06-04T20:00"));
        // the queue now (Wed 11 June 10:00): 63 h used = breached, 46 h = at risk, 1 h = on track
        steps.forwardedAt(partner, camUser, berlin("2031-06-06T09:00"));
        steps.forwardedAt(partner, camUser, berlin("2031-06-09T12:00"));
        steps.forwardedAt(partner, camUser, berlin("2031-06-11T09:00"));
        // a resend requested on Tuesday: a new clock, 25 h used, on track
        RequestDetails expired = steps.invitedAt(partner, camUser, berlin("2031-06-05T09:00"), berlin("2031-06-05T12:00"));
        clock.set(berlin("2031-06-10T09:00"));
        tenants.expireDueInvitations();
        RequestDetails reloaded = runAs.as(camUser, () -> requests.get(expired.id()));
        runAs.run(camUser, () -> requests.requestResend(expired.id(), reloaded.version(), "customer lost the mail"));
        // invitations: one expires within the next 24 h, one later
        RequestDetails expiring = steps.invitedAt(partner, camUser, berlin("2031-06-09T07:00"), berlin("2031-06-09T08:00"));
        steps.invitedAt(partner, camUser, berlin("2031-06-11T07:00"), berlin("2031-06-11T08:00"));
        clock.set(OPS_NOW);

        CloudOpsDashboard now = runAs.as(OPS1, dashboards::cloudOps);

        assertThat(now.queue()).extracting(Bucket::key).containsExactly(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
        for (int i = 0; i < 3; i++) {
            assertThat(now.queue().get(i).counter().value() - before.queue().get(i).counter().value())
                    .as("%s", now.queue().get(i).key()).isEqualTo(i == 0 ? 2 : 1);
        }
        Timestamp slaNow = Timestamp.valueOf(LocalDateTime.ofInstant(OPS_NOW, ZoneOffset.UTC));
        String scope = "reached_cloud_ops_at IS NOT NULL";
        assertCounts(OPS1, now.queue().get(0).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_at_risk_at > ?", slaNow);
        assertCounts(OPS1, now.queue().get(1).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_at_risk_at <= ? AND sla_due_at >= ?", slaNow, slaNow);
        assertCounts(OPS1, now.queue().get(2).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_due_at < ?", slaNow);
        assertThat(now.resendRequests().value()).isEqualTo(before.resendRequests().value() + 1);
        assertCounts(OPS1, now.resendRequests(), scope + " AND status = 'RESEND_REQUESTED'");
        assertThat(now.expiringSoon().value()).isEqualTo(before.expiringSoon().value() + 1);
        assertCounts(OPS1, now.expiringSoon(), scope
                + " AND status = 'INVITATION_SENT' AND invitation_expires_at > ? AND invitation_expires_at <= ?",
                slaNow, Timestamp.valueOf(LocalDateTime.ofInstant(OPS_NOW.plus(Duration.ofHours(24)), ZoneOffset.UTC)));
        assertThat(runAs.as(OPS1, () -> search.page(now.expiringSoon().filter(),
                RequestSort.UPDATED, false, 0, 10))).extracting(RequestRow::reference).contains(expiring.reference());
        assertThat(now.nextDue()).extracting(RequestItem::when).isSortedAccordingTo(Instant::compareTo);
        assertThat(now.nextDue()).extracting(RequestItem::id).isEqualTo(jdbc.queryForList("SELECT id FROM activation_request"
                + " WHERE " + scope + " AND sla_phase = 'RUNNING' ORDER BY sla_due_at, id LIMIT 5", Long.class));

        // twelve Monday-to-Sunday weeks in Berlin, the current one last
        assertThat(now.weeks()).extracting(SlaWeek::monday).first().isEqualTo(LocalDate.of(2031, 3, 24));
        assertThat(now.weeks()).extracting(SlaWeek::monday).last().isEqualTo(LocalDate.of(2031, 6, 9));
        SlaWeek ascension = week(now, "2031-05-19");
        SlaWeek twoMet = week(now, "2031-05-26");
        SlaWeek whitsun = week(now, "2031-06-02");
        assertThat(List.of(ascension.met().value(), ascension.missed().value(), twoMet.met().value(),
                twoMet.missed().value(), whitsun.met().value(), whitsun.missed().value())).containsExactly(1L, 0L, 2L, 0L, 1L, 1L);
        assertThat(ascension.medianWorkingTime()).isEqualTo(Duration.ofHours(24));
        assertThat(twoMet.medianWorkingTime()).isEqualTo(Duration.ofHours(15));
        assertThat(whitsun.medianWorkingTime()).isEqualTo(Duration.ofMinutes(42 * 60 + 30));
        assertThat(whitsun.metPercent()).isEqualTo(50);
        // the median's link: the week's invitations with a verdict, MET and MISSED together
        assertThat(whitsun.invited().value()).isEqualTo(2);
        assertThat(gridRows(OPS1, whitsun.invited())).extracting(RequestRow::reference)
                .containsExactlyInAnyOrder(late.reference(), quick.reference());
        assertThat(week(now, "2031-06-09").met().value()).as("this week so far").isEqualTo(2);
        for (SlaWeek week : now.weeks()) {
            Timestamp from = Timestamp.valueOf(LocalDateTime.ofInstant(week.monday().atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            Timestamp to = Timestamp.valueOf(LocalDateTime.ofInstant(week.monday().plusWeeks(1).atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            String inWeek = scope + " AND invitation_sent_at >= ? AND invitation_sent_at < ?";
            assertCounts(OPS1, week.met(), inWeek + " AND sla_phase = 'MET'", from, to);
            assertCounts(OPS1, week.missed(), inWeek + " AND sla_phase = 'MISSED'", from, to);
            assertCounts(OPS1, week.invited(), inWeek + " AND sla_phase IN ('MET', 'MISSED')", from, to);
            assertThat(week.invited().value()).isEqualTo(week.met().value() + week.missed().value());
            assertThat(week.medianWorkingTime()).as("median of %s", week.monday()).isEqualTo(independentMedian(from, to));
        }
    }

    /** The median of the working time from start to invitation, computed here with the calendar (no pauses here). */
    private Duration independentMedian(Timestamp from, Timestamp to) {
        List<Duration> times = new ArrayList<>(jdbc.query("""
                SELECT sla_started_at, invitation_sent_at FROM activation_request WHERE reached_cloud_ops_at IS NOT NULL
                AND sla_phase IN ('MET', 'MISSED') AND invitation_sent_at >= ? AND invitation_sent_at < ?""",
                (rs, row) -> calendar.workingTimeBetween(rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC)), from, to));
        if (times.isEmpty()) {
            return null;
        }
        times.sort(null);
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2);
    }

    private static SlaWeek week(CloudOpsDashboard dashboard, String monday) {
        return dashboard.weeks().stream().filter(w -> w.monday().equals(LocalDate.parse(monday))).findFirst().orElseThrow();
    }
}
