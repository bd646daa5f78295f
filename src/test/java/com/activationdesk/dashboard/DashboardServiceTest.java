package com.activationdesk.dashboard;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.CloudOpsDashboard;
import com.activationdesk.dashboard.service.Counter;
import com.activationdesk.dashboard.service.CustomerDashboard;
import com.activationdesk.dashboard.service.DashboardService;
import com.activationdesk.dashboard.service.DistributorDashboard;
import com.activationdesk.dashboard.service.ManagerDashboard;
import com.activationdesk.dashboard.service.PartnerDashboard;
import com.activationdesk.dashboard.service.RequestItem;
import com.activationdesk.dashboard.service.SlaWeek;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.InvitationWeek;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.request.RequestFilterParameters;
import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.router.QueryParameters;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's dashboard against a data set the test builds through the real workflow: every number equals what
 * the test counts itself (by hand, with plain SQL, and through the grid's count for the number's link, after a
 * round trip through the URL), users never see numbers from outside their scope, and the SQL statements per
 * dashboard do not grow with the number of requests.
 * <p>
 * The scoped roles get organisations and users of their own. Cloud Ops and the admin see everything in the shared
 * test database, so their checks compare with counts taken at the same moment or before and after; the Cloud Ops
 * test's weeks lie in 2031, where no other test has data.
 */
@IntegrationTest
class DashboardServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 13 June 2035, 10:00 in Berlin (summer time): "now" of most tests. */
    private static final Instant NOW = berlin("2035-06-13T10:00");
    /**
     * Wednesday 11 June 2031, 10:00 in Berlin: "now" of the Cloud Ops test only, so its twelve weeks hold nothing but
     * its own invitations (the weekly medians cannot be compared as differences).
     */
    private static final Instant OPS_NOW = berlin("2031-06-11T10:00");

    @Autowired
    DashboardService dashboards;
    @Autowired
    RequestService requests;
    @Autowired
    RequestSearch search;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    AppUserRepository users;
    @Autowired
    BusinessCalendar calendar;

    DashboardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new DashboardFixtures(requests, runAs, clock, organizations, users);
        clock.set(NOW);
    }

    // ---- partner -----------------------------------------------------------------------------------------

    @Test
    void partnerSeesItsRequestsPerStatusAndWhatWaitsForItButNothingOfAnotherPartner() {
        AppUser camA = fixtures.vendorUser(Role.CAM);
        AppUser camB = fixtures.vendorUser(Role.CAM);
        Organization partnerA = fixtures.tier1(camA);
        Organization partnerB = fixtures.tier1(camB);
        String a = fixtures.user(partnerA, Role.PARTNER);
        String b = fixtures.user(partnerB, Role.PARTNER);
        Organization customer = fixtures.customer();

        clock.set(NOW.minus(Duration.ofDays(5)));
        fixtures.draft(a, null);
        fixtures.draft(a, null);
        fixtures.returnToPartner(camA.getEmail(), fixtures.submitted(a, NOW.minus(Duration.ofDays(4))));
        fixtures.submitted(a, NOW.minus(Duration.ofDays(4)));
        RequestDetails invited = fixtures.invited(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)));
        RequestDetails later = fixtures.invited(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(2)));
        fixtures.activate(fixtures.invited(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))),
                customer, NOW.minus(Duration.ofDays(1)));
        fixtures.draft(b, null);
        for (int i = 0; i < 3; i++) {
            fixtures.submitted(b, NOW.minus(Duration.ofDays(2)));
        }
        clock.set(NOW);

        PartnerDashboard mine = runAs.as(a, dashboards::partner);
        assertThat(values(mine.byStatus())).isEqualTo(expected(RequestStatus.DRAFT, 2, RequestStatus.RETURNED, 1,
                RequestStatus.IN_REVIEW, 1, RequestStatus.INVITATION_SENT, 2, RequestStatus.ACTIVATED, 1));
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(a, bucket.counter(), "partner_id = ? AND status = ?", partnerA.getId(), bucket.key().name());
        }
        assertCounts(a, mine.returned(), "partner_id = ? AND status = 'RETURNED'", partnerA.getId());
        assertThat(mine.returned().value()).isEqualTo(1);
        assertCounts(a, mine.invitationsSent(), "partner_id = ? AND status = 'INVITATION_SENT'", partnerA.getId());
        assertCounts(a, mine.invitationsExpired(), "partner_id = ? AND status = 'INVITATION_EXPIRED'", partnerA.getId());
        assertThat(mine.invitationsExpired().value()).isZero();
        // live invitations, the one expiring first on top, with the expiry instant (72 h after sending)
        assertThat(mine.nextToExpire()).extracting(RequestItem::reference).containsExactly(invited.reference(), later.reference());
        assertThat(mine.nextToExpire().getFirst().when()).isEqualTo(NOW.minus(Duration.ofDays(1)).plus(Duration.ofHours(72)));
        assertThat(mine.contacts()).extracting(ContactPerson::email).containsExactly(camA.getEmail());

        PartnerDashboard theirs = runAs.as(b, dashboards::partner);
        assertThat(values(theirs.byStatus())).isEqualTo(expected(RequestStatus.DRAFT, 1, RequestStatus.IN_REVIEW, 3));
        for (Bucket<RequestStatus> bucket : theirs.byStatus()) {
            assertCounts(b, bucket.counter(), "partner_id = ? AND status = ?", partnerB.getId(), bucket.key().name());
        }
        assertThat(theirs.nextToExpire()).isEmpty();
        assertThat(theirs.contacts()).extracting(ContactPerson::email).containsExactly(camB.getEmail());
    }

    @Test
    void coAdministrationTileCountsActivatedTenantsWithoutTheUserAndLinksToExactlyThem() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        Organization partner = fixtures.tier1(cam);
        String me = fixtures.user(partner, Role.PARTNER);
        String colleague = fixtures.user(partner, Role.PARTNER);
        Organization customer = fixtures.customer();
        // another partner's activated tenant without me: outside my scope, never counted
        AppUser otherCam = fixtures.vendorUser(Role.CAM);
        String stranger = fixtures.user(fixtures.tier1(otherCam), Role.PARTNER);
        RequestDetails foreign = fixtures.activate(fixtures.invited(stranger, otherCam.getEmail(),
                NOW.minus(Duration.ofDays(6)), NOW.minus(Duration.ofDays(5))), customer, NOW.minus(Duration.ofDays(5)));
        RequestDetails first = fixtures.activate(fixtures.invited(me, cam.getEmail(), NOW.minus(Duration.ofDays(6)),
                NOW.minus(Duration.ofDays(5))), customer, NOW.minus(Duration.ofDays(5)));
        RequestDetails second = fixtures.activate(fixtures.invited(me, cam.getEmail(), NOW.minus(Duration.ofDays(4)),
                NOW.minus(Duration.ofDays(3))), customer, NOW.minus(Duration.ofDays(3)));
        long meId = userId(me);
        long colleagueId = userId(colleague);
        long adminId = userId("admin@vendor.example");
        jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id) VALUES (?, ?, ?, ?)",
                first.id(), meId, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), adminId);
        jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id) VALUES (?, ?, ?, ?)",
                second.id(), colleagueId, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), adminId);
        clock.set(NOW);

        PartnerDashboard.CoAdministration tile = runAs.as(me, dashboards::partner).coAdministration();

        String withoutUser = "partner_id = ? AND status = 'ACTIVATED' AND NOT EXISTS (SELECT 1 FROM request_co_admin ca"
                + " WHERE ca.request_id = activation_request.id AND ca.user_id = ?)";
        assertThat(tile.withoutMe().value()).isEqualTo(1);
        assertThat(tile.withoutMe().filter()).isEqualTo(RequestFilter.none()
                .withStatuses(EnumSet.of(RequestStatus.ACTIVATED)).withoutMeAsCoAdministrator(true));
        assertCounts(me, tile.withoutMe(), withoutUser, partner.getId(), meId);
        // the grid behind the link: exactly the tenant where only the colleague is co-administrator
        assertThat(gridRows(me, tile.withoutMe())).extracting(RequestRow::reference).containsExactly(second.reference());
        assertThat(tile.latest()).extracting(RequestItem::reference).containsExactly(second.reference());

        // the same link followed by the colleague shows the other tenant: "me" is whoever is logged in
        PartnerDashboard.CoAdministration theirs = runAs.as(colleague, dashboards::partner).coAdministration();
        assertCounts(colleague, theirs.withoutMe(), withoutUser, partner.getId(), colleagueId);
        assertThat(gridRows(colleague, tile.withoutMe())).extracting(RequestRow::reference)
                .containsExactly(first.reference());
        assertThat(theirs.latest()).extracting(RequestItem::reference).containsExactly(first.reference());
        assertThat(gridRows(stranger, tile.withoutMe())).extracting(RequestRow::reference)
                .containsExactly(foreign.reference());
    }

    // ---- distributor and DAM -----------------------------------------------------------------------------

    @Test
    void distributorSeesWhatToPassOnOldestFirstAndNeverDraftsOrAnotherDistributorsRequests() {
        AppUser dam = fixtures.vendorUser(Role.DAM);
        Organization distributor = fixtures.distributor(dam);
        Organization other = fixtures.distributor(fixtures.vendorUser(Role.DAM));
        Organization partner = fixtures.tier2(distributor);
        Organization otherPartner = fixtures.tier2(other);
        String partnerUser = fixtures.user(partner, Role.PARTNER);
        String otherPartnerUser = fixtures.user(otherPartner, Role.PARTNER);
        String distributorUser = fixtures.user(distributor, Role.DISTRIBUTOR);
        String otherDistributorUser = fixtures.user(other, Role.DISTRIBUTOR);

        clock.set(NOW.minus(Duration.ofDays(6)));
        fixtures.draft(partnerUser, distributor); // never seen by the distributor
        clock.set(NOW.minus(Duration.ofDays(3)));
        RequestDetails oldest = fixtures.submit(partnerUser, fixtures.draft(partnerUser, distributor));
        clock.set(NOW.minus(Duration.ofDays(2)));
        RequestDetails newer = fixtures.submit(partnerUser, fixtures.draft(partnerUser, distributor));
        fixtures.returnToPartner(distributorUser, fixtures.submit(partnerUser, fixtures.draft(partnerUser, distributor)));
        RequestDetails passed = fixtures.passToDam(distributorUser,
                fixtures.submit(partnerUser, fixtures.draft(partnerUser, distributor)));
        fixtures.submit(otherPartnerUser, fixtures.draft(otherPartnerUser, other));
        clock.set(NOW);

        DistributorDashboard mine = runAs.as(distributorUser, dashboards::distributor);
        assertThat(mine.waiting().value()).isEqualTo(2);
        assertThat(mine.returned().value()).isEqualTo(1);
        assertThat(mine.oldestWaiting()).extracting(RequestItem::reference).containsExactly(oldest.reference(), newer.reference());
        assertThat(mine.oldestWaiting().getFirst().when()).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(values(mine.byStatus())).isEqualTo(expected(RequestStatus.AT_DISTRIBUTOR, 2, RequestStatus.RETURNED, 1,
                RequestStatus.IN_REVIEW, 1));
        String scope = "distributor_id = ? AND submitted_at IS NOT NULL";
        assertCounts(distributorUser, mine.waiting(), scope + " AND status = 'AT_DISTRIBUTOR'", distributor.getId());
        assertCounts(distributorUser, mine.returned(), scope + " AND status = 'RETURNED'", distributor.getId());
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(distributorUser, bucket.counter(), scope + " AND status = ?", distributor.getId(), bucket.key().name());
        }
        assertThat(runAs.as(otherDistributorUser, dashboards::distributor).waiting().value()).isEqualTo(1);

        // the DAM behind the distributor: the passed request waits for the DAM's check
        ManagerDashboard damView = runAs.as(dam.getEmail(), dashboards::manager);
        assertThat(damView.waitingForCheck().value()).isEqualTo(1);
        assertThat(damView.oldestWaiting()).extracting(RequestItem::reference).containsExactly(passed.reference());
        assertCounts(dam.getEmail(), damView.waitingForCheck(),
                "responsible_manager_id = ? AND submitted_at IS NOT NULL AND status = 'IN_REVIEW'", dam.getId());
    }

    // ---- CAM side by side --------------------------------------------------------------------------------

    @Test
    void camSeesChecksQuestionsAndResendsOfItsOwnPartnersOnly() {
        AppUser camA = fixtures.vendorUser(Role.CAM);
        AppUser camB = fixtures.vendorUser(Role.CAM);
        Organization partnerA = fixtures.tier1(camA);
        Organization partnerB = fixtures.tier1(camB);
        String a = fixtures.user(partnerA, Role.PARTNER);
        String b = fixtures.user(partnerB, Role.PARTNER);

        RequestDetails old = fixtures.submitted(a, NOW.minus(Duration.ofDays(40))); // outside the activity window
        RequestDetails first = fixtures.submitted(a, NOW.minus(Duration.ofDays(5)));
        RequestDetails second = fixtures.submitted(a, NOW.minus(Duration.ofDays(4)));
        RequestDetails questioned = fixtures.ask(fixtures.forwarded(a, camA.getEmail(), NOW.minus(Duration.ofDays(6))));
        fixtures.invited(a, camA.getEmail(), NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(7)));
        clock.set(NOW.minus(Duration.ofDays(1)));
        requests.expireDueInvitations(); // the link died after 72 h
        fixtures.submitted(b, NOW.minus(Duration.ofDays(2)));
        clock.set(NOW);

        ManagerDashboard mine = runAs.as(camA.getEmail(), dashboards::manager);
        assertThat(mine.waitingForCheck().value()).isEqualTo(4);
        assertThat(mine.questions().value()).isEqualTo(1);
        assertThat(mine.resendDue().value()).isEqualTo(1);
        assertThat(mine.oldestWaiting()).extracting(RequestItem::reference)
                .containsExactly(old.reference(), questioned.reference(), first.reference(), second.reference());
        assertThat(mine.oldestWaiting().get(1).slaState()).isEqualTo(SlaState.PAUSED);
        String scope = "responsible_manager_id = ? AND submitted_at IS NOT NULL";
        assertCounts(camA.getEmail(), mine.waitingForCheck(), scope + " AND status = 'IN_REVIEW'", camA.getId());
        assertCounts(camA.getEmail(), mine.questions(), scope + " AND status = 'IN_REVIEW' AND sla_phase = 'PAUSED'", camA.getId());
        assertCounts(camA.getEmail(), mine.resendDue(), scope + " AND status = 'INVITATION_EXPIRED'", camA.getId());
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(camA.getEmail(), bucket.counter(), scope + " AND status = ?", camA.getId(), bucket.key().name());
        }
        // activity: submitted in the last 30 days (today included, Berlin days), per partner of this CAM only
        assertThat(mine.activitySince()).isEqualTo(LocalDate.of(2035, 5, 15));
        assertThat(mine.partnerActivity()).extracting(bar -> bar.key().id()).containsExactly(partnerA.getId());
        assertThat(mine.partnerActivity().getFirst().counter().value()).isEqualTo(4);
        assertCounts(camA.getEmail(), mine.partnerActivity().getFirst().counter(),
                scope + " AND partner_id = ? AND submitted_at >= ?", camA.getId(), partnerA.getId(),
                Timestamp.valueOf(LocalDateTime.ofInstant(berlin("2035-05-15T00:00"), ZoneOffset.UTC)));

        ManagerDashboard theirs = runAs.as(camB.getEmail(), dashboards::manager);
        assertThat(theirs.waitingForCheck().value()).isEqualTo(1);
        assertThat(theirs.questions().value()).isZero();
        assertThat(theirs.resendDue().value()).isZero();
        assertThat(theirs.partnerActivity()).extracting(bar -> bar.key().id()).containsExactly(partnerB.getId());
        assertThat(theirs.oldestWaiting()).extracting(RequestItem::partnerName).containsOnly(partnerB.getName());
    }

    // ---- Cloud Ops ---------------------------------------------------------------------------------------

    @Test
    void cloudOpsSeesTheQueueBySlaStateAndTwelveWeeksOfPerformanceOnTheBusinessCalendar() {
        clock.set(OPS_NOW);
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        String camUser = cam.getEmail();
        CloudOpsDashboard before = runAs.as(DashboardFixtures.CLOUD_OPS, dashboards::cloudOps);

        // Week of 19 May: Wed 09:00 to Fri 09:00 across Ascension Day (Thu 22 May) = 24 working hours, met.
        fixtures.invited(partner, camUser, berlin("2031-05-21T09:00"), berlin("2031-05-23T09:00"));
        // Week of 26 May: 24 h and 6 h, both met: median 15 h.
        fixtures.invited(partner, camUser, berlin("2031-05-26T09:00"), berlin("2031-05-27T09:00"));
        fixtures.invited(partner, camUser, berlin("2031-05-26T10:00"), berlin("2031-05-26T16:00"));
        // Week of 2 June (Whit Monday a holiday): Tue 09:00 to Fri 10:00 = 73 h, missed; and 12 h, met: median 42.5 h.
        RequestDetails late = fixtures.invited(partner, camUser, berlin("2031-06-03T09:00"), berlin("2031-06-06T10:00"));
        RequestDetails quick = fixtures.invited(partner, camUser, berlin("2031-06-04T08:00"), berlin("2031-06-04T20:00"));
        // the queue now (Wed 11 June 10:00): 63 h used = breached, 46 h = at risk, 1 h = on track
        fixtures.forwarded(partner, camUser, berlin("2031-06-06T09:00"));
        fixtures.forwarded(partner, camUser, berlin("2031-06-09T12:00"));
        fixtures.forwarded(partner, camUser, berlin("2031-06-11T09:00"));
        // a resend requested on Tuesday: a new clock, 25 h used, on track
        RequestDetails expired = fixtures.invited(partner, camUser, berlin("2031-06-05T09:00"), berlin("2031-06-05T12:00"));
        clock.set(berlin("2031-06-10T09:00"));
        requests.expireDueInvitations();
        RequestDetails reloaded = runAs.as(camUser, () -> requests.get(expired.id()));
        runAs.run(camUser, () -> requests.requestResend(expired.id(), reloaded.version(), "customer lost the mail"));
        // invitations: one expires within the next 24 h, one later
        RequestDetails expiring = fixtures.invited(partner, camUser, berlin("2031-06-09T07:00"), berlin("2031-06-09T08:00"));
        fixtures.invited(partner, camUser, berlin("2031-06-11T07:00"), berlin("2031-06-11T08:00"));
        clock.set(OPS_NOW);

        CloudOpsDashboard now = runAs.as(DashboardFixtures.CLOUD_OPS, dashboards::cloudOps);

        assertThat(now.queue()).extracting(Bucket::key).containsExactly(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
        for (int i = 0; i < 3; i++) {
            assertThat(now.queue().get(i).counter().value() - before.queue().get(i).counter().value())
                    .as("%s", now.queue().get(i).key()).isEqualTo(i == 0 ? 2 : 1);
        }
        Timestamp slaNow = Timestamp.valueOf(LocalDateTime.ofInstant(OPS_NOW, ZoneOffset.UTC));
        String scope = "reached_cloud_ops_at IS NOT NULL";
        assertCounts(DashboardFixtures.CLOUD_OPS, now.queue().get(0).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_at_risk_at > ?", slaNow);
        assertCounts(DashboardFixtures.CLOUD_OPS, now.queue().get(1).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_at_risk_at <= ? AND sla_due_at >= ?", slaNow, slaNow);
        assertCounts(DashboardFixtures.CLOUD_OPS, now.queue().get(2).counter(),
                scope + " AND sla_phase = 'RUNNING' AND sla_due_at < ?", slaNow);
        assertThat(now.resendRequests().value()).isEqualTo(before.resendRequests().value() + 1);
        assertCounts(DashboardFixtures.CLOUD_OPS, now.resendRequests(), scope + " AND status = 'RESEND_REQUESTED'");
        assertThat(now.expiringSoon().value()).isEqualTo(before.expiringSoon().value() + 1);
        assertCounts(DashboardFixtures.CLOUD_OPS, now.expiringSoon(), scope
                + " AND status = 'INVITATION_SENT' AND invitation_expires_at > ? AND invitation_expires_at <= ?",
                slaNow, Timestamp.valueOf(LocalDateTime.ofInstant(OPS_NOW.plus(Duration.ofHours(24)), ZoneOffset.UTC)));
        assertThat(runAs.as(DashboardFixtures.CLOUD_OPS, () -> search.page(now.expiringSoon().filter(),
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
        assertThat(gridRows(DashboardFixtures.CLOUD_OPS, whitsun.invited())).extracting(RequestRow::reference)
                .containsExactlyInAnyOrder(late.reference(), quick.reference());
        assertThat(week(now, "2031-06-09").met().value()).as("this week so far").isEqualTo(2);
        for (SlaWeek week : now.weeks()) {
            Timestamp from = Timestamp.valueOf(LocalDateTime.ofInstant(week.monday().atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            Timestamp to = Timestamp.valueOf(LocalDateTime.ofInstant(week.monday().plusWeeks(1).atStartOfDay(BERLIN).toInstant(), ZoneOffset.UTC));
            String inWeek = scope + " AND invitation_sent_at >= ? AND invitation_sent_at < ?";
            assertCounts(DashboardFixtures.CLOUD_OPS, week.met(), inWeek + " AND sla_phase = 'MET'", from, to);
            assertCounts(DashboardFixtures.CLOUD_OPS, week.missed(), inWeek + " AND sla_phase = 'MISSED'", from, to);
            assertCounts(DashboardFixtures.CLOUD_OPS, week.invited(), inWeek + " AND sla_phase IN ('MET', 'MISSED')", from, to);
            assertThat(week.invited().value()).isEqualTo(week.met().value() + week.missed().value());
            assertThat(week.medianWorkingTime()).as("median of %s", week.monday()).isEqualTo(independentMedian(from, to));
        }
    }

    // ---- admin -------------------------------------------------------------------------------------------

    @Test
    void adminSeesTotalsPerStatusPlatformCountryAndActivationsPerBerlinMonth() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        Organization customer = fixtures.customer();
        AdminDashboard before = runAs.as("admin@vendor.example", dashboards::admin);

        clock.set(NOW.minus(Duration.ofDays(60)));
        fixtures.draft(partner, null, Platform.OPENSCAPE_VOICE, "LU");
        RequestDetails austrian = fixtures.draft(partner, null, Platform.OPENSCAPE_4000, "AT");
        fixtures.submit(partner, runAs.as(partner, () -> requests.saveDraft(austrian.id(), austrian.version(),
                new RequestForm(withCountry(austrian.data(), "LU"), null)))); // moved to Luxembourg
        // activated at 00:30 on 1 June in Berlin, which is still 31 May in UTC: counts for June
        fixtures.activate(fixtures.invited(partner, cam.getEmail(), berlin("2035-05-29T09:00"), berlin("2035-05-30T09:00")),
                customer, berlin("2035-06-01T00:30"));
        fixtures.activate(fixtures.invited(partner, cam.getEmail(), berlin("2035-04-02T09:00"), berlin("2035-04-02T12:00")),
                customer, berlin("2035-04-03T09:00"));
        clock.set(NOW);

        AdminDashboard now = runAs.as("admin@vendor.example", dashboards::admin);

        assertThat(now.total().value()).isEqualTo(before.total().value() + 4);
        assertCounts("admin@vendor.example", now.total(), "TRUE");
        assertThat(values(now.byStatus())).containsEntry(RequestStatus.DRAFT,
                values(before.byStatus()).getOrDefault(RequestStatus.DRAFT, 0L) + 1);
        for (Bucket<RequestStatus> bucket : now.byStatus()) {
            assertCounts("admin@vendor.example", bucket.counter(), "status = ?", bucket.key().name());
        }
        for (Bucket<Platform> bucket : now.byPlatform()) {
            assertCounts("admin@vendor.example", bucket.counter(), "platform = ?", bucket.key().name());
        }
        assertThat(now.byCountry()).extracting(Bucket::key).contains("LU");
        for (Bucket<String> bucket : now.byCountry()) {
            assertCounts("admin@vendor.example", bucket.counter(), "country = ?", bucket.key());
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
            assertCounts("admin@vendor.example", month.counter(), "activated_at >= ? AND activated_at < ?", from, to);
        }
        assertThat(now.users()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class));
        assertThat(now.organizations()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class));
    }

    @Test
    void theAdminTotalsFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        assertThat(totals()).isEqualTo(liveTotals());

        RequestDetails draft = fixtures.draft(partner, null, Platform.OPENSCAPE_VOICE, "NL");
        RequestDetails edited = runAs.as(partner, () -> requests.saveDraft(draft.id(), draft.version(),
                new RequestForm(withCountry(draft.data(), "BE"), null)));
        fixtures.forward(cam.getEmail(), fixtures.submit(partner, edited));
        assertThat(totals()).isEqualTo(liveTotals());
        jdbc.update("UPDATE activation_request SET platform = NULL, country = NULL WHERE id = ?", draft.id());
        assertThat(totals()).isEqualTo(liveTotals());
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(totals()).isEqualTo(liveTotals());
    }

    @Test
    void theActivationHoursFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        RequestDetails draft = fixtures.draft(partner, null);
        clock.set(berlin("2026-04-15T10:00"));
        AdminDashboard before = runAs.as("admin@vendor.example", dashboards::admin);

        // 00:30 on 1 April in Berlin (summer time) is still 31 March in UTC: counts for April
        jdbc.update("""
                INSERT INTO activation_request (reference, status, partner_id, partner_tier, created_by_id, created_at,
                    updated_at, activated_at)
                SELECT ?, 'ACTIVATED', partner_id, partner_tier, created_by_id, created_at, updated_at, ?
                FROM activation_request WHERE id = ?""",
                "T-" + draft.id(), utc("2026-03-31T22:30:00Z"), draft.id());
        long copy = jdbc.queryForObject("SELECT id FROM activation_request WHERE reference = ?", Long.class, "T-" + draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours()).containsKey("2026-03-31 22:00:00");
        AdminDashboard inserted = runAs.as("admin@vendor.example", dashboards::admin);
        assertThat(monthlyChanges(before, inserted)).containsExactly("2026-04+1");
        Bucket<YearMonth> april = inserted.activationsPerMonth().getLast();
        assertThat(april.key()).isEqualTo(YearMonth.of(2026, 4));
        assertCounts("admin@vendor.example", april.counter(), "activated_at >= ? AND activated_at < ?",
                utc("2026-03-31T22:00:00Z"), utc("2026-04-30T22:00:00Z"));

        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-03-31T22:59:59Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as("admin@vendor.example", dashboards::admin))).containsExactly("2026-04+2");
        // into the hour before (23:30 on 31 March in Berlin), back and forth between other hours, within one hour
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-03-31T21:30:00Z"), copy);
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as("admin@vendor.example", dashboards::admin)))
                .containsExactly("2026-03+1", "2026-04+1");
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-01-10T08:00:00Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-02-10T08:15:00Z"), draft.id());
        jdbc.update("UPDATE activation_request SET activated_at = ? WHERE id = ?", utc("2026-02-10T08:45:00Z"), draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as("admin@vendor.example", dashboards::admin)))
                .containsExactly("2026-02+1", "2026-03+1");
        jdbc.update("UPDATE activation_request SET activated_at = NULL WHERE id = ?", draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());

        jdbc.update("DELETE FROM activation_request WHERE id = ?", copy);
        jdbc.update("DELETE FROM activation_request WHERE id = ?", draft.id());
        assertThat(activationHours()).isEqualTo(liveActivationHours());
        assertThat(monthlyChanges(before, runAs.as("admin@vendor.example", dashboards::admin))).isEmpty();
    }

    /** The months whose activations differ, as "2026-04+1". */
    private static List<String> monthlyChanges(AdminDashboard before, AdminDashboard after) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < after.activationsPerMonth().size(); i++) {
            Bucket<YearMonth> month = after.activationsPerMonth().get(i);
            assertThat(before.activationsPerMonth().get(i).key()).isEqualTo(month.key());
            long more = month.counter().value() - before.activationsPerMonth().get(i).counter().value();
            if (more != 0) {
                changes.add(month.key() + (more > 0 ? "+" : "") + more);
            }
        }
        return changes;
    }

    /** The trigger-kept activations per hour, without the emptied ones. */
    @Test
    void theWeeklyVerdictsFollowEveryInsertUpdateAndDeleteOfARequest() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        RequestDetails draft = fixtures.draft(partner, null);
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
        AppUser cam = fixtures.vendorUser(Role.CAM);
        AppUser otherCam = fixtures.vendorUser(Role.CAM);
        Organization partner = fixtures.tier1(cam);
        Organization distributor = fixtures.distributor(fixtures.vendorUser(Role.DAM));
        String user = fixtures.user(partner, Role.PARTNER);
        RequestDetails draft = fixtures.draft(user, null);
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
                "partner_id = " + fixtures.tier1(otherCam).getId(), "status = 'DRAFT', partner_id = " + partner.getId()};
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
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        RequestDetails sunday = fixtures.draft(partner, null);
        RequestDetails monday = fixtures.draft(partner, null);
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

    private static CustomerData withCountry(CustomerData d, String country) {
        return new CustomerData(
                new Company(d.company().name(), d.company().otherNames(), d.company().street(),
                        d.company().postalCode(), d.company().city(), country, d.company().vatOrRegistrationNumber(),
                        d.company().industry(), d.company().intendedUse(), d.company().website()),
                d.administrator(), d.plan(), d.declarations());
    }

    @Test
    void adminSeesMailDeliveryFailures() {
        long failed = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'", Long.class);

        assertThat(runAs.as("admin@vendor.example", dashboards::admin).mailFailures()).isEqualTo(failed);
    }

    // ---- customer administrator --------------------------------------------------------------------------

    @Test
    void customerAdminSeesOnlyItsOwnTenant() {
        AppUser cam = fixtures.vendorUser(Role.CAM);
        String partner = fixtures.user(fixtures.tier1(cam), Role.PARTNER);
        Organization customerA = fixtures.customer();
        Organization customerB = fixtures.customer();
        String adminA = fixtures.user(customerA, Role.CUSTOMER_ADMIN);
        String adminB = fixtures.user(customerB, Role.CUSTOMER_ADMIN);
        RequestDetails tenantA = fixtures.activate(fixtures.invited(partner, cam.getEmail(), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(2))), customerA, NOW.minus(Duration.ofDays(1)));
        RequestDetails tenantB = fixtures.activate(fixtures.invited(partner, cam.getEmail(), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(2))), customerB, NOW.minus(Duration.ofHours(5)));
        clock.set(NOW);

        CustomerDashboard mine = runAs.as(adminA, dashboards::customer);

        assertThat(mine.tenants()).hasSize(1);
        CustomerDashboard.Tenant tenant = mine.tenants().getFirst();
        assertThat(tenant.request().reference()).isEqualTo(tenantA.reference());
        assertThat(tenant.request().status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(tenant.tenantId()).isEqualTo("tenant-" + tenantA.reference());
        assertThat(tenant.activatedAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(runAs.as(adminA, () -> search.count(tenant.request().filter()))).isEqualTo(1);
        assertThat(runAs.as(adminB, dashboards::customer).tenants()).extracting(t -> t.request().reference())
                .containsExactly(tenantB.reference());
        assertThat(runAs.as(adminB, () -> search.count(tenant.request().filter()))).as("outside B's scope").isZero();
    }

    // ---- statements --------------------------------------------------------------------------------------

    @Test
    void everyDashboardNeedsTheSameFewStatementsWithFiveOrTwentyFiveRequests() {
        AppUser dam = fixtures.vendorUser(Role.DAM);
        Organization distributor = fixtures.distributor(dam);
        Organization partner = fixtures.tier2(distributor);
        String partnerUser = fixtures.user(partner, Role.PARTNER);
        String distributorUser = fixtures.user(distributor, Role.DISTRIBUTOR);
        Organization customer = fixtures.customer();
        String customerAdmin = fixtures.user(customer, Role.CUSTOMER_ADMIN);
        Map<String, Supplier<?>> roles = Map.of(
                partnerUser, dashboards::partner, distributorUser, dashboards::distributor,
                dam.getEmail(), dashboards::manager, DashboardFixtures.CLOUD_OPS, dashboards::cloudOps,
                "admin@vendor.example", dashboards::admin, customerAdmin, dashboards::customer);

        addTier2Requests(5, partnerUser, distributor, distributorUser, dam.getEmail(), customer);
        Map<String, Integer> withFive = statements(roles);
        addTier2Requests(20, partnerUser, distributor, distributorUser, dam.getEmail(), customer);
        Map<String, Integer> withTwentyFive = statements(roles);

        assertThat(withTwentyFive).isEqualTo(withFive);
        assertThat(withFive.values()).allSatisfy(count -> assertThat(count).isBetween(1, 8));
    }

    /** Requests in every stage: at the distributor, in review, at Cloud Ops, invited, activated. */
    private void addTier2Requests(int count, String partnerUser, Organization distributor, String distributorUser,
                                  String dam, Organization customer) {
        for (int i = 0; i < count; i++) {
            clock.set(NOW.minus(Duration.ofDays(3)));
            RequestDetails request = fixtures.submit(partnerUser, fixtures.draft(partnerUser, distributor));
            if (i % 5 == 0) {
                continue;
            }
            request = fixtures.passToDam(distributorUser, request);
            if (i % 5 == 1) {
                continue;
            }
            request = fixtures.forward(dam, request);
            if (i % 5 == 2) {
                continue;
            }
            clock.set(NOW.minus(Duration.ofDays(2)));
            request = fixtures.invite(request);
            if (i % 5 == 4) {
                fixtures.activate(request, customer, NOW.minus(Duration.ofDays(1)));
            }
        }
        clock.set(NOW);
    }

    private Map<String, Integer> statements(Map<String, Supplier<?>> roles) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        roles.forEach((user, dashboard) -> runAs.run(user, () -> {
            dashboard.get(); // first call may look up the optional tables once
            sql.reset();
            dashboard.get();
            counts.put(user, sql.statements().size());
        }));
        return counts;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /**
     * The number equals a plain SQL count over the same rows written out by the test, and the grid's count for the
     * number's filter after a round trip through the grid URL, as the given user.
     */
    private void assertCounts(String user, Counter counter, String condition, Object... args) {
        Long plain = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request WHERE " + condition, Long.class, args);
        assertThat(counter.value()).as("plain SQL: %s", condition).isEqualTo(plain);
        String url = new RequestFilterParameters(counter.filter(), counter.sort(), counter.ascending()).toQueryString();
        RequestFilterParameters back = RequestFilterParameters.from(QueryParameters.fromString(url));
        assertThat(back.filter()).isEqualTo(counter.filter());
        assertThat(runAs.as(user, () -> search.count(back.filter()))).as("grid count for %s", url).isEqualTo(counter.value());
    }

    /** The rows the grid lists for the counter's link, followed by {@code user}. */
    private List<RequestRow> gridRows(String user, Counter counter) {
        RequestFilterParameters back = RequestFilterParameters.from(QueryParameters.fromString(
                new RequestFilterParameters(counter.filter(), counter.sort(), counter.ascending()).toQueryString()));
        return runAs.as(user, () -> search.page(back.filter(), back.sort(), back.ascending(), 0, RequestSearch.MAX_PAGE_SIZE));
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

    private static Map<RequestStatus, Long> values(List<Bucket<RequestStatus>> buckets) {
        Map<RequestStatus, Long> values = new EnumMap<>(RequestStatus.class);
        buckets.stream().filter(b -> b.counter().value() > 0).forEach(b -> values.put(b.key(), b.counter().value()));
        return values;
    }

    private static Map<RequestStatus, Long> expected(Object... statusAndCount) {
        Map<RequestStatus, Long> expected = new EnumMap<>(RequestStatus.class);
        for (int i = 0; i < statusAndCount.length; i += 2) {
            expected.put((RequestStatus) statusAndCount[i], ((Integer) statusAndCount[i + 1]).longValue());
        }
        return expected;
    }

    private long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
