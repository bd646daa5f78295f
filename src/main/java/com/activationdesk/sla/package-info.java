/**
 * SLA time arithmetic: the business calendar, the policy and the clock embedded in whatever is timed. Knows no
 * table and no other module; the SQL of SLA states lives with the table (request's {@code SlaConditions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA clock", allowedDependencies = {})
package com.activationdesk.sla;
