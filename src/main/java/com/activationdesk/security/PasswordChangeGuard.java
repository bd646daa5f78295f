package com.activationdesk.security;

import com.activationdesk.organization.service.UserService;
import com.activationdesk.security.ui.ChangePasswordView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user whose password an admin or the bootstrap set reaches nothing but the change page until they have chosen
 * their own: every navigation is sent there (right after login too). Asks the database at each navigation of such
 * a session, so the change takes effect at once, in every tab. A session whose login needed no change never asks
 * (one statement less per navigation): only an admin's reset sets the flag again, and it raises the security
 * stamp, which ends that session at its next request ({@link SessionPolicyFilter}).
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeGuard(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        currentUser.find().filter(UserPrincipal::passwordChangeRequired)
                .filter(user -> users.passwordChangeRequired(user.userId()))
                .ifPresent(user -> event.rerouteTo(ChangePasswordView.class));
    }
}
