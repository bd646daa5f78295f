package com.activationdesk.base.domain;

import java.util.Arrays;

/**
 * A business rule was violated. Carries a message key and arguments instead of a text, so the UI shows it in
 * the user's language; {@link #getMessage()} (logs) gives the key and arguments.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
