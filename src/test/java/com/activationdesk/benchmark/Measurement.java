package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import com.activationdesk.SqlStatementCounter;

/**
 * One benchmarked query or dashboard: median and p95 server time over the repetitions, the SQL statements of one
 * run and the rows it returned (a dashboard counts as one), so a test can tell a measurement of nothing.
 */
record Measurement(String role, String name, double medianMillis, double p95Millis, long statements, int rows) {

    /** Times {@code query} {@code repeat} times after three warm-up runs (caches, JIT, one-time lookups). */
    static Measurement time(String role, String name, IntSupplier query, SqlStatementCounter sql, int repeat) {
        for (int i = 0; i < 3; i++) {
            query.getAsInt();
        }
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        long statements = 0;
        for (int i = 0; i < repeat; i++) {
            sql.reset();
            long started = System.nanoTime();
            rows = query.getAsInt();
            millis.add((System.nanoTime() - started) / 1e6);
            statements = sql.statements().size();
        }
        millis.sort(Double::compare);
        double median = millis.get(millis.size() / 2);
        double p95 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1));
        return new Measurement(role, name, median, p95, statements, rows);
    }
}
