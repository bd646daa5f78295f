/** Login against the user table, the logged-in user as a service-side fact, and the login view. */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"audit", "base :: ui", "base :: securitylog", "organization", "organization :: domain",
                "organization :: service"})
package com.activationdesk.security;
