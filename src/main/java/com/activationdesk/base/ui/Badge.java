package com.activationdesk.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (plain CSS in app.css, no theme bundle). */
public final class Badge {

    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR, CONTRAST }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
