package com.activationdesk.invitation.service;

import com.activationdesk.base.domain.DomainException;

/** The link cannot be used. One neutral message for all reasons, so it does not tell whether a token ever existed. */
public class InvalidLinkException extends DomainException {

    InvalidLinkException() {
        super("activation.link.invalid");
    }
}
