/** Helpers for gauges whose value costs a database query. */
@org.springframework.modulith.NamedInterface("metrics")
package com.activationdesk.base.metrics;
