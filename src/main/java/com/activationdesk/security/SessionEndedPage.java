package com.activationdesk.security;

import com.activationdesk.security.ui.LoginView;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Where a user whose session ended goes: the login page with its "session ended" notice, instead of Vaadin's
 * "Session Expired" banner. Vaadin's client follows the URL at once when the server answers that the session is
 * gone (timeout, account change, logout in another tab).
 */
@Component
class SessionEndedPage implements VaadinServiceInitListener {

    /** Relative to the context path. */
    static final String PATH = "/" + LoginView.ROUTE + "?" + LoginView.SESSION_ENDED_PARAMETER;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            // Absolute path: the client resolves a relative one against the current view's URL.
            String contextPath = info.getRequest() == null ? "" : info.getRequest().getContextPath();
            messages.setSessionExpiredURL(contextPath + PATH);
            return messages;
        });
    }
}
