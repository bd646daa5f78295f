/**
 * Demo requests for a first run: outside {@code prod}, an empty embedded database gets requests in every status and
 * SLA state, made through the same services and rules as real ones, by the demo users, at instants relative to the
 * start-up. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo requests", allowedDependencies = {
        "base :: db", "base :: domain", "invitation :: activation", "invitation :: coadmin", "mail", "organization :: domain",
        "organization :: service", "request",
        "request :: details", "request :: filter", "request :: service", "request :: status", "sla"})
package com.activationdesk.demo;
