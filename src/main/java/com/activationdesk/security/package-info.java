/**
 * Login against the user table with login protection, the logged-in user as a service-side fact, the security
 * log of logins and refusals, and the login and self-service password views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"audit", "base :: domain", "base :: securitylog", "base :: ui", "organization",
                "organization :: domain", "organization :: service", "organization :: password-input"})
package com.activationdesk.security;
