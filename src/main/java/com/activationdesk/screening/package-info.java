/**
 * Export-control screening: the official sanctions lists (EU FSF XML, UN consolidated XML, OFAC SDN XML) imported
 * as versions (upload in the admin view, or fetched from configured URLs on a schedule), names screened against
 * every alias of the active versions through a name-key index in the database, the screening of requests with its
 * audited evidence and decisions, and the re-screening of open requests and activated tenants after every list
 * update. The contract other modules (and acceptance tests) use is {@link
 * com.activationdesk.screening.SanctionsScreening}; the top package is the API, {@code lists}, {@code matching}
 * and {@code ui} stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export-control screening", allowedDependencies = {
        "audit", "base :: domain", "base :: ui", "security"})
package com.activationdesk.screening;
