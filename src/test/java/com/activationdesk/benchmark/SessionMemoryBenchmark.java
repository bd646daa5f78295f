package com.activationdesk.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;

/**
 * Heap retained per logged-in tab with the request grid open: live heap (after a full GC, {@code jcmd
 * GC.class_histogram}) with 0, 50, 100, ... sessions, each one login with one tab on the grid filtered by an SLA
 * state; then after every tab made more requests (scrolling), to show nothing grows per request; then after every
 * tab sent the unload beacon of a closed tab, to show what the UI was and what the bare session still holds. Each
 * tab confirms the grid's updates at once, as vaadin-grid does, so the last response Flow keeps per UI is the one a
 * browser's tab leaves. Besides the growth since the fresh server (which includes one-off warm-up: caches, the first
 * query plans), it prints the growth per session since the previous step, the marginal cost of one more tab.
 */
final class SessionMemoryBenchmark {

    private static final List<String> LOGINS = List.of(OPS1, CAM1, DAM1, NORDLICHT_USER1);

    /** The figures of one measurement. */
    record Step(String what, int sessions, long liveBytes) {
    }

    private final HttpClient http;
    private final String base;
    private final ServerProbe probe;
    private final List<FlowClient> tabs = new ArrayList<>();

    SessionMemoryBenchmark(HttpClient http, String base, ServerProbe probe) {
        this.http = http;
        this.base = base;
        this.probe = probe;
    }

    List<Step> run(List<Integer> counts, int requestsPerUi) {
        return run(counts, requestsPerUi, null);
    }

    /** @param heapDump where to write a heap dump with the most tabs open, before the scrolls; none if {@code null} */
    List<Step> run(List<Integer> counts, int requestsPerUi, Path heapDump) {
        List<Step> steps = new ArrayList<>();
        Map<String, Long> first = null;
        Map<String, Long> last = null;
        System.out.printf("%-44s %9s %14s %16s %16s%n", "step", "sessions", "live heap MB", "kB per session",
                "since last step");
        for (int count : counts.stream().sorted().toList()) {
            openTabs(count);
            last = probe.liveHeap();
            if (first == null) {
                first = last;
            }
            Step step = new Step("logged in, grid open", count, last.get(""));
            steps.add(print(step, steps.isEmpty() ? step : steps.getFirst(), steps.isEmpty() ? step : steps.getLast()));
        }
        if (heapDump != null) {
            probe.heapDump(heapDump);
            System.out.println("Heap dump with " + tabs.size() + " tabs: " + heapDump);
        }
        for (FlowClient tab : tabs) {
            UiTree.Node grid = tab.tree().requireId("requests-grid");
            for (int request = 0; request < requestsPerUi; request++) {
                tab.scroll(grid, request % 2 == 0 ? 60 : 0, 30);
                tab.confirmGridUpdates();
            }
        }
        steps.add(print(new Step("after " + requestsPerUi + " more requests per tab", tabs.size(),
                probe.liveHeap().get("")), steps.getFirst(), null));
        tabs.forEach(FlowClient::closeTab);
        steps.add(print(new Step("tabs closed (unload beacon), sessions kept", tabs.size(),
                probe.liveHeap().get("")), steps.getFirst(), null));
        if (first != last) {
            printLargestGrowth(first, last, tabs.size() - steps.getFirst().sessions());
        }
        return steps;
    }

    /** Prints the step with its growth per session since {@code baseline} and, if given, since {@code previous}. */
    private Step print(Step step, Step baseline, Step previous) {
        System.out.printf(Locale.ROOT, "%-44s %9d %14.1f %16s %16s%n", step.what(), step.sessions(),
                step.liveBytes() / 1048576.0, perSession(step, baseline), previous == null ? "" : perSession(step, previous));
        return step;
    }

    private static String perSession(Step step, Step since) {
        int added = step.sessions() - since.sessions();
        return added == 0 ? "" : String.format(Locale.ROOT, "%.0f", (step.liveBytes() - since.liveBytes()) / 1024.0 / added);
    }

    /** Logs in new sessions (four at a time, as a login costs a BCrypt check) until there are {@code count}. */
    private void openTabs(int count) {
        try (ExecutorService logins = Executors.newFixedThreadPool(4)) {
            List<Future<FlowClient>> opened = new ArrayList<>();
            for (int i = tabs.size(); i < count; i++) {
                String login = LOGINS.get(i % LOGINS.size());
                opened.add(logins.submit(() -> {
                    FlowClient tab = new FlowClient(http, base);
                    tab.logIn(login, PASSWORD);
                    tab.open("requests", "sla=ON_TRACK");
                    tab.tree().requireId("requests-grid");
                    tab.confirmGridUpdates();
                    return tab;
                }));
            }
            for (Future<FlowClient> tab : opened) {
                tabs.add(tab.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The classes whose live bytes grew most per added session: where a session's memory goes. */
    private static void printLargestGrowth(Map<String, Long> first, Map<String, Long> last, int sessions) {
        Map<String, Long> growth = new HashMap<>();
        last.forEach((type, bytes) -> growth.put(type, bytes - first.getOrDefault(type, 0L)));
        growth.remove("");
        System.out.println("\nLargest growth per session, by class:");
        growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(15)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %10.1f kB  %s%n",
                        entry.getValue() / 1024.0 / Math.max(1, sessions), entry.getKey()));
    }
}
