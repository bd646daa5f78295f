package com.activationdesk.audit;

import com.activationdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain benchmark at a few thousand entries in every build, so its seeding (the canonical form outside the
 * application's append path) and its verification cannot rot unnoticed. On the shared test database: the seeded
 * entries are valid links of its chain, about requests no test has.
 */
@IntegrationTest
class AuditChainBenchmarkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsAValidChainAndVerifiesEveryEntry() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        // more than one page of the walk and of the seeding
        ChainVerification result = AuditChainBenchmark.run(context, (int) before + ChainWalk.PAGE + 2_500);

        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
        assertThat(result.checked()).isEqualTo(before + ChainWalk.PAGE + 2_500);
        assertThat(result.headId()).isEqualTo(jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class));
    }
}
