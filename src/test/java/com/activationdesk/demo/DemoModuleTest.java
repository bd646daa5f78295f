package com.activationdesk.demo;

import java.util.List;
import java.util.Set;

import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.CloudOpsDashboard;
import com.activationdesk.dashboard.service.CustomerDashboard;
import com.activationdesk.dashboard.service.DashboardService;
import com.activationdesk.dashboard.service.DistributorDashboard;
import com.activationdesk.dashboard.service.ManagerDashboard;
import com.activationdesk.dashboard.service.PartnerDashboard;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.sla.SlaState;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 1, the first run: on an empty embedded database the demo requests are seeded through the services,
 * every status and SLA state is there on the day of the run, and every role's dashboard shows numbers, not zeros.
 * The whole application in the first-run context ({@link FirstRunContext}); {@link FirstRunBrowserTest} reads the same
 * numbers off the pages.
 */
@FirstRunContext
class DemoModuleTest {

    private static final List<String> PARTNER_DOMAINS = DemoStories.PARTNERS.stream()
            .map(DemoStories.Partner::domain).toList();

    @Autowired
    DashboardService dashboards;
    @Autowired
    RequestSearch search;
    @Autowired
    DemoSteps steps;
    @Autowired
    SeedingClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void betweenOneAndTwoHundredRequestsInEveryStatus() {
        AdminDashboard admin = as("admin@vendor.example", () -> dashboards.admin());

        assertThat(admin.total().value()).isBetween(100L, 200L);
        assertThat(admin.byStatus()).allSatisfy(bucket -> assertThat(bucket.counter().value())
                .as("%s", bucket.key()).isPositive());
        assertThat(admin.byStatus()).extracting(Bucket::key).containsExactlyInAnyOrder(RequestStatus.values());
        assertThat(admin.activationsPerMonth().stream().filter(month -> month.counter().value() > 0)).hasSizeGreaterThan(5);
        assertThat(admin.byCountry()).hasSizeGreaterThan(5);
    }

    @Test
    void everySlaStateIsTrueNow() {
        for (SlaState state : SlaState.values()) {
            long count = as("admin@vendor.example", () -> search.count(RequestFilter.none().withSlaStates(Set.of(state))));
            assertThat(count).as("%s", state).isPositive();
        }
    }

    @Test
    void everyPartnerSeesItsRequestsWhatWaitsForItAndItsTenants() {
        for (String domain : PARTNER_DOMAINS) {
            PartnerDashboard partner = as("user1@" + domain, () -> dashboards.partner());
            assertThat(partner.returned().value()).as(domain).isPositive();
            assertThat(partner.invitationsSent().value()).as(domain).isPositive();
            assertThat(partner.invitationsExpired().value()).as(domain).isPositive();
            assertThat(partner.coAdministration().activated()).as(domain).isGreaterThanOrEqualTo(3);
            assertThat(partner.coAdministration().withoutMe().value()).as(domain).isPositive();
        }
    }

    @Test
    void distributorsAndAccountManagersHaveWorkWaiting() {
        for (String distributor : List.of("user1@alpha-dist.example", "user1@beta-dist.example")) {
            DistributorDashboard dashboard = as(distributor, () -> dashboards.distributor());
            assertThat(dashboard.waiting().value()).as(distributor).isPositive();
            assertThat(dashboard.returned().value()).as(distributor).isPositive();
        }
        for (String manager : List.of("cam1@vendor.example", "cam2@vendor.example", "dam1@vendor.example",
                "dam2@vendor.example")) {
            ManagerDashboard dashboard = as(manager, () -> dashboards.manager());
            assertThat(dashboard.waitingForCheck().value()).as(manager).isPositive();
            assertThat(dashboard.questions().value()).as(manager).isPositive();
            assertThat(dashboard.resendDue().value()).as(manager).isPositive();
        }
    }

    @Test
    void cloudOpsSeesEveryRunningSlaStateAndTheWeeksBehind() {
        CloudOpsDashboard ops = as("ops1@vendor.example", () -> dashboards.cloudOps());

        assertThat(ops.queue()).extracting(Bucket::key)
                .containsExactlyInAnyOrder(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
        assertThat(ops.queue()).allSatisfy(bucket -> assertThat(bucket.counter().value()).as("%s", bucket.key())
                .isPositive());
        assertThat(ops.resendRequests().value()).isPositive();
        assertThat(ops.expiringSoon().value()).isPositive();
        assertThat(ops.weeks().stream().mapToLong(week -> week.met().value()).sum()).isPositive();
        assertThat(ops.weeks().stream().mapToLong(week -> week.missed().value()).sum()).isPositive();
    }

    @Test
    void theReadmeCustomerAdminHasAnActivatedTenantWithACoAdministrator() {
        CustomerDashboard customer = as(DemoCustomers.MUSTER_ADMIN, () -> dashboards.customer());

        assertThat(customer.tenants()).singleElement().satisfies(tenant -> {
            assertThat(tenant.activatedAt()).isNotNull();
            assertThat(tenant.coAdministrators()).extracting(CustomerDashboard.CoAdministrator::email)
                    .containsExactly("user1@nordlicht.example");
        });
    }

    /**
     * The seeded past's invitation mails of since activated or expired tenants were settled when queued; the delivery
     * job (package-private in the mail module, so called by name) then sends the rest with the real clock: no false
     * failure on the admin dashboard. InvitationMailTest keeps the production rule (a gone link is a failure).
     */
    @Test
    void theDeliveryAfterSeedingGivesUpOnNoMail() {
        Object job = context.getBean("outboxDeliveryJob");
        var deliverDue = ReflectionUtils.findMethod(AopUtils.getTargetClass(job), "deliverDue");
        ReflectionUtils.makeAccessible(deliverDue);
        ReflectionUtils.invokeMethod(deliverDue, job);

        assertThat(countOutbox("status = 'SENT' AND invitation_id IS NOT NULL AND sent_at = created_at"))
                .as("settled when queued").isGreaterThanOrEqualTo(20);
        assertThat(countOutbox("status = 'SENT' AND invitation_id IS NOT NULL AND sent_at > created_at"))
                .as("open invitations delivered by the job").isPositive();
        assertThat(countOutbox("status = 'PENDING'")).isZero();
        assertThat(countOutbox("status = 'FAILED'")).isZero();
        assertThat(as("admin@vendor.example", () -> dashboards.admin()).mailFailures()).isZero();
    }

    private long countOutbox(String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE " + condition).query(Long.class).single();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return steps.as(user, clock.instant(), work);
    }
}
