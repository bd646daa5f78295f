/**
 * Append-only audit trail: one entry per change of a request (who, in which role, when, from which status to
 * which, comment, changed fields), written in the caller's transaction. Knows nothing about requests beyond
 * their id and reference, so the request module can depend on it and not the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "base :: ui")
package com.activationdesk.audit;
