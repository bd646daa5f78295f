package com.activationdesk.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives a running Activation Desk with N concurrent simulated users ({@link LoadScenario}, over Vaadin's own
 * protocol, {@link FlowClient}) for each N given, and prints per interaction p50/p95/p99 of the server round-trip,
 * the errors, the CPU the server process and the machine used, and the connection pool's peak. With
 * {@code -Dload.memory=0,50,100} it measures the heap per session instead ({@link SessionMemoryBenchmark}), with
 * {@code -Dload.heap-dump=/tmp/tabs.hprof} also writing a heap dump with the most tabs open ({@link HeapDominators}).
 * Command and set-up: README, "Performance"; choice of protocol client: docs/load-benchmark.md.
 */
public final class LoadBenchmark {

    /**
     * @param base       the app's address
     * @param scenario   rounds and think time per user
     * @param rampMillis users start evenly spread over this time
     */
    record Settings(String base, LoadScenario.Settings scenario, long rampMillis) {
    }

    /** One run at N users. */
    record Result(int users, LoadStatistics statistics, double seconds, double serverCores, double databaseCores,
                  double clientCores, double machineBusy, ServerProbe.PoolPeak pool, String loadBefore,
                  String loadAfter) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        String base = System.getProperty("load.url", "http://127.0.0.1:8080/");
        String pid = System.getProperty("load.pid");
        HttpClient http = httpClient();
        String databasePid = System.getProperty("load.db-pid");
        ServerProbe probe = new ServerProbe(pid == null ? null : Long.valueOf(pid),
                databasePid == null ? null : Long.valueOf(databasePid), System.getProperty("load.management"), http);
        Settings settings = new Settings(base, new LoadScenario.Settings(Integer.getInteger("load.rounds", 3),
                Integer.getInteger("load.think-ms", 1000)), Long.getLong("load.ramp-ms", 10_000));
        String memory = System.getProperty("load.memory");
        System.out.println("Server " + base + " at " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + ServerProbe.machineLoad());
        if (memory != null) {
            String heapDump = System.getProperty("load.heap-dump");
            new SessionMemoryBenchmark(http, base, probe).run(counts(memory), Integer.getInteger("load.requests-per-ui", 20),
                    heapDump == null ? null : Path.of(heapDump));
            return;
        }
        // A fresh server compiles its hot code during the first minute: measured, that is start-up, not load.
        int warmUp = Integer.getInteger("load.warmup", 0);
        if (warmUp > 0) {
            System.out.printf(Locale.ROOT, "%nWarm-up (not counted below):");
            print(run(http, probe, warmUp, settings));
        }
        for (int users : counts(System.getProperty("load.users", "10,50,100,200"))) {
            print(run(http, probe, users, settings));
        }
    }

    /** One run: N users each make one visit, all at once (spread over the ramp); waits for all of them. */
    static Result run(HttpClient http, ServerProbe probe, int users, Settings settings) {
        LoadStatistics statistics = new LoadStatistics();
        String loadBefore = ServerProbe.machineLoad();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<ServerProbe.PoolPeak> pool = CompletableFuture.supplyAsync(() -> probe.samplePool(stop));
        ServerProbe.CpuSample before = probe.cpu();
        try (ExecutorService userThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < users; user++) {
                long delay = users == 1 ? 0 : settings.rampMillis() * user / users;
                int id = user;
                userThreads.submit(() -> {
                    sleep(delay);
                    new LoadScenario(new FlowClient(http, settings.base()), id, settings.scenario(), statistics).run();
                });
            }
        }
        ServerProbe.CpuSample after = probe.cpu();
        stop.set(true);
        double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
        double machineBusy = (after.machineBusySeconds() - before.machineBusySeconds())
                / (after.machineTotalSeconds() - before.machineTotalSeconds());
        return new Result(users, statistics, seconds, (after.processSeconds() - before.processSeconds()) / seconds,
                (after.databaseSeconds() - before.databaseSeconds()) / seconds,
                (after.clientSeconds() - before.clientSeconds()) / seconds, machineBusy, pool.join(), loadBefore,
                ServerProbe.machineLoad());
    }

    static void print(Result result) {
        System.out.printf(Locale.ROOT, "%n%d users: %.1f s, cores used by server %.2f, database %.2f, this client "
                        + "%.2f; machine %.0f %% busy, pool peak %.0f active / %.0f waiting of %.0f; load average "
                        + "before %s, after %s%n",
                result.users(), result.seconds(), result.serverCores(), result.databaseCores(), result.clientCores(),
                result.machineBusy() * 100,
                result.pool().maxActive(), result.pool().maxPending(), result.pool().size(), result.loadBefore(),
                result.loadAfter());
        System.out.print(result.statistics().table());
        result.statistics().errorMessages().forEach(message -> System.out.println("  error " + message));
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    private static List<Integer> counts(String list) {
        return new ArrayList<>(Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
