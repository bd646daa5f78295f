package com.activationdesk.screening;

/**
 * A re-screening after a list update found a match that the request's previous screening did not have, on a
 * request whose tenant is already activated. Published inside the re-screening's transaction, so a listener's
 * alert mail commits with the evidence.
 */
public record ScreeningMatchOnActivatedTenant(long requestId, String reference, long screeningId, int newMatches) {
}
