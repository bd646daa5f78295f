/** Login against the user table, the logged-in user as a service-side fact, and the login view. */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"base :: securitylog", "base :: ui", "organization :: domain", "organization :: service",
                "organization :: password-input"})
package com.activationdesk.security;
