package com.activationdesk.base.ui;

import java.util.Locale;
import java.util.Optional;

/** Gives the shell the logged-in user and lets it remember a language switch and log out. */
public interface SignedInUserProvider {

    Optional<SignedInUser> current();

    void rememberLanguage(Locale locale);

    void logout();
}
