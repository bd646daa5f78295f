package com.activationdesk.screening;

/**
 * A name of a request that is screened.
 *
 * @param kind {@code CUSTOMER} (end customer), {@code OTHER_NAME} (its previous or other names) or
 *             {@code ADMINISTRATOR} (the tenant administrator)
 */
public record ScreeningSubject(String kind, String name) {
}
