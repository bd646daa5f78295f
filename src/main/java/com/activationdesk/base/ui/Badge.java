package com.activationdesk.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (plain CSS in app.css, no theme bundle). */
public final class Badge {

    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR, CONTRAST }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.setClassName(classNames(tone));
        return badge;
    }

    /** The classes of a badge of this tone, for templates that draw it in the browser (grid cells). */
    public static String classNames(Tone tone) {
        return "badge badge-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
