/**
 * Role dashboards: what needs the user now and how the process performs, computed with a few aggregate queries
 * inside the user's data scope, each number linking to the request grid with the filter that lists its requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards", allowedDependencies = {
        "base :: ui", "mail", "organization :: domain", "organization :: service", "request", "request :: status",
        "request :: filter", "screening", "security", "sla"})
package com.activationdesk.dashboard;
