package com.activationdesk.security;

import java.util.Locale;
import java.util.Optional;

import com.activationdesk.base.ui.SignedInUser;
import com.activationdesk.base.ui.SignedInUserProvider;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

@Component
class ShellUserProvider implements SignedInUserProvider {

    private final CurrentUser currentUser;
    private final UserService userService;
    private final AuthenticationContext authenticationContext;

    ShellUserProvider(CurrentUser currentUser, UserService userService, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.userService = userService;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<SignedInUser> current() {
        return currentUser.find().map(user -> new SignedInUser(user.displayName(), user.email(),
                user.role().messageKey(), user.organizationName(),
                user.preferredLanguage() == null ? null : Locale.of(user.preferredLanguage())));
    }

    @Override
    public void rememberLanguage(Locale locale) {
        currentUser.find().ifPresent(user -> userService.changeOwnLanguage(user.userId(), locale.getLanguage()));
    }

    @Override
    public void logout() {
        authenticationContext.logout();
    }
}
