/**
 * Tenant activation requests: the aggregate, the one workflow table, routing, validation, the data scope and
 * the services every view and job goes through. Other modules see only this package (events, the
 * {@link com.activationdesk.request.Tenants} port for invitations, {@link com.activationdesk.request.VisibleRequests})
 * and the named interfaces on selected types: {@code status}, {@code action}, {@code details}, {@code filter},
 * {@code link-clock} and {@code detail-section} (the SPI of the detail view). Entity, repositories, scope and the
 * request service stay inside. Uses screening's country rules before a request is forwarded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activation requests", allowedDependencies = {
        "base :: domain", "base :: metrics", "base :: securitylog", "base :: ui", "audit", "organization",
        "organization :: domain", "organization :: service", "screening", "security", "sla"})
package com.activationdesk.request;
