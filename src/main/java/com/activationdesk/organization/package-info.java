/** Organisations (vendor, distributors, partners, end customers), their users and account-manager assignments. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and users",
        allowedDependencies = {"audit", "base :: db", "base :: domain", "base :: links", "base :: securitylog",
                "base :: ui"})
package com.activationdesk.organization;
