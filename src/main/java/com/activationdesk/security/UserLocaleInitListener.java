package com.activationdesk.security;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Applies the user's remembered language once per session after login; until then (and for users without a
 * preference) Vaadin follows the browser's language.
 */
@Component
class UserLocaleInitListener implements VaadinServiceInitListener {

    private static final String APPLIED = UserLocaleInitListener.class.getName() + ".applied";

    private final CurrentUser currentUser;

    UserLocaleInitListener(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(APPLIED) != null) {
                return;
            }
            currentUser.find().ifPresent(user -> {
                session.setAttribute(APPLIED, Boolean.TRUE);
                if (user.preferredLanguage() != null) {
                    Locale locale = Locale.of(user.preferredLanguage());
                    session.setLocale(locale);
                    init.getUI().setLocale(locale);
                }
            });
        });
    }
}
