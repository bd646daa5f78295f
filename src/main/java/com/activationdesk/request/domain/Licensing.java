package com.activationdesk.request.domain;

import org.springframework.modulith.NamedInterface;

/** SSL = software subscription licensing: the vendor cannot see from the order when Unify Phone is switched on. */
@NamedInterface("details")
public enum Licensing {
    PERPETUAL, SSL_SUBSCRIPTION;

    public String messageKey() {
        return "request.licensing." + name();
    }
}
