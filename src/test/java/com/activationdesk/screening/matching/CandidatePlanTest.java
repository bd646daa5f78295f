package com.activationdesk.screening.matching;

import java.util.ArrayList;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.screening.SanctionsScreening;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate statement's plan does not depend on table statistics: the ranked keys first, then the version,
 * alias and entry each by primary key. On 50,000 entries the other order (all aliases of the version, then the
 * keys) took 100–700 ms per screening instead of 1–2 ms (docs/screening.md, Benchmark).
 */
@IntegrationTest
class CandidatePlanTest {

    @Autowired
    SanctionsScreening screening;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rankedKeysComeFirstAndEveryJoinIsByPrimaryKey() {
        StringBuilder entities = new StringBuilder();
        for (int i = 1; i <= 40; i++) { // one version with many aliases: the statistics that misled MariaDB
            entities.append(euEntity("P" + i, "Borodin Trading " + i, "Plan Test Holding " + i));
        }
        screening.importList("EU_FSF_XML", stream(euFile(entities.toString())));

        List<String> keys = List.copyOf(NameKeys.of(NameNormalizer.tokens("Borodin Trading")));
        List<String> plan = new ArrayList<>();
        jdbc.sql("EXPLAIN " + NameIndex.CANDIDATES_SQL).param("keys", keys).param("limit", NameIndex.CANDIDATES)
                .query(rs -> {
                    plan.add(rs.getString("table") + " " + rs.getString("type"));
                });

        assertThat(plan).hasSize(5);
        assertThat(plan.getFirst()).startsWith("<derived");
        assertThat(plan.subList(1, 4)).containsExactly("v eq_ref", "a eq_ref", "e eq_ref");
        assertThat(plan.getLast()).isEqualTo("screening_name_key range");
    }
}
