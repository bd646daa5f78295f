package com.activationdesk.screening;

import java.time.Instant;
import java.util.List;

/**
 * A request's latest screening as reviewers see it.
 *
 * @param screenedAt   when; {@code null} if the request was never screened (a draft, or before screening existed)
 * @param listVersions the list versions used, e.g. {@code EU_FSF_XML:12,UN_XML:13}
 */
public record ScreeningEvidence(Instant screenedAt, String listVersions, List<RequestMatch> matches) {

    public ScreeningEvidence {
        matches = List.copyOf(matches);
    }
}
