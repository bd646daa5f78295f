package com.activationdesk.request.domain;

/** SSL = software subscription licensing: the vendor cannot see from the order when Unify Phone is switched on. */
public enum Licensing {
    PERPETUAL, SSL_SUBSCRIPTION;

    public String messageKey() {
        return "request.licensing." + name();
    }
}
