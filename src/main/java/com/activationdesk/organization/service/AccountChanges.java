package com.activationdesk.organization.service;

import com.activationdesk.organization.UserAccountChanged;
import com.activationdesk.organization.domain.AppUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one publishing point for account changes that end the user's sessions (disabling, role, organisation or
 * e-mail, password reset or change): raises the account's security stamp and tells the other modules, within the
 * caller's transaction, so a rolled-back change ends nothing.
 */
@Component
public class AccountChanges {

    private final ApplicationEventPublisher events;

    AccountChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AppUser user, UserAccountChanged.Change change) {
        user.endSessions();
        events.publishEvent(new UserAccountChanged(user.getId(), user.getEmail(), change));
    }
}
