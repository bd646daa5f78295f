package com.activationdesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.activationdesk.IntegrationTest;
import com.activationdesk.testdata.Unique;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;

import static com.activationdesk.testdata.AuditRecords.inTransaction;
import static com.activationdesk.testdata.AuditRecords.partner;
import static com.activationdesk.testdata.AuditRecords.record;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.Unique.reference;
import static com.activationdesk.testdata.Unique.requestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The global audit log: each filter, AND-combination, paging newest first, ADMIN only. */
@IntegrationTest
class AuditSearchTest {

    private static final Pageable FIRST_100 = PageRequest.of(0, 100);

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterByRequestReferencePrefix() {
        String base = reference("SR-");
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        Instant at = Instant.now();
        save(record(requestId(), base + "-1", actor, at, "SUBMIT"),
                record(requestId(), base + "-2", actor, at, "SUBMIT"),
                record(requestId(), reference("SR-"), actor, at, "SUBMIT"));

        assertThat(search(new AuditFilter(base, null, null, null, null, null)))
                .extracting(AuditEntryView::requestReference).containsExactlyInAnyOrder(base + "-1", base + "-2");
        assertThat(search(new AuditFilter(" " + base.toLowerCase(Locale.ROOT) + "-2 ", null, null, null, null, null)))
                .extracting(AuditEntryView::requestReference).containsExactly(base + "-2");
        // LIKE wildcards in the input are taken literally
        assertThat(auditTrail.count(new AuditFilter("%", null, null, null, null, null))).isZero();
        assertThat(auditTrail.count(new AuditFilter("SR_", null, null, null, null, null))).isZero();
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterByActorEmailIgnoringCase() {
        String email = Unique.email("auditor", "test.example");
        Instant at = Instant.now();
        save(record(requestId(), "E1", partner(email), at, "SUBMIT"),
                record(requestId(), "E2", partner(email), at, "WITHDRAW"),
                record(requestId(), "E3", partner(Unique.email("auditor", "test.example")), at, "SUBMIT"));

        assertThat(search(new AuditFilter(null, email.toUpperCase(Locale.ROOT), null, null, null, null)))
                .extracting(AuditEntryView::requestReference).containsExactlyInAnyOrder("E1", "E2");
        assertThat(auditTrail.count(new AuditFilter(null, email, null, null, null, null))).isEqualTo(2);
    }

    /** The API audits a token's calls as "e-mail via API, token …": filtering by the e-mail finds them too. */
    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterByActorEmailFindsTheUsersActionsThroughApiTokens() {
        String email = Unique.email("auditor", "test.example");
        String lookalike = email.replace("@", "x@");
        Instant at = Instant.now();
        save(record(requestId(), "V1", partner(email), at, "SUBMIT"),
                record(requestId(), "V2", partner(email + " via API, token ERP (adk_1234abcd)"), at, "SUBMIT"),
                record(requestId(), "V3", partner(lookalike + " via API, token ERP (adk_1234abcd)"), at, "SUBMIT"),
                record(requestId(), "V4", partner(email + ".other"), at, "SUBMIT"));

        assertThat(search(new AuditFilter(null, email, null, null, null, null)))
                .extracting(AuditEntryView::requestReference).containsExactlyInAnyOrder("V1", "V2");
        assertThat(auditTrail.count(new AuditFilter(null, email.toUpperCase(Locale.ROOT), null, null, null, null)))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterByAction() {
        String action = uniqueAction();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        Instant at = Instant.now();
        save(record(requestId(), "A1", actor, at, action),
                record(requestId(), "A2", actor, at, action),
                record(requestId(), "A3", actor, at, action + "X"));

        assertThat(search(new AuditFilter(null, null, action, null, null, null)))
                .extracting(AuditEntryView::requestReference).containsExactlyInAnyOrder("A1", "A2");
        assertThat(auditTrail.count(new AuditFilter(null, null, action, null, null, null))).isEqualTo(2);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterByTimeWindowFromInclusiveToExclusive() {
        // A random hour in the 1990s: no other test writes there.
        Instant base = Instant.parse("1990-01-01T00:00:00Z")
                .plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(24L * 365 * 9)))
                .plusNanos(ThreadLocalRandom.current().nextLong(1_000_000) * 1000);
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        save(record(requestId(), "T0", actor, base, "SUBMIT"),
                record(requestId(), "T1", actor, base.plusSeconds(3600), "SUBMIT"),
                record(requestId(), "T2", actor, base.plusSeconds(7200), "SUBMIT"));

        assertThat(search(new AuditFilter(null, null, null, base.plusSeconds(3600), base.plusSeconds(7200), null)))
                .extracting(AuditEntryView::requestReference).containsExactly("T1");
        assertThat(search(new AuditFilter(null, null, null, base, base.plusSeconds(7200).plusNanos(1000), null)))
                .extracting(AuditEntryView::requestReference).containsExactly("T2", "T1", "T0");
        // open-ended bounds (narrowed to this test's actor, other tests write newer entries)
        assertThat(search(new AuditFilter(null, actor.email(), null, base.plusSeconds(7200), null, null)))
                .extracting(AuditEntryView::requestReference).containsExactly("T2");
        assertThat(search(new AuditFilter(null, actor.email(), null, null, base.plusNanos(1000), null)))
                .extracting(AuditEntryView::requestReference).containsExactly("T0");
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filtersCombineWithAnd() {
        String email = Unique.email("auditor", "test.example");
        String action = uniqueAction();
        String reference = reference("AND-");
        Instant at = Instant.parse("2026-06-01T12:00:00Z");
        save(record(requestId(), reference, partner(email), at, action),
                record(requestId(), reference, partner(email), at, "OTHER"),
                record(requestId(), reference, partner(Unique.email("auditor", "test.example")), at, action),
                record(requestId(), "ZZ-" + reference.substring(4), partner(email), at, action),
                record(requestId(), reference, partner(email), at.plusSeconds(86_400), action));

        AuditFilter all = new AuditFilter(reference, email, action, at, at.plusSeconds(60), null);
        assertThat(search(all)).singleElement().satisfies(entry -> {
            assertThat(entry.requestReference()).isEqualTo(reference);
            assertThat(entry.actor().email()).isEqualTo(email);
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.occurredAt()).isEqualTo(at);
        });
        assertThat(auditTrail.count(all)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void pagesComeNewestFirstWithTheIdBreakingTies() {
        String action = uniqueAction();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        Instant t = Instant.parse("2026-02-02T10:00:00Z");
        // recorded out of order; two entries share the latest time
        save(record(requestId(), "P3", actor, t.plusSeconds(3), action),
                record(requestId(), "P1", actor, t.plusSeconds(1), action),
                record(requestId(), "P4a", actor, t.plusSeconds(4), action),
                record(requestId(), "P2", actor, t.plusSeconds(2), action),
                record(requestId(), "P4b", actor, t.plusSeconds(4), action));
        AuditFilter filter = new AuditFilter(null, null, action, null, null, null);

        assertThat(auditTrail.count(filter)).isEqualTo(5);
        assertThat(page(filter, PageRequest.of(0, 2))).containsExactly("P4b", "P4a");
        assertThat(page(filter, PageRequest.of(1, 2))).containsExactly("P3", "P2");
        assertThat(page(filter, PageRequest.of(2, 2))).containsExactly("P1");
        assertThat(page(filter, PageRequest.of(3, 2))).isEmpty();
        // the caller's sort does not change the fixed order
        assertThat(page(filter, PageRequest.of(0, 2, Sort.by("requestReference")))).containsExactly("P4b", "P4a");
        assertThatThrownBy(() -> auditTrail.search(filter, Pageable.unpaged()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void aPageAndATimelineAreOneSelectEach() {
        String action = uniqueAction();
        long requestId = requestId();
        AuditActor actor = partner(Unique.email("auditor", "test.example"));
        Instant at = Instant.parse("2026-03-03T03:03:03Z");
        List<FieldChange> changes = List.of(new FieldChange("city", "Kiel", "Lübeck"), new FieldChange("phone", null, "+49"));
        for (int i = 0; i < 5; i++) {
            AuditRecord entry = new AuditRecord(requestId, "N1", actor, at.plusSeconds(i), action, "DRAFT", "DRAFT", null, changes);
            inTransaction(transactionManager, () -> auditTrail.record(entry));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(auditTrail.search(new AuditFilter(null, null, action, null, null, null), PageRequest.of(0, 50)))
                    .hasSize(5).allSatisfy(entry -> assertThat(entry.changes()).isEqualTo(changes));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            statistics.clear();
            assertThat(auditTrail.timeline(requestId)).hasSize(5);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void nonAdminsMayNotSearchOrCount() {
        AuditFilter filter = new AuditFilter(null, null, null, null, null, null);
        assertThatThrownBy(() -> auditTrail.search(filter, FIRST_100)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.count(filter)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(CAM1)
    void vendorStaffWhoAreNotAdminsMayNotSearchEither() {
        assertThatThrownBy(() -> auditTrail.search(new AuditFilter(null, null, null, null, null, null), FIRST_100))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void save(AuditRecord... records) {
        for (AuditRecord record : records) {
            inTransaction(transactionManager, () -> auditTrail.record(record));
        }
    }

    private List<AuditEntryView> search(AuditFilter filter) {
        return auditTrail.search(filter, FIRST_100);
    }

    private List<String> page(AuditFilter filter, Pageable pageable) {
        return auditTrail.search(filter, pageable).stream().map(AuditEntryView::requestReference).toList();
    }

    private static String uniqueAction() {
        return "TEST_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE), 36)
                .toUpperCase(Locale.ROOT);
    }
}
