package com.activationdesk.base.ui;

import com.activationdesk.base.domain.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns any exception escaping a UI event into a translated notification: a rule violation shows its own
 * message, anything unexpected a generic one (logged with a reference). No stack trace reaches the browser.
 */
@Component
class ErrorHandlingInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlingInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        String text = messageFor(ui, rootCause(event.getThrowable()));
        ui.access(() -> Notifications.error(text));
    }

    private String messageFor(UI ui, Throwable error) {
        if (error instanceof DomainException domain) {
            return ui.getTranslation(domain.getMessageKey(), domain.getArguments());
        }
        if (error instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("error.changed-meanwhile");
        }
        if (error instanceof AccessDeniedException) {
            return ui.getTranslation("error.access-denied");
        }
        String reference = Long.toString(System.currentTimeMillis(), 36);
        log.error("Unexpected error [{}]", reference, error);
        return ui.getTranslation("error.unexpected", reference);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && !(current instanceof DomainException)
                && !(current instanceof OptimisticLockingFailureException) && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
