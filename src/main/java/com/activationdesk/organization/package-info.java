/** Organisations (vendor, distributors, partners, end customers), their users and account-manager assignments. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and users")
package com.activationdesk.organization;
