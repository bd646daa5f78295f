package com.activationdesk.base.domain;

/** The thing does not exist, or lies outside the user's data scope — deliberately indistinguishable. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super("error.not-found", what);
    }
}
