package com.activationdesk.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Where the time of a page change goes, from the browser's Navigation Timing of the page it arrived at: the
 * server's answer to the action (with the redirects it caused), the new page's HTML, its scripts until
 * DOMContentLoaded, and the first round trip of the Flow client until the page was ready. Summed per phase, so
 * a test can say where its rounds spend their time; it asserts nothing about time.
 */
final class PageTimings {

    private final JavascriptExecutor js;
    private final Map<String, Double> totals = new LinkedHashMap<>();

    PageTimings(JavascriptExecutor js) {
        this.js = js;
    }

    /** The browser's clock (epoch milliseconds), taken just before the action that leaves the page. */
    long now() {
        return ((Number) js.executeScript("return Date.now();")).longValue();
    }

    /** Adds the phases of the change started at {@code actionAt} that led to the page now showing and ready. */
    void add(String change, long actionAt) {
        @SuppressWarnings("unchecked")
        Map<String, Number> t = (Map<String, Number>) js.executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                return {origin: performance.timeOrigin, request: n.requestStart, html: n.responseEnd,
                        scripts: n.domContentLoadedEventEnd, ready: performance.now()};""");
        double origin = t.get("origin").doubleValue();
        add(change + " server", origin + t.get("request").doubleValue() - actionAt);
        add(change + " html", t.get("html").doubleValue() - t.get("request").doubleValue());
        add(change + " scripts", t.get("scripts").doubleValue() - t.get("html").doubleValue());
        add(change + " until ready", t.get("ready").doubleValue() - t.get("scripts").doubleValue());
    }

    private void add(String phase, double millis) {
        totals.merge(phase, millis, Double::sum);
    }

    /** "login server=…, login html=…, …" averaged over the rounds. */
    String perRound(int rounds) {
        return totals.entrySet().stream().map(e -> e.getKey() + "=" + Math.round(e.getValue() / rounds))
                .collect(Collectors.joining(", "));
    }
}
