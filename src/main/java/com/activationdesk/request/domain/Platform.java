package com.activationdesk.request.domain;

import org.springframework.modulith.NamedInterface;


@NamedInterface("filter")
public enum Platform {
    OPENSCAPE_BUSINESS, OPENSCAPE_4000, OPENSCAPE_VOICE;

    public String messageKey() {
        return "request.platform." + name();
    }
}
