package com.activationdesk.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.dashboard.service.Counter;
import com.activationdesk.request.RequestLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * The dashboards' drawing kit, all server-side and plain CSS (app.css, "Dashboards"): number cards, horizontal
 * bars, stacked columns and an SVG line. Every number is an anchor to the request grid with its filter in the URL
 * (a few admin cards link to other views); Vaadin's router follows same-origin anchors without reloading the page.
 */
final class Charts {

    private final Formats formats;

    Charts(Formats formats) {
        this.formats = formats;
    }

    /** One bar or column: its label, its number and the colour of its tone. */
    record Bar(String label, Counter counter, Badge.Tone tone) {
    }

    /**
     * One column of a stacked column chart, bottom segment first, with a line under it (e.g. a median) that links
     * to the grid with {@code noteCounter}'s rows.
     */
    record Column(String label, String title, List<Bar> segments, String note, Counter noteCounter) {
    }

    /** The grid URL for a counter, in the counter's order. */
    static String href(Counter counter) {
        return RequestLinks.grid(counter.filter(), counter.sort(), counter.ascending());
    }

    String format(long value) {
        return formats.number(value);
    }

    /**
     * A card with a big number; the whole card is a link to the grid. The number is also in {@code data-value} so a
     * test can compare it with the grid without parsing formatted text.
     */
    Component card(String id, String title, Counter counter, String hint, Badge.Tone tone) {
        return card(id, title, counter.value(), href(counter), hint, tone);
    }

    /**
     * A card whose title agrees with its number ("1 Invitation expired", "2 Invitations expired"): the text of
     * {@code titleKey.one} for exactly one, else of {@code titleKey.other}.
     */
    Component countedCard(String id, String titleKey, Counter counter, String hint, Badge.Tone tone) {
        return card(id, Texts.count(titleKey, counter.value()), counter, hint, tone);
    }

    /** A counted card (see {@link #countedCard}) whose number links to another view than the grid (e.g. the users). */
    Component linkCard(String id, String titleKey, long value, String href, Badge.Tone tone) {
        return card(id, Texts.count(titleKey, value), value, href, null, tone);
    }

    private Component card(String id, String title, long value, String href, String hint, Badge.Tone tone) {
        Span number = new Span(format(value));
        number.addClassName("dashboard-card-value");
        Span caption = new Span(title);
        caption.addClassName("dashboard-card-title");
        Anchor card = new Anchor(href, number, caption);
        card.getElement().setAttribute("data-value", String.valueOf(value));
        card.setId(id);
        card.getElement().getClassList().add("dashboard-card");
        card.getElement().getClassList().add("tone-" + tone.name().toLowerCase(Locale.ROOT));
        if (value == 0) {
            card.getElement().getClassList().add("dashboard-card-zero");
        }
        if (hint != null) {
            Span hintText = new Span(hint);
            hintText.addClassName("dashboard-card-hint");
            card.getElement().appendChild(hintText.getElement());
        }
        return card;
    }

    /** Horizontal bars, longest first as given; each row is one link. Bars scale to the largest value. */
    Component bars(String id, List<Bar> bars) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("dashboard-bars");
        long max = bars.stream().mapToLong(b -> b.counter().value()).max().orElse(0);
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("bar-label");
            Span fill = new Span();
            fill.addClassNames("bar-fill", "tone-" + bar.tone().name().toLowerCase(Locale.ROOT));
            fill.getStyle().set("width", percent(bar.counter().value(), max));
            Span track = new Span(fill);
            track.addClassName("bar-track");
            Span value = new Span(format(bar.counter().value()));
            value.addClassName("bar-value");
            chart.add(link(bar.counter(), "bar-row", label, track, value));
        }
        return chart;
    }

    /**
     * Vertical stacked columns (weeks, months), scaled to the highest column, each segment its own link; a
     * linked note (e.g. the week's median) under each label.
     */
    Component columns(String id, List<Column> columns) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("dashboard-columns");
        long max = columns.stream().mapToLong(c -> c.segments().stream().mapToLong(s -> s.counter().value()).sum())
                .max().orElse(0);
        for (Column column : columns) {
            Div stack = new Div();
            stack.addClassName("column-stack");
            // CSS column-reverse: the first segment sits at the bottom
            for (Bar segment : column.segments()) {
                if (segment.counter().value() == 0) {
                    continue;
                }
                Component part = link(segment.counter(), "column-segment");
                part.getElement().getClassList().add("tone-" + segment.tone().name().toLowerCase(Locale.ROOT));
                part.getElement().getStyle().set("height", percent(segment.counter().value(), max));
                part.getElement().setAttribute("title", segment.label() + ": " + format(segment.counter().value()));
                stack.add(part);
            }
            Span label = new Span(column.label());
            label.addClassName("column-label");
            Div col = new Div(stack, label);
            col.addClassName("column");
            col.getElement().setAttribute("title", column.title());
            col.add(link(column.noteCounter(), "column-note", new Span(column.note())));
            chart.add(col);
        }
        return chart;
    }

    /**
     * A line over equally spaced points as inline SVG ({@code null} = gap), drawn below a column chart of the
     * same number of points. Inside a div: the browser's HTML parser then creates real SVG elements.
     */
    static Component line(String id, List<Double> values, String title) {
        double max = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        int n = values.size();
        StringBuilder svg = new StringBuilder("<div><svg class=\"dashboard-line\" viewBox=\"0 0 100 40\""
                + " preserveAspectRatio=\"none\" role=\"img\"><title>" + escape(title) + "</title>");
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            Double v = i < n ? values.get(i) : null;
            if (v != null) {
                run.add(new double[] {(i + 0.5) * 100.0 / n, max == 0 ? 38 : 38 - v / max * 34});
            } else if (!run.isEmpty()) {
                if (run.size() == 1) { // a lone point is drawn as a short dash
                    double[] p = run.getFirst();
                    run = List.of(new double[] {p[0] - 1, p[1]}, new double[] {p[0] + 1, p[1]});
                }
                svg.append("<polyline points=\"");
                run.forEach(p -> svg.append(String.format(Locale.ROOT, "%.2f,%.2f ", p[0], p[1])));
                svg.append("\" vector-effect=\"non-scaling-stroke\"/>");
                run = new ArrayList<>();
            }
        }
        Html line = new Html(svg.append("</svg></div>").toString());
        line.setId(id);
        line.getElement().getClassList().add("dashboard-line-box");
        return line;
    }

    /** An anchor to the counter's grid, with its value in {@code data-value}. */
    static Component link(Counter counter, String className, Component... children) {
        Anchor anchor = new Anchor(href(counter), children);
        anchor.getElement().setAttribute("data-value", String.valueOf(counter.value()));
        anchor.addClassName(className);
        return anchor;
    }

    static Div section(String id, String title, Component... content) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("dashboard-section");
        section.add(content);
        return section;
    }

    static Component empty(String text) {
        Div empty = new Div(text);
        empty.addClassName("dashboard-empty");
        return empty;
    }

    private static String percent(long value, long max) {
        return max == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * value / max);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
