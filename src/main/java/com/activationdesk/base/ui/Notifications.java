package com.activationdesk.base.ui;

import com.activationdesk.base.domain.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a view reports an outcome: every notification has the same place and duration, so users learn
 * where to look, and only the colour says whether it worked.
 */
public final class Notifications {

    static final int DURATION_MILLIS = 5000;
    static final Notification.Position POSITION = Notification.Position.TOP_CENTER;

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS);
    }

    public static void warning(String text) {
        show(text, NotificationVariant.LUMO_WARNING);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR);
    }

    /** A refused service call in the viewer's language. */
    public static void error(DomainException refusal) {
        error(translate(refusal));
    }

    static String translate(DomainException refusal) {
        return UI.getCurrent().getTranslation(refusal.getMessageKey(), refusal.getArguments());
    }

    private static void show(String text, NotificationVariant variant) {
        Notification.show(text, DURATION_MILLIS, POSITION).addThemeVariants(variant);
    }
}
