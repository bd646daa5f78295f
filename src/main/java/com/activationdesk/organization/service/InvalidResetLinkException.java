package com.activationdesk.organization.service;

import com.activationdesk.base.domain.DomainException;

/** A reset link that cannot be used: one neutral message for unknown, truncated, expired and used links. */
public class InvalidResetLinkException extends DomainException {

    InvalidResetLinkException() {
        super("password.reset.invalid.text");
    }
}
