package com.activationdesk.request.service;

import org.springframework.modulith.NamedInterface;


/** Which date of a request the grid's from/to range applies to; each is one indexed column. */
@NamedInterface("filter")
public enum RequestDate {
    SUBMITTED("r.submitted_at"),
    /** When the current invitation was sent (the SLA clock stopped at the same instant). */
    INVITED("r.invitation_sent_at"),
    ACTIVATED("r.activated_at");

    final String column;

    RequestDate(String column) {
        this.column = column;
    }

    public String messageKey() {
        return "requests.date." + name();
    }
}
