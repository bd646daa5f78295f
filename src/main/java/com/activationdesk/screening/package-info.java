/**
 * Export-control screening: the official sanctions lists (EU FSF XML, UN consolidated XML, OFAC SDN XML) imported
 * as versions, and names screened against every alias of the active versions through a name-key index in the
 * database. The contract other modules (and acceptance tests) use is {@link
 * com.activationdesk.screening.SanctionsScreening}; everything else stays inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export-control screening", allowedDependencies = {
        "audit", "base :: domain", "security"})
package com.activationdesk.screening;
