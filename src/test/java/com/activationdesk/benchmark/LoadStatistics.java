package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.activationdesk.benchmark.LoadScenario.Interaction;

/**
 * Server round-trips per interaction (an interaction is every HTTP request it takes, back to back: the time a
 * user waits), and the errors, collected from all simulated users at once. Given a counter of the SQL statements
 * the server sent, also the statements per interaction: meaningful for one user alone, on a server without
 * scheduled jobs (LoadBenchmarkTest), where every statement between an interaction's start and end is its own.
 */
final class LoadStatistics {

    /** One interaction type's figures. */
    record Figures(Interaction interaction, int count, int errors, double p50, double p95, double p99,
                   double statements) {
    }

    private final Map<Interaction, Queue<Double>> millis = new EnumMap<>(Interaction.class);
    private final Map<Interaction, AtomicInteger> errors = new EnumMap<>(Interaction.class);
    private final Queue<String> errorMessages = new ConcurrentLinkedQueue<>();
    private final LongSupplier statementCounter;
    private final Map<Interaction, AtomicLong> statements = new EnumMap<>(Interaction.class);

    LoadStatistics() {
        this(null);
    }

    /** @param statementCounter the server's SQL statements so far, or null when they cannot be counted */
    LoadStatistics(LongSupplier statementCounter) {
        this.statementCounter = statementCounter;
        for (Interaction interaction : Interaction.values()) {
            millis.put(interaction, new ConcurrentLinkedQueue<>());
            errors.put(interaction, new AtomicInteger());
            statements.put(interaction, new AtomicLong());
        }
    }

    void time(Interaction interaction, Runnable step) {
        long statementsBefore = statementCounter == null ? 0 : statementCounter.getAsLong();
        long started = System.nanoTime();
        step.run();
        millis.get(interaction).add((System.nanoTime() - started) / 1e6);
        if (statementCounter != null) {
            statements.get(interaction).addAndGet(statementCounter.getAsLong() - statementsBefore);
        }
    }

    void error(Interaction interaction, String message) {
        errors.get(interaction).incrementAndGet();
        if (errorMessages.size() < 20) {
            errorMessages.add(interaction + ": " + message);
        }
    }

    List<Figures> figures() {
        List<Figures> figures = new ArrayList<>();
        for (Interaction interaction : Interaction.values()) {
            List<Double> sorted = new ArrayList<>(millis.get(interaction));
            sorted.sort(Double::compare);
            figures.add(new Figures(interaction, sorted.size(), errors.get(interaction).get(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    statementCounter == null || sorted.isEmpty() ? Double.NaN
                            : (double) statements.get(interaction).get() / sorted.size()));
        }
        return figures;
    }

    int errors() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> errorMessages() {
        return List.copyOf(errorMessages);
    }

    /** Nearest-rank percentile; NaN without measurements. */
    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
        return sorted.get(Math.max(0, rank - 1));
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "  %-13s %7s %7s %9s %9s %9s %9s%n",
                "interaction", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "SQL each"));
        for (Figures f : figures()) {
            table.append(String.format(Locale.ROOT, "  %-13s %7d %7d %9.0f %9.0f %9.0f %9.1f%n", f.interaction(),
                    f.count(), f.errors(), f.p50(), f.p95(), f.p99(), f.statements()));
        }
        return table.toString();
    }
}
