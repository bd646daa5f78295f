/**
 * Tenant activation requests: the aggregate, the one workflow table, routing, validation, the data scope and
 * the services every view and job goes through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activation requests")
package com.activationdesk.request;
