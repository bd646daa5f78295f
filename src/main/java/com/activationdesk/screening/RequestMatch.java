package com.activationdesk.screening;

import java.time.Instant;

/** A possible match of a request's latest screening, with its decision once a CAM/DAM has made one. */
public record RequestMatch(long id, String subject, String screenedName, String listedName, String reference,
                           String source, double score, MatchDecision decision, String reason, String decidedBy,
                           Instant decidedAt) {

    public boolean decided() {
        return decision != null;
    }
}
