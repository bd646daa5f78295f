package com.activationdesk.security;

import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.UserAccountChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records when an account change ended all of a user's sessions. The sessions themselves end at their next
 * request ({@link SessionPolicyFilter}), on whichever instance holds them; after the commit only, because a
 * rolled-back change ends nothing.
 */
@Component
class AccountChangeListener {

    private final SecurityEventLog securityLog;

    AccountChangeListener(SecurityEventLog securityLog) {
        this.securityLog = securityLog;
    }

    @TransactionalEventListener
    void on(UserAccountChanged change) {
        securityLog.record(SecurityEvent.SESSION_ENDED, change.email(), null,
                "all sessions ended: " + change.change().name().toLowerCase().replace('_', ' '));
    }
}
