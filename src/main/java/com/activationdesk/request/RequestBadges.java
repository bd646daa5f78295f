package com.activationdesk.request;

import java.util.Locale;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * A request's status and SLA state as {@link Badge}s, in one colour per meaning on every page (grid, detail,
 * form, dashboards). Each badge also carries {@code status-<name>} or {@code sla-<name>} for tests and styling.
 */
public final class RequestBadges {

    private RequestBadges() {
    }

    public static Span status(RequestStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation(status.messageKey()));
        badge.setClassName(classNames(status));
        return badge;
    }

    public static Span sla(SlaState state) {
        Span badge = new Span(UI.getCurrent().getTranslation(slaKey(state)));
        badge.setClassName(classNames(state));
        return badge;
    }

    /** The message key of {@link #sla}'s text. */
    public static String slaKey(SlaState state) {
        return "sla.state." + state.name();
    }

    /** The classes of {@link #status}, for templates that draw the badge in the browser (grid cells). */
    public static String classNames(RequestStatus status) {
        return Badge.classNames(tone(status)) + " status-" + cssName(status);
    }

    /** The classes of {@link #sla}, for templates that draw the badge in the browser (grid cells). */
    public static String classNames(SlaState state) {
        return Badge.classNames(tone(state)) + " sla-" + cssName(state);
    }

    public static Badge.Tone tone(RequestStatus status) {
        return switch (status) {
            case DRAFT, WITHDRAWN -> Badge.Tone.NEUTRAL;
            case RETURNED, INVITATION_EXPIRED, RESEND_REQUESTED -> Badge.Tone.WARNING;
            case REJECTED -> Badge.Tone.ERROR;
            case ACTIVATED -> Badge.Tone.SUCCESS;
            case AT_DISTRIBUTOR, IN_REVIEW, AT_CLOUD_OPS, INVITATION_SENT -> Badge.Tone.INFO;
        };
    }

    public static Badge.Tone tone(SlaState state) {
        return switch (state) {
            case ON_TRACK, MET -> Badge.Tone.SUCCESS;
            case AT_RISK, PAUSED -> Badge.Tone.WARNING;
            case BREACHED, MISSED -> Badge.Tone.ERROR;
        };
    }

    private static String cssName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
