/**
 * The partner API: versioned REST endpoints under {@code /api/v1} over the request module's services (the same
 * workflow table, validation, data scope and audit as the UI's buttons), authenticated per call by API tokens of
 * technical users, with problem+json errors, ETag/If-Match and Idempotency-Key (docs/api.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner API", allowedDependencies = {
        "audit", "base :: domain", "base :: i18n", "base :: scheduling", "base :: securitylog", "base :: ui",
        "invitation :: coadmin",
        "organization :: domain", "request", "request :: details", "request :: filter", "request :: service",
        "request :: status", "request :: action", "security", "sla"})
package com.activationdesk.api;
