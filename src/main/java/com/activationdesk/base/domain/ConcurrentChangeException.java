package com.activationdesk.base.domain;

/** Someone else changed the record since it was loaded; the user must reload instead of overwriting. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException() {
        super("error.changed-meanwhile");
    }
}
