package com.activationdesk.base.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * A view that holds input the server has not stored. Switching the language reloads the page, which would empty
 * the view: the shell first lets it put its input aside in the session, and the rebuilt view takes it back.
 */
public interface KeepsInput {

    /** Called right before the page reloads in another language; puts unsaved input aside with {@link #putAside}. */
    void keepInput();

    static void putAside(Class<? extends KeepsInput> view, Object input) {
        VaadinSession.getCurrent().setAttribute(attribute(view), input);
    }

    /** The input put aside for the view, once: taking it removes it. */
    static <T> Optional<T> takeBack(Class<? extends KeepsInput> view, Class<T> type) {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session.getAttribute(attribute(view));
        session.setAttribute(attribute(view), null);
        return type.isInstance(kept) ? Optional.of(type.cast(kept)) : Optional.empty();
    }

    private static String attribute(Class<?> view) {
        return KeepsInput.class.getName() + "." + view.getName();
    }
}
